"""Asks for the evidence and the note that go with a status change."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Select, Static

from tracker.models import Article, Claim, Status
from tracker.text import one_line
from tracker.tui.dialogs import FormDialog
from tracker.tui.widgets.claim_detail import article_label

MAX_ARTICLE_CHOICES = 300
"""The workspace's other articles offered as evidence, beyond the claim's own."""


@dataclass(frozen=True)
class MarkRequest:
    """A status change the user asked for."""

    claim_id: str
    status: Status
    note: str | None = None
    evidence_article: str | None = None
    url: str | None = None


class MarkDialog(FormDialog[MarkRequest]):
    """Confirm, partial or refute: optional evidence (an article or a URL) and a note."""


    def __init__(self, claim: Claim, status: Status, claim_articles: list[Article], other_articles: list[Article]) -> None:
        super().__init__()
        self.claim = claim
        self.status = status
        self.claim_articles = claim_articles
        self.other_articles = other_articles[:MAX_ARTICLE_CHOICES]

    def compose(self) -> ComposeResult:
        options = [(Text("★ " + article_label(a, a.id)), a.id) for a in self.claim_articles]
        options += [(Text(article_label(a, a.id)), a.id) for a in self.other_articles]
        with Vertical(classes="dialog"):
            yield Label(f"Mark {self.status.value}", classes="dialog-title")
            yield Static(Text(one_line(self.claim.text, 200)), classes="dialog-claim")
            yield Label("Evidence: an article of the workspace (★ this claim's) …")
            yield Select(options, prompt="no article", id="evidence-article", compact=True)
            yield Label("… or a web page")
            yield Input(placeholder="https://…", id="evidence-url", compact=True)
            yield Label("Note")
            yield Input(placeholder="why (optional); enter to save", id="note", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"Mark {self.status.value}", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    def answer(self) -> MarkRequest:
        article = self.query_one("#evidence-article", Select).value
        url = self.query_one("#evidence-url", Input).value.strip()
        note = self.query_one("#note", Input).value.strip()
        return MarkRequest(
            self.claim.id,
            self.status,
            note=note or None,
            evidence_article=article if isinstance(article, str) else None,
            url=url or None,
        )

