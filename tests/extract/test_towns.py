"""Towns beyond the gazetteer's capitals (GeoNames): read as places after a preposition of place, and resolved to
their country so that "a hub in Gliwice" and "a hub in Poland" are told of one place."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tracker.extract import extract_claims
from tracker.extract.gazetteer import country_of, find_names
from tracker.extract.merge import expand_places
from tracker.models import Kind, Mode

claims_in = partial(extract_claims, published=dt.date(2023, 7, 23))
BODY = "Headline words only\n\n"


def test_a_town_after_in_is_a_place_of_its_country() -> None:
    [(name, kind, offset, locative)] = find_names("The repair hub in Michalovce has started work.")
    assert (name, kind, locative) == ("Michalovce", "city", True)
    assert country_of("Michalovce") == "Slovakia"
    assert expand_places(["Michalovce"]) == expand_places(["Slovakia"])


def test_a_town_named_as_the_city_of_is_a_place() -> None:
    names = find_names("A base has opened in the southern city of Gliwice, the minister said.")
    assert [(n, k, loc) for n, k, _, loc in names] == [("Gliwice", "city", True)]


def test_a_town_spelled_with_its_accents_or_without_is_found() -> None:
    assert country_of("Łódź") == country_of("Lodz") == "Poland"
    assert [n for n, *_ in find_names("The plant near Łódź will open in 2026.")] == ["Łódź"]


def test_a_name_shared_with_a_town_is_no_place_without_a_preposition_of_place() -> None:
    # "Sofia" is a capital in the gazetteer; "Marks" and "Gliwice" are towns, but here they are a person and a company.
    assert find_names("Marks told reporters the deal was done.") == []
    assert find_names("Gliwice Works signed the deal.") == []


def test_months_and_unknown_words_after_in_are_no_town() -> None:
    assert find_names("The line opens in May and the office in Autumn.") == []


def test_a_repair_hub_started_in_a_town_is_an_opening_there() -> None:
    [claim] = claims_in(BODY + "The maintenance hub in Gliwice has started operating.\n")
    assert (claim.kind, claim.mode) == (Kind.OPENING, Mode.EVENT)
    assert claim.places == ["Gliwice"]


def test_a_hub_started_in_a_place_nobody_knows_is_still_no_claim() -> None:
    # Nothing says where or when: "Zzyzxville" is in no gazetteer.
    assert claims_in(BODY + "The maintenance hub in Zzyzxville has started operating.\n") == []


def test_a_town_named_like_a_common_word_is_no_place_in_a_title_case_headline() -> None:
    # "Most" and "Deal" are towns (Czech Republic, England), and words first.
    assert [n for n, *_ in find_names("Drone Makers to Open Plants in Most European Capitals")] == ["Europe"]
    assert [n for n, *_ in find_names("Ukraine Signs Deal at Best Price in Time for Winter")] == ["Ukraine"]


def test_a_european_town_named_like_a_larger_city_elsewhere_is_not_that_city() -> None:
    # Tripoli in Greece, Perth in Scotland: "in Tripoli" is far likelier Libya's capital.
    assert country_of("Tripoli") is None and country_of("Perth") is None
