"""News conventions of the sixth round: the direction of a bare weekday, weeks of a month, parts of the day,
counts of days, anaphoric and generic times (invented sentences, not corpus text)."""

from __future__ import annotations

import pytest
from test_time_narrative import by_text

from chronica.time import find_dates

# 2015-10-22 is a Thursday
DCT = "2015-10-22"


def test_weekday_owning_a_done_act_is_past() -> None:
    got = by_text("Relatives said they would look for ways to get around Tuesday's ruling by the court.", DCT)
    assert got["Tuesday"].value == "2015-10-20"
    got = by_text("Lawyers will appeal Monday's decision, the family said.", DCT)
    assert got["Monday"].value == "2015-10-19"
    # an owned event still to come keeps the clause's future
    got = by_text("Voters will go to the polls in Sunday's election.", DCT)
    assert got["Sunday"].value == "2015-10-25"


def test_past_perfect_makes_a_weekday_past() -> None:
    got = by_text("Only two members had filed their reports by Tuesday, officials said.", DCT)
    assert got["Tuesday"].value == "2015-10-20"
    got = by_text("Until Monday, police had not called him a suspect.", DCT)
    assert got["Monday"].value == "2015-10-19"
    got = by_text("The board will vote Monday after it had reviewed the plan.", DCT)
    assert got["Monday"].value == "2015-10-26"


def test_futurate_present_looks_ahead() -> None:
    got = by_text("The two leaders meet separately Monday with the envoy.", DCT)
    assert got["Monday"].value == "2015-10-26"
    got = by_text("Talks resume on Tuesday in Geneva.", DCT)
    assert got["Tuesday"].value == "2015-10-27"
    got = by_text("The envoy met Tuesday with rebels.", DCT)
    assert got["Tuesday"].value == "2015-10-20"


def test_past_perfect_of_an_aside_does_not_count() -> None:
    got = by_text("The sale, which had been expected, is part of a plan to repay the loan by February.", DCT)
    assert got["February"].value == "2016-02"


def test_these_days_is_the_present() -> None:
    got = by_text("Traders are more cautious these days, the broker said.", DCT)
    assert got["these days"].value == "PRESENT_REF"
    got = by_text("These days, the port handles little freight.", DCT)
    assert got["These days"].value == "PRESENT_REF"


# (sentence, expression, value) with the document date DCT; "~" (approximate) is not compared
VALUES = [
    # a week of a month is one ISO week, the one with its Thursday in the month
    ("Exports recovered in the last week of September, the ministry said.", "the last week of September", "2015-W39"),
    ("Voting is due in the first week of November.", "the first week of November", "2015-W45"),
    ("The strike began in the second week of March 2014.", "the second week of March 2014", "2014-W11"),
    ("A hearing is set for the week of Nov. 9, the lawyer said.", "the week of Nov. 9", "2015-W46"),
    # a part of the day the story is on
    ("Gunmen stormed the hotel on Tuesday. In the morning, troops sealed the road.", "the morning", "2015-10-20TMO"),
    ("By mid afternoon the fire was out, officials said.", "mid afternoon", "2015-10-22TAF"),
    ("In Tokyo at mid-afternoon yesterday, the yen was weaker.", "mid-afternoon yesterday", "2015-10-21TAF"),
    ("The stock rose in morning trading before falling back.", "morning", "2015-10-22TMO"),
    ("The convoy is to leave at 5 in the morning.", "5 in the morning", "2015-10-22T05:00"),
    ("The convoy is to return at 7 in the evening.", "7 in the evening", "2015-10-22T19:00"),
    ("The index rebounded late in the day after falling 200 points.", "late in the day", "2015-10-22"),
    ("After a sharp fall at the start of the day, the index recovered.", "the start of the day", "2015-10-22"),
    ("Gunmen struck on Tuesday. By the end of that day, 40 were dead.", "the end of that day", "2015-10-20"),
    # a vague "ago" is a time in the past; a counted one keeps its date, a vague "later" its span
    ("The depot was shelled several years ago.", "several years ago", "PAST_REF"),
    ("The depot was shelled a few months ago.", "a few months ago", "PAST_REF"),
    ("The depot was shelled two years ago.", "two years ago", "2013"),
    ("A few days later, the depot burned.", "A few days later", "PXD"),
    # minutes and single days
    ("The index lost 300 points in minutes.", "minutes", "PTXM"),
    ("Rescuers arrived within just minutes.", "just minutes", "PTXM"),
    ("It was the worst single-day fall.", "single-day", "P1D"),
    ("The town changed hands twice in a single day.", "a single day", "P1D"),
    # a done participle dates the past; one that looks ahead, or still to be done, the future
    ("The cuts add to plans announced in January, under which 900 jobs should go.", "January", "2015-01"),
    ("The truce, agreed on Friday, will be tested this weekend.", "Friday", "2015-10-16"),
    ("A ruling is expected in January.", "January", "2016-01"),
    ("The accord, to be signed in January, will cut tariffs.", "January", "2016-01"),
    # a generic "today's" is the present age; the day's own vote or editions the day ("today's youth" is
    # no longer listed: see test_time_news_round8.py)
    ("It is a different company, today's Acme.", "today", "PRESENT_REF"),
    ("Today's Senate vote was close.", "Today", "2015-10-22"),
    ("The notice ran in today's editions.", "today", "2015-10-22"),
    # a count of days in a report told in the present: the report's day (week)
    ("In the capital, today is the ninth day of the siege.", "the ninth day", "2015-10-22"),
    ("The exchange has been closed for a third consecutive day.", "a third consecutive day", "2015-10-22"),
    ("Stocks rise for fifth week in a row", "fifth week", "2015-W43"),
]

# sentences with no temporal expression at all
NONE = [
    "The first week of the siege was the worst.",  # an event's week, not the calendar's
    "He spoke on a morning talk show.",
    "Judges heard him in the morning session.",
    "Patrols move at night.",
    "The two blasts came minutes apart.",
    "The council read the minutes of the meeting.",
    "He is a single father.",
    "At the end of the day, it is a question of trust.",
    "By the time he arrived, the shops were shut.",
    "At the time of its founding, it had 12 members.",
    "At the same time, prices rose.",
    "She would act on her first day in office.",
    "The 3rd day of the month is a holiday.",
]


@pytest.mark.parametrize(("text", "expression", "value"), VALUES)
def test_sixth_round_values(text: str, expression: str, value: str) -> None:
    got = by_text(text, DCT)
    assert expression in got, sorted(got)
    assert (got[expression].value or "").rstrip("~") == value


@pytest.mark.parametrize("text", NONE)
def test_sixth_round_no_expression(text: str) -> None:
    assert not find_dates(text, DCT), text


def test_kinds_and_mods_of_the_sixth_round() -> None:
    got = by_text("After a sharp fall at the start of the day, the index recovered by the end of the day.", DCT)
    assert got["the start of the day"].mod == "START"
    assert got["the end of the day"].mod == "END"
    assert by_text("The depot was shelled several years ago.", DCT)["several years ago"].kind == "DATE"
    # a history does not list a count of days
    story = by_text("In 1915 the army crossed the river. The second day of the battle was bloody.")
    assert list(story) == ["1915"]
