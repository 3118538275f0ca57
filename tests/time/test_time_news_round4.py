"""News conventions of the fourth round: clause tense across abbreviations, passive futures,
"later in the day", rates that are not periods, comparisons that do not move the story
(invented sentences, not corpus text)."""

from __future__ import annotations

from test_time_narrative import by_text

# 2015-10-22 is a Thursday
DCT = "2015-10-22"


def test_initials_and_titles_do_not_end_the_clause() -> None:
    got = by_text("Ms. Varga, 48, will replace Peter J. Hollis Feb. 2 as head of the fund.", DCT)
    assert got["Feb. 2"].value == "2016-02-02"


def test_passive_future_is_ahead() -> None:
    got = by_text("The special dividend will be paid Dec. 9 to holders of record Nov. 20.", DCT)
    assert got["Dec. 9"].value == "2015-12-09"
    assert got["Nov. 20"].value == "2015-11-20"


def test_passive_past_stays_behind() -> None:
    got = by_text("The last dividend was paid Dec. 9 after a long delay.", DCT)
    assert got["Dec. 9"].value == "2014-12-09"


def test_later_in_the_day_is_the_day_reached() -> None:
    got = by_text("Rebels shelled the port on Tuesday. Later in the day, the navy withdrew.", DCT)
    assert got["Tuesday"].value == "2015-10-20"
    assert got["Later in the day"].value == "2015-10-20"


def test_earlier_in_the_year_is_the_reports_year() -> None:
    got = by_text("Earlier in the year, the mill cut 200 jobs.", DCT)
    assert got["Earlier in the year"].value == "2015"


def test_amount_a_year_earlier_is_a_comparison_not_a_rate() -> None:
    got = by_text("Revenue rose to $81.5 million from $74.2 million a year earlier.", DCT)
    assert "74.2 a year" not in got
    assert got["a year earlier"].value == "2014"


def test_times_a_year_is_a_set() -> None:
    got = by_text("The committee meets three times a year in the capital.", DCT)
    e = got["three times a year"]
    assert (e.kind, e.value) == ("SET", "P1Y")


def test_look_back_does_not_move_the_story() -> None:
    got = by_text("Sales a year earlier were flat. Earlier in the year, the firm sold a plant.", DCT)
    assert got["Earlier in the year"].value == "2015"
