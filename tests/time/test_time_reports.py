"""News-report conventions: weekdays and year-less dates ahead of or behind the report date,
quarterly results (invented sentences, not corpus text)."""

from __future__ import annotations

from test_time_narrative import by_text

# 2015-02-11 is a Wednesday
DCT = "2015-02-11"


def test_weekday_set_to_happen_is_ahead() -> None:
    got = by_text("The talks, set to resume Monday in Geneva, were delayed. Officials met Tuesday.", DCT)
    assert got["Monday"].value == "2015-02-16"
    assert got["Tuesday"].value == "2015-02-10"


def test_weekday_before_a_plan_is_ahead() -> None:
    got = by_text("On Friday, the union plans to hold a rally outside the ministry.", DCT)
    assert got["Friday"].value == "2015-02-13"


def test_weekday_before_a_report_stays_behind() -> None:
    got = by_text("On Monday, the agency said it will review the contract.", DCT)
    assert got["Monday"].value == "2015-02-09"


def test_deadline_with_a_time_of_day_is_ahead() -> None:
    got = by_text("The council gave the tenants until 9 a.m. Friday to leave the building.", DCT)
    assert got["9 a.m. Friday"].value == "2015-02-13T09:00"


def test_payable_date_is_ahead() -> None:
    got = by_text("The board declared a dividend payable Jan. 5 to holders of record Dec. 20.", "2014-11-20")
    assert got["Jan. 5"].value == "2015-01-05"
    assert got["Dec. 20"].value == "2014-12-20"


def test_year_less_month_soon_after_the_report_is_this_years() -> None:
    got = by_text("The appeal is heard in May in the regional court. The firm was founded in September.", DCT)
    assert got["May"].value == "2015-05"
    assert got["September"].value == "2014-09"


def test_far_clause_start_does_not_see_a_future_word() -> None:
    text = ("The minister will speak on Friday about the budget.\n\nThe refugee has been the focus of "
            "a long dispute since he was found drifting off the southern coast on Nov. 25 by fishermen.")
    assert by_text(text, DCT)["Nov. 25"].value == "2014-11-25"


def test_year_ago_in_a_quarterly_report_is_the_year_ago_quarter() -> None:
    text = ("The company said third-quarter profit rose 12% to $40 million, from $35.7 million a year "
            "earlier. Sales rose 5% from a year ago.")
    got = by_text(text, "2014-10-22")
    assert got["third-quarter"].value == "2014-35"
    assert got["a year earlier"].value == "2013-35"
    assert got["a year ago"].value == "2013-35"


def test_over_the_weekend_is_the_last_weekend() -> None:
    # 2015-02-11 is a Wednesday: the weekend before is 7-8 February, ISO week 6
    got = by_text("Over the weekend, rebels shelled the airport.", DCT)
    assert got["the weekend"].value == "2015-W06-WE"
    e = got["the weekend"]
    assert (e.earliest, e.latest) == ("2015-02-07", "2015-02-08")


def test_ahead_of_the_weekend_is_the_coming_one() -> None:
    got = by_text("Traders sold ahead of the weekend.", DCT)
    assert got["the weekend"].value == "2015-W07-WE"


def test_the_weekend_of_a_date_is_not_the_report_weekend() -> None:
    got = by_text("The vote was held on the weekend of March 7.", DCT)
    assert "the weekend" not in got


def test_month_with_last_or_this_year_is_one_date() -> None:
    got = by_text("In June last year the rebels took the town; in January this year they lost it.", DCT)
    assert got["June last year"].value == "2014-06"
    assert got["January this year"].value == "2015-01"


def test_moveable_and_fixed_holidays() -> None:
    got = by_text("Shops closed for Thanksgiving. The truce held over Easter, and Good Friday was quiet. "
                  "The treaty was signed on Armistice Day 1921.", "2015-12-03")
    assert got["Thanksgiving"].value == "2015-11-26"
    assert got["Easter"].value == "2015-04-05"
    assert got["Good Friday"].value == "2015-04-03"
    assert got["Armistice Day 1921"].value == "1921-11-11"


def test_lower_case_holiday_words_are_not_holidays() -> None:
    assert by_text("They ate good friday dinners.", DCT).get("good friday") is None


def test_time_of_day_with_its_weekday_is_one_expression() -> None:
    got = by_text("The envoy was seized at 10 p.m. Tuesday, police said. Talks will stop at noon Friday.", DCT)
    assert got["10 p.m. Tuesday"].value == "2015-02-10T22:00"
    assert got["noon Friday"].value == "2015-02-13T12:00"
    assert got["noon Friday"].kind == "TIME"


def test_time_of_day_with_its_date_is_one_expression() -> None:
    got = by_text("Bids are due by 5 p.m. EST, Feb. 20, the agency said.", DCT)
    assert got["5 p.m. EST, Feb. 20"].value == "2015-02-20T17:00"
