"""Editing a claim's facts from the dashboard: E, the facts shown, only what changed is saved."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Button, Input, Select

from tests.tui.test_dashboard import detail_text, select_claim
from tracker.models import Kind
from tracker.store import Store
from tracker.tui.app import TrackerApp
from tracker.tui.dialogs.edit import EditDialog


async def test_E_edits_the_kind_deadline_and_quantity_and_u_undoes_it(app: TrackerApp, workspace: Store) -> None:
    before = workspace.claim("c-office")
    async with app.run_test(size=(80, 24)) as pilot:
        await select_claim(app, pilot, "c-office")
        await pilot.press("E")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EditDialog)
        # The claim's facts are shown to change, and the dialog fits 80x24: its buttons are on screen.
        assert dialog.query_one("#deadline", Input).value == "2025-12-31"
        assert dialog.query_one("#ok", Button).region.bottom <= 24
        dialog.query_one("#kind", Select).value = Kind.AGREEMENT
        dialog.query_one("#deadline", Input).value = "2026-03"
        dialog.query_one("#quantity", Input).value = "2 offices"
        dialog.query_one("#note", Input).value = "the ministry's date"
        await pilot.click("#ok")
        await pilot.pause()
        assert app.screen is app.dashboard
        claim = workspace.claim("c-office")
        assert claim.kind is Kind.AGREEMENT and claim.deadline is not None and claim.deadline.date == dt.date(2026, 3, 31)
        assert claim.quantity is not None and claim.quantity.describe() == "2 offices"
        assert claim.text == before.text and claim.actor == before.actor  # unchanged boxes change nothing
        assert claim.history[-1].note.endswith("; the ministry's date")
        assert "2026-03-31" in detail_text(app)
        await pilot.press("u")
        await pilot.pause()
        assert workspace.claim("c-office").kind is before.kind and workspace.claim("c-office").deadline == before.deadline


async def test_a_bad_deadline_is_an_error_and_nothing_changes(app: TrackerApp, workspace: Store) -> None:
    before = workspace.claim("c-office")
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-office")
        await pilot.press("E")
        await pilot.pause()
        app.screen.query_one("#deadline", Input).value = "by spring"
        await pilot.click("#ok")
        await pilot.pause()
        assert any(n.severity == "error" and "deadline 'by spring' is not a date" in str(n.message) for n in app._notifications)
    assert workspace.claim("c-office") == before


async def test_emptying_a_box_takes_the_fact_away(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-office")
        await pilot.press("E")
        await pilot.pause()
        app.screen.query_one("#deadline", Input).value = ""
        await pilot.click("#ok")
        await pilot.pause()
    assert workspace.claim("c-office").deadline is None


async def test_a_small_terminal_scrolls_the_form_to_the_field_in_focus(app: TrackerApp) -> None:
    async with app.run_test(size=(60, 15)) as pilot:
        await select_claim(app, pilot, "c-office")
        await pilot.press("E")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EditDialog)
        ok = dialog.query_one("#ok", Button)
        for _ in range(10):  # tab through the form, as a person would, to the button that saves
            if app.focused is ok:
                break
            await pilot.press("tab")
        await pilot.pause()
        assert app.focused is ok
        assert 0 <= ok.region.y and ok.region.bottom <= 15, ok.region  # the button to save is on screen
