"""`tracker rebuild` keeps a dismissal: the result is what adding the articles one by one with it in place gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import add_text
from tests.test_cli import run
from tests.test_ingest_dismissed import FIRST, OPENED, PLEDGE, RETOLD
from tracker.corrections import dismiss
from tracker.ingest import rebuild
from tracker.models import ProposalState
from tracker.store import ClaimFilter, Store


def listed_ids(store: Store) -> list[str]:
    return [row.id for row in store.find(ClaimFilter(), store.clock().date())]


def test_a_retelling_added_after_the_dismissal_stays_listed_after_rebuilds(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "first.txt", FIRST, "2032-03-01")
    (first,) = store.claims()
    dismiss(store, first.id, note="not a pledge")
    add_text(store, tmp_path, "later.txt", RETOLD, "2032-03-25")
    (retold,) = listed_ids(store)
    store.mark(retold, "partial", note="checked the 2033 plan")
    worked_on = store.claim(retold)

    for _ in range(2):  # and it holds across rebuilds
        rebuild(store)
        assert listed_ids(store) == [retold]
        claim = store.claim(retold)
        assert claim.status.value == "partial" and claim.history == worked_on.history
        assert [s.quote for s in claim.sources] == [s.quote for s in worked_on.sources]
        # The dismissed claim keeps its own statement only, and stays dismissed with its history.
        dismissed = store.claim(first.id)
        assert dismissed.dismissed and dismissed.history[-1].note == "dismissed: not a trackable claim; not a pledge"
        assert [s.article for s in dismissed.sources] == [first.sources[0].article]
        assert {c.id for c in store.claims()} == {first.id, retold}


THIRD = (
    "Drones\n\n"
    "Acme Aero expects its cargo drone production to begin in 2033, the company's chief executive told reporters.\n"
    "Officials have discussed the programme with partners for several months before this announcement was made public.\n"
)


def test_a_dismissed_claim_told_twice_keeps_both_tellings_and_nothing_later(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "first.txt", FIRST, "2032-03-01")
    add_text(store, tmp_path, "later.txt", RETOLD, "2032-03-25")
    (told_twice,) = store.claims()
    assert len(told_twice.sources) == 2
    dismiss(store, told_twice.id)
    add_text(store, tmp_path, "third.txt", THIRD, "2032-04-10")
    (third,) = listed_ids(store)
    rebuild(store)
    assert listed_ids(store) == [third]
    assert store.claim(told_twice.id).sources == told_twice.sources


def test_rebuild_proposes_nothing_for_a_dismissed_claim(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2025-03-01")
    (pledge,) = store.claims()
    dismiss(store, pledge.id)
    add_text(store, tmp_path, "opened.txt", OPENED, "2025-09-12")
    assert store.proposals() == []
    shown = listed_ids(store)
    report = rebuild(store)
    assert report.proposals == 0 and store.proposals() == []
    # The report of the opening is still a claim of its own, listed as before.
    assert listed_ids(store) == shown and pledge.id not in shown


def test_rebuild_drops_open_proposals_on_dismissed_claims_and_keeps_settled_ones(store: Store, tmp_path: Path) -> None:
    """Databases from before dismissed claims were left out of ingest hold proposals on them."""
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2025-03-01")
    (pledge,) = store.claims()
    add_text(store, tmp_path, "opened.txt", OPENED, "2025-09-12")
    (proposal,) = store.proposals()
    assert proposal.claim == pledge.id and proposal.state is ProposalState.OPEN
    dismiss(store, pledge.id)
    rebuild(store)
    assert store.proposals() == []

    # A proposal a person settled is their work: it stays, on the dismissed claim.
    store.undo()
    store.undo()  # the dismissal too
    store.settle_proposal(proposal.id, False, note="not yet opened")
    dismiss(store, pledge.id)
    rebuild(store)
    (kept,) = store.proposals()
    assert kept.id == proposal.id and kept.state is ProposalState.REJECTED and kept.claim == pledge.id


def test_cli_rebuild_keeps_the_retelling_listed_and_undo_restores(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = ["--db", str(tmp_path / "claims.json"), "--as-of", "2032-04-01"]

    def listed(*extra: str) -> list[dict]:
        code, out, err = run(capsys, *db, "list", "--json", *extra)
        assert code == 0, err
        return json.loads(out)

    def add(name: str, text: str, published: str) -> None:
        (tmp_path / name).write_text(text, encoding="utf-8")
        code, _, err = run(capsys, *db, "add", str(tmp_path / name), "--published", published)
        assert code == 0, err

    add("first.txt", FIRST, "2032-03-01")
    (first,) = (c["id"] for c in listed())
    assert run(capsys, *db, "dismiss", first)[0] == 0
    add("later.txt", RETOLD, "2032-03-25")
    before = (listed(), listed("--dismissed"), json.loads(run(capsys, *db, "show", first, "--json")[1]))
    (retold,) = (c["id"] for c in before[0])

    code, out, err = run(capsys, *db, "rebuild")
    assert code == 0, err
    assert [c["id"] for c in listed()] == [retold]
    assert [c["id"] for c in listed("--dismissed")] == [first]
    shown = json.loads(run(capsys, *db, "show", first, "--json")[1])
    assert [s["quote"] for s in shown["sources"]] == [s["quote"] for s in before[2]["sources"]]
    store = Store.open(tmp_path / "claims.json")
    try:
        assert store.proposals() == []
    finally:
        store.close()

    code, out, _ = run(capsys, *db, "undo")
    assert code == 0 and out.strip() == "undone: rebuild"
    assert (listed(), listed("--dismissed")) == before[:2]
    after = json.loads(run(capsys, *db, "show", first, "--json")[1])
    assert after["sources"] == before[2]["sources"] and after["dismissed"] is True
