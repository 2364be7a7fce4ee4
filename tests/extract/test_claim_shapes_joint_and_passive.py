"""Shapes of real reporting on joint production, sales abroad and background, read by general rules."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extract.helpers import claims_in_body

PUBLISHED = dt.date(2026, 3, 4)

claims_in = partial(claims_in_body, published=PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Slovakia and Ukraine will jointly manufacture artillery fuses under the new programme.",
        "Bulgaria wants to build mortars together with Ukraine, the ministry said.",
        "Estonians and Ukrainians will be able to jointly produce robots at the new site .",
    ],
)
def test_promised_joint_production_with_a_partner_is_a_target(sentence: str) -> None:
    assert [(c.kind.value, c.mode.value) for c in claims_in(sentence)] == [("production_target", "pledge")]


def test_joint_production_that_an_agreement_covers_is_the_agreement() -> None:
    found = claims_in("The agreement between Norway and Ukraine to co-produce missiles was welcomed by both capitals.")
    assert [c.kind.value for c in found] == ["agreement"]


def test_joint_production_needs_a_partner() -> None:
    assert claims_in("The firms will jointly produce parts, the founder said.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Most rounds would go to the Slovak army, while others would be exported across Europe.",
        "Part of the robots will be sold to other countries of the Nordic region, Norway's minister said.",
        "The boats will be delivered not only to Ukraine but also across the NATO countries.",
    ],
)
def test_goods_promised_for_sale_abroad_are_an_export(sentence: str) -> None:
    assert [(c.kind.value, c.mode.value) for c in claims_in(sentence)] == [("export", "pledge")]


def test_a_dated_order_of_magnitude_with_a_production_verb_is_a_target() -> None:
    found = claims_in("Factories in Ukraine will produce hundreds of thousands of interceptors this year, the president said.")
    assert [c.kind.value for c in found] == ["production_target"]
    assert found[0].deadline is not None and found[0].deadline.date == dt.date(2026, 12, 31)


def test_an_order_of_magnitude_without_a_date_is_no_target() -> None:
    assert claims_in("Factories will produce thousands of shells, the minister said.") == []


def test_forming_a_joint_company_in_a_place_is_an_opening() -> None:
    found = claims_in("The group and its Ukrainian partners will form a joint company in Estonia next year.")
    assert [(c.kind.value, c.places) for c in found] == [("opening", ["Estonia"])]


def test_a_signing_reported_as_it_happens_today_is_an_event() -> None:
    found = claims_in('"Today we are signing a production document between Norway and Ukraine," the minister said.')
    assert [(c.kind.value, c.mode.value) for c in found] == [("agreement", "event")]


def test_a_snapshot_as_of_a_date_is_background() -> None:
    sentence = "As of the end of May, the army had received 900,000 drones, with the state allocating $40 million per month."
    assert claims_in(sentence) == []


def test_what_a_gerund_subject_would_bring_is_no_pledge() -> None:
    assert claims_in("Opening a plant in Latvia will help secure supplies for the army, the company added.") == []


def test_a_regional_city_locates_a_plant() -> None:
    found = claims_in("A drone factory may be opened in Timisoara, the defence ministry said.")
    assert [(c.kind.value, c.places) for c in found] == [("opening", ["Timisoara"])]
