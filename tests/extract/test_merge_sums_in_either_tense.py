"""One sum of money reported in different tenses in one news cycle is one claim; weeks later it is news."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import add_text
from tracker.store import Store

PLEDGED = (
    "Fund for arms makers\n\n"
    "About EUR 350 million from the Arctic fund will go to Ukrainian drone makers, the Norwegian envoy said.\n"
    "The officials gave no further details in a short notice.\n"
)
PAID = (
    "Transfer made\n\n"
    "Norway has transferred EUR 350 million from the Arctic fund to Ukrainian drone makers, the envoy said.\n"
    "The officials gave no further details in a short notice.\n"
)


def funding(store: Store):
    return [c for c in store.claims() if c.kind.value == "funding"]


def test_one_sum_told_as_promise_and_as_done_in_the_same_days_is_one_claim(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledged.txt", PLEDGED, "2030-05-02")
    add_text(store, tmp_path, "paid.txt", PAID, "2030-05-03")
    [claim] = funding(store)
    assert len(claim.sources) == 2


def test_the_sum_paid_weeks_after_the_promise_is_a_claim_of_its_own_that_confirms_it(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledged.txt", PLEDGED, "2030-05-02")
    add_text(store, tmp_path, "paid.txt", PAID, "2030-07-20")
    claims = funding(store)
    assert sorted(c.mode.value for c in claims) == ["event", "pledge"]
    pledge = next(c for c in claims if c.mode.value == "pledge")
    assert [(p.claim, p.effect.value) for p in store.proposals()] == [(pledge.id, "confirms")]


def test_paying_another_sum_does_not_keep_the_promise(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledged.txt", PLEDGED, "2030-05-02")
    add_text(store, tmp_path, "other.txt", PAID.replace("EUR 350 million", "EUR 1 billion"), "2030-07-20")
    assert store.proposals() == []
