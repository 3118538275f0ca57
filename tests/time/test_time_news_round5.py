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
