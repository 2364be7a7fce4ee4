"""Work begun on a promised plant is progress, not the plant opened; a pledge retold weeks later with
the same dated deadline is still one claim."""

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


def test_construction_begun_does_not_confirm_the_opening(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2025-03-01")
    add_text(store, tmp_path, "works.txt", (
        "Works begin\n\nSweden has started building its drone production plant in Gothenburg, the defense minister said on Friday.\n"
        "Officials described the weather on the day as cold.\n"
    ), "2025-06-12")
    assert not [p for p in store.proposals() if p.effect.value == "confirms"]


def test_the_opening_itself_still_confirms(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "pledge.txt", PLEDGE, "2025-03-01")
    add_text(store, tmp_path, "opened.txt", (
        "Plant opens\n\nSweden has opened its drone production plant in Gothenburg, the defense minister said on Friday.\n"
        "Officials described the weather on the day as cold.\n"
    ), "2025-09-12")
    assert [p.effect.value for p in store.proposals()] == ["confirms"]


def test_a_pledge_with_the_same_dated_deadline_retold_weeks_later_is_one_claim(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "first.txt", (
        "Drones\n\n"
        "Acme Aero plans to begin production of its cargo drones in Portugal in 2033, its chief executive said.\n"
        "Officials have discussed the programme with partners for several months before this announcement was made public.\n"
    ), "2032-03-01")
    add_text(store, tmp_path, "later.txt", (
        "Drones\n\n"
        "According to Acme Aero's chief executive, production of the cargo drones is set to begin in 2033.\n"
        "Officials have discussed the programme with partners for several months before this announcement was made public.\n"
    ), "2032-03-25")
    claims = store.claims()
    assert len(claims) == 1 and len(claims[0].sources) == 2


def test_different_pledges_sharing_a_year_end_stay_apart(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "first.txt", (
        "Drones\n\n"
        "Acme Aero plans to begin production of its cargo drones in Portugal in 2033, its chief executive said.\n"
        "Officials have discussed the programme with partners for several months before this announcement was made public.\n"
    ), "2032-03-01")
    add_text(store, tmp_path, "later.txt", (
        "Office\n\n"
        "Spain will open a defense industry office in Madrid in 2033, the ministry said.\n"
        "Officials have discussed the programme with partners for several months before this announcement was made public.\n"
    ), "2032-03-25")
    assert len(store.claims()) == 2


# --- the same rules at the level of the merge index, where the article shapes above do not reach

from tracker.extract.base import Anchor, Extracted  # noqa: E402
from tracker.extract.merge import MergeIndex, content_tokens  # noqa: E402
from tracker.extract.proposals import suggest  # noqa: E402
from tracker.models import Deadline, Kind, Mode  # noqa: E402


def statement(sentence: str, mode: Mode, day: dt.date, deadline: dt.date | None = None) -> Extracted:
    return Extracted(
        kind=Kind.OPENING, mode=mode, text=sentence, quote=sentence, start=0, end=len(sentence), sentence=sentence,
        places=["Gothenburg"], parties=["Sweden"],
        deadline=Deadline(date=deadline, text="in 2033", precision="year") if deadline else None,
        anchor=Anchor(day, day, False),
    )


def indexed(pledge: Extracted) -> MergeIndex:
    index = MergeIndex(lambda article, quote: None)
    index.add_extracted("c1", pledge, content_tokens(pledge.sentence), created=True)
    return index


PLEDGED = dt.date(2032, 3, 1)


def test_index_construction_begun_is_no_confirmation_but_the_opening_is() -> None:
    index = indexed(statement("Sweden will open a drone production plant in Gothenburg by 2033.", Mode.PLEDGE, PLEDGED, dt.date(2033, 12, 31)))
    later = dt.date(2032, 9, 1)
    begun = statement("Sweden has started building its drone production plant in Gothenburg.", Mode.EVENT, later)
    opened = statement("Sweden has opened its drone production plant in Gothenburg.", Mode.EVENT, later)
    first = {"c1": PLEDGED}
    assert suggest(index, [begun], [], later, first) == []
    assert [s.effect.value for s in suggest(index, [opened], [], later, first)] == ["confirms"]


def test_index_same_dated_deadline_merges_weeks_later_and_other_words_do_not() -> None:
    pledge = statement("Acme Aero plans to begin production of cargo drones in Gothenburg in 2033.", Mode.PLEDGE, PLEDGED, dt.date(2033, 12, 31))
    index = indexed(pledge)
    later = dt.date(2032, 3, 30)
    retold = statement("Production of Acme Aero cargo drones in Gothenburg is set to begin in 2033.", Mode.PLEDGE, later, dt.date(2033, 12, 31))
    other = statement("Sweden will open a defense industry office in Gothenburg in 2033.", Mode.PLEDGE, later, dt.date(2033, 12, 31))
    assert index.best_match(retold, content_tokens(retold.sentence), later) == "c1"
    assert index.best_match(other, content_tokens(other.sentence), later) is None
