"""One consistent view of the workspace on an as-of date, shared by every export format."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tracker.models import Article, Claim, Proposal, Status
from tracker.status import days_left, effective_status
from tracker.store import Store


@dataclass(frozen=True)
class ClaimView:
    claim: Claim
    status: Status
    """Effective status on the as-of date."""
    days_left: int | None


@dataclass(frozen=True)
class Snapshot:
    as_of: dt.date
    articles: list[Article]
    claims: list[ClaimView]
    proposals: list[Proposal]
    articles_by_id: dict[str, Article] = field(default_factory=dict)


def snapshot(store: Store, as_of: dt.date, *, status: str | None = None, kind: str | None = None) -> Snapshot:
    """Everything an export needs, sorted by id so the output is reproducible."""
    articles = sorted(store.articles(), key=lambda a: a.id)
    views = []
    for claim in sorted(store.claims(), key=lambda c: c.id):
        view = ClaimView(claim, effective_status(claim, as_of), days_left(claim, as_of))
        if status and view.status.value != status:
            continue
        if kind and claim.kind.value != kind:
            continue
        views.append(view)
    kept = {v.claim.id for v in views}
    proposals = sorted((p for p in store.proposals() if p.claim in kept), key=lambda p: p.id)
    return Snapshot(as_of, articles, views, proposals, {a.id: a for a in articles})
