"""The status rules across dates: what a person sees on a given day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import make_claim
from tracker.models import Deadline, Status
from tracker.status import days_left, effective_status

NOV = Deadline(date=dt.date(2025, 11, 30), text="by the end of November", precision="month")
DAY = Deadline(date=dt.date(2025, 6, 21), text="by June 21", precision="day")


@pytest.mark.parametrize(
    ("stored", "mode", "deadline", "as_of", "expected"),
    [
        ("pending", "pledge", NOV, dt.date(2025, 11, 30), "pending"),  # the last day still counts
        ("pending", "pledge", NOV, dt.date(2025, 12, 1), "overdue"),  # "by November" is overdue from 1 December
        ("pending", "pledge", NOV, dt.date(2025, 11, 1), "pending"),
        ("pending", "pledge", DAY, dt.date(2025, 6, 22), "overdue"),
        ("pending", "pledge", None, dt.date(2030, 1, 1), "pending"),  # no deadline: never overdue by itself
        ("pending", "pledge", Deadline(text="soon"), dt.date(2030, 1, 1), "pending"),  # undated phrase
        ("pending", "event", NOV, dt.date(2026, 1, 1), "pending"),  # events are not promises
        ("confirmed", "pledge", NOV, dt.date(2026, 1, 1), "confirmed"),  # a status a person set wins
        ("refuted", "pledge", NOV, dt.date(2026, 1, 1), "refuted"),
        ("partial", "pledge", NOV, dt.date(2026, 1, 1), "partial"),
        ("overdue", "pledge", NOV, dt.date(2025, 1, 1), "overdue"),  # set by hand before the deadline
    ],
)
def test_effective_status(stored: str, mode: str, deadline: Deadline | None, as_of: dt.date, expected: str) -> None:
    claim = make_claim(status=stored, mode=mode, deadline=deadline)
    assert effective_status(claim, as_of) is Status(expected)


def test_days_left_counts_down_and_goes_negative() -> None:
    claim = make_claim(deadline=NOV)
    assert days_left(claim, dt.date(2025, 11, 20)) == 10
    assert days_left(claim, dt.date(2025, 12, 3)) == -3
    assert days_left(make_claim(deadline=None), dt.date(2025, 12, 3)) is None
