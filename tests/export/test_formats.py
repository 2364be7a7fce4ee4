"""Every format: offered by the one registry, reproducible to the byte, and written by ``tracker export``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tests.export.conftest import build_hostile, build_sample
from tracker.cli import main
from tracker.export import FORMATS, SUFFIXES, Snapshot, render, snapshot


def test_the_registry_lists_every_format_of_the_issue() -> None:
    assert set(FORMATS) == {"json", "md", "html", "csv", "claimreview", "ics"}
    assert set(SUFFIXES) == set(FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("build", [build_sample, build_hostile], ids=["sample", "hostile"])
def test_same_workspace_and_day_give_identical_bytes(tmp_path: Path, fmt: str, build) -> None:
    # Two workspaces built the same way in different folders, at different wall-clock times.
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = snapshot(build(tmp_path / "one" / "claims.json"), AS_OF)
    second = snapshot(build(tmp_path / "two" / "claims.json"), AS_OF)
    assert render(fmt, first).encode() == render(fmt, second).encode()
    assert render(fmt, first) == render(fmt, first)


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_terminal_escape_survives_into_any_export(hostile_snapshot: Snapshot, fmt: str) -> None:
    text = render(fmt, hostile_snapshot)
    assert "\x1b" not in text and "\x07" not in text


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        render("pdf", Snapshot(AS_OF, [], [], []))


@pytest.mark.parametrize("fmt", FORMATS)
def test_tracker_export_writes_the_rendered_file(tmp_path: Path, sample_snapshot: Snapshot, fmt: str, capsys) -> None:
    db = tmp_path / "claims.json"  # the sample_snapshot fixture built the sample here
    out = tmp_path / f"export{SUFFIXES[fmt]}"
    main(["--db", str(db), "export", "--format", fmt, "--as-of", AS_OF.isoformat(), "-o", str(out)])
    assert out.read_bytes() == render(fmt, sample_snapshot).encode("utf-8")


def test_export_filters_reach_the_writers(tmp_path: Path, sample_snapshot: Snapshot, capsys) -> None:
    main(["--db", str(tmp_path / "claims.json"), "export", "--format", "csv", "--status", "overdue", "--as-of", "2026-11-22"])
    rows = capsys.readouterr().out.strip().splitlines()
    assert len(rows) == 2 and rows[1].startswith('"c2drones","overdue"')
