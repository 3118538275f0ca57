"""Bad input: never crash, never invent a date."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from chronica.time import date_sentences, find_dates, to_json


def test_31_february_is_unresolved() -> None:
    e = find_dates("It was signed on 31 February 2015.")[0]
    assert e.value is None and e.reason and "invalid" in e.reason


def test_invalid_numeric_and_iso() -> None:
    exprs = find_dates("Filed 2015-13-45 and 2/30/2015.")
    assert [e.value for e in exprs] == [None, None]
    assert all(e.reason for e in exprs)


def test_year_out_of_range() -> None:
    exprs = find_dates("The prophecy names May 2999.")
    assert exprs and exprs[0].value is None and exprs[0].reason == "year out of range"


def test_ambiguous_numeric_follows_document_convention() -> None:
    text = "Dated 25/12/2014. Next entry 1/2/2015."
    got = {e.text: e for e in find_dates(text)}
    assert got["1/2/2015"].value == "2015-02-01" and got["1/2/2015"].ambiguous
    text = "Dated 12/25/2014. Next entry 1/2/2015."
    got = {e.text: e for e in find_dates(text)}
    assert got["1/2/2015"].value == "2015-01-02" and got["1/2/2015"].ambiguous
    assert not got["12/25/2014"].ambiguous


def test_relative_without_any_anchor_is_unresolved() -> None:
    e = find_dates("He said yesterday that it was over.")[0]
    assert e.value is None and e.reason


def test_control_characters() -> None:
    text = "\x00\x01On 3 May\x0b 2015\x1b[0m it\x07 ended.\ufffd"
    for e in find_dates(text):
        assert text[e.start:e.end] == e.text


def test_ten_megabytes_without_newline() -> None:
    text = ("word " * 1_000_000 + "On 3 May 2015 it ended. ") * 2
    t0 = time.perf_counter()
    exprs = find_dates(text)
    assert time.perf_counter() - t0 < 30
    assert [e.value for e in exprs] == ["2015-05-03", "2015-05-03"]


def test_to_json_shape() -> None:
    e = find_dates("On 31 February 2015.")[0]
    row = to_json(e, "a.txt")
    for key in ("doc", "start", "end", "text", "value", "earliest", "latest", "precision", "anchor"):
        assert key in row
    assert row["value"] is None and row["reason"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/-–., \n\"'abyMJSTadmnrotheiucl")) | st.characters(),
               max_size=200))
def test_offsets_round_trip_on_arbitrary_text(text: str) -> None:
    exprs = find_dates(text, "2015-02-10")
    for e in exprs:
        assert text[e.start:e.end] == e.text
        assert e.value is not None or e.reason
    date_sentences(text, [(0, len(text))], expressions=exprs)


WORDS = ["on", "May", "3", "2015", "the", "following", "day", "9/26", "early", "January", "last", "week",
         "two", "years", "later", "Thursday", "\n", "1/10", "mid-2014", "31", "February", "ago", "spring",
         "of", "from", "to", "2014-15", "yesterday", ",", ".", "\"", "that", "year", "1990s", "century"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([None, "2015-02-10", "bad"]))
def test_date_like_word_salad(words: list[str], dct: str | None) -> None:
    text = " ".join(words)
    for e in find_dates(text, dct):
        assert text[e.start:e.end] == e.text


def test_a_round_number_before_a_plural_noun_is_a_count_not_a_year() -> None:
    from chronica.time import find_dates

    text = "The raid freed 1000 inmates and about 1500 mourners came. In 2014 militants attacked. Output fell to 1913 levels."
    values = [e.value for e in find_dates(text)]
    assert values == ["2014", "1913"]


def test_a_week_of_a_month_wrapped_across_lines_does_not_crash() -> None:
    # a hard-wrapped line break (or a tab) before "week" had raised ValueError and failed the document
    plain = find_dates("The envoys met in the last week of March 2015.", "2015-06-01")
    for gap in ("\n", "\t", "\n "):
        wrapped = find_dates(f"The envoys met in the last{gap}week of March 2015.", "2015-06-01")
        assert [e.value for e in wrapped] == [e.value for e in plain] == ["2015-W13"]
