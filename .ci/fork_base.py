"""The shared start of paired screens: `python .ci/fork_base.py DATA TEST RUN stop=13 minutes=20 key=value ...`.
Trains the `default` preset with the settings given (Config fields, Python literals; `seed=N`) on DATA toward a budget of
`minutes`, with hard PSNR on TEST every half minute, and stops it like Ctrl-C after `stop` minutes of wall-clock time: RUN
keeps the checkpoint of that moment. Each screen then copies RUN and resumes it with one setting changed
(`.ci/levers.py ... keep=COPY`), so that screens of what happens late in training differ in that setting alone, not in
the first minutes' luck."""
import ast, os, signal, sys
from marionette.data import FrameDataset
from marionette.model import preset
from marionette.runs import RunStopped
from marionette.training import train

data, test, run = sys.argv[1:4]
over = {k: ast.literal_eval(v) for k, v in (a.split('=', 1) for a in sys.argv[4:])}
stop, minutes, seed = over.pop('stop'), over.pop('minutes', 20), over.pop('seed', 0)
signal.signal(signal.SIGALRM, lambda *_: os.kill(os.getpid(), signal.SIGINT))   # the run's own stop: checkpoint, then RunStopped
signal.setitimer(signal.ITIMER_REAL, 60 * stop)
try: train(FrameDataset(data), run, preset('default', **over), minutes=minutes, seed=seed, progress=False, device='cpu',
           eval_data=FrameDataset(test), eval_every=0.5)
except RunStopped as e: print(e)
else: sys.exit(f"{run}: the run ended before {stop} minutes: nothing to fork")
