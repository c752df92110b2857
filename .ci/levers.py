"""One training lever at a wall-clock budget: `python .ci/levers.py DATA TEST OUT NAME minutes=3 [keep=RUN] key=value ...`.
Trains the `default` preset with the settings given (Config fields, Python literals; `seed=N` seeds the run) on DATA for `minutes`, measures
hard PSNR on the held-out TEST frames every half minute and at the end, evaluates, and appends one JSON line to OUT
(with `psnr_train`, the hard PSNR on DATA's own frames: how much of what was learned is the frames rather than the game,
and `snapped`, whether the run ended drawing at whole pixels)."""
import ast, json, shutil, sys, tempfile, time
from pathlib import Path
import torch
from marionette.data import FrameDataset
from marionette.evaluation import evaluate
from marionette.model import preset
from marionette.training import hard_psnr, train

data, test_dir, out, name = sys.argv[1:5]
over = {k: v if k == 'keep' else ast.literal_eval(v) for k, v in (a.split('=', 1) for a in sys.argv[5:])}
base, minutes, keep, seed = over.pop('preset', 'default'), over.pop('minutes', 3), over.pop('keep', None), over.pop('seed', 0)  # keep: the run folder to keep
frames, test = FrameDataset(data), FrameDataset(test_dir)
with tempfile.TemporaryDirectory() as tmp:
    run, start = keep or tmp, time.time()
    model, history = train(frames, run, preset(base, **over), minutes=minutes, seed=seed, progress=False, device='cpu', eval_data=test, eval_every=0.5)
    seconds = time.time() - start
metrics = evaluate(model, test)
metrics['psnr_train'] = hard_psnr(model, frames.frames)
row = dict(name=name, preset=base, minutes=minutes, settings=over, seed=seed, steps=history[-1]['step'], wall_seconds=round(seconds),
           threads=torch.get_num_threads(), snapped=model.snap, curve=[(round(h['minutes'], 2), round(h['psnr_hard_eval'], 2)) for h in history if 'psnr_hard_eval' in h],
           **{k: v for k, v in metrics.items() if k != 'per_sprite'})
with open(out, 'a') as f: f.write(json.dumps(row) + '\n')
print(json.dumps({k: v for k, v in row.items() if k not in ('curve', 'per_class')}))
