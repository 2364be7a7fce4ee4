"""Whether an opening is reported as happening or promised, and quoted intent with no where or when."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tracker.extract import extract_claims
from tracker.extract.base import ArticleText
from tracker.extract.claims import RuleExtractor
from tracker.models import Kind, Mode

PUBLISHED = dt.date(2025, 9, 20)

claims_in = partial(extract_claims, published=PUBLISHED)


def test_a_present_progressive_opening_is_reported_as_happening() -> None:
    [claim] = claims_in("The Latvian ministry is opening a liaison office in Vilnius, officials said on Friday.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.EVENT)


def test_a_progressive_opening_with_a_date_ahead_stays_a_plan() -> None:
    [claim] = claims_in("The Latvian ministry is opening a liaison office in Vilnius next month.\n")
    assert claim.mode is Mode.PLEDGE
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 10, 31)


def test_a_line_now_being_launched_is_an_event() -> None:
    [claim] = claims_in("The minister said the second assembly line is now being launched in Estonia.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.EVENT)


def test_a_plant_that_started_its_operations_is_an_event() -> None:
    [claim] = claims_in("The first Ukrainian shell plant in Portugal started its operations, the ambassador said.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.EVENT)


def test_a_plant_that_may_be_opened_is_still_a_plan() -> None:
    [claim] = claims_in("A drone assembly plant may be opened in Poland, but money will come later.\n")
    assert claim.mode is Mode.PLEDGE


def test_a_headline_in_the_present_tense_reports_a_start() -> None:
    text = "Ukrainian drone plant starts operations in Portugal\n\nThe plant employs 80 people.\n"
    claims = RuleExtractor().extract(ArticleText(text, PUBLISHED))
    assert [(c.kind, c.mode, c.headline) for c in claims] == [(Kind.OPENING, Mode.EVENT, True)]


def test_an_opening_that_took_place_in_a_past_month_is_an_event_not_a_deadline() -> None:
    [claim] = claims_in("The opening of the joint repair venture took place in June in Moldova.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.EVENT)
    assert claim.deadline is None


def test_a_facility_someone_visited_exists_even_if_a_relative_clause_promises_output() -> None:
    [claim] = claims_in(
        "The prime minister on Tuesday visited a new ammunition workshop set up by a Czech and Ukrainian venture "
        "that aims to mass produce shells for the army.\n"
    )
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.EVENT)


def test_quoted_intent_to_create_something_with_no_place_or_date_is_not_a_claim() -> None:
    assert claims_in('"Together with our partner we will create a Ukrainian excellence hub for optics," the CEO said.\n') == []


def test_a_quoted_opening_with_a_place_is_still_a_claim() -> None:
    [claim] = claims_in('"Together with our partner we will create an excellence hub for optics in Lviv," the CEO said.\n')
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.places == ["Lviv"]
