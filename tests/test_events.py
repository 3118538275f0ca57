"""Events: detection, typing, clause splitting, dating, relevance, the store, the CLI and the corpora."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronica.api import ingest
from chronica.cli import main
from chronica.events.extract import SegmentInfo, extract_events
from chronica.events.query import EventFilter, select_events
from chronica.sample import corpus_path
from chronica.segment import split_sentences
from chronica.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EVAL = SHARED / "eval"
EXPECTED = Path(__file__).parent / "data" / "sample_expected.json"


def _events(text: str, dct: str | None = None, segments: list[SegmentInfo] | None = None):  # type: ignore[no-untyped-def]
    from chronica.records import Block

    blocks = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(pos, pos + len(line), None))
        pos += len(line) + 1
    spans = list(split_sentences(text, blocks))
    return extract_events(text, spans, doc_id="d", dct=dct, segments=segments or [])


def test_timeline_entries_take_the_heading_year_and_roll_over() -> None:
    text = "Timeline 2014\n\n11/19 A militia commander pledged allegiance to the movement.\n1/10 The movement appointed a new emir."
    evs = _events(text)
    by_type = {e.type: e for e in evs}
    assert by_type["allegiance"].date is not None and by_type["allegiance"].date.value == "2014-11-19"
    assert by_type["leadership"].date is not None and by_type["leadership"].date.value == "2015-01-10"


def test_two_happenings_in_one_sentence_become_two_events() -> None:
    text = "On 3 August 2015 the governor said loyal fighters arrested 60 rebels who subsequently escaped to join the rival movement."
    evs = _events(text)
    assert [e.type for e in evs] == ["detention", "allegiance"]
    assert evs[1].quote.startswith("escaped") and all(e.date and e.date.value == "2015-08-03" for e in evs)


def test_the_happening_outranks_the_talk_about_it() -> None:
    (death,) = _events("On 29 July 2015 the government announced the death of the movement's founder.")
    assert death.type == "death"
    (stmt,) = _events("On 2 May 2016 the ministry denied any role in the bombing.")
    assert stmt.type == "statement"


def test_a_named_person_killed_is_a_death_and_state_forces_conduct_operations() -> None:
    (death,) = _events("The commander, Karim Dostan, was killed in a drone strike on 26 July 2016.")
    assert death.type == "death"
    (op,) = _events("On 23 April 2017 US forces conducted a strike on a tunnel complex.")
    assert op.type == "military_operation"
    (attack,) = _events("On 2 March 2012 gunmen attacked a police post, killing four officers.")
    assert attack.type == "attack"


def test_a_timeline_entry_date_carries_but_a_date_in_prose_dates_its_own_sentence() -> None:
    text = ("On 4 May 2019 militants attacked a checkpoint. The group later claimed the attack.\n\n"
            "12 May 2019: Gunmen attacked a bus in the capital. The group claimed the attack.\n"
            "Officials said the attackers had escaped.\n\n"
            "Analysts said the group had been weakened.")
    evs = _events(text)
    assert [e.date.value if e.date else None for e in evs] == [
        "2019-05-04", None, "2019-05-12", "2019-05-12", "2019-05-12", None]
    assert evs[3].date is not None and evs[3].date.inherited


def test_furniture_is_skipped_and_comments_are_flagged() -> None:
    text = "Home | News | Contact us about the attack\nOn 2 May 2016 gunmen attacked a bus.\nReader: on 3 May 2016 gunmen attacked my street too."
    nav_end = text.index("\n")
    c_start = text.rindex("\n") + 1
    segments = [
        SegmentInfo("n", "navigation", 0, nav_end, None),
        SegmentInfo("a", "article", nav_end + 1, c_start, None),
        SegmentInfo("c", "comments", c_start, len(text), None),
    ]
    evs = _events(text, segments=segments)
    assert [(e.quote[:9], e.relevant) for e in evs] == [("On 2 May ", True), ("Reader: o", False)]


def test_no_text_no_events() -> None:
    assert _events("") == []
    assert extract_events("x" * 100, [], doc_id="d") == []
    assert _events("\x00\x01 random 2015 words with no happening in them") == []


def test_events_in_a_long_line_without_newlines_do_not_crash() -> None:
    text = ("On 2 May 2016 gunmen attacked a bus. " * 20000).strip()
    evs = _events(text)
    assert len(evs) >= 20000 and evs[-1].date is not None


def test_triggers_tried_by_first_letters_match_the_whole_pattern() -> None:
    import re

    from chronica.events.triggers import TRIGGERS, _prefixes, find_triggers
    from chronica.sample import corpus_files

    def every_word_start(text: str, a: int, b: int) -> list[tuple[str | None, int, int]]:
        out, pos = [], a
        for w in re.finditer(r"(?<![\w-])[A-Za-z]", text[:b]):
            if w.start() < a or w.start() < pos:
                continue
            m = TRIGGERS.match(text, w.start(), b)
            if m is not None:
                out.append((m.lastgroup, m.start(), m.end()))
                pos = m.end()
        return out

    odd = "a\u017fsault \u212aidnapped KIDNAPPED first emerged, His death; IEDs bay'ah swore an oath, took control"
    texts = [odd] + [p.read_text(encoding="utf-8", errors="replace") for p in corpus_files() if p.suffix == ".txt"]
    for text in texts:
        for a, b in [(0, len(text)), (5, len(text) // 2), (len(text) // 3, len(text) - 7)]:
            assert [(t.type, t.start, t.end) for t in find_triggers(text, a, b)] == every_word_start(text, a, b)
    assert _prefixes("(?:first )?emerged") == {"fi", "em"} and _prefixes("(?:x|yz)a") == {"xa", "yz"}
    assert _prefixes("ab?c") is None and _prefixes(r"a\(b") is None and _prefixes("(ab)") is None


# -- store, filters, CLI ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("events") / "sample.db")
    store = Store.open(db)
    results = list(ingest(store, [corpus_path()]))
    assert all(r.status == "stored" for r in results)
    store.close()
    return db


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def test_sample_corpus_facts_are_found_with_their_dates(sample_db: str) -> None:
    from chronica.time.edtf import bounds

    store = Store.open(sample_db)
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    records = select_events(store, EventFilter(include_unrelated=True))
    found = total = evidence = 0
    missed = []
    for name, want in expected.items():
        if name.startswith("_"):
            continue
        doc = store.document(name)
        text = doc["text"]
        mine = [r for r in records if r["sources"][0]["doc"] == name]
        for fact in want.get("facts", []):
            total += 1
            start = text.index(fact["quote"])
            span = (start, start + len(fact["quote"]))
            hits = [r for r in mine if _overlaps(span, (r["sources"][0]["start"], r["sources"][0]["end"]))
                    and bounds(r["date"].rstrip("~")) == bounds(fact["date"])]
            near = [r for r in mine if _overlaps(span, (r["sources"][0]["start"], r["sources"][0]["end"]))]
            evidence += bool(near)
            if hits:
                found += 1
            else:
                missed.append((name, fact["quote"], [r["date"] for r in mine if _overlaps(
                    span, (r["sources"][0]["start"], r["sources"][0]["end"]))]))
    store.close()
    # floors against regressions: a fact's own date is the happening's, which a statement about it
    # ("said on Friday that 67 were killed") does not carry; the figures are in docs/benchmarks.md
    assert evidence / total >= 0.7, "\n".join(map(str, missed))
    assert found / total >= 0.45, "\n".join(map(str, missed))


def test_timeline_filters(sample_db: str) -> None:
    store = Store.open(sample_db)
    everything = select_events(store)
    assert everything and all(r["date"] for r in everything)
    assert [r["earliest"] for r in everything] == sorted(r["earliest"] for r in everything)
    attacks = select_events(store, EventFilter(type="attack"))
    assert attacks and all(r["type"] == "attack" for r in attacks)
    window = select_events(store, EventFilter(date_from="2013", date_to="2013-12"))
    assert window and all("2013" <= r["latest"] and r["earliest"] <= "2013-12-31" for r in window)
    assert len(select_events(store, EventFilter(include_unrelated=True))) >= len(everything)
    with pytest.raises(ValueError):
        select_events(store, EventFilter(date_from="not a date"))
    store.close()


def test_export_and_timeline_commands(sample_db: str) -> None:
    runner = CliRunner()
    out = runner.invoke(main, ["--db", sample_db, "export", "events"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert rows
    for row in rows:
        assert {"id", "date", "type", "actors", "location", "killed", "wounded", "relevant", "sources"} <= row.keys()
        src = row["sources"][0]
        assert {"doc", "start", "end", "quote", "date"} <= src.keys()
    out = runner.invoke(main, ["--db", sample_db, "export", "events", "--format", "csv"])
    assert out.exit_code == 0
    table = list(csv.DictReader(io.StringIO(out.output)))
    assert len(table) == len(rows) and table[0]["quote"]
    out = runner.invoke(main, ["--db", sample_db, "timeline", "--type", "attack", "--format", "json"])
    assert out.exit_code == 0 and all(r["type"] == "attack" for r in json.loads(out.output))
    out = runner.invoke(main, ["--db", sample_db, "timeline", "--from", "yesterday-ish"])
    assert out.exit_code == 2 and "cannot read the date" in out.output
    out = runner.invoke(main, ["--db", sample_db, "timeline"])
    assert out.exit_code == 0 and "events" in out.output


def test_events_round_trip_in_any_store(any_store: Store) -> None:
    list(ingest(any_store, [corpus_path() / "01_timeline.txt"]))
    rows = any_store.events()
    assert rows and all(isinstance(r["actors"], list) for r in rows)
    assert any_store.counts()["events"] == len(rows)


# -- the seeds against the development gold ----------------------------------------------------

needs_gold = pytest.mark.skipif(not (SEEDS.is_dir() and (EVAL / "score.py").is_file()),
                                reason="seed corpus or scorer not present")


@needs_gold
def test_seed_events_score_against_the_development_gold(tmp_path: Path) -> None:
    db = str(tmp_path / "seeds.db")
    store = Store.open(db)
    list(ingest(store, [SEEDS]))
    system = tmp_path / "events.jsonl"
    with system.open("w", encoding="utf-8") as fh:
        for rec in select_events(store, EventFilter(include_unrelated=True)):
            fh.write(json.dumps(rec) + "\n")
    store.close()
    gold = sorted(str(p) for p in (EVAL / "gold").glob("*.events.jsonl"))
    out = subprocess.run([sys.executable, str(EVAL / "score.py"), "events", "--gold", *gold, "--system", str(system),
                          "--docs", str(SEEDS), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    assert result["f1"] >= 0.45, result  # a floor against regressions; the figures are in docs/benchmarks.md


# --- clause, date and type rules added in the second events round (invented text) ---


def test_a_dated_list_item_dates_its_own_line_only() -> None:
    text = ("- 4 May 2019 Gunmen attacked a police post in the hills. Officials said the gunmen fled.\n"
            "Analysts believe the group attacked again later.")
    evs = _events(text)
    dated = {e.quote.split()[0]: e.date.value if e.date else None for e in evs}
    assert dated["4"] == "2019-05-04"
    assert dated["Analysts"] is None


def test_a_toll_sentence_about_the_attack_joins_the_incident() -> None:
    text = "On 2 March 2016 a bomb exploded at a bus station in the town. Officials say 40 people were wounded in the attack."
    evs = _events(text)
    assert len(evs) == 1 and evs[0].type == "attack" and evs[0].wounded == 40


def test_labels_and_credit_lines_are_not_events() -> None:
    text = "Third commander: Abu Tariq\n1/5 Rebels attacked a convoy. Reporting by Jane Roe.\n"
    evs = _events("Timeline 2017\n\n" + text)
    assert [e.type for e in evs] == ["attack"]


def test_a_fronted_phrase_is_its_own_event_and_keeps_its_date() -> None:
    text = "Following the loss of most of its territory in early 2019, the Front underwent a restructuring in March 2019."
    evs = _events(text)
    assert [(e.type, e.date.value if e.date else None) for e in evs] == [("territory", "2019~"), ("organization", "2019-03")]


def test_a_fronted_date_is_not_the_main_clause_date() -> None:
    text = "Captured by police in April 2020, the commander was one of the prisoners freed during the prison attack."
    evs = _events(text)
    assert evs[0].type == "detention" and evs[0].date is not None and evs[0].date.value == "2020-04"
    assert all(e.date is None for e in evs[1:])


def test_when_he_was_killed_takes_the_end_of_the_tenure() -> None:
    text = "The commander led the Front from May 2011 to June 2013 when he was killed in an air strike."
    evs = _events(text)
    death = next(e for e in evs if e.type == "death")
    assert death.date is not None and death.date.value == "2013-06"


def test_what_a_speaker_says_is_a_statement_unless_told_as_done() -> None:
    (said,) = _events("On 3 May 2016 a spokesman states that the Front is gaining ground and conducting raids.")
    assert said.type == "statement"
    (done,) = _events("On 3 May 2016 the governor reports fighters arrested 40 deserters.")
    assert done.type == "detention"
    (pledge,) = _events("On 3 May 2016 the movement says it is pledging allegiance to the Front.")
    assert pledge.type == "allegiance"


def test_a_negated_happening_is_not_its_type() -> None:
    (ev,) = _events("On 3 May 2016 the envoy said the Front has not established a province there.")
    assert ev.type == "statement"


def test_a_strike_toll_in_its_resulting_clause() -> None:
    text = "On 9 February 2015 forces conducted a precision strike in the valley, resulting in the death of six men."
    op = _events(text)[0]
    assert op.type == "military_operation" and op.killed == 6


def test_a_dated_sentence_without_a_trigger_is_an_other_event() -> None:
    (ev,) = _events("The old province was divided into three smaller ones on 29 September 2004.")
    assert ev.type == "other" and ev.date is not None and ev.date.value == "2004-09-29"
    assert _events("We will discuss this tomorrow and the day after.") == []


def test_a_noun_that_refers_back_is_not_a_new_event() -> None:
    text = "8/10 Fighters released a video of an execution in the hills. In the video, the men are seen with their commander."
    evs = _events("Timeline 2015\n\n" + text)
    assert len(evs) == 1


def test_and_a_new_attack_noun_is_another_incident() -> None:
    text = "Since June 2021, the Front has killed three officials and carried out a suicide attack at a funeral."
    assert [e.type for e in _events(text)] == ["attack", "attack"]


def test_a_parent_group_in_its_branch_area_is_linked_to_the_branch() -> None:
    story = ("The Islamic State Sinai Province operates in Egypt. The Islamic State Sinai Province attacked a post "
             "in Egypt.\n\nISIS has fought in Egypt for years, and ISIS still recruits there.\n\n"
             "On 2 May 2017 ISIS fighters attacked a checkpoint in Arish, Egypt.\n\n"
             "On 4 May 2017 fighters pledged allegiance to ISIS in Arish, Egypt.")
    evs = _events(story)
    attack = next(e for e in evs if e.quote.startswith("On 2 May"))
    linked = [a for a in attack.actors if a.text == "ISIS"]
    assert linked and linked[0].name == "Islamic State Sinai Province" and linked[0].linked_from == "Islamic State"
    pledge = next(e for e in evs if e.type == "allegiance")
    assert [a.name for a in pledge.actors if a.text == "ISIS"] == ["Islamic State"]
    # a document that mostly names the branch by its own name means the parent when it names the parent
    branchy = story.replace("ISIS has fought in Egypt for years, and ISIS still recruits there.",
                            "The Islamic State Sinai Province recruits in Egypt.")
    attack = next(e for e in _events(branchy) if e.quote.startswith("On 2 May"))
    assert [a.name for a in attack.actors if a.text == "ISIS"] == ["Islamic State"]


def test_another_victim_is_no_other_incident() -> None:
    text = "Gunmen opened fire on a police patrol in the town. One officer was killed and another was wounded in the attack."
    (ev,) = _events("On 3 March 2015 " + text[0].lower() + text[1:])
    assert (ev.killed, ev.wounded) == (1, 1)


def test_a_named_death_takes_the_toll_and_the_finer_place_of_the_quoted_source() -> None:
    text = ("Timeline 2016\n\n3/4 Mullah Abdul Zaid, a senior commander of the Front, killed in Kandahar province during an operation.\n\n"
            "\u201cThe strike killed Abdul Zaid along with his driver and two guards as they drove through "
            "Spin Boldak district of Kandahar, officials said.\u201d\n")
    (ev,) = [e for e in _events(text) if e.date is not None]
    assert ev.type == "death" and ev.killed == 4
    assert ev.location is not None and ev.location["place"] == "Spin Boldak"


def test_places_across_two_countries_and_directions_are_kept_as_written() -> None:
    (ev,) = _events("In May 2014, fighters active in the Afghanistan-Pakistan region defected to the Front.")
    assert ev.location is not None and ev.location["place"] == "Afghanistan-Pakistan region"
    (ev,) = _events("In May 2014 the movement issued a statement from northern Afghanistan.")
    assert ev.location is not None and ev.location["place"] == "northern Afghanistan" and ev.location["country"] == "AF"


def test_with_no_scene_the_subject_country_by_adjective_is_the_place() -> None:
    (ev,) = _events("On 6 October 2015 the Tajik president told reporters that fighting had reached the border with Afghanistan.")
    assert ev.location is not None and ev.location["country"] == "TJ"


def test_a_clause_refers_to_the_group_and_person_its_sentence_names() -> None:
    text = ("Taking over as leader of the Islamic Movement of Uzbekistan in April 2017, Abu Tahir was short-lived "
            "after he was killed in a drone strike on 11 July 2017.")
    death = next(e for e in _events(text) if e.type == "death")
    names = {a.name for a in death.actors}
    assert "Abu Tahir" in names and "Islamic Movement of Uzbekistan" in names
    text = ("The Islamic Movement of Uzbekistan was founded in 1998.\n\n"
            "In August 2016, the group claimed responsibility for a bombing at a market in Kunduz.")
    claim = next(e for e in _events(text) if e.date is not None and e.date.value == "2016-08")
    assert [a.name for a in claim.actors if a.text == "the group"] == ["Islamic Movement of Uzbekistan"]


def test_the_head_word_of_a_body_just_named_refers_to_it() -> None:
    text = "Timeline 2015\n\n7/30 The Taliban Shura meets near Quetta.\n7/31 Shura grants Mullah Abdul Qadir the title of deputy."
    grant = next(e for e in _events(text) if e.quote.startswith("7/31"))
    assert "Taliban" in {a.name for a in grant.actors}


def test_he_at_a_sentence_start_is_the_person_just_named() -> None:
    text = "Mullah Abdul Qadir joined the Front in 2009. He was arrested in Kandahar in May 2012."
    arrest = next(e for e in _events(text) if e.type == "detention")
    assert "Abdul Qadir" in " ".join(a.name for a in arrest.actors)
    text = "Mullah Abdul Qadir met Mullah Noor Wali in 2009. He was arrested in May 2012."
    arrest = next(e for e in _events(text) if e.type == "detention")
    assert not any(a.kind == "person" for a in arrest.actors)  # two men just named: no guess


def test_a_dateline_is_the_report_date_not_the_event_date() -> None:
    text = "RIVERTON, Nov. 14 \u2014 Gunmen attacked the central market on Friday night, killing 12 people."
    (ev,) = _events(text, dct="2015-11-14")
    assert ev.date is not None and ev.date.value.startswith("2015-11-13")


def test_a_news_report_dates_the_event_told_after_a_conjunction_of_time_and_skips_its_dateline() -> None:
    text = ("Curfew in Port Aven\n\nPORT AVEN, March 9 \u2014 The city woke on Sunday to a curfew after gunmen "
            "stormed the central market on Saturday night, killing at least 14 people, the police said.")
    sents = [(0, 19), (21, len(text))]
    evs = [e for e in extract_events(text, sents, dct="2021-03-08") if e.type == "attack"]
    assert evs and evs[0].date is not None and evs[0].date.value == "2021-03-06"
    assert all(a.text != "PORT AVEN" for a in evs[0].actors)


@pytest.mark.parametrize(
    ("sentence", "etype", "date"),
    [
        ("Two years ago, on the evening of 4 August 2019, a van was driven through the crowds at the market.",
         "attack", "2019-08-04"),
        ("The same week, on 6 August 2019, a group of army officers attempted a coup in the capital.", "clash",
         "2019-08-06"),
        ("A man rammed a truck into a market on 3 May 2018.", "attack", "2018-05-03"),
    ],
)
def test_ramming_and_coups_are_events_dated_by_the_calendar_date_beside_a_relative_one(
        sentence: str, etype: str, date: str) -> None:
    evs = extract_events(sentence, [(0, len(sentence))], dct="2021-08-04")
    assert [(e.type, e.date.value if e.date else None) for e in evs][:1] == [(etype, date)]


def test_a_place_inside_a_persons_name_is_not_the_scene_and_a_reduced_relative_killed_is_a_death() -> None:
    s = "In 2021, the reporter Bryan Bender described the new force as still explaining itself."
    assert all(e.location is None for e in extract_events(s, [(0, len(s))], dct="2021-10-01"))
    s2 = "Omar Halim, killed by a drone in 2016, led the group for a year."
    assert [e.type for e in extract_events(s2, [(0, len(s2))], dct="2021-10-01")][:1] == ["death"]


def test_an_attack_named_in_a_phrase_that_refers_back_does_not_type_the_clause() -> None:
    s = "On 18 March 2016 police arrested Rian Dorsey, the last surviving suspect of the market attacks, in Lorvan."
    assert [e.type for e in extract_events(s, [(0, len(s))], dct="2021-10-01")][:1] == ["detention"]
    s2 = "2019-10-27: Special forces raid a compound in Lorvan; Rian Dorsey kills himself during the raid."
    assert "death" in [e.type for e in extract_events(s2, [(0, len(s2))], dct="2021-10-01")]


def test_doubt_about_a_claim_is_a_statement_not_the_attack_it_names() -> None:
    s = ("On 18 April 2015 officials appeared cautious about claims the Front was behind the bombing in which "
         "35 people were killed.")
    assert [e.type for e in extract_events(s, [(0, len(s))], dct="2021-10-01")][:1] == ["statement"]
