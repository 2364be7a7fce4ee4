"""iCalendar: one all-day event per dated deadline, parsed back with the icalendar library."""

from __future__ import annotations

import datetime as dt

import icalendar

from tests.export.conftest import HOSTILE
from tracker.export import Snapshot, render
from tracker.export.safety import clean


def _events(text: str) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return list(calendar.walk("VEVENT"))


def test_sample_has_one_all_day_event_per_dated_deadline(sample_snapshot: Snapshot) -> None:
    text = render("ics", sample_snapshot)
    events = {str(e["UID"]): e for e in _events(text)}
    # c1office, c2drones, c4facility, c6lines have dated deadlines; the others have none.
    assert sorted(events) == [f"{cid}-deadline@claims.tracker" for cid in ("c1office", "c2drones", "c4facility", "c6lines")]
    drones = events["c2drones-deadline@claims.tracker"]
    assert drones.decoded("DTSTART") == dt.date(2025, 11, 30)
    assert drones.decoded("DTEND") == dt.date(2025, 12, 1)
    assert drones.decoded("DTSTAMP") == dt.datetime(2026, 11, 22, tzinfo=dt.timezone.utc)
    assert str(drones["SUMMARY"]) == "[overdue] 600-800 interceptor drones will be produced per day by the end of November"
    assert "Status: overdue (357 days overdue)" in str(drones["DESCRIPTION"])
    facility = events["c4facility-deadline@claims.tracker"]
    assert "<https://thegaze.media/news/" in str(facility["DESCRIPTION"])
    assert str(facility["URL"]).startswith("https://thegaze.media/")


def test_lines_are_crlf_and_folded_to_75_octets(hostile_snapshot: Snapshot) -> None:
    data = render("ics", hostile_snapshot).encode("utf-8")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines), "long lines should be folded"
    for line in lines:
        line.decode("utf-8")  # never split inside a character


def test_hostile_text_round_trips_through_a_real_parser(hostile_snapshot: Snapshot) -> None:
    events = {str(e["UID"]).split("-")[0]: e for e in _events(render("ics", hostile_snapshot))}
    assert len(events) == len(HOSTILE)
    for n, evil in enumerate(HOSTILE):
        event = events[f"h{n:03d}"]
        status = ("confirmed", "refuted", "partial", "overdue")[n % 4]  # the pending ones are past their deadline
        assert str(event["SUMMARY"]) == f"[{status}] {clean(evil).replace(chr(9), ' ')}"
        assert f"Actor: {clean(evil).replace(chr(9), ' ')}" in str(event["DESCRIPTION"])
        assert "URL" not in event or str(event["URL"]).startswith("https://")
