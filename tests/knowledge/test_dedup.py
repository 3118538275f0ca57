"""Same-event deduplication: small records written for the tests, and the gold files' shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from chronica.knowledge.dedup import (
    DedupConfig,
    cluster_events,
    dedup_events,
    explain_pair,
    merge_cluster,
    merged_id,
)
from chronica.knowledge.dedup_text import content_words, targets

GOLD = Path(__file__).parent / "data" / "dedup_gold"

_DAYS = {"day": 0}


def rec(id_: str, date: str, *, type_: str = "attack", place: str | None = None, admin1: str | None = None,
        country: str | None = None, feature: str = "city", killed: int | None = None, wounded: int | None = None,
        actors: tuple[str, ...] = (), quote: str = "", doc: str = "d1", start: int = 0,
        lat: float | None = None, lon: float | None = None) -> dict[str, Any]:
    parts = date.split("-")
    if len(parts) == 3:
        lo = hi = date
        precision = "day"
    elif len(parts) == 2:
        lo, hi, precision = f"{date}-01", f"{date}-28", "month"
    else:
        lo, hi, precision = f"{date}-01-01", f"{date}-12-31", "year"
    loc = None
    if place or admin1 or country:
        loc = {"place": place, "feature": feature if place else None, "admin1": admin1, "country": country,
               "lat": lat, "lon": lon, "precision": 1 if place else 6}
    return {
        "id": id_, "date": date, "earliest": lo, "latest": hi, "precision": precision, "type": type_,
        "actors": [{"name": a, "kind": "org", "role": None, "text": a} for a in actors],
        "location": loc, "killed": killed, "wounded": wounded, "casualties": [], "relevant": True,
        "sources": [{"doc": f"{doc}.txt", "doc_id": doc, "start": start, "end": start + len(quote), "quote": quote,
                     "date": date, "killed": killed, "wounded": wounded}],
    }


def together(clusters: list[list[int]], *idx: int) -> bool:
    return any(set(idx) <= set(c) for c in clusters)


def test_cross_document_same_attack_with_different_tolls_is_one_contested_event() -> None:
    records = [
        rec("a", "2024-01-03", place="Kerman", admin1="Kerman", country="IR", killed=84, doc="d1",
            quote="Twin bombings near the cemetery in Kerman killed 84 people during the commemoration."),
        rec("b", "2024-01-03", place="Kerman", admin1="Kerman", country="IR", killed=95, doc="d2",
            quote="Two explosions at the cemetery ceremony in Kerman killed at least 95 mourners."),
        rec("c", "2024-01-04", place="Kerman", admin1="Kerman", country="IR", killed=103, doc="d3",
            quote="The toll of the Kerman cemetery bombings was first reported as 103 dead."),
    ]
    clusters = cluster_events(records)
    assert clusters == [[0, 1, 2]]
    merged = dedup_events(records)
    assert len(merged) == 1
    ev = merged[0]
    assert ev["contested"] is True and "killed" in ev["contested_fields"]
    assert sorted(c["value"] for c in ev["claims"]["killed"]) == [84, 95, 103]
    assert {c["value"] for c in ev["claims"]["date"]} == {"2024-01-03", "2024-01-04"}
    assert ev["date"] == "2024-01-03"  # two sources against one
    assert [s["killed"] for s in ev["sources"]] and {s["killed"] for s in ev["sources"]} == {84, 95, 103}
    assert ev["id"] == merged_id(["a", "b", "c"]) == merged_id(["c", "a", "b"])
    assert ev["merged_by"] and "same-place" in ev["merged_by"]


def test_same_day_attacks_in_different_cities_never_merge() -> None:
    records = [
        rec("a", "2015-11-13", place="Paris", admin1="Ile-de-France", country="FR", killed=130, actors=("Islamic State",),
            quote="Gunmen and suicide bombers attacked a concert hall and restaurants, killing 130 people.", doc="d1"),
        rec("b", "2015-11-13", place="Beirut", admin1="Beirut", country="LB", killed=130, actors=("Islamic State",),
            quote="Gunmen and suicide bombers attacked a concert hall and restaurants, killing 130 people.", doc="d2"),
    ]
    assert cluster_events(records) == [[0], [1]]
    assert explain_pair(records, 0, 1)["blocked"] == "place"


def test_a_statement_about_an_attack_is_not_the_attack() -> None:
    records = [
        rec("a", "2017-05-22", place="Manchester", country="GB", killed=22, doc="d1",
            quote="A suicide bomber killed 22 people at the Manchester Arena."),
        rec("b", "2017-05-22", type_="statement", place="Manchester", country="GB", killed=22, doc="d2",
            quote="The Islamic State claimed the Manchester Arena bombing that killed 22 people."),
    ]
    assert cluster_events(records) == [[0], [1]]
    assert explain_pair(records, 0, 1)["blocked"] == "type"


def test_a_month_contains_a_day_and_a_village_is_in_its_province() -> None:
    records = [
        rec("a", "2015-02-09", type_="death", place="Kajaki", admin1="Helmand", country="AF", killed=5,
            actors=("Abdul Rauf Khadim",), doc="d1",
            quote="Mullah Abdul Rauf Khadim was killed with four others by a drone strike in Kajaki."),
        rec("b", "2015-02", type_="military_operation", place="Helmand", admin1="Helmand", feature="admin1",
            country="AF", actors=("Abdul Rauf Khadim",), doc="d2",
            quote="A US drone strike in Helmand in February 2015 killed Abdul Rauf Khadim and his bodyguards."),
    ]
    assert cluster_events(records) == [[0, 1]]
    ev = merge_cluster(records)
    assert ev["date"] == "2015-02-09"  # the month supports the day it contains; the day is more precise
    assert ev["location"]["place"] == "Kajaki"
    assert ev["contested"] is False  # a coarser date and place are no disagreement
    assert ev["type"] in ("death", "military_operation")


def test_days_too_far_apart_block_and_a_day_or_two_does_not() -> None:
    base = dict(place="Garissa", admin1="Garissa", country="KE", killed=148)
    q = "Gunmen attacked Garissa University College and killed 148 students."
    near = [rec("a", "2015-04-02", doc="d1", quote=q, **base), rec("b", "2015-04-03", doc="d2", quote=q, **base)]
    far = [rec("a", "2015-04-02", doc="d1", quote=q, **base), rec("b", "2015-04-09", doc="d2", quote=q, **base)]
    assert cluster_events(near) == [[0, 1]]
    assert cluster_events(far) == [[0], [1]]
    assert explain_pair(far, 0, 1)["blocked"] == "date"


def test_same_document_repeat_merges_but_two_timeline_entries_do_not() -> None:
    records = [
        rec("a", "2022-06-18", place="Kabul", country="AF", actors=("ISKP",), doc="d1", start=100,
            quote="The video discusses the revenge attack in Kabul against a Sikh temple on 18 June 2022."),
        rec("b", "2022-06-18", place="Kabul", country="AF", killed=2, actors=("ISKP",), doc="d1", start=5000,
            quote="18 June 2022, ISKP detonated a car bomb outside a Sikh temple in Kabul, killing two people."),
        rec("c", "2022-06-19", type_="leadership", actors=("ISKP", "Sirajuddin Haqqani"), doc="d2", start=10,
            quote="6/19 The shura appoints Sirajuddin Haqqani as deputy."),
        rec("d", "2022-06-20", type_="leadership", actors=("ISKP", "Sirajuddin Haqqani"), doc="d2", start=80,
            quote="6/20 The shura grants Sirajuddin Haqqani the title of operational commander."),
    ]
    clusters = cluster_events(records)
    assert together(clusters, 0, 1)
    assert not together(clusters, 2, 3)


def test_different_targets_and_far_tolls_keep_same_day_same_city_attacks_apart() -> None:
    records = [
        rec("a", "2022-09-30", place="Kabul", country="AF", killed=54, doc="d1",
            quote="A suicide bomber attacked an education centre for Hazara girls, killing 54."),
        rec("b", "2022-09-30", place="Kabul", country="AF", killed=2, doc="d2",
            quote="A bomb hidden in a cart exploded outside a mosque, killing two worshippers."),
    ]
    assert cluster_events(records) == [[0], [1]]


def test_chains_cannot_join_blocked_records() -> None:
    # a coarse mention links to two day events of different cities: it may join one, never both
    records = [
        rec("a", "2016-03", place=None, country="BE", doc="d1", quote="the March 2016 bombings at the airport"),
        rec("b", "2016-03-22", place="Brussels", admin1="Brussels", country="BE", doc="d2",
            quote="bombings at the airport and the metro"),
        rec("c", "2016-03-22", place="Antwerp", admin1="Antwerp", country="BE", doc="d3",
            quote="bombings at the airport and the metro"),
    ]
    clusters = cluster_events(records)
    assert not together(clusters, 1, 2)


def test_undated_records_stay_alone_and_every_index_appears_once() -> None:
    records = [rec("a", "2015-04-02", place="Garissa", country="KE", quote="x"), dict(rec("b", "2015", quote="y"),
               date=None, earliest=None, latest=None)]
    clusters = cluster_events(records)
    assert sorted(i for c in clusters for i in c) == [0, 1]


def test_merge_ties_go_to_the_more_precise_figure_then_the_earliest_published() -> None:
    records = [
        rec("a", "2010-07-11", place="Kampala", country="UG", killed=70, doc="d1", quote="more than 70 killed"),
        rec("b", "2010-07-11", place="Kampala", country="UG", killed=74, doc="d2", quote="74 killed"),
    ]
    ev = merge_cluster(records)
    assert ev["killed"] == 74  # a round figure loses a tie to an exact-looking one
    records = [
        rec("a", "2010-07-11", place="Kampala", country="UG", killed=74, doc="d1", quote="74 killed"),
        rec("b", "2010-07-11", place="Kampala", country="UG", killed=76, doc="d2", quote="76 killed"),
    ]
    assert merge_cluster(records, published={"d1": "2010-07-13", "d2": "2010-07-12"})["killed"] == 76
    assert merge_cluster(records, published={"d1": "2010-07-12", "d2": "2020-07-11"})["killed"] == 74
    assert merge_cluster(records, published={"d2": "2020-07-11"})["sources"][0]["published"] == "2020-07-11"


def test_merge_keeps_each_sources_own_statement() -> None:
    records = [
        rec("a", "2013-09-21", place="Nairobi", country="KE", killed=59, wounded=175, doc="d1", quote="at least 59"),
        rec("b", "2013-09", place="Nairobi", country="KE", killed=67, doc="d2", quote="67 died"),
    ]
    ev = merge_cluster(records)
    by_doc = {s["doc_id"]: s for s in ev["sources"]}
    assert by_doc["d1"]["killed"] == 59 and by_doc["d1"]["wounded"] == 175 and by_doc["d1"]["date"] == "2013-09-21"
    assert by_doc["d2"]["killed"] == 67 and by_doc["d2"]["date"] == "2013-09"
    assert ev["members"] == ["a", "b"] and ev["contested_fields"] == ["killed"]
    with pytest.raises(ValueError):
        merge_cluster([])


def test_wording_helpers() -> None:
    assert {"bomb", "westgate", "mall"} <= content_words("Al-Shabaab's bombers attacked the Westgate shopping mall")
    assert targets("a Shia mosque and two police stations") == {"mosque", "police"}
    assert targets("In March 2015 the group") == frozenset()


def test_blocking_finds_pairs_without_comparing_all(monkeypatch: pytest.MonkeyPatch) -> None:
    from chronica.knowledge import dedup

    records = [rec(f"e{i}", f"20{10 + i % 10}-0{1 + i % 9}-1{i % 10}", place=f"P{i % 37}", country="AF",
                   quote=f"bombing number {i} at P{i % 37}", doc=f"d{i}") for i in range(400)]
    calls = 0
    real = dedup._compare

    def counting(*args: Any, **kw: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args, **kw)

    monkeypatch.setattr(dedup, "_compare", counting)
    cluster_events(records, DedupConfig())
    assert calls < len(records) * (len(records) - 1) // 20


@pytest.mark.parametrize("name", ["sample", "heldout"])
def test_gold_files_are_consistent(name: str) -> None:
    folder = GOLD / name
    docs = folder / "docs"
    gold = [json.loads(line) for p in sorted(folder.glob("*.events.jsonl")) for line in p.open(encoding="utf-8")]
    ids = {g["id"] for g in gold}
    assert len(ids) == len(gold)
    for g in gold:
        assert len(g["quote"]) >= 30 and g["type"] and g["date"]
        if docs.exists() and (docs / g["doc"]).suffix == ".txt":
            assert g["quote"] in (docs / g["doc"]).read_text(encoding="utf-8")
    for line in (folder / "clusters.jsonl").open(encoding="utf-8"):
        c = json.loads(line)
        assert set(c["cluster"]) <= ids and set(c.get("optional", [])) <= ids


def test_a_sentence_printed_twice_in_one_document_is_one_event() -> None:
    caption = "Minister Dana Orlov and envoy Pim Vasko held talks in Geneva on 3 May about the ceasefire."
    records = [
        rec("a", "2019-05-03", type_="meeting", place="Geneva", country="CH", quote=caption, start=100),
        rec("b", "2019-05-03", type_="meeting", place="Geneva", country="CH", quote=caption,
            start=100 + len(caption) + 1),
        # the same words in another document are not a repeat: they are judged as two sources
        rec("c", "2019-05-04", type_="meeting", place="Geneva", country="CH", quote=caption, doc="d2"),
    ]
    clusters = cluster_events(records)
    assert together(clusters, 0, 1)
    assert "repeated-sentence" in explain_pair(records, 0, 1)["rules"]


def test_the_same_person_at_the_same_place_on_the_same_day_in_one_document_is_one_meeting() -> None:
    def person_rec(id_: str, start: int, quote: str, people: tuple[str, ...]) -> dict[str, Any]:
        r = rec(id_, "2019-05-03", type_="meeting", place="Geneva", country="CH", quote=quote, start=start)
        r["actors"] = [{"name": p, "kind": "person", "role": None, "text": p} for p in people]
        return r

    filler = [rec(f"f{i}", f"2019-0{1 + i % 8}-1{i % 9}", type_="statement", quote=f"Filler statement {i} on trade.",
                  start=5000 + 300 * i) for i in range(12)]
    records = [
        person_rec("a", 100, "Dana Orlov and Pim Vasko held talks in Geneva on 3 May about the ceasefire.",
                   ("Dana Orlov", "Pim Vasko")),
        person_rec("b", 1200, "After a three-hour meeting in Geneva on 3 May, Orlov said she and Pim Vasko had "
                              "discussed the prisoner exchange.", ("Orlov", "Pim Vasko")),
        *filler,
    ]
    assert together(cluster_events(records), 0, 1)


def test_two_sentences_a_line_apart_can_tell_one_event_but_two_clauses_of_one_sentence_cannot() -> None:
    first = "12 May 2021, the Front bombed a Sufi shrine in Lorvan, killing 14 worshippers."
    second = "On 12 May 2021 a bomb at the Lorvan shrine killed 14 people at prayer."
    records = [
        rec("a", "2021-05-12", place="Lorvan", country="XX", killed=14, quote=first, start=0),
        rec("b", "2021-05-12", place="Lorvan", country="XX", killed=14, quote=second, start=len(first) + 1),
    ]
    assert together(cluster_events(records), 0, 1)
    clause = "12 May 2021, the Front bombed a Sufi shrine in Lorvan"
    records2 = [
        rec("a", "2021-05-12", place="Lorvan", country="XX", killed=14, quote=clause, start=0),
        rec("b", "2021-05-12", place="Lorvan", country="XX", killed=14, quote="and a second bomb hit the shrine.",
            start=len(clause) + 2),
    ]
    assert not together(cluster_events(records2), 0, 1)
    another = "A second bombing at the Lorvan shrine on 12 May 2021 killed 14 more worshippers."
    records3 = [
        rec("a", "2021-05-12", place="Lorvan", country="XX", killed=14, quote=first, start=0),
        rec("b", "2021-05-12", place="Lorvan", country="XX", killed=14, quote=another, start=len(first) + 1),
    ]
    assert not together(cluster_events(records3), 0, 1)



def test_a_merged_record_names_one_resolved_person_once() -> None:
    from chronica.knowledge.merged import _one_name_per_entity

    def member(doc: str, name: str) -> dict[str, Any]:
        return {"actors": [{"name": name, "kind": "person"}, {"name": "Front", "kind": "org"}],
                "sources": [{"doc_id": doc}]}

    members = [member("d1", "Rian Dorsey Khan"), member("d2", "Rian Khan Dorsey")]
    actors = [{"name": "Rian Dorsey Khan", "kind": "person"}, {"name": "Front", "kind": "org"},
              {"name": "Rian Khan Dorsey", "kind": "person"}]
    index = {("d1", "Rian Dorsey Khan"): "p1", ("d2", "Rian Khan Dorsey"): "p1", ("d1", "Front"): "g1",
             ("d2", "Front"): "g1"}
    got = _one_name_per_entity(actors, members, index, {"p1": "Rian Khan Dorsey", "g1": "Front"})
    assert [a["name"] for a in got] == ["Rian Khan Dorsey", "Front"]


def test_a_ministry_that_speaks_is_a_source_not_a_target() -> None:
    assert targets("a day after the raid that the country's health ministry said had killed at least 40") == frozenset()
    assert targets("according to the hospital, 12 people died") == frozenset()
    assert targets("a car bomb hit the ministry of finance") == {"ministry"}
    records = [
        rec("a", "2019-06-04", place="Tarvo", country="XX", killed=44, doc="d1",
            quote="Gunmen stormed the Belvane shopping mall in Tarvo and held it for a day."),
        rec("b", "2019-06-04", place="Tarvo", country="XX", killed=40, doc="d2",
            quote="an assault that the interior ministry said had killed at least 40 shoppers in Tarvo"),
    ]
    assert together(cluster_events(records), 0, 1)


def test_close_tolls_on_the_same_day_at_the_same_place_identify_one_attack() -> None:
    records = [
        rec("a", "2018-11-09", place="Dunmere", country="XX", killed=130, doc="d1",
            quote="Coordinated gunfire and blasts across Dunmere left 130 dead."),
        rec("b", "2018-11-09", place="Dunmere", country="XX", killed=129, doc="d2",
            quote="At least 129 were killed in Dunmere on Friday evening, officials say."),
    ]
    assert together(cluster_events(records), 0, 1)
    assert "casualties-close-same-day-and-place" in explain_pair(records, 0, 1)["rules"]
    # small tolls are shared by countless incidents: they still do not identify one
    small = [dict(r, killed=k) for r, k in zip(records, (3, 4), strict=True)]
    assert not together(cluster_events(small), 0, 1)


def test_the_total_of_a_passage_joins_the_whole_its_sub_events_joined() -> None:
    # d1 tells the two bombings and then their toll in one passage; d2 tells the whole. The airport
    # bombing joins d2's whole first; the toll (another kind of record, a death count) still joins it,
    # while the metro bombing, a second incident of the same kind in the airport's passage, does not.
    airport = "The airport bombing in Veldmark tore through the departures hall,"
    metro = "and the metro bombing hit a train an hour later."
    toll = "32 people died in total."
    records = [
        rec("air", "2016-03-22", place="Veldmark", country="XX", doc="d1", quote=airport, start=0),
        rec("met", "2016-03-22", place="Veldmark", country="XX", doc="d1", quote=metro, start=len(airport) + 1),
        rec("tot", "2016-03-22", type_="death", place="Veldmark", country="XX", killed=32, doc="d1", quote=toll,
            start=len(airport) + len(metro) + 2),
        rec("all", "2016-03-22", place="Veldmark", country="XX", killed=32, doc="d2",
            quote="Bombings at the Veldmark airport departures hall and on a metro train killed 32 people."),
    ]
    clusters = cluster_events(records)
    assert together(clusters, 0, 2, 3)
    assert not together(clusters, 0, 1)
    # two clauses of one kind in one sentence never join, even through a third record
    assert explain_pair(records, 0, 1)["blocked"] == "same-passage"


def test_two_appointments_of_one_named_person_are_one() -> None:
    def lead(id_: str, date: str, quote: str, doc: str) -> dict[str, Any]:
        r = rec(id_, date, type_="leadership", actors=("Front of Varn",), quote=quote, doc=doc)
        r["actors"].append({"name": "Tomas Irveld", "kind": "person", "role": None, "text": "Tomas Irveld"})
        return r

    records = [
        lead("a", "2014-09-06", "The Front of Varn names Tomas Irveld as its new leader.", "d1"),
        lead("b", "2014-09-06", "Irveld took over on 6 September, days after the old chief died.", "d2"),
    ]
    assert together(cluster_events(records), 0, 1)
    assert "same-person-named" in explain_pair(records, 0, 1)["rules"]


def test_a_year_level_mention_joins_the_one_attack_of_that_city_and_year() -> None:
    records = [
        rec("a", "2019-06-14", place="Harran", admin1="North", country="XX", killed=41, doc="d1",
            quote="A truck bomb at the central market of Harran killed 41 people on 14 June 2019."),
        rec("b", "2019", place="Harran", admin1="North", country="XX", doc="d2",
            quote="Residents have lived under curfew since what happened there in 2019."),
        rec("c", "2021", place="Harran", admin1="North", country="XX", doc="d2", start=400,
            quote="A 2021 attack on the Harran stadium followed."),
    ]
    clusters = cluster_events(records)
    assert together(clusters, 0, 1)
    assert not together(clusters, 0, 2)  # another year: nothing to join


def test_a_year_level_mention_stays_alone_when_the_year_holds_two_attacks_there() -> None:
    records = [
        rec("a", "2019-06-14", place="Harran", admin1="North", country="XX", killed=41, doc="d1",
            quote="A truck bomb at the central market of Harran killed 41 people."),
        rec("b", "2019-09-02", place="Harran", admin1="North", country="XX", killed=7, doc="d1", start=300,
            quote="Gunmen attacked a checkpoint in Harran, killing 7 soldiers."),
        rec("c", "2019", place="Harran", admin1="North", country="XX", doc="d2",
            quote="Since the Harran attack in 2019 the city has lived under curfew."),
    ]
    clusters = cluster_events(records)
    assert [2] in clusters


def front(id_: str, date: str, type_: str, doc: str, quote: str, place: str | None = None) -> dict[str, Any]:
    """A record of the invented Red Hand Front in the invented country XX."""
    return rec(id_, date, type_=type_, place=place, country="XX", actors=("Red Hand Front",), doc=doc, quote=quote)


def test_a_statement_that_tells_a_withdrawal_joins_the_withdrawal_but_a_claim_does_not() -> None:
    records = [
        front("a", "2019-03-04", "statement", "d1", place="Port Vellan",
              quote="The Red Hand Front withdraws most of its fighters from Port Vellan, describing the move as a regrouping."),
        front("b", "2019-03", "territory", "d2", place="Port Vellan",
              quote="In March 2019 the Red Hand Front pulled its fighters out of Port Vellan after months of fighting."),
        front("c", "2019-03-04", "statement", "d3", place="Port Vellan",
              quote="The Red Hand Front claimed its fighters had left Port Vellan of their own accord."),
    ]
    clusters = cluster_events(records)
    assert together(clusters, 0, 1)
    assert not together(clusters, 1, 2) and not together(clusters, 0, 2)
    merged = [m for m in dedup_events(records) if len(m["members"]) == 2][0]
    assert merged["type"] == "territory"  # the happening over the talk about it, on a tie
    assert {s["type"] for s in merged["sources"]} == {"statement", "territory"}  # each keeps its own
    assert "statement-tells-it" in merged["merged_by"]


def test_a_statement_announcing_a_successor_joins_the_appointment() -> None:
    records = [
        rec("a", "2021-05-09", type_="leadership", actors=("Red Hand Front", "Tomas Varga"), doc="d1",
            quote="The Red Hand Front named Tomas Varga its new leader on 9 May 2021."),
        rec("b", "2021-05-09", type_="statement", actors=("Red Hand Front", "Tomas Varga"), doc="d2",
            quote="On 9 May the group announced that Tomas Varga would succeed the late commander."),
        rec("c", "2021-05-10", type_="statement", actors=("Red Hand Front", "Tomas Varga"), doc="d3",
            quote="The Red Hand Front denied that Tomas Varga would succeed the late commander."),
    ]
    clusters = cluster_events(records)
    assert together(clusters, 0, 1) and not together(clusters, 0, 2)


def test_reported_types_wording() -> None:
    from chronica.knowledge.dedup_text import reported_types

    assert reported_types("The movement has lost Dorrin and two smaller towns.", "other") == {"territory"}
    assert reported_types("Listed by the council: designations of the Front in 2009.", "statement") == {"designation"}
    assert reported_types("Officials blamed the Front, which lost control of Dorrin in 2011.", "statement") == set()
    assert reported_types("The Front withdraws from Dorrin.", "territory") == set()  # only statements and 'other'
    assert reported_types("He lost the vote in parliament.", "statement") == set()


def test_a_town_lost_by_one_group_in_one_month_is_one_event_however_worded() -> None:
    records = [
        front("a", "2015-06", "territory", "d1", place="Dorrin",
              quote="The Red Hand Front pulled out of Dorrin under pressure from the army."),
        front("b", "2015-06", "other", "d2", place="Dorrin",
              quote="By then the Red Hand Front had lost Dorrin (June 2015) but still held the hills."),
        front("c", "2015-06", "territory", "d3", place="Sallow",
              quote="The Red Hand Front pulled out of Sallow under pressure from the army."),
        front("d", "2015", "other", "d4", place="Dorrin",
              quote="The Red Hand Front lost Dorrin in 2015."),
    ]
    why = explain_pair(records, 0, 1)
    assert why["linked"] and "same-town-changed-hands" in why["rules"]
    assert "same-town-changed-hands" not in explain_pair(records, 0, 3).get("rules", [])  # a year is too wide
    clusters = cluster_events(records)
    assert together(clusters, 0, 1) and not together(clusters, 0, 2) and not together(clusters, 1, 2)


def test_a_record_dated_by_its_announcement_joins_no_event_of_another_day() -> None:
    records = [
        rec("a", "2018-11-05", type_="death", place="Orlan", admin1="Veshta", country="XX", killed=6, doc="d1",
            actors=("Red Hand Front",), quote="A drone strike near Orlan in Veshta province killed six Red Hand Front fighters."),
        rec("b", "2018-11-06", type_="attack", country="XX", killed=6, doc="d2", actors=("Red Hand Front",),
            quote="The defence ministry announced 6 November 2018 the deaths of six Red Hand Front fighters in a drone strike."),
        rec("c", "2018-11-05", type_="military_operation", admin1="Veshta", country="XX", killed=6, doc="d2", start=200,
            actors=("Red Hand Front",), quote="A drone strike in Veshta province killed six Red Hand Front fighters."),
    ]
    assert explain_pair(records, 0, 1)["blocked"] == "announced-another-day"
    assert explain_pair(records, 1, 2)["blocked"] == "announced-another-day"
    clusters = cluster_events(records)
    assert together(clusters, 0, 2) and not together(clusters, 0, 1)


def test_dated_report_wording() -> None:
    from chronica.knowledge.dedup_text import dated_report

    assert dated_report("Officials said on Tuesday that the convoy was hit.")
    assert dated_report("The army confirmed March 3 that two were held.")
    assert not dated_report("The bombing on 3 March killed five, police said.")
    assert not dated_report("He said May had been quiet.")


def test_a_rare_thing_named_in_both_passages_helps_identify_one_event() -> None:
    from chronica.knowledge.dedup_text import name_pairs

    assert name_pairs("The strike used a Heavy Thunder Penetrator bomb.") == {"heavy thunder", "thunder penetrator"}
    assert name_pairs("The Ministry said") == set()  # 'The' opens the run, one word is left
    records = [
        rec("a", "2019-08", type_="military_operation", admin1="Veshta", country="XX", doc="d1",
            actors=("Northern Army",), quote="In August 2019 the army dropped a Heavy Thunder Penetrator on caves in Veshta."),
        rec("b", "2019-08-14", type_="military_operation", place="Orlan", admin1="Veshta", country="XX", doc="d2",
            actors=("Northern Army",), quote="On 14 August 2019 a Heavy Thunder Penetrator bomb hit a cave complex near Orlan."),
        rec("c", "2019-08-15", type_="military_operation", place="Orlan", admin1="Veshta", country="XX", doc="d3",
            actors=("Northern Army",), quote="Northern Army troops raided a compound near Orlan."),
    ]
    why = explain_pair(records, 0, 1)
    assert why["linked"] and "same-thing-named" in why["rules"]
    assert "same-thing-named" not in explain_pair(records, 1, 2).get("rules", [])  # the actor's name is no thing


def _undated(r: dict[str, Any]) -> dict[str, Any]:
    r = dict(r, date=None, earliest=None, latest=None, precision=None)
    r["sources"] = [dict(r["sources"][0], date=None)]
    return r


def test_an_undated_attack_on_a_named_weekday_joins_the_one_dated_attack_of_that_weekday() -> None:
    dated = rec("a", "2019-03-14", place="Darra", country="XX", killed=30, doc="d1",
                quote="On 14 March 2019 a suicide bomber struck the cattle market in Darra, killing 30 people.")
    other = rec("b", "2019-03-20", place="Darra", country="XX", killed=4, doc="d1", start=200,
                quote="On 20 March 2019 gunmen attacked a checkpoint in Darra, killing 4 police officers.")
    loose = _undated(rec("c", "2019", place="Darra", country="XX", killed=28, doc="d2",
                         quote="The bombing at the cattle market in Darra on Thursday killed 28 people."))
    clusters = cluster_events([dated, other, loose])
    assert together(clusters, 0, 2) and not together(clusters, 1, 2)  # 14 March 2019 was a Thursday
    wrong_day = _undated(rec("d", "2019", place="Darra", country="XX", doc="d2",
                             quote="The bombing at the cattle market in Darra on Friday killed 28 people."))
    assert not together(cluster_events([dated, other, wrong_day]), 0, 2)
    no_word = _undated(rec("e", "2019", place="Darra", country="XX", doc="d2",
                           quote="Thursday's violence in Darra shocked residents."))
    assert not together(cluster_events([dated, other, no_word]), 0, 2)


def test_the_export_keeps_an_undated_source_of_a_dated_event(tmp_path: Path) -> None:
    from chronica.api import ingest
    from chronica.knowledge.build import update
    from chronica.knowledge.merged import merged_events
    from chronica.store import Store

    (tmp_path / "a.txt").write_text("Market attack\n\nOn 14 March 2019 a suicide bomber struck the cattle market in "
                                    "Kabul, killing 30 people.\n", "utf-8")
    (tmp_path / "b.txt").write_text("A view from the city\n\nThe bombing at the cattle market in Kabul on Thursday "
                                    "killed 28 people, residents said.\n", "utf-8")
    store = Store.open(str(tmp_path / "t.db"))
    try:
        assert all(r.status != "failed" for r in ingest(store, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]))
        update(store)
        market = [e for e in merged_events(store) if "market" in e["sources"][0]["quote"]]
        assert len(market) == 1 and market[0]["date"] == "2019-03-14"
        assert sorted(s.get("killed") for s in market[0]["sources"]) == [28, 30]  # each source its own toll
    finally:
        store.close()
