"""The dashboard: header, filter bar, the claims table and the detail pane.

The screen owns the state (every row, the filter) and every change: it calls the store,
then pushes fresh rows down into the table. Widgets only post messages up.
"""

from __future__ import annotations

import datetime as dt
import shlex
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input, ProgressBar
from textual.worker import Worker, WorkerState

from tracker.errors import TrackerError
from tracker.models import Article, Claim, Evidence, Status
from tracker.store import ClaimFilter, ClaimRow, Store
from tracker.text import one_line
from tracker.tui.dialogs.add_article import AddArticleDialog
from tracker.tui.dialogs.correction import SimilarDialog, dismiss_dialog, merge_dialog
from tracker.tui.dialogs.edit import EditDialog, EditRequest
from tracker.tui.dialogs.export import ExportDialog, ExportRequest
from tracker.tui.dialogs.mark import MarkDialog, MarkRequest
from tracker.tui.dialogs.note import NoteDialog
from tracker.tui.dialogs.track import WORKER_GROUP, TrackDialog, TrackRequest, track_in_thread, tracking_outcome
from tracker.tui.messages import IngestProgress
from tracker.tui.widgets.claim_detail import ClaimDetail
from tracker.tui.widgets.claim_table import ClaimTable
from tracker.tui.widgets.filter_bar import FilterBar
from tracker.tui.widgets.fitting_footer import FittingFooter
from tracker.tui.widgets.status_header import StatusHeader

if TYPE_CHECKING:
    from tracker.tui.app import TrackerApp

ASKS_FOR_EVIDENCE = (Status.CONFIRMED, Status.PARTIAL, Status.REFUTED)
"""Statuses that settle a claim, so the dialog asks for evidence and a note first."""


class DashboardScreen(Screen[None]):
    """What the user sees on start: every claim, what is overdue, what is due."""

    app: TrackerApp  # type: ignore[assignment]

    BINDING_GROUP_TITLE = "Claims"
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [(0, "-narrow"), (140, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        # The app's help and quit keys, repeated here so the footer shows them first.
        Binding("question_mark", "app.help", "Help", tooltip="Every key and what it does"),
        Binding("q", "app.quit", "Quit", tooltip="Leave the dashboard"),
        Binding("c", "mark('confirmed')", "Confirm", tooltip="Mark the claim confirmed (asks for evidence and a note)", id="confirm"),
        Binding("p", "mark('partial')", "Partial", tooltip="Mark the claim partly met", id="partial"),
        Binding("x", "mark('refuted')", "Refute", tooltip="Mark the claim refuted", id="refute"),
        # Rare by hand (overdue is derived from the deadline): kept out of the footer so it fits 120 columns.
        Binding("o", "mark('overdue')", "Overdue", show=False, tooltip="Mark the claim overdue by hand", id="overdue"),
        Binding("b", "mark('pending')", "Pending", show=False, tooltip="Put the claim back to pending", id="pending"),
        Binding("n", "note", "Note", tooltip="Add a note to the claim", id="note"),
        Binding("u", "undo", "Undo", tooltip="Revert the last change", id="undo"),
        Binding("d", "dismiss_claim", "Dismiss", show=False, tooltip="Dismiss the claim: not a trackable claim, an extraction error (asks for a note)", id="dismiss"),
        Binding("E", "edit_claim", "Edit", show=False, tooltip="Edit the facts extraction got wrong: kind, mode, text, actor, deadline, quantity", id="edit"),
        Binding("T", "track", "Track", show=False, tooltip="Track a claim the tracker missed: a sentence of an article (asks for the article, a few words, the kind)", id="track"),
        Binding("m", "pick_for_merge", "Pick", show=False, tooltip="Pick the claim to merge into another (then M on that other claim)", id="merge-pick"),
        Binding("M", "merge", "Merge", show=False, tooltip="Merge the claim picked with m into this one (asks for a note)", id="merge"),
        Binding("equals_sign", "similar", "Similar", show=False, tooltip="Claims that read like this one, to merge what was told twice", id="similar"),
        Binding("a", "add_article", "Add", tooltip="Add an article (a path or a URL)", id="add-article"),
        Binding("v", "review", "Review", tooltip="Review the status changes proposed by later articles", id="review"),
        Binding("e", "export", "Export", tooltip="Export the claims to a file in the workspace folder", id="export"),
        Binding("slash", "search", "Search", tooltip="Search claims, actors, places and quotes", id="search"),
        Binding("exclamation_mark", "show_overdue", "Overdue only", show=False, tooltip="Show only overdue claims"),
        Binding("escape", "clear_filters", "Clear filter", show=False, tooltip="Call off a merge pick, else show every claim again"),
    ]
    FOOTER_DROP_FIRST = (
        "toggle_theme", "export", "command_palette", "mark('partial')",  # 80 columns drops these four
        "mark('refuted')", "note",  # 60 columns these two as well: help, quit, confirm, undo, add, review, search stay
        "add_article", "review", "undo", "search", "mark('confirmed')",
    )
    """Footer keys left out, in this order, when the terminal is too narrow for all; ? (help) lists every key."""

    def __init__(self) -> None:
        super().__init__()
        self.all_rows: list[ClaimRow] = []
        """Every claim's row, as last read from the store."""
        self.claim_filter = ClaimFilter()
        """What the filter bar asks for."""
        self.load_error: str | None = None
        """The last error reading the workspace, until a read succeeds again."""

    merge_from: reactive[str | None] = reactive(None, init=False)
    """The claim picked with ``m``, to merge into the next claim ``M`` is pressed on (marked in the table)."""

    def watch_merge_from(self, claim_id: str | None) -> None:
        self.table.pick(claim_id)

    @property
    def store(self) -> Store:
        return self.app.store

    def compose(self) -> ComposeResult:
        yield StatusHeader(id="header")
        yield FilterBar(id="filters")
        with Container(id="body"):
            yield ClaimTable(self.app.as_of, id="claims")
            yield ClaimDetail(id="detail")
        yield ProgressBar(id="ingest-progress", show_eta=False)
        yield FittingFooter(drop_first=self.FOOTER_DROP_FIRST, compact=True)

    def on_mount(self) -> None:
        self.reload()
        self.query_one(ClaimTable).focus()

    @property
    def table(self) -> ClaimTable:
        return self.query_one(ClaimTable)

    @property
    def selected_id(self) -> str | None:
        return self.table.highlighted_id

    # ---------------------------------------------------------------- loading

    def reload(self, keep: str | None = None) -> None:
        """Read every row again (after a change here or in another process), keeping the selection."""
        try:
            self.all_rows = self.app.read_rows()
        except TrackerError as exc:
            # The check runs every second: say it once, keep showing the last good data.
            if str(exc) != self.load_error:
                self.notify(str(exc), severity="error", markup=False, timeout=10)
            self.load_error = str(exc)
            return
        self.load_error = None
        if self.merge_from is not None and not any(row.id == self.merge_from for row in self.all_rows):
            # Merged, dismissed or deleted elsewhere: nothing left to merge.
            self.notify(f"{self.merge_from} is gone: the merge pick is called off", markup=False)
            self.merge_from = None
        self.apply_filter(keep=keep, refresh_detail=True)

    def apply_filter(self, *, keep: str | None = None, refresh_detail: bool = False, narrowing: bool = False) -> None:
        as_of = self.app.as_of
        claim_filter = self.claim_filter
        predicate = None if claim_filter == ClaimFilter() else (lambda row: claim_filter.matches(row, as_of))
        before = self.table.highlighted_id
        self.table.show(self.all_rows, predicate, keep=keep, narrowing=narrowing)
        shown = self.table.rows
        self.query_one(StatusHeader).show(self.app.workspace_name, as_of, (r.status for r in shown), len(self.all_rows))
        if refresh_detail and self.table.highlighted_id == before:
            # Same claim, but its content may have changed.
            self.show_detail(before)

    @on(FilterBar.Changed)
    def _filter_changed(self, event: FilterBar.Changed) -> None:
        previous, self.claim_filter = self.claim_filter, event.claim_filter
        self.apply_filter(narrowing=narrows(self.claim_filter, previous))

    @on(FilterBar.Done)
    def _filter_done(self) -> None:
        self.table.focus()

    # ----------------------------------------------------------------- detail

    @on(ClaimTable.Highlighted)
    def _highlighted(self, event: ClaimTable.Highlighted) -> None:
        self.show_detail(event.claim_id)

    def show_detail(self, claim_id: str | None) -> None:
        detail = self.query_one(ClaimDetail)
        if claim_id is None:
            detail.show(None, {}, self.app.as_of, message="no claims match the filter" if self.all_rows else "no claims yet: press a to add an article")
            return
        try:
            claim = self.store.claim(claim_id)
            articles = self.articles_of(claim)
        except TrackerError as exc:
            detail.show(None, {}, self.app.as_of, message=str(exc))
            return
        detail.show(claim, articles, self.app.as_of)

    def articles_of(self, claim: Claim) -> dict[str, Article]:
        """The articles a claim's sources and evidence point to, by id (missing ones left out)."""
        ids = {s.article for s in claim.sources} | {c.evidence.article for c in claim.history if c.evidence and c.evidence.article}
        found = {}
        for article_id in ids:
            try:
                found[article_id] = self.store.article(article_id)
            except TrackerError:
                pass
        return found

    @on(ClaimTable.Selected)
    def _selected(self, event: ClaimTable.Selected) -> None:
        self.open_article(event.claim_id)

    def open_article(self, claim_id: str) -> None:
        from tracker.tui.screens.article import ArticleScreen

        try:
            claim = self.store.claim(claim_id)
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if not claim.sources:
            self.notify("this claim has no source article", severity="warning")
            return
        self.app.push_screen(ArticleScreen(claim))

    # ---------------------------------------------------------------- changes

    def _selected_claim(self) -> Claim | None:
        claim_id = self.selected_id
        if claim_id is None:
            self.notify("no claim selected", severity="warning")
            return None
        try:
            return self.store.claim(claim_id)
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return None

    def action_mark(self, status: str) -> None:
        claim = self._selected_claim()
        if claim is None:
            return
        target = Status(status)
        if target in ASKS_FOR_EVIDENCE:
            own = self.articles_of(claim)
            try:
                others = [a for a in self.store.articles() if a.id not in own]
            except TrackerError:
                others = []
            self.app.push_screen(MarkDialog(claim, target, list(own.values()), others), self._apply_mark)
        else:
            self._apply_mark(MarkRequest(claim.id, target))

    def _apply_mark(self, request: MarkRequest | None) -> None:
        if request is None:
            return
        evidence = None
        if request.evidence_article or request.url:
            evidence = Evidence(article=request.evidence_article, url=request.url)
        self._change(lambda: self.store.mark(request.claim_id, request.status, note=request.note, evidence=evidence), f"{request.claim_id}: {request.status.value}", keep=request.claim_id)

    def action_note(self) -> None:
        claim = self._selected_claim()
        if claim is not None:
            self.app.push_screen(NoteDialog(claim), lambda text: self._add_note(claim.id, text))

    def _add_note(self, claim_id: str, text: str | None) -> None:
        if text:
            self._change(lambda: self.store.add_note(claim_id, text), f"{claim_id}: note added", keep=claim_id)

    def action_dismiss_claim(self) -> None:
        claim = self._selected_claim()
        if claim is not None:
            self.app.push_screen(dismiss_dialog(claim), lambda note: self._dismiss(claim.id, note))

    def _dismiss(self, claim_id: str, note: str | None) -> None:
        if note is None:
            return
        from tracker.corrections import dismiss

        if self.merge_from == claim_id:
            self.merge_from = None
        self._change(lambda: dismiss(self.store, claim_id, note=note or None), f"{claim_id}: dismissed (u undoes it)")

    def action_edit_claim(self) -> None:
        claim = self._selected_claim()
        if claim is not None:
            self.app.push_screen(EditDialog(claim), self._edit)

    def _edit(self, request: EditRequest | None) -> None:
        if request is None:
            return
        from tracker.corrections import CLEAR, edit

        # An emptied box takes the fact away.
        changes = {name: CLEAR if value == "" and name != "text" else value for name, value in request.changes.items()}

        def change() -> str:
            claim = edit(self.store, request.claim_id, note=request.note, **changes)  # type: ignore[arg-type]
            return f"{claim.id}: " + (claim.history[-1].note or "").removeprefix("edited: ")

        self._change(change, None, keep=request.claim_id)

    def action_track(self) -> None:
        try:
            articles = sorted(self.store.articles(), key=lambda a: (a.published is not None, a.published or dt.date.min, a.added_at), reverse=True)
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if not articles:
            self.notify("no articles yet: press a to add one", severity="warning")
            return
        claim = self.store.claim(self.selected_id) if self.selected_id else None
        selected = claim.sources[0].article if claim and claim.sources else articles[0].id
        self.app.push_screen(TrackDialog(articles, selected), self._track)

    def _track(self, request: TrackRequest | None) -> None:
        if request is not None:
            self.run_worker(partial(track_in_thread, self.store, request), group=WORKER_GROUP, thread=True, exit_on_error=False)

    def action_pick_for_merge(self) -> None:
        claim = self._selected_claim()
        if claim is None:
            return
        if self.merge_from == claim.id:
            self.merge_from = None
            self.notify(f"{claim.id}: merge pick called off", markup=False)
            return
        self.merge_from = claim.id
        self.notify(f"{claim.id} picked (»): press M on the claim it repeats; escape calls it off", markup=False)

    def action_merge(self) -> None:
        keep = self._selected_claim()
        if keep is None:
            return
        if self.merge_from is None:
            self.notify("first pick the claim to merge with m, then press M on the claim to keep", severity="warning")
            return
        if self.merge_from == keep.id:
            self.notify("select another claim: a claim cannot be merged into itself", severity="warning")
            return
        self._confirm_merge(keep, self.merge_from)

    def action_similar(self) -> None:
        from tracker.corrections import similar_claims

        claim = self._selected_claim()
        if claim is None:
            return
        try:
            found = similar_claims(self.store, claim.id, limit=5)
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if not found:
            self.notify(f"no claim reads like {claim.id}", markup=False)
            return
        self.app.push_screen(SimilarDialog(claim, found), lambda other_id: self._confirm_merge(claim, other_id))

    def _confirm_merge(self, keep: Claim, other_id: str | None) -> None:
        """Ask before merging ``other_id`` into ``keep`` (None: nothing was picked)."""
        if other_id is None:
            return
        try:
            other = self.store.claim(other_id)
        except TrackerError as exc:
            if self.merge_from == other_id:
                self.merge_from = None  # gone since it was picked
            self.notify(str(exc), severity="error", markup=False)
            return
        self.app.push_screen(merge_dialog(keep, other), lambda note: self._merge(keep.id, other.id, note))

    def _merge(self, keep_id: str, other_id: str, note: str | None) -> None:
        if note is None:
            return
        from tracker.corrections import merge

        self.merge_from = None
        self._change(lambda: merge(self.store, keep_id, other_id, note=note or None), f"{other_id} merged into {keep_id}", keep=keep_id)

    def action_undo(self) -> None:
        def undo() -> str:
            return "undone: " + one_line(self.store.undo(), 60)

        self._change(undo, None)

    def _change(self, change: Callable[[], object], message: str | None, *, keep: str | None = None) -> None:
        """Run one change through the store, report it, and show the fresh data."""
        if self.ingesting:
            self.notify("articles are being added; try again when that finishes", severity="warning")
            return
        try:
            result = change()
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(message if message is not None else str(result), markup=False)
        self.reload(keep=keep)

    # ---------------------------------------------------------------- filters

    def select_claim(self, claim_id: str) -> None:
        """Put the cursor on a claim, clearing the filter when it hides the claim."""
        if not any(row.id == claim_id for row in self.table.rows):
            self.query_one(FilterBar).clear()
            self.claim_filter = ClaimFilter()
        self.apply_filter(keep=claim_id)
        self.table.focus()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_show_overdue(self) -> None:
        self.query_one(FilterBar).set_status(Status.OVERDUE.value)

    def action_clear_filters(self) -> None:
        if self.merge_from is not None:
            # The pick is the more recent thing started; a second escape clears the filter.
            self.notify(f"{self.merge_from}: merge pick called off", markup=False)
            self.merge_from = None
            return
        self.query_one(FilterBar).clear()
        self.table.focus()

    # ----------------------------------------------------------- other screens

    def action_review(self) -> None:
        from tracker.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen())

    def on_screen_resume(self) -> None:
        # Back from review or an article: proposals may have changed claims.
        if self.is_mounted and self.all_rows:
            self.reload()

    # ----------------------------------------------------------------- export

    def action_export(self) -> None:
        if self.app.workspace_folder is None:
            self.notify("an in-memory workspace has no folder to export to", severity="error")
            return
        self.app.push_screen(ExportDialog(self.app.as_of), self._export)

    def _export(self, request: ExportRequest | None) -> None:
        if request is not None:
            self.run_export(request)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def run_export(self, request: ExportRequest) -> Path:
        """Render and write an export in a thread, with its own view of the workspace."""
        from tracker.export import render, snapshot, write_export

        folder = self.app.workspace_folder
        assert folder is not None
        target = request.path if request.path.is_absolute() else folder / request.path
        store = Store.open(self.store.path) if self.store.path else self.store
        options = {"page_url": request.page_url} if request.page_url else {}
        write_export(render(request.format, snapshot(store, self.app.as_of), **options), target)
        return target

    # ----------------------------------------------------------------- ingest

    def action_add_article(self) -> None:
        if self.ingesting:
            self.notify("articles are already being added", severity="warning")
            return
        self.app.push_screen(AddArticleDialog(self.app.workspace_folder), self._add_articles)

    def _add_articles(self, value: str | None) -> None:
        if not value:
            return
        try:
            inputs = shlex.split(value)
        except ValueError:
            inputs = [value]
        progress = self.query_one("#ingest-progress", ProgressBar)
        progress.update(total=len(inputs), progress=0)
        self.add_class("-ingesting")
        self.run_ingest(inputs)

    @property
    def ingesting(self) -> bool:
        """True while the add-articles worker runs (changes wait until it is done)."""
        return any(w.group == "ingest" and w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in self.workers)

    @work(thread=True, exclusive=True, group="ingest", exit_on_error=False)
    def run_ingest(self, inputs: list[str]) -> Any:
        """Add articles in a thread; the UI keeps running and shows the progress."""
        from tracker.ingest import add_sources  # deferred: extraction libraries are heavy

        # Its own Store: its lock then guards this thread's writes like another process's,
        # and the dashboard picks the result up through the usual on-disk change check.
        store = Store.open(self.store.path) if self.store.path else self.store

        def progress(done: int, total: int, label: str) -> None:
            self.post_message(IngestProgress(done, total, label))

        return add_sources(store, inputs, progress=progress)

    @on(IngestProgress)
    def _ingest_progress(self, event: IngestProgress) -> None:
        self.query_one("#ingest-progress", ProgressBar).update(total=event.total, progress=event.done)

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == WORKER_GROUP:
            outcome = tracking_outcome(worker)
            if outcome is not None:
                message, severity, claim = outcome
                self.notify(message, severity=severity, markup=False)  # type: ignore[arg-type]
                if claim is not None:
                    self.reload()
                    self.select_claim(claim.id)
            return
        if event.state is WorkerState.ERROR:
            error = worker.error
            if isinstance(error, ImportError) and worker.group == "ingest":
                message = "adding articles is not available in this build (tracker.ingest is missing)"
            elif isinstance(error, TrackerError):
                message = str(error)
            else:
                message = f"{worker.group} failed: {type(error).__name__}: {error}"
            self.notify(message, severity="error", markup=False)
        if worker.group == "ingest" and event.state in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
            self.remove_class("-ingesting")
            if event.state is WorkerState.SUCCESS:
                failed = bool(getattr(worker.result, "failures", None))
                self.notify(ingest_summary(worker.result), markup=False, severity="warning" if failed else "information", timeout=8)
            self.reload()
        if worker.group == "export" and event.state is WorkerState.SUCCESS:
            self.notify(f"wrote {worker.result}", markup=False)


def narrows(new: ClaimFilter, old: ClaimFilter) -> bool:
    """True when every row ``new`` keeps is also kept by ``old`` (e.g. a letter added to the search)."""
    if (new.status, new.kind, new.due_before, new.due_within) != (old.status, old.kind, old.due_before, old.due_within):
        return False
    old_words = (old.search or "").lower().split()
    new_words = (new.search or "").lower().split()
    # A row matches when each word is in its text; each old word inside a new word means
    # every row matching the new search matched the old one.
    return all(any(word in longer for longer in new_words) for word in old_words)


def ingest_summary(report: Any) -> str:
    """One line on what adding articles did, from an ``AddReport``."""
    summary = getattr(report, "summary", None)
    if callable(summary):
        line = str(summary())
    else:
        parts = []
        for field, label in (
            ("articles", "articles added"),
            ("duplicates", "already present"),
            ("new_claims", "new claims"),
            ("merged_mentions", "merged mentions"),
            ("proposals", "proposals"),
            ("failures", "failed"),
        ):
            value = getattr(report, field, None)
            count = len(value) if isinstance(value, (list, tuple, set, dict)) else value
            if count:
                parts.append(f"{count} {label}")
        line = ", ".join(parts) or "nothing new"
    failures = getattr(report, "failures", None) or []
    if failures:
        first = failures[0]
        # (input, reason) pairs; the reason already names the input.
        reason = first[-1] if isinstance(first, (tuple, list)) else first
        line += f"; {one_line(str(reason), 100)}"
    return one_line(line)
