"""Run notebooks in place and store their outputs, as a reader on a code host sees them: `python .ci/run_notebooks.py nbs/05_background.ipynb ...`.
Cells nbdev's tests skip (`eval: false`, a `tst_flags` directive such as `slow`) are not run and keep the output of their
last real run; `--slow` runs the `slow` cells too, to store the output of a real run (after `make quality`, say)."""
import os, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent.parent))
from conftest import skip_cell, skip_notebook      # nbdev's directives, read as the test suite reads them
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory

def run(path: Path, slow: bool=False):
    "Execute one notebook in its folder and write it back with its outputs; stop at the first error."
    nb, shell, start = read_nb(path), CaptureShell(path), time.time()
    skip = lambda c: c.cell_type != 'code' or (bool(skip_cell(c.source)) and not (slow and skip_cell(c.source) == 'flagged slow'))
    with working_directory(path.parent):
        shell.run_all(nb, exc_stop=True, preproc=skip)
    write_nb(nb, path)
    print(f'{path}: {time.time() - start:.0f} s')

if __name__ == '__main__':
    os.environ['IN_TEST'] = '1'
    slow = '--slow' in sys.argv
    for p in map(Path, [a for a in sys.argv[1:] if a != '--slow']):
        if skip_notebook(p): print(f'{p}: skipped ({skip_notebook(p)})'); continue
        try: run(p, slow)
        except Exception as e: sys.exit(f'{p}: {type(e).__name__}: {e}')
