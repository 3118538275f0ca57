"""A day of the month a paragraph has just named with its year, in a dated page. Texts are invented."""

from __future__ import annotations

from chronica.time import find_dates


def _values(text: str, dct: str) -> dict[str, str | None]:
    return {e.text: (str(e.value) if e.value is not None else None) for e in find_dates(text, dct)}


def test_a_day_of_the_month_just_named_keeps_its_year_in_a_dated_page() -> None:
    text = ("Posted 10 October 2024 by the editor.\n\nElsewhere on this site\n\n"
            "The war in the north began on 4 November 2020, when the president ordered an offensive after rebels "
            "attacked an army base near the border in the early hours of the morning. Federal troops took the "
            "regional capital on 28 November. The war turned in June 2021: the rebels retook the capital on 28 June.")
    got = _values(text, "2024-10-10")
    assert got["28 November"] == "2020-11-28"
    assert got["28 June"] == "2021-06-28"



def test_a_comment_is_read_from_the_day_it_was_written() -> None:
    text = ("Posted 10 October 2024 by the editor.\n\nThe convoy was hit last Sunday night near the airport.\n\n"
            "Comments\n\nHamid, 10 November 2024: And now the station. Yesterday's bomber killed more than 25 people.\n\n"
            "Zarmina, 13 March 2025: After the hijack this week nobody can say the group is small.\n")
    got = _values(text, "2024-10-10")
    assert got["Yesterday"] == "2024-11-09"
    assert got["this week"] == "2025-W11"
    assert got["last Sunday night"].startswith("2024-10-06")
