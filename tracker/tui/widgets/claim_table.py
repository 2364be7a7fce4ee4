"""A virtual claims table: a Line-API ``ScrollView`` that renders only the rows on screen.

Textual's ``DataTable`` measures every cell before its first paint (about 12 s at 100,000
rows, see the shared library notes); this table keeps the rows as a plain list and builds
a strip only for each visible line, so the cost of a paint does not grow with the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tracker.store import ClaimRow
from tracker.text import one_line

DUE_SOON_DAYS = 14
"""A pending claim due within this many days stands out as due soon."""

URGENCY = {"overdue": 0, "pending": 1, "partial": 2, "confirmed": 3, "refuted": 4}
"""Sort order of statuses: what needs attention first."""

SETTLED = frozenset({"confirmed", "refuted"})

KIND_LABELS = {"production_target": "production"}
"""Short labels where a kind's name is longer than its column."""

PICKED_MARK = "» "
"""Put before the claim text of the row picked for a merge, so it reads as picked in any colours."""


def days_label(deadline: dt.date | None, as_of: dt.date) -> str:
    """"in 12d", "today" or "40d late" for a deadline, "" without one."""
    if deadline is None:
        return ""
    days = (deadline - as_of).days
    if days == 0:
        return "today"
    return f"in {days}d" if days > 0 else f"{-days}d late"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: int
    """Cells; 0 for the one column that takes the remaining width."""
    drop_order: int
    """Columns with a higher number are hidden first when the table is narrow; 0 never."""


COLUMNS: tuple[Column, ...] = (
    Column("status", "status", 9, 0),
    Column("kind", "kind", 10, 1),
    Column("text", "claim", 0, 0),
    Column("actor", "actor", 16, 3),
    Column("deadline", "deadline", 10, 0),
    Column("left", "left", 9, 0),
    Column("sources", "src", 3, 2),
    Column("changed", "changed", 10, 4),
)
MIN_TEXT_WIDTH = 24
ROOMY_TEXT_WIDTH = 48
"""Beyond this many cells of claim text, the actor column grows first ..."""
MAX_ACTOR_EXTRA = 14
"""... by up to this many cells."""


def sort_key(column: str, as_of: dt.date) -> Callable[[ClaimRow], Any]:
    """How rows are ordered by a column; ties fall back to the claim id so the order is stable."""
    far = dt.date.max
    keys: dict[str, Callable[[ClaimRow], Any]] = {
        "status": lambda r: (URGENCY.get(r.status, 9), r.deadline or far, r.id),
        "kind": lambda r: (r.kind, r.id),
        "text": lambda r: (r.text.casefold(), r.id),
        "actor": lambda r: (r.actor.casefold(), r.id),
        "deadline": lambda r: (r.deadline or far, r.id),
        "left": lambda r: (r.deadline or far, r.id),
        "sources": lambda r: (r.sources, r.id),
        "changed": lambda r: (r.last_change, r.id),
    }
    return keys[column]


class ClaimTable(ScrollView, can_focus=True):
    """Every claim in the current filter, one line each, with a cursor and sortable columns."""

    BINDING_GROUP_TITLE = "Claims table"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
        Binding("s", "cycle_sort", "Sort", show=False, tooltip="Sort by the next column"),
        Binding("S", "reverse_sort", "Reverse", show=False, tooltip="Reverse the sort order"),
        Binding("enter", "select", "Article", show=False, tooltip="Open the article the claim came from"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claim-table--header",
        "claim-table--cursor",
        "claim-table--cursor-blurred",
        "claim-table--overdue",
        "claim-table--due-soon",
        "claim-table--pending",
        "claim-table--confirmed",
        "claim-table--partial",
        "claim-table--refuted",
        "claim-table--empty",
        "claim-table--picked",
    }

    cursor = reactive(0, init=False)
    """Index of the highlighted row in the current (sorted) rows."""
    sort_column = reactive("status", init=False)
    """Key of the column the rows are sorted by."""
    sort_reverse = reactive(False, init=False)

    class Highlighted(Message):
        """Posted when the cursor lands on a different claim (None when the table is empty)."""

        def __init__(self, table: ClaimTable, claim_id: str | None) -> None:
            super().__init__()
            self.table = table
            self.claim_id = claim_id

        @property
        def control(self) -> ClaimTable:
            return self.table

    class Selected(Message):
        """Posted when the user presses enter on a claim (or double-clicks it)."""

        def __init__(self, table: ClaimTable, claim_id: str) -> None:
            super().__init__()
            self.table = table
            self.claim_id = claim_id

        @property
        def control(self) -> ClaimTable:
            return self.table

    def __init__(self, as_of: dt.date, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.as_of = as_of
        self.rows: list[ClaimRow] = []
        """The rows shown, in display order."""
        self._universe: list[ClaimRow] = []
        self._sorted: list[ClaimRow] = []
        self._predicate: Callable[[ClaimRow], bool] | None = None
        self._highlighted_id: str | None = None
        self.empty_message = "loading claims…"
        self.picked_id: str | None = None
        """The claim picked for a merge (marked until the screen calls ``pick(None)``)."""

    # ------------------------------------------------------------------ data

    @property
    def highlighted_id(self) -> str | None:
        return self.rows[self.cursor].id if self.rows else None

    def show(
        self,
        universe: list[ClaimRow],
        predicate: Callable[[ClaimRow], bool] | None = None,
        *,
        keep: str | None = None,
        narrowing: bool = False,
    ) -> None:
        """Show the rows of ``universe`` that pass ``predicate`` (all without one).

        ``universe`` is sorted once and kept, so a new filter only tests rows and never
        sorts; with ``narrowing`` the filter is known to keep a subset of the rows shown now
        (another letter typed in the search), so only those are tested. The cursor stays on
        claim ``keep`` (or the current claim) when it is still there.
        """
        if universe is not self._universe:
            self._universe = universe
            self._sorted = self._sort(universe)
            narrowing = False
        self._predicate = predicate
        source = self.rows if narrowing else self._sorted
        self._place(source if predicate is None else [row for row in source if predicate(row)], keep)

    def _sort(self, rows: Sequence[ClaimRow]) -> list[ClaimRow]:
        return sorted(rows, key=sort_key(self.sort_column, self.as_of), reverse=self.sort_reverse)

    def _place(self, rows: list[ClaimRow], keep: str | None) -> None:
        keep = keep or self._highlighted_id
        self.rows = rows
        self.empty_message = "no claims match" if self._universe else "no claims yet: press a to add an article"
        index = 0
        if keep is not None and rows:
            index = next((i for i, row in enumerate(rows) if row.id == keep), min(self.cursor, len(rows) - 1))
        self.virtual_size = Size(0, len(rows) + 1)
        self.set_reactive(ClaimTable.cursor, max(index, 0))
        self._cursor_moved()
        self.refresh()

    def _resort(self) -> None:
        self._sorted = self._sort(self._universe)
        predicate = self._predicate
        self._place(self._sorted if predicate is None else [row for row in self._sorted if predicate(row)], self.highlighted_id)

    def watch_sort_column(self) -> None:
        self._resort()

    def watch_sort_reverse(self) -> None:
        self._resort()

    def sort_by(self, column: str) -> None:
        """Sort by ``column``; sorting again by the same column reverses the order."""
        if column == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.set_reactive(ClaimTable.sort_reverse, False)
            self.sort_column = column

    def pick(self, claim_id: str | None) -> None:
        """Mark ``claim_id`` as the claim picked for a merge; None clears the mark."""
        if claim_id != self.picked_id:
            self.picked_id = claim_id
            self.refresh()

    # ---------------------------------------------------------------- cursor

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.rows) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self._cursor_moved()
        self.refresh()

    def _cursor_moved(self) -> None:
        self._scroll_cursor_into_view()
        claim_id = self.highlighted_id
        if claim_id != self._highlighted_id:
            self._highlighted_id = claim_id
            self.post_message(self.Highlighted(self, claim_id))

    def _scroll_cursor_into_view(self) -> None:
        visible = max(self.scrollable_content_region.height - 1, 1)
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False, immediate=True)

    def action_cursor(self, delta: int) -> None:
        self.cursor += delta

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(self.scrollable_content_region.height - 2, 1)

    def action_jump(self, index: int) -> None:
        self.cursor = index if index >= 0 else len(self.rows) - 1

    def action_cycle_sort(self) -> None:
        keys = [c.key for c in self.visible_columns()]
        position = keys.index(self.sort_column) if self.sort_column in keys else -1
        self.set_reactive(ClaimTable.sort_reverse, False)
        self.sort_column = keys[(position + 1) % len(keys)]

    def action_reverse_sort(self) -> None:
        self.sort_reverse = not self.sort_reverse

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self, self.rows[self.cursor].id))

    # ----------------------------------------------------------------- mouse

    def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            column = self.column_at(offset.x)
            if column is not None:
                self.sort_by(column)
            return
        index = int(self.scroll_y) + offset.y - 1
        if 0 <= index < len(self.rows):
            self.cursor = index
            if event.chain >= 2:
                self.action_select()

    def column_at(self, x: int) -> str | None:
        """The key of the column under cell ``x`` of a line."""
        start = 0
        for column, width in self.layout():
            if start <= x < start + width + 1:
                return column.key
            start += width + 1
        return None

    # ---------------------------------------------------------------- layout

    def visible_columns(self) -> list[Column]:
        return [column for column, _ in self.layout()]

    def layout(self, width: int | None = None) -> list[tuple[Column, int]]:
        """The columns that fit ``width`` cells, with their widths; the claim text takes the rest."""
        width = self.scrollable_content_region.width if width is None else width
        columns = list(COLUMNS)
        while True:
            fixed = sum(c.width for c in columns) + len(columns) - 1
            droppable = [c for c in columns if c.drop_order]
            if width - fixed >= MIN_TEXT_WIDTH or not droppable:
                break
            columns.remove(max(droppable, key=lambda c: c.drop_order))
        text_width = max(width - fixed, 8)
        # On a wide terminal, names get room too rather than all of it going to the claim.
        actor_extra = min(max(text_width - ROOMY_TEXT_WIDTH, 0), MAX_ACTOR_EXTRA) if any(c.key == "actor" for c in columns) else 0
        return [(c, c.width + actor_extra if c.key == "actor" else c.width or text_width - actor_extra) for c in columns]

    # ------------------------------------------------------------- rendering

    def cell(self, row: ClaimRow, key: str) -> str:
        if key == "status":
            return row.status
        if key == "kind":
            return KIND_LABELS.get(row.kind, row.kind)
        if key == "text":
            return one_line(row.text)
        if key == "actor":
            return one_line(row.actor)
        if key == "deadline":
            return row.deadline.isoformat() if row.deadline else "-"
        if key == "left":
            # A settled claim's deadline no longer counts down.
            return "" if row.status in SETTLED else days_label(row.deadline, self.as_of)
        if key == "sources":
            return str(row.sources)
        if key == "changed":
            return row.last_change[:10]
        raise KeyError(key)

    def row_state(self, row: ClaimRow) -> str:
        """The component class that colours a row: overdue, due soon, or its status."""
        if row.status == "overdue":
            return "claim-table--overdue"
        if row.status == "pending" and row.deadline is not None and 0 <= (row.deadline - self.as_of).days <= DUE_SOON_DAYS:
            return "claim-table--due-soon"
        return f"claim-table--{row.status}" if f"claim-table--{row.status}" in self.COMPONENT_CLASSES else "claim-table--pending"

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            return self._header_strip(width, base)
        index = int(self.scroll_y) + y - 1
        if not self.rows:
            if y == 1:
                style = base + self.get_component_rich_style("claim-table--empty")
                return Strip([Segment(set_cell_size(f" {self.empty_message}", width), style)], width)
            return Strip.blank(width, base)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        style = base + self.get_component_rich_style(self.row_state(row))
        picked = row.id == self.picked_id
        if picked:
            style += self.get_component_rich_style("claim-table--picked")
        if index == self.cursor:
            style += self.get_component_rich_style("claim-table--cursor" if self.has_focus else "claim-table--cursor-blurred")
        cells = [(c, w, (PICKED_MARK if picked and c.key == "text" else "") + self.cell(row, c.key)) for c, w in self.layout(width)]
        return self._line_strip(cells, width, style)

    def _header_strip(self, width: int, base: Style) -> Strip:
        arrow = " ▼" if self.sort_reverse else " ▲"
        cells = [(c, w, c.label + (arrow if c.key == self.sort_column else "")) for c, w in self.layout(width)]
        return self._line_strip(cells, width, base + self.get_component_rich_style("claim-table--header"))

    @staticmethod
    def _line_strip(cells: list[tuple[Column, int, str]], width: int, style: Style) -> Strip:
        parts = []
        for column, cell_width, value in cells:
            if cell_len(value) > cell_width:
                value = set_cell_size(value, cell_width - 1) + "…"
            elif column.key in ("sources",):
                value = value.rjust(cell_width)
            parts.append(set_cell_size(value, cell_width))
        text = set_cell_size(" ".join(parts), width)
        return Strip([Segment(text, style)], width)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()

    def on_resize(self) -> None:
        self.virtual_size = Size(0, len(self.rows) + 1)
        self._scroll_cursor_into_view()
