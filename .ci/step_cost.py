"""Seconds per training step on a model part-way through training: `python .ci/step_cost.py DATA NAME [RUN]`.
Takes RUN's model (e.g. a 20-minute `make quality` run), or trains the `default` preset (k=32) for 300 steps on DATA
(not timed), then times 20 training steps on DATA for each variant of the renderer this checkout has (every anchor
drawn, and anchors with negligible switches left out when `Config.negligible` exists) and appends one JSON line per
variant to nbs/step_cost.jsonl, with the commit, the steps the model had trained, the thread count and the share of
anchors drawn. Run it alone on the machine; with PYTHONPATH pointing at another checkout it measures that one."""
import dataclasses, json, subprocess, sys, tempfile, time
from pathlib import Path
import torch
import marionette
from marionette.data import FrameDataset
from marionette.model import preset
from marionette.runs import load_run
from marionette.training import learning_groups, step_losses, train

data, name = sys.argv[1:3]
run = sys.argv[3] if len(sys.argv) > 3 else None
source = Path(marionette.__file__).parent.parent
commit = subprocess.run(['git', '-C', str(source), 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()
frames = FrameDataset(data).frames
if run: model, trained = load_run(run), json.loads((Path(run)/'history.json').read_text())[-1]['step']
else:
    with tempfile.TemporaryDirectory() as scratch:
        (model, _), trained = train(data, scratch, preset('default', patch_size=32), steps=300, progress=False, device='cpu'), 300
variants = [0.0, 1e-3] if hasattr(model.config, 'negligible') else [None]
for negligible in variants:
    if negligible is not None: model.config = dataclasses.replace(model.config, negligible=negligible)
    config = model.config
    model.train()
    opt = torch.optim.AdamW(learning_groups(model, config), weight_decay=config.weight_decay)
    batches = torch.Generator().manual_seed(0)
    drawn = []
    def step():
        x = frames[torch.randint(len(frames), (config.batch_size,), generator=batches)].float() / 255
        out, losses = step_losses(model, x, config, config.lambda_beta)
        drawn.append((out.switches > (negligible or 0.0)).float().mean().item())
        opt.zero_grad(set_to_none=True); losses['loss'].backward(); opt.step()
    for _ in range(3): step()
    times = []
    for _ in range(20):
        t0 = time.perf_counter(); step(); times.append(time.perf_counter() - t0)
    row = dict(name=name, commit=commit, trained_steps=trained, negligible=negligible, size=tuple(frames.shape[-2:]), patch_size=config.patch_size,
               batch_size=config.batch_size, threads=torch.get_num_threads(), median_s_per_step=round(sorted(times)[10], 4),
               anchors_drawn=round(sum(drawn[3:]) / len(drawn[3:]), 3))
    with open(Path(__file__).parent.parent/'nbs'/'step_cost.jsonl', 'a') as f: f.write(json.dumps(row) + '\n')
    print(json.dumps(row))
