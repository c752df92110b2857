"""World 1-1 at full resolution, scored: `python .ci/mario_level.py RUN TEST JSONL NAME [--every 5]`.
RUN is a run of `marionette train` on `marionette data mario` frames (256x240) with a learned background; TEST is a
second playthrough of the level (`marionette data mario TEST --seed 1`), whose frames the run never saw. On every
`--every`-th frame of TEST it measures the hard and soft PSNR, the sprites used, the PSNR of the learned background
alone, the share of the NES sprite-table boxes (boxes.json) that an active model sprite overlaps, and how fast the hard
decomposition runs (frames per second, this machine's threads). One JSON line, named NAME, is appended to JSONL."""
import argparse, copy, json, time
from pathlib import Path
import torch
from marionette.data import FrameDataset
from marionette.evaluation import decompose, evaluate, psnr_from_mse
from marionette.games import box_coverage
from marionette.runs import load_run

ap = argparse.ArgumentParser()
ap.add_argument('run'); ap.add_argument('test'); ap.add_argument('jsonl'); ap.add_argument('name')
ap.add_argument('--every', type=int, default=5, help='score every this many test frames')
args = ap.parse_args()

model, history = load_run(args.run), json.loads((Path(args.run)/'history.json').read_text())
test = FrameDataset(args.test)
picked = list(range(0, len(test), args.every))
shown = copy.copy(test)                                      # the same dataset, every `every`-th frame
shown.frames, shown.files = test.frames[picked], [test.files[i] for i in picked]
boxes = json.loads((Path(args.test)/'boxes.json').read_text())['frames']
boxes = [boxes[i]['boxes'] for i in picked]

metrics = evaluate(model, shown)
start = time.time()
hard = decompose(model, shown.frames)
seconds = time.time() - start
with torch.no_grad():
    errors = [(model.background(x.float() / 255) - x.float() / 255).pow(2).flatten(1).mean(1) for x in shown.frames.split(16)]
background_psnr = sum(psnr_from_mse(e) for e in torch.cat(errors).tolist()) / len(picked)
config = model.config
row = dict(name=args.name, data=str(args.run), test=args.test, frames=len(picked), steps=history[-1]['step'],
           minutes=round(history[-1]['minutes'], 2), threads=torch.get_num_threads(),
           settings=dict(patch_size=config.patch_size, dict_size=config.dict_size, layers=config.layers,
                         background=config.background, bg_shift=list(config.bg_shift), offsets=config.offsets),
           psnr=metrics['psnr'], psnr_soft=metrics['psnr_soft'], sprites_used=metrics['sprites_used'],
           sprite_pixels=metrics['sprite_pixels'], layer_share=metrics['layer_share'], background_psnr=background_psnr,
           box_coverage=box_coverage(hard['segmentation'], boxes),
           active_share=(hard['segmentation'] >= 0).float().mean().item(),
           decompose_fps=len(picked) / seconds)
with open(args.jsonl, 'a') as f: f.write(json.dumps(row) + '\n')
print(json.dumps({k: v for k, v in row.items() if k != 'sprite_pixels'}, indent=1))
