"""`tracker split`: a source wrongly merged into a claim becomes a claim of its own, and stays one through a rebuild."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import add_text
from tests.test_cli import run
from tests.test_ingest_dismissed import FIRST, RETOLD
from tracker.ingest import rebuild, split
from tracker.store import Store


@pytest.fixture
def merged(store: Store, tmp_path: Path) -> str:
    """A claim told by two articles (merged by extraction)."""
    add_text(store, tmp_path, "first.txt", FIRST, "2032-03-01")
    add_text(store, tmp_path, "later.txt", RETOLD, "2032-03-25")
    (claim,) = store.claims()
    assert len(claim.sources) == 2
    return claim.id


def test_a_source_split_off_is_a_claim_of_its_own_with_the_facts_of_its_sentence(store: Store, merged: str) -> None:
    retelling = store.claim(merged).sources[1]
    part = split(store, merged, 2, note="another company's plan")
    claim = store.claim(merged)
    assert [s.quote for s in claim.sources] == [FIRST.splitlines()[2]]
    assert [(s.article, s.start, s.end) for s in part.sources] == [(retelling.article, retelling.start, retelling.end)]
    assert part.by_hand and part.sources[0].by_hand and part.id != merged
    assert part.deadline is not None and part.deadline.date.year == 2033  # read from its own sentence
    assert claim.history[-1].note.startswith(f"split off source 2 as claim {part.id}: “According to Acme Aero")
    assert part.history[-1].note == f"split off claim {merged}: another claim, wrongly merged into it; another company's plan"


def test_a_rebuild_keeps_them_apart_and_undo_puts_them_together(store: Store, merged: str) -> None:
    part = split(store, merged, 2)
    before = {c.id: c.model_dump() for c in store.claims()}
    rebuild(store)
    after = {c.id: c.model_dump() for c in store.claims()}
    assert after.keys() == before.keys() == {merged, part.id}
    assert [s["quote"] for s in after[merged]["sources"]] == [s["quote"] for s in before[merged]["sources"]]
    assert after[part.id] == before[part.id]
    store.undo()  # the rebuild
    store.undo()  # the split
    assert [c.id for c in store.claims()] == [merged] and len(store.claim(merged).sources) == 2


def test_the_first_source_can_be_split_off_too(store: Store, merged: str) -> None:
    part = split(store, merged, 1)
    assert part.id != merged and [s.quote for s in part.sources] == [FIRST.splitlines()[2]]
    rebuild(store)
    assert {c.id for c in store.claims()} == {merged, part.id}


def test_nothing_to_split_and_no_such_source_are_one_line_errors(capsys: pytest.CaptureFixture[str], store: Store, merged: str, db_path: Path) -> None:
    raw = db_path.read_bytes()
    code, out, err = run(capsys, "--db", str(db_path), "split", merged, "3")
    assert (code, out) == (1, "") and f"claim {merged} has sources 1 to 2, not 3" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", str(db_path), "split", merged, "0")
    assert code == 2 and "Traceback" not in err  # click refuses it as a usage error
    assert db_path.read_bytes() == raw
    code, out, err = run(capsys, "--db", str(db_path), "split", merged, "2")
    assert code == 0 and "split off" in out
    code, _, err = run(capsys, "--db", str(db_path), "split", merged, "1")
    assert code == 1 and f"claim {merged} has one source: nothing to split off" in err


def test_show_numbers_the_sources_and_names_those_tracked_by_hand(capsys: pytest.CaptureFixture[str], store: Store, merged: str, db_path: Path) -> None:
    part = split(store, merged, 2)
    code, out, _ = run(capsys, "--db", str(db_path), "show", part.id)
    assert code == 0 and "  1. [" in out and "(tracked by hand)" in out
    code, out, _ = run(capsys, "--db", str(db_path), "show", merged)
    assert "  1. [" in out and "  2. [" not in out and "(tracked by hand)" not in out


def test_a_missing_source_file_is_a_one_line_error_for_split_and_track(capsys: pytest.CaptureFixture[str], store: Store, merged: str, db_path: Path) -> None:
    first = store.article(store.claim(merged).sources[0].article)
    (store.sources_dir / first.path).unlink()
    for args in (("split", merged, "1"), ("track", first.id, "Acme Aero plans")):
        code, out, err = run(capsys, "--db", str(db_path), *args)
        assert (code, out) == (1, "") and err.strip() == f"Error: sources/{first.path}: cannot be read (no such file); `tracker check` lists what is missing"
