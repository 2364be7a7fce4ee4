"""What `tracker add` tells a person about a collection: undated articles, unmatched --meta entries."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tracker.cli import cli

ARTICLE = (
    "Finland to open drone offices in Helsinki this year\n\n"
    "Finland will open drone production offices in Helsinki by the end of the year, the minister told journalists.\n"
    "The weather in the capital was mild for the time of year and the streets were calm, story {n}.\n"
)


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(count):
        (folder / f"story{n:02}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def test_many_undated_articles_are_summed_up_and_all_can_be_found_by_a_script(tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    result = CliRunner().invoke(cli, ["--db", str(db), "add", str(_folder(tmp_path, 9))])
    assert result.exit_code == 0, result.output
    named = [line for line in result.stdout.splitlines() if "publication date unknown" in line]
    assert len(named) == 5
    assert "4 more articles with no publication date (9 in all)" in result.stdout
    assert "`tracker article ID --published DATE`" in result.stdout
    assert "`tracker export --format json`" in result.stdout
    # What that line points a script to names every one of them.
    export = CliRunner().invoke(cli, ["--db", str(db), "export", "--format", "json"])
    undated = [a["id"] for a in json.loads(export.stdout)["articles"] if a["published"] is None]
    assert len(undated) == 9
    assert {line.split(":")[0] for line in named} <= set(undated)


def test_a_few_undated_articles_are_each_named(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "claims.json"), "add", str(_folder(tmp_path, 6))])
    assert result.exit_code == 0, result.output
    assert len([line for line in result.stdout.splitlines() if "publication date unknown" in line]) == 6
    assert "more articles with no publication date" not in result.stdout
