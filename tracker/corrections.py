"""A person correcting what extraction got wrong: two claims that are one, a claim that is none.

``merge`` folds one claim into another (sources, notes, tags, history, proposals);
``dismiss`` keeps a claim with its history but leaves it out of lists, exports and the
dashboard; ``restore`` takes it back. Each is one journaled transaction, so ``tracker undo``
reverts it whole. ``tracker.ingest.rebuild`` keeps these corrections (``Claim.absorbed`` and
``Claim.dismissed`` tell it what a person did).
"""

from __future__ import annotations

from tracker.errors import BadInput
from tracker.models import Change, Claim, ProposalState, Status
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
