"""Make `pytest --nbval-lax nbs/` honour nbdev's directives, so that settings.ini stays the one source of truth:
IN_TEST is set, cells flagged `eval: false` or with a `tst_flags` directive are skipped, and so are notebooks with
`skip_exec: true` front matter or a `.notest` file beside them. The notebooks' stored outputs are documentation, not
expected results: with `--nbval-lax` nothing is compared, and nbval is told so."""
import os, re
from configparser import ConfigParser
from pathlib import Path
import pytest

os.environ['IN_TEST'] = '1'  # the kernels nbval starts inherit this, as nbdev_test's do
_cfg = ConfigParser(delimiters=['=']); _cfg.read(Path(__file__).parent/'settings.ini')
TST_FLAGS = _cfg['DEFAULT'].get('tst_flags', '').split()

def directives(source: str) -> dict:
    "nbdev's `#| name args` directives of a cell's source."
    found = {}
    for line in source.splitlines():
        m = re.match(r'^\s*#\s*\|\s*([\w-]+):?\s*(.*)$', line)
        if m: found[m.group(1)] = m.group(2).strip()
    return found

def skip_notebook(path: Path) -> str:
    "Why nbdev_test would skip this notebook, or ''."
    if (path.parent/'.notest').exists(): return '.notest beside the notebook'
    if path.name.startswith(('_', '.')): return 'private notebook'
    text = path.read_text(encoding='utf-8')
    if re.search(r'-\s*skip_exec:\s*true', text): return 'skip_exec: true front matter'
    return ''

def skip_cell(source: str) -> str:
    "Why nbdev_test would skip this cell, or ''."
    d = directives(source)
    if d.get('eval', '').lower() == 'false': return 'eval: false'
    flagged = [f for f in TST_FLAGS if f in d]
    return f'flagged {flagged[0]}' if flagged else ''

def pytest_collection_modifyitems(config, items):
    for item in items:
        cell = getattr(item, 'cell', None)
        if cell is None: continue
        if cell.execution_count is None: cell.outputs = [] # stored outputs are documentation (nbdev_clean drops counts), not references
        why = skip_notebook(Path(str(item.fspath))) or skip_cell(cell.source)
        if why: item.add_marker(pytest.mark.skip(reason=why))
