"""Guards shared by the writers: which URLs from articles may become links, and clean text."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from tracker.text import printable

_WEB_SCHEMES = frozenset({"http", "https"})
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f-\x9f]")


def web_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) address, percent-encoded so it cannot break out of a link; else None.

    Article metadata and evidence URLs are untrusted: ``javascript:``, ``data:`` and relative
    addresses must never become clickable in an export.
    """
    if not url:
        return None
    url = url.strip()
    if _CONTROL_OR_SPACE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _WEB_SCHEMES or not parts.netloc:
        return None
    # Quotes, brackets, angle brackets and backslashes are encoded; %XX escapes already there stay.
    return quote(url, safe="/:?#@!$&*+,;=%~-._[]")


def clean(text: str | None) -> str:
    """Untrusted text with line breaks normalised to ``\\n`` and control characters made visible.

    Exports are often printed to a terminal (``tracker export`` writes to stdout), so escape
    sequences from an article must not survive into them; tab and newline are kept.
    """
    if not text:
        return ""
    return printable(text.replace("\r\n", "\n").replace("\r", "\n"))
