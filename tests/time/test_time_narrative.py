"""Narrative anchoring, range endpoints and news conventions (invented sentences, not corpus text)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from chronica.cli.dates import dates
from chronica.time import TimeExpression, find_dates


def by_text(text: str, dct: str | None = None) -> dict[str, TimeExpression]:
    out: dict[str, TimeExpression] = {}
    for e in find_dates(text, dct):
        assert text[e.start:e.end] == e.text
        out.setdefault(e.text.rstrip("."), e)
    return out


def test_day_range_has_two_endpoints_with_their_own_spans() -> None:
    text = "The siege lasted 6-7 January 1916 and the talks March 5-9, 1918."
    got = by_text(text)
    e = got["6-7 January 1916"]
    assert e.value == "1916-01-06/1916-01-07"
    assert [(p.text, p.value) for p in e.parts] == [("6", "1916-01-06"), ("7 January 1916", "1916-01-07")]
    e = got["March 5-9, 1918"]
    assert [(p.text, p.value) for p in e.parts] == [("March 5", "1918-03-05"), ("9, 1918", "1918-03-09")]


def test_short_year_range_has_two_endpoints() -> None:
    e = by_text("Throughout 1915-17 the front hardly moved.")["1915-17"]
    assert e.value == "1915/1917"
    assert [(p.text, p.value) for p in e.parts] == [("1915", "1915"), ("17", "1917")]


def test_month_range_does_not_split_inside_october() -> None:
    e = by_text("Fighting in 1944 went on from October to March.")["October to March"]
    assert e.value == "1944-10/1945-03"


def test_year_mentioned_in_passing_does_not_move_the_story() -> None:
    text = ("The war resumed in June 1964. A report that was only declassified in 2005 showed that "
            "nothing happened on 4 August.")
    assert by_text(text, "2009-12-19")["4 August"].value == "1964-08-04"
    text = "The assembly met in May 1788. Its rules dated from the charter (1614). It adjourned on 27 December."
    assert by_text(text, "2009-12-19")["27 December"].value == "1788-12-27"


def test_future_year_in_a_plan_does_not_move_the_story() -> None:
    text = "The offensive began in January 1975. It would open the road for a planned campaign in 1976. On 11 March the town fell."
    assert by_text(text, "2009-12-19")["11 March"].value == "1975-03-11"


def test_coordinated_months_share_the_stated_year() -> None:
    text = "The republic was proclaimed in 1954. In April and June 1955, the premier purged the sects."
    assert by_text(text)["April"].value == "1955-04"


def test_narrative_rolls_into_the_next_year() -> None:
    text = "The fleet was attacked on 7 December 1941. In January, the allies signed a declaration."
    assert by_text(text, "2009-12-19")["January"].value == "1942-01"


def test_far_narrative_reference_wins_over_the_creation_date() -> None:
    text = "The invasion began on 22 September 1980. " + "The front stalled for weeks. " * 80 + \
        "On 24 October the port was taken."
    assert by_text(text, "2009-12-19")["24 October"].value == "1980-10-24"


def test_end_of_the_year() -> None:
    got = by_text("The town fell in May 1940. By the end of the year the army had withdrawn.")
    assert got["the end of the year"].value is not None and got["the end of the year"].value.startswith("1940")


def test_weekday_tense_comes_from_its_own_clause() -> None:
    dct = "2000-01-06"  # a Thursday
    got = by_text("They said they would appeal the ruling, announced Wednesday by the agency.", dct)
    assert got["Wednesday"].value == "2000-01-05"
    got = by_text("The king met him Monday. The king will meet the president on Friday.", dct)
    assert got["Monday"].value == "2000-01-03"
    assert got["Friday"].value == "2000-01-07"


def test_news_future_month_is_next_year() -> None:
    got = by_text("The three countries are expected to join the alliance in April, officials said Saturday.",
                  "1998-12-05")
    assert got["April"].value == "1999-04"


def test_durations_ages_and_sets() -> None:
    got = by_text("A 44-year-old protester began a ten-day fast after a 10-hour meeting.")
    assert "44-year-old" not in " ".join(got)
    assert got["a ten-day"].value == "P10D" and got["a 10-hour"].value == "PT10H"
    got = by_text("He gave his weekly radio address. She writes for the Weekly Standard. They met daily.")
    assert got["weekly"].value == "P1W" and got["daily"].value == "P1D"
    assert "Weekly" not in got


def test_hyphenated_quarter_and_lone_may() -> None:
    got = by_text("The company posted a third-quarter loss.", "1989-11-02")
    assert got["third-quarter"].value == "1989-35"
    got = by_text("The war went on in 1956. In May, the premier visited Washington. You may go.")
    assert got["May"].value == "1956-05"
    assert sum(1 for e in find_dates("You may go. It may rain.")) == 0


def test_march_as_a_name_is_not_a_month() -> None:
    assert not find_dates("In 1864 he led the March to the Sea.", None)[1:]


def test_cli_reads_html_and_takes_the_creation_date_from_metadata(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text('<html><head><title>Raid</title><meta property="article:published_time" '
                 'content="2015-02-10T08:00:00Z"></head><body><article><h1>Raid on a checkpoint</h1>'
                 "<p>Militants attacked a checkpoint on Monday, officials said.</p></article></body></html>",
                 encoding="utf-8")
    res = CliRunner().invoke(dates, [str(f)])
    assert res.exit_code == 0, res.output
    import json

    rows = [json.loads(line) for line in res.output.splitlines()]
    monday = [r for r in rows if r["text"] == "Monday"][0]
    assert monday["value"] == "2015-02-09" and monday["anchor"] == "dct"
    assert "<p>" not in res.output
    res = CliRunner().invoke(dates, [str(f), "--dct", "2016-03-02"])
    monday = [json.loads(line) for line in res.output.splitlines() if '"Monday"' in line][0]
    assert monday["value"] == "2016-02-29"


def test_cli_unknown_file_type_and_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "notes.weird"
    f.write_bytes(b"On 3 May 2015 it ended.")
    res = CliRunner().invoke(dates, [str(f)])
    assert res.exit_code == 0 and "2015-05-03" in res.output
    g = tmp_path / "empty.txt"
    g.write_bytes(b"")
    res = CliRunner().invoke(dates, [str(g)])
    assert res.exit_code == 0 and res.output == ""
