"""The core stays free of the UI: the command line and exports load without Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_modules_do_not_import_textual() -> None:
    code = (
        "import sys, tracker.cli, tracker.store, tracker.status, tracker.export;"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_tui_does_not_import_tinydb() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "tracker" / "tui").rglob("*.py")
        if "tinydb" in path.read_text()
    ]
    assert offenders == []
