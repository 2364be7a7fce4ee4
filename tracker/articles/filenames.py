"""Readable, filesystem-safe file names for the copies kept in ``sources/``."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

EXTENSIONS = {"text": ".txt", "markdown": ".md", "html": ".html"}
MAX_SLUG_CHARS = 60
MAX_SLUG_BYTES = 160
"""File systems count bytes (255 at most); Cyrillic takes two per letter in UTF-8."""

_NOT_WORD = re.compile(r"[\W_]+")
_STARTS_WITH_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Names Windows will not create, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def source_filename(
    title: str | None, published: dt.date | None, fallback: str | None, format: str
) -> str:
    """``2025-11-03-ukraine-to-open-defense-production-offices.txt``: date, slug of the title (or
    of ``fallback``, e.g. the original file name), extension of the format."""
    slug = slugify(title or "") or slugify(fallback or "") or "article"
    if published is not None and not _STARTS_WITH_DATE.match(slug):
        slug = f"{published.isoformat()}-{slug}"
    if slug in _RESERVED:
        slug += "-article"
    return slug + EXTENSIONS[format]


def slugify(text: str) -> str:
    """Lower-case words joined by hyphens: Latin accents dropped, other scripts kept, no path characters."""
    kept: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        # "é" -> "e", but "й" stays "й": its breve makes it another letter, not an accent.
        if unicodedata.combining(ch) and (not kept or kept[-1].isascii()):
            continue
        kept.append(ch)
    slug = _NOT_WORD.sub("-", unicodedata.normalize("NFC", "".join(kept)).lower()).strip("-")
    return _shorten(slug)


def _shorten(slug: str) -> str:
    slug = slug[: MAX_SLUG_CHARS + 1]
    while len(slug) > MAX_SLUG_CHARS or len(slug.encode("utf-8")) > MAX_SLUG_BYTES:
        cut = slug.rfind("-", 0, len(slug) - 1)
        # Cut at the last hyphen, or mid-word when a single word is too long.
        slug = slug[:cut] if cut > 0 else slug[:-1]
    return slug.strip("-")
