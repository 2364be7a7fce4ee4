"""A product's model number ("Bober 2.5", "Hawk 3") is part of what is counted, never a count itself."""

from __future__ import annotations

import pytest

from tracker.extract.quantities import find_quantities, find_quantity
from tracker.models import Quantity


@pytest.mark.parametrize(
    ("sentence", "low", "per", "unit"),
    [
        ("The maker expects to assemble 4,000 Hawk 2.0 interceptors in the coming year.", 4000, None, "Hawk 2.0 interceptors"),
        ("The plant should turn out 250 Kestrel 3 drones a month.", 250, "month", "Kestrel 3 drones"),
    ],
)
def test_model_number_after_a_count_belongs_to_its_noun(sentence: str, low: float, per: str | None, unit: str) -> None:
    found = find_quantities(sentence)
    assert [(q.low, q.high, q.per, q.unit) for q, _, _ in found] == [(low, low, per, unit)]


def test_model_number_without_a_count_is_no_quantity() -> None:
    assert find_quantity("Engineers showed the Kestrel 2.5 prototype to the visiting delegation.") is None


def test_decimal_sums_and_plain_counts_still_read() -> None:
    assert find_quantity("Oslo will give 1.5 billion kroner to the programme.").low == 1_500_000_000
    assert find_quantity("The firm will deliver 120 Kestrel drones in 2027.").low == 120



def test_a_one_or_two_digit_model_number_after_a_product_name_is_no_count() -> None:
    # "Leopard 2 tank repair hub" is a hub for Leopard 2 tanks, not two hubs
    assert find_quantity("Ukrainian Leopard 2 tank repair hub to be opened in Poland in May") is None
    assert find_quantity("Poland will send 14 Leopard 2 tanks") == Quantity(low=14, high=14, unit="Leopard 2 tanks")


def test_a_count_after_a_country_is_still_a_count() -> None:
    # "from Germany 18 tanks": a place before a number is no product name
    assert find_quantity("Ukraine received from Germany 18 Leopard tanks.") == Quantity(low=18, high=18, unit="Leopard tanks")
