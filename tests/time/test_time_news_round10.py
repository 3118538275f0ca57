"""News conventions of the tenth round (invented sentences, not corpus text)."""

from __future__ import annotations

import pytest
from test_time_narrative import by_text

# 2013-03-22 is a Friday
DCT = "2013-03-22"

# (sentence, expression, value) with the document date DCT; "~" (approximate) is not compared
VALUES = [
    # TIMEX3 marks every temporal "now" as the present, a sentence's opening "Now," too
    ("The plan failed. Now, the minister says, the army will decide.", "Now", "PRESENT_REF"),
]


@pytest.mark.parametrize(("text", "expression", "value"), VALUES)
def test_tenth_round_values(text: str, expression: str, value: str) -> None:
    got = by_text(text, DCT)
    assert expression in got, sorted(got)
    assert (got[expression].value or "").rstrip("~") == value
