"""Asks which sentence of an article to track as a claim the tracker missed, its kind and a note; and tracks it
in a thread (later articles are read for news of the claim, which takes seconds in a big workspace)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Select, Static
from textual.worker import Worker, WorkerState

from tracker.errors import TrackerError
from tracker.models import Article, Claim, Kind
from tracker.store import Store
from tracker.tui.dialogs import FormDialog
from tracker.tui.widgets.claim_detail import article_label

MAX_ARTICLE_CHOICES = 300
"""Articles offered to pick from, newest first, beside the one preselected."""
WORKER_GROUP = "track"


@dataclass(frozen=True)
class TrackRequest:
    """A sentence the user asked to track."""

    article_id: str
    words: str
    kind: Kind | None = None
    """None: the kind the sentence reads as."""
    note: str | None = None


class TrackDialog(FormDialog[TrackRequest]):
    """Returns what to track, or None when cancelled or no words were given.

    With one article the dialog names it; with several the person picks one (``selected`` first)."""


    def __init__(self, articles: list[Article], selected: str, *, words: str = "") -> None:
        super().__init__()
        self.words = words
        """The words to start with: the sentence under the article view's cursor."""
        first = [a for a in articles if a.id == selected]
        self.articles = first + [a for a in articles if a.id != selected][: MAX_ARTICLE_CHOICES]
        self.selected = selected

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Track a claim the tracker missed", classes="dialog-title")
            if len(self.articles) == 1:
                yield Static(Text(article_label(self.articles[0], self.articles[0].id)), classes="dialog-claim")
            else:
                yield Label("In the article")
                options = [(Text(article_label(a, a.id)), a.id) for a in self.articles]
                yield Select(options, value=self.selected, allow_blank=False, id="article", compact=True)
            yield Label("A few words of the sentence, as written")
            yield Input(self.words, placeholder="e.g. first 500 drones should roll off", id="words", compact=True)
            yield Label("Kind")
            yield Select([(kind.value, kind) for kind in Kind], prompt="as the sentence reads", id="kind", compact=True)
            yield Label("Note")
            yield Input(placeholder="why it is worth tracking (optional); enter to track", id="note", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Track", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#words", Input).focus()

    def answer(self) -> TrackRequest | None:
        words = self.query_one("#words", Input).value.strip()
        kind = self.query_one("#kind", Select).value
        note = self.query_one("#note", Input).value.strip()
        article = self.query(".dialog Select#article")
        article_id = str(article.first(Select).value) if article else self.articles[0].id
        return TrackRequest(article_id, words, kind if isinstance(kind, Kind) else None, note or None) if words else None


def track_in_thread(store: Store, request: TrackRequest) -> tuple[Claim, int, list[str]]:
    """What a tracking worker runs: ``ingest.track`` through a Store of its own, whose lock then guards the
    thread's write like another process's (as adding articles does); with the ids of claims that read alike."""
    from tracker.corrections import similar_claims  # deferred: extraction libraries are heavy
    from tracker.ingest import track

    own = Store.open(store.path) if store.path else store
    claim, proposals = track(own, request.article_id, request.words, kind=request.kind, note=request.note)
    return claim, proposals, [s.claim_id for s in similar_claims(own, claim.id, limit=3)]


def tracking_outcome(worker: Worker[tuple[Claim, int, list[str]]]) -> tuple[str, str, Claim | None] | None:
    """The notice for a tracking worker that has finished (message, severity, the claim), None while it runs."""
    if worker.state is WorkerState.ERROR:
        error = worker.error
        message = str(error) if isinstance(error, TrackerError) else f"tracking failed: {type(error).__name__}: {error}"
        return message, "error", None
    if worker.state is WorkerState.SUCCESS and worker.result is not None:
        claim, proposals, alike = worker.result
        more = f"; {proposals} proposal(s) from later articles to review" if proposals else ""
        more += f"; reads like {', '.join(alike)} (= on it to merge)" if alike else ""
        return f"{claim.id}: tracked as {claim.kind.value} ({claim.mode.value}){more}", "information", claim
    return None
