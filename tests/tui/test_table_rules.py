"""Pure rules behind the dashboard: incremental filtering, day labels, column fitting."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.store import ClaimFilter
from tracker.tui.screens.dashboard import narrows
from tracker.tui.widgets.claim_table import ClaimTable, days_label

AS_OF = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("new", "old", "expected"),
    [
        (ClaimFilter(search="dro"), ClaimFilter(search="dr"), True),  # a letter added
        (ClaimFilter(search="drones 4"), ClaimFilter(search="drones"), True),  # a word added
        (ClaimFilter(search="drones"), ClaimFilter(), True),  # first letters typed
        (ClaimFilter(search="dr"), ClaimFilter(search="dro"), False),  # backspace widens
        (ClaimFilter(search="berlin"), ClaimFilter(search="drones"), False),  # a different word
        (ClaimFilter(search="x", status="overdue"), ClaimFilter(search="x"), False),  # another field changed
        (ClaimFilter(), ClaimFilter(), True),
    ],
)
def test_narrows(new: ClaimFilter, old: ClaimFilter, expected: bool) -> None:
    assert narrows(new, old) is expected


@pytest.mark.parametrize(
    ("deadline", "label"),
    [
        (None, ""),
        (AS_OF, "today"),
        (AS_OF + dt.timedelta(days=5), "in 5d"),
        (AS_OF - dt.timedelta(days=1), "1d late"),  # overdue from the day after the deadline
    ],
)
def test_days_label(deadline: dt.date | None, label: str) -> None:
    assert days_label(deadline, AS_OF) == label


@pytest.mark.parametrize(
    ("width", "hidden"),
    [
        (200, set()),
        (100, set()),
        (90, {"changed"}),  # the columns that matter least go first
        (72, {"changed", "actor"}),
        (67, {"changed", "actor", "sources"}),
        (50, {"changed", "actor", "sources", "kind"}),
    ],
)
def test_columns_fit_the_width(width: int, hidden: set[str]) -> None:
    table = ClaimTable(AS_OF)
    layout = table.layout(width)
    keys = {column.key for column, _ in layout}
    assert {"status", "text", "deadline", "left"} <= keys
    assert {"status", "kind", "text", "actor", "deadline", "left", "sources", "changed"} - keys == hidden
    if width >= 67:
        assert sum(w for _, w in layout) + len(layout) - 1 == width  # the line is filled exactly
