"""Shapes of funding, output and agreement sentences, and of sentences that are context, not claims.

Every sentence here was written for this test to show one general shape; none comes from an article.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extract.helpers import claims_in_body, kinds_and_modes
from tracker.extract.sentences import split_units

PUBLISHED = dt.date(2026, 3, 10)

claims_in = partial(claims_in_body, published=PUBLISHED)
summary = partial(kinds_and_modes, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Aid to the programme will amount to about EUR 700 million this year, the minister said.",
        "Support for the scheme will be scaled up to EUR 2 billion in 2026, the ministry said.",
        "Support under the fund was set to increase to EUR 900 million in 2026.",
    ],
)
def test_money_that_amounts_or_rises_to_a_sum_is_a_funding_pledge(text: str) -> None:
    assert summary(text) == [("funding", "pledge")]


def test_contracts_awarded_for_a_sum_are_funding_done() -> None:
    assert summary("Norway awarded contracts worth EUR 250 million last year, the minister noted.") == [("funding", "event")]


@pytest.mark.parametrize(
    "text",
    [
        "According to the minister, the second tranche is EUR 75 million from Sweden and Finland.",
        "Kyiv expects the next tranche of 60 million euros from the Nordic states in the near future.",
    ],
)
def test_a_tranche_of_money_is_funding_without_a_funding_verb(text: str) -> None:
    found = claims_in(text)
    assert [(c.kind.value, c.mode.value) for c in found] == [("funding", "pledge")]
    assert found[0].quantity is not None and found[0].quantity.unit == "EUR"


def test_money_someone_needs_is_not_a_pledge() -> None:
    assert summary("The deputy minister said the sector needs to attract $9 billion in financing to grow.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The country will soon be able to deploy 500 interceptors a day, the commander said.",
        "Our request is for 400 interceptors per day.",
    ],
)
def test_a_daily_rate_put_to_use_is_an_output_target(text: str) -> None:
    found = claims_in(text)
    assert [(c.kind.value, c.mode.value) for c in found] == [("production_target", "pledge")]
    assert found[0].quantity is not None and found[0].quantity.per == "day"


def test_a_yearly_capacity_reaching_a_figure_is_an_output_target() -> None:
    found = claims_in("The new plant, with an annual capacity reaching about 240 units a year, will employ 300 people.")
    assert [c.kind.value for c in found] == ["production_target"]


def test_a_facility_with_a_long_subject_in_the_future_passive_is_an_opening() -> None:
    assert summary("Plant for assembling armoured vehicles will be built in Slovakia") == [("opening", "pledge")]


def test_ratifying_an_agreement_is_an_agreement_done() -> None:
    assert summary("The parliament of Estonia ratified the agreement on March 3, 2025.") == [("agreement", "event")]


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, Russia plans to produce 40,000 glide bombs a year, intelligence said.",
        "Russian plants will make 3 million shells in 2026, the agency estimated.",
    ],
)
def test_what_the_other_side_plans_is_context(text: str) -> None:
    assert summary(text) == []


def test_a_sentence_offered_for_comparison_is_background() -> None:
    assert summary("For comparison, the group built two plants in Spain and Italy in about 14 months.") == []


def test_the_war_named_in_a_sentence_does_not_make_it_the_other_sides() -> None:
    assert summary("Russia’s full-scale invasion notwithstanding, Norway will open a plant in Kyiv by June.") != []


def test_an_attribution_opening_with_earlier_names_the_speaker_not_the_adverb() -> None:
    text = (
        "Earlier, Landsberg said that Tallinn will open a repair hub in Tartu by June 2026.\n\n"
        "Meanwhile, Ostrowski said Estonia will allocate EUR 20 million for the hub."
    )
    actors = [c.actor for c in claims_in(text)]
    assert actors == ["Landsberg", "Ostrowski"]


def test_a_paragraph_cut_short_keeps_its_finished_sentences_as_body() -> None:
    text = "Title line\n\nFirst finished sentence of the paragraph. Second finished sentence here too. And the third one was cut off mid\n"
    kinds = [u.kind for u in split_units(text)]
    assert kinds == ["title", "body", "body", "heading"]


def test_a_headline_with_a_short_credit_stays_a_headline() -> None:
    text = "Title line\n\nFactory starts output in Spain, minister says. (FILE) / AP\n"
    assert [u.kind for u in split_units(text)] == ["title", "heading"]


def test_finished_sentences_of_a_cut_paragraph_are_claims() -> None:
    text = (
        "Estonia and Latvia will open a joint repair plant in Riga by June 2027. "
        "The memorandum on the plant was signed in Riga on March 2, 2026 by both ministers. The ministers also said the"
    )
    assert summary(text) == [("opening", "pledge"), ("agreement", "event")]


def test_a_sum_between_the_verb_and_the_deal_counts_as_a_word() -> None:
    found = claims_in("A Czech start-up has struck a €40mn deal to make shells in Slovakia, its first abroad.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("agreement", "event")]
    assert found[0].quantity is not None and found[0].quantity.unit == "EUR"


def test_a_paragraph_cut_short_after_a_few_words_keeps_its_finished_sentences_as_body() -> None:
    text = (
        "Title line\n\nFirst paragraph that ends as it should.\n\n"
        "In addition, Latvia is set to receive 40 armoured trucks from Finland, with the first ten expected to arrive in "
        "Estonia by the end of June. Finland will also provide 300 reconnaissance drones to Latvia. These are\n"
    )
    assert summary(text)[:2] == [("other", "pledge"), ("other", "pledge")]


def test_a_headings_last_word_is_no_part_of_the_next_paragraphs_name() -> None:
    text = "Title line\n\nNordic Repair Partnership\n\nKestrelfin has announced that it will open a repair plant in Lviv by June 2027."
    [claim] = claims_in(text)
    assert claim.actor == "Kestrelfin"
