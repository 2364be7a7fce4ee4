"""Adding articles: storage of the bytes, bad inputs, duplicates, undated articles, rebuild, undo."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.ingest import add_sources, rebuild, set_published
from tracker.store import Store

ARTICLE = (
    "Finland to open drone offices in Helsinki this year\n\n"
    "Finland will open drone production offices in Helsinki by the end of the year, the minister told journalists.\n"
    "Finland and Ukraine signed a defense agreement on March 3, the ministry said, a deal both sides called historic.\n"
    "The weather in the capital was mild for the time of year and the streets were calm.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "finland.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_the_bytes_are_stored_and_identified_by_sha256(store: Store, article: Path) -> None:
    report = add_sources(store, [str(article)], published=dt.date(2025, 5, 2), outlet="Helsinki Times")
    sha = hashlib.sha256(article.read_bytes()).hexdigest()
    (stored,) = store.articles()
    assert report.articles == [stored.id] == ["a" + sha[:10]]
    assert stored.sha256 == sha and stored.outlet == "Helsinki Times"
    assert (store.sources_dir / stored.path).read_bytes() == article.read_bytes()
    assert report.new_claims == 2
    for claim in store.claims():
        source = claim.sources[0]
        assert store.article_text(stored)[source.start : source.end] == source.quote


def test_adding_the_same_bytes_again_changes_nothing(store: Store, article: Path, tmp_path: Path) -> None:
    add_sources(store, [str(article)], published=dt.date(2025, 5, 2))
    before = store.path.read_bytes()
    copy = tmp_path / "copy.txt"
    copy.write_bytes(article.read_bytes())
    report = add_sources(store, [str(copy)])
    assert report.duplicates == [str(copy)] and report.articles == []
    assert store.path.read_bytes() == before
    assert len(list(store.sources_dir.iterdir())) == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("empty.txt", b"", "empty"),
        ("short.txt", b"Just a headline\n", "too short"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_is_stored(store: Store, tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    report = add_sources(store, [str(bad)])
    assert [source for source, _ in report.failures] == [str(bad)]
    assert reason in report.failures[0][1] and "\n" not in report.failures[0][1]
    assert store.articles() == [] and list(store.sources_dir.iterdir()) == []


def test_a_missing_path_is_a_one_line_failure(store: Store, tmp_path: Path) -> None:
    report = add_sources(store, [str(tmp_path / "nope.txt")])
    assert len(report.failures) == 1 and "no such file" in report.failures[0][1]


def test_a_folder_adds_the_good_files_and_lists_the_bad(db_path: Path, article: Path) -> None:
    folder = article.parent
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "add", str(folder), "--published", "2025-05-02"])
    assert result.exit_code == 1
    assert "1 article added" in result.output and "2 new claims" in result.output
    assert "empty.txt" in result.output and "binary.txt" in result.output
    assert len(Store.open(db_path).articles()) == 1


def test_cli_add_creates_the_workspace_and_says_what_it_did(tmp_path: Path, article: Path) -> None:
    db = tmp_path / "ws" / "claims.json"
    db.parent.mkdir()
    result = CliRunner().invoke(cli, ["--db", str(db), "add", str(article), "--published", "2025-05-02"])
    assert result.exit_code == 0, result.output
    assert "1 article added, 2 new claims, 1 merged mention, 0 proposals" in result.output
    again = CliRunner().invoke(cli, ["--db", str(db), "add", str(article)])
    assert again.exit_code == 0 and "already in the workspace" in again.output


def test_an_undated_article_is_added_and_fixed_later(store: Store, article: Path) -> None:
    report = add_sources(store, [str(article)])
    assert report.undated == report.articles
    offices = next(c for c in store.claims() if c.kind.value == "opening")
    assert offices.deadline is not None and offices.deadline.date is None
    assert set_published(store, report.articles[0], dt.date(2025, 5, 2)) >= 1
    offices = store.claim(offices.id)
    assert offices.deadline is not None and offices.deadline.date == dt.date(2025, 12, 31)
    assert store.article(report.articles[0]).published == dt.date(2025, 5, 2)


def test_one_add_is_one_undo(store: Store, article: Path) -> None:
    add_sources(store, [str(article)], published=dt.date(2025, 5, 2))
    store.undo()
    assert store.claims() == [] and store.articles() == []


def test_an_undo_that_cannot_be_saved_keeps_the_stored_file(store: Store, article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file goes only after the database no longer names it: a failed write loses nothing."""
    from tracker.errors import StoreError

    add_sources(store, [str(article)], published=dt.date(2025, 5, 2))
    (stored,) = store.articles()

    def full_disk(path: Path, payload: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tracker.storage.write_atomically", full_disk)
    with pytest.raises(StoreError, match="could not be saved"):
        store.undo()
    monkeypatch.undo()
    assert (store.sources_dir / stored.path).read_bytes() == article.read_bytes()
    assert Store.open(store.path).articles() == [stored]
    store.undo()
    assert list(store.sources_dir.iterdir()) == []


def test_rebuild_keeps_ids_statuses_notes_and_history(store: Store, article: Path) -> None:
    add_sources(store, [str(article)], published=dt.date(2025, 5, 2))
    ids = sorted(c.id for c in store.claims())
    offices = next(c for c in store.claims() if c.kind.value == "opening")
    store.mark(offices.id, "confirmed", note="seen it")
    store.add_note(offices.id, "call the ministry")
    report = rebuild(store)
    assert sorted(c.id for c in store.claims()) == ids
    kept = store.claim(offices.id)
    assert kept.status.value == "confirmed"
    assert [n.text for n in kept.notes] == ["call the ministry"]
    assert len(kept.history) == 2
    assert report.new_claims == 2


def test_two_processes_adding_at_once_keep_everything(db_path: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("Finland", "Norway").replace("Helsinki", "Oslo"), encoding="utf-8")
    a, b = Store.open(db_path), Store.open(db_path)
    a.articles(), b.articles()  # both have read the file before either writes
    add_sources(a, [str(first)], published=dt.date(2025, 5, 2))
    add_sources(b, [str(second)], published=dt.date(2025, 5, 2))
    assert len(Store.open(db_path).articles()) == 2
    assert len(Store.open(db_path).claims()) == 4
    assert os.path.exists(db_path)


def test_a_statement_naming_its_facility_by_reference_joins_the_claim_it_refers_to(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "jv.txt"
    path.write_text(
        "Ukraine and Portugal to build boats together\n\n"
        "Ukraine and Portugal will establish a joint venture for the production of naval drones in Portugal.\n"
        "The enterprise should start work already in the third quarter of this year.\n",
        encoding="utf-8",
    )
    add_sources(store, [str(path)], published=dt.date(2026, 3, 5))
    openings = [c for c in store.claims() if c.kind.value == "opening"]
    assert len(openings) == 1
    (claim,) = openings
    assert len(claim.sources) == 2 and claim.deadline is not None and claim.deadline.date == dt.date(2026, 9, 30)


def test_a_recall_paragraph_weeks_later_joins_the_pledge_it_retells(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text(
        "Portugal funds boats\n\nPortugal will allocate 90 million euros in 2026 for Ukrainian naval drones, the ministry said.\n"
        "The weather in the capital was mild for the time of year and the streets were calm.\n",
        encoding="utf-8",
    )
    later = tmp_path / "later.txt"
    later.write_text(
        "Ukraine plans more boats\n\nRecall\n\nEarlier, the Ministry of Defense reported that Portugal will allocate 90 million euros for Ukrainian naval drones.\n",
        encoding="utf-8",
    )
    add_sources(store, [str(first)], published=dt.date(2026, 3, 1))
    add_sources(store, [str(later)], published=dt.date(2026, 4, 20))
    funding = [c for c in store.claims() if c.kind.value == "funding"]
    assert len(funding) == 1 and len(funding[0].sources) == 2
