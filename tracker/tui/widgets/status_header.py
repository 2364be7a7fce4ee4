"""The header line: workspace, as-of date and the claims per status, overdue first."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from rich.text import Text
from textual.widgets import Static

from tracker.text import one_line
from tracker.tui.widgets.claim_detail import STATUS_STYLE

STATUS_ORDER = ("overdue", "pending", "partial", "confirmed", "refuted")


def header_text(workspace: str, as_of: dt.date, statuses: Iterable[str], total: int) -> Text:
    counts = Counter(statuses)
    shown = sum(counts.values())
    out = Text()
    out.append(" tracker ", style="bold reverse")
    out.append(" " + one_line(workspace), style="bold")
    out.append(f"  as of {as_of.isoformat()}  ")
    for status in STATUS_ORDER:
        out.append(f"{status} ", style="dim" if not counts[status] else "")
        out.append(str(counts[status]), style=STATUS_STYLE[status] if counts[status] else "dim")
        out.append("  ")
    out.append(f"{shown:,} of {total:,} shown" if shown != total else f"{total:,} claims", style="dim")
    return out


class StatusHeader(Static):
    """One line at the top of the dashboard; counts follow the filter."""

    def show(self, workspace: str, as_of: dt.date, statuses: Iterable[str], total: int) -> None:
        self.update(header_text(workspace, as_of, statuses, total))
