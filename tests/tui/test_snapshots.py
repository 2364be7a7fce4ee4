"""Snapshot tests pinning the look of the main screens, over a fixed workspace and as-of date.

Update with ``pytest tests/tui/test_snapshots.py --snapshot-update`` only after reading
``snapshot_report.html``; the folder is named "sample" so the header never shows a tmp path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.workspace import AS_OF, build_workspace
from tracker.tui.app import TrackerApp
from tracker.tui.widgets.claim_table import ClaimTable


@pytest.fixture
def sample_app(tmp_path: Path) -> TrackerApp:
    folder = tmp_path / "sample"
    folder.mkdir()
    return TrackerApp(build_workspace(folder), AS_OF, watch_interval=None)


def test_dashboard_80x24(snap_compare, sample_app: TrackerApp) -> None:
    """The dashboard in the smallest terminal: one-line header, table over the detail pane, footer."""
    assert snap_compare(sample_app, terminal_size=(80, 24))


def test_dashboard_wide(snap_compare, sample_app: TrackerApp) -> None:
    """A 140-column terminal: table with every column beside the detail pane."""
    assert snap_compare(sample_app, terminal_size=(140, 35))


def test_hostile_claim_detail(snap_compare, sample_app: TrackerApp) -> None:
    """The claim whose text is markup and an escape sequence: shown literally in the table and the pane."""

    async def run_before(pilot) -> None:
        table = pilot.app.dashboard.query_one(ClaimTable)
        table.cursor = [row.id for row in table.rows].index("c-hostile")
        await pilot.pause()

    assert snap_compare(sample_app, terminal_size=(120, 35), run_before=run_before)


def test_filtered_to_overdue(snap_compare, sample_app: TrackerApp) -> None:
    """After `!`: only the two overdue claims, the header counting 2 of 7."""
    assert snap_compare(sample_app, press=["exclamation_mark"], terminal_size=(100, 30))


def test_confirm_dialog(snap_compare, sample_app: TrackerApp) -> None:
    """The dialog `c` opens: the claim, evidence choices, URL, note, buttons, all within 80x24."""
    assert snap_compare(sample_app, press=["c"], terminal_size=(80, 24))


def test_review_screen(snap_compare, sample_app: TrackerApp) -> None:
    """The review screen with its one open proposal highlighted and its quote below."""
    assert snap_compare(sample_app, press=["v"], terminal_size=(100, 30))


def test_help_screen(snap_compare, sample_app: TrackerApp) -> None:
    """The help screen listing the keys."""
    assert snap_compare(sample_app, press=["question_mark"], terminal_size=(100, 40))


def test_light_theme(snap_compare, sample_app: TrackerApp) -> None:
    """The dashboard after `t`: the light theme."""
    assert snap_compare(sample_app, press=["t"], terminal_size=(100, 30))


def test_article_view(snap_compare, sample_app: TrackerApp) -> None:
    """Enter on the offices claim: its article, its sentence in reverse, the drones claim's sentence underlined."""
    store = sample_app.store
    # The stored text is the file itself here (tracker.articles reads it on the merged tree).
    store.article_text = lambda article: (store.sources_dir / article.path).read_text()  # type: ignore[method-assign]

    async def run_before(pilot) -> None:
        table = pilot.app.dashboard.query_one(ClaimTable)
        table.cursor = [row.id for row in table.rows].index("c-office")
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(sample_app, terminal_size=(100, 24), run_before=run_before)
