"""A later article restating a pledge with a much later date, without any word of delay, proposes a delay."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import add_text
from tracker.store import Store

PLEDGE = (
    "Graphite works for Estonia\n\n"
    "Borealis Kite will start making graphite brake discs at a new works in Tallinn by June 1, 2031, the registry said.\n"
    "The registry gave no figure for the investment in its short notice.\n"
)



def test_the_same_pledge_restated_with_a_later_date_proposes_a_delay(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2031-02-10")
    add_text(store, tmp_path, "later.txt", (
        "Works in Tallinn\n\n"
        "Officials could not say whether the works, due to start making graphite brake discs for Borealis Kite in the "
        "autumn of 2032, would be the largest in Estonia.\n"
        "Residents have asked for a meeting about the traffic on the harbour road.\n"
    ), "2031-07-01")
    delays = [p for p in store.proposals() if p.effect.value == "delays"]
    assert len(delays) == 1
    assert delays[0].new_deadline is not None and delays[0].new_deadline.date == dt.date(2032, 11, 30)
    assert "autumn of 2032" in delays[0].quote


def test_a_pledge_of_further_sites_or_a_close_date_is_no_delay(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2031-02-10")
    add_text(store, tmp_path, "more.txt", (
        "More works\n\n"
        "Borealis Kite will also start making graphite brake discs at similar works in other cities of Estonia by the end of 2032.\n"
        "Residents have asked for a meeting about the traffic on the harbour road.\n"
    ), "2031-03-01")
    add_text(store, tmp_path, "same.txt", (
        "Works on track\n\n"
        "Borealis Kite will start making graphite brake discs in Tallinn by the end of June 2031, its chief said.\n"
        "Residents have asked for a meeting about the traffic on the harbour road.\n"
    ), "2031-04-01")
    assert [p for p in store.proposals() if p.effect.value == "delays"] == []


def test_a_restatement_naming_no_place_reaches_the_pledge_of_the_company_it_names(store: Store, tmp_path: Path) -> None:
    # The later sentence gives the company but not the city: the company's name ties it to the located pledge.
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2031-02-10")
    add_text(store, tmp_path, "later.txt", (
        "Brake discs\n\n"
        "Production of graphite brake discs by Borealis Kite is now expected to start in the spring of 2032.\n"
        "Residents have asked for a meeting about the traffic on the harbour road.\n"
    ), "2031-09-01")
    delays = [p for p in store.proposals() if p.effect.value == "delays"]
    assert len(delays) == 1 and "spring of 2032" in delays[0].quote


def test_a_restatement_naming_no_place_and_another_company_proposes_nothing(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2031-02-10")
    add_text(store, tmp_path, "later.txt", (
        "Brake discs\n\n"
        "Production of graphite brake discs by Nordic Carbide is now expected to start in the spring of 2032.\n"
        "Residents have asked for a meeting about the traffic on the harbour road.\n"
    ), "2031-09-01")
    assert [p for p in store.proposals() if p.effect.value == "delays"] == []
