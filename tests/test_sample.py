"""The shipped sample: claims.json and sources/ are exactly what the documented command builds.

The command (README, "The sample") adds sample/seed/articles with sample/seed/meta.json under a
fixed clock ($TRACKER_NOW), so timestamps are part of the comparison: the files must match byte
for byte.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tracker.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_NOW = "2026-11-22T09:00:00+00:00"


def test_the_committed_sample_is_what_the_command_builds(tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    result = CliRunner().invoke(
        cli,
        ["--db", str(db), "add", "--meta", str(ROOT / "sample/seed/meta.json"), str(ROOT / "sample/seed/articles")],
        env={"TRACKER_NOW": SAMPLE_NOW},
    )
    assert result.exit_code == 0, result.output
    assert db.read_bytes() == (ROOT / "claims.json").read_bytes()
    built = sorted(p.name for p in (tmp_path / "sources").iterdir())
    assert built == sorted(p.name for p in (ROOT / "sources").iterdir())
    for name in built:
        assert (tmp_path / "sources" / name).read_bytes() == (ROOT / "sources" / name).read_bytes()


def test_the_sample_sources_are_the_seed_articles_byte_for_byte() -> None:
    originals = sorted(p.read_bytes() for p in (ROOT / "sample/seed/articles").iterdir())
    stored = sorted(p.read_bytes() for p in (ROOT / "sources").iterdir())
    assert stored == originals
