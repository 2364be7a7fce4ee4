"""Outlets retelling one announcement in the days after it share its subject's name more than its words."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import add_text
from tracker.extract.merge import content_tokens, similarity
from tracker.store import Store

NOTE = "The statement gave no date for the work.\n"
FIRST = (
    "Varnak in Ukraine\n\n"
    "The Franco-Italian armour group Varnak announced the creation of a repair subsidiary in Ukraine, "
    "its chairman told reporters at the Paris ceremony.\n" + NOTE
)
RETOLD = (
    "Armour deal\n\n"
    "Armour maker Varnak will set up a Ukrainian subsidiary to service and upgrade tracked vehicles close to "
    "the front, the weekly Le Quotidien wrote, citing two of its sources.\n" + NOTE
)


def openings(store: Store):
    return [c for c in store.claims() if c.kind.value == "opening"]


def _quote(text: str) -> str:
    return text.split("\n")[2]


def test_the_retelling_shares_few_words_with_the_first_report() -> None:
    # What makes the tests below about the name: as words go, the two reports are no closer than two claims.
    assert similarity(content_tokens(_quote(FIRST)), content_tokens(_quote(RETOLD))) < 0.45


def test_a_pledge_naming_the_same_company_days_later_is_one_claim(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "first.txt", FIRST, "2030-05-02")
    add_text(store, tmp_path, "retold.txt", RETOLD, "2030-05-04")
    [claim] = openings(store)
    assert len(claim.sources) == 2


def test_a_combining_form_names_its_country() -> None:
    from tracker.extract.claims import find_names

    assert [n for n, *_ in find_names("The Franco-Italian armour group Varnak")] == ["France", "Italy"]


def test_weeks_later_the_name_alone_does_not_join_them(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "first.txt", FIRST, "2030-05-02")
    add_text(store, tmp_path, "retold.txt", RETOLD.replace("Armour maker", "The maker"), "2030-07-20")
    assert len(openings(store)) == 2


def test_the_same_speaker_is_not_the_same_subject(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "shells.txt", (
        "Shells\n\n"
        "Defence minister Olek Tarasenko said the state firm Korvet will build a shell plant in the western region "
        "of Volyn in Ukraine, with hiring of engineers under way.\n" + NOTE
    ), "2030-05-02")
    add_text(store, tmp_path, "repairs.txt", (
        "Repairs\n\n"
        "A drone repair centre for the northern brigades will be built in Ukraine by the partner firm Helt, "
        "defence minister Olek Tarasenko said on a visit to the eastern front.\n" + NOTE
    ), "2030-05-03")
    assert len(openings(store)) == 2


PLANNED = (
    "Varnak plan\n\n"
    "The armour group Varnak will create a repair subsidiary in Ukraine, its chairman told reporters at a ceremony "
    "near the border.\n" + NOTE
)
DONE = (
    "Varnak done\n\n"
    "The armour group Varnak has finalized the creation of its repair subsidiary in Ukraine, the company said in a "
    "short release.\n" + NOTE
)


def test_an_opening_told_as_planned_and_as_done_in_the_same_days_is_one_claim(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "planned.txt", PLANNED, "2030-05-02")
    add_text(store, tmp_path, "done.txt", DONE, "2030-05-03")
    [claim] = openings(store)
    assert len(claim.sources) == 2
    # Reported done, the pledge is still there for a person to confirm.
    assert [(p.claim, p.effect.value) for p in store.proposals()] == [(claim.id, "confirms")]


def test_done_weeks_later_is_news_that_confirms_the_plan(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "planned.txt", PLANNED, "2030-05-02")
    add_text(store, tmp_path, "done.txt", DONE, "2030-06-23")
    assert sorted(c.mode.value for c in openings(store)) == ["event", "pledge"]


def test_an_opening_in_the_other_tense_without_the_name_stays_apart(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "planned.txt", PLANNED, "2030-05-02")
    add_text(store, tmp_path, "done.txt", DONE.replace("The armour group Varnak", "The armour group"), "2030-05-03")
    assert sorted(c.mode.value for c in openings(store)) == ["event", "pledge"]
