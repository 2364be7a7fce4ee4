"""Status rules: what a claim's status is on a given day.

Pure functions of a claim and an ``as_of`` date, so every command and the dashboard can
look at any day and the rules are tested without a clock.
"""

from __future__ import annotations

import datetime as dt

from tracker.models import Claim, Mode, Status

SETTABLE = tuple(Status)
"""Every status a person may set by hand."""


def deadline_passed(claim: Claim, as_of: dt.date) -> bool:
    """True once the last day of the deadline is behind ``as_of``.

    ``deadline.date`` is already the end of its precision period ("by November" is stored as
    30 November), so "by November" is overdue from 1 December.
    """
    deadline = claim.deadline
    return deadline is not None and deadline.date is not None and as_of > deadline.date


def effective_status(claim: Claim, as_of: dt.date) -> Status:
    """The status to show: a pending pledge past its deadline is overdue; a status a person set wins."""
    deadline = claim.deadline.date if claim.deadline else None
    return Status(effective_status_of(claim.status, claim.mode, deadline, as_of))


_PENDING, _PLEDGE, _OVERDUE = Status.PENDING.value, Mode.PLEDGE.value, Status.OVERDUE.value


def effective_status_of(status: str, mode: str, deadline: dt.date | None, as_of: dt.date) -> str:
    """``effective_status`` on plain values, for listing many claims without building models."""
    # Plain strings, not enum members: this runs once per claim on every list.
    if status == _PENDING and mode == _PLEDGE and deadline is not None and as_of > deadline:
        return _OVERDUE
    return status if type(status) is str else str(status)


def days_left(claim: Claim, as_of: dt.date) -> int | None:
    """Days until the deadline (negative once overdue), or None without a dated deadline."""
    if claim.deadline is None or claim.deadline.date is None:
        return None
    return (claim.deadline.date - as_of).days
