"""Shapes of real reporting on ventures named by their members, output in named places, supplies secured by a
count and plants given in a deal, read by general rules; each with a near miss that must stay out."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extract.helpers import claims_in_body

PUBLISHED = dt.date(2026, 5, 12)

claims_in = partial(claims_in_body, published=PUBLISHED)


def kinds_modes(sentence: str) -> list[tuple[str, str]]:
    return [(c.kind.value, c.mode.value) for c in claims_in(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The new joint venture, Borealis-Kyivtech, brings together a Finnish radar maker and a Ukrainian drone firm.",
        "The Polish firms in the joint venture are Alfa Optics and Vistula Motors.",
        "The Ukrainian manufacturers involved in the joint venture include Dnipro Rotors and Kharkiv Aero.",
    ],
)
def test_a_joint_venture_presented_by_its_members_has_been_set_up(sentence: str) -> None:
    assert kinds_modes(sentence) == [("opening", "event")]


def test_a_joint_venture_mentioned_in_passing_is_no_opening() -> None:
    assert claims_in("Analysts say the joint venture model is popular with Nordic investors.") == []


def test_output_promised_in_named_countries_is_a_target_held_by_the_places() -> None:
    found = claims_in("The minister said that production in Norway and Ukraine will run in parallel and may start at once.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("production_target", "pledge")]
    assert set(found[0].places) == {"Norway", "Ukraine"}


def test_money_for_output_in_a_country_is_not_output_promised_there() -> None:
    assert claims_in("Officials hope the shortfall in money for drone production in Ukraine will shrink.") == []


def test_a_count_of_goods_secured_for_a_recipient_is_a_supply_reported_done() -> None:
    found = claims_in("Last week the Slovak president said Slovakia had secured 300,000 mortar shells for Ukraine.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("other", "event")]
    assert found[0].quantity is not None and found[0].quantity.low == 300000


def test_money_used_to_buy_a_count_of_goods_is_a_supply_reported_done() -> None:
    assert kinds_modes("The envoy said the first funds were used to buy 24 self-propelled howitzers for Ukraine.") == [("other", "event")]


def test_a_running_total_of_goods_sent_is_background() -> None:
    assert claims_in("Spain has sent 200 missiles to Ukraine since 2022, the ministry said.") == []


def test_hoping_to_secure_goods_is_no_supply() -> None:
    assert claims_in("Slovakia hopes it can find more shells for Ukraine, the president said.") == []


def test_output_already_under_way_without_a_figure_is_news_of_output() -> None:
    assert kinds_modes("Moldova already makes its own 120 mm mortar rounds, the defence minister said.") == [("production_target", "event")]


def test_output_of_its_own_that_is_denied_is_no_claim() -> None:
    assert claims_in("Moldova does not make its own mortar rounds yet, the defence minister said.") == []


def test_a_plant_received_in_return_is_an_opening_promised() -> None:
    found = claims_in("Estonia will share its training know-how with Ukraine and in return will receive a production site near Tartu.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("opening", "pledge")]


def test_receiving_an_order_is_not_receiving_a_plant() -> None:
    assert [c.kind.value for c in claims_in("The plant will receive new orders from Estonia next year.")] != ["opening"]


def test_quoted_intent_to_build_a_joint_plant_with_a_named_partner_is_a_pledge() -> None:
    for sentence in (
        "“Our joint shell plant with Ukraine will be built in record time,” the premier said.",
        "“Estonia will make sure that its joint shell plant with Ukraine is built quickly,” the premier said.",
    ):
        assert kinds_modes(sentence) == [("opening", "pledge")], sentence


def test_quoted_intent_without_partner_place_or_date_stays_out() -> None:
    assert claims_in("“We will build a competence centre of our own,” the premier said.") == []


def test_an_agreement_that_names_both_firms_is_held_by_them() -> None:
    found = claims_in("The deal between Vistula Motors and Dnipro Rotors provides for joint testing of engines and shared data.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("agreement", "event")]


def test_an_agreement_described_without_its_sides_stays_out() -> None:
    assert claims_in("This deal provides for joint testing of engines and shared data.") == []


def test_a_teaser_with_its_view_count_is_page_furniture() -> None:
    text = "Headline words only\n\nThe ministry met on Monday.\n\nMoldova and Acme Arms sign deal on shells14.03.26, 10:15 • 2310 views\nThe ministry met again on Tuesday.\n"
    assert claims_in_body(text, PUBLISHED, as_body=False) == []


def test_a_made_in_adjective_is_no_verb_of_output() -> None:
    sentence = "The next gift of 12 Polish-made field guns paid for by Sweden will be delivered to Ukraine by August."
    assert kinds_modes(sentence) == [("other", "pledge")]


def test_a_gift_of_artillery_pieces_is_counted_goods() -> None:
    found = claims_in("A batch of 24 Slovak artillery pieces will be handed over to Ukraine, the minister said.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("other", "pledge")]
    assert found[0].quantity is not None and found[0].quantity.low == 24


def test_a_named_firm_announcing_it_will_make_a_product_is_a_pledge() -> None:
    found = claims_in("Swedish gunmaker Nordvik Arms has announced it will manufacture “light” mortar rounds at a plant inside Ukraine.")
    assert [(c.kind.value, c.mode.value) for c in found] == [("production_target", "pledge")]
    assert found[0].places == ["Ukraine"]


def test_an_unnamed_it_is_no_producer() -> None:
    assert claims_in("Officials said it will manufacture mortar rounds.") == []


def test_the_unfinished_last_sentence_of_a_cut_excerpt_is_still_read() -> None:
    text = (
        "Headline words only\n\nThe ministry met on Monday. Estonia and Ukraine will deepen ties. "
        "The letter of intent on joint shell production in Estonia and Ukraine was signed in Tallinn by the two ministers of"
        "\n"
    )
    found = claims_in_body(text, PUBLISHED, as_body=False)
    assert [(c.kind.value, c.mode.value) for c in found] == [("agreement", "event")]
    assert found[0].quote.startswith("The letter of intent")


def test_headlines_after_a_cut_excerpt_are_still_teasers() -> None:
    text = (
        "Headline words only\n\nThe ministry met on Monday. The letter of intent was signed in Tallinn by the two ministers of\n\n"
        "Latvia Opens New Shell Plant in Riga\n"
    )
    assert [c.places for c in claims_in_body(text, PUBLISHED, as_body=False)] == [["Tallinn"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 3 a banking consortium agreement for 4.5 billion UAH was signed for the defence industry.",
        "A supply contract worth EUR 1,250.5 million was signed with Poland on Friday.",
    ],
)
def test_a_decimal_sum_between_the_document_and_its_signing_is_one_word(sentence: str) -> None:
    assert [(c.kind.value, c.mode.value) for c in claims_in(sentence)] == [("agreement", "event")]



def test_a_document_after_a_listing_comma_is_still_signed() -> None:
    sentence = "In a separate, fourth contract signed with the Polish firm Alfa Optics, the ministry orders night sights."
    assert [(c.kind.value, c.mode.value) for c in claims_in(sentence)] == [("agreement", "event")]


def test_a_document_under_discussion_is_not_signed() -> None:
    assert claims_in("In a separate, fourth contract under discussion, the ministry may order night sights.") == []
