"""Relations, leadership tenures and strength estimates stated in sentences (invented text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.actors import find_actors
from chronica.knowledge.estimates import extract_estimates
from chronica.knowledge.leadership import extract_leadership
from chronica.knowledge.model import Claim
from chronica.knowledge.relations import extract_relations
from chronica.segment.sentences import split_block
from chronica.time import find_dates

GOLD = Path(__file__).parent / "data" / "claims_gold"


def _inputs(text: str) -> tuple[list[tuple[int, int]], list, list]:  # type: ignore[type-arg]
    sents: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        if para.strip():
            sents += split_block(text, pos, pos + len(para))
        pos += len(para) + 1
    return sents, find_actors(text, sents), find_dates(text, None)


def rel(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    sents, actors, dates = _inputs(text)
    return [(c.subject, c.relation, c.object, c.date, c.end_date)
            for c in extract_relations(text, sents, actors, dates) if c.relation != "leader_of"]


def rel_claims(text: str) -> list[Claim]:
    sents, actors, dates = _inputs(text)
    return extract_relations(text, sents, actors, dates, doc_id="d1")


def lead(text: str) -> list[Claim]:
    sents, actors, dates = _inputs(text)
    return extract_leadership(text, sents, actors, dates, doc_id="d1")


def est(text: str) -> list[Claim]:
    sents, actors, dates = _inputs(text)
    return extract_estimates(text, sents, actors, dates, doc_id="d1")


def _spans_ok(text: str, claims: list[Claim]) -> None:
    for c in claims:
        assert text[c.start:c.end] == c.quote
        assert c.doc_id == "d1"


# -- relations ------------------------------------------------------------------------------------

def test_allegiance_active_with_date() -> None:
    text = "In March 2016 the Northern Front pledged allegiance to the Red Banner Movement."
    assert rel(text) == [("Northern Front", "allegiance_to", "Red Banner Movement", "2016-03", None)]
    _spans_ok(text, rel_claims(text))


def test_allegiance_to_a_leader_through_his_title() -> None:
    text = "Omar Daud swore allegiance to Red Banner Movement leader Karim Yusufzai in 2012."
    assert ("Omar Daud", "allegiance_to", "Karim Yusufzai", "2012", None) in rel(text)


def test_allegiance_nominal_with_by() -> None:
    text = "The pledge of allegiance made by the Northern Front to the Red Banner Movement came in May 2019."
    assert ("Northern Front", "allegiance_to", "Red Banner Movement", "2019-05", None) in rel(text)


def test_coordinated_subjects() -> None:
    text = "The Northern Front and the Hill Tribes Union pledged allegiance to the Red Banner Movement."
    got = {(s, o) for s, r, o, *_ in rel(text) if r == "allegiance_to"}
    assert got == {("Northern Front", "Red Banner Movement"), ("Hill Tribes Union", "Red Banner Movement")}


def test_negated_relation_gives_nothing() -> None:
    assert rel("The Northern Front has not pledged allegiance to the Red Banner Movement.") == []
    assert rel("The Northern Front no longer receives funding from the Gulf Aid Committee.") == []


def test_hypothetical_relation_gives_nothing() -> None:
    assert rel("The Northern Front may ally with the Red Banner Movement next year.") == []
    assert rel("Analysts believe the Northern Front could merge with the Red Banner Movement.") == []
    assert rel("Officials urged the Northern Front to join the Red Banner Movement.") == []


def test_reported_speech_keeps_its_speaker() -> None:
    text = "Colonel Ahmad Rashidi said the Northern Front had pledged allegiance to the Red Banner Movement."
    claims = [c for c in rel_claims(text) if c.relation == "allegiance_to"]
    assert claims and claims[0].extra.get("speaker") == "Ahmad Rashidi"


def test_split_apposition_and_verb() -> None:
    assert ("Valley Brigades", "split_from", "Northern Front", None, None) in rel(
        "The Valley Brigades, a splinter group of the Northern Front, operate in the east.")
    assert ("Valley Brigades", "split_from", "Northern Front", "2015", None) in rel(
        "The Valley Brigades broke away from the Northern Front in 2015.")


def test_component_merger_and_ceasefire() -> None:
    assert ("Northern Front", "component_of", "Red Banner Movement", None, None) in rel(
        "The Northern Front is a regional branch of the Red Banner Movement.")
    assert ("Northern Front", "merged_into", "Red Banner Movement", "2018-06", None) in rel(
        "The Northern Front merged into the Red Banner Movement in June 2018.")
    got = rel("A ceasefire between the Northern Front and the Hill Tribes Union was agreed in July 2017.")
    assert ("Northern Front", "ceasefire_with", "Hill Tribes Union", "2017-07", None) in got


def test_alliance_rivalry_founder_funder() -> None:
    assert ("Northern Front", "allied_with", "Hill Tribes Union", "2014", None) in rel(
        "In 2014 the Northern Front formed an alliance with the Hill Tribes Union.")
    assert ("Northern Front", "rival_of", "Hill Tribes Union", None, None) in rel(
        "The Northern Front, a bitter rival of the Hill Tribes Union, grew quickly.")
    assert ("Northern Front", "founded_by", "Omar Daud", "2009", None) in rel(
        "The Northern Front was founded in 2009 by Omar Daud.")
    assert ("Northern Front", "funded_by", "Gulf Aid Committee", None, None) in rel(
        "The Northern Front receives funding from the Gulf Aid Committee.")


def test_date_range_gives_date_and_end() -> None:
    got = rel("The Northern Front was allied with the Hill Tribes Union from 2011 to 2014.")
    assert ("Northern Front", "allied_with", "Hill Tribes Union", "2011", "2014") in got


def test_group_anaphor_from_previous_sentence() -> None:
    text = "The Northern Front operates in the east. The group receives funding from the Gulf Aid Committee."
    assert ("Northern Front", "funded_by", "Gulf Aid Committee", None, None) in rel(text)


def test_members_of_a_group_pledging_are_not_the_group() -> None:
    text = "Senior members of the Northern Front pledged allegiance to the Red Banner Movement in 2015."
    assert not [c for c in rel_claims(text) if c.relation == "allegiance_to"]
    text = ("A pledge of allegiance made by six former commanders of the Northern Front to the Red Banner "
            "Movement followed in 2016.")
    assert not [c for c in rel_claims(text) if c.subject == "Northern Front"]
    assert ("Northern Front", "allegiance_to", "Red Banner Movement", "2015", None) in rel(
        "The Northern Front pledged allegiance to the Red Banner Movement in 2015.")


def test_a_claim_the_sentence_calls_false_gives_no_relation() -> None:
    text = ("A disinformation narrative claiming that the Gulf Aid Committee funds the Northern Front "
            "resurfaced in 2019. The Northern Front is funded by the Hill Tribes Union, officials said.")
    got = rel(text)
    assert not [r for r in got if "Gulf Aid Committee" in (r[0], r[2])]
    assert any(r[1] == "funded_by" and r[2] == "Hill Tribes Union" for r in got)


# -- leadership -----------------------------------------------------------------------------------

def test_appointment_with_ordinal_and_end_event() -> None:
    text = ("Omar Daud was appointed the Northern Front's second emir in May 2019. "
            "Daud was killed in an air strike on 3 March 2021.")
    (t,) = lead(text)
    assert (t.subject, t.role, t.object, t.order, t.date, t.end_date, t.end_reason) == (
        "Northern Front", "emir", "Omar Daud", 2, "2019-05", "2021-03-03", "killed")
    _spans_ok(text, [t])
    assert t.extra["spans"]["end"]


def test_led_by_after_a_group_named_through_its_fighters_or_a_pronoun() -> None:
    (t,) = lead("In May, Northern Front fighters overran a base. The group is led by Omar Daud.")
    assert (t.subject, t.object, t.role) == ("Northern Front", "Omar Daud", "leader")
    (t,) = lead("The Northern Front fights in the hills. It is led by Omar Daud.")
    assert (t.subject, t.object) == ("Northern Front", "Omar Daud")
    assert not lead("Army soldiers and Northern Front fighters clashed. The group is led by Omar Daud.")


def test_a_role_opening_a_copula_names_the_leader_and_its_refers_back() -> None:
    text = ("The Northern Front was formed in 2017. Its leader is Omar Daud, who previously led the Hill Union. "
            "The group pledged allegiance to the Red Banner Movement upon its founding.")
    assert ("Northern Front", "Omar Daud") in {(t.subject, t.object) for t in lead(text)}
    assert ("Northern Front", "allegiance_to", "Red Banner Movement", None, None) in rel(text)
    (t,) = lead("The Northern Front's leader is Omar Daud.")
    assert (t.subject, t.object, t.role) == ("Northern Front", "Omar Daud", "leader")
    assert not lead("The leader is Omar Daud.")


def test_apposition_role_gives_order_without_dates() -> None:
    (t,) = lead("Omar Daud, the Northern Front's first emir, spoke at the rally.")
    assert (t.subject, t.object, t.order, t.date, t.end_date) == ("Northern Front", "Omar Daud", 1, None, None)


def test_led_from_to_when_killed() -> None:
    (t,) = lead("Karim Yusufzai led the Northern Front from July 2017 to August 2018 when he was killed.")
    assert (t.date, t.end_date, t.end_reason) == ("2017-07", "2018-08", "killed")


def test_tenure_reckoned_back_from_its_end() -> None:
    (t,) = lead("Karim Yusufzai led the Northern Front for nine months until his death on 27 April 2017.")
    assert (t.date, t.end_date, t.end_reason) == ("2016-07~", "2017-04-27", "died")


def test_shura_selects_and_predecessor_arrested() -> None:
    text = ("The Northern Front's shura selected Karim Yusufzai as new leader of the Northern Front in 2012. "
            "Yusufzai was arrested in 2015.")
    (t,) = lead(text)
    assert (t.object, t.date, t.end_date, t.end_reason) == ("Karim Yusufzai", "2012", "2015", "arrested")


def test_headed_list_takes_its_organisation_and_orders() -> None:
    text = ("Northern Front leadership\n"
            "Second emir: Karim Yusufzai\n"
            "Yusufzai became the Northern Front's leader in June 2016 and was captured in 2018.\n"
            "First emir: Omar Daud\n"
            "Daud founded the group and led it until he was killed in 2016.\n")
    got = {(t.object, t.order, t.subject) for t in lead(text) if t.role == "emir" or t.role == "leader"}
    assert ("Karim Yusufzai", 2, "Northern Front") in got
    assert ("Omar Daud", 1, "Northern Front") in got


def test_succession_order_follows_predecessor() -> None:
    text = ("Omar Daud, the Northern Front's first emir, was killed in 2014. "
            "Karim Yusufzai succeeded Omar Daud in 2014.")
    got = {t.object: t for t in lead(text)}
    assert got["Karim Yusufzai"].order == 2 and got["Karim Yusufzai"].date == "2014"


def test_end_before_start_is_not_the_tenure_end() -> None:
    text = ("Omar Daud was arrested in 2009. Omar Daud was appointed the Northern Front's emir in 2012. "
            "Daud resigned in 2016.")
    (t,) = lead(text)
    assert (t.date, t.end_date, t.end_reason) == ("2012", "2016", "resigned")


def test_no_invented_order_or_date() -> None:
    (t,) = lead("Northern Front leader Omar Daud gave a speech.")
    assert (t.order, t.date, t.end_date, t.end_reason) == (None, None, None, None)


def test_spokesman_role() -> None:
    (t,) = lead("The Northern Front's spokesman, Bilal Rahimi, denied the report.")
    assert (t.role, t.object, t.subject) == ("spokesman", "Bilal Rahimi", "Northern Front")


def test_leader_of_relation_from_tenure() -> None:
    claims = rel_claims("Omar Daud was appointed the Northern Front's second emir in May 2019.")
    lo = [c for c in claims if c.relation == "leader_of"]
    assert lo and (lo[0].subject, lo[0].object, lo[0].date) == ("Omar Daud", "Northern Front", "2019-05")


# -- estimates ------------------------------------------------------------------------------------

def test_estimate_range_with_speaker_and_date() -> None:
    text = "In March 2019 General Ahmad Rashidi estimated that the Northern Front had between 1,000 and 1,500 fighters."
    (e,) = est(text)
    assert (e.subject, e.low, e.high, e.unit, e.date, e.by) == (
        "Northern Front", 1000, 1500, "fighters", "2019-03", "Ahmad Rashidi")
    _spans_ok(text, [e])


def test_estimate_upper_bound_and_vague() -> None:
    (e,) = est("The Northern Front now boasts as many as 5,000 fighters.")
    assert (e.low, e.high) == (None, 5000)
    (v,) = est("The Northern Front was estimated in 2020 to have a few thousand members.")
    assert (v.low, v.high, v.unit, v.date) == (2000, None, "members", "2020") and v.extra.get("vague")


def test_estimate_presence_without_unit_noun() -> None:
    (e,) = est("Officials estimated the Northern Front presence in the valley at 2000-3000 in 2017.")
    assert (e.low, e.high, e.unit) == (2000, 3000, "fighters") and e.extra.get("unit_stated") is False


def test_estimate_group_claim_through_anaphor() -> None:
    (e,) = est("The Northern Front expanded quickly. By May 2016 the group claimed around 1,100 members.")
    assert (e.subject, e.low, e.date, e.by) == ("Northern Front", 1100, "2016-05", "Northern Front")


def test_casualties_and_transfers_are_not_estimates() -> None:
    assert est("Air strikes killed 45 Northern Front fighters in 2019.") == []
    assert est("The Northern Front sent 300 fighters to the border in 2018.") == []
    assert est("Police arrested 60 Northern Front militants in 2017.") == []
    assert est("Two Northern Front fighters attacked a checkpoint in 2020.") == []


def test_change_gives_two_estimates() -> None:
    got = est("Strikes cut the estimated number of Northern Front fighters from 3,000 to 600.")
    assert [(e.low, e.high) for e in got] == [(3000, 3000), (600, 600)]


# -- bad input ------------------------------------------------------------------------------------

@pytest.mark.parametrize("fn", [extract_relations, extract_leadership, extract_estimates])
def test_bad_input_never_crashes(fn: object) -> None:
    f = fn  # type: ignore[assignment]
    assert f("", [], [], []) == []  # type: ignore[operator]
    assert f(None, None, None, None) == []  # type: ignore[operator]
    text = "The Northern Front pledged allegiance to the Red Banner Movement."
    sents, actors, dates = _inputs(text)
    assert isinstance(f(text, [(5, 2), (-4, 999), ("a", "b")], actors, dates), list)  # type: ignore[operator]
    assert isinstance(f(text, sents, [object(), None], [object()]), list)  # type: ignore[operator]
    assert isinstance(f(text, None, actors, None), list)  # type: ignore[operator]


def test_gold_files_follow_the_schema() -> None:
    keys = {"relations.jsonl": {"subject", "relation", "object", "date", "end_date", "doc", "quote"},
            "leadership.jsonl": {"org", "role", "person", "order", "start", "end", "end_reason", "docs"},
            "estimates.jsonl": {"org", "low", "high", "unit", "as_of", "by", "doc", "quote"}}
    for name, want in keys.items():
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert set(row) == want, (name, row)
            doc = row.get("doc") or row["docs"][0]
            text = (GOLD / "docs" / doc).read_text(encoding="utf-8")
            if row.get("quote"):
                assert row["quote"] in text, row["quote"]


def test_gold_eval_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("claims_eval", Path(__file__).parents[2] / "benchmarks" / "claims_eval.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--docs", str(GOLD / "docs"), "--gold", str(GOLD)]) == 0
    out = capsys.readouterr().out
    assert "relations" in out and "leadership" in out and "estimates" in out


def test_an_estimate_of_the_present_is_as_of_the_document_date() -> None:
    text = ("The Northern Front is a small force (estimates today are of around 2,000 Northern Front fighters). "
            "In 2016 the Northern Front grew. The Northern Front had 3,000 fighters at the time. "
            "The Northern Front has 900 fighters, according to the army.")
    sents, actors, _ = _inputs(text)
    got = extract_estimates(text, sents, actors, find_dates(text, "2021-09-01"), doc_id="d1", dct="2021-09-01")
    assert [(c.low, c.date, c.extra.get("as_of_from")) for c in got] == [
        (2000, "2021-09-01", "document date"), (3000, None, None), (900, "2021-09-01", "document date")]
    assert [c.date for c in extract_estimates(text, sents, actors, find_dates(text, None), doc_id="d1")] == [None] * 3
    assert all(c.date is None for c in extract_estimates(text, sents, actors, [], doc_id="d1", dct="../2021"))


def test_estimates_listed_under_a_strength_heading() -> None:
    from chronica.actors import find_actors
    from chronica.knowledge.estimates import extract_estimates
    from chronica.records import Block
    from chronica.segment import split_sentences
    from chronica.time import find_dates

    text = ("GROUP PROFILE: THE NORTHERN FRONT\nThe Northern Front fights in the hills. The Northern Front recruits.\n\n"
            "STRENGTH ESTIMATES (fighters)\n- 2009: \"a few hundred\" - figure given by local officials.\n"
            "- Mid-2010s: roughly 2,000 to 3,000 - the range cited by army officers.\n\nHISTORY\nIt began in 2001.\n")
    blocks, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(pos, pos + len(line), ""))
        pos += len(line) + 1
    sents = split_sentences(text, blocks)
    found = [c for c in extract_estimates(text, sents, find_actors(text, sents), find_dates(text, None))
             if c.extra.get("list")]
    assert [(c.subject, c.low, c.high, c.unit, c.date) for c in found] == [
        ("Northern Front", 200, None, "fighters", "2009"), ("Northern Front", 2000, 3000, "fighters", "201X~")]
    assert found[0].by and "local officials" in found[0].by


def test_a_leadership_succession_list_in_a_profile() -> None:
    from chronica.actors import find_actors
    from chronica.knowledge.leadership import extract_leadership
    from chronica.records import Block
    from chronica.segment import split_sentences
    from chronica.time import find_dates

    text = ("GROUP PROFILE: THE NORTHERN FRONT\nThe Northern Front fights in the hills. The Northern Front recruits.\n\n"
            "LEADERSHIP SUCCESSION\n- Omar Daud Khan: military commander in the early years; killed in an air strike on 2 May 2009.\n"
            "- Tariq Aziz Noor (also spelled Nur): emir from about 2009; arrested in Quetta on 4 June 2013.\n\n")
    blocks, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(pos, pos + len(line), ""))
        pos += len(line) + 1
    sents = split_sentences(text, blocks)
    got = {c.object: (c.subject, c.role, c.date, c.end_date, c.end_reason)
           for c in extract_leadership(text, sents, find_actors(text, sents), find_dates(text, None))}
    assert got["Omar Daud Khan"] == ("Northern Front", "commander", None, "2009-05-02", "killed")
    assert got["Tariq Aziz Noor"] == ("Northern Front", "emir", "2009~", "2013-06-04", "arrested")
