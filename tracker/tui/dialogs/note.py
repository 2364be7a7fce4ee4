"""Asks for the text of a note on a claim."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from tracker.models import Claim
from tracker.text import one_line
from tracker.tui.dialogs import FormDialog


class NoteDialog(FormDialog[str]):
    """Returns the note's text, or None when cancelled or empty."""


    def __init__(self, claim: Claim) -> None:
        super().__init__()
        self.claim = claim

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Add a note", classes="dialog-title")
            yield Static(Text(one_line(self.claim.text, 200)), classes="dialog-claim")
            yield Input(placeholder="the note; enter to save", id="note", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save note", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def answer(self) -> str | None:
        return self.query_one("#note", Input).value.strip() or None
