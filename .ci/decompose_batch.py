"""How fast the detailed hard decomposition runs at each batch size: `python .ci/decompose_batch.py OUT RUN:DATA:SIZES ...`.
For each trained RUN, `decompose` of up to 64 frames of DATA at each batch size in SIZES (comma-separated; `auto` is
`frames_per_batch`'s choice), after one warm-up batch; one JSON line per run and size, with frames per second and
this machine's thread count, goes to OUT."""
import json, sys, time
import torch
from marionette.data import FrameDataset
from marionette.evaluation import decompose, frames_per_batch
from marionette.runs import load_run

out = sys.argv[1]
rows = []
for spec in sys.argv[2:]:
    run, data, sizes = spec.split(':')
    model, frames = load_run(run), FrameDataset(data).frames[:64]
    decompose(model, frames[:4])
    for size in sizes.split(','):
        batch = frames_per_batch(frames.shape[-2:]) if size == 'auto' else int(size)
        start = time.perf_counter(); decompose(model, frames, batch_size=batch); seconds = time.perf_counter() - start
        rows.append(dict(run=run, frame_size=list(frames.shape[-2:]), batch_size=batch, auto=size == 'auto',
                         frames_per_second=round(len(frames) / seconds, 1), threads=torch.get_num_threads()))
        print(json.dumps(rows[-1]), flush=True)
with open(out, 'w') as f: f.writelines(json.dumps(r) + '\n' for r in rows)
