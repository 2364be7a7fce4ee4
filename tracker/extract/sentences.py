"""Cutting an article's text into units (sentences, headlines, bullets) that keep their offsets.

A claim is cited by the exact span of text that states it, so every unit carries its start
and end in the article's text. Lines without final punctuation (headlines, subheadings,
bullets) are units of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st no vs etc jan feb mar apr jun jul aug sep sept oct nov dec gen col lt
    sgt gov sen rep prof inc ltd co corp jr sr approx est fig""".split()
)
"""Words whose trailing period does not end a sentence."""

SENTENCE_STARTERS = frozenset(
    """a an the in on at as but and he she it its they we i this that these those there his her their
    after before when while meanwhile however since during earlier later last next according""".split()
)

BULLET = re.compile(r"^\s*(?:[-*•·▪●–]|\d{1,2}[.)])\s+")
QUOTES = "\"“”"
# A sentence ends at . ! ? (or …), possibly followed by closing quotes or brackets, then space.
_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+)")


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence or line of an article, with its place in the text."""

    text: str
    start: int
    end: int
    line: int
    """Index of the line (paragraph) the unit belongs to."""
    kind: str
    """"title" for the first line, "bullet", "heading" (a line with no final punctuation) or "body"."""
    quote_open_before: bool = False
    """True when the unit starts inside a quotation opened by an earlier unit of its line."""
    quote_open_after: bool = False
    """True when a quotation is still open at the end of the unit."""


PARAGRAPH_WORDS = 30
"""Finished sentences of at least this many words before an unfinished end make a line a cut-off paragraph: a
headline is shorter."""


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS and "." not in word:
        return True
    if len(word.replace(".", "")) == 1:
        return True  # an initial: "J. Smith"
    if "." in word and len(word) <= 5:
        # Dotted initials ("U.K.") end the sentence only before a word that usually starts one.
        following = text[dot + 1 :].split(maxsplit=1)
        return not (following and following[0].lower() in SENTENCE_STARTERS)
    return False


def split_line(line: str) -> list[tuple[int, int]]:
    """Spans of the sentences of one line."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _END.finditer(line):
        stop = match.end()
        if match.group()[0] == "." and len(match.group().rstrip("\"”’')]")) == 1 and _is_abbreviation(line, match.start()):
            # "on Nov. 3" or "the U.K." in mid-sentence; but "U.S. Announces ..." at a capital
            # after an initialism stays one sentence too, which errs on the side of fewer cuts.
            continue
        rest = line[stop:].lstrip()
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in QUOTES + "‘'(["):
            continue
        spans.append((begin, stop))
        begin = stop
    spans.append((begin, len(line)))
    out = []
    for s, e in spans:
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_units(text: str) -> list[Unit]:
    """Every unit of ``text`` in order."""
    units: list[Unit] = []
    offset = 0
    line_index = -1
    first_line = True
    for raw_line in text.splitlines(keepends=True):
        line = raw_line.rstrip("\r\n")
        line_start = offset
        offset += len(raw_line)
        if not line.strip():
            continue
        line_index += 1
        bullet = BULLET.match(line)
        body_start = bullet.end() if bullet else 0
        content = line[body_start:]
        stripped = content.strip()
        final = stripped[-1:] if stripped else ""
        if first_line and final not in ".!?…\"”’)":
            kind = "title"
        elif bullet:
            kind = "bullet"
        elif final not in ".!?…\"”’)":
            kind = "heading"
        else:
            kind = "body"
        first_line = False
        spans = [(0, len(content))] if kind in ("title", "heading", "bullet") and len(stripped) < 200 else split_line(content)
        # A paragraph whose text was cut short (the page excerpt stops mid-sentence) has no final stop, yet its
        # finished sentences are body text; only the unfinished last one is kept apart, like a heading.
        cut_short = False
        if kind == "heading":
            sentences = split_line(content)
            # "... says. (FILE) / AP" stays a headline with its credit: the unfinished part must be a clause, or
            # what comes before it a paragraph's worth of finished sentences ("... by summer. These transfers are").
            cut_short = len(sentences) > 1 and (
                len(content[sentences[-1][0] :].split()) >= 5 or len(content[: sentences[-1][0]].split()) >= PARAGRAPH_WORDS
            )
            if cut_short:
                spans = sentences
        open_quote = 0
        for s, e in spans:
            piece = content[s:e]
            before = bool(open_quote)
            # Balance within the unit, starting from the state inherited from the line.
            state = open_quote
            for ch in piece:
                if ch == "“":
                    state = 1
                elif ch == "”":
                    state = 0
                elif ch == '"':
                    state ^= 1
            open_quote = state
            trimmed_s, trimmed_e = s, e
            while trimmed_e > trimmed_s and content[trimmed_e - 1].isspace():
                trimmed_e -= 1
            start = line_start + body_start + trimmed_s
            unit_kind = "body" if cut_short and (s, e) != spans[-1] else kind
            units.append(
                Unit(
                    text=content[trimmed_s:trimmed_e],
                    start=start,
                    end=line_start + body_start + trimmed_e,
                    line=line_index,
                    kind=unit_kind,
                    quote_open_before=before,
                    quote_open_after=bool(open_quote),
                )
            )
    return units
