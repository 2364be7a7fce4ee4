"""Tracking a missed claim from the article view: `T`, a few words of the sentence, a kind."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select

from tests.conftest import NOW, add_text
from tests.test_track import MISSED, PLANT
from tests.tui.test_dashboard import screen_text, shown_ids
from tracker.models import Kind
from tracker.store import Store
from tracker.tui.app import TrackerApp
from tracker.tui.dialogs.track import TrackDialog
from tracker.tui.screens.article import ArticleScreen


def plant_app(tmp_path: Path) -> tuple[TrackerApp, Store]:
    store = Store.open(tmp_path / "claims.json", create=True, clock=lambda: NOW)
    add_text(store, tmp_path, "plant.txt", PLANT, "2031-02-01")
    return TrackerApp(store, NOW.date(), watch_interval=None), store


async def open_track_dialog(app: TrackerApp, pilot) -> TrackDialog:
    await pilot.pause()
    await pilot.press("enter")  # the article of the only claim
    await pilot.pause()
    assert isinstance(app.screen, ArticleScreen)
    await pilot.press("T")
    await pilot.pause()
    assert isinstance(app.screen, TrackDialog)
    return app.screen


async def test_a_sentence_of_the_article_is_tracked_and_marked(tmp_path: Path) -> None:
    app, store = plant_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_track_dialog(app, pilot)
        dialog.query_one("#words", Input).value = "roll off the line"
        dialog.query_one("#kind", Select).value = Kind.PRODUCTION_TARGET
        dialog.query_one("#note", Input).focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()  # tracking runs in a thread: the UI does not wait for it
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        tracked = [c for c in store.claims() if c.by_hand]
        assert len(tracked) == 1 and tracked[0].kind is Kind.PRODUCTION_TARGET and tracked[0].sources[0].quote == MISSED
        assert any(str(n.message).startswith(f"{tracked[0].id}: tracked as production_target (pledge)") for n in app._notifications)
        # The article now marks the sentence as a claim's.
        styled = {p.plain[s.start : s.end]: s.style for p in (w.render() for w in app.screen.query(".paragraph")) for s in p.spans}
        assert styled[MISSED].underline
        await pilot.press("escape")
        await pilot.pause()
        assert tracked[0].id in shown_ids(app) and len(shown_ids(app)) == 2


async def test_words_not_in_the_article_are_an_error_and_nothing_changes(tmp_path: Path) -> None:
    app, store = plant_app(tmp_path)
    raw = (tmp_path / "claims.json").read_bytes()
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_track_dialog(app, pilot)
        dialog.query_one("#words", Input).value = "no such words"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(n.severity == "error" and "the article has no sentence with" in str(n.message) for n in app._notifications)
        assert "Track a claim the tracker missed" not in screen_text(app)
    assert (tmp_path / "claims.json").read_bytes() == raw


async def test_S_splits_the_source_shown_off_its_claim(tmp_path: Path) -> None:
    from tests.test_ingest_dismissed import FIRST, RETOLD
    from tracker.tui.dialogs.correction import CorrectionDialog

    store = Store.open(tmp_path / "claims.json", create=True, clock=lambda: NOW)
    add_text(store, tmp_path, "first.txt", FIRST, "2032-03-01")
    add_text(store, tmp_path, "later.txt", RETOLD, "2032-03-25")
    (claim,) = store.claims()
    app = TrackerApp(store, NOW.date(), watch_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "right_square_bracket")
        await pilot.pause()
        assert "source 2 of 2" in screen_text(app)
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, CorrectionDialog) and "According to Acme Aero" in screen_text(app)
        await pilot.press(*"another plan", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen) and "source 1 of 1" in screen_text(app)
        (part,) = [c for c in store.claims() if c.id != claim.id]
        assert part.sources[0].quote.startswith("According to Acme Aero") and len(store.claim(claim.id).sources) == 1
        await pilot.press("S")  # one source left: nothing to split
        await pilot.pause()
        assert any("nothing to split off" in str(n.message) for n in app._notifications)
        await pilot.press("escape")
        await pilot.pause()
        assert sorted(shown_ids(app)) == sorted([claim.id, part.id])


async def test_T_on_the_claims_tracks_in_any_article_even_one_without_claims(tmp_path: Path) -> None:
    app, store = plant_app(tmp_path)
    weather_text = (
        "Weather in Tampere\n\nIt was cold in Tampere on Monday, and snow fell on the new plant.\n"
        "Officials described the roads near the site as icy for most of the morning.\n"
    )
    add_text(store, tmp_path, "weather.txt", weather_text, "2031-03-01")
    (weather,) = [a for a in store.articles() if not store.claims_citing(a.id)]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("T")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, TrackDialog)
        article = dialog.query_one("#article", Select)
        assert article.value != weather.id  # the selected claim's article comes first
        article.value = weather.id
        dialog.query_one("#words", Input).value = "snow fell on the new plant"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        (tracked,) = [c for c in store.claims() if c.by_hand]
        assert tracked.sources[0].article == weather.id
        assert app.screen is app.dashboard and app.dashboard.selected_id == tracked.id


async def test_j_puts_a_cursor_on_a_sentence_and_T_offers_to_track_it(tmp_path: Path) -> None:
    app, store = plant_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await pilot.press("j")  # first the claim's own sentence
        await pilot.press("j")  # then the next one: the missed sentence
        styled = {p.plain[s.start : s.end]: s.style for p in (w.render() for w in screen.query(".paragraph")) for s in p.spans}
        assert styled[MISSED].background is not None  # under the cursor
        await pilot.press("k", "j")  # up and down again
        await pilot.press("T")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, TrackDialog)
        assert dialog.query_one("#words", Input).value == "The company's first 500 drones should roll off the line"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        (tracked,) = [c for c in store.claims() if c.by_hand]
        assert tracked.sources[0].quote == MISSED


async def test_the_notice_names_claims_that_read_like_the_one_tracked(tmp_path: Path) -> None:
    app, store = plant_app(tmp_path)
    welcome = (
        "Borealis news\n\nThe mayor welcomed the Borealis Aero drone plant planned for Tampere, calling it good news for the region.\n"
        "Officials described the weather on the day as cold.\n"
    )
    add_text(store, tmp_path, "welcome.txt", welcome, "2031-02-03")
    (extracted,) = store.claims()
    article = next(a for a in store.articles() if not store.claims_citing(a.id))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("T")
        await pilot.pause()
        app.screen.query_one("#article", Select).value = article.id
        app.screen.query_one("#words", Input).value = "The mayor welcomed"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(f"reads like {extracted.id} (= on it to merge)" in str(n.message) for n in app._notifications)
