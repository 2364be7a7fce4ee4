"""The claim picked with ``m`` stays marked in the table until the merge is done or called off."""

from __future__ import annotations

from tests.tui.test_dashboard import screen_text, select_claim, shown_ids
from tracker.store import Store
from tracker.tui.app import TrackerApp

PICKED_MARK = "» "
"""What the picked row's claim text starts with."""
SOON = "Sign a co-production"
OFFICE = "Ukraine will open"


def table_lines(app: TrackerApp) -> list[str]:
    """The claims table as it is on screen, one string per line."""
    region = app.dashboard.table.region
    return [line[region.x : region.right] for line in screen_text(app).splitlines()[region.y : region.bottom]]


def table_line(app: TrackerApp, text: str) -> str:
    """The table line holding ``text``."""
    (line,) = [line for line in table_lines(app) if text in line]
    return line


def marked(app: TrackerApp) -> list[str]:
    return [line for line in table_lines(app) if PICKED_MARK in line]


async def test_m_marks_the_picked_row_and_m_again_unmarks_it(app: TrackerApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert marked(app) == []
        await select_claim(app, pilot, "c-soon")
        await pilot.press("m")
        await select_claim(app, pilot, "c-office")  # the cursor leaves it; the mark stays
        assert f"{PICKED_MARK}{SOON}" in table_line(app, SOON)
        assert len(marked(app)) == 1 and PICKED_MARK not in table_line(app, OFFICE)
        await select_claim(app, pilot, "c-soon")
        await pilot.press("m")  # the same claim again: the pick is called off
        await pilot.pause()
        assert marked(app) == [] and app.dashboard.merge_from is None
        await pilot.press("M")  # nothing to merge any more
        assert app.screen is app.dashboard


async def test_m_on_another_claim_moves_the_mark(app: TrackerApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-soon")
        await pilot.press("m")
        await select_claim(app, pilot, "c-office")
        await pilot.press("m")
        await pilot.pause()
        assert [PICKED_MARK in line for line in (table_line(app, SOON), table_line(app, OFFICE))] == [False, True]


async def test_escape_calls_off_the_pick_before_clearing_the_filter(app: TrackerApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("exclamation_mark")  # overdue only
        await pilot.pause()
        await select_claim(app, pilot, "c-office")
        await pilot.press("m", "escape")
        await pilot.pause()
        assert marked(app) == [] and app.dashboard.merge_from is None
        assert "c-soon" not in shown_ids(app)  # the filter is still on
        await pilot.press("escape")
        await pilot.pause()
        assert "c-soon" in shown_ids(app)


async def test_the_mark_goes_once_the_merge_is_done(app: TrackerApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-soon")
        await pilot.press("m")
        await select_claim(app, pilot, "c-office")
        await pilot.press("M")
        await pilot.press("escape")  # the merge dialog cancelled: still picked
        await pilot.pause()
        assert PICKED_MARK in table_line(app, SOON)
        await pilot.press("M", *"same pledge", "enter")
        await pilot.pause()
        assert "c-soon" not in shown_ids(app) and marked(app) == []


async def test_the_mark_goes_when_the_claim_disappears(app: TrackerApp, workspace: Store) -> None:
    from tracker.corrections import dismiss

    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-soon")
        await pilot.press("m")
        await pilot.pause()
        dismiss(Store.open(workspace.path), "c-soon")  # another process: `tracker dismiss c-soon`
        for _ in range(20):  # picked up by the on-disk change check
            await pilot.pause(0.05)
            if "c-soon" not in shown_ids(app):
                break
        await pilot.pause()
        assert "c-soon" not in shown_ids(app)
        assert app.dashboard.merge_from is None and marked(app) == []
        await pilot.press("u")  # undone elsewhere or here, it comes back unpicked
        await pilot.pause()
        assert "c-soon" in shown_ids(app) and marked(app) == []


async def test_the_mark_reads_at_60_columns(app: TrackerApp) -> None:
    async with app.run_test(size=(60, 20)) as pilot:
        await select_claim(app, pilot, "c-soon")
        await pilot.press("m")
        await pilot.pause()
        assert f"{PICKED_MARK}Sign a" in table_line(app, "Sign a")
