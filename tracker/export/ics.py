"""iCalendar (RFC 5545): one all-day event per dated deadline, so deadlines show up in a calendar.

Written by hand rather than with the ``icalendar`` library: the format needed here is a few
properties, and a runtime dependency on every user's machine buys nothing the 40 lines below
do not; the tests parse the output with ``icalendar`` to check it. Reproducible: the UID comes
from the claim id and DTSTAMP is midnight UTC of the as-of date, not the wall clock.
"""

from __future__ import annotations

import datetime as dt

from tracker.export.safety import clean, web_url
from tracker.export.snapshot import ClaimView, Snapshot

PRODID = "-//tracker//claim deadlines//EN"
UID_DOMAIN = "claims.tracker"


def ics_text(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped, controls made visible."""
    return (
        clean(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        .replace("\t", " ")
    )


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character (RFC 5545 3.1)."""
    out, current, size = [], [], 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with a space
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out)


def _event(view: ClaimView, snap: Snapshot, stamp: str) -> list[str]:
    claim = view.claim
    assert claim.deadline is not None and claim.deadline.date is not None
    day = claim.deadline.date
    description = [f"Status: {view.status.value}" + (f" ({view.due_phrase})" if view.due_phrase else "")]
    description.append(f"Deadline as written: {clean(claim.deadline.text)}")
    if claim.actor:
        description.append(f"Actor: {clean(claim.actor)}")
    for source, article in snap.sources(claim):
        if article is None:
            description.append(f"Source: article {source.article}")
            continue
        label = " · ".join(x for x in (article.title, article.outlet, article.published and article.published.isoformat()) if x)
        url = web_url(article.url)
        description.append(f"Source: {clean(label) or article.id}" + (f" <{url}>" if url else ""))
    description.append(f"Claim id: {claim.id}")
    lines = [
        "BEGIN:VEVENT",
        f"UID:{ics_text(claim.id)}-deadline@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{ics_text(f'[{view.status.value}] {claim.text}')}",
        f"DESCRIPTION:{ics_text(chr(10).join(description))}",
        f"CATEGORIES:{ics_text(view.status.value)}",
        "TRANSP:TRANSPARENT",
    ]
    first_url = next((web_url(a.url) for _, a in snap.sources(claim) if a is not None and web_url(a.url)), None)
    if first_url:
        lines.append(f"URL:{first_url}")
    lines.append("END:VEVENT")
    return lines


def render_ics(snap: Snapshot) -> str:
    stamp = snap.as_of.strftime("%Y%m%dT000000Z")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_text(f'Claim deadlines (as of {snap.as_of.isoformat()})')}",
    ]
    dated = [v for v in snap.claims if v.claim.deadline is not None and v.claim.deadline.date is not None]
    for view in sorted(dated, key=lambda v: (v.claim.deadline.date, v.claim.id)):  # type: ignore[union-attr]
        lines += _event(view, snap, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
