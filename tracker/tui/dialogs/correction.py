"""Asks a person to confirm a correction (dismiss a claim, merge two) and why; offers claims to merge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tracker.models import Claim
from tracker.text import one_line
from tracker.tui.dialogs import FormDialog

if TYPE_CHECKING:
    from tracker.corrections import SimilarClaim  # imported when needed: it brings in the extractor


class CorrectionDialog(FormDialog[str]):
    """Returns the note ("" for none) when confirmed, None when cancelled.

    ``lines`` alternate between a label and a claim (or a quote): they are shown as plain text.
    """

    # One line per claim, cut with an ellipsis: two long claims must leave the buttons on an 80x24 screen.
    DEFAULT_CSS = """
    CorrectionDialog .correction-claim { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, title: str, lines: list[tuple[str, Claim | str]], ok_label: str) -> None:
        super().__init__()
        self.title_text = title
        self.lines = lines
        self.ok_label = ok_label

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            for label, what in self.lines:
                yield Label(label)
                shown = f"“{one_line(what, 200)}”" if isinstance(what, str) else f"{what.id}  {one_line(what.text, 200)}"
                yield Static(Text(shown), classes="dialog-claim correction-claim")
            yield Label("Note")
            yield Input(placeholder="why (optional); enter to confirm", id="note", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.ok_label, variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    def answer(self) -> str | None:
        return self.query_one("#note", Input).value.strip()


def dismiss_dialog(claim: Claim) -> CorrectionDialog:
    return CorrectionDialog("Dismiss: not a trackable claim", [("An extraction error; kept, but hidden from lists and exports:", claim)], "Dismiss")


def split_dialog(claim: Claim, quote: str) -> CorrectionDialog:
    return CorrectionDialog("Split: this source is another claim", [("This sentence leaves …", quote), ("… this claim, as a claim of its own:", claim)], "Split off")


def merge_dialog(keep: Claim, other: Claim) -> CorrectionDialog:
    return CorrectionDialog("Merge two claims: the same claim told twice", [("This claim goes …", other), ("… into this one, which keeps its id:", keep)], "Merge")


class SimilarDialog(ModalScreen[str | None]):
    """The claims that read like ``claim``; returns the id of the one picked to merge into it, None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    SimilarDialog .correction-claim { text-wrap: nowrap; text-overflow: ellipsis; }
    SimilarDialog OptionList { height: auto; max-height: 12; }
    """

    def __init__(self, claim: Claim, similar: list[SimilarClaim]) -> None:
        super().__init__()
        self.claim = claim
        self.similar = similar

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Claims that read like this one", classes="dialog-title")
            yield Static(Text(f"{self.claim.id}  {one_line(self.claim.text, 200)}"), classes="dialog-claim correction-claim")
            yield Label("Enter on the same claim merges it into this one (asks first):")
            options = []
            for s in self.similar:
                # Two short lines per claim, so that five fit an 80x24 screen unwrapped.
                prompt = Text(f"{s.claim_id}  {s.score:.2f}  {s.kind}")
                if s.shared:
                    prompt.append(f"  shared: {one_line(', '.join(s.shared), 30)}", style="dim")
                prompt.append(f"\n  {one_line(s.text, 56)}")
                options.append(Option(prompt, id=s.claim_id))
            yield OptionList(*options, id="similar")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#similar", OptionList).focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
