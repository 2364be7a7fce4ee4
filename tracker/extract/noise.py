"""Scraped-page noise: what a news page carries around its article that is not news.

Teasers of other stories, author bios, "Read more" links, photo captions and credits end up
in the text when a page is saved; none of it may become a claim. The rules look at the shape
of a line (a marker, a credit in brackets, a run of headline-like lines at the end), never at
the words of particular stories.
"""

from __future__ import annotations

import re

from tracker.extract.sentences import Unit

END_MARKERS = re.compile(
    r"^\s*(read more|show more|load more|more from|more stories|more news|related( articles| news| stories)?|"
    r"you may also like|you might also like|recommended( for you)?|most read|popular|latest news|"
    r"article image|avatar|share this( article)?|subscribe|sign up|comments?|tags?|see also|also read|"
    r"read also|follow us)\s*:?\s*$",
    re.IGNORECASE,
)
"""A line that is only one of these ends the article: everything after it is page furniture. Before the
article's first sentence it is the page's header (an author's avatar above the byline) and only skipped."""

FILLER = re.compile(r"^\s*(advertisement|ad|sponsored)\s*:?\s*$", re.IGNORECASE)
"""A slot a page leaves between paragraphs for an advert: the article goes on after it."""

NOISE_LINE = re.compile(
    r"^\s*(read (more|also)(\s+(on|about)\s+(this|the)\s+(topic|subject|story|issue))?|see also|also read|related|source|photo|image|illustrative (photo|image)|"
    r"video|watch|listen|advertisement|©|copyright)\b\s*[:|–—-]",
    re.IGNORECASE,
)
"""A line that starts like a link to another story or a credit ("Read also: ...", "Read more on this topic: ...",
"Photo: ...")."""

CAPTION = re.compile(
    r"(\bphoto(graph)?\s*(:|by\b)|\(photo\b|\bphoto credit\b|\bcredit:|\bimage:|[.!?]\s*\([A-Z][^()]{1,60}\)\s*$)",
    re.IGNORECASE,
)
"""A photo caption or credit: "Photo: ...", "(Photo by ...)", or a sentence followed by a credit
in brackets such as "... on Sept. 5, 2025. (Presidential Office)"."""

NAMED_CAPTION = re.compile(r"^\s*(?:[A-Z][\w’'.-]+\s+){1,4}and\s+(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+,\s+[a-z]+ing\b[^.!?]*$")
"""A caption naming who is in a photo and what they do, with no full stop: "A. Name and B. Name, signing the memorandum"."""

VIEW_COUNT = re.compile(r"•\s*[\d,.]+\s*[KkMm]?\s+views\s*$", re.IGNORECASE)
"""A teaser of another story with its date and view count ("... 28.11.25, 19:45 • 4656 views")."""


def drop_noise(units: list[Unit]) -> list[Unit]:
    """The units that belong to the article itself."""
    kept: list[Unit] = []
    lines: dict[int, list[Unit]] = {}
    for unit in units:
        lines.setdefault(unit.line, []).append(unit)
    for line_index in sorted(lines):
        line_units = lines[line_index]
        line_text = " ".join(u.text for u in line_units)
        if END_MARKERS.match(line_text):
            if any(u.kind == "body" for u in kept):
                break
            continue
        if FILLER.match(line_text) or NOISE_LINE.match(line_text) or CAPTION.search(line_text) or NAMED_CAPTION.match(line_text) or VIEW_COUNT.search(line_text):
            continue
        kept.extend(line_units)
    return _drop_trailing_teasers(kept)


def _drop_trailing_teasers(units: list[Unit]) -> list[Unit]:
    """Drop the headline-like lines after the article's last paragraph (teasers of other stories)."""
    last_body = max((i for i, u in enumerate(units) if u.kind == "body"), default=-1)
    if last_body < 0:
        return units
    # The unfinished end of the last paragraph (an excerpt cut mid-sentence) shares its line: it is no teaser.
    keep = last_body + 1
    while keep < len(units) and units[keep].line == units[last_body].line:
        keep += 1
    tail = units[keep:]
    if tail and all(u.kind in ("heading", "title") for u in tail):
        return units[:keep]
    return units
