"""Deciding whether a newly extracted claim is one already tracked, retold by another sentence or outlet.

Two statements are one claim when nothing structured sets them apart and their words agree:
the same kind and mode; the same quantity, deadline and places where both give one; the same
moment (a claim is retold within days or weeks of being made, or is dated explicitly to the
same day: "announced on June 21"); and enough content words in common. Retellings differ in
wording ("by year's end", "by the end of the year") but not in these facts, while two
agreements between the same countries differ in their dates.

``MergeIndex`` holds the features of every tracked claim, blocked by kind, mode and month, so
matching a new article against 50,000 claims compares it with a few dozen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tracker.extract.base import Anchor, Extracted
from tracker.extract.gazetteer import CITIES, NAMES, country_of
from tracker.extract.quantities import find_quantities

REGIONS = frozenset({"Europe"})

RETOLD_WITHIN_DAYS = {"pledge": 14, "event": 3}
"""How far apart two undated reports of one claim may be published (by mode)."""
EXPLICIT_SLACK_DAYS = 3
"""An explicitly dated statement ("on July 4") matches an undated report published up to this many days later."""
MIN_SIMILARITY = 0.45
MIN_SHARED = 2
MIN_SIMILARITY_SAME_SIGNING = 0.3
"""An agreement signed on the same day by the same parties needs fewer words in common: retellings
of a signing vary ("we signed a historic agreement" / "have signed an agreement enabling ...")."""
MIN_SIMILARITY_HEADLINE = 0.25
"""A headline is the article's own summary of its body: a body statement compatible in every fact
merges with the same article's headline claim on fewer words ("X plans Danish plant" / "Plant near
Odense to open by 1 December")."""
MIN_SIMILARITY_SAME_FIGURES = 0.3
MIN_SHARED_SAME_FIGURES = 3
"""A pledge with the same quantity and the same dated deadline is retold in other words ("two thousand
interceptors a day by the end of June" / "2,000 interceptor drones a day by the end of June"), and
may be retold weeks later ("Earlier, X wrote that Norway will spend 1.5 billion kroner this year"):
it needs fewer words in common and no nearness in time."""
MIN_SHARED_SUBJECT_LATER = 2
"""A pledge stands until it is kept or dropped, and outlets retell it for months ("X is set to build a fuel
plant in Denmark" in September, "X is building a fuel plant in Denmark" in October): a later pledge-wording
that shares this many subject words (names, products; not places, figures or kind words) and is as
similar as any retelling is the same pledge, however long after it was first reported."""
MIN_SIMILARITY_SAME_NAME = 0.25
MIN_SUBJECT_SAME_NAME = 2
SAME_NAME_WITHIN_DAYS = 3
"""Outlets retelling one announcement in the days after it vary their wording more than anything else
("KNDS announced the creation of a subsidiary in Ukraine" / "French Arms Maker KNDS Finalizes Plan to Create
Ukraine Subsidiary"); what stays is the name of who or what it is about. A pledge naming the claim's company
or programme (not just its speaker), sharing another subject word and reported within these days, needs fewer
words in common. Reports of done deals are left out: one company signs several deals on one day."""
MAX_SAME_DEADLINE = 32
"""A deadline (and figures) shared by more tracked pledges than this, such as the end of a year, does not on
its own make a pledge published months earlier a candidate; one shared by few does."""
MIN_SIMILARITY_FIGURE_TO_PLAN = 0.67
"""A statement giving a figure joins a claim none of whose sources gave one only when it restates it closely."""
MIN_SIMILARITY_SAME_ARTICLE = 0.6
"""Two sentences of one article are two claims unless one restates the other: an article tells a
story in steps ("ordered a plant", "production within 24 months", "a competence centre") whose words
overlap as much as two outlets' retellings of one claim do. Within an article a statement joins a claim
through one of the article's own sentences only when it repeats most of its words, gives the same
figures or dated deadline, or restates the article's headline."""

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[’'-])*|\d[\d,.]*")
_POSSESSIVE = re.compile(r"[’']s?$")
""""Turkey’s", "company's", "partners'": the possessive ending is no part of the word."""
_STOP = frozenset(
    """a an the and or of to in on at by for with from as is are was were be been being this that these those it its
    will would has have had not but also which who whom whose their there they he she we our his her i you your us
    than then so such into about after before over under between during while more most other new can could may
    might should shall must do does did said says say told announced according stated noted added reported
    president minister ministry head year years month months day days today end set plan plans planned plan
    first two three one some all any both each per just only now already soon very well like
    s t ’s 's""".split()
)
_SYNONYMS = {
    "launch": "open", "establish": "open", "creat": "open", "creation": "open", "start": "open", "begin": "open",
    "began": "open", "begun": "open", "build": "open", "built": "open", "opening": "open", "up": "",
    "production": "produc", "produce": "produc", "manufactur": "produc", "manufacturing": "produc", "output": "produc",
    "memorandum": "agreement", "deal": "agreement", "accord": "agreement", "mou": "agreement", "pact": "agreement",
    "treaty": "agreement", "contract": "agreement", "ink": "sign", "defence": "defense", "arm": "weapon",
    "manufacturer": "company", "enterprise": "company", "firm": "company", "compani": "company",
    "türkiye": "turkey", "turkish": "turkey",
    "centre": "center", "centres": "center", "daily": "day", "annually": "year", "annual": "year", "export": "export", "exporting": "export",
}


def word_stem(word: str) -> str:
    w = word.lower().strip("’'-.,")
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if len(w) > 4 + len(suffix) - 1 and w.endswith(suffix):
            if suffix == "es" and not w.endswith(("ses", "xes", "zes", "ches", "shes")):
                suffix, repl = "s", ""  # "drones" is "drone" and "lines" is "line", as "boxes" is "box"
            w = w[: -len(suffix)] + repl
            break
    return w


def _multi_word_names() -> dict[str, tuple[str, ...]]:
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in (*NAMES, *CITIES):
        if " " in name or "." in name:
            by_first[_WORD.match(name).group()].append(name)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in by_first.items()}


_MULTI_WORD_NAMES = _multi_word_names()
"""First word -> names of more than one word ("the United States", "U.K.", "New York"), read whole before
single words, so that "United States" is not read as "United" (Nations) and "States"."""
_NORMAL_FORMS = frozenset(_SYNONYMS.values())
_JOINT_PREFIX = re.compile(r"^co-?(?=[a-z]{5})")
""""co-production", "coproduction": the joint form of the act is the act ("joint production")."""


def content_tokens(sentence: str) -> frozenset[str]:
    """The words that carry a sentence's content, normalised so retellings share them."""
    tokens = set()
    skip_to = 0
    for match in _WORD.finditer(sentence):
        if match.start() < skip_to:
            continue
        longer = _MULTI_WORD_NAMES.get(match.group())
        if longer:
            name = next((n for n in longer if sentence.startswith(n, match.start())
                         and not sentence[match.start() + len(n):match.start() + len(n) + 1].isalnum()), None)
            if name:
                tokens.add((CITIES.get(name) or NAMES[name]).lower())
                if name in CITIES:
                    tokens.add(name.lower())
                skip_to = match.start() + len(name)
                continue
        word = _POSSESSIVE.sub("", match.group()) or match.group()
        place = word if word in CITIES else NAMES.get(word)
        if place:
            tokens.add(place.lower())
            if word in CITIES:
                tokens.add(CITIES[word].lower())  # "near Odense" retells "in Denmark"
            continue
        low = word.lower().strip("’'")
        if low in _STOP:
            continue
        if low[0].isdigit():
            tokens.add(low.rstrip(".,").replace(",", ""))  # "in 2023." is 2023
            continue
        stem = _SYNONYMS.get(low) or _SYNONYMS.get(word_stem(low)) or word_stem(low)
        if low[:2] == "co" and stem not in _NORMAL_FORMS and _JOINT_PREFIX.match(low):
            bare = _JOINT_PREFIX.sub("", low)
            stem = _SYNONYMS.get(bare) or _SYNONYMS.get(word_stem(bare)) or stem
        if stem and stem not in _STOP:
            tokens.add(stem)
    if _SCALED.search(sentence):
        # "£200mn", "200 million pounds", "two thousand": one token for the value as well.
        for quantity, _, _ in find_quantities(sentence):
            for value in (quantity.low, quantity.high):
                if value is not None:
                    tokens.add(f"{value:g}")
    return frozenset(tokens)


_SCALED = re.compile(r"\d\s*(?:k|m|mn|mln|bn|b|bln)\b|\b(?:thousand|million|billion|hundred)\b", re.I)
"""Numbers written with a scale word, whose digits alone do not give their value."""


_PLACE_TOKENS = frozenset(
    w.lower() for w in (*CITIES, *CITIES.values(), *NAMES.values())
)
_GENERIC_TOKENS = frozenset({"open", "produc", "agreement", "sign", "company", "defense", "weapon"})


@lru_cache(maxsize=1 << 18)
def subject_words(tokens: frozenset[str]) -> frozenset[str]:
    """What a statement is about beyond its place, its figures and its kind of act: two pledges for one
    city and one year ("open an office in X in 2033", "produce drones in X in 2033") share only those."""
    return frozenset(t for t in tokens if not t[0].isdigit() and t not in _PLACE_TOKENS and t not in _GENERIC_TOKENS)


_NAME = re.compile(r"\b[A-Z][\w&-]*[A-Za-z]")
"""A capitalised word that does not open its sentence: a name ("Fire Point", "Project Octopus")."""
_NOT_NAMES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday president minister ministry secretary ceo director general prime
    government parliament council defence defense forces armed army air force navy state department office agency
    authority business industry industries strategic deputy chief head official officials spokesperson i
    mr ms dr""".split()
)


@lru_cache(maxsize=1 << 16)
def proper_names(sentence: str) -> frozenset[str]:
    """The names a statement gives (companies, programmes, products; people too), lowercased, without places."""
    names = set()
    # "the United Kingdom", "New York": a place of several words is no name of a company or programme.
    sentence = _MULTI_WORD_PLACE.sub(lambda m: " " * len(m.group()), sentence)
    for match in _NAME.finditer(sentence):
        if not any(c.isalpha() for c in sentence[: match.start()]) and not _NAME_FIRST.match(sentence, match.end()):
            continue  # the sentence's first word is capitalised whatever it is, unless it is told of as a name
        word = _POSSESSIVE.sub("", match.group()) or match.group()
        if word in CITIES or word in NAMES:
            continue
        low = word.lower()
        if low not in _STOP and low not in _NOT_NAMES and low not in _PLACE_TOKENS:
            names.add(low)
    return frozenset(names)


_NAME_FIRST = re.compile(
    r"(?<!ion)(?<!ing)(?<!ment)(?<![sS])(?:,\s+(?:a|an|the)\s|[’']s\s"
    r"|\s+(?:has|is|will|plans|said|says|announced|signed|to)\s)"
)
"""A sentence's first word is a name when an appositive ("Roshel, a Canadian maker, ...") or a possessive follows it, or a
verb that tells what it did ("Babcock has announced"); common nouns that open sentences ("Production is", "Drones
will", "Investment has") end in -ion, -ing, -ment or a plural -s."""


_MULTI_WORD_PLACE = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in sorted({n for names in _MULTI_WORD_NAMES.values() for n in names}, key=len, reverse=True)) + r")\b"
)


_SEVERAL_SIGNED = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another|separate)\s+(?:[\w-]+\s+)?"
    r"(?:agreement|deal|contract|memorandum|document|declaration|letter)"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:[\w-]+\s+)?"
    r"(?:agreements|deals|contracts|memorand\w*|documents|declarations|letters))\b",
    re.I,
)


def one_of_several(sentence: str) -> bool:
    """True when a statement tells of several agreements signed together ("the third agreement regulates ...",
    "signed three deals", "in a separate deal"): that day's signing by those parties is not one agreement, so
    statements about it need a retelling's share of words to be one claim."""
    return _SEVERAL_SIGNED.search(sentence) is not None


def people_words(actor: str | None) -> frozenset[str]:
    """The words of a person's name that is a claim's actor, lowercased: a speaker is named in every sentence of a
    story and says nothing of what it is about. A person is told by a first name and a surname ("Olek Tarasenko");
    a one-word or all-capitals actor ("Renault", "KNDS") is a company, and its name is the subject."""
    words = (actor or "").split()
    if len(words) < 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return frozenset()
    return frozenset(w.lower() for w in words)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the shorter statement's content words found in the other (0..1)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def expand_places(places: Iterable[str]) -> frozenset[str]:
    """The countries of a statement's places ("Copenhagen" is Denmark); regions such as Europe left out."""
    return frozenset(country_of(p) or p for p in places if p not in REGIONS)


def places_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Statements about places agree when either names none or both name the same countries.

    "Offices in Berlin and Copenhagen" is not "facilities in Denmark", though both are in Denmark.
    """
    return not a or not b or a == b


def anchors_compatible(a: Anchor | None, b: Anchor | None, mode: str) -> bool:
    """True when two statements can be about the same moment (see the module docstring)."""
    if a is None or b is None:
        return True
    if a.explicit and b.explicit:
        return a.first <= b.last and b.first <= a.last
    if a.explicit or b.explicit:
        explicit, reported = (a, b) if a.explicit else (b, a)
        window_first = reported.first - dt.timedelta(days=EXPLICIT_SLACK_DAYS)
        return explicit.first <= reported.last and window_first <= explicit.last
    return abs((a.first - b.first).days) <= RETOLD_WITHIN_DAYS.get(mode, 3)


def _numbers(quantity: Mapping[str, Any] | None) -> tuple[frozenset[float], str | None] | None:
    if not quantity:
        return None
    named = frozenset(float(v) for v in (quantity.get("low"), quantity.get("high")) if v is not None)
    return named, quantity.get("per")


@dataclass
class Features:
    """What merging compares for one tracked claim."""

    claim_id: str
    kind: str
    mode: str
    places: frozenset[str]
    quantity: tuple[frozenset[float], str | None] | None
    deadline: dt.date | None
    parties: frozenset[str] = frozenset()
    sources: list[tuple[frozenset[str], Anchor | None, frozenset[str] | None]] = field(default_factory=list)
    """Per source: its content words, its anchor and its countries (None when not known yet)."""
    source_articles: list[str | None] = field(default_factory=list)
    """Per source (same order): the id of the article it comes from."""
    names: frozenset[str] = frozenset()
    """The names its sources give (``proper_names``)."""
    people: frozenset[str] = frozenset()
    """The words of its speakers' names (``people_words``)."""
    one_of_several: bool = False
    """Whether a source tells of several agreements signed together (``one_of_several``)."""


@dataclass(frozen=True)
class Probe:
    """The facts of a new statement that merging compares, worked out once per statement."""

    statement: Extracted
    tokens: frozenset[str]
    kind: str
    mode: str
    quantity: tuple[frozenset[float], str | None] | None
    deadline: dt.date | None
    places: frozenset[str]
    parties: frozenset[str]
    names: frozenset[str]
    """The names it gives, not its speaker's (``proper_names`` less ``people_words``)."""
    one_of_several: bool

    @classmethod
    def of(cls, new: Extracted, tokens: frozenset[str]) -> Probe:
        return cls(
            new, tokens, new.kind.value, new.mode.value,
            _numbers(new.quantity.model_dump() if new.quantity else None),
            new.deadline.date if new.deadline else None,
            expand_places(new.places), frozenset(new.parties),
            proper_names(new.sentence) - people_words(new.actor), one_of_several(new.sentence),
        )


def told_in_either_tense(kind: str, has_figures: bool) -> bool:
    """True for statements whose retellings may differ in mode: outlets reporting one sum of money in the same
    news cycle differ in tense ("EU transfers EUR 400 million" / "EUR 400 million will go to ..." / "has
    allocated EUR 400 million"); the sum, not the tense, is the fact. Such retellings must be published close
    together (``compatible``): weeks later, the done payment of a promised sum is news that confirms it.
    Openings too: "KNDS finalized the creation of a subsidiary" / "KNDS will create a subsidiary", told in the
    same days, when both name the company (``compatible`` checks the name)."""
    return (kind == "funding" and has_figures) or kind == "opening"


def tense_may_differ(probe: Probe, feat: Features) -> bool:
    """True when a statement may retell a claim of the other mode (``told_in_either_tense``): an opening, or
    the same sum."""
    if probe.kind != feat.kind or not told_in_either_tense(probe.kind, probe.quantity is not None):
        return False
    return probe.kind == "opening" or probe.quantity == feat.quantity


def facts_agree(probe: Probe, feat: Features) -> bool:
    """True when nothing structured sets a statement apart from a tracked claim: kind, mode, quantity,
    deadline (within a month), places and parties."""
    if probe.kind != feat.kind or (probe.mode != feat.mode and not tense_may_differ(probe, feat)):
        return False
    if probe.quantity is not None and feat.quantity is not None and probe.quantity != feat.quantity:
        return False
    if probe.deadline and feat.deadline and abs((probe.deadline - feat.deadline).days) > 31:
        return False
    if not places_compatible(probe.places, feat.places):
        return False
    parties = probe.parties
    if parties and feat.parties and not (parties <= feat.parties or feat.parties <= parties):
        return False  # "Norway and Ukraine signed" is not "Finland and Ukraine signed"
    return True


def compatible(
    probe: Probe, feat: Features, load: Callable[[Features], None] | None = None, *, headline: bool = False,
    article: str | None = None,
) -> float:
    """The similarity of a new statement to a tracked claim, or 0 when a fact sets them apart.

    ``load`` fills in the claim's per-source features; it runs only once the cheap facts agree.
    ``article``: the id of the statement's own article; its sentences already in the claim must be
    restated closely (``MIN_SIMILARITY_SAME_ARTICLE``) unless the claim is this article's headline.
    """
    if not facts_agree(probe, feat):
        return 0.0
    parties = probe.parties
    same_signing = (feat.kind == "agreement" and feat.mode == "event" and bool(parties & feat.parties)
                    and not feat.one_of_several and not probe.one_of_several)
    same_figures = (
        probe.quantity is not None and probe.quantity == feat.quantity
        and probe.deadline is not None and probe.deadline == feat.deadline
    )
    # A pledge retold with the same dated deadline ("in 2025" / "set to begin in 2025") may be retold
    # weeks after it was made; its words must still agree as much as any retelling's.
    same_deadline = probe.mode == "pledge" and probe.deadline is not None and probe.deadline == feat.deadline
    threshold = MIN_SIMILARITY_SAME_SIGNING if same_signing else MIN_SIMILARITY
    # The same sum of money without a date is retold in other words and weeks later too
    # ("London would contribute £200mn" / "the £200 million already committed").
    same_sum = (
        probe.kind == "funding" and probe.quantity is not None
        and probe.quantity == feat.quantity and probe.deadline is None and feat.deadline is None
    )
    # "Earlier, the ministry reported that Greece will allocate 90 million euros": a retelling with the
    # same figures, whenever it is published and even when it leaves the date out.
    retold_figures = probe.statement.retold and probe.quantity is not None and probe.quantity == feat.quantity
    if same_figures or same_sum or retold_figures:
        threshold = min(threshold, MIN_SIMILARITY_SAME_FIGURES)
    if headline:
        threshold = min(threshold, MIN_SIMILARITY_HEADLINE)
    elif probe.quantity is not None and feat.quantity is None and not same_deadline:
        # A figure ("could reach 2,000 a month") is a claim of its own beside the plan none of whose sources
        # gave one ("plan to jointly produce drones"); only a close restatement, or the same dated deadline
        # ("set to begin in 2025, with an investment of $95 million"), joins them.
        threshold = max(threshold, MIN_SIMILARITY_FIGURE_TO_PLAN)
    if load is not None:
        load(feat)
    # The claim's company or programme named again (not its speaker): see MIN_SIMILARITY_SAME_NAME.
    names_subject = bool(probe.names & (feat.names - feat.people))
    named = probe.mode == "pledge" and feat.mode == "pledge" and threshold <= MIN_SIMILARITY and names_subject
    if probe.mode != feat.mode and probe.kind == "opening" and not names_subject:
        return 0.0
    best = 0.0
    tokens = probe.tokens
    same_facts = (probe.quantity is not None and probe.quantity == feat.quantity) or (
        probe.deadline is not None and probe.deadline == feat.deadline)
    other_tense = probe.mode != feat.mode
    for i, (source_tokens, anchor, _) in enumerate(feat.sources):
        shared = len(tokens & source_tokens)
        if shared < MIN_SHARED:
            continue  # every way of being the same claim below shares at least this many words
        if other_tense and (probe.statement.anchor is None or anchor is None
                            or not anchors_compatible(probe.statement.anchor, anchor, "event")):
            continue  # another tense retells only within a news cycle both are known to be in
        own = article is not None and i < len(feat.source_articles) and feat.source_articles[i] == article
        if own and not (headline or same_facts or same_signing or probe.statement.retold):
            close = similarity(tokens, source_tokens) >= MIN_SIMILARITY_SAME_ARTICLE and shared >= MIN_SHARED
            # or it names the same thing again: three subject words ("solid rocket fuel") and as similar as a retelling
            close = close or (similarity(tokens, source_tokens) >= MIN_SIMILARITY and len(
                subject_words(tokens) & subject_words(source_tokens)) >= MIN_SHARED_SAME_FIGURES)
            if close and anchors_compatible(probe.statement.anchor, anchor, feat.mode):
                score = similarity(tokens, source_tokens)
                if score >= threshold:
                    best = max(best, score)
            continue
        if (same_figures or same_sum or retold_figures) and shared >= MIN_SHARED_SAME_FIGURES:
            pass  # the figures (and the date) make it the same pledge, whenever it is retold
        elif same_deadline and len(subject_words(tokens) & subject_words(source_tokens)) >= MIN_SHARED_SAME_FIGURES:
            pass
        elif probe.mode == "pledge" and shared >= MIN_SHARED_SAME_FIGURES and len(
                subject_words(tokens) & subject_words(source_tokens)) >= MIN_SHARED_SUBJECT_LATER:
            pass
        elif not anchors_compatible(probe.statement.anchor, anchor, feat.mode) or shared < MIN_SHARED:
            continue
        score = similarity(tokens, source_tokens)
        if score < threshold and not (named and score >= MIN_SIMILARITY_SAME_NAME and _close_in_time(
                probe.statement.anchor, anchor, SAME_NAME_WITHIN_DAYS) and len(
                subject_words(tokens) & subject_words(source_tokens)) >= MIN_SUBJECT_SAME_NAME):
            continue
        best = max(best, score)
    return best


def _close_in_time(a: Anchor | None, b: Anchor | None, days: int) -> bool:
    """True when both moments are known and at most ``days`` apart."""
    return a is not None and b is not None and a.first <= b.last + dt.timedelta(days=days) and b.first <= a.last + dt.timedelta(days=days)


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


class MergeIndex:
    """Features of tracked claims, blocked by (kind, mode, month), for finding the claim a statement retells."""

    def __init__(self, anchor_of: Callable[[str, str], Anchor | None]) -> None:
        self._anchor_of = anchor_of
        """(article id, quote) -> the anchor of that source; computed lazily for stored claims."""
        self._features: dict[str, Features] = {}
        self._pending: dict[str, list[tuple[str, str]]] = {}
        self._blocks: dict[tuple[str, str, int | None], set[str]] = defaultdict(set)
        self._by_deadline: dict[tuple[str, str, dt.date, Any], set[str]] = defaultdict(set)
        """(kind, mode, deadline, figures) -> ids: a pledge is retold months after it was made, with its deadline
        and its figures (or none)."""
        self._pledges: dict[tuple[str, str | None], set[str]] = defaultdict(set)
        """(kind, country or None for a pledge naming none) -> pledge ids, for proposals."""

    def add_doc(self, doc: Mapping[str, Any], month_of_article: Mapping[str, int | None]) -> None:
        """Index a stored claim document; its anchors are worked out only if it is ever a candidate."""
        deadline = (doc.get("deadline") or {}).get("date")
        feat = Features(
            claim_id=doc["id"],
            kind=doc.get("kind", "other"),
            mode=doc.get("mode", "pledge"),
            places=expand_places(doc.get("places") or ()),
            quantity=_numbers(doc.get("quantity")),
            deadline=dt.date.fromisoformat(deadline) if deadline else None,
            parties=frozenset(doc.get("parties") or ()),
            people=people_words(doc.get("actor")),
        )
        self._features[feat.claim_id] = feat
        self._index_pledge(feat)
        self._index_deadline(feat)
        pending = []
        for source in doc.get("sources") or ():
            pending.append((source.get("article", ""), source.get("quote", "")))
            self._blocks[(feat.kind, feat.mode, month_of_article.get(source.get("article", "")))].add(feat.claim_id)
        self._pending[feat.claim_id] = pending

    def add_extracted(
        self, claim_id: str, new: Extracted, tokens: frozenset[str], *, created: bool, article: str | None = None
    ) -> None:
        """Record a statement of ``article`` just merged into (or creating) ``claim_id``."""
        feat = self._features.get(claim_id)
        if feat is None or created:
            feat = Features(
                claim_id=claim_id,
                kind=new.kind.value,
                mode=new.mode.value,
                places=frozenset(),
                quantity=None,
                deadline=None,
            )
            self._features[claim_id] = feat
            self._pending.setdefault(claim_id, [])
        self._load(feat)
        feat.places = feat.places | expand_places(new.places)
        feat.parties = feat.parties | frozenset(new.parties)
        if feat.quantity is None and new.quantity is not None:
            feat.quantity = _numbers(new.quantity.model_dump())
        if feat.deadline is None and new.deadline is not None and new.deadline.date is not None:
            feat.deadline = new.deadline.date
        feat.sources.append((tokens, new.anchor, expand_places(new.places)))
        feat.source_articles.append(article)
        feat.names = feat.names | proper_names(new.sentence)
        feat.people = feat.people | people_words(new.actor)
        feat.one_of_several = feat.one_of_several or one_of_several(new.sentence)
        self._index_pledge(feat)
        self._index_deadline(feat)
        month = _month(new.anchor.first) if new.anchor else None
        self._blocks[(feat.kind, feat.mode, month)].add(claim_id)

    def add_restatement(self, claim_id: str, tokens: frozenset[str], anchor: Anchor | None, article: str) -> None:
        """Record a further sentence of ``article`` found to restate ``claim_id`` (``extract.restate``)."""
        feat = self.features(claim_id)
        feat.sources.append((tokens, anchor, None))
        feat.source_articles.append(article)

    def _load(self, feat: Features) -> None:
        for article_id, quote in self._pending.pop(feat.claim_id, ()):
            from tracker.extract.claims import places_in

            feat.sources.append((content_tokens(quote), self._anchor_of(article_id, quote), expand_places(places_in(quote))))
            feat.source_articles.append(article_id)
            feat.names = feat.names | proper_names(quote)
            feat.one_of_several = feat.one_of_several or one_of_several(quote)

    def candidates(self, new: Extracted, published: dt.date | None) -> set[str]:
        kind, mode = new.kind.value, new.mode.value
        if new.anchor is None or published is None:
            return {cid for (k, m, _), ids in self._blocks.items() if k == kind and m == mode for cid in ids}
        first = min(new.anchor.first, published) - dt.timedelta(days=62)
        last = published + dt.timedelta(days=62)
        found = set(self._blocks.get((kind, mode, None), ()))
        for month in range(_month(first), _month(last) + 1):
            found |= self._blocks.get((kind, mode, month), set())
        if told_in_either_tense(kind, new.quantity is not None):
            # The other tense retells only within the news cycle (``compatible``): the months around it suffice.
            other = "event" if mode == "pledge" else "pledge"
            cycle = dt.timedelta(days=RETOLD_WITHIN_DAYS["event"])
            for month in range(_month(new.anchor.first - cycle), _month(max(new.anchor.last, published) + cycle) + 1):
                found |= self._blocks.get((kind, other, month), set())
        if new.deadline is not None and new.deadline.date is not None:
            figures = _numbers(new.quantity.model_dump()) if new.quantity else None
            same_date = self._by_deadline.get((kind, mode, new.deadline.date, figures), set())
            if len(same_date) <= MAX_SAME_DEADLINE:
                found |= same_date
        return found

    def _index_deadline(self, feat: Features) -> None:
        if feat.deadline is not None:
            self._by_deadline[(feat.kind, feat.mode, feat.deadline, feat.quantity)].add(feat.claim_id)

    def best_match(
        self, new: Extracted, tokens: frozenset[str], published: dt.date | None, headlines: frozenset[str] = frozenset(),
        article: str | None = None,
    ) -> str | None:
        """The id of the tracked claim this statement retells, or None for a new claim.

        ``headlines``: claims first stated by the headline of the statement's own article;
        ``article``: the id of that article."""
        best_id, best_score = None, 0.0
        probe = Probe.of(new, tokens)
        for claim_id in sorted(self.candidates(new, published)):
            score = compatible(probe, self._features[claim_id], self._load, headline=claim_id in headlines, article=article)
            if score > best_score:
                best_id, best_score = claim_id, score
        return best_id

    def referent(self, new: Extracted, claim_id: str) -> bool:
        """True when a statement that names its subject only by reference ("The enterprise should start
        work in the third quarter") can be about ``claim_id``, its article's latest claim of its kind."""
        feat = self._features.get(claim_id)
        return feat is not None and facts_agree(Probe.of(new, frozenset()), feat)

    def peek(self, claim_id: str) -> Features:
        """A claim's claim-level features, without working out its per-source ones."""
        return self._features[claim_id]

    def features(self, claim_id: str) -> Features:
        feat = self._features[claim_id]
        self._load(feat)
        return feat

    def _index_pledge(self, feat: Features) -> None:
        if feat.mode != "pledge":
            return
        countries = feat.places | feat.parties
        for country in countries or (None,):
            self._pledges[(feat.kind, country)].add(feat.claim_id)

    def pledges(self, kinds: Iterable[str], countries: Iterable[str] | None) -> list[str]:
        """Ids of tracked pledges of these kinds that name one of these countries, or none at all;
        every pledge of these kinds when ``countries`` is None."""
        found: set[str] = set()
        if countries is None:
            wanted = set(kinds)
            for (kind, _country), ids in self._pledges.items():
                if kind in wanted:
                    found |= ids
            return sorted(found)
        for kind in kinds:
            for country in (*countries, None):
                found |= self._pledges.get((kind, country), set())
        return sorted(found)
