"""An article's text with every claim sentence highlighted, opened from a claim's source."""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import Worker

from tracker.errors import TrackerError
from tracker.extract.sentences import split_units
from tracker.models import Article, Claim
from tracker.text import printable
from tracker.tui.dialogs.correction import split_dialog
from tracker.tui.dialogs.track import WORKER_GROUP, TrackDialog, TrackRequest, track_in_thread, tracking_outcome
from tracker.tui.widgets.claim_detail import article_label

if TYPE_CHECKING:
    from tracker.tui.app import TrackerApp

PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
"""A non-blank line: stored article text holds one paragraph per line."""
THIS_CLAIM, OTHER_CLAIM, UPDATE, CURSOR = "this", "other", "update", "cursor"
SPAN_STYLE = {THIS_CLAIM: "bold reverse", OTHER_CLAIM: "bold underline", UPDATE: "italic underline", CURSOR: "black on yellow"}
"""How a sentence is marked: the claim opened, other claims, proposed updates, and the sentence under the
cursor (``j`` / ``k``), which ``T`` offers to track."""
CURSOR_WORDS = 10
"""How many of the cursor sentence's words ``T`` fills in: enough to find it, few enough to read."""


def locate(text: str, quote: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text``: at its stored offsets when they still match, else its first occurrence."""
    if start is not None and end is not None and text[start:end] == quote:
        return start, end
    found = text.find(quote) if quote else -1
    return (found, found + len(quote)) if found >= 0 else None


def marked_text(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> Text:
    """``text[start:end]`` made printable, with the parts inside ``spans`` styled."""
    out = Text()
    cuts = sorted({start, end} | {p for s, e, _ in spans for p in (s, e) if start < p < end})
    for left, right in zip(cuts, cuts[1:]):
        kinds = {kind for s, e, kind in spans if s <= left and right <= e}
        style = next((SPAN_STYLE[k] for k in (CURSOR, THIS_CLAIM, OTHER_CLAIM, UPDATE) if k in kinds), "")
        out.append(printable(text[left:right]), style=style)
    return out


class ArticleScreen(Screen[None]):
    """Shows one of the claim's source articles; ``[`` and ``]`` move between its sources."""

    app: TrackerApp  # type: ignore[assignment]

    BINDING_GROUP_TITLE = "Article"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "app.pop_screen", "Back", tooltip="Back to the claims"),
        Binding("left_square_bracket", "source(-1)", "Previous source"),
        Binding("right_square_bracket", "source(1)", "Next source"),
        Binding("j", "sentence(1)", "Next sentence", tooltip="Move the sentence cursor down (T tracks the sentence under it)"),
        Binding("k", "sentence(-1)", "Previous sentence", show=False, tooltip="Move the sentence cursor up"),
        Binding("S", "split", "Split off", tooltip="This source is another claim, wrongly merged: make it one of its own (asks first)"),
        Binding("T", "track", "Track a sentence", tooltip="Track a claim the tracker missed in this article (asks for a few of its words)"),
    ]

    def __init__(self, claim: Claim, source_index: int = 0) -> None:
        super().__init__()
        self.claim = claim
        self.source_index = source_index
        self.text = ""
        """The article shown."""
        self.spans: list[tuple[int, int, str]] = []
        """Its marked sentences (start, end, what they are), the cursor's left out."""
        self.sentences: list[tuple[int, int]] = []
        """Where its sentences are, for the cursor."""
        self.cursor: int | None = None
        """The index in ``sentences`` of the sentence under the cursor; None until j or k is pressed."""

    def compose(self) -> ComposeResult:
        yield Static(id="article-header")
        yield VerticalScroll(id="article-body")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        await self.show_source()

    async def action_source(self, step: int) -> None:
        self.source_index = (self.source_index + step) % len(self.claim.sources)
        await self.show_source()

    def action_split(self) -> None:
        if len(self.claim.sources) < 2:
            self.notify("the claim has one source: nothing to split off", severity="warning")
            return
        source = self.claim.sources[self.source_index]
        self.app.push_screen(split_dialog(self.claim, source.quote), lambda note: self._split(self.source_index, note))

    async def _split(self, index: int, note: str | None) -> None:
        if note is None:
            return
        from tracker.ingest import split  # deferred: extraction libraries are heavy

        try:
            part = split(self.app.store, self.claim.id, index + 1, note=note or None)
            self.claim = self.app.store.claim(self.claim.id)
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(f"{part.id}: split off {self.claim.id} (u on the claims undoes it)", markup=False)
        self.source_index = min(index, len(self.claim.sources) - 1)
        await self.show_source()

    def action_track(self) -> None:
        try:
            article = self.app.store.article(self.claim.sources[self.source_index].article)
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        words = ""
        if self.cursor is not None:
            start, end = self.sentences[self.cursor]
            words = " ".join(self.text[start:end].split()[:CURSOR_WORDS])
        self.app.push_screen(TrackDialog([article], article.id, words=words), self._track)

    def action_sentence(self, step: int) -> None:
        if not self.sentences:
            return
        if self.cursor is None:
            # Start from the claim's own sentence: the ones around it are the likeliest to be missed retellings.
            here = next((i for i, (start, _) in enumerate(self.sentences) if start >= self._target_start()), 0)
            self.cursor = max(0, here - 1) if step < 0 else here
        else:
            self.cursor = min(max(self.cursor + step, 0), len(self.sentences) - 1)
        self._draw_paragraphs()
        start, _ = self.sentences[self.cursor]
        number = next((n for n, m in enumerate(PARAGRAPH.finditer(self.text)) if m.start() <= start < m.end()), None)
        if number is not None:
            self.query_one("#article-body", VerticalScroll).scroll_to_widget(self.query_one(f"#paragraph-{number}"), animate=False)

    def _target_start(self) -> int:
        current = self.claim.sources[self.source_index]
        where = locate(self.text, current.quote, current.start, current.end)
        return where[0] if where else 0

    def _draw_paragraphs(self) -> None:
        """Mark the paragraphs again, with the cursor where it now is."""
        spans = list(self.spans)
        if self.cursor is not None:
            spans.append((*self.sentences[self.cursor], CURSOR))
        for number, match in enumerate(PARAGRAPH.finditer(self.text)):
            self.query_one(f"#paragraph-{number}", Static).update(marked_text(self.text, match.start(), match.end(), spans))

    def _track(self, request: TrackRequest | None) -> None:
        if request is not None:
            self.run_worker(partial(track_in_thread, self.app.store, request), group=WORKER_GROUP, thread=True, exit_on_error=False)

    @on(Worker.StateChanged)
    async def _tracked(self, event: Worker.StateChanged) -> None:
        outcome = tracking_outcome(event.worker) if event.worker.group == WORKER_GROUP else None
        if outcome is not None:
            message, severity, claim = outcome
            self.notify(message, severity=severity, markup=False)  # type: ignore[arg-type]
            if claim is not None:
                await self.show_source()  # the sentence is now marked as a claim's

    async def show_source(self) -> None:
        self.text, self.spans, self.sentences, self.cursor = "", [], [], None
        source = self.claim.sources[self.source_index]
        store = self.app.store
        header = Text()
        header.append(f" source {self.source_index + 1} of {len(self.claim.sources)} ", style="bold reverse")
        body = self.query_one("#article-body", VerticalScroll)
        await body.remove_children()
        try:
            article = store.article(source.article)
        except TrackerError as exc:
            header.append(" " + printable(str(exc)))
            self.query_one("#article-header", Static).update(header)
            return
        header.append(" " + article_label(article, article.id))
        if article.url:
            header.append("\n " + printable(article.url), style="dim")
        header.append("\n marked: ")
        header.append("this claim", style=SPAN_STYLE[THIS_CLAIM])
        header.append("  ")
        header.append("other claims", style=SPAN_STYLE[OTHER_CLAIM])
        header.append("  ")
        header.append("updates proposed from it", style=SPAN_STYLE[UPDATE])
        self.query_one("#article-header", Static).update(header)
        try:
            text = store.article_text(article)
        except (TrackerError, ImportError, OSError, UnicodeError) as exc:
            await body.mount(Static(Text(f"The article's text cannot be shown: {printable(str(exc))}\n\nThe quote:\n", style="dim") + Text(printable(source.quote), style=SPAN_STYLE[THIS_CLAIM])))
            return
        await self.show_text(article, text)

    async def show_text(self, article: Article, text: str) -> None:
        spans: list[tuple[int, int, str]] = []
        try:
            citing = self.app.store.claims_citing(article.id)
            proposals = [p for p in self.app.store.proposals() if p.article == article.id]
        except TrackerError:
            citing, proposals = [self.claim], []
        for claim in citing:
            kind = THIS_CLAIM if claim.id == self.claim.id else OTHER_CLAIM
            for source in claim.sources:
                if source.article == article.id and (where := locate(text, source.quote, source.start, source.end)):
                    spans.append((*where, kind))
        for proposal in proposals:
            if where := locate(text, proposal.quote, proposal.start, proposal.end):
                spans.append((*where, UPDATE))
        self.text, self.spans, self.cursor = text, spans, None
        self.sentences = [(unit.start, unit.end) for unit in split_units(text)]
        current = self.claim.sources[self.source_index]
        target = locate(text, current.quote, current.start, current.end)
        paragraphs = []
        scroll_to = None
        for number, match in enumerate(PARAGRAPH.finditer(text)):
            paragraph = Static(marked_text(text, match.start(), match.end(), spans), classes="paragraph", id=f"paragraph-{number}")
            if target and scroll_to is None and match.start() <= target[0] < match.end():
                scroll_to = paragraph
            paragraphs.append(paragraph)
        body = self.query_one("#article-body", VerticalScroll)
        await body.mount_all(paragraphs)
        if scroll_to is not None:
            self.call_after_refresh(body.scroll_to_widget, scroll_to, animate=False, top=True)
        elif current.quote:
            self.notify("the claim's sentence is not in the article's text", severity="warning")
