"""News conventions of the fifth round: forward-looking "effective", "the plan" as a noun, the week
a "six weeks ago" names (invented sentences, not corpus text)."""

from __future__ import annotations

from test_time_narrative import by_text

# 2015-10-22 is a Thursday
DCT = "2015-10-22"


def test_effective_looks_ahead() -> None:
    got = by_text("Shares fell after the board said the new rules become binding effective Dec. 7.", DCT)
    assert got["Dec. 7"].value == "2015-12-07"
    got = by_text("The bank named a new chairman, effective Feb. 1.", DCT)
    assert got["Feb. 1"].value == "2016-02-01"


def test_the_plan_is_a_noun_not_a_future() -> None:
    got = by_text("The thrift announced the plan Aug. 21.", DCT)
    assert got["Aug. 21"].value == "2015-08-21"


def test_weeks_ago_is_a_week() -> None:
    got = by_text("The talks broke down six weeks ago, officials said.", DCT)
    assert got["six weeks ago"].value == "2015-W37"


def test_a_week_ago_is_this_day_last_week() -> None:
    got = by_text("The storm hit the coast a week ago.", DCT)
    assert got["a week ago"].value == "2015-10-15"


def test_years_on_a_weekday_is_a_span_then_the_day() -> None:
    got = by_text("The index closed at its lowest level in over six years on Thursday.", DCT)
    assert got["over six years"].value == "P6Y"
    assert got["Thursday"].value == "2015-10-22"


def test_clock_time_with_zone_needs_no_at() -> None:
    got = by_text("As of 14:48 UTC, the index was down 6%.", DCT)
    assert got["14:48 UTC"].value == "2015-10-22T14:48"


def test_final_quarter_of_a_year() -> None:
    got = by_text("For the final quarter of 2014, the firm made a profit.", DCT)
    assert got["the final quarter of 2014"].value == "2014-36"


def test_near_and_long_term_look_ahead() -> None:
    got = by_text("Prospects in the near term look good, and for the long term too.", DCT)
    assert got["the near term"].value == "FUTURE_REF"
    assert got["the long term"].value == "FUTURE_REF"
    got = by_text("Talks are expected in the near future.", DCT)
    assert got["the near future"].value == "FUTURE_REF"
    assert not by_text("It holds the long term debt of the city.", DCT)


def test_the_same_period_last_year_is_one_expression() -> None:
    got = by_text("Sales fell 35% in January, compared to the same month a year ago.", DCT)
    assert got["the same month a year ago"].value == "2014-01"
    got = by_text("Net was $5 million in the third quarter, against $3 million in the quarter a year ago.", DCT)
    assert got["the quarter a year ago"].value == "2014-35"
    got = by_text("Profit rose from 44 cents a share for the corresponding period last year.", DCT)
    assert got["the corresponding period last year"].value == "2014-35"


def test_trading_and_straight_days_are_spans() -> None:
    got = by_text("For the past five trading days, stocks fell; the yen rose after six straight days of losses.", DCT)
    assert got["the past five trading days"].value == "P5D"
    assert got["six straight days"].value == "P6D"


def test_should_looks_ahead() -> None:
    got = by_text("The transaction should be completed in February.", DCT)
    assert got["February"].value == "2016-02"


def test_long_adjectives_are_spans() -> None:
    got = by_text("It settled its decades-long dispute after their third day-long meeting.", DCT)
    assert got["day-long"].value == "P1D"
    assert got["decades-long"].value == "PXY"


def test_the_latest_period_is_the_reported_quarter() -> None:
    got = by_text("Net rose in the third quarter. Sales in the latest period were $1.76 billion.", DCT)
    assert got["the latest period"].value == "2015-35"


def test_ending_the_day_is_the_day_reported() -> None:
    got = by_text("The Dow rose 3% on Monday, ending the day at 7,114.3.", DCT)
    assert got["the day"].value == "2015-10-19"
    got = by_text("For the day, the Nikkei closed down 6.4 percent.", DCT)
    assert got["the day"].value == "2015-10-22"
    assert not by_text("He remembered the day he left.", DCT)


def test_will_one_day_is_the_future() -> None:
    assert by_text("Islam will one day be the second largest religion.", DCT)["one day"].value == "FUTURE_REF"
    assert by_text("He had been in the job one day.", DCT)["one day"].value == "P1D"


def test_over_the_years_and_in_years_are_vague_spans() -> None:
    assert by_text("Over the years, the fund grew.", DCT)["the years"].value == "PXY"
    assert by_text("Funds may sell in the weeks ahead.", DCT)["the weeks ahead"].value == "PXW"
    assert by_text("Sales grew for the first time in years.", DCT)["years"].value == "PXY"
    # an event's time, not a span the engine can value
    assert not by_text("The car was seen in the days before the shooting.", DCT)


def test_counted_quarters_are_spans_and_fractions_are_not() -> None:
    assert by_text("Japan entered a recession after two consecutive quarters of negative growth.",
                   DCT)["two consecutive quarters"].value == "P2Q"
    assert by_text("It has had losses in the past two quarters.", DCT)["the past two quarters"].value == "P2Q"
    assert not by_text("Three quarters of the city was destroyed.", DCT)
    assert not by_text("Three quarters of respondents agreed.", DCT)


def test_decimals_and_index_names_are_no_years() -> None:
    assert not by_text("The offer is $4.1556 per share.", DCT)
    assert not by_text("The Russell 2000 fell 2%, and the Nikkei 225 rose.", DCT)


def test_spelled_out_years_of_transcripts() -> None:
    assert by_text("That was in nineteen seventy-nine.", DCT)["nineteen seventy-nine"].value == "1979"
    assert by_text("Jobs were promised by the year two thousand.", DCT)["the year two thousand"].value == "2000"
    assert not by_text("Nineteen people died and nineteen percent fled.", DCT)


def test_reported_clause_tells_its_own_tense() -> None:
    got = by_text("Conseco Inc. said it is calling for the redemption on Dec. 7 of all its shares.", DCT)
    assert got["Dec. 7"].value == "2015-12-07"
    got = by_text("The company said Dec. 7 that it would merge.", DCT)
    assert got["Dec. 7"].value == "2014-12-07"


def test_a_plan_told_in_the_past_is_past() -> None:
    assert by_text("The offer had been due to expire Friday evening.", DCT)["Friday evening"].value == "2015-10-16TEV"
    assert by_text("The offer is due to expire Friday.", DCT)["Friday"].value == "2015-10-23"


def test_programme_and_paper_titles_are_no_times() -> None:
    assert not by_text('Baker said on ABC-TV\'s "This Week With David Brinkley" that talks would go on.', DCT)
    assert not by_text("The newspaper USA Today reported it.", DCT)
    assert by_text("The court ruled Monday. Today the firm appealed.", DCT)["Today"].value == "2015-10-22"


def test_the_day_before_a_date_or_restating_one() -> None:
    got = by_text("The day before last Tuesday's court hearing, he went home.", DCT)
    assert got["The day before"].value == "2015-10-19"
    got = by_text("He was last seen Oct. 3, the day before police issued a warrant.", DCT)
    assert got["the day before"].value == "2015-10-03"


def test_a_weekday_does_not_join_a_date_on_the_next_line() -> None:
    got = by_text("Markets to remain closed until Friday\nOctober 22, 2015\nThe government acted.", DCT)
    assert got["Friday"].value == "2015-10-23"
    assert got["October 22, 2015"].value == "2015-10-22"


def test_a_reports_past_year_is_the_year_before() -> None:
    assert by_text("Hate groups grew over the past year.", DCT)["the past year"].value == "2014"
    assert by_text("Sales grew over the past two years.", DCT)["the past two years"].value == "P2Y"


def test_a_title_case_headline_keeps_its_times() -> None:
    assert by_text("Talks Resume This Week\nThe talks resume in Geneva.", DCT)["This Week"].value == "2015-W43"
    assert by_text("Talks Resume Today\nThe talks resume in Geneva.", DCT)["Today"].value == "2015-10-22"
    assert by_text("KABUL\nToday the council met.", DCT)["Today"].value == "2015-10-22"


def test_ahead_of_and_a_present_is_look_ahead() -> None:
    assert by_text("Cyprus scrambled ahead of Sunday's vote.", DCT)["Sunday"].value == "2015-10-25"
    assert by_text("The deadline is Monday.", DCT)["Monday"].value == "2015-10-26"
    assert by_text("Parliament rejected the deal on Tuesday.", DCT)["Tuesday"].value == "2015-10-20"


def test_a_time_with_today_is_one_expression() -> None:
    assert by_text("GM filed for bankruptcy at 16:00 UTC today.", DCT)["16:00 UTC today"].value == "2015-10-22T16:00"
    assert by_text("The blast came at 10 a.m. yesterday.", DCT)["10 a.m. yesterday"].value == "2015-10-21T10:00"


def test_a_span_counted_from_a_dated_event_and_an_anniversary() -> None:
    from chronica.time import find_dates

    def values(text: str) -> list[str | None]:
        return [e.value for e in find_dates(text, "2018-10-10")]

    assert values("They came ten months after the January 2015 attack on the paper.")[0] == "2015-11"
    assert values("Troops stayed two years after the 2001 invasion.")[0] == "2003"
    assert values("Three years ago today, two bombs went off.")[0] == "2015-10-10"
    assert values("Three years ago, two bombs went off.")[0] == "2015"
