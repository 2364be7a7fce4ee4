"""The dashboard's export dialog: the page URL the ClaimReview export links each review to."""

from __future__ import annotations

import json

from textual.widgets import Input, Select

from tests.tui.test_dashboard import screen_text
from tests.tui.workspace import AS_OF
from tracker.store import Store
from tracker.tui.app import TrackerApp
from tracker.tui.dialogs.export import ExportDialog


async def choose_claimreview(app: TrackerApp, pilot) -> ExportDialog:
    await pilot.press("e")
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    dialog.query_one("#format", Select).value = "claimreview"
    await pilot.pause()
    return dialog


async def test_claimreview_export_links_each_review_to_the_page_url(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await choose_claimreview(app, pilot)
        assert "Page URL" in screen_text(app)
        dialog.query_one("#page-url", Input).value = "https://example.org/tracker/claims.html"
        await pilot.click("#ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = workspace.path.parent / f"claims-{AS_OF.isoformat()}.jsonld"
        reviews = {r["claimReviewed"]: r for r in json.loads(written.read_text())["@graph"]}
        urls = sorted(r["url"] for r in reviews.values())
        assert urls == ["https://example.org/tracker/claims.html#claim-c-done", "https://example.org/tracker/claims.html#claim-c-wrong"]


async def test_a_page_url_that_is_not_absolute_http_keeps_the_dialog_open(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await choose_claimreview(app, pilot)
        for bad in ("javascript:alert(1)", "claims.html", "ftp://example.org/claims.html"):
            dialog.query_one("#page-url", Input).value = bad
            await pilot.click("#ok")
            await pilot.pause()
            assert app.screen is dialog, bad
            assert any("not an absolute http(s) address" in n.message for n in app._notifications)
        assert not (workspace.path.parent / f"claims-{AS_OF.isoformat()}.jsonld").exists()


async def test_the_page_url_field_is_offered_only_for_claimreview(app: TrackerApp) -> None:
    """Like ``tracker export``, which refuses --page-url for other formats."""
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e")
        assert "Page URL" not in screen_text(app)
        app.screen.query_one("#format", Select).value = "claimreview"
        await pilot.pause()
        assert "Page URL" in screen_text(app)


async def test_without_a_page_url_the_claimreview_export_has_no_review_urls(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await choose_claimreview(app, pilot)
        await pilot.click("#ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = workspace.path.parent / f"claims-{AS_OF.isoformat()}.jsonld"
        graph = json.loads(written.read_text())["@graph"]
        assert len(graph) == 2 and not any("url" in r for r in graph)


async def test_the_page_url_field_fits_60_by_20_without_a_gap(app: TrackerApp) -> None:
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await choose_claimreview(app, pilot)
        text = screen_text(app)
        assert "Page URL of the HTML export (optional)" in text and "Export" in text and "Cancel" in text
        # The buttons follow the field (its container once took every spare line above them).
        assert dialog.query_one("#ok").region.y - dialog.query_one("#page-url").region.y <= 3
