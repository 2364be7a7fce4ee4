"""``tracker summary`` and the core ``Summary`` behind it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.export.conftest import build_hostile, build_sample
from tracker.cli import main
from tracker.export.summary import summary
from tracker.models import Status


def test_summary_of_the_sample(tmp_path: Path) -> None:
    report = summary(build_sample(tmp_path / "claims.json"), dt.date(2026, 11, 22))
    assert {s.value: n for s, n in report.counts.items()} == {"overdue": 1, "pending": 3, "partial": 1, "confirmed": 2, "refuted": 1}
    assert report.total == 8
    assert [(v.claim.id, -v.days_left) for v in report.overdue] == [("c2drones", 357)]
    assert [(v.claim.id, v.days_left) for v in report.due_soon] == [("c4facility", 9)]
    # 18 Nov confirmed, 20 Nov partial and a note; the 2 Nov refutation is older than 7 days.
    assert [(r.view.claim.id, r.change.status) for r in report.recent_changes] == [
        ("c4facility", None), ("c6lines", Status.PARTIAL), ("c1office", Status.CONFIRMED)]
    assert [w.proposal.id for w in report.waiting_proposals] == ["p1confirm"]


def test_looking_back_ignores_later_changes_and_counts_the_overdue_of_that_day(tmp_path: Path) -> None:
    report = summary(build_sample(tmp_path / "claims.json"), dt.date(2025, 12, 15))
    assert [r.change.at.date() for r in report.recent_changes] == []  # every change in the sample is later
    assert [(v.claim.id, -v.days_left) for v in report.overdue] == [("c2drones", 15)]
    assert report.due_soon == []  # c1office (due 31 Dec) is already confirmed in the stored data


def test_window_edges(tmp_path: Path) -> None:
    store = build_sample(tmp_path / "claims.json")
    # On 24 Nov the 18 Nov change is the 7th day back: still in; on 25 Nov it is out.
    assert "c1office" in [r.view.claim.id for r in summary(store, dt.date(2026, 11, 24)).recent_changes]
    assert "c1office" not in [r.view.claim.id for r in summary(store, dt.date(2026, 11, 25)).recent_changes]
    # c6lines (partial) is due 31 Dec: 30 days ahead on 1 Dec, 31 days on 30 Nov.
    assert "c6lines" in [v.claim.id for v in summary(store, dt.date(2026, 12, 1)).due_soon]
    assert "c6lines" not in [v.claim.id for v in summary(store, dt.date(2026, 11, 30)).due_soon]


def test_cli_prints_the_summary(tmp_path: Path, capsys) -> None:
    build_sample(tmp_path / "claims.json")
    main(["--db", str(tmp_path / "claims.json"), "summary", "--as-of", "2026-11-22"])
    out = capsys.readouterr().out
    assert "Claims as of 2026-11-22: 8" in out
    assert "c2drones    357 days overdue  2025-11-30" in out
    assert "Due in the next 30 days (1)" in out and "9 days left  2026-12-01" in out
    assert "Changes in the last 7 days (3)" in out
    assert "p1confirm  confirms    c5line" in out


def test_cli_json(tmp_path: Path, capsys) -> None:
    build_sample(tmp_path / "claims.json")
    main(["--db", str(tmp_path / "claims.json"), "summary", "--as-of", "2026-11-22", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["counts"]["overdue"] == 1 and doc["overdue"][0]["days_overdue"] == 357
    assert [c["id"] for c in doc["due_soon"]] == ["c4facility"]
    assert len(doc["recent_changes"]) == 3 and doc["waiting_proposals"][0]["effect"] == "confirms"


def test_cli_never_prints_terminal_escapes_from_articles(tmp_path: Path, capsys) -> None:
    build_hostile(tmp_path / "claims.json")
    main(["--db", str(tmp_path / "claims.json"), "summary", "--as-of", "2026-11-22"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[31mRED" in out
