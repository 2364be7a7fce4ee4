"""Goods counted as ordered, received or handed to the armed forces: supplies reported as done, checkable by the count."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tracker.extract import extract_claims
from tracker.models import Kind, Mode

PUBLISHED = dt.date(2025, 9, 1)

claims_in = partial(extract_claims, published=PUBLISHED)


def test_goods_supplied_to_the_army_are_a_delivery_done_with_its_count() -> None:
    [claim] = claims_in("Headline words only\n\nSo far in 2025, 1.3 million strike drones were delivered to the army by the state agency.\n")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.EVENT)
    assert claim.quantity is not None and claim.quantity.low == 1_300_000


def test_goods_received_by_the_military_through_a_channel_are_a_delivery_done() -> None:
    [claim] = claims_in("Headline words only\n\nA further 40,000 UAVs were received by the military via the online marketplace.\n")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.EVENT)
    assert claim.quantity is not None and claim.quantity.low == 40_000


def test_goods_handed_to_units_of_the_armed_forces_keep_an_acronym_as_their_unit() -> None:
    [claim] = claims_in("Headline words only\n\nThis year about 9,000 UGVs were supplied to the units of the Armed Forces.\n")
    assert claim.kind is Kind.OTHER
    assert claim.quantity is not None and claim.quantity.unit == "UGVs"


def test_a_count_of_goods_ordered_is_an_order_placed() -> None:
    [claim] = claims_in("Headline words only\n\nThe procurement agency has ordered about 6,500 ground robots for delivery in 2025.\n")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.EVENT)
    assert claim.quantity is not None and claim.quantity.low == 6500


def test_a_headline_order_in_the_present_tense_is_an_order_placed() -> None:
    [claim] = claims_in("Estonia orders 1,200 loitering munitions\n\nBody words only here.\n")
    assert claim.kind is Kind.OTHER and claim.headline
    assert claim.quantity is not None and claim.quantity.low == 1200


def test_one_million_goods_contracted_is_a_count() -> None:
    [claim] = claims_in("Headline words only\n\nThe minister said domestic makers had already contracted one million drones for this year.\n")
    assert claim.mode is Mode.EVENT
    assert claim.quantity is not None and claim.quantity.low == 1_000_000


def test_a_named_recipient_of_its_first_counted_shells_is_a_delivery_done() -> None:
    [claim] = claims_in("Headline words only\n\nThe premier said Moldova had received the first 20,000 shells from the joint purchase scheme.\n")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.EVENT)
    assert "Moldova" in claim.parties + claim.places


def test_a_running_total_of_goods_sent_since_the_war_began_is_background() -> None:
    assert claims_in("Headline words only\n\nNorway has delivered 5,000 shells to the army since 2022.\n") == []


def test_ordering_the_production_of_a_count_stays_a_task_set_not_an_order_placed() -> None:
    [claim] = claims_in("Headline words only\n\nThe president ordered the production of 20,000 drones by the end of the year.\n")
    assert (claim.kind, claim.mode) == (Kind.PRODUCTION_TARGET, Mode.PLEDGE)


def test_an_unnamed_recipient_of_counted_goods_is_not_a_claim() -> None:
    assert claims_in("Headline words only\n\nIt has received 300 of them, a spokesman said.\n") == []


def test_a_stock_counted_as_of_a_date_is_background() -> None:
    assert claims_in("Headline words only\n\nAs of the end of May, Latvia had received around 900 drones from its partners.\n") == []


def test_machinery_promised_to_make_named_goods_is_a_supply_pledge() -> None:
    [claim] = claims_in("Headline words only\n\nThe Slovak arms group said it would provide machinery to make 9 mm cartridges for the new plant.\n")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert "Slovakia" in claim.parties + claim.places


def test_manufacturing_equipment_to_be_sent_to_a_country_is_a_supply_pledge() -> None:
    [claim] = claims_in("Headline words only\n\nThe US contractor will send manufacturing equipment to Moldova, a source said.\n")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert "Moldova" in claim.parties + claim.places


def test_sharing_technology_in_general_is_cooperation_not_a_supply() -> None:
    assert claims_in("Headline words only\n\nFinland will share technology and innovation with Ukraine, the minister said.\n") == []


def test_a_dated_count_the_armed_forces_will_receive_is_a_delivery_pledge() -> None:
    [claim] = claims_in("Headline words only\n\nBy the end of the current year, the Armed Forces will receive 400,000 interceptor drones.\n")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 12, 31)


def test_the_army_hoping_for_an_uncounted_undated_delivery_is_not_a_claim() -> None:
    assert claims_in("Headline words only\n\nCommanders hope the army will receive more drones soon.\n") == []
