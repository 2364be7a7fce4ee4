"""Output made under licence, output of the running month, and production whose start is dated behind a long subject."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tracker.extract import extract_claims
from tracker.models import Kind, Mode

PUBLISHED = dt.date(2025, 4, 10)

claims_in = partial(extract_claims, published=PUBLISHED)
BODY = "Headline words only\n\n"


def test_a_headline_promising_output_under_licence_is_an_output_claim() -> None:
    [claim] = claims_in("Latvia To Make Finnish Mortars Under Licence\n\nBody words only here.\n")
    assert (claim.kind, claim.mode) == (Kind.PRODUCTION_TARGET, Mode.PLEDGE)
    assert "Latvia" in claim.parties + claim.places


def test_licensed_output_with_nobody_named_is_not_a_claim() -> None:
    assert claims_in(BODY + "Some of these parts will be made under licence, it is said.\n") == []


def test_output_already_running_with_a_count_is_output_reported_as_done() -> None:
    [claim] = claims_in(BODY + "The minister said Polish plants are already producing more than 2,000 shells in May.\n")
    assert (claim.kind, claim.mode) == (Kind.PRODUCTION_TARGET, Mode.EVENT)
    assert claim.quantity is not None and claim.quantity.low == 2000


def test_output_of_the_running_month_is_that_months_target() -> None:
    [claim] = claims_in(BODY + "This month our factories are producing 12 self-propelled guns for the first time, he said.\n")
    assert (claim.kind, claim.mode) == (Kind.PRODUCTION_TARGET, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 4, 30)


def test_output_in_progress_without_a_count_is_not_a_claim() -> None:
    assert claims_in(BODY + "Our factories are producing more and more every week, he said.\n") == []


def test_production_of_a_long_list_of_goods_due_to_begin_in_a_year_is_an_opening() -> None:
    [claim] = claims_in(BODY + "The production of heavy mortar rounds and tank shells will begin in 2026 in Slovakia and Ukraine.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2026, 12, 31)


def test_production_carried_out_in_two_named_countries_is_located_output() -> None:
    [claim] = claims_in(BODY + "Production will be carried out both in Finland and Ukraine, the ministry said.\n")
    assert claim.kind is Kind.PRODUCTION_TARGET
    assert set(claim.places) >= {"Finland", "Ukraine"}


def test_production_begun_in_the_past_with_no_date_is_not_a_pledge_here() -> None:
    assert claims_in(BODY + "The production of such rounds would begin, if at all, only after the war.\n") == []
