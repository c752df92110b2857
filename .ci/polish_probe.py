"""How much exact sprites alone would buy: `python .ci/polish_probe.py RUN DATA TEST OUT [steps=1000] [lr=0.01]`.
Loads a trained run, keeps every decision the model makes (encoder, selection, switches, offsets by matching) and
trains only the dictionary's pixels, freed from the generator (RGBA logits started from its sprites), on the hard
reconstruction of DATA's frames, batches of 8; then scores held-out hard PSNR on TEST before and after and writes
one JSON object to OUT. A diagnostic outside the library: what is left after it is the decisions' error."""
import json, sys, time
from pathlib import Path
import torch
from marionette.data import FrameDataset
from marionette.evaluation import evaluate
from marionette.runs import load_run

run, data, test_dir, out = sys.argv[1:5]
opts = dict(a.split('=', 1) for a in sys.argv[5:])
steps, lr = int(opts.get('steps', 1000)), float(opts.get('lr', 0.01))
torch.manual_seed(0)
model, frames, test = load_run(run, 'cpu'), FrameDataset(data).frames, FrameDataset(test_dir)
before = evaluate(model, test)
with torch.no_grad(): sprites = model.dictionary.sprites().clamp(1e-4, 1 - 1e-4)
logits = torch.nn.Parameter(torch.log(sprites / (1 - sprites)))                 # (m, 4, k, k) free pixels
model.dictionary.sprites = lambda: torch.sigmoid(logits)                         # what the model draws from now on
opt, start = torch.optim.Adam([logits], lr=lr), time.time()
for step in range(steps):
    x = frames[torch.randint(len(frames), (8,))].float() / 255
    loss = (model(x, hard=True).recon - x).pow(2).sum(1).mean()
    opt.zero_grad(); loss.backward(); opt.step()
after = evaluate(model, test)
row = dict(run=Path(run).name, steps=steps, lr=lr, seconds=round(time.time() - start), threads=torch.get_num_threads(),
           **{f'{k}_{when}': m[k] for when, m in (('before', before), ('after', after)) for k in ('psnr', 'sprites_used', 'miou_multiclass', 'miou_binary')})
Path(out).write_text(json.dumps(row, indent=1) + '\n')
print(json.dumps(row))
