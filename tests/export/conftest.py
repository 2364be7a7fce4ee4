"""Workspaces for the export tests: a sample modelled on the seed articles, and one full of hostile text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import AS_OF, make_claim
from tracker.export import Snapshot, snapshot
from tracker.models import Article, Deadline, Evidence, Proposal, Quantity, Source
from tracker.store import Store

UTC = dt.timezone.utc


def _at(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def _article(article_id: str, published: str | None, title: str | None, outlet: str | None, url: str | None) -> Article:
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        sha256="0" * 64,
        title=title,
        outlet=outlet,
        url=url,
        published=dt.date.fromisoformat(published) if published else None,
        added_at=_at(published or "2025-01-01"),
    )


def _source(article_id: str, quote: str) -> Source:
    return Source(article=article_id, quote=quote, start=0, end=len(quote))


def build_sample(path: Path) -> Store:
    """Eight claims from the seed articles with every status, evidence, recent changes and an open proposal.

    As of 2026-11-22: 1 overdue (the drones, due 2025-11-30), 3 pending (one due 2026-12-01),
    1 partial, 2 confirmed, 1 refuted; 3 history entries in the last 7 days; 1 open proposal.
    The later "evidence" articles are made up for the sample.
    """
    store = Store.open(path, create=True, clock=lambda: _at("2026-01-10"))
    for article in (
        _article("a000kyiv", "2025-11-03", "Ukraine to open defense production offices in Berlin, Copenhagen this year, Zelensky says", "The Kyiv Independent", None),
        _article("a001ukrn", "2025-11-04", "Ukraine to Launch Defense Production Offices in Berlin and Copenhagen by Year-End", None, None),
        _article("a002line", "2025-09-05", "Ukraine launches first joint drone production line in Denmark, Zelensky says", "The Kyiv Independent", None),
        _article("a003oiko", "2025-07-04", "Ukraine and Denmark Collaborate on Military Production in Denmark", "oikosix aggregator",
                 "https://aggregator.oikosix.com/2025/07/04/ukraine-and-denmark-collaborate-on-military-production-in-denmark"),
        _article("a004gaze", "2025-10-06", "Ukraine, Denmark to Launch Joint Defense Production Backed by EU Funding", "The Gaze",
                 "https://thegaze.media/news/ukraine-denmark-to-launch-joint-defense-production-backed-by-eu-funding"),
        _article("a005late", "2026-11-18", "Berlin office of Ukraine's defense industry opens", "Example News", "https://news.example.org/2026/11/berlin-office"),
    ):
        store.save_article(article)
    claims = [
        make_claim(
            "c1office", kind="opening", text="Ukraine will open defense production offices in Berlin and Copenhagen",
            deadline=Deadline(date=dt.date(2025, 12, 31), text="by year's end", precision="year"),
            sources=[_source("a000kyiv", "Ukraine will open defense production offices in Berlin and Copenhagen by year's end, Zelensky said."),
                     _source("a001ukrn", "Zelensky announced offices in Berlin and Copenhagen by year-end.")],
        ),
        make_claim(
            "c2drones", kind="production_target", text="600-800 interceptor drones will be produced per day by the end of November",
            places=[], parties=["Ukraine"], quantity=Quantity(low=600, high=800, unit="interceptor drones", per="day"),
            deadline=Deadline(date=dt.date(2025, 11, 30), text="by the end of November", precision="month"),
            sources=[_source("a000kyiv", "By the end of November, Ukraine aims to produce 600-800 interceptor drones per day.")],
        ),
        make_claim(
            "c3export", kind="export", text="Ukraine will export weapons that are not in high demand at home",
            places=[], deadline=None, sources=[_source("a000kyiv", "We will export what we do not need at home.")],
        ),
        make_claim(
            "c4facility", kind="opening", actor="Denys Shmyhal", places=["Denmark"], parties=["Ukraine", "Denmark"],
            text="Ukrainian defense manufacturers will establish joint production facilities in Denmark",
            deadline=Deadline(date=dt.date(2026, 12, 1), text="by December 1, 2026", precision="day"),
            sources=[_source("a004gaze", "Ukrainian manufacturers will establish joint facilities in Denmark, Shmyhal said.")],
        ),
        make_claim(
            "c5line", kind="opening", mode="event", places=["Denmark"], deadline=None, event_date="2025-09",
            text="Ukraine launched its first joint drone production line in Denmark",
            sources=[_source("a002line", "Ukraine has launched its first joint drone production line in Denmark.")],
        ),
        make_claim(
            "c6lines", kind="opening", places=[], text="Ukraine will open joint production lines with other European countries",
            deadline=Deadline(date=dt.date(2026, 12, 31), text="next year", precision="year"),
            sources=[_source("a002line", "More lines with other European countries will follow next year.")],
        ),
        make_claim(
            "c7agree", kind="agreement", mode="event", actor="Herman Smetanin", places=["Denmark"], deadline=None,
            event_date="2025-07-04", text="Denmark and Ukraine signed an agreement allowing Ukrainian defense production in Denmark",
            sources=[_source("a003oiko", "Denmark and Ukraine signed an agreement on 4 July.")],
        ),
        make_claim(
            "c8capacity", kind="production_target", mode="event", places=[], deadline=None,
            text="Kyiv has the capacity to produce 8 million drones per year",
            quantity=Quantity(low=8_000_000, high=8_000_000, unit="drones", per="year"),
            sources=[_source("a004gaze", "Ukraine can produce 8 million drones a year, but lacks financing.")],
        ),
    ]
    for claim in claims:
        store.save_claim(claim)
    store.mark("c7agree", "confirmed", note="agreement text published", evidence=Evidence(url="https://um.dk/en/news/agreement"))
    store.clock = lambda: _at("2026-11-02")
    store.mark("c8capacity", "refuted", note="the ministry gave a lower figure", evidence=Evidence(quote="Capacity stands at 4 million a year."))
    store.clock = lambda: _at("2026-11-18")
    store.mark("c1office", "confirmed", note="Berlin office opened; Copenhagen followed",
               evidence=Evidence(article="a005late", quote="The Berlin office of Ukraine's defense industry opened on Monday."))
    store.clock = lambda: _at("2026-11-20")
    store.mark("c6lines", "partial", note="a line opened in Denmark only")
    store.add_note("c4facility", "site in Vejen named")
    store.save_proposal(Proposal(id="p1confirm", claim="c5line", article="a005late", effect="confirms",
                                 quote="The Danish line has been producing since September.", created_at=_at("2026-11-19")))
    store.clock = lambda: _at("2026-11-22")
    return store


HOSTILE = [
    "[bold]x[/] [link=http://e]y[/]",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://evil.example","click")',
    "+1",
    "-2",
    "@x",
    "\tTAB",
    "\rCR",
    'line one\nline two, "quoted", comma',
    "Київ — Zürich “quotes” 🚀",
    "bell\x07 escape\x1b[31mRED\x1b[0m",
    "[click](javascript:alert(1)) ![img](http://evil.example/x.png) **bold** _em_ `code` | pipe",
    "</script><!-- <script>alert(2)</script> &amp; &lt;",
]
"""Text an article (or its metadata) might carry to attack an export."""


def build_hostile(path: Path) -> Store:
    """One claim and one article per hostile string, the string in every free-text field."""
    store = Store.open(path, create=True, clock=lambda: _at("2026-11-20"))
    for n, evil in enumerate(HOSTILE):
        article_id = f"h{n:03d}art"
        store.save_article(Article(id=article_id, path=f"{article_id}.txt", sha256="0" * 64, title=evil, outlet=evil,
                                   url="javascript:alert(1)" if n % 2 else f"https://example.org/{n}?q=\")<x>",
                                   published=dt.date(2026, 1, 1), added_at=_at("2026-01-01")))
        claim = make_claim(
            f"h{n:03d}", text=evil, actor=evil, places=[evil], parties=[evil], tags=[evil],
            deadline=Deadline(date=dt.date(2026, 11, 1 + n), text=evil, precision="day"),
            sources=[Source(article=article_id, quote=evil, start=0, end=1)],
        )
        store.save_claim(claim)
        status = ("confirmed", "refuted", "partial", "pending")[n % 4]
        store.mark(claim.id, status, note=evil, evidence=Evidence(article=article_id, quote=evil, url="javascript:alert(1)"))
        store.add_note(claim.id, evil)
    return store


@pytest.fixture
def sample_snapshot(tmp_path: Path) -> Snapshot:
    return snapshot(build_sample(tmp_path / "claims.json"), AS_OF)


@pytest.fixture
def hostile_snapshot(tmp_path: Path) -> Snapshot:
    return snapshot(build_hostile(tmp_path / "claims.json"), AS_OF)
