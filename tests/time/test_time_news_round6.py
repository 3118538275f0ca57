"""News conventions of the sixth round: the direction of a bare weekday (invented sentences, not corpus
text)."""

from __future__ import annotations

from test_time_narrative import by_text

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
