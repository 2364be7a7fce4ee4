"""The store: models in and out, every change journaled and undoable, the file kept safe."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import AS_OF, NOW, make_claim
from tracker.errors import BadInput, NotFound, StoreError
from tracker.models import Article, Effect, Evidence, Proposal, ProposalState, Status
from tracker.storage import SCHEMA_VERSION, serialise
from tracker.store import ClaimFilter, Store


def test_claim_round_trips_through_the_file(store: Store, db_path: Path) -> None:
    claim = make_claim(tags=["berlin"])
    store.save_claim(claim)
    reopened = Store.open(db_path)
    assert reopened.claim(claim.id) == claim


def test_file_is_stable_sorted_json_one_claim_per_line(store: Store, db_path: Path) -> None:
    store.save_claim(make_claim("c2"))
    store.save_claim(make_claim("c1"))
    text = db_path.read_text()
    data = json.loads(text)
    assert data["meta"]["schema"]["version"] == SCHEMA_VERSION
    lines = text.splitlines()
    claim_lines = [line for line in lines if line.startswith(('"c1"', '"c2"'))]
    assert [line[:5] for line in claim_lines] == ['"c1":', '"c2":']
    # Writing the same data again gives the same bytes.
    assert serialise(data) == text.encode()


def test_unknown_claim_is_a_clear_error(store: Store) -> None:
    with pytest.raises(NotFound, match="no claim with id 'nope'"):
        store.claim("nope")


def test_claim_found_by_unique_prefix(store: Store) -> None:
    store.save_claim(make_claim("c1234567"))
    assert store.claim("c123").id == "c1234567"


def test_mark_records_status_note_and_evidence(store: Store) -> None:
    store.save_claim(make_claim())
    store.save_article(Article(id="a1", path="a1.txt", sha256="0" * 64, added_at=NOW))
    claim = store.mark("c0000001", "confirmed", note="opened", evidence=Evidence(article="a1", quote="It opened."))
    assert claim.status is Status.CONFIRMED
    change = store.claim("c0000001").history[-1]
    assert (change.status, change.note, change.evidence.article, change.at) == (Status.CONFIRMED, "opened", "a1", NOW)


def test_mark_refuses_unknown_status_and_unknown_evidence_article(store: Store) -> None:
    store.save_claim(make_claim())
    with pytest.raises(BadInput, match="unknown status 'done'"):
        store.mark("c0000001", "done")
    with pytest.raises(NotFound):
        store.mark("c0000001", "confirmed", evidence=Evidence(article="missing"))
    assert store.claim("c0000001").history == []


def test_undo_reverts_the_last_change_and_records_it(store: Store) -> None:
    store.save_claim(make_claim())
    store.mark("c0000001", "refuted", note="oops")
    store.add_note("c0000001", "check again")
    assert store.undo() == "note on c0000001"
    claim = store.claim("c0000001")
    assert claim.notes == []
    assert store.undo() == "mark c0000001 refuted"
    claim = store.claim("c0000001")
    assert claim.status is Status.PENDING
    # Nothing is erased from the history: the changes and both undos are there.
    notes = [c.note for c in claim.history]
    assert notes == ["oops", "note added: check again", "undo: note on c0000001", "undo: mark c0000001 refuted"]
    with pytest.raises(BadInput, match="nothing to undo"):
        store.undo()


def test_accepting_a_proposal_sets_status_with_quote_as_evidence(store: Store) -> None:
    store.save_claim(make_claim())
    store.save_proposal(
        Proposal(id="p1", claim="c0000001", article="a2", effect=Effect.CONFIRMS, quote="The offices opened.", created_at=NOW)
    )
    store.settle_proposal("p1", accept=True)
    claim = store.claim("c0000001")
    assert claim.status is Status.CONFIRMED
    assert claim.history[-1].evidence == Evidence(article="a2", quote="The offices opened.")
    assert claim.history[-1].effect is Effect.CONFIRMS
    assert store.proposal("p1").state is ProposalState.ACCEPTED
    with pytest.raises(BadInput, match="already accepted"):
        store.settle_proposal("p1", accept=False)


def test_rejecting_a_proposal_leaves_the_claim(store: Store) -> None:
    store.save_claim(make_claim())
    store.save_proposal(
        Proposal(id="p1", claim="c0000001", article="a2", effect=Effect.CONTRADICTS, quote="No.", created_at=NOW)
    )
    store.settle_proposal("p1", accept=False)
    assert store.claim("c0000001").status is Status.PENDING
    assert store.proposals(ProposalState.OPEN) == []


def test_find_filters_by_status_kind_dates_and_text(store: Store) -> None:
    store.save_claim(make_claim("c1"))  # deadline 2025-12-31: overdue on AS_OF
    store.save_claim(make_claim("c2", kind="agreement", text="Denmark and Ukraine sign a deal", places=["Copenhagen"], deadline=None))
    store.save_claim(make_claim("c3", status="confirmed", text="Drone line launched", places=["Odense"]))
    ids = lambda f: sorted(r.id for r in store.find(f, AS_OF))  # noqa: E731
    assert ids(ClaimFilter(status="overdue")) == ["c1"]
    assert ids(ClaimFilter(kind="agreement")) == ["c2"]
    assert ids(ClaimFilter(due_before=dt.date(2026, 1, 1))) == ["c1", "c3"]
    assert ids(ClaimFilter(search="copenhagen")) == ["c1", "c2"]  # c1 by its text, c2 by its places
    assert ids(ClaimFilter(search="offices by year's")) == ["c1", "c2", "c3"]  # all three quote it
    assert ids(ClaimFilter(search="DRONE line")) == ["c3"]
    assert ids(ClaimFilter(due_within=30)) == []
    assert ids(ClaimFilter(due_within=30)) == [] and ids(ClaimFilter()) == ["c1", "c2", "c3"]
    store.save_claim(make_claim("c4", deadline={"date": "2026-12-01", "text": "by December 1", "precision": "day"}))
    assert ids(ClaimFilter(due_within=9)) == ["c4"] and ids(ClaimFilter(due_within=8)) == []


def test_in_memory_store_needs_no_files() -> None:
    memory = Store.in_memory(clock=lambda: NOW)
    memory.save_claim(make_claim())
    memory.mark("c0000001", "partial")
    assert memory.claim("c0000001").status is Status.PARTIAL


# ------------------------------------------------------------ refused files


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b'{"claims": {', "not valid JSON"),
        (b"\x00\x01\x02binary", "not valid JSON"),
        (b'{"_default": {"1": {"name": "x"}}}', "not a tracker database"),
        (b"[1, 2, 3]", "not a tracker database"),
        (b'{"meta": {"schema": {"format": "tracker", "version": 99}}}', "newer tracker"),
        (b'{"meta": {"schema": {"format": "tracker", "version": 1}}, "claims": []}', "not a JSON object"),
    ],
)
def test_bad_files_are_refused_and_left_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "claims.json"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message) as caught:
        Store.open(path, create=True)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    assert path.read_bytes() == content


def test_missing_database_is_not_created_by_readers(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no tracker database"):
        Store.open(tmp_path / "claims.json")
    assert not (tmp_path / "claims.json").exists()


def test_malformed_claim_is_reported_not_crashed(store: Store, db_path: Path) -> None:
    store.save_claim(make_claim())
    data = json.loads(db_path.read_text())
    data["claims"]["c0000001"]["status"] = "sort of"
    db_path.write_text(json.dumps(data))
    with pytest.raises(StoreError, match="claim c0000001 is malformed at status"):
        Store.open(db_path).claim("c0000001")


# ------------------------------------------------------------ crashes and concurrency


def _save_forever(db_path: str) -> None:
    store = Store.open(db_path)
    i = 0
    while True:
        # Alternate a long and a short text so the file grows and shrinks between writes.
        store.save_claim(make_claim("c0000001", text="x" * (5000 if i % 2 else 10)))
        i += 1


def test_a_writer_killed_midway_leaves_a_loadable_file(db_path: Path) -> None:
    store = Store.open(db_path)
    for i in range(200):
        store.save_claim(make_claim(f"c{i:07d}", text="padding " * 50))
    ctx = multiprocessing.get_context("spawn")
    for delay in (0.3, 0.45, 0.6):
        proc = ctx.Process(target=_save_forever, args=(str(db_path),))
        proc.start()
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        reopened = Store.open(db_path)  # also removes the killed writer's temporary file
        assert reopened.claim_count() == 200
        assert reopened.claim("c0000001").text in ("x" * 5000, "x" * 10, "padding " * 50)
    assert not list(db_path.parent.glob(".claims.json.*.tmp"))


def test_a_failing_write_keeps_the_previous_file(store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.save_claim(make_claim("c1"))
    before = db_path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(StoreError, match="could not be saved .No space left on device.; the previous version is intact"):
        store.save_claim(make_claim("c2"))
    monkeypatch.undo()
    assert db_path.read_bytes() == before
    assert sorted(c.id for c in store.claims()) == ["c1"]  # memory matches the disk again


WRITER = """
import sys
from tests.conftest import make_claim
from tracker.store import Store
store = Store.open(sys.argv[1])
for i in range(int(sys.argv[3])):
    store.save_claim(make_claim(f"{sys.argv[2]}{i:04d}"))
    if i % 10 == 0:
        store.mark(f"{sys.argv[2]}{i:04d}", "confirmed", note=sys.argv[2])
"""


def test_two_processes_writing_at_once_lose_nothing(db_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), prefix, "60"], cwd=root, env=env)
        for prefix in ("a", "b")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    store = Store.open(db_path)
    assert store.claim_count() == 120
    confirmed = [c for c in store.claims() if c.status is Status.CONFIRMED]
    assert len(confirmed) == 12 and {c.history[-1].note for c in confirmed} == {"a", "b"}


def test_a_reader_sees_another_process_write(db_path: Path) -> None:
    reader = Store.open(db_path)
    assert reader.claim_count() == 0
    writer = Store.open(db_path)
    writer.save_claim(make_claim())
    assert reader.changed_on_disk()
    assert reader.claim_count() == 1
    assert not reader.changed_on_disk()


def test_cached_lines_never_write_stale_documents(store: Store, db_path: Path) -> None:
    """Only changed documents are re-serialised; the file must still equal a full serialisation."""
    for i in range(5):
        store.save_claim(make_claim(f"c{i}"))
    Store.open(db_path).mark("c1", "confirmed")  # another process; this store re-reads and re-seeds its cache
    store.mark("c2", "refuted", note="no")
    store.add_note("c1", "seen")
    store.undo()
    store.delete_claim("c3")
    on_disk = db_path.read_bytes()
    data = json.loads(on_disk)
    assert on_disk == serialise(data)  # no cache: every line serialised afresh
    assert data == store.storage.read()
    assert sorted(data["claims"]) == ["c0", "c1", "c2", "c4"]
    assert data["claims"]["c1"]["status"] == "confirmed" and data["claims"]["c1"]["notes"] == []


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text.replace('},\n"c2"', '}\n"c2"'),  # a missing comma between documents
        lambda text: re.sub(r'("c2": .*)\n}', r"\1,\n}", text),  # a comma after the last document
        lambda text: text + "garbage",
    ],
)
def test_files_in_our_layout_are_still_checked_as_json(store: Store, db_path: Path, edit) -> None:
    store.save_claim(make_claim("c1"))
    store.save_claim(make_claim("c2"))
    broken = edit(db_path.read_text())
    db_path.write_text(broken)
    with pytest.raises(StoreError, match="not valid JSON"):
        Store.open(db_path)
    assert db_path.read_text() == broken


def test_hand_reformatted_file_still_opens_and_is_rewritten_in_our_layout(store: Store, db_path: Path) -> None:
    store.save_claim(make_claim("c1"))
    data = json.loads(db_path.read_text())
    db_path.write_text(json.dumps(data, indent=4))  # e.g. a teammate's editor reformatted it
    reopened = Store.open(db_path)
    reopened.mark("c1", "confirmed")
    assert db_path.read_bytes() == serialise(json.loads(db_path.read_text()))
    assert Store.open(db_path).claim("c1").status is Status.CONFIRMED
