"""The dashboard driven like a user would: keys, mouse, dialogs, and what lands in the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from tests.tui.workspace import AS_OF, ARTICLE_TEXT, HOSTILE
from tracker.models import ProposalState, Status
from tracker.store import Store
from tracker.text import printable
from tracker.tui.app import TrackerApp
from tracker.tui.dialogs.add_article import AddArticleDialog, PathSuggester
from tracker.tui.dialogs.export import ExportDialog
from tracker.tui.dialogs.mark import MarkDialog
from tracker.tui.dialogs.note import NoteDialog
from tracker.tui.screens.article import ArticleScreen
from tracker.tui.screens.help import HelpScreen
from tracker.tui.screens.review import ReviewScreen
from tracker.tui.widgets.claim_table import ClaimTable
from tracker.tui.widgets.status_header import StatusHeader


def table_of(app: TrackerApp) -> ClaimTable:
    return app.dashboard.query_one(ClaimTable)


def shown_ids(app: TrackerApp) -> list[str]:
    return [row.id for row in table_of(app).rows]


def screen_text(app: TrackerApp) -> str:
    """What the terminal shows, as plain text."""
    return "\n".join(line.text for line in app.screen._compositor.render_strips())


def detail_text(app: TrackerApp) -> str:
    return str(app.dashboard.query_one("#detail-body", Static).content)


async def select_claim(app: TrackerApp, pilot, claim_id: str) -> None:
    table = table_of(app)
    table.cursor = shown_ids(app).index(claim_id)
    await pilot.pause()
    assert table.highlighted_id == claim_id


async def test_opens_with_overdue_first_and_counts_in_header(app: TrackerApp) -> None:
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        ids = shown_ids(app)
        assert ids[:2] == ["c-drones", "c-office"]  # both overdue, earliest deadline first
        assert ids[-1] == "c-wrong"  # refuted last
        header = app.dashboard.query_one(StatusHeader).render().plain
        assert "2026-11-22" in header
        assert header.index("overdue 2") < header.index("pending 3") < header.index("confirmed 1")
        text = screen_text(app)
        assert "357d late" in text and "in 5d" in text
        assert "600-800 interceptor drones per day" in detail_text(app)


async def test_overdue_and_due_soon_rows_stand_out(app: TrackerApp) -> None:
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        table = table_of(app)
        states = {row.id: table.row_state(row) for row in table.rows}
        assert states["c-drones"] == "claim-table--overdue"
        assert states["c-soon"] == "claim-table--due-soon"
        assert states["c-later"] == "claim-table--pending"
        overdue_style = table.get_component_rich_style("claim-table--overdue")
        pending_style = table.get_component_rich_style("claim-table--pending")
        assert overdue_style.color != pending_style.color


async def test_hostile_text_is_shown_literally(app: TrackerApp) -> None:
    async with app.run_test(size=(120, 35)) as pilot:
        await select_claim(app, pilot, "c-hostile")
        text = screen_text(app)
        assert "[bold]x[/] [link=http://e" in text  # the table cell, cut to its column
        detail = detail_text(app)
        assert printable(HOSTILE) == "[bold]x[/] [link=http://e]y[/] \\x1b[31mred"
        assert printable(HOSTILE) in detail
        assert "[i]actor[/i]" in detail and "[red]place" in detail
        body = app.dashboard.query_one("#detail-body", Static)
        rendered = body.render()
        # Nothing in the pane became a link, and no raw escape character reached the screen.
        assert not any("link" in str(span.style) for span in getattr(rendered, "spans", []))
        assert "\x1b" not in screen_text(app)


async def test_detail_pane_shows_everything_about_a_claim(app: TrackerApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await select_claim(app, pilot, "c-office")
        detail = detail_text(app)
        for expected in (
            "Ukraine will open defense production offices in Berlin and Copenhagen",
            "Volodymyr Zelensky",
            "Berlin, Copenhagen",
            "2025-12-31, 326 days overdue",
            "by year's end",
            "Ukraine to open arms offices abroad · Kyiv Post · 2025-10-01",
            "Zelensky said.",
            "Asked the ministry for a date",
        ):
            assert expected in detail
        await select_claim(app, pilot, "c-drones")
        assert "600-800 interceptor drones per day" in detail_text(app)
        assert "quantity 600-800 interceptor drones per day" in " ".join(detail_text(app).split())
        await select_claim(app, pilot, "c-done")
        detail = detail_text(app)
        assert "confirmed by user: licences published" in detail
        assert "evidence [a2] Berlin office opens · DW · 2026-11-10" in detail


async def test_confirm_asks_for_evidence_and_note_and_records_both(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-soon")
        await pilot.press("c")
        dialog = app.screen
        assert isinstance(dialog, MarkDialog)
        dialog.query_one("#evidence-article", Select).value = "a2"
        dialog.query_one("#evidence-url", Input).value = "https://example.org/signed"
        await pilot.press(*"signed today", "enter")
        await pilot.pause()
        claim = workspace.claim("c-soon")
        assert claim.status is Status.CONFIRMED
        change = claim.history[-1]
        assert change.note == "signed today"
        assert change.evidence is not None
        assert change.evidence.article == "a2" and change.evidence.url == "https://example.org/signed"
        # The selection follows the claim to its new place, and the pane shows the new history.
        assert table_of(app).highlighted_id == "c-soon"
        assert "signed today" in detail_text(app)


async def test_partial_and_refute_use_the_dialog_and_escape_cancels(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-later")
        await pilot.press("x")
        assert isinstance(app.screen, MarkDialog)
        await pilot.press("escape")
        assert workspace.claim("c-later").status is Status.PENDING
        await pilot.press("p", "enter")
        assert workspace.claim("c-later").status is Status.PARTIAL
        await pilot.press("x", "enter")
        assert workspace.claim("c-later").status is Status.REFUTED
        assert workspace.claim("c-later").history[-1].note is None


async def test_overdue_and_back_to_pending_apply_at_once(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-later")
        await pilot.press("o")
        assert workspace.claim("c-later").status is Status.OVERDUE
        await pilot.press("b")
        assert workspace.claim("c-later").status is Status.PENDING
        assert [c.status for c in workspace.claim("c-later").history] == [Status.OVERDUE, Status.PENDING]


async def test_note_and_undo(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-later")
        await pilot.press("n")
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"call the ministry", "enter")
        assert [n.text for n in workspace.claim("c-later").notes] == ["call the ministry"]
        assert "call the ministry" in detail_text(app)
        await pilot.press("u")
        assert workspace.claim("c-later").notes == []
        assert workspace.claim("c-later").history[-1].note.startswith("undo:")


async def test_search_filters_and_counts_follow(app: TrackerApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash")
        assert app.focused is app.dashboard.query_one("#search", Input)
        await pilot.press(*"copenhagen")
        # Matches the claim text, a place, or a quote.
        assert sorted(shown_ids(app)) == ["c-office", "c-soon"]
        assert "2 of 7" in app.dashboard.query_one(StatusHeader).render().plain
        await pilot.press("enter")
        assert app.focused is table_of(app)
        await pilot.press("escape")
        assert len(shown_ids(app)) == 7


async def test_status_kind_and_due_within_filters(app: TrackerApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("exclamation_mark")
        assert sorted(shown_ids(app)) == ["c-drones", "c-office"]
        header = app.dashboard.query_one(StatusHeader).render().plain
        assert "overdue 2" in header and "2 of 7" in header
        await pilot.press("escape")
        app.dashboard.query_one("#kind-filter", Select).value = "funding"
        await pilot.pause()
        assert shown_ids(app) == ["c-later"]
        await pilot.press("escape")
        app.dashboard.query_one("#due-within", Input).focus()
        await pilot.press("1", "0")
        assert shown_ids(app) == ["c-soon"]
        await pilot.press("escape")  # from inside the bar, escape clears it and goes back to the table
        assert len(shown_ids(app)) == 7
        assert app.focused is table_of(app)


async def test_sort_by_key_and_by_clicking_a_column_title(app: TrackerApp) -> None:
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        table = table_of(app)
        await pilot.press("s")
        assert table.sort_column == "kind"
        kinds = [row.kind for row in table.rows]
        assert kinds == sorted(kinds)
        await pilot.press("S")
        assert [row.kind for row in table.rows] == sorted(kinds, reverse=True)
        x = next(i for i, col in enumerate(table.visible_columns()) if col.key == "deadline")
        start = sum(w + 1 for _, w in table.layout()[:x])
        await pilot.click(ClaimTable, offset=(start + 1, 0))
        assert table.sort_column == "deadline"
        dated = [row.deadline for row in table.rows if row.deadline]
        assert dated == sorted(dated)


async def test_mouse_selects_a_row_and_double_click_opens_the_article(app: TrackerApp) -> None:
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        await pilot.click(ClaimTable, offset=(5, 3))  # header is line 0: third row
        assert table_of(app).highlighted_id == shown_ids(app)[2]
        target = shown_ids(app).index("c-office") + 1
        await pilot.click(ClaimTable, offset=(5, target), times=2)
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_article_view_highlights_claim_sentences(app: TrackerApp, workspace: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # tracker.articles (another branch) reads the stored text; here it is the file itself.
    monkeypatch.setattr(workspace, "article_text", lambda article: (workspace.sources_dir / article.path).read_text())
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-office")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        paragraphs = [p.render() for p in screen.query(".paragraph")]
        assert "\n\n".join(p.plain for p in paragraphs) + "\n" == ARTICLE_TEXT
        styled = {p.plain[s.start:s.end]: s.style for p in paragraphs for s in p.spans}
        offices = "Ukraine is set to open defense production offices in Berlin and Copenhagen by year's end, Zelensky said."
        drones = "Manufacturers will deliver 600-800 interceptor drones per day by the end of November."
        assert styled[offices].reverse and styled[offices].bold  # this claim
        assert styled[drones].underline and not styled[drones].reverse  # another claim of the article
        assert "The ministry said a further agreement would follow." not in styled
        assert "source 1 of 2" in screen_text(app)
        await pilot.press("right_square_bracket")
        assert "source 2 of 2" in screen_text(app) and "Berlin office opens · DW" in screen_text(app)
        (paragraph,) = [p.render() for p in screen.query(".paragraph")]
        spans = {paragraph.plain[s.start:s.end]: s.style for s in paragraph.spans}
        assert spans["The Berlin office opened on Monday"].reverse  # this claim's own quote
        assert spans[", officials said."].italic  # the rest of the proposed update's sentence
        await pilot.press("escape")
        assert app.screen is app.dashboard


async def test_article_view_without_text_shows_the_quote(app: TrackerApp, workspace: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(article):
        raise ImportError("No module named 'tracker.articles'")

    monkeypatch.setattr(workspace, "article_text", missing)
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-office")
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "cannot be shown" in text and "Zelensky" in text


async def test_review_accepts_with_one_key(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v")
        assert isinstance(app.screen, ReviewScreen)
        text = screen_text(app)
        assert "The Berlin office opened on Monday" in text and "confirms" in text
        await pilot.press("a")
        assert workspace.proposal("p-berlin").state is ProposalState.ACCEPTED
        claim = workspace.claim("c-office")
        assert claim.status is Status.CONFIRMED and claim.history[-1].evidence.article == "a2"
        assert "Nothing to review" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        row = next(row for row in table_of(app).rows if row.id == "c-office")
        assert row.status == "confirmed"


async def test_review_rejects_with_one_key(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v", "r")
        assert workspace.proposal("p-berlin").state is ProposalState.REJECTED
        assert workspace.claim("c-office").status is Status.PENDING


async def test_help_lists_every_key(app: TrackerApp) -> None:
    async with app.run_test(size=(100, 50)) as pilot:  # the whole list, unscrolled
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for phrase in ("Mark the claim confirmed", "Revert the last change", "Add an article", "Review the status", "Export the claims", "Switch between the light"):
            assert phrase in text
        await pilot.press("escape")
        assert app.screen is app.dashboard


async def test_theme_toggles_and_q_quits(app: TrackerApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        before = app.theme
        await pilot.press("t")
        assert app.theme != before and "light" in app.theme
        await pilot.press("t")
        assert app.theme == before
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_command_palette_runs_actions_and_finds_claims(app: TrackerApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *"show overdue")
        await pilot.pause(0.2)
        await pilot.press("enter")
        await pilot.pause()
        assert sorted(shown_ids(app)) == ["c-drones", "c-office"]
        await pilot.press("ctrl+p", *"lviv air base")
        await pilot.pause(0.2)
        await pilot.press("enter")
        await pilot.pause()
        # The hidden claim is found, the filter cleared and the cursor put on it.
        assert table_of(app).highlighted_id == "c-wrong"
        assert len(shown_ids(app)) == 7
        # The hostile claim found by its markup shows literally in the palette.
        await pilot.press("ctrl+p", *"link=http")
        await pilot.pause(0.2)
        assert "[bold]x[/] [link=http://e]y[/]" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert table_of(app).highlighted_id == "c-hostile"


async def test_reloads_on_external_change_and_keeps_the_selection(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await select_claim(app, pilot, "c-later")
        other = Store.open(workspace.path)  # another process, e.g. `tracker mark` in a second terminal
        other.mark("c-soon", "confirmed", note="from the other terminal")
        other.mark("c-drones", "refuted")
        for _ in range(50):
            await pilot.pause(0.05)
            rows = {row.id: row.status for row in table_of(app).rows}
            if rows["c-soon"] == "confirmed":
                break
        assert rows["c-soon"] == "confirmed" and rows["c-drones"] == "refuted"
        assert table_of(app).highlighted_id == "c-later"


async def test_export_writes_a_file_in_the_workspace_folder(app: TrackerApp, workspace: Store) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        from tracker.export import FORMATS

        assert [value for _, value in dialog.query_one("#format", Select)._options] == list(FORMATS)
        assert dialog.query_one("#path", Input).value == f"claims-{AS_OF.isoformat()}.json"
        await pilot.click("#ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = workspace.path.parent / f"claims-{AS_OF.isoformat()}.json"
        assert '"schema": "tracker.export/1"' in written.read_text()
        assert "c-office" in written.read_text()


async def test_path_completion_in_the_add_dialog(app: TrackerApp, workspace: Store) -> None:
    suggester = PathSuggester(workspace.path.parent)
    assert await suggester.get_suggestion("sour") == "sources/"
    assert await suggester.get_suggestion("sources/a") == "sources/a1.txt"
    assert await suggester.get_suggestion("https://exa") is None
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, AddArticleDialog)
        await pilot.press(*"sources/a2", "right")
        assert app.screen.query_one("#inputs", Input).value == "sources/a2.txt"
        await pilot.press("escape")
        assert app.screen is app.dashboard


async def test_add_article_runs_in_a_worker_with_progress(app: TrackerApp, workspace: Store, tmp_path: Path) -> None:
    ingest = pytest.importorskip("tracker.ingest")
    import tracker

    if Path(ingest.__file__).parent != Path(tracker.__file__).parent:
        pytest.skip("tracker.ingest here comes from another checkout (an editable install), not this tree")
    article = tmp_path / "new.txt"
    article.write_text(
        "Ukraine and Poland agree on joint drone plant\n\n"
        "WARSAW, Nov. 20, 2026 - Ukraine will open a drone factory in Rzeszow, Poland, by the end of 2027, "
        "Ukraine's Minister of Strategic Industries said on Thursday after talks with his Polish counterpart.\n\n"
        "The plant will produce 500 interceptor drones per month once it reaches full capacity, the minister said, "
        "adding that financing would come from a joint fund set up earlier this year by the two governments.\n\n"
        "Polish officials said the agreement was part of a wider push to build up Europe's defence industry, "
        "and that further projects with Ukrainian manufacturers were under discussion in Warsaw and Kyiv.\n"
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        await pilot.press(*str(article), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(20):  # the new claims arrive through the on-disk change check
            await pilot.pause(0.05)
        assert len(workspace.articles()) == 3, [n.message for n in app._notifications]
        assert workspace.claim_count() > 7  # the new article's claims
        assert len(table_of(app).rows) == workspace.claim_count()
        assert not app.dashboard.has_class("-ingesting")


async def test_fits_80_by_24(app: TrackerApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = screen_text(app).splitlines()
        assert "overdue 2" in lines[0]  # the header is one line
        assert "status" in lines[2] and "deadline" in lines[2]
        assert any("600-800 interceptor drones per day" in line for line in lines[3:10])
        assert "Confirm" in lines[-1] and "Help" in lines[-1]
        await pilot.press("c")
        # The dialog's buttons are on screen.
        assert "Mark confirmed" in screen_text(app) and "Cancel" in screen_text(app)


@pytest.mark.parametrize(("width", "footer_line"), [
    # Refute and note are left out next; below 72 columns the line used to be cut mid-key.
    (60, "? Help q Quit c Confirm u Undo a Add v Review / Search"),
    # Theme, export, the palette and partial are the keys 80 columns leave out (the help lists them).
    (80, "? Help q Quit c Confirm x Refute n Note u Undo a Add v Review / Search"),
    (120, "? Help q Quit c Confirm p Partial x Refute n Note u Undo a Add v Review e Export / Search t Theme ^p palette"),
])
async def test_footer_keys_read_whole(app: TrackerApp, width: int, footer_line: str) -> None:
    """The footer line shows whole keys only, none cut at the edge of the terminal."""
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        # The palette key's left border is a thin bar; the rest is keys, labels and spaces.
        assert " ".join(footer.replace("\N{LEFT ONE EIGHTH BLOCK}", " ").split()) == footer_line


async def test_usable_at_60_by_20(app: TrackerApp) -> None:
    """The keys the footer leaves out still work and the help lists them."""
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        lines = screen_text(app).splitlines()
        # too narrow for the date and every status: the count of claims comes first
        assert lines[0].startswith("7 claims │ overdue 2 pending 3 confirmed 1 refuted 1")
        assert "status" in lines[2] and "deadline" in lines[2] and "left" in lines[2]
        assert any(line.startswith("overdue   600-800 interceptor drones") for line in lines[3:6])
        assert lines[-1].split() == "? Help q Quit c Confirm u Undo a Add v Review / Search".split()
        await pilot.press("x")  # refute: not in the footer, still bound
        assert isinstance(app.screen, MarkDialog) and "Mark refuted" in screen_text(app)
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = screen_text(app)
        assert "Mark the claim refuted" in help_text and "Add a note to the claim" in help_text


async def test_add_article_worker_reports_progress_and_reloads(app: TrackerApp, workspace: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker wiring, with a stand-in for tracker.ingest: progress bar, summary, new claim shown."""
    import sys
    import types

    from tests.conftest import make_claim
    from tracker.tui.messages import IngestProgress

    calls = []

    def add_sources(store, inputs, *, progress=None):
        calls.append((store is workspace, list(inputs)))
        for done, name in enumerate(inputs, 1):
            store.save_claim(make_claim(f"c-new{done}", text=f"claim from {name}"))
            progress(done, len(inputs), name)
        return types.SimpleNamespace(articles=["x", "y"], duplicates=[], new_claims=2, merged_mentions=0, proposals=[], failures=[], undated=[])

    monkeypatch.setitem(sys.modules, "tracker.ingest", types.SimpleNamespace(add_sources=add_sources))
    progress_seen: list[IngestProgress] = []
    async with app.run_test(size=(100, 30), message_hook=lambda m: progress_seen.append(m) if isinstance(m, IngestProgress) else None) as pilot:
        await pilot.press("a", *"one.txt 'two words.txt'", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        # Its own Store object (its lock works like another process's), the inputs split like a shell.
        assert calls == [(False, ["one.txt", "two words.txt"])]
        # Progress messages replace older ones when the UI falls behind: what counts is the bar ends full.
        assert {(m.done, m.total) for m in progress_seen} <= {(1, 2), (2, 2)}
        assert (progress_seen[-1].done, progress_seen[-1].total) == (2, 2)
        assert {"c-new1", "c-new2"} <= set(shown_ids(app))
        assert not app.dashboard.has_class("-ingesting")
        assert any("2 articles added, 2 new claims" in str(n.message) for n in app._notifications)


async def test_add_article_failure_is_one_line_not_a_crash(app: TrackerApp, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from tracker.errors import BadInput

    def add_sources(store, inputs, *, progress=None):
        raise BadInput("nope.txt: no such file")

    monkeypatch.setitem(sys.modules, "tracker.ingest", types.SimpleNamespace(add_sources=add_sources))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a", *"nope.txt", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert any(n.message == "nope.txt: no such file" and n.severity == "error" for n in app._notifications)


async def test_a_broken_file_written_by_another_process_is_reported_once(app: TrackerApp, workspace: Store) -> None:
    good = workspace.path.read_bytes()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        workspace.path.write_text("{ not json")
        for _ in range(10):  # several checks of the file
            await pilot.pause(0.05)
        errors = [n for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1 and "not valid JSON" in errors[0].message
        assert len(shown_ids(app)) == 7  # the last good data stays on screen
        workspace.path.write_bytes(good.replace(b"Fund 1,000 new drone crews", b"Fund 2,000 new drone crews"))
        for _ in range(40):
            await pilot.pause(0.05)
            if any(row.text.startswith("Fund 2,000") for row in table_of(app).rows):
                break
        assert any(row.text.startswith("Fund 2,000") for row in table_of(app).rows)


async def test_a_narrow_header_keeps_the_count_of_claims_and_cuts_statuses_instead() -> None:
    from textual.app import App, ComposeResult

    class HeaderOnly(App[None]):
        def compose(self) -> ComposeResult:
            yield StatusHeader(id="header")

    header_app = HeaderOnly()
    async with header_app.run_test(size=(60, 5)) as pilot:
        header = header_app.query_one(StatusHeader)
        statuses = ["overdue"] * 12 + ["pending"] * 345 + ["partial"] * 6 + ["confirmed"] * 78 + ["refuted"] * 9
        header.show("newsroom/claims.json", dt.date(2026, 11, 22), statuses, 1234)
        await pilot.pause()
        line = screen_text(header_app).splitlines()[0]
        assert line.startswith("450 of 1,234 │ overdue 12 pending 345")
        header.show("newsroom/claims.json", dt.date(2026, 11, 22), ["overdue", "pending"], 2)
        await pilot.pause()
        assert screen_text(header_app).splitlines()[0].startswith("newsroom 2026-11-22 │ overdue 1 pending 1 │ 2 claims")
