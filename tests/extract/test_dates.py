"""Deadline and event-date grammar: each phrasing with its publication date and the value a tracker needs."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.dates import find_deadline, find_event_date, find_time_expressions

D = dt.date
NOV3 = D(2025, 11, 3)  # the seed article on the Berlin and Copenhagen offices
JUL15 = D(2025, 7, 15)
MAR15 = D(2025, 3, 15)


# (sentence, published, deadline date, precision, phrase as written)
DEADLINES = [
    # --- phrasings of the corpus ---
    ("Ukraine is set to open defense production offices in Berlin and Copenhagen by year's end as Kyiv seeks "
     "to boost its weapons exports, President Volodymyr Zelensky told journalists on Nov. 3.",
     NOV3, D(2025, 12, 31), "year", "by year's end"),  # "on Nov. 3" is when he spoke, not the deadline
    ("Ukraine to Launch Defense Production Offices in Berlin and Copenhagen by Year-End",
     D(2025, 11, 4), D(2025, 12, 31), "year", "by Year-End"),
    ("Opening in Berlin and Copenhagen by year’s end", D(2025, 11, 4), D(2025, 12, 31), "year", "by year’s end"),
    ("Ukraine will establish defense production offices in Berlin and Copenhagen by the end of the year.",
     D(2025, 11, 4), D(2025, 12, 31), "year", "by the end of the year"),
    ("Ukraine to open defense production offices in Berlin, Copenhagen this year, Zelensky says",
     NOV3, D(2025, 12, 31), "year", "this year"),
    ('"The first two capitals will be our representatives. These are Berlin and Copenhagen. This will be this year," '
     "Zelensky said.", NOV3, D(2025, 12, 31), "year", "this year"),
    ('We believe that by the end of November, 600-800 interceptor drones will be produced per day," Zelensky said.',
     NOV3, D(2025, 11, 30), "month", "by the end of November"),
    ("Ukrainian defense industry may start production in Denmark this fall – Defense Minister Poulsen",
     JUL15, D(2025, 11, 30), "quarter", "this fall"),
    ("This fall, Ukrainian defense production may begin on Danish territory.",
     JUL15, D(2025, 11, 30), "quarter", "This fall"),
    ('I expect the first results to appear as early as September or October," said the head of the ministry.',
     JUL15, D(2025, 10, 31), "month", "as early as September or October"),  # the later of the two
    ("Previously, TV 2 wrote that Fire Point plans to open production near Skrydstrup Air Base as early as "
     "December 2025.", D(2025, 9, 10), D(2025, 12, 31), "month", "as early as December 2025"),
    ("This year, Denmark will allocate EUR 1.26 billion to support the manufacturing of long-range drones.",
     D(2025, 7, 4), D(2025, 12, 31), "year", "This year"),
    ("It will be in effect until the end of 2028.", D(2025, 9, 10), D(2028, 12, 31), "year", "until the end of 2028"),
    # --- the end of a period ---
    ("The plant will open before the end of the year.", NOV3, D(2025, 12, 31), "year", "before the end of the year"),
    ("Deliveries are due by the end of 2026.", NOV3, D(2026, 12, 31), "year", "by the end of 2026"),
    ("Talks should conclude by end-2026.", NOV3, D(2026, 12, 31), "year", "by end-2026"),
    ("The line will be ready by the end of this month.", NOV3, D(2025, 11, 30), "month", "by the end of this month"),
    ("We expect the deal by the end of next month.", NOV3, D(2025, 12, 31), "month", "by the end of next month"),
    ("The factory will be built by the end of next year.", NOV3, D(2026, 12, 31), "year", "by the end of next year"),
    ("Production should start at the end of December.", NOV3, D(2025, 12, 31), "month", "at the end of December"),
    # a month without a year: the next such month on or after the publication month
    ("The hub will open by the end of November.", D(2025, 12, 2), D(2026, 11, 30), "month", "by the end of November"),
    ("The hub will open by November.", D(2025, 11, 30), D(2025, 11, 30), "month", "by November"),
    ("Kyiv will start exports in December.", NOV3, D(2025, 12, 31), "month", "in December"),
    ("Kyiv will start exports in January.", NOV3, D(2026, 1, 31), "month", "in January"),  # the coming January
    ("Kyiv will start exports in December 2025.", D(2025, 9, 1), D(2025, 12, 31), "month", "in December 2025"),
    ("The plant could be running in May.", MAR15, D(2025, 5, 31), "month", "in May"),
    # --- days ---
    ("The contract must be signed by June 21.", MAR15, D(2025, 6, 21), "day", "by June 21"),
    ("The contract must be signed by June 21.", D(2025, 9, 5), D(2026, 6, 21), "day", "by June 21"),  # next one
    ("The offices will open by December 1, 2025.", NOV3, D(2025, 12, 1), "day", "by December 1, 2025"),
    ("The offices will open by 1 December 2025.", NOV3, D(2025, 12, 1), "day", "by 1 December 2025"),
    ("The first batch is due no later than Jan. 15.", NOV3, D(2026, 1, 15), "day", "no later than Jan. 15"),
    ("Applications close before December 1.", NOV3, D(2025, 11, 30), "day", "before December 1"),  # the day before
    ("The plant will open on December 15, 2025.", NOV3, D(2025, 12, 15), "day", "on December 15, 2025"),
    ("The law takes effect on 2026-01-01.", NOV3, D(2026, 1, 1), "day", "on 2026-01-01"),
    ("The summit will decide by Friday.", NOV3, D(2025, 11, 7), "day", "by Friday"),  # 3 Nov 2025 is a Monday
    ("The deal will be signed next Monday.", NOV3, D(2025, 11, 10), "day", "next Monday"),
    ("The shipment will arrive tomorrow.", NOV3, D(2025, 11, 4), "day", "tomorrow"),
    # --- years ---
    ("Ukraine aims to produce its own air defense by 2027.", NOV3, D(2027, 12, 31), "year", "by 2027"),
    ("The plant is to be completed in 2026.", NOV3, D(2026, 12, 31), "year", "in 2026"),
    ("Production will reach full capacity before 2027.", NOV3, D(2026, 12, 31), "year", "before 2027"),
    ("Exports will start next year.", NOV3, D(2026, 12, 31), "year", "next year"),
    ("Kyiv will meet this year's target.", NOV3, D(2025, 12, 31), "year", "this year"),
    ("The Troels Lund Act allows quick construction; output of 500 a month starting in March.", NOV3,
     D(2026, 3, 31), "month", "starting in March"),
    ("Exports will start early next year.", NOV3, D(2026, 3, 31), "quarter", "early next year"),
    ("More offices will open later this year.", JUL15, D(2025, 12, 31), "year", "later this year"),
    ("Serial production will start by mid-2026.", NOV3, D(2026, 6, 30), "quarter", "by mid-2026"),
    ("Serial production will start in early 2026.", NOV3, D(2026, 3, 31), "quarter", "in early 2026"),
    ("The first missiles will be delivered in late 2026.", NOV3, D(2026, 12, 31), "quarter", "in late 2026"),
    ("The first missiles will be delivered by mid-December.", NOV3, D(2025, 12, 20), "month", "by mid-December"),
    ("The plant will be finished in the second half of 2026.", NOV3, D(2026, 12, 31), "quarter",
     "in the second half of 2026"),
    ("The plant will be finished by the end of the decade.", NOV3, D(2029, 12, 31), "year",
     "by the end of the decade"),
    ("The facility is expected to open in spring next year.", NOV3, D(2026, 5, 31), "quarter",
     "in spring next year"),
    ("Serial production starts in March next year.", NOV3, D(2026, 3, 31), "month", "in March next year"),
    ("The goal will be reached by the new year.", NOV3, D(2025, 12, 31), "year", "by the new year"),
    ("The first ten trucks should arrive by the start of summer.", NOV3, D(2026, 5, 31), "quarter",
     "by the start of summer"),  # met when summer starts, as "before summer"
    ("The line will run by the beginning of 2027.", NOV3, D(2026, 12, 31), "year", "by the beginning of 2027"),
    ("The line will run at the beginning of 2027.", NOV3, D(2027, 1, 31), "month", "at the beginning of 2027"),
    ("The drones will be delivered over the course of 2026.", NOV3, D(2026, 12, 31), "year",
     "over the course of 2026"),
    ("Ukraine could produce 4.5 million drones in 2025.", NOV3, D(2025, 12, 31), "year", "in 2025"),  # not over yet
    ("The contract runs until March 2026.", NOV3, D(2026, 3, 31), "month", "until March 2026"),
    ("Starting January 2026, Ukraine will allow exports.", NOV3, D(2026, 1, 31), "month", "Starting January 2026"),
    ("Manufacturing may start as soon as next month.", NOV3, D(2025, 12, 31), "month", "as soon as next month"),
    ("The plant will be completed by the end of Q2 2026.", NOV3, D(2026, 6, 30), "quarter", "by the end of Q2 2026"),
    ("The contracts will be signed by the end of the week.", NOV3, D(2025, 11, 9), "day", "by the end of the week"),
    # --- quarters ---
    ("The plant will start output in the first quarter.", NOV3, D(2026, 3, 31), "quarter", "in the first quarter"),
    ("The plant will start output in the first quarter of 2026.", NOV3, D(2026, 3, 31), "quarter",
     "in the first quarter of 2026"),
    ("Deliveries begin in Q3 2026.", NOV3, D(2026, 9, 30), "quarter", "in Q3 2026"),
    ("Deliveries begin by the end of the fourth quarter.", D(2025, 10, 1), D(2025, 12, 31), "quarter",
     "by the end of the fourth quarter"),
    ("Deliveries begin by the end of the quarter.", NOV3, D(2025, 12, 31), "quarter", "by the end of the quarter"),
    # --- seasons: meteorological, northern hemisphere ---
    ("Production may begin this fall.", NOV3, D(2025, 11, 30), "quarter", "this fall"),
    ("The line will open by spring.", NOV3, D(2026, 5, 31), "quarter", "by spring"),
    ("The line will open this summer.", MAR15, D(2025, 8, 31), "quarter", "this summer"),
    ("The line will open by next summer.", JUL15, D(2026, 8, 31), "quarter", "by next summer"),  # not the current one
    ("Shelters will be ready before winter.", JUL15, D(2025, 11, 30), "quarter", "before winter"),
    ("Shelters will be ready this winter.", NOV3, D(2026, 2, 28), "quarter", "this winter"),  # Dec 2025 - Feb 2026
    ("Shelters will be ready this winter.", D(2024, 1, 10), D(2024, 2, 29), "quarter", "this winter"),  # leap year
    ("Production starts in autumn 2026.", NOV3, D(2026, 11, 30), "quarter", "in autumn 2026"),
    # --- durations from the publication date ---
    ("The plant will be built within six months.", MAR15, D(2025, 9, 15), "month", "within six months"),
    ("The plant will be built within a year.", MAR15, D(2026, 3, 15), "year", "within a year"),
    ("Deliveries will follow in two weeks.", MAR15, D(2025, 3, 29), "day", "in two weeks"),
    ("Output will triple over the next three years.", MAR15, D(2028, 3, 15), "year", "over the next three years"),
    ("Kyiv will finish it within 30 days.", MAR15, D(2025, 4, 14), "day", "within 30 days"),
    ("The plant opens six months from now.", MAR15, D(2025, 9, 15), "month", "six months from now"),
    # --- vague: kept as text, no date ---
    ("Kyiv would soon begin exporting defense technologies.", MAR15, None, None, "soon"),
    ("This level will be achieved in the near future.", D(2025, 9, 18), None, None, "in the near future"),
    ("More lines will open in the coming weeks.", MAR15, None, None, "in the coming weeks"),
    ("More lines will open in the coming months.", MAR15, None, None, "in the coming months"),
    ("More lines will open within a few weeks.", MAR15, None, None, "within a few weeks"),
    ("The decision is expected in a matter of weeks.", MAR15, None, None, "in a matter of weeks"),
    ("Several enterprises will shortly have the chance to implement their projects.", MAR15, None, None, "shortly"),
    ("Kyiv will export more weapons as soon as possible.", MAR15, None, None, "as soon as possible"),
    # --- a dated deadline wins over a vague one in the same sentence ---
    ("In 2025, Ukraine will make 600 drones a day by the end of November.", NOV3, D(2025, 11, 30), "month",
     "by the end of November"),  # a "by" phrase wins over a year that is merely not over
    ("Production will soon reach 1,000 a day, by the end of the year.", NOV3, D(2025, 12, 31), "year",
     "by the end of the year"),
]


@pytest.mark.parametrize(("sentence", "published", "date", "precision", "text"), DEADLINES)
def test_deadline(sentence: str, published: dt.date, date: dt.date | None, precision: str | None, text: str) -> None:
    deadline = find_deadline(sentence, published)
    assert deadline is not None
    assert (deadline.date, deadline.precision, deadline.text) == (date, precision, text)
    assert text in sentence  # the phrase is quoted exactly as written


NO_DEADLINE = [
    # past dates of events are not deadlines
    ("The announcement comes two months after Denmark and Ukraine signed a landmark defense agreement on July 4.",
     D(2025, 9, 5)),
    ("Denmark has signed a 10-year bilateral security agreement with Kyiv in February 2024.", D(2025, 7, 4)),
    ("The head of the Ministry of Defense announced this on X on Monday, October 6.", D(2025, 10, 6)),
    ("In late June, Zelensky and Frederiksen agreed to develop joint weapons production.", D(2025, 7, 4)),
    ("Suspicious drones were spotted between Oct. 31 and Nov. 2, local media reported.", NOV3),
    ("Denmark was the first country to fund weapons production a year ago.", D(2025, 7, 4)),
    ("A major Ukrainian drone operation last month struck strategic Russian air bases.", D(2025, 6, 25)),
    ("Ukraine's drone manufacturing was almost nonexistent before Russia's full-scale invasion in February 2022.",
     D(2025, 6, 25)),
    ("Abbey served as a Peace Corps Volunteer in Ukraine from 2008-2011.", D(2025, 9, 5)),
    # numbers are not years, verbs are not months or seasons
    ("Kyiv will produce 600-800 drones and 2,000 shells.", NOV3),
    ("Prices may fall as output grows.", NOV3),
    ("The March of the Volunteers played.", NOV3),
    ("The 2026 budget was adopted.", NOV3),  # a bare year names the budget, not a time
    ("Ukraine will export weapons that are not in high demand.", NOV3),
    ("Russia has used this tactic since the fall of Bakhmut.", NOV3),  # a city's fall, not autumn
    ("Over the years, Ukraine has built a drone industry.", NOV3),  # no time frame
    ("It was the largest attack in months.", NOV3),
    ("Zelensky told journalists on Nov.", NOV3),  # a date cut short by a sentence splitter is not "November"
    # relative to another event: no absolute deadline
    ("The plant will open two months after the contract is signed.", NOV3),
    ("Deliveries begin within six months of signing.", NOV3),
    ("By then, Ukraine will have 1,000 drones.", NOV3),
    ("Ukraine signed a deal in 10-year bonds.", NOV3),  # a compound adjective is no duration
    ("In the second quarter of 2025, output rose.", NOV3),  # a quarter already over
]


@pytest.mark.parametrize(("sentence", "published"), NO_DEADLINE)
def test_no_deadline(sentence: str, published: dt.date) -> None:
    assert find_deadline(sentence, published) is None


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Offices will open by year's end.", "by year's end"),  # relative: needs the publication date
        ("This will be this year.", "this year"),
        ("600-800 drones a day by the end of November.", "by the end of November"),  # which November is unknown
        ("The plant will be built within six months.", "within six months"),
    ],
)
def test_relative_deadline_without_publication_date_keeps_text(sentence: str, text: str) -> None:
    deadline = find_deadline(sentence, None)
    assert deadline is not None
    assert (deadline.date, deadline.text) == (None, text)


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        ("The offices will open by June 21, 2026.", D(2026, 6, 21), "day"),
        ("The plant will be finished by the end of 2026.", D(2026, 12, 31), "year"),
        ("Exports will start by March 2027.", D(2027, 3, 31), "month"),
    ],
)
def test_absolute_deadline_without_publication_date(sentence: str, date: dt.date, precision: str) -> None:
    deadline = find_deadline(sentence, None)
    assert deadline is not None
    assert (deadline.date, deadline.precision) == (date, precision)


# (sentence, published, event date as precise as the text allows)
EVENTS = [
    ("Denmark and Ukraine signed a landmark defense agreement on July 4 allowing Ukrainian companies",
     D(2025, 9, 5), "2025-07-04"),  # past reading: the July 4 before the article
    ("Zelensky said on Sept. 5.", D(2025, 9, 5), "2025-09-05"),
    ("President Volodymyr Zelensky told journalists on Nov. 3.", NOV3, "2025-11-03"),
    ("Denmark has signed a 10-year bilateral security agreement with Kyiv in February 2024.", D(2025, 7, 4),
     "2024-02"),
    ("The head of the Ministry of Defense announced this on X on Monday, October 6.", D(2025, 10, 6), "2025-10-06"),
    ("On June 25, Zelenskyy met with Danish Prime Minister Mette Frederiksen.", D(2025, 7, 4), "2025-06-25"),
    ("In late June, Zelensky and Frederiksen agreed to develop joint weapons production.", D(2025, 7, 4), "2025-06"),
    ("Today in Copenhagen we signed a historic agreement.", D(2025, 7, 4), "2025-07-04"),
    ("In 2024, Denmark became the first country to fund weapons production by Ukrainian manufacturers.",
     D(2025, 9, 5), "2024"),
    ("In July, French Foreign Minister Jean-Noel Barrot said there was great interest.", D(2025, 9, 5), "2025-07"),
    ("Zelensky said in June that Kyiv has the capacity to produce 8 million drones per year.", D(2025, 9, 5),
     "2025-06"),
    ("A major drone operation last month struck Russian air bases.", D(2025, 6, 25), "2025-05"),
    ("The deal was signed yesterday.", D(2025, 3, 1), "2025-02-28"),
    ("The memorandum was signed on Monday.", D(2025, 10, 8), "2025-10-06"),  # the Monday before a Wednesday
    ("A year ago, Denmark was the first to start financing weapons production.", D(2025, 7, 4), "2024"),
    ("The contract was signed two months ago.", D(2025, 9, 5), "2025-07"),
    ("An interview published Oct. 6.", NOV3, "2025-10-06"),
    ("Zelensky visited Aalborg on Dec. 20.", D(2026, 1, 10), "2025-12-20"),  # across the new year
    ("The agreement was signed on 5 September 2025.", NOV3, "2025-09-05"),
    ("Production began in the first quarter of 2024.", NOV3, "2024"),
    ("Russia's full-scale invasion in February 2022.", NOV3, "2022-02"),
    ("Russia launched 800 drones last week.", D(2025, 11, 12), "2025-11"),  # 3-9 November: known to the month
    ("Russia launched 800 drones last week.", NOV3, "2025"),  # 27 Oct - 2 Nov: only the year is sure
    ("Ukraine will produce more drones.", NOV3, None),
    ("Ukraine launched 600-800 drones.", NOV3, None),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), EVENTS)
def test_event_date(sentence: str, published: dt.date, expected: str | None) -> None:
    assert find_event_date(sentence, published) == expected


def test_event_date_without_publication_date_needs_a_year() -> None:
    assert find_event_date("The deal was signed in February 2024.", None) == "2024-02"
    assert find_event_date("The deal was signed on July 4.", None) is None


def test_expressions_report_offsets_role_and_precision() -> None:
    sentence = ("The announcement comes two months after Denmark and Ukraine signed a landmark defense "
                "agreement on July 4, and Kyiv would soon open lines by the end of November.")
    found = find_time_expressions(sentence, D(2025, 9, 5))
    assert [(e.text, e.role) for e in found] == [
        ("two months after", "relative"),
        ("on July 4", "event"),
        ("soon", "vague"),
        ("by the end of November", "deadline"),
    ]
    for expression in found:
        assert sentence[expression.start:expression.end] == expression.text
    assert (found[1].date, found[1].precision) == (D(2025, 7, 4), "day")
    assert (found[3].date, found[3].precision) == (D(2025, 11, 30), "month")
    assert found[0].date is None and found[2].date is None
