"""Event edits: an analyst's date, type and place corrections are recorded, shown on the records, kept
through a new resolution and a re-ingest, undoable, checked (one-line errors), and work on PostgreSQL."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from chronica.api import ingest
from chronica.events.query import EventFilter, select_events
from chronica.knowledge import event_edits
from chronica.knowledge.build import update
from chronica.knowledge.merged import merged_events
from chronica.sample import corpus_path
from chronica.store import Store

ALL = EventFilter(include_unrelated=True, include_undated=True)


@pytest.fixture
def store(demo_store: Store) -> Store:
    """A writable copy of the demo store (tests/conftest.py)."""
    return demo_store


def _merged(store: Store) -> dict[str, Any]:
    return next(e for e in merged_events(store, ALL) if e.get("members") and e["type"] == "attack")


def _by_id(store: Store, event_id: str) -> dict[str, Any]:
    return event_edits.find_record(store, event_id)


def test_an_edit_shows_on_the_record_and_the_sources_keep_their_word(store: Store) -> None:
    ev = _merged(store)
    rows = event_edits.edit_event(store, ev["id"], {"type": "detention", "date": "2014-03-05",
                                                    "place": "Mombasa, Kenya"}, who="ana")
    assert [r["field"] for r in rows] == ["date", "type", "place"]
    assert rows[1]["before"]["type"] == "attack" and rows[1]["after"] == {"type": "detention", "plover": "ARREST"}
    assert rows[0]["members"] == sorted(ev["members"])
    rec = _by_id(store, ev["id"])
    assert rec["type"] == "detention" and rec["plover"] == "ARREST"
    assert (rec["date"], rec["earliest"], rec["latest"], rec["precision"]) == ("2014-03-05", "2014-03-05", "2014-03-05", "day")
    assert rec["location"]["place"] == "Mombasa" and rec["location"]["country"] == "KE"
    assert {m["field"] for m in rec["edited"]} == {"date", "type", "place"}
    assert all(m["who"] == "ana" and m["correction"] and m["at"] for m in rec["edited"])
    assert all(s["type"] == "attack" for s in rec["sources"])  # what each source says stays
    # filters see the edited values; the passages read alone carry the edit too
    assert any(e["id"] == ev["id"] for e in merged_events(store, EventFilter(type="detention")))
    assert not any(e["id"] == ev["id"] for e in merged_events(store, EventFilter(type="attack")))
    passages = {e["id"]: e for e in select_events(store, ALL)}
    assert all(passages[m]["type"] == "detention" for m in ev["members"])


def test_edits_survive_resolve_and_reingest(store: Store) -> None:
    ev = _merged(store)
    event_edits.edit_event(store, ev["id"], {"type": "clash"}, who="ana")
    update(store)
    assert _by_id(store, ev["members"][0])["type"] == "clash"
    list(ingest(store, [corpus_path()], force=True))
    update(store)
    rec = _by_id(store, ev["members"][0])
    assert rec["type"] == "clash" and rec["edited"][0]["field"] == "type"


def test_undo_restores_the_value_before(store: Store) -> None:
    ev = _merged(store)
    first = event_edits.edit_event(store, ev["id"], {"type": "clash"})[0]
    second = event_edits.edit_event(store, ev["id"], {"type": "meeting"})[0]
    assert _by_id(store, ev["id"])["type"] == "meeting"
    event_edits.undo_any(store, second["id"])
    assert _by_id(store, ev["id"])["type"] == "clash"
    event_edits.undo_edit(store, first["id"])
    rec = _by_id(store, ev["id"])
    assert rec["type"] == ev["type"] and "edited" not in rec
    log = [c for c in event_edits.correction_log(store) if c["kind"] == "event"]
    assert [c["undone"] for c in log] == [True, True]
    from chronica.errors import NotFoundError

    with pytest.raises(NotFoundError):
        event_edits.undo_edit(store, first["id"])


@pytest.mark.parametrize("changes,words", [
    ({"date": "2015-02-30"}, "calendar"), ({"date": "last spring"}, "EDTF"), ({"date": ""}, "empty"),
    ({"type": "party"}, "unknown event type"), ({"place": "Xyzzyville"}, "unknown place"),
    ({"place": {"lat": 200, "lon": 0}}, "globe"), ({"killed": 3}, "cannot edit"), ({}, "nothing to edit"),
])
def test_bad_values_raise_one_line(store: Store, changes: dict[str, Any], words: str) -> None:
    ev = _merged(store)
    with pytest.raises(ValueError) as err:
        event_edits.edit_event(store, ev["id"], changes)
    assert words in str(err.value) and "\n" not in str(err.value)
    assert event_edits.load_edits(store) == []


def test_values_are_checked_with_the_project_code() -> None:
    assert event_edits.check_date("2015-Q2")["precision"] == "quarter"
    assert event_edits.check_date("2015-04-01/2015-04-03")["latest"] == "2015-04-03"
    assert event_edits.check_type("Military operation")["type"] == "military_operation"
    assert event_edits.check_type("other")["plover"] is None
    loc = event_edits.check_place({"place": "Camp X", "lat": 2.5, "lon": 45.1, "country": "Somalia"})
    assert loc["country"] == "SO" and loc["precision"] == 1
    assert event_edits.geocode_place("Jalalabad")["country"] == "AF"


def test_unknown_event_is_not_found(store: Store) -> None:
    from chronica.errors import NotFoundError

    with pytest.raises(NotFoundError):
        event_edits.edit_event(store, "nope", {"type": "clash"})


def test_event_edits_on_postgresql(pg_store: Store) -> None:
    sample = sorted(Path(corpus_path()).iterdir())[0]
    list(ingest(pg_store, [sample]))
    ev = next(e for e in merged_events(pg_store, ALL) if e["type"] != "statement")
    row = event_edits.edit_event(pg_store, ev["id"], {"type": "statement"}, who="pg")[0]
    rec = event_edits.find_record(pg_store, ev["id"])
    assert rec["type"] == "statement" and rec["edited"][0]["correction"] == row["id"]
    assert event_edits.correction_log(pg_store)[0]["at"].endswith("+00:00")
    event_edits.undo_edit(pg_store, row["id"])
    assert event_edits.find_record(pg_store, ev["id"])["type"] == ev["type"]


def test_cli_edit_log_undo_and_suggestions(demo_db: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from chronica.cli import main

    db = tmp_path / "cli.db"
    shutil.copyfile(demo_db, db)
    s = Store.open(str(db))
    ev = _merged(s)
    s.close()
    run = CliRunner()
    out = run.invoke(main, ["--db", str(db), "events", "edit", ev["id"], "--type", "clash", "--who", "ana"])
    assert out.exit_code == 0 and "recorded:" in out.output, out.output
    edit_id = out.output.split()[1]
    bad = run.invoke(main, ["--db", str(db), "events", "edit", ev["id"], "--date", "2015-13"])
    assert bad.exit_code != 0 and "not an EDTF date" in bad.output
    sug = run.invoke(main, ["--db", str(db), "entities", "suggest"])
    assert "state:kenya + state:kenya~7ffef7" in sug.output
    rej = run.invoke(main, ["--db", str(db), "entities", "reject", "state:kenya", "state:kenya~7ffef7", "--who", "ana"])
    assert rej.exit_code == 0, rej.output
    assert "state:kenya + state:kenya~7ffef7" not in run.invoke(main, ["--db", str(db), "entities", "suggest"]).output
    log = run.invoke(main, ["--db", str(db), "entities", "log"]).output
    assert f"edit type of event {ev['id']}" in log and "reject Kenya, Kenya" in log and "by ana" in log
    assert run.invoke(main, ["--db", str(db), "events", "undo", edit_id]).exit_code == 0
    assert "undone" in run.invoke(main, ["--db", str(db), "entities", "log"]).output
