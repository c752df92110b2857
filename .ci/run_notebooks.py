"""Run notebooks in place and store their outputs, as a reader on a code host sees them: `python .ci/run_notebooks.py nbs/05_background.ipynb ...`.
Cells nbdev's tests skip (`eval: false`, a `tst_flags` directive such as `slow`) are not run and keep the output of their
last real run; `--slow` runs the `slow` cells too, to store the output of a real run (after `make quality`, say), and
`--slow=ID,ID` only the slow cells with those ids (the others keep their outputs)."""
import os, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent.parent))
from conftest import skip_cell, skip_notebook      # nbdev's directives, read as the test suite reads them
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory

def run(path: Path, slow: bool|set=False): # True: every slow cell; a set: the slow cells with these ids
    "Execute one notebook in its folder and write it back with its outputs; stop at the first error."
    nb, shell, start = read_nb(path), CaptureShell(path), time.time()
    runs_slow = lambda c: skip_cell(c.source) == 'flagged slow' and (slow is True or c.get('id') in (slow or ()))
    skip = lambda c: c.cell_type != 'code' or (bool(skip_cell(c.source)) and not runs_slow(c))
    with working_directory(path.parent):
        shell.run_all(nb, exc_stop=True, preproc=skip)
    write_nb(nb, path)
    print(f'{path}: {time.time() - start:.0f} s')

if __name__ == '__main__':
    os.environ['IN_TEST'] = '1'
    flags = [a for a in sys.argv[1:] if a.startswith('--slow')]
    slow = bool(flags) and (set(flags[0].split('=', 1)[1].split(',')) if '=' in flags[0] else True)
    for p in map(Path, [a for a in sys.argv[1:] if not a.startswith('--slow')]):
        if skip_notebook(p): print(f'{p}: skipped ({skip_notebook(p)})'); continue
        try: run(p, slow)
        except Exception as e: sys.exit(f'{p}: {type(e).__name__}: {e}')
