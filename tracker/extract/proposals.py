"""Status changes a later article suggests for tracked pledges: confirms, delays, contradicts.

A proposal is only a suggestion for a person to accept or reject; nothing here changes a status.
An article can speak to a pledge only when it was published after the pledge's first source.

- confirms: the article reports as done ("has launched", "the first line has already been
  launched") the kind of thing a pledge promised, in a compatible place, in similar words;
- delays: a unit says "postponed", "delayed", "pushed back to" about such a thing (with the new
  deadline when it gives one);
- contradicts: "denied", "will not", "cancelled", "scrapped" about such a thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker.extract.base import Extracted, StatusCue
from tracker.extract.merge import MergeIndex, content_tokens, expand_places, similarity
from tracker.models import Deadline, Effect

CONFIRMING_KINDS = {"opening": {"opening", "export"}, "export": {"export"}, "production_target": {"production_target"},
                    "agreement": {"agreement"}, "funding": {"funding"}}
"""The kinds of pledge an event of a kind can settle ("has launched a line" settles "will open lines")."""
KIND_WORD = {"opening": "open", "export": "export", "production_target": "produc", "agreement": "agreement", "funding": "fund"}
"""The normalised word a pledge must contain to be about that kind of thing."""
MIN_PROPOSAL_SIMILARITY = 0.25
MIN_PROPOSAL_SHARED = 3
MAX_PLEDGES_PER_STATEMENT = 2


@dataclass(frozen=True)
class Suggested:
    claim: str
    effect: Effect
    quote: str
    start: int
    end: int
    new_deadline: Deadline | None = None


def _about(pledge_kind: str, pledge_tokens: frozenset[str], kind: str) -> bool:
    return kind == pledge_kind or (pledge_kind in CONFIRMING_KINDS.get(kind, ()) and KIND_WORD[kind] in pledge_tokens)


def _matching_pledges(
    index: MergeIndex,
    kinds: set[str],
    places: list[str],
    parties: list[str],
    tokens: frozenset[str],
    published: dt.date,
    first_published: dict[str, dt.date | None],
) -> list[str]:
    """The pledges this statement speaks to: the best-matching ones only (a report settles what it
    best matches, not every pledge of its kind)."""
    scored: list[tuple[float, str]] = []
    new_places = expand_places(places)
    candidate_kinds = {k for kind in kinds for k in CONFIRMING_KINDS.get(kind, {kind})}
    for claim_id in index.pledges(candidate_kinds, new_places | set(parties)):
        first = first_published.get(claim_id)
        if first is None or first >= published:
            continue
        feat = index.peek(claim_id)
        if new_places and feat.places and not new_places & feat.places:
            continue
        feat = index.features(claim_id)
        pledge_tokens = frozenset().union(*(t for t, _, _ in feat.sources)) if feat.sources else frozenset()
        if not any(_about(feat.kind, pledge_tokens, kind) for kind in kinds):
            continue
        best = max((similarity(tokens, t) for t, _, _ in feat.sources if len(tokens & t) >= MIN_PROPOSAL_SHARED), default=0.0)
        if best >= MIN_PROPOSAL_SIMILARITY:
            scored.append((best, claim_id))
    if not scored:
        return []
    top = max(score for score, _ in scored)
    return sorted(claim_id for score, claim_id in scored if score >= top - 0.05)[:MAX_PLEDGES_PER_STATEMENT]


def suggest(
    index: MergeIndex,
    extracted: list[Extracted],
    cues: list[StatusCue],
    published: dt.date | None,
    first_published: dict[str, dt.date | None],
) -> list[Suggested]:
    """Proposals from one article's statements against the tracked pledges, one per claim and effect."""
    if published is None:
        return []  # without a date, "later" cannot be told
    out: dict[tuple[str, Effect], Suggested] = {}
    for new in extracted:
        if new.mode.value != "event" or new.kind.value not in CONFIRMING_KINDS:
            continue
        for claim_id in _matching_pledges(index, {new.kind.value}, new.places, new.parties, content_tokens(new.sentence), published, first_published):
            out.setdefault((claim_id, Effect.CONFIRMS), Suggested(claim_id, Effect.CONFIRMS, new.quote, new.start, new.end))
    for cue in cues:
        effect = Effect(cue.effect)
        for claim_id in _matching_pledges(index, set(cue.kinds), cue.places, cue.parties, content_tokens(cue.sentence), published, first_published):
            deadline = cue.deadline if effect is Effect.DELAYS and cue.deadline and cue.deadline.date else None
            out.setdefault((claim_id, effect), Suggested(claim_id, effect, cue.sentence, cue.start, cue.end, deadline))
    return list(out.values())
