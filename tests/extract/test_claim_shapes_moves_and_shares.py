"""Shapes of moved or localised production, figure-less output and money promises, and page furniture
around them.

Every sentence here was written for this test to show one general shape; none comes from an article.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extract.helpers import claims_in_body, kinds_and_modes
from tracker.extract.noise import drop_noise
from tracker.extract.sentences import split_units

PUBLISHED = dt.date(2026, 3, 10)

claims_in = partial(claims_in_body, published=PUBLISHED)
summary = partial(kinds_and_modes, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Finland is relocating part of its shell production to Estonia, the minister said on Monday.",
        "Norway has started shifting some of its rocket manufacturing capacity to Sweden.",
        "Part of the country's radar production was moved to Latvia, officials said.",
    ],
)
def test_production_moved_abroad_is_an_opening_under_way(text: str) -> None:
    assert summary(text) == [("opening", "event")]


def test_a_move_of_production_abroad_is_not_a_delay_and_opens_where_it_goes() -> None:
    found = claims_in("Part of the country's radar production was moved to Latvia, officials said.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("opening", "event")]
    assert found[0].places == ["Latvia"]


def test_locating_production_facilities_abroad_is_an_opening() -> None:
    found = claims_in("Now Finland is locating its production facilities on Estonian soil, the minister said.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("opening", "event")]


def test_production_by_a_named_firm_expected_to_start_is_an_opening_pledge() -> None:
    assert summary("Production by Nordwerk in Latvia is expected to start in 2027.") == [("opening", "pledge")]


def test_a_line_that_has_already_started_in_a_place_has_opened() -> None:
    assert summary("And the second line has already started in Estonia.") == [("opening", "event")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the programme aims to produce \u201cthousands\u201d of sensors every month.",
        "The two sides plan to establish large-scale production of sensors, the minister said.",
    ],
)
def test_figure_less_output_at_a_rate_or_scale_is_a_production_pledge(text: str) -> None:
    assert summary(text) == [("production_target", "pledge")]


def test_a_commitment_to_finance_production_in_a_place_is_a_funding_pledge() -> None:
    assert summary("Oslo has also committed to financing boat production in Estonia for two years.") == [("funding", "pledge")]


@pytest.mark.parametrize(
    "text",
    [
        "The two firms plan to localise the production of sensors in Portugal, the company said.",
        "Assembly of the new boats will initially take place in Greece, the ministry said.",
    ],
)
def test_where_output_will_be_made_is_a_production_pledge(text: str) -> None:
    assert summary(text) == [("production_target", "pledge")]


def test_localised_production_without_a_place_is_not_a_claim() -> None:
    assert claims_in("The partners plan to localise production as demand grows, the company said.") == []


def test_a_named_maker_promising_a_product_is_a_production_pledge() -> None:
    assert summary("Beyond trucks, Nordwerk Systems will manufacture sea drones.") == [("production_target", "pledge")]


def test_a_pronoun_promising_a_product_is_not_enough() -> None:
    assert claims_in("Beyond trucks, they will manufacture sea drones.") == []


def test_a_company_that_has_begun_operations_has_opened() -> None:
    assert summary("The Czech firm Voltron has begun operations at its first plant in Austria.") == [("opening", "event")]


@pytest.mark.parametrize(
    "text",
    [
        "He promised to establish mass production of the new rocket by June.",
        "The minister confirmed the rocket passed its tests, with plans for serial production by June.",
    ],
)
def test_promised_mass_production_is_an_output_target_not_an_opening(text: str) -> None:
    found = claims_in(text)
    assert [(c.kind.value, c.mode.value) for c in found] == [("production_target", "pledge")]
    assert found[0].deadline is not None and found[0].deadline.date == dt.date(2026, 6, 30)


def test_goods_a_country_will_receive_by_a_date_are_a_delivery_pledge() -> None:
    found = claims_in("Latvia will receive radars from a Dutch supplier by the end of 2026, the ministry said.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("other", "pledge")]
    assert found[0].deadline is not None and found[0].deadline.date == dt.date(2026, 12, 31)


def test_a_share_of_named_loans_promised_to_projects_is_a_funding_pledge() -> None:
    assert summary("Lisbon will direct part of the EU defence loans to joint projects with Kyiv, the minister added.") == [
        ("funding", "pledge")
    ]


def test_a_factory_dated_by_its_completion_is_an_opening_pledge() -> None:
    found = claims_in("The chief executive said their factory, which, once completed in about a year, will move to fit-out.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("opening", "pledge")]


def test_ventures_listed_by_example_are_background() -> None:
    assert claims_in("Finland has also set up joint ventures with foreign firms, including two in Sweden, to build boats.") == []


def test_an_avatar_line_above_the_byline_does_not_end_the_article() -> None:
    text = "Poland opens drone plant\n\nAvatar\nby Jan Kowalski\n\nPoland opened a drone plant in Gdansk on Monday, the ministry said.\n"
    assert "Gdansk" in " ".join(u.text for u in drop_noise(split_units(text)))


def test_an_advert_slot_between_paragraphs_does_not_end_the_article() -> None:
    text = (
        "Poland opens drone plant\n\nThe weather in Gdansk was mild, officials said.\n\nAdvertisement:\n\n"
        "Poland will open a drone plant in Gdansk by June, the minister said.\n"
    )
    kept = " ".join(u.text for u in drop_noise(split_units(text)))
    assert "drone plant in Gdansk by June" in kept
