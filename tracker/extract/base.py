"""The extractor interface: what any extractor (rules today, a model later) takes and returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from tracker.models import Deadline, Kind, Mode, Quantity


@dataclass(frozen=True)
class ArticleText:
    """What an extractor reads: the article's text and its publication date (None when unknown)."""

    text: str
    published: dt.date | None


@dataclass
class Anchor:
    """When a claim was made or happened: an explicit date in its sentence, else the publication date."""

    first: dt.date
    last: dt.date
    explicit: bool


@dataclass
class Extracted:
    """One claim as stated by one unit of one article, before merging with claims already tracked."""

    kind: Kind
    mode: Mode
    text: str
    """The claim in one line."""
    quote: str
    """The exact text cited (the sentence, extended to the attribution of a quotation)."""
    start: int
    end: int
    """Offsets of ``quote`` in the article's text."""
    sentence: str
    """The sentence that states the claim (what merging and proposals compare)."""
    actor: str | None = None
    places: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    quantity: Quantity | None = None
    deadline: Deadline | None = None
    event_date: str | None = None
    anchor: Anchor | None = None
    headline: bool = False
    """True when stated by the article's title or a subheading."""
    kinds: frozenset[str] = frozenset()
    """Every kind of predicate seen in the sentence ("begin exporting and opening lines" is export and opening)."""
    retold: bool = False
    """True when the sentence says it retells an earlier report ("Earlier, X reported that ...")."""
    refers_back: bool = False
    """True when it names what it speaks of only by reference ("The enterprise should start work in
    the third quarter"): it is about the claim of its kind its article stated just before."""


@dataclass(frozen=True)
class StatusCue:
    """A unit of a later article that may confirm, delay or contradict a tracked pledge."""

    effect: str
    """"confirms", "delays" or "contradicts"."""
    sentence: str
    start: int
    end: int
    kinds: frozenset[str]
    places: list[str]
    deadline: Deadline | None
    parties: list[str] = field(default_factory=list)
    numbers: frozenset[float] = frozenset()
    """Every number the unit gives ("the target of 2,000 a day"): a pledge with figures must be among them."""


class Extractor(Protocol):
    """Turns an article into the claims it states and the status cues it holds."""

    def extract(self, article: ArticleText) -> list[Extracted]: ...

    def describe(self, article: ArticleText, start: int, end: int) -> Extracted:
        """The claim of the sentences covering ``start:end``, which a person chose to track."""
        ...

    def status_cues(self, article: ArticleText) -> list[StatusCue]: ...
