"""A facility that opens as the subject of its sentence, with a long qualifier between it and its verb."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tracker.extract import extract_claims
from tracker.models import Kind, Mode

claims_in = partial(extract_claims, published=dt.date(2024, 3, 12))
BODY = "Headline words only\n\n"


def test_a_hub_for_goods_handed_over_that_has_begun_operating_is_an_opening_reported_done() -> None:
    [claim] = claims_in(BODY + "A maintenance hub for the armoured vehicles handed over to Ukraine has begun operating in "
                               "the northern city of Trondheim, the minister said.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.EVENT)
    assert claim.places == ["Trondheim"]


def test_a_repair_base_that_has_become_operational_is_an_opening_reported_done() -> None:
    [claim] = claims_in(BODY + "A repair base for heavy equipment damaged during the war in Ukraine has become operational in Romania.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.EVENT)
    assert "Romania" in claim.places


def test_a_plant_for_goods_that_will_open_next_year_is_an_opening_promised() -> None:
    [claim] = claims_in(BODY + "The new plant for the production of mortar rounds in Lithuania will open next year.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.deadline is not None and claim.deadline.date == dt.date(2025, 12, 31)


def test_a_plant_that_will_open_new_markets_is_no_opening() -> None:
    assert claims_in(BODY + "The new plant for the production of mortar rounds in Lithuania will open new markets for the firm.\n") == []


def test_an_air_base_that_has_opened_to_visitors_is_no_facility() -> None:
    # "base" is a facility only as a repair, maintenance, service or logistics base, or a base for repairs.
    assert claims_in(BODY + "The air base near the border with Ukraine has opened a museum for visitors in Poland.\n") == []
