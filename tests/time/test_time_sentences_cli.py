"""Sentence dates and the `dates` command."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from chronica.cli.dates import dates
from chronica.time import date_sentences


def _spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for s in sentences:
        a = text.index(s, pos)
        out.append((a, a + len(s)))
        pos = a + len(s)
    return out


def test_undated_sentences_continue_the_narrative() -> None:
    sents = ["On 3 May 1940 the town fell.", "The garrison surrendered.", "Two years later it was retaken.",
             "Its mayor returned."]
    text = " ".join(sents)
    got = date_sentences(text, _spans(text, sents))
    assert [g.value if g else None for g in got] == ["1940-05-03", "1940-05-03", "1942", "1942"]
    assert got[1] is not None and got[1].inherited and got[1].expression.text == "3 May 1940"
    assert got[0] is not None and not got[0].inherited


def test_timeline_entries_and_undated_heading() -> None:
    text = "March, 2014 Defections.\n9/26 A statement.\nIt was widely read.\n\nBackground\n\nThe group is old."
    sents = ["March, 2014 Defections.", "9/26 A statement.", "It was widely read.", "Background",
             "The group is old."]
    got = date_sentences(text, _spans(text, sents))
    assert [g.value if g else None for g in got] == ["2014-03", "2014-09-26", "2014-09-26", None, None]


def test_cli_jsonl(tmp_path: Path) -> None:
    f = tmp_path / "doc.txt"
    f.write_text("On 9/26 he spoke. Yesterday he left. On 31 February 2015 nothing.", encoding="utf-8")
    res = CliRunner().invoke(dates, [str(f), "--dct", "2015-02-10", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert rows[1]["value"] == "2015-02-09" and rows[1]["anchor"] == "dct"
    assert rows[-1]["value"] is None and rows[-1]["reason"]
    for r in rows:
        assert set(r) >= {"doc", "start", "end", "text", "value", "earliest", "latest", "precision", "anchor"}


def test_cli_table_and_bad_dct(tmp_path: Path) -> None:
    f = tmp_path / "doc.txt"
    f.write_text("In 2015.", encoding="utf-8")
    assert CliRunner().invoke(dates, [str(f), "--format", "table"]).exit_code == 0
    assert CliRunner().invoke(dates, [str(f), "--dct", "yesterday"]).exit_code != 0
