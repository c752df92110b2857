"""`marionette eval` on a whole level, timed: `python .ci/mario_eval.py RUN TEST OUT LABEL`.
Runs `marionette eval RUN TEST` in a fresh process, as a user would, and appends to OUT (JSON lines), under LABEL (what
the library was like when measured), its wall time, the frames
per second of the whole command (a hard pass over every frame, a soft one over at most 256 of them, the figures and the metrics) and its peak
resident memory (the child's own, `peak_rss.py`'s measure), with the thread count and the metrics the command printed."""
import json, os, sys, tempfile
from pathlib import Path
import torch
sys.path.insert(0, str(Path(__file__).parent))
from peak_rss import peak_rss

run, test, out, label = sys.argv[1:5]
with tempfile.TemporaryDirectory() as tmp:
    mb, seconds = peak_rss([str(Path(sys.executable).parent/'marionette'), 'eval', run, test, '--json', f'{tmp}/metrics.json', '--device', 'cpu'], dict(os.environ))
    metrics = json.loads(Path(f'{tmp}/metrics.json').read_text())
frames = metrics['frames']
result = dict(label=label, command=f'marionette eval {run} {test}', frames=frames, threads=int(os.environ.get('OMP_NUM_THREADS', torch.get_num_threads())),
              seconds=round(seconds, 1), frames_per_second=round(frames / seconds, 2), peak_rss_mb=round(mb),
              psnr=metrics['psnr'], psnr_soft=metrics['psnr_soft'], soft_frames=metrics['soft_frames'], sprites_used=metrics['sprites_used'])
with open(out, 'a') as f: f.write(json.dumps(result) + '\n')
print(json.dumps(result, indent=1))
