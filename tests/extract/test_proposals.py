"""Proposals: later articles that report a pledge done, delayed or called off; nothing changes by itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import add_text
from tracker.store import Store

PLEDGE = (
    "Sweden to open drone plant\n\n"
    "Sweden will open a drone production plant in Gothenburg by the end of the year, the defense minister said.\n"
    "The plant is part of a wider cooperation programme that officials have discussed for months.\n"
)



def test_a_later_report_of_the_opening_proposes_confirmation(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2025-03-01")
    report = add_text(store, tmp_path, "done.txt", (
        "Plant opens\n\nSweden has opened its drone production plant in Gothenburg, the defense minister said on Friday.\n"
        "Officials described the weather on the day as cold.\n"
    ), "2025-09-12")
    assert report.proposals == 1
    (proposal,) = store.proposals()
    claim = store.claim(proposal.claim)
    assert proposal.effect.value == "confirms" and "has opened" in proposal.quote
    assert claim.status.value == "pending"  # a proposal never changes a status by itself
    store.settle_proposal(proposal.id, True)
    assert store.claim(claim.id).status.value == "confirmed"


def test_a_postponement_proposes_a_delay_with_the_new_deadline(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2025-03-01")
    add_text(store, tmp_path, "late.txt", (
        "Plant delayed\n\nThe opening of the drone production plant in Gothenburg has been postponed to March 2026, Swedish officials said.\n"
        "The ministry gave no reason for the decision in its short statement on Monday.\n"
    ), "2025-11-20")
    (proposal,) = store.proposals()
    assert proposal.effect.value == "delays"
    assert proposal.new_deadline is not None and proposal.new_deadline.date == dt.date(2026, 3, 31)


def test_an_earlier_or_unrelated_article_proposes_nothing(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2025-03-01")
    add_text(store, tmp_path, "other.txt", (
        "Poland line\n\nPoland has opened an ammunition production line in Rzeszow, the minister said on Friday.\n"
        "The line employs hundreds of workers from the region and nearby towns.\n"
    ), "2025-09-12")
    add_text(store, tmp_path, "before.txt", (
        "Old news\n\nSweden has opened a drone production plant in Gothenburg, officials said in a statement.\n"
        "The statement gave few further details about the plant or its owners.\n"
    ), "2025-01-10")
    assert store.proposals() == []


TARGET = (
    "Drone target\n\n"
    "Ukraine aims to produce 3,000 interceptor drones a day by the end of June, the minister said.\n"
    "Officials have discussed the programme with partners for several months before this announcement.\n"
)
FILLER = "Officials have discussed the programme with partners for several months before this announcement.\n"


def test_a_postponed_target_is_matched_by_its_figures_without_a_country(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "target.txt", TARGET, "2026-03-02")
    add_text(store, tmp_path, "late.txt", (
        "Update\n\nThe target of 3,000 interceptor drones per day has been postponed to the autumn, the minister said.\n" + FILLER
    ), "2026-05-05")
    (proposal,) = store.proposals()
    assert proposal.effect.value == "delays" and proposal.new_deadline.date.isoformat() == "2026-11-30"
    # the report is an update of the pledge, not a new claim
    assert len(store.claims()) == 1


def test_other_figures_or_a_vague_report_propose_nothing(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "target.txt", TARGET, "2026-03-02")
    add_text(store, tmp_path, "other.txt", (
        "Update\n\nThe target of 500 shells per day has been postponed to the autumn, the minister said.\n"
        "Several planned openings of Ukrainian plants abroad have been delayed by permit disputes.\n" + FILLER
    ), "2026-05-05")
    assert store.proposals() == []


def test_falling_short_of_a_target_contradicts_it_and_does_not_confirm_it(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "target.txt", TARGET, "2026-03-02")
    add_text(store, tmp_path, "short.txt", (
        "Update\n\nProduction of interceptor drones has reached about 2,100 a day, still short of the 3,000 target "
        "promised for June.\n" + FILLER
    ), "2026-07-01")
    assert [p.effect.value for p in store.proposals()] == ["contradicts"]


def test_todays_output_told_in_the_present_tense_confirms_a_lower_target(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "target.txt", TARGET, "2026-03-02")
    add_text(store, tmp_path, "now.txt", (
        "Update\n\nUkraine produces 3,400 interceptor drones a day, the minister told a forum in Kyiv.\n" + FILLER
    ), "2026-07-01")
    assert [p.effect.value for p in store.proposals()] == ["confirms"]
    add_text(store, tmp_path, "less.txt", (
        "Update\n\nUkraine produces 1,400 interceptor drones a day, the minister told a forum in Lviv.\n" + FILLER
    ), "2026-07-09")
    assert [p.effect.value for p in store.proposals()] == ["confirms"]  # 1,400 a day does not meet 3,000


FUNDING_PLEDGE = (
    "Drone money\n\n"
    "Latvia will allocate EUR 40 million to the production of Ukrainian interceptor drones, the defence minister said.\n"
    "The money is part of a wider package that officials have discussed for months.\n"
)


def test_the_pledged_money_announced_again_later_confirms_nothing(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", FUNDING_PLEDGE, "2025-03-01")
    add_text(store, tmp_path, "again.txt", (
        "Recap\n\nIn March, Latvia announced EUR 40 million for the production of Ukrainian interceptor drones, the ministry said.\n"
        "Officials described the weather on the day as cold.\n"
    ), "2025-09-12")
    assert store.proposals() == []


def test_the_pledged_money_paid_out_later_proposes_confirmation(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", FUNDING_PLEDGE, "2025-03-01")
    add_text(store, tmp_path, "paid.txt", (
        "Money paid\n\nLatvia has transferred EUR 40 million for the production of Ukrainian interceptor drones, the ministry said.\n"
        "Officials described the weather on the day as cold.\n"
    ), "2025-09-12")
    (proposal,) = store.proposals()
    assert proposal.effect.value == "confirms" and "transferred" in proposal.quote
