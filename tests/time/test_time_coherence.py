"""Year coherence in histories: asides, seasons, anaphora (invented sentences, not corpus text)."""

from __future__ import annotations

from test_time_narrative import by_text


def test_aside_in_another_year_does_not_move_the_story() -> None:
    text = ("The northern column reached the river in September 1822. It held the fords, which stayed in its "
            "hands until a treaty of March 1825 gave them away. By mid-October the column had dug in, and "
            "in late November it fell back to the hills. In May 1822 the same column had left the capital.")
    got = by_text(text)
    assert got["March 1825"].value == "1825-03"
    assert got["mid-October"].value == "1822-10~"
    assert got["late November"].value == "1822-11~"


def test_new_year_stated_at_a_paragraph_start_moves_the_story() -> None:
    text = ("The garrison surrendered in April 1822 after a long siege.\n\n"
            "On 3 June 1821, a second force had set out along the coast. It took the port on 4 August "
            "and the fortress on 9 October. The garrison of April 1822 never heard of it.")
    got = by_text(text)
    assert got["4 August"].value == "1821-08-04"
    assert got["9 October"].value == "1821-10-09"


def test_anaphor_takes_the_aside_year() -> None:
    text = ("In May 1861 the navy blockaded the coast. The dispute had begun by 1860. In August of that year "
            "the envoys left. In July 1861 the blockade was tightened.")
    assert by_text(text)["August of that year"].value == "1860-08"


def test_season_shares_the_year_of_a_coordinated_season() -> None:
    text = "In 1831 the rebels raided the valley. Both sides spent the spring and early summer of 1832 in talks."
    assert by_text(text)["the spring"].value == "1832-21"


def test_season_after_a_late_month_is_next_years() -> None:
    text = "The army wintered near the coast in November 1790. In the spring it marched inland."
    assert by_text(text)["the spring"].value == "1791-21"


def test_spring_after_a_winter_is_the_next_year() -> None:
    text = ("The fleet sailed in September 1790. The crews spent the winter in port. "
            "Early in spring the fleet sailed again.")
    got = by_text(text)
    assert got["the winter"].value == "1790-24"
    assert got["Early in spring"].value == "1791-21~"


def test_days_after_a_month_or_year_are_days_of_that_year() -> None:
    text = "The rebels rose in the hills in 1848. Four days later the governor fled. In May the army came back."
    got = by_text(text)
    e = got["Four days later"]
    assert e.value == "1848-XX-XX" and e.precision == "year"
    assert (e.earliest, e.latest) == ("1848-01-01", "1848-12-31")
    assert got["May"].value == "1848-05"


def test_next_day_after_a_month_keeps_the_month() -> None:
    text = "The fleet reached the straits in June 1571. The next day it anchored off the cape."
    e = by_text(text)["The next day"]
    assert e.value == "1571-06-XX" and (e.earliest, e.latest) == ("1571-06-01", "1571-06-30")


def test_day_before_an_event_is_not_a_day_of_the_story_year() -> None:
    text = "The council met in 1848. The day before the vote, the envoys left."
    assert by_text(text)["The day before"].value is None


def test_this_day_in_a_history_is_the_story_day() -> None:
    text = ("The assault began on 8 March 1862 along the river. Later writers called this day the turning "
            "point of the campaign.")
    assert by_text(text, "2020-06-01")["this day"].value == "1862-03-08"  # a past month: a history


def test_this_day_in_a_quote_is_the_speakers() -> None:
    text = ("On 8 March 1862 the assault began. The colonel wrote: \"this day we hold the bridge\". "
            "In April 1862 the siege ended. In May 1862 the army left. In June 1862 it came back.")
    assert by_text(text, "2020-06-01")["this day"].value == "1862-03-08"


def test_this_day_in_a_report_is_the_report_day() -> None:
    text = "Officials said on Tuesday that this day would be remembered. The talks failed on Monday."
    assert by_text(text, "2015-02-12")["this day"].value == "2015-02-12"


def test_a_history_today_does_not_become_the_story_day() -> None:
    text = "The town is today a quiet market. The siege ended in March 1622. That morning the gates opened."
    got = by_text(text, "2020-06-01")
    assert got["today"].value == "2020-06-01"
    assert got["That morning"].value is None


HISTORY = ("The revolt began in March 1820 and spread along the coast in 1821. The fleet was lost in 1823, "
           "and the last fort fell in 1826. ")


def test_this_period_in_a_history_is_marked_without_a_value() -> None:
    got = by_text(HISTORY + "During this period the ports stayed closed. At the same time, the dry season "
                  "came early.", "2020-06-01")
    for phrase in ("this period", "the same time", "the dry season"):
        assert got[phrase].value is None and got[phrase].reason
    assert by_text(HISTORY + "At this time the army was weak.", "2020-06-01")["this time"].value == "PRESENT_REF"


def test_this_time_in_a_report_is_not_listed() -> None:
    got = by_text("Officials said on Tuesday that this time the ceasefire would hold.", "2015-02-11")
    assert "this time" not in got


def test_the_time_of_an_event_is_not_an_anaphor() -> None:
    assert "that time" not in by_text(HISTORY + "By that time of year the roads were mud.", "2020-06-01")
