"""Retellings share their content words whatever the spelling of plurals, possessives and names."""

import datetime as dt

from tracker.extract.dates import find_time_expressions
from tracker.extract.merge import content_tokens


def test_singular_and_plural_of_a_noun_are_one_word():
    one = content_tokens("The company will build a drone plant.")
    other = content_tokens("The company plans to assemble drones at a new plant.")
    assert "drone" in one and "drone" in other


def test_possessive_ending_is_dropped_from_countries_and_companies():
    tokens = content_tokens("Turkey’s drone maker and the company's partner")
    assert "turkey" in tokens and "company" in tokens
    assert not any(t.endswith(("’", "'")) for t in tokens)


def test_local_spelling_of_a_country_and_its_accented_letters_are_kept():
    assert "turkey" in content_tokens("Türkiye's largest drone maker")


def test_year_at_the_end_of_a_sentence_is_the_year():
    assert "2027" in content_tokens("Output should begin before the end of 2027.")


def test_duration_with_an_approximation_is_a_deadline_from_publication():
    found = find_time_expressions("the hall will be finished in about 12 months", dt.date(2030, 3, 10))
    assert [(e.role, e.date) for e in found] == [("deadline", dt.date(2031, 3, 10))]
