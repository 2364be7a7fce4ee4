"""The header line: workspace, as-of date and the claims per status, overdue first."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from rich.text import Text
from textual.widget import Widget

from tracker.text import one_line
from tracker.tui.widgets.claim_detail import STATUS_STYLE

STATUS_ORDER = ("overdue", "pending", "partial", "confirmed", "refuted")


def header_text(workspace: str, as_of: dt.date, counts: Counter[str], total: int, *, compact: int = 0) -> Text:
    """The header; ``compact`` 1 to 3 are for narrow terminals.

    1: no badge, the workspace's folder only, no empty statuses; 2: no workspace at all; 3: the count of
    claims first and no date, so what the terminal cuts is the last statuses (the table shows them).
    """
    shown = sum(counts.values())
    count = f"{shown:,} of {total:,}" if shown != total else f"{total:,} claims"
    out = Text()
    if compact >= 3:
        out.append(count, style="bold")
        out.append(" │")
    elif compact:
        if compact < 2:
            out.append(one_line(workspace.split("/")[0]) + " ", style="bold")
        out.append(f"{as_of.isoformat()} │")
    else:
        out.append(" tracker ", style="bold reverse")
        out.append(" " + one_line(workspace), style="bold")
        out.append(f"  as of {as_of.isoformat()} │")
    for status in STATUS_ORDER:
        if compact and not counts[status]:
            continue
        out.append(f" {status} ", style="" if counts[status] else "dim")
        out.append(str(counts[status]), style=STATUS_STYLE[status] if counts[status] else "dim")
        out.append("" if compact else " ")
    if compact < 3:
        out.append(" │ ")
        out.append(count, style="dim")
    return out


class StatusHeader(Widget):
    """One line at the top of the dashboard; counts follow the filter."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.workspace = ""
        self.as_of = dt.date.today()
        self.counts: Counter[str] = Counter()
        self.total = 0

    def show(self, workspace: str, as_of: dt.date, statuses: Iterable[str], total: int) -> None:
        self.workspace, self.as_of, self.counts, self.total = workspace, as_of, Counter(statuses), total
        self.refresh()

    def render(self) -> Text:
        for compact in (0, 1, 2):
            text = header_text(self.workspace, self.as_of, self.counts, self.total, compact=compact)
            if text.cell_len <= self.size.width:
                return text
        return header_text(self.workspace, self.as_of, self.counts, self.total, compact=3)
