"""The knowledge layer in a real store: entities, corrections, profiles and exports, on the sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronica.api import ingest
from chronica.cli import main
from chronica.knowledge import storage
from chronica.knowledge.build import update
from chronica.knowledge.profile import profile
from chronica.sample import corpus_path
from chronica.store import Store


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("k") / "sample.db"
    store = Store.open(str(db))
    assert all(r.status != "failed" for r in ingest(store, [corpus_path()]))
    update(store)
    store.close()
    return db


def _entity(store: Store, name: str) -> dict:  # type: ignore[type-arg]
    return next(e for e in storage.load_entities(store) if e["name"] == name)


def test_one_entity_per_group_with_its_spellings(sample_db: Path) -> None:
    store = Store.open(str(sample_db))
    shabaab = _entity(store, "al-Shabaab")
    assert {"Al-Shabab", "Harakat al-Shabaab al-Mujahideen"} <= set(shabaab["aliases"])
    assert len(shabaab["docs"]) >= 6 and shabaab["evidence"]
    godane = [e for e in storage.load_entities(store) if "Godane" in " ".join(e["aliases"])]
    assert len(godane) == 1 and godane[0]["kind"] == "person"
    store.close()


def test_profile_json_has_the_documented_keys_and_cites_every_line(sample_db: Path) -> None:
    store = Store.open(str(sample_db))
    p = profile(store, "Shabaab")
    assert p["name"] == "al-Shabaab" and p["kind"] == "org"
    for key in ("aliases", "leaders", "estimates", "relations", "events"):
        assert key in p
    assert any("Godane" in t["person"] for t in p["leaders"])
    for row in [*p["leaders"], *p["relations"], *p["estimates"]]:
        assert row["sources"] and all(s["quote"] for s in row["sources"])
    store.close()


def test_merge_split_and_undo_are_recorded_and_reversible(sample_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(sample_db.read_bytes())
    runner = CliRunner()
    store = Store.open(str(db))
    n_before = len(storage.load_entities(store))
    store.close()
    result = runner.invoke(main, ["--db", str(db), "entities", "merge", "AMISOM", "ATMIS", "--who", "tester"])
    assert result.exit_code == 0, result.output
    store = Store.open(str(db))
    amisom = next(e for e in storage.load_entities(store) if "AMISOM" in e["aliases"])
    assert "ATMIS" in amisom["aliases"] and any(ev["rule"] == "analyst" for ev in amisom["evidence"])
    assert len(storage.load_entities(store)) == n_before - 1
    store.close()
    log = runner.invoke(main, ["--db", str(db), "entities", "log"])
    assert "merge" in log.output and "tester" in log.output and "in force" in log.output
    assert runner.invoke(main, ["--db", str(db), "entities", "undo"]).exit_code == 0
    store = Store.open(str(db))
    assert len(storage.load_entities(store)) == n_before
    assert "undone" in runner.invoke(main, ["--db", str(db), "entities", "log"]).output
    store.close()
    # a person and a group are never merged, even by hand
    bad = runner.invoke(main, ["--db", str(db), "entities", "merge", "al-Shabaab", "Godane"])
    assert bad.exit_code != 0 and "stay apart" in bad.output


def test_a_correction_survives_a_new_resolution(sample_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy2.db"
    db.write_bytes(sample_db.read_bytes())
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "entities", "rename", "al-Shabaab", "Harakat al-Shabaab"]).exit_code == 0
    assert runner.invoke(main, ["--db", str(db), "resolve"]).exit_code == 0
    store = Store.open(str(db))
    assert any(e["name"] == "Harakat al-Shabaab" for e in storage.load_entities(store))
    store.close()


def test_exports_have_the_schema_shapes(sample_db: Path) -> None:
    runner = CliRunner()
    ents = [json.loads(line) for line in
            runner.invoke(main, ["--db", str(sample_db), "export", "entities"]).output.splitlines()]
    assert ents and all({"id", "name", "kind", "aliases"} <= set(e) for e in ents)
    rels = [json.loads(line) for line in
            runner.invoke(main, ["--db", str(sample_db), "export", "relations"]).output.splitlines()]
    assert all({"subject", "relation", "object", "date", "end_date", "sources"} <= set(r) for r in rels)
    out = runner.invoke(main, ["--db", str(sample_db), "profile", "al-Shabaab"]).output
    assert out.startswith("# al-Shabaab") and "[" in out


def test_merged_events_keep_each_source_and_mark_disagreement(sample_db: Path) -> None:
    runner = CliRunner()
    evs = [json.loads(line) for line in
           runner.invoke(main, ["--db", str(sample_db), "export", "events"]).output.splitlines()]
    multi = [e for e in evs if len(e["sources"]) > 1]
    assert multi, "the sample corpus tells several attacks more than once"
    contested = [e for e in multi if e.get("contested")]
    assert contested and all(len(e["claims"]["killed"]) > 1 for e in contested if "killed" in e.get("contested_fields", []))
    for e in multi:
        assert all(s["quote"] and s["doc"] for s in e["sources"])


def test_unknown_names_fail_with_one_line(sample_db: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(sample_db), "profile", "Nobody At All"])
    assert result.exit_code != 0 and "no group or person" in result.output


def test_the_knowledge_tables_work_on_postgresql(pg_store: Store) -> None:
    assert all(r.status != "failed" for r in ingest(pg_store, [corpus_path() / "03_profile.txt"]))
    summary = update(pg_store)
    assert summary.entities > 5 and storage.load_entities(pg_store)


def test_source_grades_are_kept_and_shown_in_merged_events(sample_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "graded.db"
    db.write_bytes(sample_db.read_bytes())
    runner = CliRunner()
    ok = runner.invoke(main, ["--db", str(db), "sources", "grade", "05_news_westgate_toll.html", "b", "--who", "me"])
    assert ok.exit_code == 0 and "graded B" in ok.output
    bad = runner.invoke(main, ["--db", str(db), "sources", "grade", "05_news_westgate_toll.html", "Q"])
    assert bad.exit_code != 0 and len(bad.output.strip().splitlines()) == 1
    assert "B  05_news_westgate_toll.html" in runner.invoke(main, ["--db", str(db), "sources", "list"]).output
    evs = [json.loads(line) for line in runner.invoke(main, ["--db", str(db), "export", "events"]).output.splitlines()]
    merged = [e for e in evs if len(e["sources"]) > 1]
    assert all("reliability" in e for e in merged)
    graded = [s for e in merged for s in e["sources"] if s["doc"] == "05_news_westgate_toll.html"]
    assert graded and all(s["grade"] == "B" for s in graded)
    codes = [a["code"] for e in merged for rows in e["reliability"].values() for a in rows]
    assert codes and all(len(c) == 2 and c[0] in "ABCDEF" and c[1] in "123456" for c in codes)


def test_entities_show_lists_the_mentions_with_their_documents(sample_db: Path) -> None:
    out = CliRunner().invoke(main, ["--db", str(sample_db), "entities", "show", "al-Shabaab"])
    assert out.exit_code == 0, out.output
    assert "mentions:" in out.output
    assert any(line.strip().split(":")[0].endswith((".txt", ".md", ".html", ".pdf"))
               for line in out.output.split("mentions:")[1].splitlines() if line.strip())
