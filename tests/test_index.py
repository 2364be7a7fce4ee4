"""The index file beside claims.json: lists without parsing claims, and never trusted blindly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import AS_OF, NOW, make_claim
from tracker import index as index_module
from tracker.errors import StoreError
from tracker.storage import LazyDocs
from tracker.store import CLAIMS, ClaimFilter, Store, claim_row


def index_path(db_path: Path) -> Path:
    return db_path.parent / ".claims.json.index"


def rows_as_tuples(rows) -> list[tuple]:
    return sorted(
        (r.id, r.status, r.stored_status, r.mode, r.kind, r.deadline, r.deadline_text, r.text, r.actor,
         r.sources, r.last_change, r.haystack)
        for r in rows
    )


def rows_from_documents(db_path: Path) -> list[tuple]:
    """The rows a store builds from the documents themselves, the index aside."""
    docs = json.loads(db_path.read_text())[CLAIMS]
    return rows_as_tuples(claim_row(doc, AS_OF) for doc in docs.values())


def claims_parsed(store: Store) -> int:
    table = store.storage.read()[CLAIMS]
    return table.parsed() if isinstance(table, LazyDocs) else len(table)


@pytest.fixture
def filled(store: Store, db_path: Path) -> Path:
    store.save_claim(make_claim("c1", status="confirmed"))
    store.save_claim(make_claim("c2", text="Drones per day in Odense", places=["Odense"]))
    store.save_claim(make_claim("c3", kind="agreement", deadline=None))
    store.rows(AS_OF)  # the first list writes the index
    return db_path


def test_a_reopened_store_lists_without_parsing_any_claim(filled: Path) -> None:
    store = Store.open(filled, clock=lambda: NOW)
    found = store.find(ClaimFilter(search="odense"), AS_OF)
    assert [row.id for row in found] == ["c2"]
    assert not store.storage.read().is_split  # not even split into lines
    assert claims_parsed(store) == 0
    assert store.claim("c3").kind.value == "agreement"
    assert claims_parsed(store) == 1
    assert rows_as_tuples(store.rows(AS_OF)) == rows_from_documents(filled)


def test_rows_from_the_index_follow_every_kind_of_change(filled: Path) -> None:
    mine = Store.open(filled, clock=lambda: NOW)
    other = Store.open(filled, clock=lambda: NOW)  # another process, in effect
    mine.mark("c2", "refuted", note="denied")
    other.add_note("c1", "ask again")
    other.save_claim(make_claim("c4", actor="Fire Point"))
    mine.delete_claim("c3")
    mine.undo()  # brings c3 back
    other.mark("c4", "partial")
    for store in (mine, other, Store.open(filled)):
        assert rows_as_tuples(store.rows(AS_OF)) == rows_from_documents(filled)
    assert claims_parsed(Store.open(filled)) == 0  # the chain of writes still vouches for the file


def test_a_file_changed_by_hand_is_parsed_and_checked_whole(filled: Path) -> None:
    Store.open(filled).rows(AS_OF)
    text = filled.read_text()
    # Same size, different content: only the checksum can tell.
    edited = text.replace('"status":"confirmed"', '"status":"refuted!!"')
    assert len(edited) == len(text) and edited != text
    filled.write_text(edited)
    store = Store.open(filled)
    assert claims_parsed(store) == 3
    assert {row.id: row.stored_status for row in store.rows(AS_OF)}["c1"] == "refuted!!"
    broken = text.replace('"c2": {', '"c2": [', 1)
    filled.write_text(broken)
    with pytest.raises(StoreError, match="not valid JSON"):
        Store.open(filled)
    assert filled.read_text() == broken


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # torn by a crash
        lambda text: "",
        lambda text: "not an index\n" + text,
        lambda text: text.replace(f'"version":{index_module.VERSION}', '"version":1', 1),  # an older layout
        lambda text: text.replace('"content":[', '"content":[1', 1),  # describes other content
    ],
)
def test_a_damaged_or_foreign_index_is_ignored_and_rebuilt(filled: Path, damage) -> None:
    Store.open(filled).rows(AS_OF)
    path = index_path(filled)
    path.write_text(damage(path.read_text()))
    store = Store.open(filled)
    assert claims_parsed(store) == 3  # nothing trusted: every claim parsed and checked
    assert rows_as_tuples(store.rows(AS_OF)) == rows_from_documents(filled)
    assert claims_parsed(Store.open(filled)) == 0  # and the index is good again


def test_a_damaged_row_is_read_from_the_claims_and_the_index_mended(filled: Path) -> None:
    Store.open(filled).rows(AS_OF)
    path = index_path(filled)
    path.write_text(path.read_text().replace('"c2":[', '"c2":{', 1))
    assert rows_as_tuples(Store.open(filled).rows(AS_OF)) == rows_from_documents(filled)
    store = Store.open(filled)
    assert rows_as_tuples(store.rows(AS_OF)) == rows_from_documents(filled)
    assert claims_parsed(store) == 0


def test_losing_the_index_costs_speed_not_data(filled: Path) -> None:
    store = Store.open(filled, clock=lambda: NOW)
    index_path(filled).unlink()
    store.mark("c1", "refuted")
    index_path(filled).mkdir()  # now it cannot even be written
    store.mark("c2", "confirmed")
    reopened = Store.open(filled)
    assert {row.id: row.stored_status for row in reopened.rows(AS_OF)} == {"c1": "refuted", "c2": "confirmed", "c3": "pending"}


def test_a_long_chain_of_writes_is_folded_into_one_copy(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "COMPACT_AFTER", 3)
    monkeypatch.setattr("tracker.storage.COMPACT_AFTER", 3)
    store = Store.open(filled, clock=lambda: NOW)
    for note in "abcde":
        store.add_note("c1", note)
    assert len(index_path(filled).read_text().splitlines()) >= 3 + 2 * 5  # a record (two lines) per write
    reopened = Store.open(filled)
    assert rows_as_tuples(reopened.rows(AS_OF)) == rows_from_documents(filled)
    assert len(index_path(filled).read_text().splitlines()) == 3  # header and one full copy
    assert claims_parsed(Store.open(filled)) == 0


def test_the_index_is_written_by_the_first_list_not_by_every_reader(filled: Path) -> None:
    index_path(filled).unlink()
    store = Store.open(filled, clock=lambda: NOW)
    store.mark("c1", "refuted")  # a reader and a writer that never list: no index yet
    assert not index_path(filled).exists()
    assert rows_as_tuples(store.rows(AS_OF)) == rows_from_documents(filled)
    assert index_path(filled).exists() and claims_parsed(Store.open(filled)) == 0
