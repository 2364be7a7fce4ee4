"""A refused or disputed opening is no claim (a refusal is news of a pledge); an opening named for its benefit is no
pledge of its own; a site moved to another country opens there."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from tests.conftest import add_text
from tracker.extract import extract_claims
from tracker.models import Kind, Mode
from tracker.store import Store

claims_in = partial(extract_claims, published=dt.date(2024, 12, 18))
BODY = "Headline words only\n\n"


def test_a_government_that_refused_to_create_a_centre_states_no_opening() -> None:
    assert claims_in(BODY + "The Dutch government refused to create a centre on the territory of Belgium for the repair of "
                            "armoured vehicles handed over to Ukraine.\n") == []


def test_parties_that_cannot_agree_on_an_opening_state_no_claim() -> None:
    assert claims_in(BODY + "Norway and Sweden still cannot agree on the opening of a maintenance centre for the howitzers "
                            "sent to Ukraine.\n") == []


def test_parties_that_agreed_on_an_opening_still_state_one() -> None:
    [claim] = claims_in(BODY + "Norway and Sweden agreed on the opening of a maintenance centre in Sweden for the howitzers "
                               "sent to Ukraine by March 2025.\n")
    assert claim.kind is Kind.OPENING


def test_an_opening_named_for_the_jobs_it_will_bring_is_no_claim() -> None:
    assert claims_in(BODY + "The minister added that the establishment of the centre will contribute to the creation of "
                            "additional jobs in Trondheim.\n") == []


def test_a_repair_centre_moved_to_a_country_by_a_date_is_an_opening_promised_there() -> None:
    [claim] = claims_in(BODY + "A ministry spokesperson confirmed the intention to move the repair centre to Austria by 31 December.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.PLEDGE)
    assert claim.places == ["Austria"]
    assert claim.deadline is not None and claim.deadline.date == dt.date(2024, 12, 31)


def test_a_refusal_reported_later_proposes_that_it_contradicts_the_pledge(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", (
        "Repair hub for tanks to open in Belgium\n\n"
        "A repair hub for the armoured vehicles handed over to Ukraine will open in Belgium in May, the Dutch minister said.\n"
    ), "2024-04-26")
    add_text(store, tmp_path, "refusal.txt", (
        "Dutch drop repair hub\n\n"
        "The Dutch government refused to create a centre on the territory of Belgium for the repair of armoured vehicles "
        "handed over to Ukraine.\nThe reason was the price asked by the Belgian side, sources said.\n"
    ), "2024-07-12")
    (proposal,) = store.proposals()
    assert proposal.effect.value == "contradicts" and "refused" in proposal.quote
    assert len(store.claims()) == 1
