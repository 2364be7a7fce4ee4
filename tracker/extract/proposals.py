"""Status changes a later article suggests for tracked pledges: confirms, delays, contradicts.

A proposal is only a suggestion for a person to accept or reject; nothing here changes a status.
An article can speak to a pledge only when it was published after the pledge's first source.

- confirms: the article reports as done ("has launched", "the first line has already been
  launched") the kind of thing a pledge promised, in a compatible place, in similar words;
- delays: a unit says "postponed", "delayed", "pushed back to" about such a thing (with the new
  deadline when it gives one);
- delays: also a later article restating such a pledge, in its words, with a date well after the
  pledge's deadline and no word of delay ("due to start in the autumn of next year" after "on 1 December");
- contradicts: "denied", "will not", "cancelled", "scrapped" about such a thing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tracker.extract.base import Extracted, StatusCue
from tracker.extract.gazetteer import country_of
from tracker.extract.merge import (
    Features, MergeIndex, content_tokens, expand_places, proper_names, similarity, subject_words, word_stem,
)
from tracker.models import Deadline, Effect

CONFIRMING_KINDS = {"opening": {"opening", "export", "production_target"}, "export": {"export"}, "production_target": {"production_target"},
                    "agreement": {"agreement"}, "funding": {"funding"}}
"""The kinds of pledge an event of a kind can settle ("has launched a line" settles "will open lines")."""
KIND_WORD = {"opening": "open", "export": "export", "production_target": "produc", "agreement": "agreement", "funding": "fund"}
"""The normalised word a pledge must contain to be about that kind of thing."""
MIN_PROPOSAL_SIMILARITY = 0.25
MIN_PROPOSAL_SHARED = 3
MAX_PLEDGES_PER_STATEMENT = 2
RESTATED_LATER_DAYS = 31
"""A restated pledge whose date lies more than this after the tracked deadline moves it (a month's
difference is the wording: "by the end of November" / "by December 1")."""
MIN_RESTATED_SUBJECT = 2
"""Subject words (names, products) a restated pledge shares with the tracked one: the place and the
kind of act ("produce", "plant") are shared by many pledges."""
_WORK_BEGUN = re.compile(
    r"\b(?:start(?:s|ed)?|began|begun|begin(?:s|ning)?|launch(?:es|ed)?|mark(?:s|ed)?|broke|break(?:s|ing)?|laid|lay(?:s|ing)?)"
    r"\s+(?:\w+\s+){0,3}?(?:construction|building|constructing|work\s+on|works\s+on|ground|foundations?|cornerstone)\b"
    r"|\bunder\s+construction\b|\b(?:is|are)\s+(?:being\s+)?(?:built|building|constructing)\b|\bgroundbreaking\b",
    re.IGNORECASE,
)
"""Work begun on what a pledge promised ("has started building the plant", "broke ground") is progress,
not the thing done: it confirms no opening or output."""

_MONEY_ANNOUNCED = re.compile(
    r"\b(?:announc\w*|unveil\w*|agreed\s+(?:in\s+principle\s+)?to|(?:is|are)\s+(?:allocating|investing|providing|giving|contributing)"
    r"|invests|allocates|provides|gives|commits|pledges)\b",
    re.IGNORECASE,
)
"""Money announced, being allocated, or told in the headline present ("Canada Invests $200 Million ...") is the pledge
retold, not the money paid: only money paid, transferred or spent confirms a pledge of it."""

_FURTHER = re.compile(
    r"\b(?:similar|another|other|more|further|additional)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:offices?|plants?|factor(?:y|ies)|lines?|sites?|facilit(?:y|ies)|countries|capitals|cities|ventures?|cent(?:er|re)s?)\b",
    re.IGNORECASE,
)
"""A pledge of further instances ("similar offices in more capitals by the end of the year") is a new
pledge beside the tracked one, not that one restated with a later date."""

_WORDS = re.compile(r"[^\W\d_][\w&-]*[A-Za-z]")


@dataclass(frozen=True)
class Suggested:
    claim: str
    effect: Effect
    quote: str
    start: int
    end: int
    new_deadline: Deadline | None = None


def _about(pledge_kind: str, pledge_tokens: frozenset[str], kind: str, tokens: frozenset[str]) -> bool:
    """True when a report of ``kind`` (words ``tokens``) speaks to a pledge of ``pledge_kind``: the same kind, or
    the pledge's words name the report's kind of act ("will open lines" and "has launched a line"), or a launch of
    production ("joint production has begun") and a pledge to produce."""
    if kind == pledge_kind:
        return True
    if pledge_kind not in CONFIRMING_KINDS.get(kind, ()):
        return False
    if pledge_kind == "production_target":
        return KIND_WORD[pledge_kind] in tokens and KIND_WORD[pledge_kind] in pledge_tokens
    return KIND_WORD[kind] in pledge_tokens


def _countries(names: Iterable[str]) -> frozenset[str]:
    return frozenset(c for c in (country_of(n) for n in names) if c)


def _other_countries(report: frozenset[str], pledge: frozenset[str]) -> bool:
    """True when a report and a pledge each name a country the other does not ("Ukraine and the US begin joint
    production" is not about "a plant in Finland with Ukrainian partners"); one naming fewer may leave them out."""
    return bool(report - pledge) and bool(pledge - report)


_ATTRIBUTION = re.compile(
    r"\([^)]*\)"
    r"|\b(?:according\s+to|said|told|quoted|cited)\s+(?:[A-Z][\w’'.-]*\s*){1,3}"
    r"|(?:[A-Z][\w’'.-]*\s+){1,3}(?=(?:has\s+|had\s+)?(?:said|says|writes|wrote|reports|reported|told|announced|noted|stated)\b)"
)
"""Who tells the news ("(Reuters)", "UNN writes", "President X announced that"), not what it is about."""


def _other_names(report_names: frozenset[str], feat: Features, article_words: frozenset[str] | None) -> bool:
    """True when a report names something (a company, a programme) that none of a named pledge's sources gives,
    in an article that gives none of the pledge's names: "X's joint venture has opened" does not settle Y's pledge."""
    if article_words is None or not report_names or not feat.names or feat.names & article_words:
        return False
    return not any(report_names & tokens for tokens, _, _ in feat.sources)


def _matching_pledges(
    index: MergeIndex,
    kinds: set[str],
    places: list[str],
    parties: list[str],
    tokens: frozenset[str],
    published: dt.date,
    first_published: dict[str, dt.date | None],
    numbers: frozenset[float] = frozenset(),
    reached: tuple[frozenset[float], str | None] | None = None,
    eligible: Callable[[Features], bool] | None = None,
    article_words: frozenset[str] | None = None,
    sentence: str = "",
) -> list[str]:
    """The pledges this statement speaks to: the best-matching ones only (a report settles what it
    best matches, not every pledge of its kind).

    ``numbers``: the figures a status cue gives; a pledge with figures must be among them, and a cue
    naming no country but giving figures is matched against pledges anywhere. ``reached``: the
    quantity an event reports; it confirms no pledge of a higher figure at the same rate.
    ``eligible``: a further test a pledge must pass before it competes for best match.
    ``article_words``: the lowercased words of the whole reporting article; when it gives a name of some
    matching pledges (a company, a programme), those are preferred to the others ("a drone factory starts
    production in X" settles the pledge of the company the article names, not another programme's pledge
    for X). A pledge whose names the article does not give is not ruled out by that alone: pledges also
    name products and people a report of the opening may leave out; but a report naming another company, in an
    article that never names the pledge's, is about that other company (``_other_names``).
    ``sentence``: the report's sentence. A report and a pledge that each name a country the other does not are
    about different things (``_other_countries``).
    """
    scored: list[tuple[float, str, bool]] = []
    new_places = expand_places(places)
    countries = new_places | set(parties)
    report_countries = _countries((*places, *parties))
    # The names a report gives of what it is about (a company, a programme): its sources and speakers left out.
    named_in_report = proper_names(_ATTRIBUTION.sub(" ", sentence)) if sentence else frozenset()
    report_names = frozenset(word_stem(n) for n in named_in_report)
    candidate_kinds = {k for kind in kinds for k in CONFIRMING_KINDS.get(kind, {kind})}
    # A statement naming no country reaches pledges made anywhere when it gives figures, or names the pledge's
    # company or programme ("Production by Fire Point is expected to start in the spring").
    anywhere = not countries and bool(numbers or named_in_report)
    ids = index.pledges(candidate_kinds, None if anywhere else countries)
    for claim_id in ids:
        first = first_published.get(claim_id)
        if first is None or first >= published:
            continue
        feat = index.peek(claim_id)
        if new_places and feat.places and not new_places & feat.places:
            continue
        if feat.quantity is not None:
            pledged, per = feat.quantity
            if numbers and not pledged <= numbers:
                continue  # "the target of 1,000 a day was postponed" is not about the 2,000-a-day pledge
            if reached is not None and reached[1] == per and pledged and max(reached[0], default=0) < min(pledged):
                continue  # 1,500 a day reached does not meet a pledge of 2,000 a day
            if feat.kind == "funding" and reached is not None and reached[0] and pledged and not pledged & reached[0]:
                continue  # paying EUR 1 billion is not the pledge of EUR 400 million being kept
        if feat.kind not in kinds and feat.kind == "production_target" and feat.quantity is not None:
            continue  # a launch of production reaches no pledged figure
        if report_countries and _other_countries(report_countries, _countries(feat.places | feat.parties)):
            continue
        feat = index.features(claim_id)
        if anywhere and not numbers and (feat.places or feat.parties) and not named_in_report & feat.names:
            continue
        if eligible is not None and not eligible(feat):
            continue
        if _other_names(report_names, feat, article_words):
            continue
        named = article_words is not None and bool(feat.names & article_words)
        if feat.kind not in kinds:
            # A report of another kind speaks to the pledge only when the pledge's words say so.
            pledge_tokens = frozenset().union(*(t for t, _, _ in feat.sources)) if feat.sources else frozenset()
            if not any(_about(feat.kind, pledge_tokens, kind, tokens) for kind in kinds):
                continue
        best = max((similarity(tokens, t) for t, _, _ in feat.sources if len(tokens & t) >= MIN_PROPOSAL_SHARED), default=0.0)
        if best >= MIN_PROPOSAL_SIMILARITY:
            scored.append((best, claim_id, named))
    if any(named for _, _, named in scored):
        scored = [item for item in scored if item[2]]
    if not scored:
        return []
    top = max(score for score, _, _ in scored)
    return sorted(claim_id for score, claim_id, _ in scored if score >= top - 0.05)[:MAX_PLEDGES_PER_STATEMENT]


def suggest(
    index: MergeIndex,
    extracted: list[Extracted],
    cues: list[StatusCue],
    published: dt.date | None,
    first_published: dict[str, dt.date | None],
    text: str | None = None,
) -> list[Suggested]:
    """Proposals from one article's statements against the tracked pledges, one per claim and effect.

    ``text``: the article's whole text, whose names decide which named pledge a report of something done
    settles (see ``_matching_pledges``)."""
    if published is None:
        return []  # without a date, "later" cannot be told
    out: dict[tuple[str, Effect], Suggested] = {}
    article_words = frozenset(w.lower() for w in _WORDS.findall(text)) if text is not None else None
    for new in extracted:
        if new.mode.value != "event" or new.kind.value not in CONFIRMING_KINDS:
            continue
        if _WORK_BEGUN.search(new.sentence):
            continue
        if new.kind.value == "funding" and _MONEY_ANNOUNCED.search(new.sentence):
            continue
        reached = (frozenset(v for v in (new.quantity.low, new.quantity.high) if v is not None), new.quantity.per) if new.quantity else None
        for claim_id in _matching_pledges(index, {new.kind.value}, new.places, new.parties, content_tokens(new.sentence), published, first_published, reached=reached,
                                           article_words=article_words, sentence=new.sentence):
            out.setdefault((claim_id, Effect.CONFIRMS), Suggested(claim_id, Effect.CONFIRMS, new.quote, new.start, new.end))
    for new in extracted:
        for claim_id in _restated_later(index, new, published, first_published, article_words):
            out.setdefault((claim_id, Effect.DELAYS), Suggested(claim_id, Effect.DELAYS, new.quote, new.start, new.end, new.deadline))
    for cue in cues:
        effect = Effect(cue.effect)
        for claim_id in _matching_pledges(index, set(cue.kinds), cue.places, cue.parties, content_tokens(cue.sentence), published, first_published, cue.numbers,
                                           article_words=article_words, sentence=cue.sentence):
            deadline = cue.deadline if effect is Effect.DELAYS and cue.deadline and cue.deadline.date else None
            out.setdefault((claim_id, effect), Suggested(claim_id, effect, cue.sentence, cue.start, cue.end, deadline))
    return list(out.values())


def _restated_later(
    index: MergeIndex, new: Extracted, published: dt.date, first_published: dict[str, dt.date | None],
    article_words: frozenset[str] | None = None,
) -> list[str]:
    """Tracked pledges a later pledge restates with a date well after their deadline (see the module docstring).

    A pledge that names its company or programme is restated only by an article giving one of its names:
    without a word of delay, the name is what tells a restatement from another party's plan."""
    if new.mode.value != "pledge" or new.deadline is None or new.deadline.date is None or _FURTHER.search(new.sentence):
        return []
    tokens = content_tokens(new.sentence)
    subject = subject_words(tokens)
    if len(subject) < MIN_RESTATED_SUBJECT:
        return []
    later = new.deadline.date

    def restated(feat: Features) -> bool:
        return (
            feat.deadline is not None and (later - feat.deadline).days > RESTATED_LATER_DAYS
            and (article_words is None or not feat.names or bool(feat.names & article_words))
            and any(len(subject & subject_words(t)) >= MIN_RESTATED_SUBJECT for t, _, _ in feat.sources)
        )

    return _matching_pledges(index, {new.kind.value}, new.places, new.parties, tokens, published, first_published,
                             eligible=restated, article_words=article_words, sentence=new.sentence)
