"""Expression families: recognition with offsets and EDTF normalisation."""

from __future__ import annotations

import pytest

from chronica.time import TimeExpression, find_dates

DCT = "2015-02-10"  # a Tuesday


def one(text: str, phrase: str, dct: str | None = DCT) -> TimeExpression:
    exprs = find_dates(text, dct)
    for e in exprs:
        assert text[e.start:e.end] == e.text
    hits = [e for e in exprs if e.text == phrase]
    assert hits, f"{phrase!r} not found in {[e.text for e in exprs]}"
    return hits[0]


@pytest.mark.parametrize("text,phrase,value,precision", [
    ("It began on 26 September 2014.", "26 September 2014", "2014-09-26", "day"),
    ("It began on September 26, 2014.", "September 26, 2014", "2014-09-26", "day"),
    ("It began on 2014-09-26.", "2014-09-26", "2014-09-26", "day"),
    ("Signed on 9/26/2014 in Kabul.", "9/26/2014", "2014-09-26", "day"),
    ("In March 2014, nine members defected.", "March 2014", "2014-03", "month"),
    ("They met in mid-2014.", "mid-2014", "2014~", "year"),
    ("Fighting resumed in late-July 2015.", "late-July 2015", "2015-07~", "month"),
    ("It happened in the autumn of 2016.", "the autumn of 2016", "2016-23", "season"),
    ("He served in 2014-15.", "2014-15", "2014/2015", "year"),
    ("He was in office from 2015 to 2019.", "2015 to 2019", "2015/2019", "year"),
    ("Riots shook the 1970s.", "the 1970s", "197X", "decade"),
    ("It dates from the 19th century.", "the 19th century", "18XX", "century"),
    ("It was founded around 2013 by exiles.", "around 2013", "2013~", "year"),
    ("Athens fell in 490 BC.", "490 BC", "-0489", "year"),
    ("The offensive of July 24-26, 2015 failed.", "July 24-26, 2015", "2015-07-24/2015-07-26", "day"),
    ("Results for the third quarter of 1997 were poor.", "the third quarter of 1997", "1997-35", "quarter"),
])
def test_absolute(text: str, phrase: str, value: str, precision: str) -> None:
    e = one(text, phrase)
    assert e.value == value
    assert e.precision == precision
    assert e.anchor is None


def test_bounds_for_early_month() -> None:
    e = one("Khadem set up a cell in early January 2015.", "early January 2015")
    assert e.value == "2015-01~" and e.mod == "EARLY"
    assert e.earliest == "2015-01-01" and e.latest == "2015-01-10"


def test_season_bounds_cross_year() -> None:
    e = one("They retreated in the winter of 1941.", "the winter of 1941")
    assert (e.earliest, e.latest) == ("1941-12-01", "1942-02-28")


@pytest.mark.parametrize("text,phrase,value", [
    ("He said yesterday that talks had failed.", "yesterday", "2015-02-09"),
    ("He spoke on Thursday.", "Thursday", "2015-02-05"),
    ("The army moved last week.", "last week", "2015-W06"),
    ("Prices rose last month.", "last month", "2015-01"),
    ("It began two years ago.", "two years ago", "2013"),
    ("Today the council met.", "Today", "2015-02-10"),
    ("Talks will resume next year.", "next year", "2016"),
])
def test_deictic(text: str, phrase: str, value: str) -> None:
    e = one(text, phrase)
    assert e.value == value
    assert e.anchor == "dct"


@pytest.mark.parametrize("text,phrase,value", [
    ("The town fell on 3 May 1940. The following day the army withdrew.", "The following day", "1940-05-04"),
    ("The town fell in 1940. Two years later it was retaken.", "Two years later", "1942"),
    ("The town fell in May 1940. Later that year it was retaken.", "Later that year", "1940"),
    ("The town fell in May 1940. The previous year had been calm.", "The previous year", "1939"),
    ("The town fell on Friday, July 24, 2015. Then the following Sunday, July 26, they left.",
     "the following Sunday, July 26", "2015-07-26"),
    ("The town fell in June 1941. On August 3 it was retaken.", "August 3", "1941-08-03"),
])
def test_anaphoric(text: str, phrase: str, value: str) -> None:
    e = one(text, phrase, dct=None)
    assert e.value == value
    assert e.anchor is not None and e.anchor.startswith("narrative@")


def test_relative_with_explicit_year() -> None:
    text = "He left in 2015, two years earlier in 2013 he had joined."
    e = one(text, "two years earlier", dct=None)
    assert e.value == "2013" and e.anchor == f"explicit@{text.index('2013')}"


@pytest.mark.parametrize("text,phrase,value,kind", [
    ("He was held for three years.", "three years", "P3Y", "DURATION"),
    ("He ruled for nine months until 27 April 2017.", "nine months", "P9M", "DURATION"),
    ("It lasted about two weeks.", "about two weeks", "P2W", "DURATION"),
    ("They meet every week.", "every week", "P1W", "SET"),
    ("The report is published annually.", "annually", "P1Y", "SET"),
    ("The group is now weaker.", "now", "PRESENT_REF", "DATE"),
    ("It has recently split.", "recently", "PAST_REF", "DATE"),
    ("As in the past, they fled.", "the past", "PAST_REF", "DATE"),
    ("In the future it may grow.", "the future", "FUTURE_REF", "DATE"),
])
def test_durations_sets_refs(text: str, phrase: str, value: str, kind: str) -> None:
    e = one(text, phrase)
    assert e.value == value and e.kind == kind


def test_by_may_is_the_month() -> None:
    e = one("By May 2016 the group had lost its territory.", "May 2016")
    assert e.value == "2016-05"


def test_earlier_in_year() -> None:
    e = one("Earlier in 2015 the group split.", "2015")
    assert e.value == "2015"


def test_modal_may_and_verb_march_are_not_months() -> None:
    assert find_dates("They may march on the city.", DCT) == []


def test_counts_are_not_years() -> None:
    assert [e.text for e in find_dates("Some 2000 troops arrived.", DCT)] == []


def test_month_of_that_year_is_one_expression() -> None:
    got = {e.text: e.value for e in find_dates("The war began in 1940. In August of that year, the front moved.")}
    assert got["August of that year"] == "1940-08"


def test_the_quarter_in_a_report() -> None:
    text = "The company said profit rose in the quarter ended Sept. 30. Sales for the quarter were flat."
    got = [e for e in find_dates(text, "1989-11-02") if "quarter" in e.text]
    assert [e.value for e in got] == ["1989-35", "1989-35"]


def test_former_is_a_past_reference_in_a_history_only() -> None:
    history = ("The treaty of 1919 ended the war. In 1920 the former general led a revolt. In 1921 he fell. "
               "In 1923 a new state was declared. In 1925 the army was reformed.")
    assert any(e.text == "former" and e.value == "PAST_REF" for e in find_dates(history, "2009-12-19"))
    news = "The former minister said on Tuesday that talks would resume."
    assert not any(e.text == "former" for e in find_dates(news, "1998-02-27"))
