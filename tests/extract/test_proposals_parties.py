"""A report of something done settles only a pledge about the same countries and the same company."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import add_text
from tracker.store import Store


def _confirmed_quotes(store: Store) -> list[str]:
    return [s.quote for p in store.proposals() if p.effect.value == "confirms" for s in store.claim(p.claim).sources]


def test_a_launch_with_one_partner_does_not_confirm_a_pledge_with_another(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", (
        "Plant planned\n\n"
        "The Norwegian group will build a drone plant in Norway together with Ukrainian partners, officials said.\n"
        "No figure for the investment was given in the short notice.\n"
    ), "2030-03-01")
    add_text(store, tmp_path, "done.txt", (
        "Launch\n\n"
        "Ukraine and Canada have opened a new drone plant, the ministry said on Monday.\n"
        "The ministry gave no further details in its statement.\n"
    ), "2030-06-01")
    assert _confirmed_quotes(store) == []


def test_an_opening_of_one_companys_venture_does_not_confirm_another_companys_plant(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", (
        "Plant planned\n\n"
        "The drone maker Kestrel Avionics will open a drone factory in Ukraine, its director said.\n"
        "No figure for the investment was given in the short notice.\n"
    ), "2030-03-01")
    add_text(store, tmp_path, "done.txt", (
        "Venture\n\n"
        "The joint venture between Halvard Systems and a state company has opened a drone factory in Ukraine.\n"
        "The ministry gave no further details in its statement.\n"
    ), "2030-06-01")
    assert _confirmed_quotes(store) == []


def test_a_launch_of_production_confirms_a_pledge_to_produce_with_that_partner(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", (
        "Partners\n\n"
        "Canada and Ukraine will jointly produce naval drones by the end of 2030, the minister said on Tuesday.\n"
        "No figure for the investment was given in the short notice.\n"
    ), "2030-03-01")
    add_text(store, tmp_path, "done.txt", (
        "Launch\n\n"
        "Canada and Ukraine have launched joint production of naval drones at a plant near Lviv, the minister said on Monday.\n"
        "The ministry gave no further details in its statement.\n"
    ), "2030-06-01")
    assert any("jointly produce naval drones" in q for q in _confirmed_quotes(store))
