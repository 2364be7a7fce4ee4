"""A person correcting what extraction got wrong: two claims that are one, a claim that is none.

``merge`` folds one claim into another (sources, notes, tags, history, proposals);
``dismiss`` keeps a claim with its history but leaves it out of lists, exports and the
dashboard; ``restore`` takes it back; ``edit`` sets the facts extraction got wrong. Each is
one journaled transaction, so ``tracker undo`` reverts it whole. ``tracker.ingest.rebuild``
keeps these corrections (``Claim.absorbed``, ``Claim.dismissed`` and ``Claim.edited`` tell it
what a person did). ``similar_claims`` finds what a person may want
to merge: claims automatic merging kept apart though they read alike.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from dataclasses import dataclass

from tracker.errors import BadInput
from tracker.extract.merge import MIN_SHARED, content_tokens, people_words, similarity, subject_words
from tracker.models import Change, Claim, Deadline, Kind, Mode, ProposalState, Quantity, Status
from tracker.store import Store
from tracker.text import one_line


def absorb_facts(keep: Claim, other: Claim) -> None:
    """Give ``keep`` the sources (no duplicates) and the facts its own sources did not give."""
    spans = {(s.article, s.start, s.end) for s in keep.sources}
    keep.sources = keep.sources + [s for s in other.sources if (s.article, s.start, s.end) not in spans]
    keep.fill_in_facts(other)


def merge(store: Store, keep_id: str, other_id: str, *, note: str | None = None, by: str = "user") -> Claim:
    """Fold claim ``other_id`` into ``keep_id`` (the same claim, told twice); returns the kept claim.

    The kept claim takes the other's sources, notes, tags and history (in time order), and its
    status when the kept one is still pending and a person had set the other's. The other's
    proposals move to the kept claim; the other claim is removed.
    """
    if note is not None and not note.strip():
        note = None
    with store.transaction(f"merge {other_id} into {keep_id}"):
        keep, other = store.claim(keep_id), store.claim(other_id)
        if keep.id == other.id:
            raise BadInput(f"cannot merge claim {keep.id} into itself")
        now = store.clock()
        absorb_facts(keep, other)
        keep.notes = sorted(keep.notes + other.notes, key=lambda n: n.at)
        keep.tags = keep.tags + [t for t in other.tags if t not in keep.tags]
        # Stable sort: on equal times the kept claim's own entries come first.
        keep.history = sorted(keep.history + other.history, key=lambda c: c.at)
        keep.absorbed = keep.absorbed + [i for i in (*other.absorbed, other.id) if i not in keep.absorbed]
        what = f"merged claim {other.id} into this one: “{one_line(other.text, 200)}”"
        change = Change(at=now, by=by)
        if keep.status is Status.PENDING and other.status is not Status.PENDING:
            keep.status = other.status
            what += f"; took its status {other.status.value}"
            change.status = other.status
            settled = next((c for c in reversed(other.history) if c.status is other.status), None)
            change.evidence = settled.evidence if settled else None
        change.note = what + (f"; {note}" if note else "")
        keep.history = keep.history + [change]
        _move_proposals(store, other.id, keep.id)
        store.delete_claim(other.id)
        store.save_claim(keep)
    return keep


def _move_proposals(store: Store, old: str, new: str) -> None:
    """Point the proposals on claim ``old`` at ``new``; an open one the kept claim already has goes."""
    proposals = store.proposals()
    have = {(p.article, p.effect) for p in proposals if p.claim == new}
    for proposal in proposals:
        if proposal.claim != old:
            continue
        if proposal.state is ProposalState.OPEN and (proposal.article, proposal.effect) in have:
            store.delete_proposal(proposal.id)
            continue
        proposal.claim = new
        have.add((proposal.article, proposal.effect))
        store.save_proposal(proposal)


def dismiss(store: Store, claim_id: str, *, note: str | None = None, by: str = "user") -> Claim:
    """Mark a claim as no trackable claim (an extraction error); it stays, with its history."""
    return _set_dismissed(store, claim_id, True, "dismissed: not a trackable claim", note, by)


def restore(store: Store, claim_id: str, *, note: str | None = None, by: str = "user") -> Claim:
    """Take a dismissed claim back into the lists and exports."""
    return _set_dismissed(store, claim_id, False, "restored: a trackable claim again", note, by)


def _set_dismissed(store: Store, claim_id: str, dismissed: bool, what: str, note: str | None, by: str) -> Claim:
    with store.transaction(f"{'dismiss' if dismissed else 'restore'} {claim_id}"):
        claim = store.claim(claim_id)
        if claim.dismissed == dismissed:
            raise BadInput(f"claim {claim.id} is already dismissed (`tracker restore {claim.id}` takes it back)"
                           if dismissed else f"claim {claim.id} is not dismissed")
        claim.dismissed = dismissed
        reason = note.strip() if note and note.strip() else None
        claim.history.append(Change(at=store.clock(), by=by, note=what + (f"; {reason}" if reason else "")))
        store.save_claim(claim)
    return claim


# ------------------------------------------------------------------ editing facts

EDITABLE = ("kind", "mode", "text", "actor", "deadline", "quantity")
"""The facts of a claim a person may set by hand (``edit``)."""
CLEAR = "none"
"""What a person writes to take a deadline, a quantity or an actor away."""


def deadline_from(value: str) -> Deadline | None:
    """A deadline as a person writes it: YYYY, YYYY-MM or YYYY-MM-DD (the last day of that period), or "none"."""
    value = value.strip()
    if value.lower() == CLEAR:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value)
    try:
        if match is None:
            raise ValueError
        year, month, day = (int(g) if g else None for g in match.groups())
        if day is not None:
            return Deadline(date=dt.date(year, month, day), text=value, precision="day")  # type: ignore[arg-type]
        if month is not None:
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            dt.date(year, month, 1)  # refuses month 13
            return Deadline(date=following - dt.timedelta(days=1), text=value, precision="month")
        return Deadline(date=dt.date(year, 12, 31), text=value, precision="year")
    except ValueError:
        raise BadInput(f"deadline {value!r} is not a date; use YYYY-MM-DD, YYYY-MM, YYYY or {CLEAR}") from None


def quantity_from(value: str) -> Quantity | None:
    """A quantity as a person writes it ("600-800 interceptor drones per day", "EUR 1.2 billion"), or "none"."""
    if value.strip().lower() == CLEAR:
        return None
    from tracker.extract.quantities import find_quantity

    found = find_quantity(value)
    if found is None:
        raise BadInput(f"no quantity in {value!r}; write it as the news would, e.g. '600-800 drones per day' or 'EUR 1.2 billion'")
    return found


def edit(
    store: Store,
    claim_id: str,
    *,
    kind: Kind | None = None,
    mode: Mode | None = None,
    text: str | None = None,
    actor: str | None = None,
    deadline: str | None = None,
    quantity: str | None = None,
    note: str | None = None,
    by: str = "user",
) -> Claim:
    """Set facts of a claim that extraction got wrong; each change goes into its history, old value and new.

    ``deadline``, ``quantity`` and ``actor`` are written as a person would (``deadline_from``,
    ``quantity_from``); "none" takes them away. A rebuild keeps what was set (``Claim.edited``).
    """
    wanted: dict[str, object] = {}
    if kind is not None:
        wanted["kind"] = kind
    if mode is not None:
        wanted["mode"] = mode
    if text is not None:
        if not text.strip():
            raise BadInput("a claim's text cannot be empty")
        wanted["text"] = " ".join(text.split())
    if actor is not None:
        wanted["actor"] = None if actor.strip().lower() == CLEAR else " ".join(actor.split()) or None
    if deadline is not None:
        wanted["deadline"] = deadline_from(deadline)
    if quantity is not None:
        wanted["quantity"] = quantity_from(quantity)
    if mode is Mode.EVENT and deadline is None:
        wanted["deadline"] = None  # a thing done has no deadline, unless one is given with it
    if not wanted:
        raise BadInput("nothing to change: give --kind, --mode, --text, --actor, --deadline or --quantity")
    with store.transaction(f"edit {claim_id}"):
        claim = store.claim(claim_id)
        changes = []
        for name, value in wanted.items():
            old = getattr(claim, name)
            if old == value:
                continue
            setattr(claim, name, value)
            changes.append(f"{name} {_shown(old)} → {_shown(value)}")
            if name not in claim.edited:
                claim.edited = [*claim.edited, name]
        if not changes:
            raise BadInput(f"claim {claim.id} already reads so; nothing changed")
        reason = note.strip() if note and note.strip() else None
        claim.history.append(Change(at=store.clock(), by=by, note="edited: " + "; ".join(changes) + (f"; {reason}" if reason else "")))
        store.save_claim(claim)
    return claim


def _shown(value: object) -> str:
    """A fact's value for a history line."""
    if value is None:
        return CLEAR
    if isinstance(value, Deadline):
        return value.date.isoformat() if value.date else f"“{value.text}”"
    if isinstance(value, Quantity):
        return value.describe()
    if isinstance(value, str) and not isinstance(value, (Kind, Mode)):
        return f"“{one_line(value, 80)}”"
    return str(value)


# ------------------------------------------------------------------ finding what to merge

_RAW_WORD = re.compile(r"[^\W\d_]{4,}")
"""Words long enough to carry content, as written."""
_NOT_A_SUBJECT = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday near joint country""".split()
)
"""Words two unrelated statements share all the time: months, weekdays, "near", "joint", "country"."""
SIMILAR_WITHIN_DAYS = 120
"""Outlets retell a claim within weeks; months later a like-worded statement is usually news of its own."""
MIN_SIMILAR = 0.4
"""The share of the shorter statement's content words another claim must tell too. Measured on the real
corpora's unmerged retellings (heldout9-20): the three best candidates above 0.4 hold almost half of them,
and two in five candidates shown are one."""
CLOSE_LOOKS = 300
"""Quotes compared word for word after the cheap look, which keeps a look at 100,000 claims well under a second."""


@dataclass(frozen=True)
class SimilarClaim:
    """A claim that may be the same as the one a person is looking at."""

    claim_id: str
    score: float
    """``extract.merge.similarity`` of the closest pair of their quotes (0..1)."""
    text: str
    kind: str
    mode: str
    shared: tuple[str, ...]
    """The words both tell about their subject (names, products; not speakers or places), as the other
    claim's quote writes them, for the person to judge."""


def similar_claims(store: Store, claim_id: str, *, limit: int = 3) -> list[SimilarClaim]:
    """The claims most like ``claim_id`` that automatic merging kept apart, best first.

    Kinds and tenses may differ (outlets tell one deal as an agreement or as the plant it sets
    up); dismissed claims and claims reported only months apart are left out. A person decides.
    """
    claim = store.claim(claim_id)
    published = {a.id: a.published for a in store.articles()}
    dates = [d for s in claim.sources if (d := published.get(s.article))]
    window = dt.timedelta(days=SIMILAR_WITHIN_DAYS)
    own_words = frozenset(w for s in claim.sources for w in _RAW_WORD.findall(s.quote.lower()))
    # A cheap look at every quote first (content words cost tens of microseconds a quote): the
    # quotes sharing most of their words as written go on to the real comparison.
    docs = store.claim_documents()
    rough: list[tuple[float, str, str]] = []
    for other_id, doc in docs.items():
        if other_id == claim.id or doc.get("dismissed"):
            continue
        for source in doc.get("sources") or ():
            day = published.get(source.get("article", ""))
            if dates and day and not any(abs(day - d) <= window for d in dates):
                continue
            words = frozenset(_RAW_WORD.findall(source.get("quote", "").lower()))
            shared = len(own_words & words)
            if shared >= MIN_SHARED:
                rough.append((shared / min(len(own_words), len(words)), other_id, source.get("quote", "")))
    own = [content_tokens(s.quote) for s in claim.sources]
    speakers = people_words(claim.actor)
    best: dict[str, tuple[float, frozenset[str], str]] = {}
    for _, other_id, quote in heapq.nlargest(CLOSE_LOOKS, rough):
        tokens = content_tokens(quote)
        for mine in own:
            score = similarity(mine, tokens)
            if score < MIN_SIMILAR or len(mine & tokens) < MIN_SHARED or score <= best.get(other_id, (0.0,))[0]:
                continue
            # Places and figures alone do not make two statements one; a thing both name must.
            about = (subject_words(mine) & subject_words(tokens)) - speakers - people_words(docs[other_id].get("actor")) - _NOT_A_SUBJECT
            if about:
                best[other_id] = (score, about, quote)
    found = [
        SimilarClaim(other_id, round(score, 2), docs[other_id].get("text", ""), docs[other_id].get("kind", "other"),
                     docs[other_id].get("mode", "pledge"), _as_written(about, quote))
        for other_id, (score, about, quote) in best.items()
    ]
    found.sort(key=lambda s: (-s.score, -len(s.shared), s.claim_id))
    return found[:limit]


def _as_written(tokens: frozenset[str], quote: str) -> tuple[str, ...]:
    """The words of ``quote`` that give these content tokens, once each ("Octopus" for "octopu")."""
    words = {}
    for word in _RAW_WORD.findall(quote) if tokens else ():
        if content_tokens(word) & tokens:
            words.setdefault(word.lower(), word)
    return tuple(words.values())
