"""CSV: one row per claim, stable columns, clean in spreadsheets, no formula injection."""

from __future__ import annotations

import csv
import io

from tests.export.conftest import HOSTILE
from tracker.export import Snapshot, render
from tracker.export.csv_export import COLUMNS
from tracker.export.safety import clean

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _read(text: str) -> list[dict[str, str]]:
    data = text.encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for Excel"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_sample_round_trips_with_stable_columns(sample_snapshot: Snapshot) -> None:
    text = render("csv", sample_snapshot)
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert tuple(header) == COLUMNS
    rows = {row["id"]: row for row in _read(text)}
    assert list(rows) == [v.claim.id for v in sample_snapshot.claims]
    drones = rows["c2drones"]
    assert (drones["status"], drones["deadline"], drones["days_left"]) == ("overdue", "2025-11-30", "-357")
    assert (drones["quantity_low"], drones["quantity_high"], drones["quantity_per"]) == ("600", "800", "day")
    office = rows["c1office"]
    assert office["places"] == "Berlin\nCopenhagen"  # lists: one item per line inside the cell
    assert office["latest_evidence"] == "The Berlin office of Ukraine's defense industry opened on Monday."
    assert office["first_reported"] == "2025-11-03"
    assert rows["c7agree"]["latest_evidence_url"] == "https://um.dk/en/news/agreement"


def test_every_cell_is_quoted_and_rows_end_with_crlf(sample_snapshot: Snapshot) -> None:
    text = render("csv", sample_snapshot).lstrip("\ufeff")
    assert text.endswith("\r\n")
    for record in csv.reader(io.StringIO(text, newline="")):
        assert len(record) == len(COLUMNS)
    assert text.startswith('"id","status",')
    assert ',"-357",' in text


def test_hostile_text_is_neutralised_and_otherwise_kept(hostile_snapshot: Snapshot) -> None:
    rows = _read(render("csv", hostile_snapshot))
    assert len(rows) == len(HOSTILE)
    numeric = {"days_left", "quantity_low", "quantity_high"}
    for row in rows:
        for column, cell in row.items():
            if column not in numeric:
                assert not cell.startswith(FORMULA_STARTS), (column, cell)
    by_id = {row["id"]: row for row in rows}
    for n, evil in enumerate(HOSTILE):
        row = by_id[f"h{n:03d}"]
        expected = clean(evil)
        if expected.startswith(FORMULA_STARTS):
            expected = "'" + expected
        for column in ("claim", "actor", "deadline_text", "places", "parties", "source_titles", "source_quotes", "tags"):
            assert row[column] == expected, (column, row[column], expected)
    assert by_id["h002"]["claim"] == '\'=HYPERLINK("http://evil.example","click")'
    assert by_id["h003"]["claim"] == "'+1" and by_id["h004"]["claim"] == "'-2" and by_id["h005"]["claim"] == "'@x"
    assert by_id["h006"]["claim"] == "'\tTAB"
    assert by_id["h008"]["claim"] == 'line one\nline two, "quoted", comma'  # newline kept inside the cell
    assert by_id["h009"]["claim"] == "Київ — Zürich “quotes” 🚀"
    assert by_id["h010"]["claim"] == "bell\\x07 escape\\x1b[31mRED\\x1b[0m"
    # Unsafe article URLs are left out of the URL column rather than offered to click.
    assert all("javascript:" not in row["source_urls"] for row in rows)
