"""News conventions of the tenth round (invented sentences, not corpus text)."""

from __future__ import annotations

import pytest
from test_time_narrative import by_text

from chronica.time import find_dates

# 2013-03-22 is a Friday
DCT = "2013-03-22"

# (sentence, expression, value) with the document date DCT; "~" (approximate) is not compared
VALUES = [
    # TIMEX3 marks every temporal "now" as the present, a sentence's opening "Now," too
    ("The plan failed. Now, the minister says, the army will decide.", "Now", "PRESENT_REF"),
    # "in recent years": TIMEX3's vague past (as "in past years"); shorter units stay unspecified spans
    ("In recent years the mills closed one by one.", "recent years", "PAST_REF"),
    ("The river has flooded twice in recent decades.", "recent decades", "PAST_REF"),
    ("Prices rose in recent weeks.", "recent weeks", "PXW"),
    ("The most recent years of his reign were hard.", "recent years", "PXY"),
    # a report's "a decade ago" is the year ten years back, as "ten years ago" is (not the decade)
    ("A decade ago, the harbour was empty.", "A decade ago", "2003"),
    ("The mill closed two decades ago.", "two decades ago", "1993"),
    ("Decades ago, the town thrived.", "Decades ago", "PAST_REF"),
    ("The bank was founded more than a century ago.", "more than a century ago", "1913"),
    # a report's simple present with a weekday is a schedule, the coming day (2013-03-22 is a Friday)
    ("The bank reopens on Tuesday.", "Tuesday", "2013-03-26"),
    ("The court hears the case on Monday.", "Monday", "2013-03-25"),
    ("He arrives in Lisbon on Wednesday, officials said.", "Wednesday", "2013-03-27"),
    ("The army says it killed 20 rebels on Monday.", "Monday", "2013-03-18"),
    ("The attack on Monday killed five.", "Monday", "2013-03-18"),
    ("Clinton met with his top aides Wednesday.", "Wednesday", "2013-03-20"),
    ("The minister, who resigned on Tuesday, denies wrongdoing.", "Tuesday", "2013-03-19"),
    # a bare unit in years after a superlative a few words back is a span ("the worst storm in years")
    ("It was the worst storm in years.", "years", "PXY"),
    ("The attack was the deadliest in months.", "months", "PXM"),
    # two bare units joined by "or" are one expression, the first unit's span (TimeML)
    ("He died within weeks or months of his capture.", "weeks or months", "PXW"),
    ("The case could take months or even years to resolve.", "months or even years", "PXM"),
    # named days of the calendar: St. Patrick's Day, Boxing Day, and the moveable feasts of Easter
    ("Thousands marched on St. Patrick's Day.", "St. Patrick's Day", "2013-03-17"),
    ("The pope will celebrate Palm Sunday Mass in the square.", "Palm Sunday", "2013-03-24"),
    ("He will be installed during Holy Week.", "Holy Week", "2013-W13"),
    ("Lent began on Ash Wednesday.", "Ash Wednesday", "2013-02-13"),
    ("The pope will wash feet on Holy Thursday.", "Holy Thursday", "2013-03-28"),
    # a feast told in the past that is still ahead of the report is last year's
    ("Good Friday services were held in the old town.", "Good Friday", "2012-04-06"),
    ("Stores reported strong sales on Boxing Day.", "Boxing Day", "2012-12-26"),
    # a round hundred's plural is its century ("the 1800s"); "the 2000s" stays the decade
    ("The house was built in the 1800s.", "the 1800s", "18XX"),
    ("In the 2000s, growth was fast.", "the 2000s", "200X"),
    ("In the 1810s, war raged.", "the 1810s", "181X"),
    # "the quarter" after a verb of expectation is the quarter under way, not the one just reported
    ("The company expects to report a loss for the quarter.", "the quarter", "2013-33"),
    ("Profit rose 5 percent in the quarter.", "the quarter", "2012-36"),
    # a quarter followed by its year is one expression ("fourth-quarter 2012 growth"); "Q4" alone too
    ("It cut its estimate of fourth-quarter 2012 growth.", "fourth-quarter 2012", "2012-36"),
    ("Growth slowed in the fourth quarter 2012.", "the fourth quarter 2012", "2012-36"),
    ("Profit in Q4 rose.", "Q4", "2012-36"),
    # a report's second half (before July) is last year's only when told in the past, as a quarter ahead is
    ("The company expects growth in the second half.", "the second half", "2013-41"),
    ("Profit fell in the second half.", "the second half", "2012-41"),
    ("Sales in the second half rose 4 percent.", "the second half", "2012-41"),
    # the reporting verb is not the reported clause's tense: "said it expects ... in the fourth quarter"
    ("Acme said it expects a recovery in the fourth quarter.", "the fourth quarter", "2013-36"),
    ("Acme said it expects a recovery in the second half.", "the second half", "2013-41"),
    ("Acme said profit fell in the fourth quarter.", "the fourth quarter", "2012-36"),
    ("Acme announced a drop in profits for the fourth quarter.", "the fourth quarter", "2012-36"),
]


@pytest.mark.parametrize(("text", "expression", "value"), VALUES)
def test_tenth_round_values(text: str, expression: str, value: str) -> None:
    got = by_text(text, DCT)
    assert expression in got, sorted(got)
    assert (got[expression].value or "").rstrip("~") == value


def test_a_month_after_a_month_dated_by_the_report_is_dated_by_the_report() -> None:
    # "November" is last year's only because the report is of March; "January" after it is this year's
    got = by_text("The governor, who was re-elected in November, began his second term in January.", DCT)
    assert got["November"].value == "2012-11"
    assert got["January"].value == "2013-01"
    got = by_text("The deal was struck in November. In January, talks resumed.", DCT)
    assert got["January"].value == "2013-01"
    # a stated year still carries the story: "in January 2009 ... in November" is 2009's November
    got = by_text("He took office in January 2009 and was re-elected in November.", DCT)
    assert got["November"].value == "2009-11"


def test_not_seen_in_years_is_not_listed() -> None:
    # "in years" without a superlative before it is no span of the story
    assert not find_dates("He said he had not seen his brother in years.", DCT)


def test_a_palm_branch_is_no_feast() -> None:
    got = by_text("He waved a palm branch on Sunday.", DCT)
    assert list(got) == ["Sunday"]


def test_a_clock_time_in_another_zone_is_no_year() -> None:
    # a web page's stamp "1234 GMT (2034 HKT)": the second is the same time restated, not the year 2034
    got = by_text("Banks stay shut\nUpdated 1234 GMT (2034 HKT) March 22, 2013\nLawmakers met on Friday.", DCT)
    assert "2034" not in got and "2034 HKT" not in got
    assert got["1234 GMT"].value == "2013-03-22T12:34"
    assert by_text("The vote is at 1830 EDT.", DCT)["1830 EDT"].value == "2013-03-22T18:30"


def test_a_coming_date_after_a_sentence_on_a_later_year_is_read_from_the_report() -> None:
    text = ("Deliveries will start in April 2015. The minister's visit will be rescheduled for November 17, "
            "officials said.")
    assert by_text(text, "2013-11-05")["November 17"].value == "2013-11-17"
    text = "The first jets will be delivered in January 2014. First flight is scheduled in early March."
    assert by_text(text, "2013-02-17")["early March"].value.rstrip("~") == "2013-03"


def test_the_previous_unit_counts_back_from_the_reports_own() -> None:
    got = by_text("Sales rose 3 percent last month from the previous month.", DCT)
    assert got["last month"].value == "2013-02" and got["the previous month"].value == "2013-01"
    got = by_text("Last week, sales rose 3 percent from the previous week.", DCT)
    assert got["Last week"].value == "2013-W11" and got["the previous week"].value == "2013-W10"
    got = by_text("Last year, exports rose. The previous year, they fell.", DCT)
    assert got["The previous year"].value == "2011"
    # a stated date in between is what "the previous month" counts from
    got = by_text("Sales rose last month. In January, they fell from the previous month.", DCT)
    assert got["the previous month"].value == "2012-12"


def test_a_named_day_is_not_the_weeks_day() -> None:
    assert not find_dates("Markets tumble on 'Black Monday' anniversary.", DCT)
    assert not find_dates("He won on Super Tuesday.", DCT)
    assert by_text("On Monday, the black market grew.", DCT)["Monday"].value == "2013-03-18"
