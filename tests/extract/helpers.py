"""What the claim-shape tests share: the claims found in a sentence published on some day, and their kinds and modes.

Each test file keeps its own publication day (``PUBLISHED``) and binds these to it with ``functools.partial``.
"""

from __future__ import annotations

import datetime as dt

from tracker.extract import extract_claims
from tracker.extract.base import Extracted

HEADLINE = "Headline words only\n\n"
"""A first paragraph the extractor takes as the headline (it claims nothing), so the text under test is body text."""


def claims_in_body(text: str, published: dt.date | None, *, as_body: bool = True) -> list[Extracted]:
    """The claims in ``text`` as a paragraph of an article's body (with ``as_body=False``: as the article's headline)."""
    return extract_claims((HEADLINE if as_body else "") + text + "\n", published)


def kinds_and_modes(text: str, published: dt.date | None, *, as_body: bool = True) -> list[tuple[str, str]]:
    """(kind, mode) of each claim ``claims_in_body`` finds, e.g. ``[("funding", "pledge")]``."""
    return [(c.kind.value, c.mode.value) for c in claims_in_body(text, published, as_body=as_body)]
