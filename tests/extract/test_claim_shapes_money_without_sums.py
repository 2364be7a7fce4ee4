"""Funding promised without a sum, money moved by everyday verbs, production lines "deployed", and appeals.

Every sentence here was written for this test to show one general shape; none comes from an article.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extract.helpers import claims_in_body, kinds_and_modes

PUBLISHED = dt.date(2026, 3, 10)

claims_in = partial(claims_in_body, published=PUBLISHED)
summary = partial(kinds_and_modes, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Finland will finance the production of Ukrainian artillery shells, its defence minister said.",
        "Austria to invest in serial production of Ukrainian interceptor drones",
        "Belgium is set to allocate substantial funds for the mass production of Ukrainian missiles.",
        "Portugal has announced plans to fund the manufacture of Ukrainian sea drones.",
        "The order will be paid for by the Dutch government, the ministry said.",
    ],
)
def test_a_named_payer_promising_to_fund_production_is_a_funding_pledge_without_a_sum(text: str) -> None:
    assert summary(text) == [("funding", "pledge")]


def test_a_promise_to_fund_names_who_pays_and_for_whom() -> None:
    [claim] = claims_in("Finland will finance the production of Ukrainian artillery shells, its defence minister said.")
    assert claim.parties == ["Finland", "Ukraine"] and claim.quantity is None


@pytest.mark.parametrize(
    "text",
    [
        "The new budget will be used to fund production.",  # no payer named, nothing to hold to
        "Finland has financed the production of shells since 2024.",  # a running habit, not a promise
        "In 2024, Finland became the first country to fund shell production by Ukrainian makers, pioneering a model.",
        "The president called on Austria to invest in drone production in Ukraine.",
        "Kyiv urged its partners to open plants in Ukraine by 2027.",
    ],
)
def test_records_appeals_and_payerless_funding_are_not_claims(text: str) -> None:
    assert claims_in(text) == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The bank transferred EUR 300 million to Ukrainian arms makers last week.", "event"),
        ("We have made available EUR 2 billion for Ukraine's arms makers, the commissioner said.", "event"),
        ("About EUR 250 million of the fund will go to the Ukrainian defence industry.", "pledge"),
        ("Some EUR 80 million was channeled through the programme to Ukrainian drone makers in May.", "event"),
    ],
)
def test_sums_moved_by_everyday_verbs_are_funding(text: str, mode: str) -> None:
    [claim] = claims_in(text)
    assert (claim.kind.value, claim.mode.value) == ("funding", mode)
    assert claim.quantity is not None and claim.quantity.unit == "EUR"


def test_money_going_to_is_not_the_future_going_to() -> None:
    assert claims_in("The government is going to discuss the plan with EUR 5 million in mind.") == []


@pytest.mark.parametrize(
    "text",
    ["A pilot assembly line is expected to be deployed in 2027.", "The firm plans to deploy a production line in Latvia next year."],
)
def test_a_production_line_deployed_is_an_opening(text: str) -> None:
    assert summary(text) == [("opening", "pledge")]


def test_troops_deploying_to_the_front_line_open_nothing() -> None:
    assert claims_in("Troops will deploy drones to the front line this month.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Finland was the first country to sign a contract and pay for the production of Ukrainian mortars.",
        "The minister did not specify which drones Ukraine would be producing with Austria.",
        "Plans to open a new plant for shells in Ukraine became known after the summit in Rome.",
    ],
)
def test_records_unsaid_details_and_news_that_broke_earlier_are_not_claims(text: str) -> None:
    assert claims_in(text) == []


def test_a_pledge_restated_inside_what_officials_could_not_confirm_is_still_read() -> None:
    text = "Officials could not confirm whether the plant, due to start producing fuel in autumn 2027, was the first."
    [claim] = claims_in(text)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2027, 11, 30)
