"""Anchoring: timelines with a year cursor and rollover, headings, page dates, quotes."""

from __future__ import annotations

from chronica.time import find_dates

TIMELINE = """A reconstructed timeline

March, 2014 Nine members defected.

9/26 The emir issued a statement.
11/19 A former detainee was named head.
1/10 A commander was appointed leader.
Early January A cell was set up in Helmand.
1/15 The group declared a province.
"""


def test_timeline_year_cursor_rolls_over() -> None:
    got = {e.text: e for e in find_dates(TIMELINE)}
    assert got["9/26"].value == "2014-09-26"
    assert got["11/19"].value == "2014-11-19"
    assert got["1/10"].value == "2015-01-10"
    assert got["1/10"].anchor is not None and got["1/10"].anchor.startswith("year-cursor@")
    assert got["Early January"].value == "2015-01~"
    assert got["1/15"].value == "2015-01-15"


def test_heading_year() -> None:
    text = "2016\n\n3/4 The first raid.\n5/6 The second raid.\n"
    got = {e.text: e for e in find_dates(text)}
    assert got["3/4"].value == "2016-03-04"
    assert got["3/4"].anchor == "heading@0"


def test_page_header_crawl_date_is_not_the_creation_time() -> None:
    text = ("Monday, August 29, 2016\n\nTracking the group\n\n"
            "The ministers met in Paris on October 14 to discuss intelligence sharing.\n\n"
            "Comments\n\nOctober 15, 2014 14:18\nA reader wrote this.\n\n"
            "October 17, 2014 21:42\nAnother reader wrote this.\n")
    got = {e.text: e for e in find_dates(text)}
    assert got["October 14"].value == "2014-10-14"
    assert got["October 14"].anchor is not None and got["October 14"].anchor.startswith("dct-page@")


def test_page_header_date_used_when_consistent() -> None:
    text = "Tuesday, February 10, 2015\n\nThe spokesman said on Monday that talks failed.\n"
    got = {e.text: e for e in find_dates(text)}
    assert got["Monday"].value == "2015-02-09"


def test_yesterday_inside_quote_uses_the_briefing_date() -> None:
    text = ('At a briefing given on 10 February 2015, the spokesman said: "Yesterday our forces '
            'entered the district."')
    got = {e.text: e for e in find_dates(text, "2015-03-01")}
    assert got["Yesterday"].value == "2015-02-09"
    assert got["Yesterday"].anchor == f"narrative@{text.index('10 February')}"


def test_news_partial_date_uses_dct_year() -> None:
    text = "Rebels seized the town on March 5, officials said."
    e = find_dates(text, "2013-03-22")[0]
    assert e.value == "2013-03-05" and e.anchor == "dct"


def test_explicit_dct_argument_wins() -> None:
    text = "Monday, August 29, 2016\n\nHe spoke yesterday."
    got = {e.text: e for e in find_dates(text, "2015-01-01")}
    assert got["yesterday"].value == "2014-12-31"


def test_timeline_cursor_keeps_roll_month_across_dated_citation_and_stops_far_away() -> None:
    filler = "The fighters regrouped in the hills and the council argued about supplies. " * 40
    text = ("Chronology of the cell\n\n"
            "March, 2014 Nine members defected.\n\n"
            "9/26 The emir issued a statement.\n"
            "December 1, 2014 A bulletin, cited here, reported the statement.\n"
            "10/2 A second statement followed.\n"
            "1/10 A commander was appointed leader.\n\n"
            + filler + "The group split in 2016 after a long dispute. " + filler +
            "\n5/6 A new raid was reported.\n")
    got = {e.text: e for e in find_dates(text)}
    # a full date of the same year in between (a dated citation) does not reset the rollover month
    assert got["10/2"].value == "2014-10-02"
    assert got["1/10"].value == "2015-01-10"
    # a year-less entry beyond CURSOR_REACH of the previous entry takes the narrative year
    assert got["5/6"].value == "2016-05-06"
    assert got["5/6"].anchor is not None and got["5/6"].anchor.startswith("narrative@")
