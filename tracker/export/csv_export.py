"""One row per claim for spreadsheets, with stable, documented columns.

Encoding: UTF-8 with a byte-order mark. Excel on Windows reads a CSV without one in the
legacy ANSI code page, which mangles Cyrillic names and quotes ("Київ", “…”); with the BOM,
Excel, LibreOffice, Google Sheets and Numbers all read UTF-8, and Python reads it back with
``encoding="utf-8-sig"``. Every cell is quoted, rows end with CRLF (RFC 4180), and newlines in
text stay inside their quoted cell. Lists (places, parties, tags, source URLs) are one item
per line within the cell. URL columns hold only absolute http(s) addresses (a ``javascript:``
URL from an article is left out).

Formula injection: a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is prefixed with a single quote, so a spreadsheet shows it as text instead of running
it. Control characters (terminal escapes) are shown as visible ``\\x1b``-style text and lone
carriage returns become newlines. Numeric columns (``days_left``, ``quantity_low``, ``quantity_high``) hold numbers the
tracker computed, never article text, and are written as plain numbers so they still sort
(``-357`` days left means 357 days overdue).
"""

from __future__ import annotations

import csv
import io

from tracker.export.safety import clean, web_url
from tracker.export.snapshot import ClaimView, Snapshot

COLUMNS = (
    "id",  # the claim id
    "status",  # effective status on the as-of date (overdue is derived)
    "recorded_status",  # the status a person set
    "kind",
    "mode",  # pledge or event
    "claim",  # the claim in one line
    "actor",
    "deadline",  # YYYY-MM-DD, empty without a dated deadline
    "deadline_text",  # the phrase as written
    "days_left",  # negative once the deadline has passed
    "event_date",  # YYYY, YYYY-MM or YYYY-MM-DD for events
    "quantity_low",
    "quantity_high",
    "quantity_unit",
    "quantity_per",
    "places",
    "parties",
    "latest_evidence_date",
    "latest_evidence",  # the quote, else the note of the latest change with evidence
    "latest_evidence_url",
    "first_reported",  # publication date of the earliest source article
    "source_titles",
    "source_urls",
    "source_quotes",
    "tags",
    "last_change",  # ISO timestamp of the latest history entry, note or creation
)
"""The columns, in order; new columns are only ever added at the end."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet will not evaluate as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _lines(items: list[str]) -> str:
    return "\n".join(items)


def _row(view: ClaimView, snap: Snapshot) -> list[str | int | float]:
    claim = view.claim
    deadline = claim.deadline
    quantity = claim.quantity
    evidence = view.latest_evidence
    sources = snap.sources(claim)
    first = snap.first_appearance(claim)
    text: dict[str, str] = {
        "id": claim.id,
        "status": view.status.value,
        "recorded_status": claim.status.value,
        "kind": claim.kind.value,
        "mode": claim.mode.value,
        "claim": claim.text,
        "actor": claim.actor or "",
        "deadline": deadline.date.isoformat() if deadline and deadline.date else "",
        "deadline_text": deadline.text if deadline else "",
        "event_date": claim.event_date or "",
        "quantity_unit": quantity.unit or "" if quantity else "",
        "quantity_per": quantity.per or "" if quantity else "",
        "places": _lines(claim.places),
        "parties": _lines(claim.parties),
        "latest_evidence_date": evidence.at.date().isoformat() if evidence else "",
        "latest_evidence": (evidence.evidence.quote or evidence.note or "") if evidence and evidence.evidence else "",
        "latest_evidence_url": (web_url(evidence.evidence.url) or "") if evidence and evidence.evidence else "",
        "first_reported": first.published.isoformat() if first and first.published else "",
        "source_titles": _lines([(a.title or a.outlet or a.id) if a else s.article for s, a in sources]),
        "source_urls": _lines([url for _, a in sources if a and (url := web_url(a.url))]),
        "source_quotes": _lines([s.quote for s, _ in sources]),
        "tags": _lines(claim.tags),
        "last_change": claim.last_change.isoformat() if claim.last_change else "",
    }
    numbers: dict[str, int | float | None] = {
        "days_left": view.days_left,
        "quantity_low": quantity.low if quantity else None,
        "quantity_high": quantity.high if quantity else None,
    }
    row: list[str | int | float] = []
    for column in COLUMNS:
        if column in numbers:
            value = numbers[column]
            row.append("" if value is None else value)
        else:
            row.append(neutralise(clean(text[column])))
    return row


def render_csv(snap: Snapshot) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for view in snap.claims:
        writer.writerow(_row(view, snap))
    return out.getvalue()
