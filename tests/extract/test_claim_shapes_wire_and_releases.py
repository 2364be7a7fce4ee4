"""Shapes met in wire stories, press releases, live blogs, interviews and translated English.

Each case is a general shape (a word class or a sentence form), written for this test; none is
taken from an article the extractor was tuned on.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extract.helpers import claims_in_body, kinds_and_modes
from tracker.extract import extract_claims
from tracker.extract.base import ArticleText
from tracker.extract.claims import RuleExtractor
from tracker.extract.dates import find_deadline
from tracker.extract.quantities import find_quantity

PUBLISHED = dt.date(2026, 5, 12)

claims_in = partial(claims_in_body, published=PUBLISHED)
summary = partial(kinds_and_modes, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Prague will give 800 million crowns to the venture.", "CZK"),
        ("The line costs 45 million Canadian dollars.", "CAD"),
        ("Hungary approved 3 billion korunas.", "CZK"),
    ],
)
def test_more_currency_words_are_money(text: str, code: str) -> None:
    quantity = find_quantity(text)
    assert quantity is not None and quantity.unit == code


def test_a_sum_in_crowns_with_a_funding_verb_is_funding() -> None:
    assert summary("The Slovak government will contribute 900 million crowns to the new plant, the minister said.") == [
        ("funding", "pledge")
    ]


def test_a_bare_in_month_is_a_rate_and_not_a_deadline() -> None:
    sentence = "The factory will assemble up to 300 drones in month at the first stage."
    quantity = find_quantity(sentence)
    assert quantity is not None and quantity.per == "month"
    assert find_deadline(sentence, PUBLISHED) is None
    # with a count it is still a span of time
    assert find_deadline("The plant will open in a month.", PUBLISHED).date == dt.date(2026, 6, 12)


def test_a_long_nominal_subject_with_a_planned_start_is_an_opening() -> None:
    claims = claims_in("The production of Ukrainian armoured boats on the territory of Portugal is planned to start until the end of autumn.")
    assert [(c.kind.value, c.mode.value) for c in claims] == [("opening", "pledge")]
    assert claims[0].deadline.date == dt.date(2026, 11, 30)


def test_a_facility_as_the_subject_of_a_modal_start_is_an_opening() -> None:
    assert summary("In Portugal will be assembled Ukrainian boats: the line must start before winter", as_body=False) == [
        ("opening", "pledge")
    ]


def test_the_sides_signed_a_memorandum_is_an_agreement_without_named_parties() -> None:
    assert summary("Also the sides signed the memorandum about cooperation in the sphere of shipbuilding.") == [("agreement", "event")]
    # without a signing, "the sides" alone is not enough
    assert summary("The sides discussed a memorandum about cooperation in shipbuilding.") == []


def test_a_target_with_an_adverb_and_a_planned_capacity_are_output_targets() -> None:
    assert summary("Our target there is 120 boats a year by the end of 2027.") == [("production_target", "pledge")]
    assert summary("She said the planned capacity of 50,000 rounds a month remains unchanged.") == [("production_target", "pledge")]


def test_agree_on_joint_production_is_an_agreement() -> None:
    assert summary("Ukraine and Portugal agree on joint production of naval drones", as_body=False) == [("agreement", "event")]
    assert summary("Ukraine and Portugal agreed on the need for more talks.") == []


def test_opening_exports_of_something_is_an_export_pledge() -> None:
    claims = claims_in("The president said on May 2 that Ukraine will open controlled exports of armoured boats in September.")
    assert [(c.kind.value, c.mode.value) for c in claims] == [("export", "pledge")]
    assert claims[0].deadline.date == dt.date(2026, 9, 30)


def test_an_estimate_put_at_a_sum_is_not_funding() -> None:
    assert summary("Analysts put the value of unused capacity at roughly $15 billion a year, though they call it a guess.") == []
    # money put into something is
    assert summary("Italy will put 100 million euros into a new plant for Ukrainian boats.") == [("funding", "pledge")]


def test_a_sum_outside_the_funding_verbs_clause_is_not_funding() -> None:
    assert summary("The first phase costs about 40 million euros, and so far we are financing it ourselves.") == []


def test_a_delayed_nominal_subject_is_a_status_report_not_a_new_pledge() -> None:
    sentence = ("The launch of the company's plant for the serial production of 155 mm artillery shells near the city "
                "of Porto in northern Portugal "
                "has been postponed to spring 2027, the chief executive told reporters.")
    assert summary(sentence) == []


def test_an_ongoing_effort_is_background() -> None:
    assert summary("Kyiv has been pushing to set up joint ventures abroad to attract foreign financing.") == []


def test_a_headline_style_bullet_with_a_plural_subject_is_an_event() -> None:
    assert summary("• Ukraine, Portugal sign memorandum on joint production of boats") == [("agreement", "event")]
    # a bullet naming a target is not headline grammar
    assert summary("• Annual output target: 400 boats a year") == [("production_target", "pledge")]


def test_a_demonym_after_a_place_list_is_not_a_place() -> None:
    claims = claims_in("Portugal will allocate 50 million euros this year for drones made in Ukraine, Portuguese Defense Minister Nuno Melo said.")
    assert claims and claims[0].places == ["Ukraine"]


def test_a_facility_that_opened_on_a_day_is_an_opening_event() -> None:
    claims = claims_in("Ukraine's defense industry office in Lisbon opened on May 11, the minister said.")
    assert [(c.kind.value, c.mode.value, c.event_date) for c in claims] == [("opening", "event", "2026-05-11")]
    assert summary("The plant, which opened in 2019, employs 300 people.") == []


def test_has_not_started_yet_delays_a_pledge() -> None:
    text = "Headline words only\n\nThe boat line in Portugal, which was promised for the summer, has not started yet.\n"
    cues = RuleExtractor().status_cues(ArticleText(text, PUBLISHED))
    assert [c.effect for c in cues] == ["delays"]


def test_a_factor_is_not_a_count() -> None:
    assert find_quantity("We could make three times more boats.") is None
    assert summary("\"We could make three times more if we had the money,\" he said.") == []


def test_a_total_named_as_such_is_a_running_total() -> None:
    assert summary("The package brings Portugal's total military aid to Ukraine to €900 million since 2022.") == []


def test_a_facility_that_has_started_work_is_an_opening_event() -> None:
    assert summary("The joint Ukrainian-Portuguese enterprise for the production of boats has started work in Portugal, the minister said.") == [
        ("opening", "event")
    ]


def test_we_signed_a_memorandum_names_its_parties_by_the_speaker() -> None:
    assert summary("We signed a memorandum on the joint production of naval drones.") == [("agreement", "event")]


def test_doubling_output_by_a_date_is_an_output_target() -> None:
    claims = claims_in("The bureau plans to double production of the missile this year, its chief designer said.")
    assert [(c.kind.value, c.mode.value) for c in claims] == [("production_target", "pledge")]
    assert claims[0].deadline.date == dt.date(2026, 12, 31)
    # without a date there is nothing to hold anyone to
    assert summary("The bureau wants to double production of the missile.") == []


def test_a_headline_joining_two_stories_gives_one_claim_per_story() -> None:
    title = "Ukraine and Portugal sign memorandum on naval drones, joint plant to open in Lisbon"
    claims = claims_in(title, as_body=False)
    assert [(c.kind.value, c.quote) for c in claims] == [
        ("agreement", "Ukraine and Portugal sign memorandum on naval drones"),
        ("opening", "joint plant to open in Lisbon"),
    ]
    title = "Portugal pledges €50 million for Ukrainian boats; defense industry office opens in Lisbon"
    assert [c.kind.value for c in claims_in(title, as_body=False)] == ["funding", "opening"]
    # one story with a comma stays one claim
    assert len(claims_in("Ukraine to open office in Lisbon, minister says", as_body=False)) == 1


def test_a_facility_named_by_reference_is_marked_so() -> None:
    claims = claims_in("The enterprise should start work already in the third quarter of this year.")
    assert [c.refers_back for c in claims] == [True]
    claims = claims_in("Ukraine will open a plant in Portugal in the third quarter of this year.")
    assert [c.refers_back for c in claims] == [False]


def test_advice_and_conditional_obligations_are_opinions() -> None:
    assert summary("Europe should invest €5 billion a year in Ukrainian production.") == []
    assert summary("Europe must invest at least €10 billion a year in Ukrainian production if it is serious about security.") == []
    # a plain "must" in translated English is still a pledge
    assert summary("The production line in Portugal must start before the end of autumn.") == [("opening", "pledge")]


def test_a_recall_paragraph_marks_its_statement_as_retold() -> None:
    (claim,) = claims_in("Earlier, the ministry reported that Portugal will allocate 90 million euros for Ukrainian boats.")
    assert claim.retold
    (claim,) = claims_in("Portugal will allocate 90 million euros for Ukrainian boats.")
    assert not claim.retold


def test_a_cue_about_a_sum_of_money_speaks_to_funding() -> None:
    text = "Headline words only\n\nPortugal has suspended its €90 million programme for Ukrainian boats, the ministry said.\n"
    cues = RuleExtractor().status_cues(ArticleText(text, PUBLISHED))
    assert [(c.effect, "funding" in c.kinds) for c in cues] == [("contradicts", True)]


def test_a_part_of_a_group_is_not_a_count() -> None:
    assert find_quantity("Two of the sources said the plant could make missiles.") is None
    assert summary("A deal could be signed as early as May, two of the sources said, adding that the plant could make several hundred missiles a year.") == []
    assert find_quantity("2 million of the shells").high == 2_000_000  # a scaled figure still counts


def test_talks_are_not_a_commitment() -> None:
    assert summary("Ukraine and Portugal are in advanced talks to build a joint plant for naval drones in Portugal, sources said.") == []
    assert summary("Portugal is considering opening a plant for Ukrainian boats in Lisbon.") == []


def test_a_headline_with_a_status_report_after_a_comma_claims_only_its_first_story() -> None:
    text = "Ukrainian maker opened plant in Portugal ahead of schedule, line in Spain delayed\n\nBody sentence without claims here.\n"
    claims = extract_claims(text, PUBLISHED)
    assert [(c.kind.value, c.mode.value, c.quote) for c in claims] == [
        ("opening", "event", "Ukrainian maker opened plant in Portugal ahead of schedule")
    ]
    cues = RuleExtractor().status_cues(ArticleText(text, PUBLISHED))
    assert [c.sentence for c in cues] == ["line in Spain delayed"]


def test_completing_the_construction_of_a_plant_is_an_opening() -> None:
    claims = claims_in("A Turkish maker will complete construction of its plant near Kyiv by August 2026, the ambassador said.")
    assert [(c.kind.value, c.mode.value) for c in claims] == [("opening", "pledge")]
    assert claims[0].deadline.date == dt.date(2026, 8, 31)
    assert summary("Maker to Complete Ukrainian Drone Plant by August 2026, Ambassador Says", as_body=False) == [("opening", "pledge")]


def test_a_target_noun_with_a_count_and_a_date_is_an_output_target() -> None:
    claims = claims_in("This year, the government's target is 4.5 million drones, the minister said in January.")
    assert [(c.kind.value, c.quantity.low, c.deadline.date) for c in claims] == [("production_target", 4_500_000, dt.date(2026, 12, 31))]
    # without a date a bare target figure is not enough
    assert summary("The target is 4.5 million drones, the minister said.") == []


def test_output_reported_in_the_present_perfect_is_an_event() -> None:
    claims = claims_in("Ukraine has produced all 40,000 interceptors financed by the January allocation, the ministry said.")
    assert [(c.kind.value, c.mode.value, c.quantity.low) for c in claims] == [("production_target", "event", 40000)]


def test_a_rate_after_a_model_name_with_digits() -> None:
    quantity = find_quantity("The plant will produce up to 120 TB2 and TB3 drones a year.")
    assert quantity is not None and (quantity.high, quantity.per) == (120, "year")


def test_a_headline_plant_opens_is_an_opening_event_not_a_plan() -> None:
    # "plant" starts with "plan": it must not read as "plans a plant"
    assert summary("Czech drone plant opens", as_body=False) == [("opening", "event")]


def test_exports_as_the_subject_of_a_start_are_an_export_pledge() -> None:
    claims = claims_in("Zelensky says exports to start in autumn", as_body=False)
    assert [(c.kind.value, c.mode.value, c.deadline.date) for c in claims] == [("export", "pledge", dt.date(2026, 11, 30))]


def test_a_plant_designed_to_make_n_a_year_states_its_capacity() -> None:
    assert summary("The plant is designed to make up to 150,000 rounds a year at full capacity.") == [("production_target", "pledge")]
    # a system designed to do something is still a subordinate purpose
    assert summary("Ukraine bought radars designed to help produce 500 drones a day.") == []


def test_a_measurement_is_not_a_count() -> None:
    assert find_quantity("The plant will produce 105 mm artillery guns.") is None
    assert find_quantity("a range of up to 25 km") is None


def test_what_someone_denies_is_not_claimed_but_contradicts() -> None:
    sentence = "Portugal's defence ministry on Tuesday denied that it had agreed to host a Ukrainian repair centre in Lisbon."
    assert summary(sentence) == []
    cues = RuleExtractor().status_cues(ArticleText("Headline words only\n\n" + sentence + "\n", PUBLISHED))
    assert [(c.effect, "opening" in c.kinds) for c in cues] == [("contradicts", True)]
