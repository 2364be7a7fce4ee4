"""A figure is a claim of its own beside a plan that gave none, unless a dated deadline ties them."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import add_text
from tracker.store import Store


def test_a_figure_does_not_join_a_plan_that_gave_none(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "plan.txt", (
        "Partners\n\n"
        "Spain and Ukraine plan to jointly produce naval drones for coastal defence.\n"
        "The officials gave no further details in a short notice.\n"
    ), "2030-03-01")
    add_text(store, tmp_path, "figure.txt", (
        "Talks\n\n"
        "Spain and Ukraine are negotiating a shared venture to make naval drones, which could reach 300 units per month once running.\n"
        "The officials gave no further details in a short notice.\n"
    ), "2030-03-03")
    claims = [c for c in store.claims() if c.kind.value == "production_target"]
    assert len(claims) == 2
    assert sorted(c.quantity is None for c in claims) == [False, True]


def test_a_pledge_retold_months_later_with_its_figure_and_deadline_is_one_claim(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", (
        "Missile output\n\n"
        "The maker Kestrel Avionics plans to produce 9 Hawkeye missiles per day by October, its director said.\n"
        "The officials gave no further details in a short notice.\n"
    ), "2030-03-01")
    add_text(store, tmp_path, "retold.txt", (
        "Looking back\n\n"
        "Back then the minister pledged that 9 Hawkeye missiles per day would be made by October.\n"
        "The officials gave no further details in a short notice.\n"
    ), "2030-09-20")
    daily = [c for c in store.claims() if c.quantity is not None and c.quantity.low == 9]
    assert len(daily) == 1
    assert len(daily[0].sources) == 2
