"""Recognition conventions of the eleventh round (invented sentences, not corpus text)."""

from __future__ import annotations

from test_time_narrative import by_text

# 2013-03-22 is a Friday
DCT = "2013-03-22"


def test_a_range_of_durations_marks_both_counts() -> None:
    # TimeML marks "two" and "three weeks" apart, the first count with the unit the second names
    got = by_text("Repairs will take two to three weeks, and the trial between 60 and 90 days.", DCT)
    whole = got["two to three weeks"]
    assert whole.value == "P2W" and whole.mod == "EQUAL_OR_MORE"
    assert [(p.text, p.value) for p in whole.parts] == [("two", "P2W"), ("three weeks", "P3W")]
    assert [(p.text, p.value) for p in got["60 and 90 days"].parts] == [("60", "P60D"), ("90 days", "P90D")]
    # a spoken "between two to six days" too
    assert [p.value for p in by_text("It's between two to six days for each patient.", DCT)["two to six days"].parts] \
        == ["P2D", "P6D"]


def test_a_range_of_durations_after_next_is_one_vague_span() -> None:
    got = by_text("Acquisitions will be made during the next 12 to 18 months.", DCT)
    assert got["the next 12 to 18 months"].value == "PXM"
    assert not got["the next 12 to 18 months"].parts


def test_a_number_that_is_no_count_of_the_unit_is_no_range() -> None:
    # "and" without "between" joins no range; a sum of money is no count of years
    assert "3 and 4 days later" not in by_text("He scored 3 and 4 days later.", DCT)
    got = by_text("Prices rose from $5 to 10 years ago; terms of $5 to 10 years.", DCT)
    assert got["10 years ago"].value == "2003"
    assert "10 years" in got and not got["10 years"].parts


def test_a_reports_recent_is_the_near_past() -> None:
    # TIMEX3 PAST_REF: "the recent collapse", "recent moves" (a report, not only a history)
    text = "PARIS, March 22 (AP) -- The bank blamed the recent collapse of the bond market and recent moves by rivals."
    got = by_text(text, DCT)
    assert got["recent"].value == "PAST_REF"
    assert sum(1 for e in got.values() if e.text == "recent") == 1  # by_text keeps one per text
    # "the most recent model" is the latest one, no time
    assert "recent" not in by_text("PARIS, March 22 (AP) -- The flaw is in its most recent phone model.", DCT)
    # "former", "future" as a report's adjectives still qualify things
    got = by_text("PARIS, March 22 (AP) -- The former minister warned of future losses.", DCT)
    assert "former" not in got and "future" not in got


def test_a_comparison_of_periods_is_no_period() -> None:
    got = by_text("The quarter-to-quarter comparison and the year-over-year gain were weak. The year was good.", DCT)
    assert "The quarter" not in got and "the year" not in got
    assert got["The year"].value == "2013"


def test_a_weekday_of_a_done_act_before_a_coming_one_is_past() -> None:
    # 2013-03-22 is a Friday: the Mass was last Sunday, the travel is ahead
    got = by_text("The pope celebrated Mass on Sunday and will travel to Brazil in July.", DCT)
    assert got["Sunday"].value == "2013-03-17"
    assert by_text("The team will play on Sunday and will then fly home.", DCT)["Sunday"].value == "2013-03-24"
    assert by_text("Officials said talks on Monday will focus on trade.", DCT)["Monday"].value == "2013-03-25"


def test_every_few_years_is_a_set_of_unstated_period() -> None:
    got = by_text("Elections are held every few years, reviews every several months and games every four years.", DCT)
    assert got["every few years"].value == "PXY"
    assert got["every several months"].value == "PXM"
    assert got["every four years"].value == "P4Y"


def test_a_fiscal_year_told_from_the_report() -> None:
    text = ("PARIS, March 22 (AP) -- Sales rose 5% in the latest fiscal year and fell in the last fiscal year. "
            "They will rise next fiscal year; this fiscal year looks better.")
    got = by_text(text, DCT)
    assert got["the latest fiscal year"].value == "2012"
    assert got["the last fiscal year"].value == "2012"
    assert got["next fiscal year"].value == "2014"
    assert got["this fiscal year"].value == "2013"


def test_a_month_range_never_ends_before_it_starts() -> None:
    # in March 2013, a past "April-June" is last year's April to June (not April 2013 to June 2012)
    got = by_text("The January-March quarter and the April-June period were poor.", DCT)
    assert got["April-June"].value == "2012-04/2012-06"
    assert got["January-March"].value == "2013-01/2013-03"
    assert by_text("The festival runs from April to June.", DCT)["April to June"].value == "2013-04/2013-06"


def test_a_half_year_adjective_is_a_half_year() -> None:
    # as "third-quarter profit" is a quarter (TimeBank marks 44 of its 45)
    got = by_text("The company expects strong second-half growth after first-half profit of $2 million.", DCT)
    assert got["second-half"].value == "2013-41"
    assert got["first-half"].value == "2013-40"
    assert "second-half" not in by_text("The second-half goal came late.", DCT)


def test_a_sentence_opening_with_a_deadline_told_in_the_past_is_past() -> None:
    # 2013-03-22 is a Friday
    assert by_text("By Wednesday evening, it was over.", DCT)["Wednesday evening"].value == "2013-03-20TEV"
    assert by_text("Prices fell. Until Tuesday, the border was closed.", DCT)["Tuesday"].value == "2013-03-19"
    # a coming deadline stays ahead
    assert by_text("By Monday, the talks will end.", DCT)["Monday"].value == "2013-03-25"
    assert by_text("The bank will stay shut until Tuesday, officials said.", DCT)["Tuesday"].value == "2013-03-26"


def test_a_years_quarter_or_half_is_one_expression() -> None:
    got = by_text("2013's first quarter was weak; 2012's fourth quarter and 2012's second half were strong.", DCT)
    assert got["2013's first quarter"].value == "2013-33"
    assert got["2012's fourth quarter"].value == "2012-36"
    assert got["2012's second half"].value == "2012-41"
    assert "2013" not in got


def test_a_quarter_of_the_year_and_last_years_half_are_one_expression() -> None:
    got = by_text("Sales in the first quarter of the year rose. Last year's first half was weak.", DCT)
    assert got["the first quarter of the year"].value == "2013-33"
    assert got["Last year's first half"].value == "2012-40"
    assert "the year" not in got and "Last year" not in got


def test_a_season_of_last_or_next_year_is_one_expression() -> None:
    got = by_text("In the summer of last year, prices rose; the winter of next year will be hard.", DCT)
    assert got["the summer of last year"].value == "2012-22"
    assert got["the winter of next year"].value == "2014-24"
    assert "last year" not in got


def test_the_last_day_of_a_month_is_that_day() -> None:
    got = by_text("On the last day of February, the pope resigned; the first day of April will be busy.", DCT)
    assert got["the last day of February"].value == "2013-02-28"
    assert got["the first day of April"].value == "2013-04-01"
    assert by_text("The final day of December 2012 was cold.", DCT)["The final day of December 2012"].value == "2012-12-31"
