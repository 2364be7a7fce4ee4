"""`tracker edit`: a person sets the facts extraction got wrong; the history keeps the old values, a rebuild the new."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import add_text
from tests.test_cli import run
from tracker.corrections import deadline_from, edit, quantity_from
from tracker.errors import BadInput
from tracker.ingest import rebuild
from tracker.models import Kind, Mode
from tracker.status import effective_status
from tracker.store import Store

PLANT = (
    "Borealis drones\n\n"
    "Borealis Aero will open a drone plant in Tampere by the end of 2031, its chief executive said.\n"
    "Officials described the weather on the day as cold.\n"
)


@pytest.fixture
def plant(store: Store, tmp_path: Path) -> str:
    add_text(store, tmp_path, "plant.txt", PLANT, "2031-02-01")
    (claim,) = store.claims()
    assert claim.kind is Kind.OPENING and claim.deadline is not None and claim.deadline.date == dt.date(2031, 12, 31)
    return claim.id


@pytest.mark.parametrize(
    ("written", "date", "precision"),
    [
        ("2032", dt.date(2032, 12, 31), "year"),
        ("2032-02", dt.date(2032, 2, 29), "month"),
        ("2031-12", dt.date(2031, 12, 31), "month"),
        ("2032-06-15", dt.date(2032, 6, 15), "day"),
        (" 2032-6-5 ", dt.date(2032, 6, 5), "day"),
    ],
)
def test_a_deadline_is_the_last_day_of_what_a_person_writes(written: str, date: dt.date, precision: str) -> None:
    deadline = deadline_from(written)
    assert deadline is not None and (deadline.date, deadline.precision) == (date, precision)


@pytest.mark.parametrize("written", ["2032-13", "2031-02-30", "soon", "June 2032", "32", ""])
def test_a_deadline_that_is_no_date_is_refused(written: str) -> None:
    with pytest.raises(BadInput, match="is not a date; use YYYY-MM-DD, YYYY-MM, YYYY or none"):
        deadline_from(written)


def test_quantities_are_read_as_the_news_writes_them() -> None:
    rate = quantity_from("600-800 interceptor drones per day")
    assert rate is not None and (rate.low, rate.high, rate.unit, rate.per) == (600, 800, "interceptor drones", "day")
    money = quantity_from("EUR 1.2 billion")
    assert money is not None and (money.low, money.unit) == (1_200_000_000, "EUR")
    assert quantity_from("none") is None and deadline_from("None") is None
    with pytest.raises(BadInput, match="no quantity in 'many'"):
        quantity_from("many")


def test_edits_are_kept_in_the_history_with_old_and_new_values(store: Store, plant: str) -> None:
    claim = edit(store, plant, kind=Kind.PRODUCTION_TARGET, deadline="2032-06", quantity="500 drones per month",
                 note="the company corrected the date")
    assert claim.kind is Kind.PRODUCTION_TARGET and claim.deadline is not None and claim.deadline.date == dt.date(2032, 6, 30)
    assert claim.quantity is not None and claim.quantity.describe() == "500 drones per month"
    assert claim.history[-1].note == (
        "edited: kind opening → production_target; deadline 2031-12-31 → 2032-06-30; "
        "quantity none → 500 drones per month; the company corrected the date"
    )
    assert claim.edited == ["kind", "deadline", "quantity"]
    assert store.claim(plant) == claim


def test_undo_puts_the_old_facts_back(store: Store, plant: str) -> None:
    before = store.claim(plant)
    edit(store, plant, text="Borealis Aero plant in Tampere", actor="none")
    store.undo()
    after = store.claim(plant)
    assert (after.text, after.actor, after.edited) == (before.text, before.actor, [])


def test_an_event_has_no_deadline_unless_one_is_given_with_it(store: Store, plant: str) -> None:
    claim = edit(store, plant, mode=Mode.EVENT)
    assert claim.mode is Mode.EVENT and claim.deadline is None
    assert "deadline 2031-12-31 → none" in (claim.history[-1].note or "")


def test_a_deadline_moved_into_the_past_makes_the_claim_overdue_by_itself(store: Store, plant: str) -> None:
    as_of = dt.date(2031, 9, 1)
    assert effective_status(store.claim(plant), as_of).value == "pending"
    claim = edit(store, plant, deadline="2031-06")
    assert effective_status(claim, as_of).value == "overdue"


def test_rebuild_keeps_what_a_person_set(store: Store, plant: str) -> None:
    edit(store, plant, kind=Kind.AGREEMENT, deadline="none", actor="Borealis Aero's chief executive")
    edited = store.claim(plant)
    rebuild(store)
    rebuilt = store.claim(plant)
    assert (rebuilt.kind, rebuilt.deadline, rebuilt.actor, rebuilt.edited) == (Kind.AGREEMENT, None, "Borealis Aero's chief executive", edited.edited)
    assert rebuilt.history == edited.history


def test_nothing_to_change_is_said_and_nothing_written(capsys: pytest.CaptureFixture[str], store: Store, plant: str, db_path: Path) -> None:
    raw = db_path.read_bytes()
    for args, message in [
        ((), "nothing to change: give --kind, --mode, --text, --actor, --deadline or --quantity"),
        (("--kind", "opening"), f"claim {plant} already reads so; nothing changed"),
        (("--deadline", "next year"), "deadline 'next year' is not a date"),
        (("--text", "  "), "a claim's text cannot be empty"),
    ]:
        code, out, err = run(capsys, "--db", str(db_path), "edit", plant, *args)
        assert code == 1 and out == "" and message in err and len(err.strip().splitlines()) == 1, (args, err)
    assert db_path.read_bytes() == raw


def test_the_cli_says_what_changed(capsys: pytest.CaptureFixture[str], plant: str, db_path: Path) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "edit", plant, "--quantity", "EUR 40 million", "--note", "from the annual report")
    assert (code, err) == (0, "")
    assert out == f"{plant}: quantity none → 40,000,000 EUR; from the annual report\n"
