"""News conventions of the eighth round: a generic "today's" is not listed, a vague count of units just
lived through is PAST_REF, a year-ago comparison does not move the story (invented sentences, not corpus text)."""

from __future__ import annotations

import pytest
from test_time_narrative import by_text

from chronica.time import find_dates

# 2015-10-22 is a Thursday
DCT = "2015-10-22"

# (sentence, expression, value) with the document date DCT; "~" (approximate) is not compared
VALUES = [
    # a company or body named as it is now stays the present
    ("It is a different company, today's Acme.", "today", "PRESENT_REF"),
    ("The notice ran in today's editions.", "today", "2015-10-22"),
    # a vague count of units just lived through: some time back, not a span
    ("Rents have climbed in the last few months.", "the last few months", "PAST_REF"),
    ("Margins shrank over the past several quarters.", "the past several quarters", "PAST_REF"),
    ("There were strikes in past years, too.", "past years", "PAST_REF"),
    # a year-ago comparison does not move the story: the next month is still the report's year
    ("Sales fell 35% in August, compared with the same month a year ago. Exports also fell in March.", "March",
     "2015-03"),
    ("Profit rose in the third quarter from the same period a year earlier. Sales fell in May.", "May", "2015-05"),
    # "couple of" after "the next", "the past" is a count of two
    ("Repairs will take the next couple of years.", "the next couple of years", "P2Y"),
    ("Prices fell over the past couple of days.", "the past couple of days", "P2D"),
    # "the fiscal year" reads as "the year": the report's year, or a span when it "ended" on a day
    ("Earnings will be lower for the fiscal year, the maker said.", "the fiscal year", "2015"),
    ("In the fiscal year ended Jan. 31, sales rose 4%.", "the fiscal year", "P1Y"),
    ("Sales in the current fiscal year should rise.", "the current fiscal year", "2015"),
    # "future" before a plural unit, "at a later date": some time ahead
    ("The credits will cut taxes in future quarters, the firm said.", "future quarters", "FUTURE_REF"),
    ("The bank may seek more funds at a later date.", "a later date", "FUTURE_REF"),
    # an unstated stretch at one end of a period
    ("Hundreds surrendered in the first hours of the offensive.", "the first hours", "PTXH"),
    ("The plan saves fewer lives in the early years.", "the early years", "PXY"),
    ("In the final years of the monarchy, revolts spread.", "the final years", "PXY"),
    # "additional", "extra" between the count and the unit
    ("The lease may be extended for an additional year.", "an additional year", "P1Y"),
    ("The court gave the defence two extra weeks.", "two extra weeks", "P2W"),
    # "month's end", "year's end": the end of the month (year) the text is on
    ("The rules should be in place by year's end.", "year's end", "2015"),
    ("The rebels took the port on 19 May 2012. At month's end, they held the coast.", "month's end", "2012-05"),
    # in a report on a quarter, a year back from a year of the same sentence is that year back
    ("Acme lost $5 million in the third quarter. It cut costs to $9 billion last year, $1 billion less than "
     "the year previous.", "the year previous", "2013"),
    ("Acme lost $5 million in the third quarter, against $4 million a year earlier.", "a year earlier", "2014-35"),
    # "for the entire year" after the year the sentence has just named is that year; else the report's
    ("Acme lost $4 million in the fourth quarter of 2013 and $9 million for the entire year.", "the entire year",
     "2013"),
    ("Acme expects a loss for the whole year.", "the whole year", "2015"),
    # a stated count stays a span, and so does a vague count ahead
    ("Rents have climbed in the past two months.", "the past two months", "P2M"),
    ("Talks may take the next few years.", "the next few years", "PXY"),
]

# sentences with no temporal expression at all
NONE = [
    "Such raids mean little to today's youth, the mayor said.",  # the present age, generic
    "Nothing is private in today's world.",
    "The reserve will cover future losses at the unit.",  # a bare "future" qualifies a thing in a report
    "He filed a later date for the hearing.",  # not after "at"
    "In the first days after the vote, prices fell.",  # a stretch after an event, not listed
    "That's the month's best result.",
]


@pytest.mark.parametrize(("text", "expression", "value"), VALUES)
def test_eighth_round_values(text: str, expression: str, value: str) -> None:
    got = by_text(text, DCT)
    assert expression in got, sorted(got)
    assert (got[expression].value or "").rstrip("~") == value


@pytest.mark.parametrize("text", NONE)
def test_eighth_round_no_expression(text: str) -> None:
    assert not find_dates(text, DCT), text


def test_the_end_of_a_month_said_with_a_genitive_is_the_end() -> None:
    assert by_text("Sales rose by year's end.", DCT)["year's end"].mod == "END"


def test_a_stretch_before_a_date_leaves_the_date_alone() -> None:
    got = by_text("Rebels held the town in the first weeks of 1942.", DCT)
    assert sorted(got) == ["1942"]
