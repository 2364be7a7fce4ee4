"""Sentence shapes seen on real pages: starting output, receiving orders, deliveries, background clauses."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tracker.extract import extract_claims
from tracker.extract.base import ArticleText
from tracker.extract.claims import RuleExtractor
from tracker.models import Kind, Mode

PUBLISHED = dt.date(2025, 3, 10)

claims_in = partial(extract_claims, published=PUBLISHED)


def test_a_facility_that_will_commence_operations_is_an_opening_with_its_date() -> None:
    [claim] = claims_in("Officials said the Gdansk workshop is expected to commence operations by June 30, 2025.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 6, 30)


def test_starting_to_produce_something_on_a_date_is_an_opening() -> None:
    [claim] = claims_in("Near the Polish border, the Latvian firm intends to start making artillery fuses on May 1.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 5, 1)


def test_starting_output_with_a_daily_figure_stays_an_output_target() -> None:
    [claim] = claims_in("Ukraine will begin producing 500 glide bombs a day by the end of June, the minister said.\n")
    assert claim.kind is Kind.PRODUCTION_TARGET
    assert claim.quantity is not None and claim.quantity.per == "day"


def test_goods_that_will_now_be_produced_in_a_place_are_an_opening_there() -> None:
    [claim] = claims_in("The new mortar rounds will now be produced in Poland, despite objections from residents.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.places == ["Poland"]


def test_a_supplier_receiving_an_order_from_a_government_has_signed_an_agreement() -> None:
    [claim] = claims_in("The Swedish shipyard has won an order from Norway's navy for four patrol boats.\n")
    assert (claim.kind, claim.mode) == (Kind.AGREEMENT, Mode.EVENT)
    assert "Norway" in claim.parties


def test_a_count_of_sites_to_be_opened_is_kept_as_the_claims_quantity() -> None:
    [claim] = claims_in("The group intends to set up at least three plants in Romania, it said in January.\n")
    assert claim.kind is Kind.OPENING
    assert claim.quantity is not None and (claim.quantity.low, claim.quantity.high) == (3, None)


def test_a_dated_delivery_to_a_named_recipient_is_a_tracked_pledge_of_kind_other() -> None:
    [claim] = claims_in("The first two radars are to be handed over to the Estonian army before the end of this year.\n")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 12, 31)


def test_an_undated_delivery_is_not_a_claim() -> None:
    assert claims_in("More radars will be delivered to the Estonian army, the company said.\n") == []


def test_a_leading_having_clause_is_background_not_a_claim() -> None:
    text = "Having just opened a large shell factory in Hungary, the chief executive outlined his plans to reporters.\n"
    assert claims_in(text) == []


def test_what_someone_needs_a_place_for_is_not_a_pledge() -> None:
    text = '"Our engineers need a quiet place to build factories like this one," the Finnish minister told reporters.\n'
    assert claims_in(text) == []


def test_a_possessor_after_in_is_not_where_a_facility_is() -> None:
    [claim] = claims_in("Warsaw will open a drone plant by June 30, a key step in Germany's plans for the region.\n")
    assert "Germany" not in claim.places


def test_a_reported_clause_about_the_facility_refers_back_to_the_one_just_named() -> None:
    text = (
        "A Czech firm is set to build a drone engine plant in Slovakia, the ministry said.\n"
        "The ministry added that the plant is expected to commence operations by September 1, 2025.\n"
    )
    first, second = claims_in(text)
    assert first.places == ["Slovakia"] and not first.refers_back
    assert second.refers_back and second.places == []


def test_a_plant_that_has_yet_to_begin_or_still_has_not_been_built_is_a_delay_cue() -> None:
    extractor = RuleExtractor()
    text = (
        "Why the Ammunition Plant in Lithuania Still Hasn't Been Built\n\n"
        "Construction of the planned ammunition plant in Lithuania has yet to begin, officials said.\n"
    )
    cues = extractor.status_cues(ArticleText(text, PUBLISHED))
    assert [c.effect for c in cues] == ["delays", "delays"]
    assert extractor.extract(ArticleText(text, PUBLISHED)) == []


def test_promised_mass_production_is_an_output_target_without_a_figure() -> None:
    [claim] = claims_in("The premier toured the missile works and unveiled plans for their mass production.\n")
    assert (claim.kind, claim.mode, claim.quantity) == (Kind.PRODUCTION_TARGET, Mode.PLEDGE, None)
    [dated] = claims_in("The new glide bomb will be mass produced by autumn, the minister said.\n")
    assert dated.deadline is not None and dated.deadline.date == dt.date(2025, 11, 30)


def test_starting_serial_production_at_a_plant_is_an_opening_not_a_target() -> None:
    [claim] = claims_in("The Lithuanian maker plans to start serial production of its drones at a plant in Estonia by June 30.\n")
    assert claim.kind is Kind.OPENING


def test_serial_production_reported_as_started_or_merely_needed_is_not_a_target() -> None:
    assert claims_in("Serial production of the Vega drone has started.\n") == []
    assert claims_in("The army needs mass production of shells.\n") == []


def test_an_output_rate_given_by_its_order_of_magnitude_is_a_target_without_a_figure() -> None:
    [claim] = claims_in("The company said the Polish plant would produce a seven-figure number of rounds a year.\n")
    assert (claim.kind, claim.mode, claim.quantity) == (Kind.PRODUCTION_TARGET, Mode.PLEDGE, None)
    assert claims_in("The company paid a six-figure sum for the land, officials said.\n") == []


def test_a_cited_body_keeps_its_whole_name_as_the_actor() -> None:
    text = "A Polish firm is set to build a shell plant in Lithuania, according to a radio report citing the Lithuanian Economy Agency.\n"
    [claim] = claims_in(text)
    assert claim.actor == "Lithuanian Economy Agency"
