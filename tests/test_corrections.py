"""A person's corrections: merging two claims that are one, dismissing one that is none, and undo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import NOW, make_claim
from tests.test_cli import run
from tracker.corrections import dismiss, merge, restore
from tracker.errors import BadInput, NotFound
from tracker.export import render, snapshot
from tracker.models import Article, Change, Effect, Evidence, Note, Proposal, ProposalState, Source, Status
from tracker.store import ClaimFilter, Store

LATER = NOW + dt.timedelta(hours=1)
AS_OF = dt.date(2025, 11, 1)


def two_tellings(store: Store) -> None:
    """c1 and c2: the same pledge told by two articles, each with some work of its own."""
    store.save_article(Article(id="a1", path="a1.txt", sha256="1" * 64, added_at=NOW))
    store.save_article(Article(id="a2", path="a2.txt", sha256="2" * 64, added_at=NOW))
    store.save_claim(make_claim(
        "c1", tags=["berlin"],
        notes=[Note(at=NOW - dt.timedelta(days=2), text="first seen in a1")],
        history=[Change(at=NOW - dt.timedelta(days=2), by="user", note="note added: first seen in a1")],
    ))
    store.save_claim(make_claim(
        "c2", text="Offices in Berlin and Copenhagen by the end of the year", deadline=None, tags=["berlin", "offices"],
        sources=[
            Source(article="a2", quote="Offices in Berlin and Copenhagen by the end of the year.", start=10, end=66),
            Source(article="a1", quote="Ukraine is set to open offices by year's end.", start=0, end=45),
        ],
        notes=[Note(at=NOW - dt.timedelta(days=1), text="a2 says the same")],
        history=[Change(at=NOW - dt.timedelta(days=1), by="user", note="note added: a2 says the same")],
    ))
    store.save_claim(make_claim("c3", text="Something else entirely", sources=[]))


@pytest.fixture
def fixed(db_path: Path) -> Store:
    store = Store.open(db_path, clock=lambda: LATER)
    two_tellings(store)
    return store


def test_merge_gathers_sources_notes_tags_and_history(fixed: Store) -> None:
    kept = merge(fixed, "c1", "c2", note="same pledge, retold")
    assert [(s.article, s.start) for s in kept.sources] == [("a1", 0), ("a2", 10)]  # a1's quote once
    assert [n.text for n in kept.notes] == ["first seen in a1", "a2 says the same"]
    assert kept.tags == ["berlin", "offices"]
    assert [c.note for c in kept.history][:2] == ["note added: first seen in a1", "note added: a2 says the same"]
    last = kept.history[-1]
    assert last.by == "user" and last.at == LATER and last.status is None
    assert "c2" in last.note and "Offices in Berlin and Copenhagen by the end of the year" in last.note
    assert last.note.endswith("same pledge, retold")
    assert kept.status is Status.PENDING and kept.absorbed == ["c2"]
    with pytest.raises(NotFound):
        fixed.claim("c2")
    assert fixed.claim("c1") == kept


def test_merge_takes_the_status_a_person_set_on_the_other_when_kept_is_pending(fixed: Store) -> None:
    fixed.mark("c2", "confirmed", note="both offices open", evidence=Evidence(url="https://example.org/open"))
    kept = merge(fixed, "c1", "c2")
    assert kept.status is Status.CONFIRMED
    assert kept.history[-1].status is Status.CONFIRMED and "took its status confirmed" in kept.history[-1].note
    assert kept.history[-1].evidence == Evidence(url="https://example.org/open")


def test_merge_keeps_a_status_the_kept_claim_already_has(fixed: Store) -> None:
    fixed.mark("c1", "partial")
    fixed.mark("c2", "refuted")
    assert merge(fixed, "c1", "c2").status is Status.PARTIAL


def test_merge_moves_proposals_without_duplicate_open_ones(fixed: Store) -> None:
    for pid, claim, article, effect, state in (
        ("p1", "c1", "a2", Effect.CONFIRMS, ProposalState.OPEN),
        ("p2", "c2", "a2", Effect.CONFIRMS, ProposalState.OPEN),  # the same as p1
        ("p3", "c2", "a2", Effect.DELAYS, ProposalState.OPEN),
        ("p4", "c2", "a1", Effect.CONTRADICTS, ProposalState.REJECTED),
    ):
        fixed.save_proposal(Proposal(id=pid, claim=claim, article=article, effect=effect, quote="q", state=state, created_at=NOW))
    merge(fixed, "c1", "c2")
    assert {p.id: p.claim for p in fixed.proposals()} == {"p1": "c1", "p3": "c1", "p4": "c1"}
    assert fixed.proposal("p4").state is ProposalState.REJECTED


def test_undo_restores_both_claims_and_the_proposals(fixed: Store) -> None:
    fixed.save_proposal(Proposal(id="p2", claim="c2", article="a2", effect=Effect.CONFIRMS, quote="q", created_at=NOW))
    before = {c.id: c for c in fixed.claims()}
    merge(fixed, "c1", "c2")
    assert fixed.undo() == "merge c2 into c1"
    after = {c.id: c for c in fixed.claims()}
    assert after.keys() == before.keys()
    for cid in ("c1", "c2"):
        # Everything as it was; the history also records the merge (on c1) and the undo.
        assert after[cid].model_copy(update={"history": []}) == before[cid].model_copy(update={"history": []})
        assert after[cid].history[: len(before[cid].history)] == before[cid].history
        assert after[cid].history[-1].note == "undo: merge c2 into c1"
    assert [c.note for c in after["c2"].history] == ["note added: a2 says the same", "undo: merge c2 into c1"]
    assert len(after["c1"].history) == len(before["c1"].history) + 2  # the merge, then its undo
    assert fixed.proposal("p2").claim == "c2"


@pytest.mark.parametrize(("keep", "other", "error"), [("c1", "nope", NotFound), ("zz9", "c1", NotFound), ("c1", "c1", BadInput)])
def test_merge_errors_change_nothing(fixed: Store, db_path: Path, keep: str, other: str, error: type[Exception]) -> None:
    before = db_path.read_bytes()
    with pytest.raises(error):
        merge(fixed, keep, other)
    assert db_path.read_bytes() == before


def test_dismissed_claims_leave_lists_exports_and_summary(fixed: Store) -> None:
    fixed.save_proposal(Proposal(id="p3", claim="c3", article="a1", effect=Effect.CONFIRMS, quote="q", created_at=NOW))
    claim = dismiss(fixed, "c3", note="a headline, not a pledge")
    assert claim.dismissed and claim.history[-1].note == "dismissed: not a trackable claim; a headline, not a pledge"
    assert [r.id for r in fixed.find(ClaimFilter(), AS_OF)] == ["c1", "c2"]
    assert [r.id for r in fixed.find(ClaimFilter(dismissed=True), AS_OF)] == ["c3"]
    snap = snapshot(fixed, AS_OF)
    assert [v.claim.id for v in snap.claims] == ["c1", "c2"] and snap.proposals == []
    assert "Something else" not in render("csv", snap)
    with pytest.raises(BadInput):
        dismiss(fixed, "c3")
    restored = restore(fixed, "c3")
    assert not restored.dismissed and restored.history[-1].note.startswith("restored")
    assert [r.id for r in fixed.find(ClaimFilter(), AS_OF)] == ["c1", "c2", "c3"]
    with pytest.raises(BadInput):
        restore(fixed, "c3")


def test_a_claim_written_before_corrections_existed_loads_and_is_stored_unchanged(fixed: Store, db_path: Path) -> None:
    raw = json.loads(db_path.read_text())
    assert "dismissed" not in raw["claims"]["c1"] and "absorbed" not in raw["claims"]["c1"]
    assert fixed.claim("c1").dismissed is False


# ------------------------------------------------------------------ the command line


def test_cli_merge_dismiss_restore_and_undo(capsys: pytest.CaptureFixture[str], fixed: Store, db_path: Path) -> None:
    db = ["--db", str(db_path), "--as-of", "2025-11-01"]
    code, out, _ = run(capsys, *db, "merge", "c1", "c2", "--note", "same pledge")
    assert code == 0 and out.strip() == "c1: merged c2; 2 sources"
    code, out, _ = run(capsys, *db, "show", "c1")
    assert "merged     c2" in out and "same pledge" in out
    # The id a person noted down before the merge leads to the claim that took its sources.
    code, out, err = run(capsys, *db, "show", "c2")
    assert code != 0 and out == "" and err.strip() == "Error: claim 'c2' was merged into c1"
    code, out, _ = run(capsys, *db, "dismiss", "c3", "--note", "not a pledge")
    assert code == 0 and out.startswith("c3: dismissed")
    _, out, _ = run(capsys, *db, "list", "--json")
    assert [c["id"] for c in json.loads(out)] == ["c1"]
    _, out, _ = run(capsys, *db, "list", "--dismissed")
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["c3"]
    _, out, _ = run(capsys, *db, "summary", "--json")
    assert json.loads(out)["total"] == 1
    code, out, _ = run(capsys, *db, "restore", "c3")
    assert code == 0 and out.strip() == "c3: restored"
    for expected in ("restore c3", "dismiss c3", "merge c2 into c1"):
        code, out, _ = run(capsys, *db, "undo")
        assert code == 0 and out.strip() == f"undone: {expected}"
    _, out, _ = run(capsys, *db, "list", "--json")
    assert sorted(c["id"] for c in json.loads(out)) == ["c1", "c2", "c3"]


@pytest.mark.parametrize("args", [("merge", "c1", "c9"), ("merge", "c2", "c2"), ("merge", "c9", "c1"), ("dismiss", "c9"), ("restore", "c1")])
def test_cli_errors_are_one_line_and_change_nothing(capsys: pytest.CaptureFixture[str], fixed: Store, db_path: Path, args: tuple[str, ...]) -> None:
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--db", str(db_path), *args)
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("Error: ")
    assert db_path.read_bytes() == before


# ------------------------------------------------------------------ rebuild keeps corrections

FIRST = (
    "Finland to open drone offices in Helsinki this year\n\n"
    "Finland will open drone production offices in Helsinki by the end of the year, the minister told journalists.\n"
    "The weather in the capital was mild for the time of year and the streets were calm.\n"
)
SECOND = (
    "Defense industry news\n\n"
    "Ukrainian manufacturers plan a representative office in Helsinki by December, Fedorov said.\n"
    "Officials declined to comment on the schedule.\n"
)


def listed(capsys: pytest.CaptureFixture[str], db: list[str], *extra: str) -> list[dict]:
    code, out, err = run(capsys, *db, "list", "--json", *extra)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def two_articles(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> list[str]:
    """A workspace where two articles tell one pledge and extraction keeps two claims."""
    db = ["--db", str(tmp_path / "claims.json"), "--as-of", "2025-07-01"]
    for name, text, published in (("one.txt", FIRST, "2025-05-02"), ("two.txt", SECOND, "2025-06-10")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        code, _, err = run(capsys, *db, "add", str(tmp_path / name), "--published", published)
        assert code == 0, err
    assert len(listed(capsys, db)) == 2
    return db


def test_rebuild_merges_again_what_a_person_merged(capsys: pytest.CaptureFixture[str], two_articles: list[str]) -> None:
    db = two_articles
    keep, other = (c["id"] for c in listed(capsys, db))
    assert run(capsys, *db, "merge", keep, other, "--note", "same office")[0] == 0
    run(capsys, *db, "mark", keep, "partial", "--note", "one office so far")
    _, before, _ = run(capsys, *db, "show", keep, "--json")
    code, out, _ = run(capsys, *db, "rebuild")
    assert code == 0 and "1 claims" in out
    (claim,) = listed(capsys, db)
    assert claim["id"] == keep and claim["sources"] == 3 and claim["status"] == "partial"
    _, after, _ = run(capsys, *db, "show", keep, "--json")
    before_doc, after_doc = json.loads(before), json.loads(after)
    assert after_doc["history"] == before_doc["history"]
    assert after_doc["absorbed"] == [other]
    assert {s["quote"] for s in after_doc["sources"]} == {s["quote"] for s in before_doc["sources"]}
    # And once more: the merge holds across rebuilds.
    run(capsys, *db, "rebuild")
    assert [c["id"] for c in listed(capsys, db)] == [keep]


def test_rebuild_keeps_a_dismissed_claim_dismissed(capsys: pytest.CaptureFixture[str], two_articles: list[str]) -> None:
    db = two_articles
    live, wrong = (c["id"] for c in listed(capsys, db))
    assert run(capsys, *db, "dismiss", wrong, "--note", "no pledge")[0] == 0
    assert run(capsys, *db, "rebuild")[0] == 0
    assert [c["id"] for c in listed(capsys, db)] == [live]
    assert [c["id"] for c in listed(capsys, db, "--dismissed")] == [wrong]
    _, out, _ = run(capsys, *db, "show", wrong)
    assert "dismissed: not a trackable claim; no pledge" in out
