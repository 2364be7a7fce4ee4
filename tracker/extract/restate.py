"""Restatements: an article's headline, subheadings and bullets that state a claim its body states.

A news page states its main claim more than once: the headline, a subheading or a bullet says in
few words what a body sentence says in full ("X plans to build drones with Y" / "X is preparing to
launch a joint drone production project with Y ..."). The sentence-level rules cite the body
sentence; this pass attaches the headline-like units that restate it as further sources of that
claim. Only the claims the article itself states are candidates.

A unit restates a claim when nothing it gives sets it apart and its words are the claim's words:

- it is a title, subheading or bullet (body sentences retell a story too loosely, sentence after
  sentence, for their words alone to tell a restatement from the next claim of the story);
- it holds the act of the claim's kind ("open", "produce", "export", "sign"/"agree", "fund") as a
  verb, not as the topic of an interview headline ("the CEO on building vehicles");
- it negates nothing ("will not reach the target" is a status report or another claim);
- every figure it gives is one of the claim's sources' figures, every country it names is one the
  claim names, and a deadline it gives is the claim's (within a month);
- at least ``MIN_SHARED_CLOSE`` of its content words, and ``MIN_CLOSE_SHARE`` of them, are one
  source's words, including ``MIN_SUBJECT_HEADLINE`` subject word (not a place, figure or kind of
  act); or it gives one of the claim's names (a company, a programme; not its speaker), shares
  ``MIN_SHARED_SUBJECT`` subject words with a source and is mostly made of its words;
- one claim is clearly its best match (a unit as close to two claims is left alone).

Precision first: a unit attached to the wrong claim merges two claims' sources, which costs more
than a restatement left out. Delay and denial cues of the article are never restatements.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from tracker.extract.dates import find_deadline
from tracker.extract.gazetteer import country_of, find_names
from tracker.extract.merge import content_tokens, similarity, subject_words
from tracker.extract.noise import drop_noise
from tracker.extract.sentences import Unit, split_units

MIN_SIMILARITY = 0.5
MIN_SHARED_SUBJECT = 2
MIN_WORDS = 4
MIN_OWN_SHARE = 0.5
"""Share of the sentence's own content words that must be the claim's: a sentence that names the claim's
subject in passing ("... such as the X missiles") while telling something else is no restatement."""
SAME_DEADLINE_DAYS = 31
MIN_CLOSE_SHARE = 0.7
MIN_SHARED_CLOSE = 3
MIN_SUBJECT_HEADLINE = 1
"""A headline at least this much of whose content words (and this many, with this many subject words) are one
source's restates it, named or not."""
KIND_WORDS = {
    "opening": frozenset({"open"}), "export": frozenset({"export"}), "production_target": frozenset({"produc"}),
    "agreement": frozenset({"agreement", "sign", "agre", "agree"}), "funding": frozenset({"fund"}),
}
"""The normalised words (``merge.content_tokens``) a sentence must contain to state that kind of claim."""
HEADLINE_UNITS = ("title", "heading", "bullet")
GERUND = re.compile(r"ing\W*$", re.I)
NEGATION = re.compile(r"\b(?:not|no|never|nor)\b|n[’']t\b", re.I)
CLEAR_MARGIN = 0.1
"""The best claim must be this much more similar than the next one."""

_WORDS = re.compile(r"[^\W\d_][\w&-]*[^\W_]|[^\W\d_]")
_NUMBER = re.compile(r"^\d")


@dataclass(frozen=True)
class Target:
    """What a restatement is compared with: one claim's sources."""

    claim_id: str
    sources: tuple[frozenset[str], ...]
    """The content words of each of its sources."""
    names: frozenset[str]
    """The names its sources give (``merge.proper_names``), lowercased."""
    countries: frozenset[str]
    """The countries its sources name as places or parties."""
    kind: str
    deadline: dt.date | None
    people: frozenset[str] = frozenset()
    """Words of the names of people (its actor): a speaker is named in every sentence of the story, and
    alone says nothing about what a sentence is about."""


@dataclass(frozen=True)
class Restatement:
    claim_id: str
    quote: str
    start: int
    end: int
    tokens: frozenset[str]


def candidate_units(text: str, taken: Iterable[tuple[int, int]]) -> list[Unit]:
    """The article's own headline-like units (scraped noise left out) that no cited span overlaps."""
    spans = sorted(taken)
    out = []
    for unit in drop_noise(split_units(text)):
        if any(s < unit.end and unit.start < e for s, e in spans):
            continue
        if unit.kind not in HEADLINE_UNITS:
            continue  # see the module docstring: body sentences retell too loosely to be told apart by their words
        if len(unit.text.split()) < MIN_WORDS or unit.text.rstrip().endswith("?"):
            continue
        out.append(unit)
    return out


def _figures(tokens: frozenset[str]) -> frozenset[str]:
    return frozenset(t for t in tokens if _NUMBER.match(t))


def _score(
    tokens: frozenset[str], acts: frozenset[str], words: frozenset[str], countries: frozenset[str],
    deadline: dt.date | None, target: Target,
) -> float:
    if not KIND_WORDS.get(target.kind, frozenset()) & acts:
        return 0.0  # "Introduction of the X missiles" names an export pledge's products but states no export
    if deadline is not None and (target.deadline is None or abs((deadline - target.deadline).days) > SAME_DEADLINE_DAYS):
        return 0.0
    figures = _figures(tokens)
    if figures and not figures <= frozenset().union(*target.sources):
        return 0.0
    if countries and not countries <= target.countries:
        return 0.0
    subject = subject_words(tokens)
    named = bool((target.names - target.people) & words)
    best = 0.0
    for source in target.sources:
        shared = len(tokens & source)
        subjects = len(subject & subject_words(source))
        # Made of one source's words ("X plans Y" after "X plans Y, the minister said"), named or not.
        close = shared >= MIN_SHARED_CLOSE and shared >= MIN_CLOSE_SHARE * len(tokens) and subjects >= MIN_SUBJECT_HEADLINE
        # Or naming the claim's subject (a company, a programme) and mostly in its words.
        retold = (named and subjects >= MIN_SHARED_SUBJECT and shared >= MIN_OWN_SHARE * len(tokens)
                  and similarity(tokens, source) >= MIN_SIMILARITY)
        if close or retold:
            best = max(best, similarity(tokens, source))
    return best


def countries_of(sentence: str) -> frozenset[str]:
    """The countries a sentence names (cities as their country), organisations left out."""
    return frozenset(country_of(n) or n for n, kind, _, _ in find_names(sentence) if kind != "org")


def restatements(units: Iterable[Unit], targets: list[Target], published: dt.date | None) -> list[Restatement]:
    """The units that restate one of ``targets``, each with the claim it restates (see the module docstring)."""
    found = []
    for unit in units:
        if NEGATION.search(unit.text):
            continue  # "will not reach the target": a status report or another claim, never a restatement
        tokens = content_tokens(unit.text)
        words = frozenset(w.lower() for w in _WORDS.findall(unit.text))
        countries = countries_of(unit.text)
        # The act as a verb: "X to build drones", not the topic of an interview ("the CEO on building drones").
        acts = content_tokens(" ".join(w for w in unit.text.split() if not GERUND.search(w)))
        dated = find_deadline(unit.text, published)
        deadline = dated.date if dated is not None else None
        scored = sorted(((_score(tokens, acts, words, countries, deadline, t), t.claim_id) for t in targets), reverse=True)
        if not scored or scored[0][0] == 0.0:
            continue
        if len(scored) > 1 and scored[1][0] > scored[0][0] - CLEAR_MARGIN:
            continue
        found.append(Restatement(scored[0][1], unit.text, unit.start, unit.end, tokens))
    return found
