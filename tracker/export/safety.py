"""Guards shared by the writers: which URLs from articles may become links."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

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
