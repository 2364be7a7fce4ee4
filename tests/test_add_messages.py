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
    assert {line.split()[0] for line in named} <= set(undated)
    # Each named article says which stored file it is.
    paths = {a["id"]: a["path"] for a in json.loads(export.stdout)["articles"]}
    assert all(f"({paths[line.split()[0]]})" in line for line in named)


def test_a_few_undated_articles_are_each_named(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "claims.json"), "add", str(_folder(tmp_path, 6))])
    assert result.exit_code == 0, result.output
    assert len([line for line in result.stdout.splitlines() if "publication date unknown" in line]) == 6
    assert "more articles with no publication date" not in result.stdout


def _add_with_meta(tmp_path: Path, folder: Path, meta: dict[str, dict[str, str]]):
    path = tmp_path / "meta.json"
    path.write_text(json.dumps(meta), encoding="utf-8")
    return CliRunner().invoke(cli, ["--db", str(tmp_path / "claims.json"), "add", "--meta", str(path), str(folder)])


def test_a_meta_entry_matching_no_added_file_is_reported_on_stderr(tmp_path: Path) -> None:
    """A typo in a file name would otherwise lose that article's date and title without a word."""
    folder = _folder(tmp_path, 2)
    result = _add_with_meta(tmp_path, folder, {
        "story00.txt": {"published": "2025-05-02"},
        "stroy01.txt": {"published": "2025-05-03", "title": "Drone offices"},
    })
    assert result.exit_code == 0, result.output
    assert "2 articles added" in result.stdout
    assert result.stderr.splitlines() == [
        f'warning: {tmp_path / "meta.json"}: "stroy01.txt" matches no added file (did you mean "story01.txt"?); '
        "not used: published, title"
    ]
    # The matched entry still dates its article; the other article stays undated, and says so.
    assert result.stdout.count("publication date unknown") == 1


def test_many_unmatched_meta_entries_are_summed_up(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    meta = {f"other{n:02}.txt": {"published": "2025-05-02"} for n in range(20)}
    result = _add_with_meta(tmp_path, folder, meta)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 6 and all("matches no added file" in line for line in lines[:5])
    assert lines[5] == f"warning: {tmp_path / 'meta.json'}: 15 more entries match no added file (entries are matched by file name)"


def test_a_meta_entry_naming_a_path_points_to_the_file_name(tmp_path: Path) -> None:
    result = _add_with_meta(tmp_path, _folder(tmp_path, 1), {"in/story00.txt": {}})
    assert result.exit_code == 0, result.output
    assert result.stderr == f'warning: {tmp_path / "meta.json"}: "in/story00.txt" matches no added file (did you mean "story00.txt"?)\n'
