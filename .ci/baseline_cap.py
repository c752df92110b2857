"""Train one baseline of `compare --converge` for its whole cap, whatever its curve does, to check the rule that stopped
it: `python .ci/baseline_cap.py DATA TEST OUT METHOD MINUTES` (METHOD: slot_attention or space, at the `SCALED` settings)
appends its held-out curve, steps and scores as a line of OUT (JSON lines, shown in nbs/10f_compare.ipynb)."""
import json, sys, torch
from marionette.data import FrameDataset
from marionette.comparisons import Budget, fit_decompose, score_baseline
from marionette.compare import SCALED, held_out_psnr, json_safe
from marionette.baseline_slot_attention import SlotAttentionBaseline
from marionette.baseline_space import SpaceBaseline

data, test, out, method, minutes = *sys.argv[1:5], float(sys.argv[5])
train, held_out = FrameDataset(data), FrameDataset(test)
baseline = dict(slot_attention=SlotAttentionBaseline, space=SpaceBaseline)[method](seed=0, **SCALED[method])
budget = Budget(minutes=minutes, score=lambda: held_out_psnr(baseline, held_out.frames), patience=10**9) # never stops early
result = fit_decompose(baseline, train, budget, held_out.frames)
row = dict(score_baseline(result, held_out.frames, held_out.masks), settings=SCALED[method], cap=minutes, steps=baseline.steps,
           minutes=budget.minutes_trained, curve=budget.curve, threads=torch.get_num_threads(), train_data=data, eval_data=test)
with open(out, 'a') as f: f.write(json.dumps(json_safe(row)) + '\n')
print({k: v for k, v in row.items() if k != 'curve'})
