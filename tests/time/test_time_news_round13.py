"""Conventions of the thirteenth round: posts and short messages (invented sentences, not corpus text)."""

from __future__ import annotations

from test_time_narrative import by_text

from chronica.time import find_dates

# 2013-03-22 is a Friday
DCT = "2013-03-22"


def test_informal_deictic_words_are_the_standard_ones() -> None:
    # "tmr", "tmrw" tomorrow, "tonite" tonight, "tdy" today, "last nite" last night
    got = by_text("Exam tmr, then the party tonite! Ran 5km tdy. Slept badly last nite.", DCT)
    assert got["tmr"].value == "2013-03-23"
    assert got["tonite"].value == "2013-03-22TNI"
    assert got["tdy"].value == "2013-03-22"
    assert got["last nite"].value == "2013-03-21TNI"
    # with a part of the day or a time of day: "tmrw evening", "6pm tmr"
    got = by_text("Dinner tmrw evening? The doors open 6pm tmr.", DCT)
    assert got["tmrw evening"].value == "2013-03-23TEV"
    assert got["6pm tmr"].value == "2013-03-23T18:00"
    # "see u nxt yr"
    assert by_text("see u nxt yr", DCT)["nxt yr"].value == "2014"
    # a capitalised "Tomo" is a name; "TMR" in capitals may be an acronym
    assert by_text("Tomo and TMR Ltd met.", DCT) == {}


def test_xmas_is_christmas() -> None:
    assert by_text("Merry Xmas to all!", "2013-12-20")["Xmas"].value == "2013-12-25"
    assert by_text("HOME FOR XMAS", "2013-12-20")["XMAS"].value == "2013-12-25"


def test_a_weekdays_abbreviation_after_a_word_that_introduces_a_day() -> None:
    got = by_text("The race is this Sat. See you next fri. My exam is on Wed.", DCT)
    assert got["this Sat"].value == "2013-03-23"
    assert got["next fri"].value == "2013-03-29"
    assert got["Wed"].value == "2013-03-27"
    # two days joined: "on Mon and Tues"
    got = by_text("Classes will be on Mon and Tues.", DCT)
    assert got["Mon"].value == "2013-03-25" and got["Tues"].value == "2013-03-26"
    # not the verb, nor a name after "on"
    assert by_text("He sat and sat. She sat on Sun Valley's board.", DCT) == {}
    # the span is the word as written: no full stop after it
    e = [x for x in find_dates("We meet this Sat.", DCT) if x.text == "this Sat"]
    assert e and e[0].end == len("We meet this Sat")


def test_abbreviated_and_glued_units_of_a_duration() -> None:
    got = by_text("I waited 30 mins, the trip took 2 hrs and the lease runs 6 yrs. Haven't run in 16days.", DCT)
    assert got["30 mins"].value == "PT30M"
    assert got["2 hrs"].value == "PT2H"
    assert got["6 yrs"].value == "P6Y"
    assert got["16days"].value == "P16D"
    # a clock time with "hrs" after it is no duration: "05:30hrs", "0300hrs"
    got = by_text("The unit moved at 05:30hrs and again at 0300hrs.", DCT)
    assert not [k for k in got if k.endswith("hrs") and got[k].value and got[k].value.startswith("P")]


def test_a_clock_time_without_its_colon() -> None:
    got = by_text("Doors open at 430pm and close at 1130pm.", DCT)
    assert got["430pm"].value == "2013-03-22T16:30"
    assert got["1130pm"].value == "2013-03-22T23:30"
    # "this Sat, 430pm": the time on that day
    assert by_text("Catch the finals this Sat, 430pm!", DCT)["430pm"].value == "2013-03-23T16:30"


def test_the_minutes_of_a_second_time_after_a_dash_are_no_time() -> None:
    got = by_text("Open May 4 (1:00pm-6:00pm).", DCT)
    assert "00pm" not in got and got["1:00pm"].value.endswith("T13:00")


def test_a_present_progressive_looks_ahead_to_its_weekday() -> None:
    # "is flying to Paris on Sunday": the coming Sunday, as "will fly" would be
    assert by_text("The minister is flying to Paris on Sunday.", DCT)["Sunday"].value == "2013-03-24"
    assert by_text("We're meeting them Monday.", DCT)["Monday"].value == "2013-03-25"
    # the day of a thing done that the progressive is about stays behind
    got = by_text("Police are questioning the man arrested on Sunday.", DCT)
    assert got["Sunday"].value == "2013-03-17"
    assert by_text("Fighting is continuing after clashes on Sunday.", DCT)["Sunday"].value == "2013-03-17"


def test_a_question_in_the_present_looks_ahead_to_its_weekday() -> None:
    assert by_text("Are you free on Sunday?", DCT)["Sunday"].value == "2013-03-24"
    assert by_text("How about Tuesday night?", DCT)["Tuesday night"].value == "2013-03-26TNI"
    # a question in the past looks back; "on a Friday" is any Friday
    assert by_text("Did you see it on Sunday?", DCT)["Sunday"].value == "2013-03-17"


def test_weekdays_listed_after_every_recur_too() -> None:
    got = by_text("The market opens every Monday, Wednesday and Friday.", DCT)
    assert [got[k].value for k in ("every Monday", "Wednesday", "Friday")] == ["XXXX-WXX-1", "XXXX-WXX-3", "XXXX-WXX-5"]
    assert got["Friday"].kind == "SET"
    # a weekday after a list that is not a recurrence keeps its day
    assert by_text("They met every Monday. On Friday, they left.", DCT)["Friday"].kind == "DATE"


def test_twelve_noon_and_twelve_midnight_are_times() -> None:
    got = by_text("The blast happened at 12 noon and the curfew starts at 12 midnight.", DCT)
    assert got["12 noon"].value == "2013-03-22T12:00"
    assert got["12 midnight"].value == "2013-03-22T00:00"


def test_a_thing_named_for_a_feast_is_no_date() -> None:
    got = by_text("We will put up a Christmas tree and paint Easter eggs before Christmas.", "2013-12-20")
    assert list(got) == ["Christmas"] and got["Christmas"].value == "2013-12-25"


def test_a_clock_time_with_a_dot_between_hours_and_minutes() -> None:
    # British and Asian usage: "7.30pm", "1.10 p.m."
    got = by_text("The show starts at 7.30pm and ends at 10.15 p.m.", DCT)
    assert got["7.30pm"].value == "2013-03-22T19:30"
    assert got["10.15 p.m"].value == "2013-03-22T22:15"
    # a price is no time
    assert by_text("It cost $7.30 pm.", DCT) == {}


def test_a_hashtag_is_no_time() -> None:
    got = by_text("Happy #Friday all! Drinks tonight, #Christmas came early.", DCT)
    assert list(got) == ["tonight"]


def test_a_span_of_weekdays_after_every_recurs() -> None:
    got = by_text("I run every Monday to Thursday morning.", DCT)
    assert got["Thursday morning"].value == "XXXX-WXX-4TMO" and got["Thursday morning"].kind == "SET"


def test_noon_and_midnight_after_a_preposition_of_time() -> None:
    got = by_text("Troops must leave by midnight. The curfew lasts until noon.", DCT)
    assert got["midnight"].value == "2013-03-22T00:00" and got["noon"].value == "2013-03-22T12:00"
    assert by_text("The deadline is midnight Tuesday.", DCT)["midnight Tuesday"].value == "2013-03-26T00:00"
    # a midnight mass, "high noon": no time
    assert by_text("He attended the midnight mass. High noon came.", DCT) == {}


def test_a_time_restated_in_brackets_before_its_weekday_is_on_that_day() -> None:
    # wire style: "at 5 p.m. (2100 GMT) on Thursday", "10:30 a.m. local time (0730 GMT) on Tuesday"
    got = by_text("The deadline passed at 5 p.m. (2100 GMT) on Thursday.", DCT)
    assert got["5 p.m"].value == "2013-03-21T17:00" and got["Thursday"].value == "2013-03-21"
    got = by_text("The blast occurred at 10:30 a.m. local time (0730 GMT) on Tuesday.", DCT)
    assert got["10:30 a.m. local time"].value == "2013-03-19T10:30"
    # a bracket with no weekday after it leaves the time on the report's day
    assert by_text("Trading closed at 4 p.m. (in New York).", DCT)["4 p.m"].value == "2013-03-22T16:00"


def test_us_eastern_and_pacific_time_after_a_clock_time() -> None:
    got = by_text("The session ended at 4 p.m. ET on Wednesday.", DCT)
    assert got["4 p.m. ET on Wednesday"].value == "2013-03-20T16:00"


def test_a_plural_subjects_scheduled_act_in_the_present_looks_ahead() -> None:
    # "Lawmakers debate the measure on Tuesday", "Polls close at 8 p.m. Sunday": scheduled, as "the bank
    # reopens Tuesday" is
    assert by_text("Lawmakers debate the measure on Tuesday.", DCT)["Tuesday"].value == "2013-03-26"
    assert by_text("Polls close at 8 p.m. Sunday.", DCT)["8 p.m. Sunday"].value == "2013-03-24T20:00"
    assert by_text("Ministers gather in Brussels on Sunday to discuss the plan.", DCT)["Sunday"].value == "2013-03-24"
    # told in the past, or a market's close: behind
    assert by_text("Protesters rallied outside parliament on Monday.", DCT)["Monday"].value == "2013-03-18"
    assert by_text("Stocks close higher on Monday.", DCT)["Monday"].value == "2013-03-18"


def test_an_act_put_off_to_a_weekday_looks_ahead() -> None:
    assert by_text("The vote was postponed to Monday.", DCT)["Monday"].value == "2013-03-25"
    assert by_text("The hearing was rescheduled for Monday.", DCT)["Monday"].value == "2013-03-25"
    assert by_text("The deadline was extended to Sunday.", DCT)["Sunday"].value == "2013-03-24"
    # a move told on a day is that day
    assert by_text("He moved to Paris on Monday.", DCT)["Monday"].value == "2013-03-18"


def test_an_irregular_past_tells_a_quarter_or_month_behind() -> None:
    # "shrank", "drove", "chose" are past forms like "fell": a quarter still ahead of the report is last year's
    assert by_text("The economy shrank in the fourth quarter.", DCT)["the fourth quarter"].value == "2012-36"
    assert by_text("Voters chose a new parliament in October.", DCT)["October"].value == "2012-10"
    # a participle after "is" tells no past: "when the case is heard in May"
    assert by_text("The case is heard in May.", DCT)["May"].value == "2013-05"


def test_nine_eleven_names_the_2001_attacks() -> None:
    assert by_text("It was the worst attack since 9/11.", DCT)["9/11"].value == "2001-09-11"
    got = by_text("Security was tightened after the Sept. 11 attacks. In March, the rules were eased.", DCT)
    assert got["Sept. 11"].value == "2001-09-11"
    assert got["March"].value == "2013-03"  # the named day does not move the story
    # a September 11 that names no attacks is a day of its own year
    assert by_text("The meeting is on Sept. 11.", DCT)["Sept. 11"].value == "2013-09-11"


def test_a_vote_with_its_tally_is_a_noun_not_a_futurate_verb() -> None:
    # "on a 60-40 vote on Dec. 31": the vote is a noun (its determiner before a tally), the clause is past
    assert by_text("The bill passed the Senate on a 60-40 vote on Dec. 31.", DCT)["Dec. 31"].value == "2012-12-31"
