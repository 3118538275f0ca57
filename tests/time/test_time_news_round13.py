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
