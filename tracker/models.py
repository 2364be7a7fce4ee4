"""The domain: articles, claims, their sources, status changes and proposals.

Every document that goes into or comes out of the store passes through these models,
so a malformed ``claims.json`` is caught here rather than deep inside a command.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Kind(StrEnum):
    """What sort of promise or fact a claim is."""

    OPENING = "opening"
    PRODUCTION_TARGET = "production_target"
    AGREEMENT = "agreement"
    EXPORT = "export"
    FUNDING = "funding"
    OTHER = "other"


class Mode(StrEnum):
    """Whether a claim promises something for later or reports it as done."""

    PLEDGE = "pledge"
    EVENT = "event"


class Status(StrEnum):
    """Where a claim stands; ``overdue`` is also derived from the deadline (see ``tracker.status``)."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    PARTIAL = "partial"
    REFUTED = "refuted"
    OVERDUE = "overdue"


class Effect(StrEnum):
    """What a later article says about a tracked claim."""

    CONFIRMS = "confirms"
    CONTRADICTS = "contradicts"
    DELAYS = "delays"


class ProposalState(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


Precision = Literal["day", "month", "quarter", "year"]
Per = Literal["day", "week", "month", "year"]


class Model(BaseModel):
    """Base for every stored model: unknown keys are refused so typos in the file surface."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Article(Model):
    id: str
    """Short stable id, derived from the sha256 of the bytes as added."""
    path: str
    """File name under ``sources/``."""
    sha256: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    """Publication date; unknown dates leave relative deadlines unresolved."""
    added_at: dt.datetime


class Quantity(Model):
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    """The counted thing or currency, e.g. "interceptor drones" or "EUR"."""
    per: Per | None = None
    """The rate period, for "per day", "annually" and the like."""

    def describe(self) -> str:
        """The quantity for people: "600-800 interceptor drones per day", "up to 4,000,000 drones"."""
        low, high = self.low, self.high
        if low is not None and low == high:
            amount = f"{low:,}"
        elif low is not None and high is not None:
            amount = f"{low:,}-{high:,}"
        elif low is not None:
            amount = f"at least {low:,}"
        elif high is not None:
            amount = f"up to {high:,}"
        else:
            amount = "?"
        per = f" per {self.per}" if self.per else ""
        return f"{amount} {self.unit or ''}".strip() + per

    @field_validator("low", "high")
    @classmethod
    def _whole_numbers_as_int(cls, value: float | None) -> float | None:
        # 600.0 -> 600 keeps the file and the exports readable.
        if value is not None and float(value).is_integer():
            return int(value)
        return value


class Deadline(Model):
    date: dt.date | None = None
    """The last day on which the claim can still be met; None for "soon" and the like."""
    text: str
    """The phrase as written, e.g. "by the end of November"."""
    precision: Precision | None = None


class Source(Model):
    article: str
    """Article id."""
    quote: str
    """The exact sentence that states the claim."""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    """Character offsets of the quote in the article's text."""
    by_hand: bool = Field(default=False, exclude_if=lambda value: not value)
    """True when a person chose this sentence (``tracker track``): a rebuild keeps it in its claim, even where
    extraction does not read it."""


class Evidence(Model):
    article: str | None = None
    quote: str | None = None
    url: str | None = None


class Change(Model):
    """One entry in a claim's history."""

    at: dt.datetime
    status: Status | None = None
    """The status set by this change; None for a change that only adds a note or a source."""
    by: str = "user"
    note: str | None = None
    evidence: Evidence | None = None
    effect: Effect | None = None
    """Set when the change came from accepting a proposal."""


class Note(Model):
    at: dt.datetime
    text: str
    by: str = "user"


class Claim(Model):
    id: str
    """Short id that stays with the claim across re-extraction, so statuses and notes stay attached."""
    kind: Kind = Kind.OTHER
    mode: Mode = Mode.PLEDGE
    text: str
    actor: str | None = None
    places: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    quantity: Quantity | None = None
    deadline: Deadline | None = None
    event_date: str | None = None
    """When an event happened, as precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD."""
    sources: list[Source] = Field(default_factory=list)
    status: Status = Status.PENDING
    """The status a person set; see ``tracker.status.effective_status`` for what to show."""
    history: list[Change] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    created_at: dt.datetime | None = None
    # Corrections by a person (``tracker.corrections``). Left out of the file while unset, so
    # databases written before they existed load, and read back byte for byte.
    dismissed: bool = Field(default=False, exclude_if=lambda value: not value)
    """True when a person said this is no trackable claim (an extraction error): kept, but left out of lists and exports."""
    absorbed: list[str] = Field(default_factory=list, exclude_if=lambda value: not value)
    """Ids of the claims a person merged into this one; a rebuild collapses their retellings back into it."""
    edited: list[str] = Field(default_factory=list, exclude_if=lambda value: not value)
    """The facts a person set by hand (``tracker edit``: "kind", "deadline", ...); a rebuild keeps them."""
    by_hand: bool = Field(default=False, exclude_if=lambda value: not value)
    """True when a person tracked this claim from a sentence extraction missed (``tracker track``): its facts are
    theirs, and a rebuild keeps them."""

    @field_validator("event_date")
    @classmethod
    def _partial_iso_date(cls, value: str | None) -> str | None:
        if value is None:
            return value
        parts = value.split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"event_date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        # Refuses impossible dates such as 2025-02-30.
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
        return value

    def fill_in_facts(self, other: Any) -> None:
        """Take the facts this claim's own sources did not give from ``other``, a retelling of it (another
        claim, or a statement just extracted: anything with these fields): a dated deadline, a quantity,
        an actor, an event date, and places and parties it does not name yet."""
        if other.deadline is not None and (self.deadline is None or (self.deadline.date is None and other.deadline.date)):
            self.deadline = other.deadline
        if self.quantity is None and other.quantity is not None:
            self.quantity = other.quantity
        if self.actor is None and other.actor:
            self.actor = other.actor
        if self.event_date is None and other.event_date:
            self.event_date = other.event_date
        self.places = self.places + [p for p in other.places if p not in self.places]
        self.parties = self.parties + [p for p in other.parties if p not in self.parties]

    @property
    def last_change(self) -> dt.datetime | None:
        """When the claim last changed, for sorting and display."""
        stamps = [c.at for c in self.history] + [n.at for n in self.notes]
        if self.created_at:
            stamps.append(self.created_at)
        return max(stamps, default=None)


class Proposal(Model):
    """A status change suggested by a later article, waiting for a person."""

    id: str
    claim: str
    article: str
    effect: Effect
    quote: str
    start: int | None = None
    end: int | None = None
    new_deadline: Deadline | None = None
    state: ProposalState = ProposalState.OPEN
    created_at: dt.datetime
    settled_at: dt.datetime | None = None


PROPOSAL_STATUS = {
    Effect.CONFIRMS: Status.CONFIRMED,
    Effect.CONTRADICTS: Status.REFUTED,
    Effect.DELAYS: Status.PENDING,
}
"""The status a claim takes when a proposal with this effect is accepted."""
