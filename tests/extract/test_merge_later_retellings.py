"""A pledge stands for months: later retellings that name the same thing join it; unrelated pledges do not."""

from __future__ import annotations

import datetime as dt

from tracker.extract.base import Anchor, Extracted
from tracker.extract.merge import MergeIndex, content_tokens, similarity, subject_words
from tracker.models import Kind, Mode

MARCH = dt.date(2031, 3, 4)
MAY = dt.date(2031, 5, 20)


def pledge(sentence: str, day: dt.date, places: tuple[str, ...] = ("Estonia",)) -> Extracted:
    return Extracted(
        kind=Kind.OPENING, mode=Mode.PLEDGE, text=sentence, quote=sentence, start=0, end=len(sentence),
        sentence=sentence, places=list(places), anchor=Anchor(day, day, False),
    )


def index_with(first: Extracted, article: str = "art-1") -> MergeIndex:
    index = MergeIndex(lambda article, quote: None)
    index.add_extracted("c1", first, content_tokens(first.sentence), created=True, article=article)
    return index


def test_a_pledge_retold_two_months_later_under_its_names_joins_it() -> None:
    first = pledge("Borealis Kite will build a graphite brake disc works in Estonia, the registry said.", MARCH)
    later = pledge("Borealis Kite is building its graphite brake disc works in Tallinn.", MAY, ("Tallinn",))
    index = index_with(first)
    assert index.best_match(later, content_tokens(later.sentence), MAY, article="art-2") == "c1"


def test_a_later_pledge_sharing_only_place_and_kind_words_stays_apart() -> None:
    first = pledge("Borealis Kite will build a graphite brake disc works in Estonia.", MARCH)
    other = pledge("A new tyre works will be built in Estonia by Nordmark Rubber.", MAY)
    index = index_with(first)
    assert index.best_match(other, content_tokens(other.sentence), MAY, article="art-2") is None
    # Both within the usual retelling window would still need words in common: none beyond place and kind.
    assert not subject_words(content_tokens(first.sentence)) & subject_words(content_tokens(other.sentence)) - {"work"}


def test_one_article_naming_the_same_product_again_is_one_claim() -> None:
    first = pledge("Borealis Kite will build a graphite brake disc works in Estonia.", MARCH)
    again = pledge("Graphite brake discs for jets will then be made near the harbour in Estonia, despite protests.", MARCH)
    a, b = content_tokens(first.sentence), content_tokens(again.sentence)
    assert similarity(a, b) < 0.6  # too loose for a close restatement within one article
    index = index_with(first)
    assert index.best_match(again, b, MARCH, article="art-1") == "c1"
