"""Sentence shapes of supplies and their side effects: counted goods sent to a recipient, deliveries measured
against their schedule, jobs a contract brings, export licences granted, output someone has ordered."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.extract.helpers import claims_in_body, kinds_and_modes
from tracker.models import Kind, Mode

PUBLISHED = dt.date(2025, 4, 14)

claims_in = partial(claims_in_body, published=PUBLISHED)
shapes = partial(kinds_and_modes, published=PUBLISHED)


def test_a_count_of_goods_promised_to_a_recipient_is_a_supply_pledge_with_its_count() -> None:
    [claim] = claims_in("Norway will send 320 anti-tank rockets to Moldova, the defence ministry in Oslo said.")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert claim.quantity is not None and (claim.quantity.low, claim.quantity.high) == (320, 320)
    assert "Moldova" in claim.parties


def test_a_plant_that_is_to_supply_a_count_of_goods_is_a_supply_pledge() -> None:
    assert shapes("The shell works near Graz is to supply 12,000 rounds to Estonia, the chancellor announced.") == [("other", "pledge")]


def test_goods_sent_without_a_count_or_date_are_not_a_claim() -> None:
    assert claims_in("Norway will send more rockets to Moldova, the defence ministry in Oslo said.") == []


def test_money_provided_is_funding_not_a_supply_of_goods() -> None:
    [claim] = claims_in("Austria will provide 40 million euros for drone output in Moldova, the chancellor said.")
    assert claim.kind is Kind.FUNDING


def test_goods_sent_in_the_past_are_background_not_a_pledge() -> None:
    assert claims_in("Norway has sent 320 anti-tank rockets to Moldova since 2023, officials in Oslo said.") == []


def test_a_count_of_goods_reported_handed_to_a_recipient_is_an_event() -> None:
    [claim] = claims_in("An earlier order saw 90 radars supplied to Latvia, with the last ones arriving in March.")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.EVENT)


def test_goods_delivered_ahead_of_schedule_are_reported_as_done() -> None:
    assert shapes("The Swedish-built boats for Finland have been delivered three weeks early, the navy said.") == [("other", "event")]


def test_goods_promised_to_arrive_ahead_of_schedule_are_a_pledge_with_their_count() -> None:
    [claim] = claims_in("A further 60 launchers will arrive ahead of schedule to shield the ports this spring.")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert claim.quantity is not None and claim.quantity.low == 60


def test_a_delivery_merely_hoped_to_be_early_with_a_but_between_is_not_a_claim() -> None:
    assert claims_in("The radars were delivered to the coast guard, but the crews arrived late.") == []


def test_jobs_a_plant_is_creating_are_counted_even_beside_a_production_word() -> None:
    [claim] = claims_in("The rocket assembly work in Tampere is creating 150 new jobs, the city council said.")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert claim.quantity is not None and claim.quantity.low == 150


def test_jobs_that_creating_an_opening_precedes_are_not_read_as_opening_production() -> None:
    [claim] = claims_in("The ministry says the order keeps 400 existing roles and creates 90 new jobs as production grows.")
    assert claim.kind is Kind.OTHER


def test_a_workforce_a_plant_simply_has_is_no_claim() -> None:
    assert claims_in("The factory in Tampere employs 700 people and runs three shifts, the city council said.") == []


def test_export_licences_received_are_an_export_event() -> None:
    [claim] = claims_in("Polish drone makers have received the first licences to export their products abroad, the ministry said.")
    assert (claim.kind, claim.mode) == (Kind.EXPORT, Mode.EVENT)


def test_talk_of_export_licences_without_any_granted_is_not_a_claim() -> None:
    assert claims_in("Shops in Gdansk are fine, but they sell nothing without export licences.") == []


def test_a_sale_agreed_on_is_an_agreement() -> None:
    assert shapes("On the sidelines of the summit in Rome, the Polish side agreed on the sale of mortars to Chile.") == [("agreement", "event")]


def test_a_contract_for_goods_that_a_government_signed_is_an_agreement_event() -> None:
    text = "The order dwarfs the contract for 90 radars that the Latvian government signed with Saab in May."
    assert shapes(text) == [("agreement", "event")]


def test_a_contract_for_goods_that_nobody_has_signed_yet_is_not_an_agreement() -> None:
    assert claims_in("The order dwarfs the contract for 90 radars that the Latvian government has not yet signed.") == []


def test_output_ordered_by_a_leader_is_a_target_with_its_figure() -> None:
    [claim] = claims_in("The Finnish president has ordered the production of at least 8,000 mortar rounds.")
    assert (claim.kind, claim.mode) == (Kind.PRODUCTION_TARGET, Mode.PLEDGE)
    assert claim.quantity is not None and claim.quantity.low == 8000


def test_a_task_of_producing_a_figure_is_a_target() -> None:
    assert shapes("The minister also set the task of producing 900 glide bombs and training new crews.") == [("production_target", "pledge")]


def test_output_in_the_past_with_a_figure_and_no_order_is_not_a_target() -> None:
    assert claims_in("The factory completed the production of 8,000 mortar rounds.") == []


def test_money_someone_expects_to_raise_by_a_date_is_a_funding_pledge() -> None:
    [claim] = claims_in("We expect to raise more than $2 billion by 2026 through the partner scheme.")
    assert (claim.kind, claim.mode) == (Kind.FUNDING, Mode.PLEDGE)


def test_a_partner_firm_that_will_manufacture_goods_is_a_producer_pledge() -> None:
    assert shapes("The partner firm will manufacture launchers for the rockets in Moldova.") == [("production_target", "pledge")]


def test_goods_already_made_in_a_country_are_an_opening_event_there() -> None:
    [claim] = claims_in("Such boats are already being produced in Norway under the scheme, the minister said.")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.EVENT)
    assert claim.places == ["Norway"]


def test_goods_a_country_is_known_for_making_are_background_not_an_opening() -> None:
    assert claims_in("Such boats are made in Norway by several family yards, the minister noted.") == []


def test_a_programme_expected_to_start_by_a_date_is_a_pledge_with_that_deadline() -> None:
    [claim] = claims_in("The scheme is expected to start by October once the Seimas votes on it, the Lithuanian minister said.")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 10, 31)


def test_a_programme_to_start_some_day_is_not_a_claim() -> None:
    assert claims_in("The scheme should start eventually, the Lithuanian minister said.") == []


def test_a_signing_that_took_place_is_an_agreement_event() -> None:
    text = "The signing of the contract took place at the Polish consulate on Tuesday, a company officer said."
    assert shapes(text) == [("agreement", "event")]


def test_a_quoted_one_line_launch_of_a_named_scheme_is_an_event() -> None:
    assert shapes('"Shield Port has officially launched"') == [("other", "event")]
