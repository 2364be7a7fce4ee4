"""A report of something done settles the pledge of the company or programme the article names."""

from __future__ import annotations

from pathlib import Path

from tracker.extract.merge import proper_names
from tests.conftest import add_text
from tracker.store import Store



def test_names_are_capitalised_words_past_the_first_that_are_no_places() -> None:
    assert proper_names('The maker "Northwind Aero" will open a plant in Tallinn, Estonia in May.') == {"northwind", "aero"}


def test_the_opening_confirms_the_named_company_pledge_not_another_programme(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "company.txt", (
        "Drone maker to build in Estonia\n\n"
        "The drone maker Northwind Aero will open the first drone factory in Estonia in the spring of 2031, officials said.\n"
        "The owners gave no figure for the investment in a short notice.\n"
    ), "2030-09-01")
    add_text(store, tmp_path, "programme.txt", (
        "Partnership announced\n\n"
        "Estonia and Ukraine announced a partnership to open the first drone factory in Estonia by the end of 2032, officials said.\n"
        "The officials gave no figure for the investment in a short notice.\n"
    ), "2030-09-02")
    add_text(store, tmp_path, "done.txt", (
        "Factory starts\n\n"
        "The first drone factory has opened in Estonia, officials said on Monday.\n"
        "The factory belongs to Northwind Aero, whose owners attended the ceremony.\n"
    ), "2031-05-04")
    confirms = [p for p in store.proposals() if p.effect.value == "confirms"]
    assert len(confirms) == 1
    assert any("Northwind Aero" in s.quote for s in store.claim(confirms[0].claim).sources)


def test_another_partys_plan_with_a_later_date_is_no_delay_of_a_named_pledge(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "company.txt", (
        "Drone maker to build in Estonia\n\n"
        "The drone maker Northwind Aero will open the first drone factory in Estonia in the spring of 2031, officials said.\n"
        "The owners gave no figure for the investment in a short notice.\n"
    ), "2030-09-01")
    add_text(store, tmp_path, "programme.txt", (
        "Partnership announced\n\n"
        "Estonia and Ukraine announced a partnership to open a drone factory in Estonia by the end of 2032, officials said.\n"
        "The officials gave no figure for the investment in a short notice.\n"
    ), "2030-09-02")
    assert [p for p in store.proposals() if p.effect.value == "delays"] == []
