"""Finding the publication date a plain-text article states about itself (its dateline).

Only lines shaped like a dateline count: a line near the top that is nothing but a date
(optionally labelled "Published", with a time or a byline beside it), or a wire-style
opening such as "KYIV, Nov. 3, 2025 (Reuters) -". A date inside a sentence ("signed on
July 4", "on Sept. 5, 2025.") is an event in the story, not the article's date, and is
never taken. A date without a year is not taken either: guessing the year would put
deadlines in the wrong year.
"""

from __future__ import annotations

import datetime as dt
import re

HEADER_LINES = 12
"""How many non-empty lines from the top may hold the dateline."""

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
# 14:20, 2:14 PM, 14:20:05, 14.20 Uhr-less European style, with an optional zone: EET, GMT+2, (Kyiv time).
_TIME = (
    r"(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:\(?[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|\([a-z]+ time\)|[a-z]+ time))?"
)
_NAMED_DATES = (
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # Nov. 3, 2025 / November 3rd 2025
    rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}",  # 3 November 2025 / 03 Nov. 2025
)
_ISO_DATE = r"(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?:t[\d:.]+(?:z|[+-]\d\d:?\d\d)?)?"
_DAY_FIRST_DATE = r"(?P<day>[0-3]?\d)[.-](?P<month>[01]?\d)[.-](?P<year>(?:19|20)\d\d)"  # 03.11.2025
_SLASHED_DATE = r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)"  # 11/03/2025: order unknown

_DATE_FORMS = [*_NAMED_DATES, _ISO_DATE, _DAY_FIRST_DATE, _SLASHED_DATE]


def _whole(date_form: str) -> re.Pattern[str]:
    # A segment that is a date and nothing else, give or take a weekday and a time.
    return re.compile(
        rf"(?:{_WEEKDAY},?\s+)?(?:{_TIME},?\s+)?{date_form}(?:,?\s*(?:{_TIME}))?\.?",
        re.IGNORECASE,
    )


_WHOLE_DATES = [_whole(form) for form in _DATE_FORMS]

_LABEL = re.compile(
    r"^(?P<label>first\s+published|originally\s+published|published|posted|publication\s+date|date|"
    r"release\s+date|issued|last\s+updated|updated|modified)(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_UPDATE_LABELS = {"last updated", "updated", "modified"}
_BYLINE = re.compile(r"^by\s+[^,|]{1,60},\s+(?P<rest>.+)$", re.IGNORECASE)
# Bylines and meta lines join their parts with these: "By Jane Doe | Nov 3, 2025 | 3 min read".
# A label inside a line starts a segment too: "Nov 3, 2025 2:14 PM GMT+2 Updated 2 hours ago".
_SEGMENT_SEPARATORS = re.compile(
    r"\s*(?:\||·|•|\s[-–—]\s)\s*|\s+(?=(?i:published|posted|updated|last\s+updated)\b)"
)

# "KYIV, Nov. 3, 2025 (Reuters) -", "WASHINGTON, Nov. 3, 2025 /PRNewswire/ --", "Kyiv, Ukraine, 3 November 2025 —"
_WIRE_DATELINE = [
    re.compile(
        # The place must be capitalised (case matters there); the date may be in any case.
        rf"^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}}(?:,\s*[A-Z][\w.'’ -]{{1,30}})?,\s+"
        rf"(?i:(?:{_WEEKDAY},?\s+)?{form})\s*(?:\([^()\n]{{1,40}}\)|/[^/\n]{{1,40}}/)?\s*(?:-{{1,2}}|–|—)"
    )
    for form in _NAMED_DATES
]


def find_dateline(text: str) -> dt.date | None:
    """The publication date ``text`` states in its dateline, or None when it states none.

    A date labelled "Published" wins over an unlabelled one; a date labelled "Updated" is
    never the publication date.
    """
    unlabelled: dt.date | None = None
    for line in _header_lines(text):
        for date, label in _dates_in_dateline(line):
            if label is None:
                unlabelled = unlabelled or date
            elif label not in _UPDATE_LABELS:
                return date
    return unlabelled


def _header_lines(text: str) -> list[str]:
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line][:HEADER_LINES]


def _dates_in_dateline(line: str) -> list[tuple[dt.date, str | None]]:
    """The (date, label) pairs of a line, if the line is shaped like a dateline."""
    found = []
    for segment in _SEGMENT_SEPARATORS.split(line):
        label_match = _LABEL.match(segment)
        label = " ".join(label_match["label"].lower().split()) if label_match else None
        rest = segment[label_match.end() :] if label_match else segment
        byline = _BYLINE.match(rest)
        for candidate in (rest, byline["rest"] if byline else None):
            date = candidate and parse_date(candidate)
            if date:
                found.append((date, label))
                break
    if not found:
        for pattern in _WIRE_DATELINE:
            match = pattern.match(line)
            if match and (date := _date_from(match)):
                found.append((date, None))
                break
    return found


def parse_date(segment: str) -> dt.date | None:
    """The date ``segment`` consists of (a weekday and a time may go with it), else None."""
    segment = segment.strip()
    for pattern in _WHOLE_DATES:
        match = pattern.fullmatch(segment)
        if match and (date := _date_from(match)):
            return date
    return None


def _date_from(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("a") is not None:
        first, second = int(groups["a"]), int(groups["b"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        else:
            return None  # 03/11/2025 is March 11 in the US and 3 November elsewhere: unknown
    else:
        month_text = groups["month"].lower().rstrip(".")
        month = int(month_text) if month_text.isdigit() else _MONTHS[month_text[:3]]
        day = int(groups["day"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
