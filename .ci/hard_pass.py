"""Test-time variants of the hard pass on a trained run: `python .ci/hard_pass.py RUN DATA [FRACTIONS]`.
The training is untouched; only the decomposition of the held-out frames DATA changes. Rows: `Config.dedup` (a
fraction of the patch size) set to each of FRACTIONS in turn (default 0, 1/16, 1/8, 3/16, 1/4), with the anchors on and
those left out per frame; then, without dedup, two variants that are not library settings: every offset rounded to
whole pixels, and the sprites' alpha binarised at 1/2 (the first only where a network predicts the offsets). Appends a JSON line per row to nbs/hard_pass.jsonl (shown in
nbs/08a_fast_training.ipynb)."""
import json, sys
from dataclasses import replace
from pathlib import Path
import torch
from marionette.data import FrameDataset
from marionette.evaluation import evaluate
from marionette.runs import load_run

run, data = sys.argv[1:3]
fractions = [float(f) for f in sys.argv[3].split(',')] if len(sys.argv) > 3 else [0, 0.0625, 0.125, 0.1875, 0.25]
model, test = load_run(run), FrameDataset(data)
keys = 'psnr psnr_soft miou_multiclass miou_binary classes_found sprites_mixed sprites_used'.split()

def anchors_on() -> float:
    "Anchors drawn per frame in the hard pass."
    with torch.no_grad(): return sum(model(x.float() / 255, hard=True).on.sum().item() for x in test.frames.split(16)) / len(test)

def record(variant: str, **extra):
    metrics = evaluate(model, test)
    row = dict(run=Path(run).name, data=Path(data).name, variant=variant, patch_size=model.config.patch_size, threads=torch.get_num_threads(),
               **extra, **{k: round(metrics[k], 3) if isinstance(metrics[k], float) else metrics[k] for k in keys if k in metrics})
    with open(Path(__file__).parent.parent/'nbs'/'hard_pass.jsonl', 'a') as out: out.write(json.dumps(row) + '\n')
    print(json.dumps(row), flush=True)

every = None
for f in fractions:
    model.config = replace(model.config, dedup=f)
    on = anchors_on(); every = every or on
    record(f'dedup {f:g}', dedup=f, anchors_on=round(on, 2), left_out=round(every - on, 2))
model.config = replace(model.config, dedup=0.0)
sprites = model.dictionary.sprites
if model.shifter is not None:                                   # offsets found by matching are whole pixels already
    shift = model.shifter.forward
    model.shifter.forward = lambda crops, chosen: shift(crops, chosen).round()
    record('whole-pixel offsets', dedup=0.0)
    model.shifter.forward = shift
model.dictionary.sprites = lambda: (lambda s: torch.cat([s[:, :3], (s[:, 3:] > 0.5).to(s.dtype)], 1))(sprites())
record('binary alpha', dedup=0.0)
