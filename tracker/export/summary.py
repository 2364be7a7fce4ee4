"""The state of the promises on one day: what ``tracker summary`` prints and the dashboard can show.

Built from the same ``Snapshot`` as the exports, so counts and overdue days always agree with them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker.export.snapshot import ClaimView, Snapshot, snapshot
from tracker.models import Change, Mode, Proposal, ProposalState, Status
from tracker.store import Store

DUE_WINDOW_DAYS = 30
"""How far ahead "due soon" looks."""
RECENT_DAYS = 7
"""How far back "recent changes" looks (the as-of day and the six before it)."""


@dataclass(frozen=True)
class RecentChange:
    view: ClaimView
    change: Change


@dataclass(frozen=True)
class WaitingProposal:
    proposal: Proposal
    view: ClaimView


@dataclass(frozen=True)
class Summary:
    as_of: dt.date
    counts: dict[Status, int]
    """Every status, in ``STATUS_ORDER``, with how many claims have it on the as-of day."""
    overdue: list[ClaimView]
    """Most overdue first; ``-view.days_left`` is the number of days overdue."""
    due_soon: list[ClaimView]
    """Open pledges due from the as-of day to ``DUE_WINDOW_DAYS`` after it, soonest first."""
    recent_changes: list[RecentChange]
    """History entries dated within the last ``RECENT_DAYS`` days up to the as-of day, newest first."""
    waiting_proposals: list[WaitingProposal]
    """Open proposals, oldest first."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict[str, object]:
        """Plain data for ``tracker summary --json``."""

        def claim(view: ClaimView) -> dict[str, object]:
            deadline = view.claim.deadline
            return {
                "id": view.claim.id,
                "text": view.claim.text,
                "actor": view.claim.actor,
                "status": view.status.value,
                "deadline": deadline.date.isoformat() if deadline and deadline.date else None,
                "days_left": view.days_left,
            }

        return {
            "as_of": self.as_of.isoformat(),
            "total": self.total,
            "counts": {status.value: n for status, n in self.counts.items()},
            "overdue": [claim(v) | {"days_overdue": -(v.days_left or 0)} for v in self.overdue],
            "due_soon": [claim(v) for v in self.due_soon],
            "recent_changes": [
                {"claim": r.view.claim.id, "text": r.view.claim.text, "at": r.change.at.isoformat(),
                 "status": r.change.status.value if r.change.status else None, "by": r.change.by, "note": r.change.note}
                for r in self.recent_changes
            ],
            "waiting_proposals": [
                {"id": w.proposal.id, "claim": w.view.claim.id, "text": w.view.claim.text, "effect": w.proposal.effect.value,
                 "article": w.proposal.article, "quote": w.proposal.quote, "created_at": w.proposal.created_at.isoformat()}
                for w in self.waiting_proposals
            ],
        }


def summarize(snap: Snapshot) -> Summary:
    """The summary of ``snap`` on its as-of day."""
    as_of = snap.as_of
    overdue = sorted((v for v in snap.claims if v.status is Status.OVERDUE), key=lambda v: (v.days_left or 0, v.claim.id))
    due_soon = sorted(
        (
            v
            for v in snap.claims
            if v.claim.mode is Mode.PLEDGE
            and v.status in (Status.PENDING, Status.PARTIAL)
            and v.days_left is not None
            and 0 <= v.days_left <= DUE_WINDOW_DAYS
        ),
        key=lambda v: (v.days_left, v.claim.id),
    )
    # Dates of changes are taken in UTC, as they are stored; later entries (when looking back) are left out.
    first_day = as_of - dt.timedelta(days=RECENT_DAYS - 1)
    recent = [
        RecentChange(v, change)
        for v in snap.claims
        for change in v.claim.history
        if first_day <= change.at.astimezone(dt.timezone.utc).date() <= as_of
    ]
    recent.sort(key=lambda r: r.view.claim.id)
    recent.sort(key=lambda r: r.change.at, reverse=True)  # stable: newest first, then by claim id
    views = {v.claim.id: v for v in snap.claims}
    waiting = [
        WaitingProposal(p, views[p.claim])
        for p in sorted(snap.proposals, key=lambda p: (p.created_at, p.id))
        if p.state is ProposalState.OPEN and p.claim in views
    ]
    return Summary(as_of, snap.counts(), overdue, due_soon, recent, waiting)


def summary(store: Store, as_of: dt.date) -> Summary:
    """The summary of the whole workspace on ``as_of``."""
    return summarize(snapshot(store, as_of))
