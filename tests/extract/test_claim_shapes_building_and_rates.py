"""Sentence shapes of building work due to start, output raised to a figure, and smaller wordings of known shapes
(a count "approximately" sent, money "directed" to a purpose, a plant "constructed", a deal "signed with" someone)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from tests.conftest import add_text
from tests.extract.helpers import claims_in_body, kinds_and_modes
from tracker.models import Kind, Mode
from tracker.store import Store

PUBLISHED = dt.date(2027, 3, 9)

claims_in = partial(claims_in_body, published=PUBLISHED)
shapes = partial(kinds_and_modes, published=PUBLISHED)


def test_building_work_due_to_start_by_a_date_is_an_opening_pledge_with_that_date() -> None:
    [claim] = claims_in("Construction work is scheduled to begin next year, the regional council in Tartu said.")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2028, 12, 31)
    [claim] = claims_in("Construction works are now expected to commence in 2029.")
    assert claim.deadline is not None and claim.deadline.date == dt.date(2029, 12, 31)


def test_a_first_stone_hoped_for_this_year_is_an_opening_pledge() -> None:
    [claim] = claims_in("The governor said the valley needs work and expressed hope to lay the first stone this year.")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2027, 12, 31)


def test_building_work_without_a_date_is_not_a_claim() -> None:
    assert claims_in("Construction work will begin soon, the regional council in Tartu said.") == []


def test_output_raised_to_a_rate_is_reported_or_promised_by_its_tense() -> None:
    [done] = claims_in("In a post on Tuesday the minister said Estonia has ramped up production to 12 ferries per month.")
    assert (done.kind, done.mode) == (Kind.PRODUCTION_TARGET, Mode.EVENT)
    assert done.quantity is not None and (done.quantity.low, done.quantity.per) == (12, "month")
    [promised] = claims_in("The yard will increase its ferry production to 20 a month by October, the minister said.")
    assert (promised.kind, promised.mode) == (Kind.PRODUCTION_TARGET, Mode.PLEDGE)
    assert promised.deadline is not None and promised.deadline.date == dt.date(2027, 10, 31)


def test_money_raised_to_a_sum_is_not_an_output_rate() -> None:
    assert ("production_target", "pledge") not in shapes("The fund will increase its production budget to EUR 20 million by October.")


def test_an_approximate_count_promised_to_a_recipient_is_a_supply_pledge() -> None:
    [claim] = claims_in("The union would transfer approximately 17,000 mortar rounds to Moldova by the end of May.")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert claim.quantity is not None and claim.quantity.low == 17000


def test_money_directed_to_a_purpose_is_funding() -> None:
    [claim] = claims_in("Estonia plans to direct another EUR 16 million towards joint ferry projects with Moldova.")
    assert (claim.kind, claim.mode) == (Kind.FUNDING, Mode.PLEDGE)


def test_a_plant_to_be_constructed_is_an_opening_pledge() -> None:
    assert shapes("Estonia plans to construct a joint ferry manufacturing facility with Moldova in the Tartu region.") == [("opening", "pledge")]


def test_an_agreement_signed_with_someone_is_an_agreement_event() -> None:
    assert shapes("According to the governor, the yard rests on a defence agreement signed with Moldova in June.") == [("agreement", "event")]


def test_a_country_named_as_a_border_is_neither_the_place_nor_a_party() -> None:
    [claim] = claims_in("Estonia and Moldova will build a joint ferry plant near the Russian and Belarusian borders, the governor said.")
    assert claim.places == [] and claim.parties == ["Estonia", "Moldova"]
    [claim] = claims_in("Estonia and Moldova will build a joint ferry plant in Russia, the governor said.")
    assert claim.places == ["Russia"]


def test_two_outlets_placing_one_plant_by_different_borders_tell_one_claim(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "a.txt", (
        "Estonia to build joint ferry plant with Moldova near Russian border\n\n"
        "The governor spoke to reporters in Tartu on Monday about the regional budget and the harbour road.\n"
    ), "2027-03-09")
    add_text(store, tmp_path, "b.txt", (
        "Ferry plant\n\nEstonia and Moldova will build a joint ferry plant in the eastern region near the Russian and "
        "Belarusian borders, the governor said.\nOfficials have discussed the matter for months.\n"
    ), "2027-03-10")
    [claim] = store.claims()
    assert len(claim.sources) == 2


def test_building_up_something_near_a_country_is_no_opening() -> None:
    assert claims_in("This is one more step by the alliance to build up its depots near Russia's borders.") == []


def test_output_promised_in_a_country_is_still_a_claim() -> None:
    assert shapes("Estonia and Moldova are to build ferries in southern Estonia from October, the ministry said.") != []


def test_a_capability_set_up_since_the_war_began_is_background() -> None:
    assert claims_in("Since the start of the war, Moldova has established its own production of river ferries and barges.") == []


def test_a_rate_told_as_in_a_month_gives_no_deadline_but_another_date_still_counts() -> None:
    [rate] = claims_in("In February the governor said the yard would build 10 ferries in a month for the first time.")
    assert rate.quantity is not None and rate.quantity.per == "month" and rate.deadline is None
    [dated] = claims_in("The yard will build 50 barges in a week by the end of summer, the governor said.")
    assert dated.deadline is not None and dated.deadline.date == dt.date(2027, 8, 31)
    [opening] = claims_in("The ferry plant in Tartu will open in a month, the governor said.")
    assert opening.deadline is not None and opening.deadline.date == dt.date(2027, 4, 9)


def test_licensed_production_initiated_in_a_place_is_an_opening_event_not_a_licence() -> None:
    assert shapes("The Tartu yard has initiated licensed production of river ferries in Moldova, the governor said.") == [("opening", "event")]
    assert shapes("The ministry signed a licence for the production of ferries with the Tartu yard in Kyiv.") == [("agreement", "event")]


def test_what_talks_were_about_is_no_claim() -> None:
    assert claims_in("Talks about setting up ferry production in Moldova were held back in the autumn, officials recalled.") == []
    assert claims_in("Estonia and Moldova held talks on opening a ferry plant in Tartu by 2029.") == []
    assert shapes("The yard will open a ferry plant in Tartu by 2029, officials said after talks in Chisinau.") == [("opening", "pledge")]


def test_capacity_raised_to_up_to_a_rate_is_a_production_target() -> None:
    [claim] = claims_in("The second yard is expected to increase production capacity to up to 400 ferries yearly, the governor said.")
    assert (claim.kind, claim.mode) == (Kind.PRODUCTION_TARGET, Mode.PLEDGE)
    assert claim.quantity is not None and (claim.quantity.high, claim.quantity.per) == (400, "year")


def test_deliveries_due_by_a_date_are_a_pledge_and_without_one_no_claim() -> None:
    [claim] = claims_in("The first deliveries of the new ferries to Moldova will be possible within three years.")
    assert (claim.kind, claim.mode) == (Kind.OTHER, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2030, 3, 9)
    assert claims_in("The first deliveries will begin soon, officials in Tartu said.") == []
