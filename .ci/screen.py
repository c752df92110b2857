"""Screen a lever at a fixed step budget: `python .ci/screen.py DATA TEST NAME steps=1000 [seed=0] [keep=RUN] key=value ...`.
Trains the `default` preset with the settings given (Config fields, Python literals) for `steps` steps, evaluates on
the held-out TEST frames (hard and soft PSNR, mIoU, classes found, mixed sprites, which layer draws the sprite pixels)
and appends one JSON line to nbs/screens.jsonl. A step budget makes the figure independent of what else the machine
runs; the wall-clock comparisons of `make levers` must run alone."""
import ast, json, sys, tempfile, time
from pathlib import Path
import torch
from marionette.data import FrameDataset
from marionette.evaluation import evaluate
from marionette.model import preset
from marionette.training import train

data, test_dir, name = sys.argv[1:4]
over = {k: v if k == 'keep' else ast.literal_eval(v) for k, v in (a.split('=', 1) for a in sys.argv[4:])}
steps, base, keep, seed = over.pop('steps', 1000), over.pop('preset', 'default'), over.pop('keep', None), over.pop('seed', 0)  # keep: the run folder to keep
test = FrameDataset(test_dir)
with tempfile.TemporaryDirectory() as tmp:
    run, start = keep or tmp, time.time()
    model, history = train(data, run, preset(base, **over), steps=steps, seed=seed, progress=False, device='cpu')
    seconds = time.time() - start
metrics = evaluate(model, test)
row = dict(name=name, data=Path(data).name, preset=base, settings=over, steps=steps, seed=seed, wall_seconds=round(seconds), threads=torch.get_num_threads(),
           **{k: (round(v, 3) if isinstance(v, float) else v) for k, v in metrics.items() if k not in ('per_sprite', 'per_class')})
with open(Path(__file__).parent.parent/'nbs'/'screens.jsonl', 'a') as f: f.write(json.dumps(row) + '\n')
print(json.dumps(row))
