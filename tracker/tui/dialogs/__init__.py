"""Modal dialogs that ask for a value and ``dismiss`` it (or None when cancelled)."""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Button, Input

Answer = TypeVar("Answer")


class FormDialog(ModalScreen[Answer | None]):
    """A dialog whose #ok button, or enter in any of its text boxes, returns ``answer()``; escape and
    #cancel return None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def answer(self) -> Answer | None:
        raise NotImplementedError

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def _ok(self) -> None:
        self.dismiss(self.answer())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
