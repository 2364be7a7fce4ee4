"""Asks which sentence of an article to track as a claim the tracker missed, its kind and a note."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from tracker.models import Article, Kind
from tracker.tui.widgets.claim_detail import article_label


@dataclass(frozen=True)
class TrackRequest:
    """A sentence the user asked to track."""

    words: str
    kind: Kind | None = None
    """None: the kind the sentence reads as."""
    note: str | None = None


class TrackDialog(ModalScreen[TrackRequest | None]):
    """Returns what to track, or None when cancelled or no words were given."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Track a claim the tracker missed", classes="dialog-title")
            yield Static(Text(article_label(self.article, self.article.id)), classes="dialog-claim")
            yield Label("A few words of the sentence, as written")
            yield Input(placeholder="e.g. first 500 drones should roll off", id="words", compact=True)
            yield Label("Kind")
            yield Select([(kind.value, kind) for kind in Kind], prompt="as the sentence reads", id="kind", compact=True)
            yield Label("Note")
            yield Input(placeholder="why it is worth tracking (optional); enter to track", id="note", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Track", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#words", Input).focus()

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def _ok(self) -> None:
        words = self.query_one("#words", Input).value.strip()
        kind = self.query_one("#kind", Select).value
        note = self.query_one("#note", Input).value.strip()
        self.dismiss(TrackRequest(words, kind if isinstance(kind, Kind) else None, note or None) if words else None)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
