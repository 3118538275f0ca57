"""News conventions of the seventh round: spelled-out days and years of broadcast transcripts, "since
year-end", a dash after a relative expression (invented sentences, not corpus text)."""

from __future__ import annotations

import pytest
from test_time_narrative import by_text

# 2015-10-22 is a Thursday
DCT = "2015-10-22"

# (sentence, expression, value) with the document date DCT; "~" (approximate) is not compared
VALUES = [
    # a spelled-out day or year joined to its month or season
    ("The ferry sank in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-24"),
    ("Output fell in March nineteen eighty-eight, the minister said.", "March nineteen eighty-eight", "1988-03"),
    ("The polls open this coming Sunday, November eighth.", "coming Sunday, November eighth", "2015-11-08"),
    ("The envoy arrives on November the twelfth.", "November the twelfth", "2015-11-12"),
    ("The truce began on the twenty-first of June, nineteen seventy-two.",
     "the twenty-first of June, nineteen seventy-two", "1972-06-21"),
    ("Hearings run from November third and end in December.", "November third", "2015-11-03"),
    # a year-end the report counts from has passed
    ("The index has gained 4% since year-end.", "year-end", "2014-12-31"),
    ("The merger should close by year-end.", "year-end", "2015-12-31"),
    # a clause with no tense of its own goes on in the sentence's future
    ("The ferries will sail from November 2, with the third sailing each Monday from April 4.", "April 4",
     "2016-04-04"),
    ("The ferries sailed from March 2, with the third sailing each Monday from April 4.", "April 4", "2015-04-04"),
    # "previous" after a span is "before"
    ("Two years previous, the bridge had been closed.", "Two years previous", "2013"),
    # holidays: the US Election Day; a feast's week is the ISO week holding it
    ("Voters will go to the polls on Election Day.", "Election Day", "2015-11-03"),
    ("Pilgrims crowd the city in Easter week.", "Easter week", "2015-W14"),
    # "the year to January": twelve months up to the month, a span
    ("Food prices rose 4% in the year to September.", "the year", "P1Y"),
    # the futurate present of coming into effect looks ahead
    ("The new tariff takes effect on March 1.", "March 1", "2016-03-01"),
    ("The mayor-elect takes office on January 4.", "January 4", "2016-01-04"),
    ("The tariff took effect on March 1.", "March 1", "2015-03-01"),
    # a past clause right after the story's other month: that month's end, not the report's
    ("The blockade began on 4 May 2014. By the end of the month, food had run out.", "the end of the month",
     "2014-05"),
    ("The blockade began on 4 May 2014. By the end of the month, food will run out.", "the end of the month",
     "2015-10"),
    ("Stocks fell in August. By the end of the month, the index had lost 9%.", "the end of the month", "2015-08"),
    # "through" a day in a present clause looks ahead; in a past one it is behind
    ("The fair runs through Sunday in the old port.", "Sunday", "2015-10-25"),
    ("The fair ran through Sunday in the old port.", "Sunday", "2015-10-18"),
    # a done act with a worry of its own after it stays in the past
    ("Shares closed at a record low on Tuesday, amid fears that the bank will fail.", "Tuesday", "2015-10-20"),
    ("The envoy meets the rebels on Tuesday and will then fly home.", "Tuesday", "2015-10-27"),
    # a report that went on to a month is still on the day it stated
    ("The carmaker said on Tuesday that its sales rose 12% in September. Its shares gained in morning trading.",
     "morning", "2015-10-20TMO"),
    ("Stocks rose on Monday despite weak jobs data for September. The index ended the day at 9,120.", "the day",
     "2015-10-19"),
    # a spaced dash after the expression is punctuation, not a range
    ("Two ferries sank this year - both in storms.", "this year", "2015"),
]


@pytest.mark.parametrize(("text", "expression", "value"), VALUES)
def test_seventh_round_values(text: str, expression: str, value: str) -> None:
    got = by_text(text, DCT)
    assert expression in got, sorted(got)
    assert (got[expression].value or "").rstrip("~") == value


def test_an_ordinal_that_is_not_a_day_stays_out() -> None:
    got = by_text("In October, the first convoy reached the town.", DCT)
    assert got["October"].value == "2015-10"
    got = by_text("October second-quarter figures were weak.", DCT)
    assert "October" in got and got["October"].value == "2015-10"
    # a lower-case "election day" may be any election's
    assert "election day" not in by_text("The election day was calm.", DCT)
    # a spelled number of people is not a year
    got = by_text("In June nineteen ninety people were hurt.", DCT)
    assert got["June"].value == "2015-06"
