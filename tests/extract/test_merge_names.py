"""Names of several words and joint forms of an act are read whole, so retellings share them."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import add_text
from tracker.extract.merge import content_tokens
from tracker.store import Store


def test_a_country_of_two_words_is_that_country() -> None:
    tokens = content_tokens("Talks with the United States and the U.K. went on in New York.")
    assert {"united states", "united kingdom", "new york"} <= tokens
    assert "united nations" not in tokens


def test_a_joint_form_of_an_act_is_the_act() -> None:
    assert "produc" in content_tokens("They agreed on the co-production of shells.")
    assert "produc" in content_tokens("They agreed on the coproduction of shells.")


def test_one_signing_told_by_two_outlets_is_one_claim(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "first.txt", (
        "Signing\n\n"
        "\u201cToday we are signing a co-production agreement between Ukraine and the United States,\u201d the president said.\n"
        "No figure was given in the short notice.\n"
    ), "2030-05-02")
    add_text(store, tmp_path, "second.txt", (
        "Deal\n\n"
        "Ukraine has signed a deal with a group of U.S. firms to make artillery shells jointly.\n"
        "No figure was given in the short notice.\n"
    ), "2030-05-02")
    signings = [c for c in store.claims() if c.kind.value == "agreement"]
    assert len(signings) == 1
    assert len(signings[0].sources) == 2



def _retellings(store: Store, tmp_path: Path, second_company: str) -> list:
    add_text(store, tmp_path, "first.txt", (
        "Boat maker expands\n\n"
        "Kestrelfin, a Finnish maker of naval drones, will open a plant for uncrewed surface vessels in Finland.\n"
        "No figure was given in the short notice.\n"
    ), "2030-05-02")
    add_text(store, tmp_path, "second.txt", (
        "Plans in the north\n\n"
        f"{second_company} has announced that it will set up a plant in Finland offering training and repair services "
        "for vessels, patrol boats and their crews.\n"
        "No figure was given in the short notice.\n"
    ), "2030-05-04")
    return [c for c in store.claims() if c.kind.value == "opening"]


def test_a_company_named_first_in_both_retellings_joins_them(store: Store, tmp_path: Path) -> None:
    [opening] = _retellings(store, tmp_path, "Kestrelfin")
    assert len(opening.sources) == 2


def test_another_company_named_first_keeps_its_plant_apart(store: Store, tmp_path: Path) -> None:
    assert len(_retellings(store, tmp_path, "Nordplast")) == 2
