"""Sites and signings as a fact-checker holds them: how many sites a pledge opens and how many agreements a signing
counts are the claim's quantity ("at least three plants" is held to three), while the goods a deal is about are not; a site
named by a noun in -ing ("a training centre") or promised by the money put into it is an opening."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.extract.helpers import claims_in_body
from tracker.models import Kind, Mode

PUBLISHED = dt.date(2025, 4, 14)

claims_in = partial(claims_in_body, published=PUBLISHED)


def test_counted_plants_of_a_several_word_name_are_the_openings_quantity() -> None:
    [claim] = claims_in("The Estonian group has said it plans to open at least three assembly plants in Moldova.")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.quantity is not None and (claim.quantity.low, claim.quantity.high) == (3, None)


def test_counted_joint_ventures_are_the_openings_quantity() -> None:
    [claim] = claims_in("By the end of the year we will open 12 joint ventures making naval drones in Europe.")
    assert claim.kind is Kind.OPENING
    assert claim.quantity is not None and (claim.quantity.low, claim.quantity.high) == (12, 12)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 12, 31)


def test_counted_agreements_signed_are_the_signings_quantity() -> None:
    [claim] = claims_in("Romanian and Ukrainian companies signed five agreements on joint production in Bucharest on Monday.")
    assert (claim.kind, claim.mode) == (Kind.AGREEMENT, Mode.EVENT)
    assert claim.quantity is not None and (claim.quantity.low, claim.quantity.high) == (5, 5)


def test_a_count_of_goods_a_signed_agreement_is_about_is_not_its_quantity() -> None:
    [claim] = claims_in("Portugal signed an agreement with Ukraine in Lisbon on Monday on the purchase of 40 patrol boats.")
    assert claim.kind is Kind.AGREEMENT
    assert claim.quantity is None


def test_a_count_of_goods_an_opening_will_make_is_not_the_count_of_sites() -> None:
    [claim] = claims_in("The company will open a plant in Slovakia next year to assemble 300 armoured vehicles.")
    assert claim.kind is Kind.OPENING
    assert claim.quantity is None


def test_a_site_named_by_a_noun_in_ing_is_opened() -> None:
    [claim] = claims_in("The British firm said it will set up a training centre in Lviv for drone operators.")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert "Lviv" in claim.places


def test_starting_to_finance_production_is_not_opening_a_site() -> None:
    assert [c.kind for c in claims_in("The bank will start financing production of tractors in Poland.")] != [Kind.OPENING]


def test_money_to_be_put_into_a_new_site_is_the_site_promised() -> None:
    [claim] = claims_in("The Dutch shipbuilder plans to invest tens of millions of euros in a new facility in Odesa.")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert "Odesa" in claim.places


def test_money_put_into_production_stays_funding() -> None:
    [claim] = claims_in("Belgium will invest in the production of Ukrainian naval drones this year.")
    assert claim.kind is Kind.FUNDING


def test_localising_part_of_a_companys_production_somewhere_is_a_claim() -> None:
    [claim] = claims_in('"We are planning the localisation of part of our production in Slovakia," the chief executive said.')
    assert claim.mode is Mode.PLEDGE
    assert "Slovakia" in claim.places


def test_localisation_named_as_a_noun_yields_to_the_agreement_the_sentence_tells() -> None:
    [claim] = claims_in('"Today, we have detailed our agreement on joint production of boats in Finland, localisation of '
                        'production and repair," the minister said on Monday.')
    assert (claim.kind, claim.mode) == (Kind.AGREEMENT, Mode.EVENT)


def test_localisation_an_agreement_would_allow_is_no_plan() -> None:
    assert claims_in("Such an agreement would allow for broad cooperation, including further localisation of production "
                     "in Finland, the analyst said.") == []


def test_localisation_an_agreement_provides_for_is_promised() -> None:
    [claim] = claims_in("Kyiv has signed a contract with the Finnish maker, which provides for the localisation of assembly "
                        "in Ukraine from 2026.")
    assert "Ukraine" in claim.places
