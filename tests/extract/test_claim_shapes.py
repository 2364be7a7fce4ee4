"""Sentence shapes the extractor must read beyond the corpora it was developed on."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extract.helpers import claims_in_body
from tracker.extract import extract_claims

PUBLISHED = dt.date(2026, 2, 10)

claims_in = partial(claims_in_body, published=PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a facility as the subject of "start working" / "become operational"
        ("The office in Tallinn will start working before the end of April.", "opening"),
        ("The new plant in Rzeszow should become operational by the end of the year.", "opening"),
        # an output target stated with a noun, not a verb
        ("The target is three thousand shells a month by the summer, the minister said.", "production_target"),
        # production verbs beyond "produce"
        ("Czech firms will turn out 40,000 rounds a month for Ukraine, the ministry said.", "production_target"),
        # spending money is funding
        ("Sweden will spend 2 billion kronor on Ukrainian drones this year.", "funding"),
        # an agreement as the object of a relative clause, or a reduced relative
        ("The deal follows a memorandum the two ministries signed in January in Kyiv.", "agreement"),
        ("The deal, signed in Vilnius, lets Lithuanian firms make shells for Ukraine.", "agreement"),
        # contracts without named parties are concrete by their worth or due date
        ("The state will sign contracts worth UAH 5 billion with drone makers by the end of March.", "agreement"),
    ],
)
def test_less_common_shapes_are_claims(sentence: str, kind: str) -> None:
    assert [c.kind.value for c in claims_in(sentence)] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        # a running total over a span is background
        "Sweden has provided around $3 billion in military aid to Ukraine since 2022.",
        # a report that a pledge was called off or delayed updates that pledge, it is no new pledge
        "The company has cancelled its plan to open an assembly plant in Riga, the ministry said.",
        "The goal of producing 500 drones per day has been postponed to the spring, the minister said.",
    ],
)
def test_running_totals_and_status_reports_are_not_new_claims(sentence: str) -> None:
    assert claims_in(sentence) == []


def test_a_subordinate_predicate_far_after_allows_is_still_subordinate() -> None:
    sentence = ("The accord, reached in Oslo, allows Norwegian and Ukrainian defense companies to share "
                "technology and set up joint production lines in both countries.")
    assert [c.kind.value for c in claims_in(sentence)] == ["agreement"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Ukraine, Sweden sign deal on joint drone production\n\nBody text here.\n", "event"),  # headline present tense
        ("Ukraine, Sweden to sign deal on drone production\n\nBody text here.\n", "pledge"),
        ("Headline\n\nUkraine currently produces about 900 interceptors per day.\n", "event"),
        # a present-tense rate with no word of the future is today's output; a date or a modal makes it a promise
        ("Headline\n\nThe works makes 40 river ferries each month, the governor told reporters.\n", "event"),
        ("Headline\n\nThe works will make 40 river ferries each month, the governor told reporters.\n", "pledge"),
        ("Headline\n\nBy June the works makes 40 river ferries each month, the governor told reporters.\n", "pledge"),
        ("Headline\n\nProduction of shells has reached 8,000 a day, the ministry said.\n", "event"),
        ("Headline\n\nThe accord, signed in Riga, lets Latvian firms build drones for Ukraine.\n", "event"),
    ],
)
def test_mode_follows_headline_grammar_present_tense_and_nominal_subjects(text: str, mode: str) -> None:
    found = extract_claims(text, PUBLISHED)
    assert [c.mode.value for c in found] == [mode]


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Headline\n\n• Plant near Tartu to open by 1 December 2026\n• Talks with two more countries\n", "opening", "pledge"),
        ("Firm plans Estonian plant, eyes new orders\n\nBody text here.\n", "opening", "pledge"),
        ("Ukraine, Estonia to produce drones in Estonia from May\n\nBody text here.\n", "opening", "pledge"),
        ("Headline\n\n• Annual output target: 2,000 Bayraktar drones\n", "production_target", "pledge"),
        ("Headline\n\nEstonia will put 40 million euros into a drone plant, the minister said.\n", "funding", "pledge"),
        ("Headline\n\nThis is in addition to the €40 million already committed to the programme.\n", "funding", "pledge"),
    ],
)
def test_headline_and_bullet_shapes(text: str, kind: str, mode: str) -> None:
    assert [(c.kind.value, c.mode.value) for c in extract_claims(text, PUBLISHED)] == [(kind, mode)]


def test_a_headline_clause_keeps_its_own_places_and_drops_status_of_the_other() -> None:
    (claim,) = extract_claims("Firm opens drone plant in Estonia; UK missile line delayed\n\nBody text here.\n", PUBLISHED)
    assert claim.mode.value == "event" and claim.places == ["Estonia"] and claim.parties == ["Estonia"]
    assert claim.sentence == "Firm opens drone plant in Estonia"


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain has given Ukraine more than £13 billion in military aid since 2022.",
        "Firm drops plan for Latvian plant amid permit dispute",
    ],
)
def test_more_running_totals_and_dropped_plans_are_not_claims(sentence: str) -> None:
    assert claims_in(sentence) == []
