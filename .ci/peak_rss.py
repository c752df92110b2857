"""Peak resident memory of `marionette train` on a long game: `python .ci/peak_rss.py [DATA] [--frames 20000] [--size 256]`.
Writes the synthetic game to DATA (default /tmp/peak-rss/game) unless it is there, then trains 20 tiny steps three times,
each in a fresh process: building the frame cache, reusing it, and (for comparison) with every frame in memory, and
with the first 1,000 frames in memory (what training itself takes, whatever the length of the game).
Each figure is the child's peak RSS from getrusage; the results go to nbs/peak_rss.json."""
import argparse, json, os, resource, shutil, subprocess, sys, tempfile, time
from pathlib import Path

def peak_rss(cmd: list, env: dict) -> tuple: # (peak RSS in MB, seconds) of `cmd` run in a fresh process
    "Run `cmd` to the end and read the peak RSS of that child alone."
    start = time.time()
    pid = subprocess.Popen(cmd, env=env).pid
    _, status, usage = os.wait4(pid, 0)
    if status: sys.exit(f"{' '.join(cmd)}: exit status {status}")
    return usage.ru_maxrss / 1024, time.time() - start     # ru_maxrss is in KiB on Linux

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('data', nargs='?', default='/tmp/peak-rss/game')
    ap.add_argument('--frames', type=int, default=20000)
    ap.add_argument('--size', type=int, default=256)
    ap.add_argument('--out', default=str(Path(__file__).parent.parent/'nbs'/'peak_rss.json'))
    args = ap.parse_args()
    root, bin = Path(__file__).parent.parent, Path(sys.executable).parent
    env = dict(os.environ, OMP_NUM_THREADS='1')
    data = Path(args.data)
    if not (data/'frames').is_dir():
        subprocess.run([sys.executable, '-c', f"from marionette.data import synthetic_game; synthetic_game({str(data)!r}, frames={args.frames}, size={args.size})"], env=env, check=True)
    shutil.rmtree(data/'.marionette-cache', ignore_errors=True)
    train = lambda run: [str(bin/'marionette'), 'train', str(data), str(run), '--preset', 'tiny', '--steps', '20', '--device', 'cpu']
    in_memory = ("import sys; from marionette.data import FrameDataset; from marionette.model import preset; from marionette.training import train; "
                 "train(FrameDataset(sys.argv[1], min_size=preset('tiny').patch_size, memory_budget_mb=1e9), sys.argv[2], preset('tiny'), steps=20, device='cpu')")
    result = dict(frames=len(list((data/'frames').iterdir())), size=args.size, command='marionette train DATA RUN --preset tiny --steps 20')
    with tempfile.TemporaryDirectory() as tmp:
        short = Path(tmp)/'short'
        subprocess.run([sys.executable, '-c', f"from marionette.data import synthetic_game; synthetic_game({str(short)!r}, frames=1000, size={args.size})"], env=env, check=True)
        for name, cmd in [('cache_cold', train(Path(tmp)/'a')), ('cache_warm', train(Path(tmp)/'b')),
                          ('in_memory', [sys.executable, '-c', in_memory, str(data), str(Path(tmp)/'c')]),
                          ('short_in_memory', [sys.executable, '-c', in_memory, str(short), str(Path(tmp)/'d')])]:
            mb, s = peak_rss(cmd, env)
            result[name] = dict(peak_rss_mb=round(mb), seconds=round(s))
            print(name, result[name], flush=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + '\n')
    print(json.dumps(result, indent=1))
