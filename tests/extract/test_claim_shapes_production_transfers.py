"""Production lines transferred to another country, named as a noun or with a long subject: an opening there."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tracker.extract import extract_claims
from tracker.models import Kind, Mode

PUBLISHED = dt.date(2024, 5, 20)

claims_in = partial(extract_claims, published=PUBLISHED)
BODY = "Headline words only\n\n"


def test_the_announced_transfer_of_production_lines_to_a_country_is_an_opening_promised_there() -> None:
    [claim] = claims_in(BODY + "The Slovak ministry announced the transfer of the production lines of its mortar rounds and "
                               "small-calibre cartridges to Moldova.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert "Moldova" in claim.places


def test_a_headline_eyeing_the_transfer_to_a_country_of_a_line_is_a_pledge_there() -> None:
    [claim] = claims_in("Finland Eyes Transfer to Estonia of Sniper Rifle Production Line\n\nBody words only here.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.places == ["Estonia"]


def test_a_line_for_named_goods_that_will_also_be_relocated_is_an_opening_promised_there() -> None:
    [claim] = claims_in(BODY + "The production line for rifle cartridges from the old Brno works will also be relocated to Poland.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.places == ["Poland"]


def test_talks_about_a_transfer_of_production_with_no_destination_are_not_a_claim() -> None:
    assert claims_in(BODY + "That is why the group is negotiating with state firms about the transfer of production.\n") == []


def test_the_transfer_of_know_how_to_a_country_is_not_an_opening() -> None:
    assert claims_in(BODY + "The minister praised the transfer of know-how to Ukraine as a sign of trust.\n") == []
