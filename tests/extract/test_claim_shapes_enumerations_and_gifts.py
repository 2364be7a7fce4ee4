"""Sentence shapes seen on real pages: agreements listed one by one, licences, plants that "appear", producers
named by their own plants, procurement as funding, gifts of goods, goods "ready" or "arriving" by a date."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.extract.helpers import claims_in_body, kinds_and_modes
from tracker.extract.dates import find_deadline
from tracker.extract.quantities import find_quantity

PUBLISHED = dt.date(2025, 3, 10)

claims = partial(claims_in_body, published=PUBLISHED)
shapes = partial(kinds_and_modes, published=PUBLISHED)


# ------------------------------------------------------------ agreements


def test_an_agreement_counted_in_a_list_and_described_by_what_it_settles_is_a_signed_agreement() -> None:
    assert shapes("The third memorandum regulates joint repair of armoured vehicles with Poland.") == [("agreement", "event")]
    assert shapes("The fourth agreement is a supply deal with Latvia for artillery fuses.") == [("agreement", "event")]


def test_a_bare_this_document_envisages_only_retells_an_agreement_and_is_not_one() -> None:
    assert shapes("This document envisages the exchange of engineers with Poland.") == []


def test_the_agreement_signed_with_a_party_on_a_day_is_a_signed_agreement() -> None:
    [claim] = claims("The contract signed with Finland on March 2 matters for several reasons, the minister said.")
    assert (claim.kind.value, claim.mode.value) == ("agreement", "event")
    assert "Finland" in claim.parties


def test_an_indefinite_contract_signed_long_ago_in_a_concessive_clause_is_background() -> None:
    assert shapes("Despite a contract signed in 2023 with Finland, nobody has been paid yet.") == []


def test_signing_several_declarations_and_drawing_up_a_contract_are_agreements() -> None:
    assert shapes("The firm has signed three declarations with Moldova.") == [("agreement", "event")]
    assert shapes("A contract was drawn up for deliveries of fuses to Romania.") == [("agreement", "event")]


def test_a_licence_to_produce_in_a_place_is_an_agreement() -> None:
    [claim] = claims("It is the first licence in Poland for the production of 120-mm mortar rounds, he noted.")
    assert (claim.kind.value, claim.mode.value) == ("agreement", "event")
    assert claim.places == ["Poland"]


def test_licences_in_general_are_not_an_agreement() -> None:
    assert shapes("Licences are needed for such work in Poland.") == []


# ------------------------------------------------------------ openings and output


def test_a_factory_that_will_appear_in_a_country_is_an_opening() -> None:
    assert shapes("Swedish shipbuilder's plant to appear in Ukraine", as_body=False) == [("opening", "pledge")]


def test_a_factory_that_will_appear_to_be_something_is_no_opening() -> None:
    assert shapes("The factory will appear to outsiders as an ordinary warehouse in Poland.") == []


def test_announcing_the_construction_of_a_plant_in_a_place_is_an_opening() -> None:
    [claim] = claims("Officials announced the construction of a drone plant in Latvia.")
    assert (claim.kind.value, claim.mode.value) == ("opening", "pledge")
    assert claim.places == ["Latvia"]


def test_the_construction_of_a_plant_with_no_place_is_no_claim() -> None:
    assert shapes("The construction of the plant was discussed at length.") == []


def test_equipping_production_lines_in_a_country_is_an_opening() -> None:
    [claim] = claims("The carmaker will team up with a local firm to equip production lines in Moldova.")
    assert (claim.kind.value, claim.mode.value) == ("opening", "pledge")
    assert claim.places == ["Moldova"]


def test_a_named_subsidiary_engaged_in_production_promises_output() -> None:
    assert shapes("The Polish subsidiary will be engaged in the production of armoured vehicles.") == [("production_target", "pledge")]


def test_an_unnamed_it_engaged_in_production_is_no_claim() -> None:
    assert shapes("It will be involved in the production of radars.") == []


def test_a_producer_that_will_make_goods_at_its_own_plants_promises_output() -> None:
    assert shapes("Volvo said it would assemble the trucks at three of its plants.") == [("production_target", "pledge")]


def test_goods_made_at_its_own_plants_in_the_past_are_no_claim() -> None:
    assert shapes("Volvo assembled the trucks at its plants last year.") == []


# ------------------------------------------------------------ money, gifts and deliveries


def test_a_project_to_procure_weapons_is_a_funding_pledge() -> None:
    assert shapes("Berlin is launching a programme to procure interceptor drones from Ukrainian makers.") == [("funding", "pledge")]
    assert shapes("Sweden will step up its support for the purchase of Ukrainian-made howitzers.") == [("funding", "pledge")]


def test_a_need_to_buy_weapons_is_no_pledge() -> None:
    assert shapes("Ukraine needs to buy more missiles from Germany.") == []


def test_goods_to_be_donated_to_a_named_country_are_a_pledge_even_without_a_date() -> None:
    [claim] = claims("Once assembled, the boats will be donated to Moldova, the ministry said.")
    assert (claim.kind.value, claim.mode.value) == ("other", "pledge")
    assert claim.parties == ["Moldova"]


def test_goods_donated_in_the_past_to_no_country_are_no_claim() -> None:
    assert shapes("Old rifles were donated to museums.") == []


def test_a_recipient_that_will_begin_receiving_goods_by_a_date_holds_a_delivery_pledge() -> None:
    [claim] = claims("Latvia will begin receiving the new launchers by the end of March.")
    assert (claim.kind.value, claim.mode.value) == ("other", "pledge")
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 3, 31)


def test_goods_to_arrive_in_a_country_by_a_date_are_a_delivery_pledge() -> None:
    [claim] = claims("Finnish-funded shells to arrive in Ukraine by late April, officer says", as_body=False)
    assert (claim.kind.value, claim.mode.value) == ("other", "pledge")
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 4, 30)


def test_goods_hoped_for_with_no_date_are_no_delivery_pledge() -> None:
    assert shapes("Latvia hopes to receive the launchers from Sweden.") == []


def test_weapons_expected_ready_by_a_date_are_an_output_pledge() -> None:
    [claim] = claims("The minister expects the first missiles to be ready by October 2025.")
    assert (claim.kind.value, claim.mode.value) == ("production_target", "pledge")
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 10, 31)


def test_weapons_ready_with_no_date_are_no_claim() -> None:
    assert shapes("The missiles will be ready when the tests are over.") == []


# ------------------------------------------------------------ figures and dates


def test_crowns_named_by_their_country_are_that_countrys_currency() -> None:
    assert find_quantity("it will give 12 million Norwegian crowns to the fund").unit == "NOK"
    assert find_quantity("it will give 12 million Swedish kronor to the fund").unit == "SEK"
    assert find_quantity("it will give 12 million Czech crowns to the fund").unit == "CZK"


def test_a_span_promised_on_a_past_date_is_counted_from_that_date() -> None:
    sentence = "In February, the firm's chief said the plant would be finished within a year."
    assert find_deadline(sentence, dt.date(2024, 6, 7)).date == dt.date(2025, 2, 28)
    assert find_deadline("The plant will be finished within a year.", dt.date(2024, 6, 7)).date == dt.date(2025, 6, 7)


# ------------------------------------------------------------ laws, schemes and background


def test_a_parliament_passing_bills_is_a_reported_act() -> None:
    assert shapes("On March 4, the Sejm adopted two bills easing arms exports.") == [("other", "event")]
    assert shapes("The cabinet has approved a package of decisions to open the new industrial zone.") == [("other", "event")]


def test_a_minister_approving_of_an_idea_is_no_act_of_a_state_body() -> None:
    assert shapes("The minister approved of the idea in an interview.") == []


def test_a_regime_that_comes_into_force_on_a_date_is_a_dated_pledge() -> None:
    [claim] = claims("The special tax regime for arms makers, which comes into force on July 1, 2025, was welcomed.")
    assert (claim.kind.value, claim.mode.value) == ("other", "pledge")
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 7, 1)


def test_a_law_coming_into_force_some_day_is_no_claim() -> None:
    assert shapes("Once the law comes into force, exporters will need permits.") == []


def test_a_quoted_scheme_launched_as_a_framework_is_a_reported_launch() -> None:
    assert shapes("Latvia has launched “Arms Hub,” a legal framework for defence start-ups.") == [("other", "event")]
    assert shapes("Arms Hub has officially launched") == [("other", "event")]


def test_weapons_launched_with_a_quoted_name_are_no_scheme() -> None:
    assert shapes("Overnight, the enemy launched “Geran” drones at the port.") == []


def test_what_nobody_would_name_states_nothing() -> None:
    assert shapes("Neither minister would name the firms that will build the drones in Poland.") == []


def test_a_contract_a_project_could_pave_the_way_for_is_only_a_possibility() -> None:
    assert shapes("The pilot could pave the way for a five-year contract with Estonia.") == []


def test_a_plant_a_deal_plainly_paves_the_way_for_is_still_a_plan() -> None:
    assert shapes("It paves the way for the creation of Ukrainian defence plants in Norway.") == [("opening", "pledge")]


def test_an_agreement_cited_as_the_source_of_what_follows_is_no_claim_of_its_own() -> None:
    assert shapes("According to the agreement that was signed, Finland will share test data with Ukraine.") == []
