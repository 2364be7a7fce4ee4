"""Every command through the real entry point: output, errors as one line, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import NOW, make_claim
from tracker.cli import cli, main
from tracker.models import Article, Deadline, Effect, Proposal
from tracker.store import Store


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `tracker ARGS` as the console script does; return (exit code, stdout, stderr)."""
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workspace(db_path: Path) -> Path:
    store = Store.open(db_path, clock=lambda: NOW)
    store.save_article(Article(id="a1", path="a1.txt", sha256="1" * 64, title="Offices", outlet="Kyiv Independent", added_at=NOW))
    store.save_claim(make_claim("c1"))  # deadline 2025-12-31
    store.save_claim(make_claim("c2", kind="production_target", text="600-800 interceptor drones per day",
                                deadline=Deadline(date="2025-11-30", text="by the end of November", precision="month")))
    store.save_claim(make_claim("c3", kind="agreement", mode="event", text="Denmark and Ukraine signed an agreement", deadline=None))
    store.save_proposal(Proposal(id="p1", claim="c1", article="a1", effect=Effect.CONFIRMS, quote="The offices opened.", created_at=NOW))
    return db_path


def test_list_shows_overdue_first_with_days(capsys: pytest.CaptureFixture[str], workspace: Path) -> None:
    code, out, _ = run(capsys, "--db", str(workspace), "--as-of", "2026-01-01", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "STATUS", "KIND"]
    assert [line.split()[0] for line in lines[1:]] == ["c2", "c1", "c3"]
    assert lines[1].split()[1:5] == ["overdue", "production_target", "2025-11-30", "-32"]


def test_as_of_changes_what_is_overdue(capsys: pytest.CaptureFixture[str], workspace: Path) -> None:
    _, out, _ = run(capsys, "--db", str(workspace), "--as-of", "2025-11-15", "list", "--status", "overdue")
    assert out.strip() == "no claims"
    _, out, _ = run(capsys, "--db", str(workspace), "--as-of", "2025-12-01", "list", "--status", "overdue", "--json")
    assert [c["id"] for c in json.loads(out)] == ["c2"]


def test_list_filters(capsys: pytest.CaptureFixture[str], workspace: Path) -> None:
    base = ["--db", str(workspace), "--as-of", "2025-11-01", "list", "--json"]
    ids = lambda *extra: [c["id"] for c in json.loads(run(capsys, *base, *extra)[1])]  # noqa: E731
    assert ids("--kind", "agreement") == ["c3"]
    assert ids("--due-before", "2025-12-01") == ["c2"]
    assert ids("--due-within", "40") == ["c2"]
    assert ids("--search", "interceptor") == ["c2"]


def test_db_from_environment(capsys: pytest.CaptureFixture[str], workspace: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRACKER_DB", str(workspace))
    monkeypatch.chdir(tmp_path.parent)
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0 and len(json.loads(out)) == 3


def test_show_gives_sources_quotes_and_history(capsys: pytest.CaptureFixture[str], workspace: Path) -> None:
    run(capsys, "--db", str(workspace), "mark", "c1", "partial", "--note", "only Berlin opened", "--url", "https://example.org/x")
    code, out, _ = run(capsys, "--db", str(workspace), "--as-of", "2025-12-01", "show", "c1")
    assert code == 0
    assert "status     partial" in out
    assert "deadline   2025-12-31 (\"by year's end\", 30 days left)" in out
    assert "“Ukraine is set to open offices by year's end.”" in out
    assert re.search(r"partial\s+by user: only Berlin opened", out)
    assert "evidence https://example.org/x" in out


def test_mark_note_undo(capsys: pytest.CaptureFixture[str], workspace: Path) -> None:
    db = str(workspace)
    assert run(capsys, "--db", db, "mark", "c1", "confirmed", "--evidence", "a1", "--quote", "Opened.")[1] == "c1: confirmed\n"
    assert run(capsys, "--db", db, "note", "c1", "Seen the office")[0] == 0
    assert Store.open(workspace).claim("c1").notes[0].text == "Seen the office"
    assert run(capsys, "--db", db, "undo")[1] == "undone: note on c1\n"
    assert run(capsys, "--db", db, "undo")[1] == "undone: mark c1 confirmed\n"
    claim = Store.open(workspace).claim("c1")
    assert claim.status.value == "pending" and claim.notes == []
    code, _, err = run(capsys, "--db", db, "undo")
    assert code == 1 and err == "Error: nothing to undo\n"


def test_review_accept_reject(capsys: pytest.CaptureFixture[str], workspace: Path) -> None:
    db = str(workspace)
    _, out, _ = run(capsys, "--db", db, "review")
    assert "p1 [open] article a1 confirms c1" in out and "“The offices opened.”" in out
    assert run(capsys, "--db", db, "accept", "p1")[0] == 0
    assert Store.open(workspace).claim("c1").status.value == "confirmed"
    assert run(capsys, "--db", db, "review")[1] == "no open proposals\n"
    code, _, err = run(capsys, "--db", db, "reject", "p1")
    assert code == 1 and "already accepted" in err


def test_export_json_is_versioned_and_reproducible(capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "export.json"
    assert run(capsys, "--db", str(workspace), "export", "--format", "json", "--as-of", "2026-11-22", "-o", str(out_file))[0] == 0
    first = out_file.read_bytes()
    data = json.loads(first)
    assert data["schema"] == "tracker.export/1" and data["as_of"] == "2026-11-22"
    assert [a["sha256"] for a in data["articles"]] == ["1" * 64]
    by_id = {c["id"]: c for c in data["claims"]}
    assert by_id["c2"]["status"] == "overdue" and by_id["c2"]["stored_status"] == "pending"
    assert by_id["c2"]["deadline"]["date"] == "2025-11-30" and by_id["c2"]["days_left"] == -357
    assert data["proposals"][0]["effect"] == "confirms"
    run(capsys, "--db", str(workspace), "export", "--format", "json", "--as-of", "2026-11-22", "-o", str(out_file))
    assert out_file.read_bytes() == first


def test_export_claimreview_links_each_review_to_the_published_page_only_when_given(capsys: pytest.CaptureFixture[str], workspace: Path) -> None:
    db = str(workspace)
    assert run(capsys, "--db", db, "mark", "c1", "confirmed", "--note", "opened")[0] == 0
    code, out, _ = run(capsys, "--db", db, "export", "--format", "claimreview")
    assert code == 0 and [set(review) & {"url"} for review in json.loads(out)["@graph"]] == [set()]  # no page known: no url
    code, out, _ = run(capsys, "--db", db, "export", "--format", "claimreview", "--page-url", "https://example.org/claims.html")
    assert code == 0 and [review["url"] for review in json.loads(out)["@graph"]] == ["https://example.org/claims.html#claim-c1"]
    code, out, err = run(capsys, "--db", db, "export", "--format", "claimreview", "--page-url", "claims.html")
    assert (code, out) == (1, "") and "not an absolute http(s) address" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", db, "export", "--format", "json", "--page-url", "https://example.org/claims.html")
    assert code == 1 and "only used by --format claimreview" in err


def test_init_makes_a_workspace(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "init", str(tmp_path / "ws"))
    assert code == 0 and (tmp_path / "ws" / "claims.json").is_file() and (tmp_path / "ws" / "sources").is_dir()
    code, out, _ = run(capsys, "init", str(tmp_path / "ws"))
    assert code == 0 and "already a tracker workspace" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nope"], "Error: no claim with id 'nope'"),
        (["mark", "c1", "done"], "Error: Invalid value for 'STATUS'"),
        (["--as-of", "2025-02-30", "list"], "Error: Invalid value for '--as-of': '2025-02-30' is not a date"),
        (["list", "--due-before", "soon"], "Error: Invalid value for '--due-before'"),
        (["export", "--format", "pdf"], "Error: unknown export format 'pdf'"),
        (["mark", "c1", "confirmed", "--evidence", "zzz"], "Error: no article with id 'zzz'"),
        (["note", "c1", "  "], "Error: a note needs some text"),
    ],
)
def test_errors_are_one_line_and_non_zero(capsys: pytest.CaptureFixture[str], workspace: Path, args: list[str], message: str) -> None:
    code, _, err = run(capsys, "--db", str(workspace), *args)
    assert code != 0
    assert err.startswith(message) and err.count("\n") == 1 and "Traceback" not in err


def test_unreadable_database_is_one_line_and_untouched(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "claims.json"
    bad.write_text("{not json")
    code, _, err = run(capsys, "--db", str(bad), "list")
    assert code == 1 and err.count("\n") == 1 and "not valid JSON" in err
    assert bad.read_text() == "{not json"


def test_hostile_text_cannot_reach_the_terminal_raw(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    Store.open(db_path).save_claim(make_claim("c1", text="evil \x1b]0;pwned\x07 \x1b[2J cleared"))
    _, out, _ = run(capsys, "--db", str(db_path), "show", "c1")
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]0;pwned\\x07" in out


def test_every_command_has_help_and_is_in_the_readme(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for name, command in cli.commands.items():
        assert command.help, name
        code, out, _ = run(capsys, name, "--help")
        assert code == 0 and out.startswith(f"Usage: tracker {name}")
        assert f"tracker {name}" in readme or f"`{name} " in readme, f"{name} is not in the README"


def test_add_with_a_bad_file_exits_non_zero_through_the_entry_point(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    code, _, err = run(capsys, "--db", str(db_path), "add", str(binary))
    assert code == 1
    assert "photo.txt: looks like a binary file, not an article" in err and "Traceback" not in err
    assert list((db_path.parent / "sources").iterdir()) == []


OFFICES = (
    "Ukraine to open defense offices in Berlin\n\n"
    "Ukraine will open a defense production office in Berlin by the end of the year, "
    "President Volodymyr Zelensky told journalists on Monday.\n"
)


def test_undo_of_an_add_removes_the_file_the_add_stored(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "claims.json")
    sources = tmp_path / "sources"
    article = tmp_path / "offices.txt"
    article.write_text(OFFICES)
    assert run(capsys, "--db", db, "add", str(article), "--published", "2025-11-03")[0] == 0
    (stored,) = sources.iterdir()
    assert run(capsys, "--db", db, "undo")[1] == "undone: add 1 article\n"
    assert list(sources.iterdir()) == []
    code, out, err = run(capsys, "--db", db, "check")
    assert code == 0 and "0 article files intact" in out and err == ""
    # Added again: stored again, under the same name.
    assert run(capsys, "--db", db, "add", str(article), "--published", "2025-11-03")[0] == 0
    assert [p.name for p in sources.iterdir()] == [stored.name]
    assert run(capsys, "--db", db, "check")[0] == 0


def test_undo_of_an_add_keeps_files_the_add_did_not_store_or_that_changed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "claims.json")
    sources = tmp_path / "sources"
    article = tmp_path / "offices.txt"
    article.write_text(OFFICES)
    run(capsys, "--db", db, "add", str(article), "--published", "2025-11-03")
    (stored,) = sources.iterdir()
    kept = stored.read_bytes()
    run(capsys, "--db", db, "undo")
    # Someone puts the same bytes back by hand: the next add reuses the file, so its undo leaves it.
    stored.write_bytes(kept)
    run(capsys, "--db", db, "add", str(article), "--published", "2025-11-03")
    run(capsys, "--db", db, "undo")
    assert stored.read_bytes() == kept
    # A stored file edited after the add is someone's work now: undo leaves it, check warns.
    stored.unlink()
    run(capsys, "--db", db, "add", str(article), "--published", "2025-11-03")
    stored.write_bytes(kept + b"my own notes")
    assert run(capsys, "--db", db, "undo")[0] == 0
    assert stored.read_bytes() == kept + b"my own notes"
    code, _, err = run(capsys, "--db", db, "check")
    assert code == 0 and f"sources/{stored.name}: no article refers to it" in err


def test_check_validates_documents_and_the_article_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    article = tmp_path / "offices.txt"
    article.write_text(
        "Ukraine to open defense offices in Berlin\n\n"
        "Ukraine will open a defense production office in Berlin by the end of the year, "
        "President Volodymyr Zelensky told journalists on Monday. The office will help "
        "Ukrainian manufacturers find partners for joint production in Germany.\n"
    )
    assert run(capsys, "--db", str(db), "add", str(article), "--published", "2025-11-03")[0] == 0
    check = lambda: run(capsys, "--db", str(db), "check")  # noqa: E731
    code, out, err = check()
    assert code == 0 and "all valid; 1 article files intact" in out and err == ""

    (stored,) = (tmp_path / "sources").iterdir()
    (tmp_path / "sources" / "left-over.txt").write_text("from an add that was undone")
    code, out, err = check()
    assert code == 0 and "warning: sources/left-over.txt: no article refers to it" in err

    stored.write_text(stored.read_text() + "edited by hand")
    code, out, err = check()
    assert code == 1 and f"sources/{stored.name} changed since it was added" in err
    assert err.strip().splitlines()[-1].endswith("1 problem with sources/ (listed above)")

    stored.unlink()
    code, _, err = check()
    assert code == 1 and f"sources/{stored.name} is missing" in err
