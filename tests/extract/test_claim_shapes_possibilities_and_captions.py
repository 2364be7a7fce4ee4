"""A possibility phrased with the predicate itself, a photo caption naming who signs, and smaller wordings."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tracker.extract import extract_claims
from tracker.models import Kind, Mode

PUBLISHED = dt.date(2025, 2, 3)

claims_in = partial(extract_claims, published=PUBLISHED)
BODY = "Headline words only\n\n"


def test_what_a_programme_could_open_the_door_for_is_a_possibility_not_an_opening() -> None:
    assert claims_in(BODY + "The envoy said the scheme could open the door for Polish-Ukrainian joint production.\n") == []


def test_a_plain_promise_to_open_joint_production_in_a_country_stays_a_claim() -> None:
    [claim] = claims_in(BODY + "The two firms will open joint production in Slovakia next year.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)


def test_a_caption_naming_two_people_signing_is_page_noise() -> None:
    text = BODY + "Estonia's Kaja Tamm and Ukraine's Petro Bondar, signing the memorandum\n\nThe weather was fine.\n"
    assert claims_in(text) == []


def test_a_headline_with_names_and_a_verb_is_not_taken_for_a_caption() -> None:
    [claim] = claims_in("Estonia and Ukraine sign memorandum on drone production\n\nBody words only here.\n")
    assert claim.kind is Kind.AGREEMENT


def test_launching_joint_productions_in_the_plural_is_an_opening() -> None:
    [claim] = claims_in(BODY + "The ministers said they would launch joint productions in Lithuania this year.\n")
    assert claim.kind is Kind.OPENING and claim.places == ["Lithuania"]


def test_documents_that_had_been_signed_during_a_visit_are_an_agreement_done() -> None:
    [claim] = claims_in(BODY + "He noted that two documents had been signed in Prague, on the supply of gunpowder to Ukraine.\n")
    assert (claim.kind, claim.mode) == (Kind.AGREEMENT, Mode.EVENT)
