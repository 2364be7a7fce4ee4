"""Two `tracker add` runs at once on one workspace: both succeed and nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tracker.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "sample" / "seed" / "articles"


def test_two_add_processes_at_once_keep_everything(db_path: Path) -> None:
    files = sorted(SEED.iterdir())
    halves = [files[:3], files[3:]]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tracker", "--db", str(db_path), "add", *map(str, half)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for half in halves
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    store = Store.open(db_path)
    assert len(store.articles()) == len(files)
    cited = {source.article for claim in store.claims() for source in claim.sources}
    assert cited == {article.id for article in store.articles()}  # every article's claims survived
    assert sorted(p.name for p in (db_path.parent / "sources").iterdir()) == sorted(a.path for a in store.articles())
