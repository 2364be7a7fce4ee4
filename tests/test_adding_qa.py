"""Adding articles as a user lives it: what a QA pass over `tracker add` and its follow-ups found."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.ingest import add_sources, rebuild
from tracker.models import Deadline, Effect, Proposal
from tracker.store import Store

from tests.conftest import NOW
from tests.test_articles import Server, refusal

ARTICLE = (
    "Finland to open drone offices in Helsinki this year\n\n"
    "Finland will open drone production offices in Helsinki by the end of the year, the minister told journalists.\n"
    "Finland and Ukraine signed a defense agreement on March 3, the ministry said, a deal both sides called historic.\n"
    "The weather in the capital was mild for the time of year and the streets were calm.\n"
)


def _article(tmp_path: Path, name: str = "finland.txt", text: str = ARTICLE) -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_rebuild_keeps_the_deadline_of_an_accepted_delay(store: Store, tmp_path: Path) -> None:
    add_sources(store, [str(_article(tmp_path))], published=dt.date(2025, 5, 2))
    offices = next(c for c in store.claims() if c.kind.value == "opening")
    assert offices.deadline is not None and offices.deadline.date == dt.date(2025, 12, 31)
    (article,) = store.articles()
    later = Deadline(date=dt.date(2026, 6, 30), text="by mid-2026", precision="month")
    store.save_proposal(Proposal(id="p1", claim=offices.id, article=article.id, effect=Effect.DELAYS,
                                 quote="The opening was put off until mid-2026.", new_deadline=later, created_at=NOW))
    store.settle_proposal("p1", True)
    assert store.claim(offices.id).deadline == later

    rebuild(store)

    kept = store.claim(offices.id)
    assert kept.deadline == later, "the deadline a person accepted went back to the extracted one"
    assert kept.history[-1].effect is Effect.DELAYS


def test_a_title_or_url_is_not_given_to_every_article_of_a_folder(db_path: Path, tmp_path: Path) -> None:
    _article(tmp_path, "finland.txt")
    folder = _article(tmp_path, "norway.txt", ARTICLE.replace("Finland", "Norway").replace("Helsinki", "Oslo")).parent
    for option in (["--title", "Drone offices"], ["--url", "https://example.com/drones"]):
        result = CliRunner().invoke(cli, ["--db", str(db_path), "add", str(folder), "--published", "2025-05-02", *option])
        assert result.exit_code == 1
        assert "2 articles" in result.output and len(result.output.strip().splitlines()) == 1
        assert Store.open(db_path).articles() == []
    # One article (a folder holding one counts too) may be named.
    alone = _article(tmp_path / "one", "finland.txt").parent
    result = CliRunner().invoke(cli, ["--db", str(db_path), "add", str(alone), "--title", "Drone offices"])
    assert result.exit_code == 0, result.output
    assert [a.title for a in Store.open(db_path).articles()] == ["Drone offices"]


def test_an_add_that_adds_nothing_leaves_no_workspace_behind(tmp_path: Path) -> None:
    """A mistyped path in the wrong folder must not leave a claims.json and a sources/ there."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    for inputs in (["artcle.txt"], [str(binary)], [str(binary), str(tmp_path / "nope.txt")]):
        result = CliRunner().invoke(cli, ["--db", str(folder / "claims.json"), "add", *inputs])
        assert result.exit_code == 1 and "0 articles added" in result.output
        assert list(folder.iterdir()) == []
    # An existing workspace stays, empty or not.
    db = folder / "claims.json"
    assert CliRunner().invoke(cli, ["--db", str(db), "init"]).exit_code == 0
    assert CliRunner().invoke(cli, ["--db", str(db), "add", "artcle.txt"]).exit_code == 1
    assert db.exists() and (folder / "sources").is_dir()


def test_a_publication_date_after_today_is_pointed_out(tmp_path: Path) -> None:
    """--published 2099-01-01 is most likely a slip: accepted, but the user is told, on stderr."""
    db = str(tmp_path / "claims.json")
    article = _article(tmp_path)
    env = {"TRACKER_NOW": "2026-11-22T09:00:00+00:00"}
    result = CliRunner().invoke(cli, ["--db", db, "add", str(article), "--published", "2099-01-01"], env=env)
    assert result.exit_code == 0, result.output
    assert "warning: publication date 2099-01-01 is after today (2026-11-22)" in result.stderr
    (stored,) = Store.open(tmp_path / "claims.json").articles()
    for date, warned in (("2099-02-01", True), ("2026-11-22", False), ("2025-05-02", False)):
        result = CliRunner().invoke(cli, ["--db", db, "article", stored.id, "--published", date], env=env)
        assert result.exit_code == 0, result.output
        assert ("after today" in result.stderr) is warned



@pytest.fixture
def web() -> Iterator[Server]:
    running = Server()
    running.thread.start()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


def test_a_redirect_loop_is_one_plain_line(web: Server) -> None:
    web.answer("/loop", b"", status=302, headers={"Location": "/loop"})
    assert refusal(web.url("/loop")) == f"{web.url('/loop')}: the server keeps redirecting (a redirect loop, or too many redirects)"


def test_a_redirect_to_nowhere_says_so_in_one_line(web: Server) -> None:
    web.answer("/nowhere", b"", status=302)
    assert refusal(web.url("/nowhere")).startswith(f"{web.url('/nowhere')}: the server answered HTTP 302")


def test_dating_an_article_whose_file_is_gone_is_a_one_line_error(tmp_path: Path) -> None:
    db = tmp_path / "ws" / "claims.json"
    db.parent.mkdir()
    assert CliRunner().invoke(cli, ["--db", str(db), "add", str(_article(tmp_path))]).exit_code == 0
    store = Store.open(db)
    (article,) = store.articles()
    (store.sources_dir / article.path).unlink()
    result = CliRunner().invoke(cli, ["--db", str(db), "article", article.id, "--published", "2025-05-02"])
    assert result.exit_code == 1 and not isinstance(result.exception, OSError)
    assert result.output == f"Error: sources/{article.path}: cannot be read (no such file); `tracker check` lists what is missing\n"
    assert Store.open(db).article(article.id).published is None


def test_a_bad_date_in_a_meta_file_names_its_article(tmp_path: Path) -> None:
    article = _article(tmp_path)
    meta = tmp_path / "meta.json"
    meta.write_text('{"finland.txt": {"published": "2025-13-45"}}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "claims.json"), "add", str(article.parent), "--meta", str(meta)])
    assert result.exit_code == 1
    assert result.output == "Error: metadata of finland.txt: published '2025-13-45' is not a date; use YYYY-MM-DD\n"


def test_writing_the_database_keeps_who_may_read_it(tmp_path: Path) -> None:
    """A shared workspace stays shared: the first add must not make claims.json private to its writer."""
    db = tmp_path / "claims.json"
    Store.open(db, create=True).close()
    umask = os.umask(0)
    os.umask(umask)
    shared = 0o640
    assert stat.S_IMODE(db.stat().st_mode) == 0o666 & ~umask  # a new file, as any other program makes it
    os.chmod(db, shared)
    add_sources(Store.open(db), [str(_article(tmp_path))], published=dt.date(2025, 5, 2))
    assert stat.S_IMODE(db.stat().st_mode) == shared
