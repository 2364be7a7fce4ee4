"""Extraction: from an article's text to the claims it states (pure functions, no storage).

``default_extractor()`` is the rule-based extractor; anything with the ``Extractor`` interface
(``extract`` and ``status_cues``) can replace it, e.g. a model-based one later.
"""

from __future__ import annotations

from tracker.extract.base import ArticleText, Extracted, Extractor, StatusCue

__all__ = ["ArticleText", "Extracted", "Extractor", "StatusCue", "default_extractor", "extract_claims"]


def default_extractor() -> Extractor:
    from tracker.extract.claims import RuleExtractor

    return RuleExtractor()


def extract_claims(text: str, published=None) -> list[Extracted]:  # type: ignore[no-untyped-def]
    """The claims stated in ``text`` (published on ``published``, a date or None)."""
    return default_extractor().extract(ArticleText(text, published))
