"""News conventions of the ninth round (invented sentences, not corpus text)."""

from __future__ import annotations

import pytest
from test_time_narrative import by_text

from chronica.time import find_dates

# 2013-03-22 is a Friday
DCT = "2013-03-22"

# (sentence, expression, value) with the document date DCT; "~" (approximate) is not compared
VALUES = [
    # "the year-long siege" is a span of a year, not the report's year; AP's closed spellings too
    ("The year-long siege of the port ended.", "year-long", "P1Y"),
    ("The yearlong blockade was lifted on Thursday.", "yearlong", "P1Y"),
    ("After a weeklong strike, the mines reopened.", "weeklong", "P1W"),
    ("The monthlong truce collapsed.", "monthlong", "P1M"),
    ("A daylong curfew was imposed.", "daylong", "P1D"),
    # "a year-earlier loss" is the year-ago comparison ("year-earlier"), not a span "a year"
    # a report's clock time is on the day its story is on, and a date after "since" does not move the story
    ("A mine killed 4 soldiers on Tuesday, the worst loss since January. The blast came at 7 a.m.", "7 a.m",
     "2013-03-19T07:00"),
    # a futurate verb after a determiner is a noun ("after the vote on Monday" is past); a futurate present
    # before a month past in the year looks ahead ("his term ends in January": next January)
    ("After the vote on Monday, the party split.", "Monday", "2013-03-18"),
    ("After the final vote on Monday, the party split.", "Monday", "2013-03-18"),
    ("The two envoys meet Monday.", "Monday", "2013-03-25"),
    ("After the vote on Monday, the party will split.", "Monday", "2013-03-25"),
    ("The cabinet faces a vote on Thursday.", "Thursday", "2013-03-28"),
    ("A vote on Thursday is expected.", "Thursday", "2013-03-28"),
    ("There was a vote on Thursday.", "Thursday", "2013-03-21"),
    ("The governor's term ends in January.", "January", "2014-01"),
    ("The truce expires in January.", "January", "2014-01"),
    ("The strike ended in January.", "January", "2013-01"),
    # a month in a past relative clause keeps the past, whatever the main clause's future after the comma
    ("The envoy, who began his mission in January, will visit the camps on Sunday.", "January", "2013-01"),
    ("The envoy, who began his mission in January, will visit the camps on Sunday.", "Sunday", "2013-03-24"),
    # a span counted from an event named with its year and a possessive is counted from that year
    ("The visit comes nearly four years after his 2009 speech in Cairo.", "nearly four years after", "2013"),
    ("The visit comes five years after their 2008 accord.", "five years after", "2013"),
    # a tenseless participle before a month just ahead keeps it ahead in a past clause; "for May" is the month
    ("Acme cut its forecast for the fiscal year ending in May.", "May", "2013-05"),
    ("The council was told the vote is set for May.", "May", "2013-05"),
    ("The talks collapsed in May.", "May", "2012-05"),
    # a half-year whose own verb looks ahead is this year's
    ("He said growth in the second half of the year would depend on exports.", "the second half of the year",
     "2013-41"),
    ("Sales fell in the second half of the year.", "the second half of the year", "2012-41"),
    # a quarter still ahead of the report is last year's only when told in the past
    ("Acme has announced cuts, resulting in the closure of two plants during the third quarter.",
     "the third quarter", "2013-35"),
    ("Acme also announced a 9% drop in profit for the third quarter.", "the third quarter", "2012-35"),
    ("Acme's third-quarter profit fell short of forecasts.", "third-quarter", "2012-35"),
    # "a high for the year of $42": the report's year, before a price
    ("The shares rose to a high for the year of $42.50 in June.", "the year", "2013"),
    # "the third attack in as many days": as many days as the ordinal counts
    ("It was the third attack in as many days.", "many days", "P3D"),
    ("She won her second title in as many years.", "many years", "P2Y"),
    # "three decades on" with no date to count from: the span up to the report's present, not a future date
    ("Three decades on, the border dispute persists.", "Three decades on", "P30Y"),
    ("The war ended on March 3, 2003. Ten years on, the city is calm.", "Ten years on", "2013"),
    # a quote's "this year", "yesterday" are the statement's, when the sentence dates it right after the quote
    ("\"We will take the city this year,\" the commander said in a speech on Jan. 3, 2011.", "this year", "2011"),
    ("\"Yesterday was calm,\" he told reporters on March 3, 2010, in the capital.", "Yesterday", "2010-03-02"),
    ("\"We will take the city this year,\" the commander said on Tuesday.", "this year", "2013"),
    # "the March accession", "the May elections": the month of an event named after it
    ("The May elections will be tense.", "May", "2013-05"),
    # a month just ahead of the report in a sentence told in the past after it is last year's
    ("The May elections were marred by fraud.", "May", "2012-05"),
    ("Elections in June were marred by fraud.", "June", "2012-06"),
    ("In May, the rebels were routed.", "May", "2012-05"),
    ("In May, the rebels will attack.", "May", "2013-05"),
    ("In April, the rebels were routed.", "April", "2012-04"),
    ("The rebels will attack in April.", "April", "2013-04"),
    ("The March accession will let the three states sign the treaty.", "March", "2013-03"),
    # a report's season with no year: last one when told in the past before it has begun, the next when it
    # looks ahead after it has ended (DCT March)
    ("The rebels launched an offensive in the summer.", "the summer", "2012-22"),
    ("The rebels will launch an offensive in the summer.", "the summer", "2013-22"),
    ("In the autumn, the rebels were routed.", "the autumn", "2012-23"),
    # "the summit runs from Monday to Wednesday": a scheduled span ahead, its end the first such day after its start
    ("The summit runs from Monday to Wednesday.", "Monday", "2013-03-25"),
    ("The summit runs from Monday to Wednesday.", "Wednesday", "2013-03-27"),
    ("The summit ran from Monday to Wednesday.", "Wednesday", "2013-03-20"),
    # "results are expected Friday", "the strike continues Thursday", "voters go to the polls Sunday": ahead
    ("Results are expected Monday.", "Monday", "2013-03-25"),
    ("Results were expected Monday.", "Monday", "2013-03-18"),
    ("The strike continues Monday.", "Monday", "2013-03-25"),
    ("Voters go to the polls on Sunday.", "Sunday", "2013-03-24"),
    ("Voters went to the polls on Sunday.", "Sunday", "2013-03-17"),
    # irregular past verbs with a particle: "broke down on Monday" is done, whatever the clause's future
    ("Talks will resume after they broke down on Monday.", "Monday", "2013-03-18"),
    ("The rebels fought back on Sunday, and will attack again.", "Sunday", "2013-03-17"),
    # (a "now" elsewhere stays the present)
    ("The plan failed. Now the army will decide.", "Now", "PRESENT_REF"),
    ("The plan failed, and now, the army will decide.", "now", "PRESENT_REF"),
    # a weekday's event that "is expected to", "must", or that police "are preparing for", is ahead
    ("Sunday's vote is expected to be close.", "Sunday", "2013-03-24"),
    ("Before Monday's deadline, the rebels must disarm.", "Monday", "2013-03-25"),
    ("Police are preparing for Saturday's march.", "Saturday", "2013-03-23"),
    ("Sunday's vote was marred by fraud.", "Sunday", "2013-03-17"),
    # a bare plural unit after a verb of duration: "will take years", "took hours", "spent years"
    ("Rebuilding the city will take years.", "years", "PXY"),
    ("It took hours to put out the fire.", "hours", "PTXH"),
    ("He spent months in hiding.", "months", "PXM"),
    ("Acme lost $5 million in the fourth quarter of 2012, against a year-earlier loss of $9 million.",
     "year-earlier", "2011-36"),
]

# a report's month "of that year" is the year the story has just stated, not the report's own
STORY = ("TOWN (AP) - Rebels took a base on Thursday. In 2009, the revolt began in the hills. In May of that year, "
         "troops opened fire. In July that year, the first defections came. The winter of that year was hard. "
         "On Friday, the envoys met.")
STORY_VALUES = {"Thursday": "2013-03-21", "May of that year": "2009-05", "July that year": "2009-07",
                "The winter of that year": "2009-24", "Friday": "2013-03-22"}

# sentences with no temporal expression at all
NONE = [
    "It rained all year long.",  # "the year" is not before "long"
    "The year of the siege was hard.",  # "the year of" a thing is not the report's year
    "The May government fell.",  # a person's name
    "The March to the Sea ended.",
]


@pytest.mark.parametrize(("text", "expression", "value"), VALUES)
def test_ninth_round_values(text: str, expression: str, value: str) -> None:
    got = by_text(text, DCT)
    assert expression in got, sorted(got)
    assert (got[expression].value or "").rstrip("~") == value


@pytest.mark.parametrize("text", NONE)
def test_ninth_round_no_expression(text: str) -> None:
    assert not find_dates(text, DCT), text


def test_a_month_of_that_year_is_the_story_year() -> None:
    got = by_text(STORY, DCT)
    assert {k: (got[k].value or "").rstrip("~") for k in STORY_VALUES if k in got} == STORY_VALUES


def test_a_period_end_is_not_the_day_of_the_trading() -> None:
    text = ("TOWN (AP) - Acme said Thursday that its profit fell. It earned $3 million in the quarter that ended "
            "Feb. 28, against $5 million a year earlier. Shares fell 4 percent in morning trading.")
    got = by_text(text, DCT)
    assert got["morning"].value == "2013-03-21TMO"
    assert got["Feb. 28"].value == "2013-02-28"


def test_a_season_ahead_after_it_ended_is_next_years() -> None:
    assert by_text("The offensive will begin in the spring.", "2013-11-22")["the spring"].value == "2014-21"
    assert by_text("The talks collapsed in the spring.", "2013-11-22")["the spring"].value == "2013-21"


def test_a_yearlong_span_is_a_duration() -> None:
    assert by_text("The yearlong siege ended.", DCT)["yearlong"].kind == "DURATION"


def test_the_following_month_after_a_year_is_in_the_next_year() -> None:
    from chronica.time import find_dates

    found = {e.text: e.value for e in find_dates(
        "By late 1994 the militias held the hills. They stormed the capital the following April.", "2020-01-01")}
    assert found["the following April"] == "1995-04"
    found = {e.text: e.value for e in find_dates(
        "The front formed in March 1994. The following September it struck.", "2020-01-01")}
    assert found["The following September"] == "1994-09"


def test_a_later_day_of_the_month_just_dated_in_another_year_keeps_that_year() -> None:
    from chronica.time import find_dates

    text = ("Posted 3 July 2023 by a blogger\n\nOn 16 November 2021 bombers struck the capital. "
            "On 30 November troops began an offensive.")
    found = {e.text: e.value for e in find_dates(text, "2023-07-03")}
    assert found["30 November"] == "2021-11-30"
