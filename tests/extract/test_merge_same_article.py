"""Two sentences of one article are two claims unless one restates the other closely."""

from __future__ import annotations

import datetime as dt

from tracker.extract.base import Anchor, Extracted
from tracker.extract.merge import MergeIndex, content_tokens, similarity
from tracker.models import Kind, Mode

DAY = dt.date(2031, 4, 2)


def pledge(sentence: str) -> Extracted:
    return Extracted(
        kind=Kind.OPENING, mode=Mode.PLEDGE, text=sentence, quote=sentence, start=0, end=len(sentence),
        sentence=sentence, places=["Estonia"], parties=["Estonia"], anchor=Anchor(DAY, DAY, False),
    )


STEP_ONE = "Acme Robotics will open a battery plant for ground robots in Estonia."
STEP_TWO = "Acme will open a school in Estonia where soldiers learn to steer its robots."


def test_loosely_related_steps_of_one_article_stay_apart_but_merge_across_outlets() -> None:
    first, second = pledge(STEP_ONE), pledge(STEP_TWO)
    tokens = content_tokens(second.sentence)
    # Loosely related: enough words in common for two outlets' retellings, too few for one article's restatement.
    assert 0.45 <= similarity(content_tokens(first.sentence), tokens) < 0.6

    index = MergeIndex(lambda article, quote: None)
    index.add_extracted("c1", first, content_tokens(first.sentence), created=True, article="art-1")
    assert index.best_match(second, tokens, DAY, article="art-1") is None
    # The same words from another outlet retell the claim.
    assert index.best_match(second, tokens, DAY, article="art-2") == "c1"


def test_one_article_restating_its_claim_closely_or_in_its_headline_merges() -> None:
    first = pledge(STEP_ONE)
    index = MergeIndex(lambda article, quote: None)
    index.add_extracted("c1", first, content_tokens(first.sentence), created=True, article="art-1")
    restated = pledge("The battery plant for Acme Robotics ground robots will open in Estonia, the company said.")
    assert index.best_match(restated, content_tokens(restated.sentence), DAY, article="art-1") == "c1"
    loose = pledge(STEP_TWO)
    assert index.best_match(loose, content_tokens(loose.sentence), DAY, frozenset({"c1"}), article="art-1") == "c1"
