"""Correcting extraction from the dashboard: dismiss a claim, merge one into another, undo."""

from __future__ import annotations

from tests.tui.test_dashboard import screen_text, select_claim, shown_ids
from tracker.errors import NotFound
from tracker.store import ClaimFilter, Store
from tracker.tui.app import TrackerApp
from tracker.tui.dialogs.correction import CorrectionDialog, SimilarDialog
from tracker.tui.screens.help import HelpScreen

import pytest
from textual.widgets import OptionList


async def test_dismiss_asks_for_a_note_and_hides_the_claim(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-later")
        await pilot.press("d")
        assert isinstance(app.screen, CorrectionDialog)
        assert "Fund 1,000 new drone crews" in screen_text(app)
        await pilot.press(*"a forecast, not a pledge", "enter")
        assert app.screen is app.dashboard
        assert "c-later" not in shown_ids(app)
        claim = workspace.claim("c-later")
        assert claim.dismissed and claim.history[-1].note.endswith("a forecast, not a pledge")
        await pilot.press("u")
        await pilot.pause()
        assert "c-later" in shown_ids(app) and not workspace.claim("c-later").dismissed


async def test_escape_cancels_a_dismiss(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-later")
        await pilot.press("d", "escape")
        assert app.screen is app.dashboard and not workspace.claim("c-later").dismissed


async def test_pick_with_m_then_merge_into_the_selected_claim_with_M(app: TrackerApp, workspace: Store) -> None:
    sources = len(workspace.claim("c-office").sources) + len(workspace.claim("c-soon").sources)
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-soon")
        await pilot.press("M")  # nothing picked yet: a hint, no change
        assert app.screen is app.dashboard and workspace.claim("c-soon")
        await pilot.press("m", "M")  # into itself: refused
        assert app.screen is app.dashboard
        await select_claim(app, pilot, "c-office")
        await pilot.press("M")
        assert isinstance(app.screen, CorrectionDialog)
        text = screen_text(app)
        assert "c-soon" in text and "c-office" in text
        await pilot.press(*"same pledge", "enter")
        await pilot.pause()
        assert "c-soon" not in shown_ids(app)
        assert app.dashboard.table.highlighted_id == "c-office"
        kept = workspace.claim("c-office")
        assert len(kept.sources) == sources and kept.absorbed == ["c-soon"]
        assert kept.history[-1].note.endswith("same pledge")
        with pytest.raises(NotFound):
            workspace.claim("c-soon")
        await pilot.press("u")
        await pilot.pause()
        assert "c-soon" in shown_ids(app) and workspace.claim("c-soon").absorbed == []


async def test_dismissed_claims_stay_out_of_the_dashboard_on_start(app: TrackerApp, workspace: Store) -> None:
    from tracker.corrections import dismiss

    dismiss(workspace, "c-later")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "c-later" not in shown_ids(app)
        assert [r.id for r in workspace.find(ClaimFilter(dismissed=True), app.as_of)] == ["c-later"]


async def test_help_lists_the_correction_keys(app: TrackerApp) -> None:
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for phrase in ("Dismiss the claim", "Pick the claim to merge", "Merge the claim picked", "Claims that read like this one"):
            assert phrase in text


async def test_the_merge_dialog_fits_80_by_24_with_long_claims(app: TrackerApp, workspace: Store) -> None:
    long_text = "Ukraine will open defense production offices " * 6
    for cid in ("c-office", "c-soon"):
        claim = workspace.claim(cid)
        claim.text = long_text
        workspace.save_claim(claim)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await select_claim(app, pilot, "c-soon")
        await pilot.press("m")
        await select_claim(app, pilot, "c-office")
        await pilot.press("M")
        text = screen_text(app)
        # The buttons are on screen: each claim takes one line, cut with an ellipsis.
        assert any("Merge" in line and "Cancel" in line for line in text.splitlines())
        assert "…" in text
        assert [claim.size.height for claim in app.screen.query(".correction-claim")] == [1, 1]


async def test_equals_offers_claims_that_read_alike_and_merges_the_one_picked(app: TrackerApp, workspace: Store) -> None:
    from tests.conftest import make_claim
    from tests.tui.workspace import UPDATE_TEXT, quote_source

    # The Berlin opening told again as a claim of its own: the kind of retelling automatic merging misses.
    workspace.save_claim(make_claim("c-retold", kind="opening", mode="event", text="The Berlin office opened",
                                    sources=[quote_source("a2", UPDATE_TEXT, "The Berlin office opened on Monday")]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await select_claim(app, pilot, "c-drones")
        await pilot.press("equals_sign")  # nothing reads like it: a notice, no dialog
        assert app.screen is app.dashboard
        await select_claim(app, pilot, "c-office")
        await pilot.press("equals_sign")
        await pilot.pause()
        assert isinstance(app.screen, SimilarDialog)
        text = screen_text(app)
        assert "c-retold  1.00  opening  shared: office" in text and "  The Berlin office opened" in text
        await pilot.press("escape")  # changes nothing
        assert app.screen is app.dashboard and "c-retold" in shown_ids(app)
        await pilot.press("equals_sign")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        options.highlighted = options.get_option_index("c-retold")
        await pilot.press("enter")  # then the merge dialog asks
        assert isinstance(app.screen, CorrectionDialog)
        assert "c-retold  The Berlin office opened" in screen_text(app)
        await pilot.press(*"told twice", "enter")
        await pilot.pause()
        assert "c-retold" not in shown_ids(app)
        kept = workspace.claim("c-office")
        assert kept.absorbed == ["c-retold"] and kept.history[-1].note.endswith("told twice")
