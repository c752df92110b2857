"""The GPU check of issue 14: `python .ci/gpu_check.py OUT.json [--device cuda] [--minutes 5] [--quick]`.
1. `bench` at the paper's Mario settings (128x128, k=32, 150 sprites, 2 layers, batch 4) in float32 and mixed precision:
   steps per second and peak memory; then the largest batch that fits (doubling until out of memory) and its throughput.
2. float32 against mixed precision on a short run of the synthetic game: held-out hard PSNR of each.
3. `minutes` of training of the default preset on the benchmark game (k=32): steps, steps per second, hard PSNR.
`--quick` shrinks everything so that the script itself can be checked on a CPU."""
import argparse, json, tempfile, time
from pathlib import Path
import torch
from marionette.data import synthetic_game, benchmark_game, FrameDataset
from marionette.devices import resolve_device, resolve_precision
from marionette.model import preset
from marionette.training import bench, train, hard_psnr

args = argparse.ArgumentParser()
args.add_argument('out'); args.add_argument('--device', default='cuda'); args.add_argument('--minutes', type=float, default=5.0)
args.add_argument('--quick', action='store_true')
a = args.parse_args()
dev = resolve_device(a.device)
size, steps, mario = (32, 3, preset('tiny')) if a.quick else (128, 50, preset('mario', batch_size=4))
report = dict(device=torch.cuda.get_device_name(dev) if dev.type == 'cuda' else 'cpu', amp=resolve_precision('auto', dev))
for prec in ('fp32', 'auto'):
    report[f'bench_{prec}'] = bench(mario, size=size, steps=steps, device=a.device, precision=prec)
    print(prec, json.dumps(report[f'bench_{prec}']), flush=True)
batch, largest = mario.batch_size, None
while batch <= (8 if a.quick else 1024):
    try: r = bench(preset('tiny' if a.quick else 'mario', batch_size=batch), size=size, steps=5, device=a.device); largest = dict(batch_size=batch, frames_per_s=batch / r['median_s_per_step'], **r)
    except torch.OutOfMemoryError: break
    finally:
        if dev.type == 'cuda': torch.cuda.empty_cache()
    batch *= 2
report['largest_batch'] = largest
print('largest batch', json.dumps(largest), flush=True)
with tempfile.TemporaryDirectory() as tmp:
    tmp = Path(tmp)
    game = synthetic_game(tmp/'game', frames=64 if a.quick else 600, size=32 if a.quick else 64)
    test = FrameDataset(synthetic_game(tmp/'test', frames=16 if a.quick else 200, size=32 if a.quick else 64, offset=600))
    config = preset('tiny') if a.quick else preset('default')
    for prec in ('fp32', 'auto'):
        t0 = time.time()
        model, history = train(game, tmp/f'run-{prec}', config, steps=20 if a.quick else 1000, device=a.device, precision=prec, progress=False)
        report[f'short_run_{prec}'] = dict(steps=history[-1]['step'], seconds=time.time() - t0, hard_psnr=hard_psnr(model, test.frames))
        print(prec, json.dumps(report[f'short_run_{prec}']), flush=True)
    bench_game = benchmark_game(tmp/'bench', frames=64 if a.quick else 600, size=64 if a.quick else 128)
    bench_test = FrameDataset(benchmark_game(tmp/'bench-test', frames=16 if a.quick else 200, size=64 if a.quick else 128, offset=600))
    model, history = train(bench_game, tmp/'run-bench', preset('tiny' if a.quick else 'default', patch_size=8 if a.quick else 32),
                           minutes=0.1 if a.quick else a.minutes, device=a.device, progress=False)
    report['benchmark_game'] = dict(minutes=history[-1]['minutes'], steps=history[-1]['step'],
                                    steps_per_s=history[-1]['step'] / (60 * history[-1]['minutes']), hard_psnr=hard_psnr(model, bench_test.frames))
    print('benchmark game', json.dumps(report['benchmark_game']), flush=True)
Path(a.out).write_text(json.dumps(report, indent=1))
