"""A dismissed claim is out of the tracking: later articles neither propose changes to it nor merge into it."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import add_text
from tracker.corrections import dismiss, restore
from tracker.store import ClaimFilter, Store

PLEDGE = (
    "Sweden to open drone plant\n\n"
    "Sweden will open a drone production plant in Gothenburg by the end of the year, the defense minister said.\n"
    "The plant is part of a wider cooperation programme that officials have discussed for months.\n"
)
OPENED = (
    "Plant opens\n\nSweden has opened its drone production plant in Gothenburg, the defense minister said on Friday.\n"
    "Officials described the weather on the day as cold.\n"
)
FIRST = (
    "Drones\n\n"
    "Acme Aero plans to begin production of its cargo drones in Portugal in 2033, its chief executive said.\n"
    "Officials have discussed the programme with partners for several months before this announcement was made public.\n"
)
RETOLD = (
    "Drones\n\n"
    "According to Acme Aero's chief executive, production of the cargo drones is set to begin in 2033.\n"
    "Officials have discussed the programme with partners for several months before this announcement was made public.\n"
)


def test_the_same_articles_without_a_dismissal_propose_and_merge(store: Store, tmp_path: Path) -> None:
    """The baseline the tests below depend on: these texts do give a proposal and a merge."""
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2025-03-01")
    add_text(store, tmp_path, "opened.txt", OPENED, "2025-09-12")
    assert [p.effect.value for p in store.proposals()] == ["confirms"]
    add_text(store, tmp_path, "first.txt", FIRST, "2032-03-01")
    report = add_text(store, tmp_path, "later.txt", RETOLD, "2032-03-25")
    assert report.merged_mentions == 1 and report.new_claims == 0


def test_a_dismissed_claim_gets_no_proposal_even_once_restored(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2025-03-01")
    (pledge,) = store.claims()
    dismiss(store, pledge.id, note="a plan, not a pledge")
    report = add_text(store, tmp_path, "opened.txt", OPENED, "2025-09-12")
    assert report.proposals == 0 and store.proposals() == []
    # Restoring it brings back no proposal made while it was out of the tracking.
    restore(store, pledge.id)
    assert store.proposals() == []


def test_a_new_mention_of_a_dismissed_claim_becomes_a_new_visible_claim(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "first.txt", FIRST, "2032-03-01")
    (first,) = store.claims()
    dismiss(store, first.id)
    report = add_text(store, tmp_path, "later.txt", RETOLD, "2032-03-25")
    assert report.merged_mentions == 0 and report.new_claims == 1
    # The dismissed claim keeps only its own source; the retelling is listed for a person to judge.
    assert len(store.claim(first.id).sources) == 1
    (shown,) = store.find(ClaimFilter(), store.clock().date())
    assert shown.id != first.id and "2033" in store.claim(shown.id).sources[0].quote
