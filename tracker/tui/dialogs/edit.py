"""Asks for the facts of a claim that extraction got wrong: kind, mode, text, actor, deadline, quantity."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Select

from tracker.models import Claim, Kind, Mode
from tracker.tui.dialogs import FormDialog


@dataclass(frozen=True)
class EditRequest:
    """The facts a person changed, as written (unchanged ones left out; "" for a box emptied)."""

    claim_id: str
    changes: dict[str, object] = field(default_factory=dict)
    note: str | None = None


class EditDialog(FormDialog[EditRequest]):
    """Shows the claim's facts to change; returns what changed, or None when cancelled or nothing did."""


    def __init__(self, claim: Claim) -> None:
        super().__init__()
        self.claim = claim
        self.shown = {
            "text": claim.text,
            "actor": claim.actor or "",
            "deadline": claim.deadline.date.isoformat() if claim.deadline and claim.deadline.date else "",
            "quantity": claim.quantity.describe() if claim.quantity else "",
        }
        """What the text boxes start with: a change is what differs from it."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Edit claim {self.claim.id}: what extraction got wrong", classes="dialog-title")
            with Horizontal(classes="edit-row"):
                yield Label("kind")
                yield Select([(k.value, k) for k in Kind], value=self.claim.kind, allow_blank=False, id="kind", compact=True)
            with Horizontal(classes="edit-row"):
                yield Label("mode")
                yield Select([(m.value, m) for m in Mode], value=self.claim.mode, allow_blank=False, id="mode", compact=True)
            placeholders = {"actor": "who made the claim", "deadline": "YYYY-MM-DD, YYYY-MM or YYYY",
                            "quantity": "e.g. 600-800 drones per day, EUR 1.2 billion"}
            for name, value in self.shown.items():
                with Horizontal(classes="edit-row"):
                    yield Label(name)
                    yield Input(value, placeholder=placeholders.get(name, ""), id=name, compact=True)
            with Horizontal(classes="edit-row"):
                yield Label("note")
                yield Input(placeholder="why (optional); enter to save", id="note", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#kind", Select).focus()

    def answer(self) -> EditRequest | None:
        changes: dict[str, object] = {}
        for name in ("kind", "mode"):
            value = self.query_one(f"#{name}", Select).value
            if value != getattr(self.claim, name):
                changes[name] = value
        for name, before in self.shown.items():
            value = self.query_one(f"#{name}", Input).value.strip()
            if value != before:
                changes[name] = value
        note = self.query_one("#note", Input).value.strip() or None
        return EditRequest(self.claim.id, changes, note) if changes else None

