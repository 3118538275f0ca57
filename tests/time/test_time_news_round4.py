"""News conventions of the fourth round: clause tense across abbreviations, passive futures,
"later in the day", rates that are not periods, comparisons that do not move the story
(invented sentences, not corpus text)."""

from __future__ import annotations

from test_time_narrative import by_text

from chronica.time import find_dates

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


def test_year_ago_quarter_is_the_reported_quarter_a_year_back() -> None:
    got = by_text("Profit in the third quarter rose to $9 million from $7 million in the year-ago quarter. "
                  "The year-earlier period included a charge.", DCT)
    assert got["the third quarter"].value == "2015-35"
    assert got["the year-ago quarter"].value == "2014-35"
    assert got["The year-earlier period"].value == "2014-35"


def test_year_ago_adjective_without_a_quarter_is_last_year() -> None:
    got = by_text("Shipments fell from the year-earlier level.", DCT)
    assert got["year-earlier"].value == "2014"


def test_possessive_year_quarter_and_year_before_quarter() -> None:
    got = by_text("Analysts expect a loss in next year's first quarter, as in the 2013 fourth quarter.", DCT)
    assert got["next year's first quarter"].value == "2016-33"
    assert got["the 2013 fourth quarter"].value == "2013-36"


def test_quarter_of_last_year() -> None:
    got = by_text("Exports shrank in the second quarter of last year.", DCT)
    assert got["the second quarter of last year"].value == "2014-34"


def test_forecast_quarter_is_not_the_reported_one() -> None:
    got = by_text("The firm sees a recovery in the third quarter of 2016. Net income a year ago was $2 million.", DCT)
    assert got["the third quarter of 2016"].value == "2016-35"
    assert got["a year ago"].value == "2014"


def test_halves_of_the_year_are_semestrals() -> None:
    got = by_text("Output fell in the first half of 2014 and will recover in the second half.", DCT)
    e = got["the first half of 2014"]
    assert (e.value, e.earliest, e.latest, e.precision) == ("2014-40", "2014-01-01", "2014-06-30", "half")
    assert got["the second half"].value == "2015-41"


def test_a_half_of_a_match_is_no_date() -> None:
    got = by_text("The visitors scored twice in the first half of the match.", DCT)
    assert not any("half" in k for k in got)


def test_bare_plural_units_after_for_are_vague_durations() -> None:
    got = by_text("The two clans have feuded for decades; the bridge was closed for months.", DCT)
    assert (got["decades"].kind, got["decades"].value) == ("DURATION", "PXY")
    assert got["months"].value == "PXM"


def test_past_decade_and_hours_are_iso_durations() -> None:
    got = by_text("Over the past decade, and in the past few hours, the town changed.", DCT)
    assert got["the past decade"].value == "P10Y"
    assert got["the past few hours"].value == "PTXH"


def test_last_month_and_day_is_the_latest_such_day() -> None:
    got = by_text("The envoy was expelled last Nov. 30 and will return next March 4.", DCT)
    assert got["last Nov. 30"].value == "2014-11-30"
    assert got["next March 4"].value == "2016-03-04"


def test_a_half_year_counts_as_a_stated_year_in_a_history() -> None:
    got = by_text("Raids fell to 20 a week in the second half of 1951, against 90 in summer 1950. "
                  "By October, the front was quiet, and in December 1951 talks began.")
    assert got["the second half of 1951"].value == "1951-41"
    assert got["October"].value == "1951-10"


def test_two_days_of_a_month_are_two_parts() -> None:
    e = next(x for x in find_dates("The donors will meet on May 12 and 13 in Oslo.", DCT) if x.text == "May 12 and 13")
    assert e.value == "2016-05-12"
    assert [(p.text, p.value) for p in e.parts] == [("May 12", "2016-05-12"), ("13", "2016-05-13")]


def test_a_reports_months_are_read_from_its_date_not_from_each_other() -> None:
    got = by_text("The bank agreed in February to sell the unit. It cut its stake in early September, "
                  "having begun buying in July.", DCT)
    assert got["February"].value == "2015-02"
    assert got["early September"].value == "2015-09~"
    assert got["July"].value == "2015-07"


def test_a_dateline_makes_a_report() -> None:
    text = ("LIMA, Oct. 21 (Wire) --\n\nThe three states, which signed the accord in Quito in May 2012, "
            "will join the pact on Nov. 30 in a ceremony.")
    got = by_text(text, DCT)
    assert got["Nov. 30"].value == "2015-11-30"


def test_four_digit_gmt_time_is_a_time_not_a_year() -> None:
    got = by_text("Voting starts at 0600 GMT and ends at 1830 GMT.", DCT)
    assert (got["0600 GMT"].kind, got["0600 GMT"].value) == ("TIME", "2015-10-22T06:00")
    assert got["1830 GMT"].value == "2015-10-22T18:30"
    assert "1830" not in got


def test_gmt_restatement_of_a_time_is_not_another_time() -> None:
    got = by_text("The truce began at 9 p.m. (1900 GMT) on Tuesday.", DCT)
    assert "1900 GMT" not in got and "1900" not in got
    # (round 13) the time is on the weekday after the bracket, as TimeBank dates "10:35 a.m. (0735 GMT) Friday"
    assert got["9 p.m"].value == "2015-10-20T21:00"


def test_hours_later_is_a_span_of_hours_in_a_report() -> None:
    got = by_text("Just over an hour later, the fire was out; two hours later the road reopened.", DCT)
    assert (got["over an hour later"].kind, got["over an hour later"].value) == ("DURATION", "PT1H")
    assert got["two hours later"].value == "PT2H"


def test_hours_on_the_ground_are_a_duration_not_an_offset() -> None:
    got = by_text("The envoy will spend only six hours on the ground in Juba.", DCT)
    assert got["only six hours"].value == "PT6H"


def test_vague_offsets_in_a_report_and_in_a_history() -> None:
    got = by_text("A few days later, the minister quit. Months ago, the mine closed.", DCT)
    assert got["A few days later"].value == "PXD"
    # counted back from the speaker: a time in the past, not a span (sixth round; TimeML dates an "ago")
    assert got["Months ago"].value == "PAST_REF"
    story = by_text("In 1915 the army crossed the river. A few days later, it retreated. Weeks later it returned.")
    assert story["A few days later"].value == "FUTURE_REF"
    assert story["Weeks later"].value == "FUTURE_REF"


def test_half_units_are_told_in_the_next_unit() -> None:
    got = by_text("The siege lasted two and a half years; the vote took 3 1/2 hours and the speech "
                  "a minute and a half.", DCT)
    assert got["two and a half years"].value == "P2Y6M"
    assert got["3 1/2 hours"].value == "PT3H30M"
    assert got["a minute and a half"].value == "PT1M30S"


def test_weekends_are_two_days_and_every_weekend_a_set_of_them() -> None:
    got = by_text("After a weekend of talks, the markets that open every weekend stayed shut.", DCT)
    assert got["a weekend"].value == "P2D"
    assert (got["every weekend"].kind, got["every weekend"].value) == ("SET", "XXXX-WXX-WE")


def test_year_end_and_the_full_year() -> None:
    got = by_text("The lender sees a loss for the full year and will cut debt by year-end. "
                  "The year-end rally faded.", DCT)
    assert got["the full year"].value == "2015"
    assert got["year-end"].value == "2015-12-31"
    assert "The year-end" not in got


def test_an_agency_dateline_makes_a_report() -> None:
    text = ("KAMPALA (AP) --\n\nThe court was told in August that the appeal would be heard. The men were "
            "convicted over the July 11, 2010, bombings. Former ministers attended.")
    got = by_text(text, DCT)
    assert got["August"].value == "2015-08"
    assert "Former" not in got


def test_midday_is_noon() -> None:
    got = by_text("The suspect was due in court at midday, the police said.", DCT)
    assert (got["midday"].kind, got["midday"].value) == ("TIME", "2015-10-22T12:00")


def test_a_reports_month_named_again_is_not_the_background_years() -> None:
    text = ("The mayor, elected in March 2011, said on Monday she would resign next week. She began her second term "
            "in March.")
    got = by_text(text, DCT)
    assert got["March 2011"].value == "2011-03"
    assert got["March"].value == "2015-03"


def test_a_full_month_name_does_not_take_the_sentence_period() -> None:
    e = next(x for x in find_dates("The vote was put off until April. It was held on Sept. 9.", DCT))
    assert e.text == "April"


def test_an_age_in_decades_is_no_decade() -> None:
    got = by_text("A man in his 30s and a woman in her early 40s were held; the dam dates from the 1960s.", DCT)
    assert "30s" not in got and "early 40s" not in got
    assert got["the 1960s"].value == "196X"


def test_end_of_the_week_and_of_next_month() -> None:
    got = by_text("A deal is expected by the end of the week or at the end of next month.", DCT)
    assert got["the end of the week"].value == "2015-W43"
    assert got["the end of next month"].value == "2015-11"


def test_first_half_of_the_year() -> None:
    got = by_text("Exports rose in the first half of the year.", DCT)
    assert got["the first half of the year"].value == "2015-40"
    story = by_text("In 1917 the army advanced. In the second half of that year it stalled.")
    assert story["the second half of that year"].value == "1917-41"
