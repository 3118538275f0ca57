"""The season after (or before) a month the story has reached, and a report back in its present after a
background paragraph. Texts are invented."""

from __future__ import annotations

from chronica.time import find_dates


def _values(text: str, dct: str | None = None) -> dict[str, str | None]:
    return {e.text: (str(e.value) if e.value is not None else None) for e in find_dates(text, dct)}


def test_the_following_season_is_the_first_after_the_month_the_story_reached() -> None:
    assert _values("In February 2031 the accord was signed. The following spring the rebels advanced.")[
        "The following spring"] == "2031-21"
    assert _values("In May 2031 the accord was signed. The following spring the rebels advanced.")[
        "The following spring"] == "2032-21"
    assert _values("In October 2031 the accord was signed. The following winter the rebels advanced.")[
        "The following winter"] == "2031-24"
    assert _values("In May 2032 the accord was signed. The previous autumn the rebels had advanced.")[
        "The previous autumn"] == "2031-23"
    # a season after a season steps a year, as before
    assert _values("By late 2030 they held the valley, and that winter they closed the schools. The following "
                   "spring the rebels advanced.")["The following spring"] == "2031-21"


def test_a_report_back_in_its_present_reads_its_months_from_its_date() -> None:
    text = ("A bomber killed 40 people at a mosque in Velmora on Monday, officials said on Tuesday.\n\n"
            "Velmora has seen worse. In September 2013 two bombers killed 80 people at a church. In January 2016 "
            "gunmen stormed the university.\n\nViolence has risen since the Grey Front called off its truce with "
            "the government in late November. The truce had been agreed in June after talks in Dunmar.")
    got = _values(text, "2023-01-31")
    assert got["late November"] == "2022-11~"
    assert got["June"] == "2022-06"
    # in the same paragraph as the background, a month goes on from the story's year
    same = ("A bomber killed 40 people at a mosque in Velmora on Monday, officials said on Tuesday.\n\n"
            "In January 2016 gunmen stormed the university. In March the government closed it.")
    assert _values(same, "2023-01-31")["March"] == "2016-03"


def test_a_series_of_dated_entries_reads_each_entry_from_its_own_day() -> None:
    text = ("THE VELMORA LETTER\n\nReader question, 3 September 2031:\n\"Who bombed the gate?\"\n\nAnswer:\n"
            "The group that killed 40 people at the gate last week.\n\nReader question, 2 August 2032:\n"
            "\"Is it true?\"\n\nAnswer:\nThe president said yesterday that a drone had killed him on Sunday morning.\n")
    got = _values(text)
    assert got["yesterday"] == "2032-08-01"
    assert got["last week"] == "2031-W35"
