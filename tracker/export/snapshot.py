"""One consistent view of the workspace on an as-of date, shared by every export format."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tracker.models import Article, Change, Claim, Proposal, Source, Status
from tracker.status import days_left, effective_status
from tracker.store import Store

STATUS_ORDER = (Status.OVERDUE, Status.PENDING, Status.PARTIAL, Status.CONFIRMED, Status.REFUTED)
"""The order in which exports group claims: what needs attention first, settled claims last."""

SETTLED = frozenset({Status.CONFIRMED, Status.PARTIAL, Status.REFUTED})
"""Statuses a person reached on evidence (``overdue`` is only derived from the calendar)."""


@dataclass(frozen=True)
class ClaimView:
    claim: Claim
    status: Status
    """Effective status on the as-of date."""
    days_left: int | None

    @property
    def due_phrase(self) -> str:
        """"12 days left", "due today", "326 days overdue" or "" without a dated deadline."""
        if self.days_left is None:
            return ""
        if self.days_left == 0:
            return "due today"
        if self.days_left > 0:
            return f"{self.days_left} day{'s' if self.days_left != 1 else ''} left"
        late = -self.days_left
        # A settled claim whose deadline passed is not "overdue": say how long ago it was due.
        word = "overdue" if self.status is Status.OVERDUE else "ago"
        return f"{late} day{'s' if late != 1 else ''} {word}"

    @property
    def latest_evidence(self) -> Change | None:
        """The most recent history entry that carries evidence (a quote, an article or a URL)."""
        for change in reversed(self.claim.history):
            if change.evidence is not None and (change.evidence.quote or change.evidence.article or change.evidence.url):
                return change
        return None

    @property
    def settled_by(self) -> Change | None:
        """The history entry that set the claim's current status, if a person or a proposal set it."""
        for change in reversed(self.claim.history):
            if change.status is not None:
                return change if change.status is self.claim.status else None
        return None


@dataclass(frozen=True)
class Snapshot:
    as_of: dt.date
    articles: list[Article]
    claims: list[ClaimView]
    proposals: list[Proposal]
    articles_by_id: dict[str, Article] = field(default_factory=dict)

    def sources(self, claim: Claim) -> list[tuple[Source, Article | None]]:
        """The claim's sources with their articles (None when the article is missing from the workspace)."""
        return [(source, self.articles_by_id.get(source.article)) for source in claim.sources]

    def first_appearance(self, claim: Claim) -> Article | None:
        """The earliest published article among the claim's sources (undated ones only if none is dated)."""
        found = [article for _, article in self.sources(claim) if article is not None]
        if not found:
            return None
        return min(found, key=lambda a: (a.published is None, a.published or dt.date.min, a.id))

    def grouped(self) -> list[tuple[Status, list[ClaimView]]]:
        """Non-empty groups in ``STATUS_ORDER``, each ordered by deadline (undated last), then id."""
        groups = []
        for status in STATUS_ORDER:
            views = [v for v in self.claims if v.status is status]
            if views:
                views.sort(key=lambda v: (v.claim.deadline is None or v.claim.deadline.date is None,
                                          v.claim.deadline.date if v.claim.deadline and v.claim.deadline.date else dt.date.min,
                                          v.claim.id))
                groups.append((status, views))
        return groups

    def counts(self) -> dict[Status, int]:
        """How many claims have each status, every status listed, in ``STATUS_ORDER``."""
        return {status: sum(1 for v in self.claims if v.status is status) for status in STATUS_ORDER}


def article_label(article: Article) -> tuple[str, list[str]]:
    """How exports name an article: the label to link (title, else outlet, else id) and the details
    to show after it (the outlet when the title is the label, and the publication date)."""
    label = article.title or article.outlet or f"article {article.id}"
    details = [x for x in (article.outlet if article.title else None, article.published and article.published.isoformat()) if x]
    return label, details


def snapshot(store: Store, as_of: dt.date, *, status: str | None = None, kind: str | None = None) -> Snapshot:
    """Everything an export needs, sorted by id so the output is reproducible.

    Claims a person dismissed (not trackable claims) are left out, and their proposals with them.
    """
    articles = sorted(store.articles(), key=lambda a: a.id)
    views = []
    for claim in sorted(store.claims(), key=lambda c: c.id):
        if claim.dismissed:
            continue
        view = ClaimView(claim, effective_status(claim, as_of), days_left(claim, as_of))
        if status and view.status.value != status:
            continue
        if kind and claim.kind.value != kind:
            continue
        views.append(view)
    kept = {v.claim.id for v in views}
    proposals = sorted((p for p in store.proposals() if p.claim in kept), key=lambda p: p.id)
    return Snapshot(as_of, articles, views, proposals, {a.id: a for a in articles})
