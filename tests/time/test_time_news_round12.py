"""Recognition conventions of the twelfth round (invented sentences, not corpus text)."""

from __future__ import annotations

from test_time_narrative import by_text

# 2013-03-22 is a Friday
DCT = "2013-03-22"
WIRE = "PARIS, March 22 (AP) -- "


def test_a_reports_rate_after_an_amount_is_no_time() -> None:
    # TimeBank marks few rates: "$40 million a year", "six trains a week", "12 hours a day", "9,000 a month"
    got = by_text(WIRE + "The cuts save $40 million a year. The line runs six trains a week, 12 hours a day. "
                  "Hiring rose by 9,000 a month.", DCT)
    assert "a year" not in got and "a week" not in got and "a day" not in got and "9,000 a month" not in got
    # rooms at "$40 a night", pay of "$12 an hour"
    got = by_text(WIRE + "Rooms cost $40 a night and guards earn $12 an hour.", DCT)
    assert "a night" not in got and "an hour" not in got
    # a set ("twice a year", "three times a week") and a comparison ("a year earlier") stay
    got = by_text(WIRE + "The board meets three times a week. Sales were $9 million a year earlier.", DCT)
    assert got["three times a week"].value == "P1W"
    assert got["a year earlier"].value == "2012"
    # "at a rate of 20 a year" says it is a rate
    assert by_text(WIRE + "The plant will deliver jets at a rate of 20 a year.", DCT)["20 a year"].value == "P1Y"
    # a duration after an amount is one ("paid $5 million over a year" is no rate word)
    assert got_value(WIRE + "He waited a week.", "a week") == "P1W"


def got_value(text: str, key: str) -> str | None:
    return by_text(text, DCT)[key].value


def test_a_reports_annual_rate_of_growth_is_no_time() -> None:
    # "sales to rise 9% annually", "5,000 units annually": a rate, which TimeBank leaves unmarked
    got = by_text(WIRE + "The firm expects sales to rise 9% annually. The plant makes 5,000 units annually.", DCT)
    assert "annually" not in got
    # an event held each year is a set
    assert by_text(WIRE + "The festival is held here annually.", DCT)["annually"].value == "P1Y"


def test_a_programmes_title_is_no_time() -> None:
    # CBS's '60 Minutes' and "48 Hours" are programmes, neither the year '60 nor a span
    got = by_text(WIRE + "He said on CBS's '60 Minutes' and on CBS's 48 Hours that it was over.", DCT)
    assert not [k for k in got if "60" in k or "48" in k]
    assert by_text(WIRE + "The talks took 60 minutes.", DCT)["60 minutes"].value == "PT60M"
    assert by_text(WIRE + "The class of '99 met in '05.", DCT)["'99"].value == "1999"


def test_the_year_ago_quarter_after_a_bare_quarter_is_that_quarter_a_year_back() -> None:
    # "the quarter" with no quarter named is the one just ended (2012's fourth); "the year-ago quarter"
    # after it is that quarter a year back, not the year before the report's
    got = by_text(WIRE + "Net income rose to $5 million in the quarter from $4 million in the year-ago quarter.", DCT)
    assert got["the quarter"].value == "2012-36"
    assert got["the year-ago quarter"].value == "2011-36"
    # with no quarter named at all, the quarter just ended a year back
    assert by_text(WIRE + "Profit rose 5% from the year-ago quarter.", DCT)["the year-ago quarter"].value == "2011-36"
