"""A when-question about a person's death or arrest is answered only from a passage that tells that
person's fate, not another person's told beside them."""

from __future__ import annotations

from chronica.ask.extractive import _fate_of

NAMES = ["Yusuf Haran", "Abu Sahl"]


def test_the_fate_of_another_person_beside_the_name_does_not_count() -> None:
    assert not _fate_of("Omar Dheere was killed in a raid on 3 May 2011; within days the council named "
                        "Yusuf Haran as his successor.", NAMES)
    assert not _fate_of("Yusuf Haran (also known as Abu Sahl): named leader on 9 May 2011, after Dheere's death.",
                        NAMES)


def test_the_person_own_fate_counts() -> None:
    assert _fate_of("Yusuf Haran was killed in an air strike on 2 June 2015.", NAMES)
    assert _fate_of("An air strike near the river killed Abu Sahl and two guards on 2 June 2015.", NAMES)
    assert _fate_of("Police arrested Yusuf Haran in the capital.", NAMES)


def test_no_name_no_fate() -> None:
    assert not _fate_of("A commander was killed in an air strike.", NAMES)
