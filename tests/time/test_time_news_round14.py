"""Conventions of the fourteenth round: habits TimeBank, AQUAINT and MEANTIME share (invented sentences, not corpus
text)."""

from __future__ import annotations

from test_time_narrative import by_text

# 2013-03-22 is a Friday
DCT = "2013-03-22"


def test_a_span_measuring_pay_or_recording_is_an_amount() -> None:
    # "six months of base pay", "40 hours of footage": amounts of money or of recording, no time
    got = by_text("The firm offered staff a bonus worth six months of base pay on Monday.", DCT)
    assert "six months" not in got
    assert got["Monday"].value == "2013-03-18"
    assert by_text("The new drive stores 40 hours of footage and 12 hours of audio.", DCT) == {}
    assert by_text("She won two years of back pay.", DCT) == {}
    # a stretch of an activity is still a duration
    got = by_text("After three days of talks and two weeks of fighting, the sides met.", DCT)
    assert got["three days"].value == "P3D"
    assert got["two weeks"].value == "P2W"


def test_a_stretch_per_unit_is_round_the_clock() -> None:
    # "24 hours a day, seven days a week": how often, not a span (the rate "a day" went in round 12)
    got = by_text("Guards watch the depot 24 hours a day, seven days a week, the army said on Tuesday.", DCT)
    assert set(got) == {"Tuesday"}
    assert by_text("Nurses worked 16 hours per day.", DCT) == {}
    # a stretch followed by "a day after ..." is still a stretch
    got = by_text("The two leaders talked for two hours a day after the vote.", DCT)
    assert got["two hours"].value == "PT2H"
