"""Admiralty codes: validation, configured grades, credibility from corroboration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.knowledge.dedup import merge_cluster
from chronica.knowledge.reliability import (
    AdmiraltyCode,
    ReliabilityConfig,
    ReliabilityError,
    assess_event,
    check_credibility,
    check_grade,
    config_from_dict,
    credibility,
    grade_sources,
    load_config,
    parse_code,
)


def test_codes_parse_and_bad_codes_give_one_line_errors() -> None:
    code = parse_code("b2")
    assert code == AdmiraltyCode("B", 2) and str(code) == "B2"
    assert "usually reliable" in code.meaning and "probably true" in code.meaning
    for bad in ("G2", "B7", "B", "B22", "", "2B"):
        with pytest.raises(ReliabilityError) as err:
            parse_code(bad)
        assert "\n" not in str(err.value)
    with pytest.raises(ReliabilityError, match="A-F"):
        check_grade("Z")
    with pytest.raises(ReliabilityError, match="1-6"):
        check_credibility(0)
    with pytest.raises(ReliabilityError):
        check_credibility(True)
    assert check_credibility("3") == 3 and check_grade(" c ") == "C"


def test_grades_default_to_f_unless_configured(tmp_path: Path) -> None:
    cfg = ReliabilityConfig(sources={"03_profile.txt": "b", "ebf93630d33adf84": "C"})
    assert cfg.grade("x1", "/some/where/03_profile.txt") == "B"
    assert cfg.grade("ebf93630d33adf84") == "C"
    assert cfg.grade("other.txt") == "F"
    assert grade_sources(["a", "03_profile.txt"], cfg) == {"a": "F", "03_profile.txt": "B"}
    toml = tmp_path / "rel.toml"
    toml.write_text('default = "E"\nconfirmed_at = 4\n[sources]\n"wire.txt" = "A"\n', encoding="utf-8")
    loaded = load_config(toml)
    assert loaded.default == "E" and loaded.confirmed_at == 4 and loaded.grade("wire.txt") == "A"
    js = tmp_path / "rel.json"
    js.write_text(json.dumps({"sources": {"a.txt": "Q"}}), encoding="utf-8")
    with pytest.raises(ReliabilityError, match="rel.json: bad source grade 'Q'"):
        load_config(js)
    with pytest.raises(ReliabilityError, match="unknown key 'grades'"):
        config_from_dict({"grades": {}})
    with pytest.raises(ReliabilityError, match="confirmed_at"):
        ReliabilityConfig(confirmed_at=1)
    (tmp_path / "broken.toml").write_text("default = ", encoding="utf-8")
    with pytest.raises(ReliabilityError, match="not valid TOML"):
        load_config(tmp_path / "broken.toml")
    with pytest.raises(ReliabilityError, match="cannot read"):
        load_config(tmp_path / "missing.toml")


def test_credibility_rule() -> None:
    assert credibility(3) == 1
    assert credibility(2) == 2
    assert credibility(1) == 6
    assert credibility(2, [1]) == 3
    assert credibility(1, [1]) == 4
    assert credibility(1, [3]) == 5
    assert credibility(2, [2]) == 4
    assert credibility(4, [], confirmed_at=5) == 2


def _src(doc: str, date: str, killed: int | None, place: str | None = "Kerman") -> dict:
    return {"id": f"ev-{doc}", "date": date, "earliest": date, "latest": date, "precision": "day", "type": "attack",
            "actors": [], "location": {"place": place, "feature": "city", "admin1": "Kerman", "country": "IR"},
            "killed": killed, "wounded": None, "casualties": [], "relevant": True,
            "sources": [{"doc": f"{doc}.txt", "doc_id": doc, "start": 0, "end": 10, "quote": "q", "date": date,
                         "killed": killed, "wounded": None}]}


def test_assess_merged_event_counts_independent_documents() -> None:
    merged = merge_cluster([
        _src("d1", "2024-01-03", 84), _src("d2", "2024-01-03", 95), _src("d3", "2024-01-03", 95),
        _src("d4", "2024-01-03", 103), _src("d4", "2024-01-03", 103),  # one document twice counts once
    ])
    out = assess_event(merged, ReliabilityConfig(sources={"d2": "B"}))
    killed = {a.value: a for a in out["killed"]}
    assert killed[95].independent == 2 and killed[95].credibility == 3 and killed[95].code == "B3"
    assert killed[103].independent == 1 and killed[103].credibility == 4
    assert killed[84].contradicting == 3
    date = out["date"][0]
    assert date.value == "2024-01-03" and date.independent == 4 and date.credibility == 1 and date.code == "B1"
    assert out["location"][0].credibility == 1
    # two copies of one wire story are one origin
    merged2 = merge_cluster([_src("d1", "2024-01-03", 95), _src("d2", "2024-01-03", 95)])
    assert assess_event(merged2)["killed"][0].credibility == 2
    assert assess_event(merged2, origin={"d1": "afp", "d2": "afp"})["killed"][0].credibility == 6
    assert assess_event(merged2)["killed"][0].as_dict()["credibility_meaning"] == "probably true"


def test_a_coarser_value_neither_confirms_nor_contradicts() -> None:
    month = dict(_src("d2", "2024-01", None, place=None), earliest="2024-01-01", latest="2024-01-31")
    month["location"] = {"place": None, "feature": None, "admin1": None, "country": "IR"}
    merged = merge_cluster([_src("d1", "2024-01-03", 95), month])
    out = assess_event(merged)
    assert all(a.contradicting == 0 for rows in out.values() for a in rows)
