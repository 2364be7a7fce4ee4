"""schema.org ClaimReview JSON-LD: what fact-checkers publish so search engines can show verdicts.

Which claims: one ``ClaimReview`` per claim a person settled on evidence: ``confirmed``,
``partial`` and ``refuted``. ``pending`` claims have no verdict, and ``overdue`` is derived from
the calendar alone: a missed deadline is news, but not a reviewed finding that the claim is
false, so it is not published as one.

Rating: worstRating 1, bestRating 5; refuted 1, partial 3, confirmed 5. ``alternateName`` is
the verdict in words: for pledges "Promise broken" / "Partly kept" / "Promise kept", for
reported events "False" / "Partly true" / "True".

The review's ``url`` is the card of the claim in the HTML export, ``<page>#claim-<id>``, where
``page_url`` (``tracker export --page-url``) says where that page is published. schema.org
consumers need an absolute URL, so without a page address the review has no ``url`` (it used to
be a bare ``#claim-<id>``). ``<``, ``>`` and ``&`` are written
as ``\\u003c``-style escapes, so the output can be pasted into a ``<script type="application/ld+json">``
element without any article text closing it.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit, urlunsplit

from tracker.errors import BadInput
from tracker.export.safety import clean, web_url
from tracker.export.snapshot import SETTLED, ClaimView, Snapshot
from tracker.models import Article, Mode, Status

BEST, WORST = 5, 1
RATINGS = {
    Status.REFUTED: (1, "Promise broken", "False"),
    Status.PARTIAL: (3, "Partly kept", "Partly true"),
    Status.CONFIRMED: (5, "Promise kept", "True"),
}
"""Status -> (ratingValue, verdict for a pledge, verdict for an event)."""

_ORGANIZATION_WORDS = frozenset(
    """ministry ministries government cabinet council parliament office agency company corporation corp inc ltd llc
    gmbh ag sa plc group industries industry forces army navy command committee commission union bank fund
    university institute association alliance nato eu un department service services administration
    presidency embassy consortium holding holdings concern""".split()
)


def actor_type(actor: str) -> str:
    """"Person" for a personal name ("Volodymyr Zelensky"), else "Organization" ("Ministry of Defense", "Ukraine")."""
    words = re.findall(r"[\w'’.-]+", actor)
    if not 2 <= len(words) <= 4:
        return "Organization"
    if any(w.lower().strip(".") in _ORGANIZATION_WORDS for w in words):
        return "Organization"
    if any(not w[0].isupper() or any(c.isdigit() for c in w) or (len(w) > 1 and w.isupper()) for w in words):
        return "Organization"  # lower-case words ("of"), numbers and acronyms are not in personal names
    return "Person"


def _creative_work(article: Article) -> dict[str, object]:
    work: dict[str, object] = {"@type": "CreativeWork"}
    if web_url(article.url):
        work["url"] = web_url(article.url)
    if article.title:
        work["headline"] = clean(article.title)
    if article.published:
        work["datePublished"] = article.published.isoformat()
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": clean(article.outlet)}
    if article.author:
        work["author"] = {"@type": actor_type(article.author), "name": clean(article.author)}
    return work


def _review(view: ClaimView, snap: Snapshot, page: str | None) -> dict[str, object]:
    claim = view.claim
    value, pledge_verdict, event_verdict = RATINGS[view.status]
    item: dict[str, object] = {"@type": "Claim", "text": clean(claim.text)}
    if claim.actor:
        item["author"] = {"@type": actor_type(claim.actor), "name": clean(claim.actor)}
    first = snap.first_appearance(claim)
    if first is not None:
        if first.published:
            item["datePublished"] = first.published.isoformat()
        item["firstAppearance"] = _creative_work(first)
    articles = {a.id: a for _, a in snap.sources(claim) if a is not None}  # one appearance per article
    appearances = [_creative_work(a) for a in articles.values()]
    if appearances:
        item["appearance"] = appearances
    settled = view.settled_by
    when = settled.at if settled else claim.last_change
    review: dict[str, object] = {"@type": "ClaimReview"}
    if page is not None:
        review["url"] = f"{page}#claim-{claim.id}"
    review |= {
        "claimReviewed": clean(claim.text),
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": pledge_verdict if claim.mode is Mode.PLEDGE else event_verdict,
        },
        "datePublished": (when.date() if when else snap.as_of).isoformat(),
    }
    if settled is not None and settled.note:
        review["reviewBody"] = clean(settled.note)
    evidence = view.latest_evidence
    if evidence is not None and evidence.evidence is not None:
        cited: dict[str, object] = {"@type": "CreativeWork"}
        source = snap.articles_by_id.get(evidence.evidence.article or "")
        if source is not None:
            cited = _creative_work(source)
        if web_url(evidence.evidence.url):
            cited["url"] = web_url(evidence.evidence.url)
        if evidence.evidence.quote:
            cited["text"] = clean(evidence.evidence.quote)
        if len(cited) > 1:
            review["citation"] = cited
    return review


def page_address(page_url: str) -> str:
    """``page_url`` without its fragment, if it is an absolute http(s) address; else BadInput."""
    url = web_url(page_url)
    if url is None:
        raise BadInput(f"page URL {page_url!r} is not an absolute http(s) address")
    return urlunsplit(urlsplit(url)._replace(fragment=""))


def render_claimreview(snap: Snapshot, page_url: str | None = None) -> str:
    page = page_address(page_url) if page_url is not None else None
    reviews = [_review(view, snap, page) for view in snap.claims if view.status in SETTLED]
    text = json.dumps({"@context": "https://schema.org", "@graph": reviews}, indent=2, ensure_ascii=False)
    # Outside strings JSON has none of these characters, so this only touches string contents.
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") + "\n"
