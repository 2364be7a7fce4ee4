"""Shared fixtures: workspaces in tmp_path, a fixed clock and as-of date, claim factories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.models import Claim, Deadline, Source
from tracker.store import Store

AS_OF = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.timezone.utc)


def make_claim(claim_id: str = "c0000001", **fields: object) -> Claim:
    """A plausible claim; any field can be overridden."""
    data: dict[str, object] = {
        "id": claim_id,
        "kind": "opening",
        "mode": "pledge",
        "text": "Ukraine will open defense production offices in Berlin and Copenhagen",
        "actor": "Volodymyr Zelensky",
        "places": ["Berlin", "Copenhagen"],
        "parties": ["Ukraine"],
        "deadline": Deadline(date=dt.date(2025, 12, 31), text="by year's end", precision="year"),
        "sources": [Source(article="a1", quote="Ukraine is set to open offices by year's end.", start=0, end=45)],
        "created_at": NOW,
    }
    data.update(fields)
    return Claim.model_validate(data)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The path of a fresh, empty workspace's database."""
    path = tmp_path / "claims.json"
    Store.open(path, create=True).close()
    return path


@pytest.fixture
def store(db_path: Path) -> Store:
    return Store.open(db_path, clock=lambda: NOW)


def add_text(store: Store, folder: Path, name: str, text: str, published: str):
    """Add an article with this text, written to ``folder/name``, published on that ISO date."""
    from tracker.ingest import add_sources

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return add_sources(store, [str(path)], published=dt.date.fromisoformat(published))
