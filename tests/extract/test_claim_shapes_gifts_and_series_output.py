"""Supplies and money told the way wire copy tells them: goods provided to a named recipient "with" a count, money
"giving" or "going towards" something, and series production a product has entered."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.extract.helpers import claims_in_body
from tracker.models import Kind, Mode

PUBLISHED = dt.date(2025, 8, 5)

claims_in = partial(claims_in_body, published=PUBLISHED)


def test_goods_provided_to_a_named_recipient_with_a_count_are_a_supply_pledge() -> None:
    [claim] = claims_in("Belgium will provide Moldova with 40 radars as part of a new aid package.")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert claim.quantity is not None and claim.quantity.low == 40
    assert "Moldova" in claim.parties


def test_money_provided_to_a_named_recipient_stays_funding() -> None:
    [claim] = claims_in("Belgium will provide Moldova with EUR 300 million for its air defence this year.")
    assert claim.kind is Kind.FUNDING


def test_a_recipient_provided_with_no_count_is_no_supply_claim() -> None:
    assert claims_in("Belgium will provide Moldova with support for as long as it takes.") == []


def test_a_sum_a_country_is_giving_is_funding() -> None:
    [claim] = claims_in("Portugal is giving around 1.2 billion euros to the joint procurement package.")
    assert claim.kind is Kind.FUNDING
    assert claim.quantity is not None and claim.quantity.low == 1_200_000_000


def test_a_sum_that_will_go_towards_something_is_funding() -> None:
    [claim] = claims_in("The ministry said 60 million euros of the package will go towards demining equipment for Moldova.")
    assert (claim.kind, claim.mode) == (Kind.FUNDING, Mode.PLEDGE)


def test_a_product_that_has_entered_mass_production_is_output_reported() -> None:
    [claim] = claims_in("The Vesna cruise missiles have already entered mass production, the minister said.")
    assert (claim.kind, claim.mode) == (Kind.PRODUCTION_TARGET, Mode.EVENT)


def test_a_product_that_went_into_serial_production_in_a_month_is_output_reported() -> None:
    [claim] = claims_in("The new rifle went into serial production in March.")
    assert (claim.kind, claim.mode) == (Kind.PRODUCTION_TARGET, Mode.EVENT)


def test_hoping_a_product_will_one_day_enter_mass_production_is_no_claim() -> None:
    assert claims_in("The designers hope the drone will one day enter mass production.") == []


def test_money_to_be_invested_in_a_named_missile_is_funding() -> None:
    [claim] = claims_in("Latvia plans to invest in Ukraine's Bulava missile drone, the prime minister said on Friday.")
    assert (claim.kind, claim.mode) == (Kind.FUNDING, Mode.PLEDGE)


def test_having_to_pay_for_drone_parts_is_no_funding_pledge() -> None:
    assert claims_in("Latvia will have to pay for the drone parts, which are designed by Ukrainians.") == []


def test_a_purchase_worth_a_sum_is_that_sum_promised() -> None:
    [claim] = claims_in("The Belgian Ministry of Defence will purchase UAVs worth 31.5 million euros from the company.")
    assert (claim.kind, claim.mode) == (Kind.FUNDING, Mode.PLEDGE)
    assert claim.quantity is not None and claim.quantity.low == 31_500_000


def test_goods_named_in_four_words_are_counted_goods() -> None:
    [claim] = claims_in("Kestrelfin will deliver over 120 Vesna unmanned surface vessels to Moldova in a donation.")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert claim.quantity is not None and claim.quantity.unit == "Vesna unmanned surface vessels"


def test_a_statement_of_intent_or_on_joint_production_signed_is_an_agreement() -> None:
    [claim] = claims_in("The two countries signed a statement of intent on boats during the president's May 3 visit to Oslo.")
    assert (claim.kind, claim.mode) == (Kind.AGREEMENT, Mode.EVENT)
    [claim] = claims_in("The two prime ministers signed a statement on the joint production of the Vesna boat in Oslo.")
    assert (claim.kind, claim.mode) == (Kind.AGREEMENT, Mode.EVENT)


def test_a_statement_signed_about_nothing_trackable_is_no_agreement() -> None:
    assert claims_in("The minister signed a statement on Monday.") == []


def test_an_agreement_on_counted_joint_production_with_no_date_is_still_the_agreement() -> None:
    [claim] = claims_in("Moldova and Latvia agreed on the joint production of 1,000 Vesna interceptor drones on Monday.")
    assert (claim.kind, claim.mode) == (Kind.AGREEMENT, Mode.EVENT)


def test_output_that_will_be_localised_in_a_country_is_promised_there() -> None:
    [claim] = claims_in("It is reported that the production of robotic systems for clearing Western mines will be localised in Moldova.")
    assert (claim.kind, claim.mode) == (Kind.PRODUCTION_TARGET, Mode.PLEDGE)
    assert "Moldova" in claim.places


def test_output_localised_somewhere_unnamed_is_no_claim() -> None:
    assert claims_in("The production of the robotic systems will be localised in the near future.") == []


def test_agreements_being_negotiated_are_not_signed() -> None:
    assert claims_in("Moldova is negotiating two agreements with Latvia on the purchase of boats and the sale of drones.") == []
    assert claims_in("The ministry is negotiating with Kestrelfin and Nordplast to localise the production of demining "
                     "vehicles in Moldova.") == []


def test_agreements_signed_after_negotiations_are_signed() -> None:
    [claim] = claims_in("Moldova signed two agreements with Latvia on the purchase of boats on Monday.")
    assert (claim.kind, claim.mode) == (Kind.AGREEMENT, Mode.EVENT)


def test_what_is_unclear_is_no_pledge() -> None:
    assert claims_in("It is unclear from the post whether the minister was referring to a new investment of "
                     "EUR 200 million in the programme.") == []
