"""Asks for the text of a note on a claim."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from tracker.models import Claim
from tracker.text import one_line


class NoteDialog(ModalScreen[str | None]):
    """Returns the note's text, or None when cancelled or empty."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

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

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def _ok(self) -> None:
        self.dismiss(self.query_one("#note", Input).value.strip() or None)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
