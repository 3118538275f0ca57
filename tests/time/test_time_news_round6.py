"""News conventions of the sixth round: the direction of a bare weekday (invented sentences, not corpus
text)."""

from __future__ import annotations

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


def test_a_week_of_a_month_is_one_week() -> None:
    # 2015-10-22 is in ISO week 43; the last week of September (the one with its Thursday there) is W39
    got = by_text("Exports recovered in the last week of September, the ministry said.", DCT)
    assert got["the last week of September"].value == "2015-W39"
    got = by_text("Voting is due in the first week of November.", DCT)
    assert got["the first week of November"].value == "2015-W45"
    got = by_text("The strike began in the second week of March 2014.", DCT)
    assert got["the second week of March 2014"].value == "2014-W11"
    got = by_text("A hearing is set for the week of Nov. 9, the lawyer said.", DCT)
    assert got["the week of Nov. 9"].value == "2015-W46"
    # an event's first week is no calendar week
    assert "the first week" not in {e for e in by_text("The first week of the siege was the worst.", DCT)}


def test_part_of_the_day_the_story_is_on() -> None:
    got = by_text("Gunmen stormed the hotel on Tuesday. In the morning, troops sealed the road.", DCT)
    assert got["the morning"].value == "2015-10-20TMO"
    got = by_text("By mid afternoon the fire was out, officials said.", DCT)
    assert got["mid afternoon"].value.rstrip("~") == "2015-10-22TAF"
    got = by_text("In Tokyo at mid-afternoon yesterday, the yen was weaker.", DCT)
    assert got["mid-afternoon yesterday"].value.rstrip("~") == "2015-10-21TAF"
    got = by_text("The stock rose in morning trading before falling back.", DCT)
    assert got["morning"].value == "2015-10-22TMO"
    got = by_text("The convoy is to leave at 5 in the morning and return at 7 in the evening.", DCT)
    assert got["5 in the morning"].value == "2015-10-22T05:00"
    assert got["7 in the evening"].value == "2015-10-22T19:00"
    # a programme, a session, a habit at night: no time of the story
    for text in ("He spoke on a morning talk show.", "Judges heard him in the morning session.",
                 "Patrols move at night."):
        assert not find_dates(text, DCT), text


def test_a_vague_ago_is_a_past_time() -> None:
    got = by_text("The depot was shelled several years ago and again a few months ago.", DCT)
    assert got["several years ago"].value == "PAST_REF"
    assert got["a few months ago"].value == "PAST_REF"
    assert got["several years ago"].kind == "DATE"
    # a counted "ago" keeps its date, a vague "later" its span
    got = by_text("The depot was shelled two years ago. A few days later, it burned.", DCT)
    assert got["two years ago"].value == "2013"
    assert got["A few days later"].value == "PXD"


def test_minutes_and_single_days() -> None:
    got = by_text("The index lost 300 points in minutes, its worst single-day fall.", DCT)
    assert got["minutes"].value == "PTXM"
    assert got["single-day"].value == "P1D"
    got = by_text("Rescuers arrived within just minutes; the town changed hands twice in a single day.", DCT)
    assert got["just minutes"].value == "PTXM"
    assert got["a single day"].value == "P1D"
    for text in ("The two blasts came minutes apart.", "The council read the minutes of the meeting.",
                 "He is a single father."):
        assert not find_dates(text, DCT), text


def test_a_done_participle_dates_the_past() -> None:
    # 2015-10-22: a January or a Friday the participle says is done lies behind the report
    got = by_text("The cuts add to restructuring plans announced in January, under which 900 jobs should go.", DCT)
    assert got["January"].value == "2015-01"
    got = by_text("The truce, agreed on Friday, will be tested this weekend.", DCT)
    assert got["Friday"].value == "2015-10-16"
    # one that looks ahead, or is still to be done, keeps the future
    got = by_text("A ruling is expected in January.", DCT)
    assert got["January"].value == "2016-01"
    got = by_text("The accord, to be signed in January, will cut tariffs.", DCT)
    assert got["January"].value == "2016-01"


def test_the_start_and_end_of_the_day() -> None:
    got = by_text("After a sharp fall at the start of the day, the index recovered by the end of the day.", DCT)
    assert got["the start of the day"].value == "2015-10-22"
    assert got["the start of the day"].mod == "START"
    assert got["the end of the day"].mod == "END"
    got = by_text("The index rebounded late in the day after falling 200 points.", DCT)
    assert got["late in the day"].value.rstrip("~") == "2015-10-22"
    got = by_text("Gunmen struck on Tuesday. By the end of that day, 40 were dead.", DCT)
    assert got["the end of that day"].value == "2015-10-20"
    # the idiom is no time
    assert not find_dates("At the end of the day, it is a question of trust.", DCT)


def test_at_the_time_is_the_time_last_named() -> None:
    got = by_text("The vote is due by Nov. 30. If no deal is reached by that time, talks end.", DCT)
    assert got["that time"].value == "2015-11-30"
    got = by_text("He took office in March 2009; at the time, he was hopeful.", DCT)
    assert got["the time"].value == "2009-03"
    got = by_text("The driver, who was 23 at the time, survived.", DCT)
    assert got["the time"].value == "PAST_REF"
    for text in ("By the time he arrived, the shops were shut.", "At the time of its founding, it had 12 members.",
                 "At the same time, prices rose."):
        assert not find_dates(text, DCT), text


def test_generic_today_is_the_present() -> None:
    got = by_text("Such raids mean little to today's youth, the mayor said.", DCT)
    assert got["today"].value == "PRESENT_REF"
    got = by_text("It is a different company, today's Acme.", DCT)
    assert got["today"].value == "PRESENT_REF"
    # the day itself: the vote, the Senate vote, the editions of the day
    got = by_text("Today's Senate vote was close; the notice ran in today's editions.", DCT)
    assert got["Today"].value == "2015-10-22"
    assert got["today"].value == "2015-10-22"


def test_a_count_of_days_names_the_day_reached() -> None:
    got = by_text("In the capital, today is the ninth day of the siege.", DCT)
    assert got["the ninth day"].value == "2015-10-22"
    got = by_text("The exchange has been closed for a third consecutive day.", DCT)
    assert got["a third consecutive day"].value == "2015-10-22"
    got = by_text("Stocks rise for fifth week in a row", DCT)
    assert got["fifth week"].value == "2015-W43"
    # counted in a past or coming clause, in a history, or of every month: not listed
    for text in ("The first week of the siege was the worst.", "She would act on her first day in office.",
                 "The 3rd day of the month is a holiday."):
        assert not find_dates(text, DCT), text
    story = by_text("In 1915 the army crossed the river. The second day of the battle was bloody.")
    assert list(story) == ["1915"]
