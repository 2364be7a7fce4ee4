"""Two verbs under one promise ("will provide X and finance Y"), and judgements of what matters ("it is important to
strengthen their ability to produce ..."), which promise nothing."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.extract.helpers import claims_in_body
from tracker.models import Kind, Mode

claims_in = partial(claims_in_body, published=dt.date(2031, 8, 23))


def test_a_second_verb_under_the_first_verbs_promise_is_promised_too() -> None:
    [claim] = claims_in(
        "The Nordland government will provide Kyiv with its rocket technology and finance the production of artillery shells in Ukraine, its statement said."
    )
    assert (claim.kind, claim.mode) == (Kind.FUNDING, Mode.PLEDGE)
    assert claim.quote.startswith("The Nordland government will provide Kyiv")  # the sentence as written is cited
    [claim] = claims_in("Borealis Aero plans to hire 40 engineers and build a drone plant in Tampere by the end of 2032.")
    assert claim.kind is Kind.OPENING and claim.deadline is not None and claim.deadline.date == dt.date(2032, 12, 31)


def test_verbs_joined_without_a_promise_or_with_a_subject_of_their_own_are_read_as_they_stand() -> None:
    assert claims_in("The minister visited the region and opened an exhibition of children's drawings on Friday.") == []
    assert claims_in("Officials met the delegation on Monday and discussed the weather in the north.") == []


def test_a_judgement_of_what_matters_promises_nothing() -> None:
    for sentence in (
        "At the same time, we see that it is important to strengthen the Ukrainians' ability to produce modern artillery ammunition in Ukraine.",
        "\u201cAt the same time, we recognize the importance of strengthening the capacity of Ukrainians to produce modern ammunition in Ukraine.\u201d",
        "It's crucial to open more repair plants in Ukraine, the analyst said.",
    ):
        assert claims_in(sentence) == [], sentence


def test_a_promise_that_is_called_important_is_still_a_promise() -> None:
    [claim] = claims_in("Borealis Aero will open a drone plant in Tampere by the end of 2032, which is important for the region, its chief said.")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
