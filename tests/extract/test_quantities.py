"""Quantity grammar: the numbers a sentence names, what they count and per what period."""

from __future__ import annotations

import pytest

from tracker.extract.quantities import find_quantities, find_quantity

# (sentence, low, high, unit, per)
QUANTITIES = [
    # --- phrasings of the corpus ---
    ('We believe that by the end of November, 600-800 interceptor drones will be produced per day," Zelensky said.',
     600, 800, "interceptor drones", "day"),  # the rate comes three words after the noun
    ("Zelensky revealed plans to produce between 600 and 800 interceptor drones daily, aiming to bridge the gaps.",
     600, 800, "interceptor drones", "day"),
    ("Ukraine will be able to produce and use 1,000 interceptor drones per day.", 1000, 1000, "interceptor drones",
     "day"),
    ("Zelensky said in June that Kyiv has the capacity, but not the financing, to produce 8 million drones per year.",
     8_000_000, 8_000_000, "drones", "year"),
    ("Zelenskiy previously stated Ukraine could produce up to 4 million drones annually.",
     None, 4_000_000, "drones", "year"),
    ("This year, Denmark will allocate EUR 1.26 billion to support the manufacturing of long-range drones.",
     1_260_000_000, 1_260_000_000, "EUR", None),
    ("Accordingly, we need to have at least a thousand interceptor drones.", 1000, None, "interceptor drones", None),
    ("We understand that 800 drones per night is the level that Russia has already demonstrated.",
     800, 800, "drones", "day"),  # a nightly rate is a daily one
    ("A recent assault on Kyiv involved 440 drones and 32 missiles.", 440, 440, "drones", None),
    ("The Danish government will ignore more than 20 laws and regulations.", 20, None, "laws", None),
    ("U.S. Announces Additional $6 Million in Humanitarian Aid to Cuba", 6_000_000, 6_000_000, "USD", None),
    ("For Ukraine, producing 1,000 drones is not an issue.", 1000, 1000, "drones", None),
    # --- ranges ---
    ("Kyiv will make 600–800 drones a day.", 600, 800, "drones", "day"),  # en dash
    ("Kyiv will make 600 to 800 drones a day.", 600, 800, "drones", "day"),
    ("Kyiv will make from 600 to 800 drones each month.", 600, 800, "drones", "month"),
    ("Output will reach 1-2 million shells a year.", 1_000_000, 2_000_000, "shells", "year"),  # multiplier once
    ("Output will reach 1.5 to 2 billion euros.", 1_500_000_000, 2_000_000_000, "EUR", None),
    # --- bounds ---
    ("Ukraine needs at least 1,000 interceptors daily.", 1000, None, "interceptors", "day"),
    ("Russia launched over 400 in a single night.", 400, None, None, None),
    ("Russia launched nearly 500 Shahed drones.", 500, 500, "Shahed drones", None),  # "nearly": the number named
    ("Ukraine can make about 200 long-range missiles per month.", 200, 200, "long-range missiles", "month"),
    ("The plant will make fewer than 50 boats a year.", None, 50, "boats", "year"),
    # --- multipliers and number words ---
    ("Ukraine can make 8 mln drones a year.", 8_000_000, 8_000_000, "drones", "year"),
    ("The factory will produce two thousand shells weekly.", 2000, 2000, "shells", "week"),
    ("The factory will produce a dozen launchers.", 12, 12, "launchers", None),
    ("The factory will produce twenty-five radars.", 25, 25, "radars", None),
    ("The annual output of 2 million shells is planned.", 2_000_000, 2_000_000, "shells", "year"),  # rate before
    ("Production will reach 1,000 a day.", 1000, 1000, None, "day"),
    ("Kyiv launched 200 drones overnight.", 200, 200, "drones", None),  # an adverb is not part of the noun
    ("More than 1,000 companies work in the sector.", 1000, None, "companies", None),  # the plural head ends it
    ("Over 500 Ukrainian defense companies took part.", 500, None, "Ukrainian defense companies", None),
    ("The contract covers 10 to 12 Gripen fighters.", 10, 12, "Gripen fighters", None),
    ("Zelensky, 47, said Ukraine will make 30,000 long-range drones in 2025.", 30000, 30000, "long-range drones",
     None),  # the age is skipped
    ("The plant will make 300,000 artillery shells a year.", 300_000, 300_000, "artillery shells", "year"),
    ("Ukraine needs between 1 and 2 million shells.", 1_000_000, 2_000_000, "shells", None),
    # --- currencies ---
    ("Denmark will provide DKK 500 million ($78 million) for production.", 500_000_000, 500_000_000, "DKK", None),
    ("The EU will pay €1.26 billion.", 1_260_000_000, 1_260_000_000, "EUR", None),
    ("The EU will pay 1.26 billion euros.", 1_260_000_000, 1_260_000_000, "EUR", None),
    ("The fund holds $78m.", 78_000_000, 78_000_000, "USD", None),
    ("Kyiv allocated UAH 2.5bn for drones.", 2_500_000_000, 2_500_000_000, "UAH", None),
    ("Kyiv allocated 500 million hryvnias for drones.", 500_000_000, 500_000_000, "UAH", None),
    ("London will give £150 million.", 150_000_000, 150_000_000, "GBP", None),
    ("Denmark pledged DKK 1.3bn (€174m) in support.", 1_300_000_000, 1_300_000_000, "DKK", None),
    ("The deal is worth around USD 78 million.", 78_000_000, 78_000_000, "USD", None),
    ("Ukraine spends UAH 2.6 trillion on defense.", 2_600_000_000_000, 2_600_000_000_000, "UAH", None),
    ("The budget is 5 bln hryvnias.", 5_000_000_000, 5_000_000_000, "UAH", None),
    ("The contract is worth 1,5 billion kroner.", 1_500_000_000, 1_500_000_000, "DKK", None),  # decimal comma
]


@pytest.mark.parametrize(("sentence", "low", "high", "unit", "per"), QUANTITIES)
def test_main_quantity(sentence: str, low: float | None, high: float | None, unit: str | None, per: str | None) -> None:
    quantity = find_quantity(sentence)
    assert quantity is not None
    assert (quantity.low, quantity.high, quantity.unit, quantity.per) == (low, high, unit, per)


NOT_QUANTITIES = [
    "Denmark has signed a 10-year bilateral security agreement with Kyiv in February 2024.",  # a duration
    "In 2024, Denmark became the first country to fund weapons production.",  # a year
    "Abbey served as a Peace Corps Volunteer in Ukraine from 2008-2011.",  # a span of years
    "Zelensky said on Sept. 5, 2025.",  # a date
    "The agreement was signed on 4 July.",
    "2 min read",  # a reading time
    "Suspicious drones were spotted for three nights in a row.",  # a duration
    "The announcement comes two months after the agreement.",
    "The F-16 and Shahed-136 were discussed at DFNC3.",  # model names
    "Article 5 of the treaty applies.",  # a reference number
    "Output rose 30% last year.",  # a share: left out on purpose
    "Output rose 30 percent.",
    "The briefing starts at 10:30 a.m.",  # a clock time
    "Call +380 44 123 4567 for details.",  # a phone number
    "The plant makes 155-mm shells.",  # a calibre in a compound adjective
    "This is one of the largest plants.",  # "one of": not a count
    "Ukraine will export weapons that are not in high demand.",
    "The 3D printers arrived.",
    "Danish media outlet TV 2 wrote that Fire Point plans to open production.",  # a channel's name
    "Zelensky met the Su-34 pilots and reviewed No. 5 and #7.",
    "Production of the Flamingo FP-5 began in 2025.",
    "Ukraine will need hundreds of drones.",  # no number named
    "Ukraine wants to increase output by 30% this year.",
    "The 120,000-square-metre plant opened.",  # a compound adjective
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_a_quantity(sentence: str) -> None:
    assert find_quantities(sentence) == []
    assert find_quantity(sentence) is None


def test_all_quantities_with_offsets() -> None:
    sentence = "A recent assault on Kyiv involved 440 drones and 32 missiles, killing 28 people."
    found = find_quantities(sentence)
    assert [(q.low, q.unit) for q, _, _ in found] == [(440, "drones"), (32, "missiles"), (28, "people")]
    assert [sentence[start:end] for _, start, end in found] == ["440", "32", "28"]


def test_rate_of_one_quantity_is_not_given_to_the_one_before() -> None:
    quantities = [q for q, _, _ in find_quantities("Kyiv has 300 launchers and makes 1,000 drones per day.")]
    assert [(q.low, q.per) for q in quantities] == [(300, None), (1000, "day")]


def test_main_quantity_prefers_a_rate() -> None:
    quantity = find_quantity("Russia fired 440 drones on Kyiv; Ukraine wants 1,000 interceptor drones per day.")
    assert quantity is not None
    assert (quantity.low, quantity.unit, quantity.per) == (1000, "interceptor drones", "day")


def test_currency_in_both_forms_gives_two_quantities() -> None:
    found = find_quantities("Denmark will provide DKK 500 million ($78 million) for production.")
    assert [(q.low, q.unit) for q, _, _ in found] == [(500_000_000, "DKK"), (78_000_000, "USD")]  # never negative


def test_half_a_million_and_a_rate_before_a_colon() -> None:
    from tracker.extract.quantities import find_quantity

    half = find_quantity("Ukraine plans to build half a million FPV drones a month by spring.")
    assert (half.low, half.high, half.per) == (500_000, 500_000, "month")
    target = find_quantity("Annual output target: 1,000 Shark drones")
    assert (target.low, target.per) == (1000, "year")


def test_numbers_grouped_by_spaces_are_one_number() -> None:
    q = find_quantity("Officials expect to make about 3 000 loitering munitions a month.")
    assert (q.low, q.high, q.per) == (3000, 3000, "month")
    q = find_quantity("The yard aims at 1 250 000 rounds a year.")
    assert (q.low, q.high, q.per) == (1_250_000, 1_250_000, "year")
    # A count followed by a calibre is not one number with it.
    q = find_quantity("The regiment received 4 155mm guns.")
    assert q is None or 4155 not in (q.low, q.high)


def test_a_part_of_a_kind_counted_at_a_rate_is_a_count() -> None:
    quantity = find_quantity("The plant now turns out 12 of these mortars per week.")
    assert (quantity.low, quantity.high, quantity.unit, quantity.per) == (12, 12, "mortars", "week")


def test_a_part_of_a_group_without_a_rate_is_no_count() -> None:
    assert find_quantity("Two of the sources said talks had stalled.") is None
    assert find_quantity("Crews shot down 14 of these drones over the city.") is None
