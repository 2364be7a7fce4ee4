"""The filter bar: text search, status, kind and "due within N days"."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Select

from tracker.models import Kind, Status
from tracker.store import ClaimFilter


class FilterBar(Horizontal):
    """Posts ``FilterBar.Changed`` with a ``ClaimFilter`` whenever one of its fields changes."""

    class Changed(Message):
        """Posted after any field of the bar changed; ``claim_filter`` is the filter to apply."""

        def __init__(self, bar: FilterBar, claim_filter: ClaimFilter) -> None:
            super().__init__()
            self.bar = bar
            self.claim_filter = claim_filter

        @property
        def control(self) -> FilterBar:
            return self.bar

    class Done(Message):
        """Posted when the user presses enter in a field of the bar: back to the table."""

        def __init__(self, bar: FilterBar) -> None:
            super().__init__()
            self.bar = bar

        @property
        def control(self) -> FilterBar:
            return self.bar

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ search claim, actor, place, quote", id="search", compact=True)
        yield Select(
            [(s.value, s.value) for s in Status], prompt="any status", id="status-filter", compact=True
        )
        yield Select([(k.value, k.value) for k in Kind], prompt="any kind", id="kind-filter", compact=True)
        yield Input(placeholder="due ≤ days", id="due-within", type="integer", compact=True, max_length=5)

    @property
    def claim_filter(self) -> ClaimFilter:
        status = self.query_one("#status-filter", Select).value
        kind = self.query_one("#kind-filter", Select).value
        due = self.query_one("#due-within", Input).value.strip()
        search = self.query_one("#search", Input).value.strip()
        return ClaimFilter(
            status=status if isinstance(status, str) else None,
            kind=kind if isinstance(kind, str) else None,
            due_within=int(due) if due.lstrip("-").isdigit() and int(due) >= 0 else None,
            search=search or None,
        )

    def set_status(self, status: str | None) -> None:
        """Filter on ``status`` (None: any), as the "show overdue" command does."""
        select = self.query_one("#status-filter", Select)
        if status is None:
            select.clear()
        else:
            select.value = status

    def clear(self) -> None:
        self.query_one("#search", Input).value = ""
        self.query_one("#due-within", Input).value = ""
        self.query_one("#status-filter", Select).clear()
        self.query_one("#kind-filter", Select).clear()

    @on(Input.Changed)
    @on(Select.Changed)
    def _field_changed(self, event: Message) -> None:
        event.stop()
        self.post_message(self.Changed(self, self.claim_filter))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        # Enter in a field keeps the filter and hands the keyboard back to the table.
        event.stop()
        self.post_message(self.Done(self))
