"""The rule-based extractor: which sentences are claims, of what kind and mode, cited how."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tracker.extract import extract_claims
from tracker.extract.noise import drop_noise
from tracker.extract.sentences import split_units

PUBLISHED = dt.date(2025, 11, 3)

claims_in = partial(extract_claims, published=PUBLISHED)


def test_units_keep_their_offsets_and_headlines_are_units() -> None:
    text = "Poland to open drone plant in Rzeszow\n\nThe plant opens in May. Officials said on Nov. 3 it was ready.\n- Opening in Rzeszow by year's end\n"
    units = split_units(text)
    assert [u.text for u in units] == [
        "Poland to open drone plant in Rzeszow",
        "The plant opens in May.",
        "Officials said on Nov. 3 it was ready.",
        "Opening in Rzeszow by year's end",
    ]
    assert all(text[u.start : u.end] == u.text for u in units)
    assert [u.kind for u in units] == ["title", "body", "body", "bullet"]


def test_a_sentence_ends_after_an_initialism_before_a_new_sentence() -> None:
    units = split_units("Kyiv signed a deal with the U.K. In May, talks went on with the U.S. Army.\n")
    assert [u.text for u in units] == ["Kyiv signed a deal with the U.K.", "In May, talks went on with the U.S. Army."]


@pytest.mark.parametrize(
    "noise",
    [
        "Read more\nSweden will open a drone factory in Stockholm by 2027, the minister said.",
        "Show More\nSweden will open a drone factory in Stockholm by 2027, the minister said.",
        "Read also: Sweden will open a drone factory in Stockholm by 2027",
        "Read more on this topic: Sweden will open a drone factory in Stockholm by 2027. The plant will employ 300 people.",
        "The minister visits the plant in Stockholm, on May 5, 2025. (Press Office)",
        "Photo: Sweden will open a drone factory in Stockholm",
    ],
)
def test_page_furniture_is_not_news(noise: str) -> None:
    text = "Swedish news today\n\nThe weather in Stockholm was mild, officials said on Monday.\n" + noise + "\n"
    kept = " ".join(u.text for u in drop_noise(split_units(text)))
    assert "drone factory" not in kept and "plant in Stockholm" not in kept
    assert claims_in(text) == []


def test_teaser_headlines_after_the_last_paragraph_are_dropped() -> None:
    text = (
        "Norway funds drones\n\nNorway will allocate NOK 2 billion to drone production in Ukraine this year, the minister said.\n\n"
        "Germany Opens New Tank Plant in Berlin\nFrance To Launch Missile Line In Paris\n"
    )
    found = claims_in(text)
    assert [c.kind.value for c in found] == ["funding"]


@pytest.mark.parametrize(
    ("sentence", "kind", "mode"),
    [
        ("Finland will open a defense production office in Helsinki by the end of the year.", "opening", "pledge"),
        ("Poland has launched its first ammunition line in Rzeszow, the minister said.", "opening", "event"),
        ("Norway and Ukraine signed a defense agreement on May 2, the ministry said.", "agreement", "event"),
        ("The memorandum was signed by the ministers of Sweden and Ukraine in Stockholm.", "agreement", "event"),
        ("Ukraine plans to produce 2,000 drones per month by the end of 2026, he said.", "production_target", "pledge"),
        ("Sweden will allocate SEK 500 million to drone production in Ukraine next year.", "funding", "pledge"),
        ("Ukraine will export surplus howitzers to Poland, the minister said.", "export", "pledge"),
        ("Ukraine and Lithuania have agreed to set up a joint drone factory in Vilnius.", "opening", "pledge"),
    ],
)
def test_trackable_claims_get_their_kind_and_mode(sentence: str, kind: str, mode: str) -> None:
    found = claims_in("Headline words only\n\n" + sentence + "\n")
    assert [(c.kind.value, c.mode.value) for c in found] == [(kind, mode)]
    assert found[0].quote == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Denmark has been a key partner of Ukraine since 2022.",  # background, no trackable predicate
        "In 2024, Denmark became the first country to fund weapons production by Ukrainian manufacturers.",  # no amount
        "The partnership builds on Denmark's expanding role in supporting Ukraine's defense industry.",
        "He noted that for Ukraine, producing 1,000 drones is not an issue.",  # no rate, nothing promised
        "If the plant in Denmark is built, several laws could be ignored.",  # a condition
        "The government will ignore 20 laws in order to build a plant in Denmark.",  # purpose clause
        "Smetanin said Denmark would be the first country to which Ukraine exports its technologies.",
        "Will Ukraine open an office in Berlin?",
        "The signing of the memorandum is a major step toward a new security system in Europe.",
    ],
)
def test_background_opinion_and_side_clauses_are_not_claims(sentence: str) -> None:
    assert claims_in("Headline words only\n\n" + sentence + "\n") == []


def test_deadline_quantity_places_and_actor() -> None:
    text = (
        "Drones news\n\n"
        '"We believe that by the end of November, 600-800 interceptor drones will be produced per day," Zelensky said.\n'
        "Ukraine is set to open defense production offices in Berlin and Copenhagen by year's end, President Volodymyr Zelensky told journalists.\n"
    )
    drones, offices = claims_in(text)
    assert drones.deadline is not None and drones.deadline.date == dt.date(2025, 11, 30)
    assert drones.quantity is not None and (drones.quantity.low, drones.quantity.high, drones.quantity.per) == (600, 800, "day")
    assert offices.places == ["Berlin", "Copenhagen"]
    assert offices.deadline is not None and offices.deadline.date == dt.date(2025, 12, 31)
    assert offices.actor == "Volodymyr Zelensky"
    assert drones.actor == "Volodymyr Zelensky"  # "Zelensky" completed from the article


def test_a_quoted_statement_is_cited_up_to_its_speaker() -> None:
    text = 'Plans\n\n"We will start production in Finland. The first results come in May," said the head of the ministry.\n'
    (claim,) = claims_in(text)
    assert claim.quote.endswith("said the head of the ministry.")
    assert text[claim.start : claim.end] == claim.quote
    assert claim.sentence == '"We will start production in Finland.'


def test_undated_article_keeps_the_deadline_phrase_without_a_date() -> None:
    (claim,) = claims_in("Plans\n\nFinland will open a drone plant in Oulu by the end of the year.\n", published=None)
    assert claim.deadline is not None and claim.deadline.date is None
    assert claim.deadline.text == "by the end of the year"


def test_an_outlet_citing_someone_is_not_the_actor() -> None:
    text = (
        "Plant news\n\n"
        "Ukraine will open a drone plant in Poland by the end of the year.\n"
        "The Daily Courier reports this, referring to an announcement made by Ukraine's Minister of Defense Denys Shmyhal.\n"
    )
    (plant,) = claims_in(text)
    assert plant.actor == "Denys Shmyhal"


@pytest.mark.parametrize(
    "lead",
    ["TALLINN, May 4 (Reuters) - ", "(MENAFN- UkrinForm) ", "TALLINN — ", "Tallinn, Estonia (AFP) "],
)
def test_a_wire_services_lead_is_left_out_of_the_claims_line_but_kept_in_its_quote(lead: str) -> None:
    sentence = lead + "Estonia will open a drone plant in Tartu by June 2027, the minister said."
    [claim] = extract_claims("Wire story\n\n" + sentence + "\n", dt.date(2026, 5, 4))
    assert claim.text.startswith("Estonia will open a drone plant in Tartu")
    assert claim.sentence == sentence


def test_a_company_with_its_short_name_in_brackets_keeps_it_in_the_claims_line() -> None:
    [claim] = extract_claims("Plant\n\nNordic Drone Works (NDW) will open a plant in Tartu by June 2027.\n", dt.date(2026, 5, 4))
    assert claim.text.startswith("Nordic Drone Works (NDW) will open")
