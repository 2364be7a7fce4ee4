"""Finding the claims a person may want to merge: those that read alike but were kept apart."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import NOW, make_claim
from tests.test_cli import run
from tracker.corrections import similar_claims
from tracker.models import Article, Source
from tracker.store import Store


def source(article: str, quote: str) -> Source:
    return Source(article=article, quote=quote, start=0, end=len(quote))


@pytest.fixture
def store(db_path: Path) -> Store:
    """One plant told three ways (two of them weeks apart), a plant told months later, and unrelated claims."""
    store = Store.open(db_path)
    for article, day in (("a1", dt.date(2025, 3, 3)), ("a2", dt.date(2025, 3, 4)), ("a3", dt.date(2025, 3, 20)),
                         ("a4", dt.date(2025, 11, 2))):
        store.save_article(Article(id=article, path=f"{article}.txt", sha256=article * 32, published=day, added_at=NOW))
    with store.transaction():
        store.save_claim(make_claim("c-plant", kind="agreement", mode="event", actor="Olena Marchenko", sources=[
            source("a1", "Skyforge signed an agreement with Ukraine to build a rocket motor plant near Lviv.")]))
        # The same plant, told as the opening the agreement sets up: a different kind, kept apart by merging.
        store.save_claim(make_claim("c-retold", kind="opening", actor="Olena Marchenko", sources=[
            source("a2", "Skyforge will build a rocket motor plant in western Ukraine, Olena Marchenko said.")]))
        store.save_claim(make_claim("c-weeks", sources=[
            source("a3", "The Skyforge rocket motor plant is to open next year.")]))
        # The place and the speaker in common, but nothing the two are about: not offered.
        store.save_claim(make_claim("c-place", actor="Olena Marchenko", sources=[
            source("a2", "Ukraine will open a training school near Lviv, Olena Marchenko said.")]))
        # The same words, but eight months later: news of its own.
        store.save_claim(make_claim("c-months", sources=[
            source("a4", "Skyforge will build a second rocket motor plant near Lviv.")]))
        store.save_claim(make_claim("c-dismissed", dismissed=True, sources=[
            source("a2", "Skyforge rocket motor plant near Lviv, a caption.")]))
    return store


def test_offers_the_retellings_kept_apart_best_first(store: Store) -> None:
    found = similar_claims(store, "c-plant")
    assert [s.claim_id for s in found] == ["c-weeks", "c-retold"]
    assert 1 >= found[0].score > found[1].score >= 0.4  # the short retelling tells little else
    retold = found[1]
    assert retold.kind == "opening" and retold.mode == "pledge"
    # What both tell, as the other quote writes it: the company and the product, not the place or the speaker.
    assert set(retold.shared) == {"Skyforge", "rocket", "motor", "plant"}


def test_leaves_out_dismissed_claims_other_news_cycles_and_shared_places_only(store: Store) -> None:
    offered = {s.claim_id for s in similar_claims(store, "c-plant", limit=10)}
    assert offered.isdisjoint({"c-place", "c-months", "c-dismissed", "c-plant"})
    # Months later, the new plant has no retelling of its own to offer.
    assert similar_claims(store, "c-months") == []


def test_limit_keeps_the_best(store: Store) -> None:
    assert [s.claim_id for s in similar_claims(store, "c-plant", limit=1)] == ["c-weeks"]


def test_cli_lists_candidates_and_says_how_to_merge(capsys: pytest.CaptureFixture[str], store: Store, db_path: Path) -> None:
    before = db_path.read_bytes()
    code, out, _ = run(capsys, "--db", str(db_path), "similar", "c-plant")
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split()[:2] == ["c-weeks", "0.83"] and lines[3].split()[0] == "c-retold"
    assert lines[4].split("shared words: ")[1] == "Skyforge, rocket, motor, plant"
    assert lines[-1] == "the same claim? `tracker merge c-plant ID` folds it into c-plant"
    code, out, _ = run(capsys, "--db", str(db_path), "similar", "c-plant", "--json")
    assert [s["claim_id"] for s in json.loads(out)] == ["c-weeks", "c-retold"]
    code, out, _ = run(capsys, "--db", str(db_path), "similar", "c-months")
    assert code == 0 and out.strip() == "no claim reads like c-months"
    code, out, err = run(capsys, "--db", str(db_path), "similar", "c-nothing")
    assert code != 0 and err.startswith("Error: ") and len(err.strip().splitlines()) == 1
    assert db_path.read_bytes() == before  # looking changes nothing
