"""Deadlines and event dates in news sentences, resolved against the publication date.

A small rule grammar rather than a library: the measured libraries (notes §3) miss "by year's end",
give "two months after" an absolute date, or read "by the end of 2025" as the reference day. Every
phrase is read as *cue* + optional *edge* + *base*: "by" + "the end of" + "November". The base names a
period (a day, month, quarter, season or year); the edge narrows it ("late June", "mid-2026"); the cue
says whether the sentence looks forward (a deadline: the last day of the period) or back (an event:
the period itself, as precise as the text allows).

Conventions (those of the gold annotations):
- A deadline is the last day the claim can still be met: "by the end of November" -> 30 November.
- A month or day without a year is the next such one on or after the publication date for a deadline
  ("by June 21"), the last one on or before it for an event ("signed on July 4").
- Seasons are meteorological, northern hemisphere: spring ends 31 May, summer 31 August,
  autumn/fall 30 November, winter the last day of February.
- Coarse edges: early/late YEAR are its first/last quarter, mid-YEAR is June; early/mid/late MONTH end
  on the 10th/15th/last day.
- "before X" ends the day before X starts ("before 2027" -> 2026-12-31); "before the end of X" is X; so does
  "by the start of X" ("by the beginning of 2027" -> 2026-12-31), while "at the start of 2027" is its first month.
- "soon", "in the near future", "in the coming weeks" are vague: no date, but the phrase is kept.
- "two months after X" is relative to another event: no absolute date, the phrase is kept.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from tracker.models import Deadline

__all__ = ["TimeExpression", "find_deadline", "find_event_date", "find_time_expressions"]


@dataclass(frozen=True)
class TimeExpression:
    """A time phrase found in a sentence, resolved as far as the publication date allows."""

    text: str
    """The phrase as written, e.g. "by the end of November", "soon", "on Sept. 5"."""
    start: int
    end: int
    """Offsets of ``text`` in the sentence given."""
    date: dt.date | None
    """Deadline: last day of the period; event: its first day; None when vague or unresolvable."""
    precision: str | None
    """"day" | "month" | "quarter" | "year"; None when there is no date."""
    role: str
    """"deadline", "event", "vague" (soon) or "relative" (two months after X)."""


# --- periods -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Period:
    first: dt.date
    last: dt.date
    precision: str


_YearlessPeriod = Callable[[int], "_Period | None"]
"""A period named without its year ("November", "June 21", "the fall"): built for a candidate year."""


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month(year: int, month: int) -> _Period:
    return _Period(dt.date(year, month, 1), _month_end(year, month), "month")


def _year(year: int) -> _Period:
    return _Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _quarter(year: int, quarter: int) -> _Period:
    first_month = 3 * (quarter - 1) + 1
    return _Period(dt.date(year, first_month, 1), _month_end(year, first_month + 2), "quarter")


def _half(year: int, half: int) -> _Period:
    first_month = 1 if half == 1 else 7
    return _Period(dt.date(year, first_month, 1), _month_end(year, first_month + 5), "quarter")


_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(year: int, name: str) -> _Period:
    """Meteorological seasons; winter ``year`` runs from December ``year`` to February ``year + 1``."""
    first_month = _SEASON_FIRST_MONTH[name]
    first = dt.date(year, first_month, 1)
    if first_month == 12:
        return _Period(first, _month_end(year + 1, 2), "quarter")
    return _Period(first, _month_end(year, first_month + 2), "quarter")


def _day(day: dt.date) -> _Period:
    return _Period(day, day, "day")


def _week(day: dt.date) -> _Period:
    """Monday to Sunday; "week" is internal: a deadline ends on the Sunday, an event keeps its month."""
    monday = day - dt.timedelta(days=day.weekday())
    return _Period(monday, monday + dt.timedelta(days=6), "week")


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --- readings of a yearless period -----------------------------------------------------------

def _candidates(build: _YearlessPeriod, published: dt.date) -> list[_Period]:
    periods = (build(year) for year in range(published.year - 2, published.year + 3))
    return [p for p in periods if p is not None]


def _future(build: _YearlessPeriod, published: dt.date) -> _Period | None:
    """The first such period that has not ended by the publication date."""
    return next((p for p in _candidates(build, published) if p.last >= published), None)


def _past(build: _YearlessPeriod, published: dt.date) -> _Period | None:
    """The last such period that had begun by the publication date."""
    return next((p for p in reversed(_candidates(build, published)) if p.first <= published), None)


def _nearest(build: _YearlessPeriod, published: dt.date) -> _Period | None:
    """The such period closest to the publication date; on a tie, the past one."""

    def distance(p: _Period) -> int:
        if p.first > published:
            return (p.first - published).days
        return max((published - p.last).days, 0)

    options = _candidates(build, published)
    return min(options, key=lambda p: (distance(p), p.first > published), default=None)


# --- the grammar ---------------------------------------------------------------------------

_MONTH_NUMBER = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAY_NUMBER = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "final": 4, "last": 4, "latter": 2}
_NUMBER_WORD = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20,
    "thirty": 30,
}

# Full names, or abbreviations with their dot ("Sept. 5"); a sentence's full stop stays out.
_MONTH = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])")
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
# A year, not a part of "2,000", "600-2025" or "1.2025"; "2008-2011" is a span, not a year.
_YEAR = r"(?<![\d.,])(?<!\d-)(?:19|20)\d\d(?![\d]|,\d|-\d|\.\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_OF_YEAR = rf"(?:,?\s+(?:of\s+)?(?:(?P<{{0}}_y>{_YEAR})|(?P<{{0}}_rel>this|next|last|the)\s+year))"

_DEADLINE_CUES = (r"by|before|until|till|'til|up\s+until|through|no\s+later\s+than|not\s+later\s+than"
                  r"|as\s+early\s+as|as\s+soon\s+as|starting(?:\s+(?:from|in|on))?"
                  r"|beginning(?:\s+(?:from|in|on))?|ahead\s+of|prior\s+to|in\s+time\s+for|effective")
_EVENT_CUES = r"since|after|following"
_EITHER_CUES = r"in|on|at|during|from|around|for|over\s+the\s+course\s+of|throughout|over"
_DEADLINE_CUE = re.compile(_DEADLINE_CUES, re.IGNORECASE)
_BEFORE_CUES = {"before", "ahead of", "prior to"}
_BY_CUES = {"by", "until", "till", "no later than", "not later than"}

_EDGE = (r"(?P<edge>(?:the\s+)?(?:very\s+)?(?:end|close|turn|beginning|start|middle|first\s+half|second\s+half"
         r"|latter\s+half)\s+of\s+|early[\s-]+|mid[\s-]*|late[\s-]+|end[\s-]+)")

_BASES = "|".join([
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?!\d)",
    rf"(?:(?P<md_wd>{_WEEKDAY}),?\s+)?(?P<md_m>{_MONTH})\s*(?P<md_d>{_DAY})(?:,?\s+(?P<md_y>{_YEAR}))?",
    rf"(?:(?P<dm_wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH})"
    rf"(?:,?\s+(?P<dm_y>{_YEAR}))?",
    rf"(?P<mm_a>{_MONTH})\s*(?:or|and|to|through|-|–)\s*(?P<mm_b>{_MONTH})(?:,?\s+(?:of\s+)?(?P<mm_y>{_YEAR}))?",
    rf"(?P<my_m>{_MONTH})(?:,?\s+(?:of\s+)?(?P<my_y>{_YEAR})|\s+(?:of\s+)?(?P<my_ry>this|next|last)\s+year)?",
    r"(?:the\s+)?(?P<q_ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter"
    + _OF_YEAR.format("q") + "?",
    rf"(?P<qn>Q[1-4])(?:\s+(?:of\s+)?(?P<qn_y>{_YEAR}))?",
    r"(?:the\s+)?(?P<h_ord>first|second|latter)\s+half" + _OF_YEAR.format("h") + "?",
    rf"(?P<hn>H[12])(?:\s+(?P<hn_y>{_YEAR}))?",
    rf"(?:(?P<ye_y0>{_YEAR})\s+)?(?P<ye>(?:the\s+)?year['’]s\s+end|year[\s-]end)(?:\s+(?P<ye_y>{_YEAR}))?",
    r"(?:(?P<s_rel>this|next|last|the\s+coming|the|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
    rf"(?:\s+(?:of\s+)?(?P<s_y>{_YEAR})|\s+(?:of\s+)?(?P<s_ry>this|next|last)\s+year"
    r"|(?!\s+of\s))",  # "the fall of Bakhmut" is no season
    r"(?P<rel>later\s+this|earlier\s+this|this|next|last|the\s+coming|the\s+current|the\s+past|the\s+previous"
    r"|the\s+following|the\s+next|the)\s+(?P<rel_unit>year|month|week|quarter|decade)(?![\w-])",
    rf"(?:(?P<wd_rel>next|this|last|coming)\s+)?(?P<wd>{_WEEKDAY})",
    r"(?P<day_word>today|tomorrow|yesterday|tonight)",
    r"(?P<new_year>the\s+new\s+year)",
    rf"(?P<year>{_YEAR})",
])

_MAIN = re.compile(
    rf"(?<![\w-])(?:(?P<cue>{_DEADLINE_CUES}|{_EVENT_CUES}|{_EITHER_CUES})\s+)?{_EDGE}?(?:{_BASES})"
    r"(?P<latest>,?\s+at\s+the\s+latest)?",
    re.IGNORECASE,
)

_COUNT = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty)"
_FEW = r"(?:a\s+few|a\s+couple\s+of|a\s+couple|several|few|some)"
_UNIT = r"(?P<unit_word>(?P<unit>day|week|month|year|quarter)s?)"

_DURATION = re.compile(
    r"(?<![\w-])(?:"
    # within six months / in the next two years / over the coming months / within a few weeks
    rf"(?P<cue>within|in|over|during|inside(?:\s+of)?)\s+(?:the\s+)?(?:(?P<next>next|coming|following|upcoming"
    rf"|past|last|recent)\s+)?(?:(?P<few>{_FEW})\s+|(?:(?:about|around|roughly|approximately)\s+)?(?P<count>{_COUNT})\s+)?{_UNIT}(?![\w-])"
    r"(?P<anchor>\s+(?:of|after|from|following)(?!\s+(?:now|today)\b))?"
    # six months from now / two months ago / two months after the signing
    rf"|(?:(?P<few2>{_FEW})|(?P<count2>{_COUNT}))\s+(?P<unit2>day|week|month|year|quarter)s?"
    r"\s+(?P<rel>from\s+now|from\s+today|ago|earlier|later|after|before|following|since|into)"
    r")(?![\w-])",
    re.IGNORECASE,
)

_VAGUE = re.compile(
    r"(?<![\w-])(?:(?P<relative>(?:soon|shortly|immediately|right|directly)\s+(?:after|following|once|upon)"
    r"|as\s+soon\s+as(?!\s+possible)|by\s+then|by\s+that\s+time|until\s+then)"
    r"|(?P<vague>soon|shortly|imminently|before\s+long|as\s+soon\s+as\s+possible|in\s+due\s+course"
    r"|in\s+the\s+(?:near|foreseeable|not\s+(?:too\s+)?distant|very\s+near)\s+future|in\s+the\s+near\s+term"
    r"|in\s+the\s+short\s+term|at\s+a\s+later\s+(?:date|stage)|any\s+(?:day|time)\s+now|eventually"
    r"|(?:in|within)\s+a\s+matter\s+of\s+(?:days|weeks|months)"
    r"|in\s+the\s+coming\s+(?:days|weeks|months|years)|in\s+the\s+next\s+(?:days|weeks|months|years)))"
    r"(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Match:
    """One phrase of the grammar, before it is read forward or back."""

    start: int
    end: int
    kind: str
    """"deadline" (forward cue), "event" (backward cue), "either" (in/on/at/none), "vague", "relative"."""
    fixed: _Period | None = None
    """The period when the text fixes it (an explicit year, or relative to the publication date)."""
    yearless: _YearlessPeriod | None = None
    """The period as a function of the year, when the text leaves the year out."""
    before: bool = False
    """"before X": the deadline is the day before X starts."""
    span: tuple[int, str] | None = None
    """(amount, unit) of a span counted forward ("within a year"): from the publication date, or from the day the
    sentence says it was promised."""


def _month_of(token: str) -> int:
    return _MONTH_NUMBER[token[:3].lower()]


def _month_token_ok(token: str | None) -> bool:
    """"may", "march", "mar" and lower-case abbreviations are words, not months."""
    if token is None:
        return True
    bare = token.rstrip(".")
    if bare.islower():
        return len(bare) > 3 and bare not in ("march",)
    return bare[0].isupper()


def _int_year(text: str | None) -> int | None:
    return int(text) if text else None


def _rel_year(rel: str | None, year: str | None, published: dt.date | None) -> tuple[bool, int | None]:
    """(named, year) for "of 2026" / "of this year" / "of next year"; year None when it needs a date."""
    if year:
        return True, int(year)
    if rel is None:
        return False, None
    if published is None:
        return True, None
    return True, published.year + {"this": 0, "the": 0, "next": 1, "last": -1}[rel.lower()]


def _apply_edge(period: _Period, edge: str) -> _Period:
    """Narrow a period by "early", "mid", "late", "the start of", "the first half of"..."""
    edge = " ".join(edge.lower().replace("-", " ").split())
    edge = edge.removeprefix("the ").removeprefix("very ").removesuffix(" of")
    first, last = period.first, period.last
    if edge in ("end", "close", "turn"):
        return period
    if period.precision in ("day", "week"):
        return period
    if period.precision == "month":
        if edge in ("early", "beginning", "start"):
            return _Period(first, first.replace(day=10), "month")
        if edge in ("mid", "middle"):
            return _Period(first.replace(day=11), first.replace(day=20), "month")
        if edge in ("late", "latter half", "second half"):
            return _Period(first.replace(day=21), last, "month")
        if edge == "first half":
            return _Period(first, first.replace(day=15), "month")
        return period
    if period.precision == "year":
        year = first.year
        if edge == "early":
            return _quarter(year, 1)
        if edge in ("beginning", "start"):
            return _month(year, 1)
        if edge in ("mid", "middle"):
            return _Period(dt.date(year, 6, 1), dt.date(year, 6, 30), "quarter")
        if edge == "late":
            return _quarter(year, 4)
        if edge == "first half":
            return _half(year, 1)
        if edge in ("second half", "latter half"):
            return _half(year, 2)
        return period
    # Quarters and seasons: their first or last month.
    if edge in ("early", "beginning", "start", "first half"):
        return _month(first.year, first.month)
    if edge in ("late", "second half", "latter half"):
        return _month(last.year, last.month)
    return period


def _relative_period(rel: str, unit: str, published: dt.date) -> _Period | None:
    """"this year", "next month", "last week", "the coming quarter" against the publication date."""
    rel = " ".join(rel.lower().split())
    step = {"this": 0, "later this": 0, "earlier this": 0, "the current": 0, "the": 0,
            "next": 1, "the coming": 1, "the next": 1, "the following": 1,
            "last": -1, "the past": -1, "the previous": -1}[rel]
    if unit == "year":
        return _year(published.year + step)
    if unit == "month":
        first = _add_months(published.replace(day=1), step)
        return _month(first.year, first.month)
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + step
        return _quarter(index // 4, index % 4 + 1)
    if unit == "week":
        return _week(published + dt.timedelta(weeks=step))
    if unit == "decade":
        start = published.year // 10 * 10 + 10 * step
        return _Period(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "year")
    return None


def _main_match(m: re.Match[str], published: dt.date | None) -> _Match | None:  # noqa: C901 - one branch per base
    g = m.groupdict()
    cue = " ".join((g["cue"] or "").lower().split())
    edge = g["edge"]
    if not all(_month_token_ok(g[k]) for k in ("md_m", "dm_m", "mm_a", "mm_b", "my_m")):
        return None
    if (cue and _DEADLINE_CUE.fullmatch(cue)) or g["latest"]:
        kind = "deadline"
    elif cue in ("since", "after", "following"):
        kind = "event"
    else:
        kind = "either"
    fixed: _Period | None = None
    yearless: _YearlessPeriod | None = None

    if g["iso"]:
        y, mo, d = (int(x) for x in g["iso"].split("-"))
        day = _safe_day(y, mo, d)
        if day is None:
            return None
        fixed = _day(day)
    elif g["md_m"] or g["dm_m"]:
        month = _month_of(g["md_m"] or g["dm_m"])
        day_of_month = int(re.match(r"\d+", g["md_d"] or g["dm_d"]).group())  # type: ignore[union-attr]
        year = _int_year(g["md_y"] or g["dm_y"])
        if year is not None:
            day = _safe_day(year, month, day_of_month)
            if day is None:
                return None
            fixed = _day(day)
        else:
            if _safe_day(2024, month, day_of_month) is None:  # 2024: a leap year keeps 29 February
                return None

            def on_day(y: int, month: int = month, d: int = day_of_month) -> _Period | None:
                day = _safe_day(y, month, d)
                return _day(day) if day else None

            yearless = on_day
    elif g["mm_a"]:
        first_month, last_month = _month_of(g["mm_a"]), _month_of(g["mm_b"])
        year = _int_year(g["mm_y"])

        def span(y: int, a: int = first_month, b: int = last_month) -> _Period:
            end_year = y if b >= a else y + 1
            return _Period(dt.date(y, a, 1), _month_end(end_year, b), "month")

        if year is not None:
            fixed = span(year)
        else:
            if not cue:
                return None
            yearless = span
    elif g["my_m"]:
        month = _month_of(g["my_m"])
        year = _int_year(g["my_y"])
        if g["my_ry"]:
            _named, year = _rel_year(g["my_ry"], None, published)
            if year is None:
                return _Match(m.start(), m.end(), "deadline" if g["my_ry"].lower() == "next" else kind)
        if year is not None:
            fixed = _month(year, month)
        else:
            # A bare month needs a cue or an edge: "May" alone is too often a verb or a name.
            if not edge and (not cue or cue in ("on", "at")):
                return None  # "on Nov." is a date cut short, not the month
            if g["my_m"].rstrip(".").lower() == "may" and not cue:
                return None

            def yearless(y: int, month: int = month) -> _Period:
                return _month(y, month)
    elif g["q_ord"] or g["qn"]:
        quarter = _ORDINAL[g["q_ord"].lower()] if g["q_ord"] else int(g["qn"][1])
        named, year = _rel_year(g["q_rel"], g["q_y"] or g["qn_y"], published)
        if year is not None:
            fixed = _quarter(year, quarter)
        elif not named:
            def yearless(y: int, q: int = quarter) -> _Period:
                return _quarter(y, q)
    elif g["h_ord"] or g["hn"]:
        half = _ORDINAL[g["h_ord"].lower()] if g["h_ord"] else int(g["hn"][1])
        named, year = _rel_year(g["h_rel"], g["h_y"] or g["hn_y"], published)
        if year is not None:
            fixed = _half(year, half)
        elif not named:
            if published is not None:  # "in the second half": of the current year
                fixed = _half(published.year, half)
    elif g["ye"]:
        year = _int_year(g["ye_y"] or g["ye_y0"])
        if year is None and published is not None:
            year = published.year
        if year is not None:
            fixed = _Period(dt.date(year, 12, 1), dt.date(year, 12, 31), "year")
        if not cue:
            kind = "deadline"
    elif g["season"]:
        name = g["season"].lower()
        rel = " ".join((g["s_rel"] or "").lower().split())
        year = _int_year(g["s_y"])
        if g["s_ry"]:
            _named, year = _rel_year(g["s_ry"], None, published)
            if year is None:
                return _Match(m.start(), m.end(), "deadline" if g["s_ry"].lower() == "next" else kind)
        if year is None and not rel and not cue:
            return None  # "prices fall", "a summer of drones"
        if name == "fall" and not rel and not year and cue in ("on", "at", "for", "from", "after"):
            return None  # "to fall on", "to fall from": the verb
        if year is not None:
            fixed = _season(year, name)
        elif rel and rel not in ("the",):
            if published is not None:
                if rel == "this":
                    season_year = published.year - 1 if name == "winter" and published.month <= 2 else published.year
                    fixed = _season(season_year, name)
                elif rel in ("next", "coming", "the coming"):
                    fixed = next(p for p in _candidates(lambda y: _season(y, name), published)
                                 if p.first > published)
                else:  # last
                    fixed = next(p for p in reversed(_candidates(lambda y: _season(y, name), published))
                                 if p.last < published)
            if kind == "either":
                kind = "event" if rel == "last" else "deadline"
        else:
            def yearless(y: int, name: str = name) -> _Period:
                return _season(y, name)
    elif g["rel_unit"]:
        rel = " ".join(g["rel"].lower().split())
        unit = g["rel_unit"].lower()
        if rel == "the" and not edge:
            return None  # "the year", "the month" alone name nothing
        if rel == "the following":
            kind = "relative"  # "the following year": after some other event
        elif published is not None:
            fixed = _relative_period(rel, unit, published)
        if kind == "either":
            if rel in ("last", "the past", "the previous", "earlier this"):
                kind = "event"
            elif rel != "the following":
                kind = "current" if rel in ("this", "the current", "the") else "deadline"
    elif g["wd"]:
        weekday = _WEEKDAY_NUMBER[g["wd"].lower()]
        rel = (g["wd_rel"] or "").lower()
        if not g["wd"][0].isupper():
            return None
        if published is not None:
            ahead = (weekday - published.weekday()) % 7
            if rel in ("next", "coming") or kind == "deadline":
                fixed = _day(published + dt.timedelta(days=ahead or (7 if rel else 0)))
                kind = "deadline"
            elif rel == "this":
                fixed = _day(published + dt.timedelta(days=ahead))
                if kind == "either":
                    kind = "current"
            else:  # "on Monday", "last Friday": the most recent one
                back = (published.weekday() - weekday) % 7
                fixed = _day(published - dt.timedelta(days=back or (7 if rel == "last" else 0)))
                if kind == "either":
                    kind = "event"
        elif kind == "either":
            kind = "deadline" if rel in ("next", "coming") else "event"
    elif g["day_word"]:
        word = g["day_word"].lower()
        offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[word]
        if published is not None:
            fixed = _day(published + dt.timedelta(days=offset))
        if kind == "either":
            kind = {"tomorrow": "deadline", "yesterday": "event"}.get(word, "current")
    elif g["new_year"]:
        if cue not in ("by", "before", "until", "till", "ahead of", "prior to"):
            return None  # "in the new year" is January, "the new year holidays" no time at all
        if published is not None:
            fixed = _Period(dt.date(published.year, 12, 1), dt.date(published.year, 12, 31), "year")
    elif g["year"]:
        if not cue and not edge:
            return None  # a bare year is more often a name ("the 2026 budget") than a time
        fixed = _year(int(g["year"]))
    else:  # pragma: no cover - every alternative has a branch
        return None

    # "by the start of summer" must be met when summer starts, as "before summer" must; "at the start of" is its first part.
    by_start = cue in _BY_CUES and bool(edge) and " ".join(edge.lower().split()).removeprefix("the ").removesuffix(" of") in ("beginning", "start")
    if edge and not by_start:
        if fixed is not None:
            fixed = _apply_edge(fixed, edge)
        elif yearless is not None:
            inner = yearless

            def yearless(y: int, inner: _YearlessPeriod = inner, e: str = edge) -> _Period | None:  # type: ignore[misc]
                period = inner(y)
                return _apply_edge(period, e) if period else None
    ends_period = g["new_year"] or (edge and edge.lower().strip().removeprefix("the ").startswith(("end", "close")))
    before = (cue in _BEFORE_CUES and not ends_period) or by_start
    start = m.start("cue") if g["cue"] else m.start("edge") if edge else m.start()
    end = m.start("latest") if g["latest"] else m.end()
    return _Match(start, end, kind, fixed, yearless, before)


def _duration_match(m: re.Match[str], published: dt.date | None) -> _Match | None:
    g = m.groupdict()
    if g["cue"]:
        unit, few, count = g["unit"].lower(), g["few"], g["count"]
        nxt = (g["next"] or "").lower()
        plural = m.group(0).lower().rstrip().endswith("s") or few is not None
        if g["anchor"]:
            return _Match(m.start(), m.end("unit_word"), "relative")
        if nxt in ("past", "last", "recent"):
            return _Match(m.start(), m.end(), "event")  # "in the past two years": a span, no date
        if nxt == "following":
            return _Match(m.start(), m.end(), "relative")  # "in the following months": after another event
        if count is None and plural and not nxt and g["cue"].lower() not in ("within", "inside", "inside of"):
            return None  # "over the years", "the first time in months": no time frame
        if few or (count is None and plural):
            return _Match(m.start(), m.end(), "vague")  # "within a few weeks", "in the coming months"
        amount = _NUMBER_WORD.get(count.lower(), None) if count else 1
        if amount is None:
            amount = int(count)
        fixed = _ahead(published, amount, unit) if published else None
        return _Match(m.start(), m.end(), "deadline", fixed, span=(amount, unit))
    unit, rel = g["unit2"].lower(), " ".join(g["rel"].lower().split())
    count = g["count2"]
    if rel in ("from now", "from today"):
        if g["few2"]:
            return _Match(m.start(), m.end(), "vague")
        amount = _NUMBER_WORD.get(count.lower()) or int(count)
        return _Match(m.start(), m.end(), "deadline", _ahead(published, amount, unit) if published else None)
    if rel in ("ago", "earlier") and not g["few2"] and published is not None:
        amount = _NUMBER_WORD.get(count.lower()) or int(count)
        back = _ahead(published, -amount, unit)
        if back is not None:  # "two months ago": the month it was
            coarse = {"day": back, "week": _week(back.first), "month": _month(back.first.year, back.first.month),
                      "quarter": _month(back.first.year, back.first.month), "year": _year(back.first.year)}[unit]
            return _Match(m.start(), m.end(), "event", coarse)
    if rel in ("ago", "earlier"):
        return _Match(m.start(), m.end(), "event")
    return _Match(m.start(), m.end(), "relative")


def _ahead(published: dt.date | None, amount: int, unit: str) -> _Period | None:
    """The day ``amount`` units after the publication date, with the unit's precision."""
    if published is None:
        return None
    if unit == "day":
        return _day(published + dt.timedelta(days=amount))
    if unit == "week":
        return _day(published + dt.timedelta(weeks=amount))
    months = amount * {"month": 1, "quarter": 3, "year": 12}[unit]
    day = _add_months(published, months)
    return _Period(day, day, "month" if unit in ("month", "quarter") else "year")


# Every phrase of _MAIN contains one of these words; most sentences have none, and the big
# pattern costs ~50 µs a sentence, so it runs only where they occur.
_MAIN_ANCHOR = re.compile(
    rf"{_MONTH}|{_WEEKDAY}|(?<![\d.,])(?:19|20)\d\d(?!\d)|\b(?:spring|summer|autumn|fall|winter|year|month|week"
    r"|quarter|decade|half|today|tomorrow|yesterday|tonight|Q[1-4]|H[12])\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=512)
def _matches(sentence: str, published: dt.date | None) -> tuple[_Match, ...]:
    """The phrases of a sentence; cached because a caller often asks for the deadline and the event date."""
    found: list[_Match] = []
    for m in _VAGUE.finditer(sentence):
        found.append(_Match(m.start(), m.end(), "relative" if m.group("relative") else "vague"))
    for m in _DURATION.finditer(sentence):
        if m.group("cue") and not (m.group("count") or m.group("few") or m.group("next")) and m.group("unit_word") == m.group("unit"):
            continue  # "500 drones in month": translated English for a rate, not a span of time
        if (duration := _duration_match(m, published)) is not None:
            found.append(duration)
    pos = 0 if _MAIN_ANCHOR.search(sentence) else len(sentence) + 1
    while (m := _MAIN.search(sentence, pos)) is not None:
        match = _main_match(m, published)
        if match is None:
            pos = m.start() + 1  # a rejected reading may hide a real one starting inside it
            continue
        found.append(match)
        pos = m.end()
    # Longest first at each start; then drop phrases overlapping one already kept.
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[_Match] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return tuple(kept)


def _resolve(match: _Match, published: dt.date | None, reading: str) -> _Period | None:
    if match.fixed is not None or match.yearless is None:
        return match.fixed
    if published is None:
        return None
    return {"future": _future, "past": _past, "nearest": _nearest}[reading](match.yearless, published)


def _role_and_period(match: _Match, published: dt.date | None) -> tuple[str, _Period | None]:
    if match.kind in ("vague", "relative"):
        return match.kind, None
    if match.kind == "deadline":
        return "deadline", _resolve(match, published, "future")
    if match.kind == "event":
        return "event", _resolve(match, published, "past")
    if match.kind == "current":  # "this year", "today": the same period either way
        period = _resolve(match, published, "nearest")
        if period is not None and published is not None and period.precision == "day":
            return "event", period
        return "deadline", period
    period = _resolve(match, published, "nearest")
    if period is None or published is None:
        return "event", period
    if period.precision == "day":
        return ("deadline" if period.first > published else "event"), period
    # A period not yet over ("in 2025" written in November 2025) can still be a deadline.
    return ("deadline" if period.last >= published else "event"), period


def _week_precision(week: _Period) -> str:
    """A past week is known to its month, or only to its year when it straddles two months."""
    return "month" if week.first.month == week.last.month else "year"


def _deadline_date(match: _Match, period: _Period) -> tuple[dt.date, str]:
    if match.before:
        return period.first - dt.timedelta(days=1), period.precision
    return period.last, period.precision


def _expressions(sentence: str, published: dt.date | None) -> list[tuple[_Match, TimeExpression]]:
    expressions = []
    for match in _matches(sentence, published):
        role, period = _role_and_period(match, published)
        date: dt.date | None = None
        precision: str | None = None
        if period is not None:
            if role == "deadline":
                date, precision = _deadline_date(match, period)
            else:
                date, precision = period.first, period.precision
            if precision == "week":
                precision = "day" if role == "deadline" else _week_precision(period)
        text = sentence[match.start:match.end].rstrip()  # a final "." can only be an abbreviation's: "Nov."
        expressions.append((match, TimeExpression(text, match.start, match.start + len(text), date, precision, role)))
    return expressions


def find_time_expressions(sentence: str, published: dt.date | None) -> list[TimeExpression]:
    """Every time phrase of ``sentence``, in order, read against the publication date."""
    return [expression for _match, expression in _expressions(sentence, published)]


def find_deadline(sentence: str, published: dt.date | None) -> Deadline | None:
    """The claim's deadline, or a Deadline without a date for "soon"; None when the sentence names none.

    A phrase with a forward cue ("by", "this year", "within") wins over one read forward only because its
    period is not over ("in 2025"); then the first in the sentence; a dated phrase wins over an undated one.
    """
    expressions = _expressions(sentence, published)
    dated = [(match.kind == "either", match, expression) for match, expression in expressions
             if expression.role == "deadline" and expression.date is not None]
    if dated:
        _weak, match, best = min(dated, key=lambda triple: triple[0])  # min keeps the first among equals
        date = _counted_from_said(match, expressions) or best.date
        return Deadline(date=date, text=best.text, precision=best.precision)  # type: ignore[arg-type]
    for expression in find_time_expressions(sentence, published):
        if expression.role in ("deadline", "vague"):
            return Deadline(date=None, text=expression.text, precision=None)
    return None


def _counted_from_said(span: _Match, expressions: list[tuple[_Match, TimeExpression]]) -> dt.date | None:
    """The end of a span ("within a year") counted from the past day or month the sentence dates the promise to
    ("In February, X said the plant would be finished within a year": February of next year), else None."""
    if span.span is None:
        return None
    said = [e for m, e in expressions if e.role == "event" and e.date is not None and e.precision in ("day", "month") and e.end <= span.start]
    if not said:
        return None
    start = said[-1].date if said[-1].precision == "day" else _month_end(said[-1].date.year, said[-1].date.month)
    ahead = _ahead(start, *span.span)
    return ahead.last if ahead is not None else None


_EVENT_FORMAT = {"day": "%Y-%m-%d", "month": "%Y-%m", "quarter": "%Y", "year": "%Y"}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 1, "quarter": 2, "year": 3}


def find_event_date(sentence: str, published: dt.date | None) -> str | None:
    """When the reported event happened: "YYYY-MM-DD", "YYYY-MM" or "YYYY", read back from the publication."""
    best: _Period | None = None
    for match in _matches(sentence, published):
        if match.kind not in ("event", "either", "current"):
            continue
        period = _resolve(match, published, "past")
        if period is not None and (best is None or _PRECISION_RANK[period.precision] < _PRECISION_RANK[best.precision]):
            best = period
    if best is None:
        return None
    precision = _week_precision(best) if best.precision == "week" else best.precision
    return best.first.strftime(_EVENT_FORMAT[precision])
