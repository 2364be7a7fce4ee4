"""A small workspace with every kind of claim the dashboard has to show, for Pilot and snapshot tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.models import Article, Change, Deadline, Evidence, Note, Proposal, Quantity, Source
from tracker.store import Store

AS_OF = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.timezone.utc)
HOSTILE = "[bold]x[/] [link=http://e]y[/] \x1b[31mred"
"""A claim text that would style, link or colour the screen if it were ever taken as markup."""

ARTICLE_TEXT = (
    "Ukraine to open arms offices abroad\n\n"
    "Ukraine is set to open defense production offices in Berlin and Copenhagen by year's end, "
    "Zelensky said.\n\n"
    "Manufacturers will deliver 600-800 interceptor drones per day by the end of November.\n\n"
    "The ministry said a further agreement would follow.\n"
)
UPDATE_TEXT = "The Berlin office opened on Monday, officials said.\n"


def quote_source(article: str, text: str, quote: str) -> Source:
    start = text.index(quote)
    return Source(article=article, quote=quote, start=start, end=start + len(quote))


def build_workspace(folder: Path) -> Store:
    """Write the workspace into ``folder`` and return its store (with a fixed clock)."""
    from tests.conftest import make_claim

    store = Store.open(folder / "claims.json", create=True, clock=lambda: NOW)
    (store.sources_dir / "a1.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (store.sources_dir / "a2.txt").write_text(UPDATE_TEXT, encoding="utf-8")
    store.save_article(
        Article(id="a1", path="a1.txt", sha256="1" * 64, title="Ukraine to open arms offices abroad", outlet="Kyiv Post",
                url="https://example.org/a1", published=dt.date(2025, 10, 1), added_at=NOW)
    )
    store.save_article(
        Article(id="a2", path="a2.txt", sha256="2" * 64, title="Berlin office opens", outlet="DW",
                published=dt.date(2026, 11, 10), added_at=NOW)
    )
    offices = "Ukraine is set to open defense production offices in Berlin and Copenhagen by year's end, Zelensky said."
    drones = "Manufacturers will deliver 600-800 interceptor drones per day by the end of November."
    claims = [
        # Pending pledge long past its deadline: shows as overdue.
        make_claim("c-office", text="Ukraine will open defense production offices in Berlin and Copenhagen",
                   sources=[quote_source("a1", ARTICLE_TEXT, offices), quote_source("a2", UPDATE_TEXT, "The Berlin office opened on Monday")],
                   notes=[Note(at=NOW, text="Asked the ministry for a date")]),
        make_claim("c-drones", kind="production_target", text="600-800 interceptor drones per day", actor="Ukrainian manufacturers",
                   places=[], quantity=Quantity(low=600, high=800, unit="interceptor drones", per="day"),
                   deadline=Deadline(date=dt.date(2025, 11, 30), text="by the end of November", precision="month"),
                   sources=[quote_source("a1", ARTICLE_TEXT, drones)]),
        # Due in 5 days: due soon.
        make_claim("c-soon", kind="agreement", text="Sign a co-production agreement with Denmark", actor="Denmark",
                   places=["Copenhagen"], deadline=Deadline(date=AS_OF + dt.timedelta(days=5), text="by the end of the month", precision="day"),
                   sources=[]),
        make_claim("c-later", kind="funding", text="Fund 1,000 new drone crews", actor="Ministry of Defence", places=[],
                   deadline=Deadline(date=dt.date(2027, 6, 30), text="by mid-2027", precision="month"), sources=[]),
        make_claim("c-done", kind="export", text="Export licences for the first drone batch", actor="Ukrainian government",
                   status="confirmed", places=["Kyiv"],
                   history=[Change(at=NOW, status="confirmed", note="licences published",
                                   evidence=Evidence(article="a2", quote="The Berlin office opened"))]),
        make_claim("c-wrong", kind="other", text="A new air base in Lviv within weeks", actor="Unnamed official",
                   status="refuted", places=["Lviv"], deadline=None),
        make_claim("c-hostile", kind="other", text=HOSTILE, actor="[i]actor[/i]", places=["[red]place"], deadline=None),
    ]
    with store.transaction():
        for claim in claims:
            store.save_claim(claim)
    store.save_proposal(
        Proposal(id="p-berlin", claim="c-office", article="a2", effect="confirms", quote="The Berlin office opened on Monday, officials said.",
                 start=0, end=51, created_at=NOW)
    )
    return store
