"""The passage index: built from the stored sentences, refreshed incrementally, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from chronica.api import ingest
from chronica.ask import Asker, index
from chronica.knowledge.build import update
from chronica.sample import corpus_path
from chronica.store import Store


def _write(path: Path, text: str) -> None:
    path.write_text(text, "utf-8")


def test_refresh_follows_new_changed_and_removed_documents(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "s.db"))
    docs = tmp_path / "docs"
    docs.mkdir()
    _write(docs / "a.txt", "The Northern Front seized the town of Varka on 3 March 2019.\n\nIt held the town for a year.\n")
    _write(docs / "b.txt", "Analysts say the Northern Front has about 800 fighters.\n")
    list(ingest(store, [docs]))
    assert index.refresh(store) == 2 and index.refresh(store) == 0
    assert index.search(store, ["varka"])
    _write(docs / "a.txt", "The Northern Front seized the town of Delmar on 9 May 2020.\n")
    list(ingest(store, [docs]))
    assert index.stale(store)[0] and index.refresh(store) == 1
    assert not index.search(store, ["varka"]) and index.search(store, ["delmar"])
    doc = store.document("b.txt")
    store.delete_document(doc["id"])
    index.refresh(store)
    assert not index.search(store, ["analysts"])
    assert index.passage_count(store) == len(store.sentences(store.document("a.txt")["id"]))
    ans = Asker(store).ask("When did the Northern Front seize Delmar?")
    assert ans.answer == "9 May 2020" and ans.citations[0].doc == "a.txt"
    assert Asker(store).ask("When did the Northern Front seize Varka?").answer is None
    store.close()


def test_asking_refreshes_a_stale_index(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "s.db"))
    assert Asker(store).ask("When was Godane killed?").answer is None  # an empty store answers nothing
    list(ingest(store, [corpus_path() / "03_profile.txt"]))
    assert index.stale(store)[0]
    ans = Asker(store).ask("When did the Garissa University College attack happen?")
    assert ans.answer and "April 2015" in ans.answer
    store.close()


def test_ask_on_postgresql(pg_store: Store) -> None:
    assert all(r.status != "failed" for r in ingest(pg_store, [corpus_path() / "03_profile.txt",
                                                                corpus_path() / "01_timeline.txt"]))
    update(pg_store)
    assert not any(index.stale(pg_store))
    asker = Asker(pg_store)
    assert "September 2014" in (asker.ask("When was Godane killed?").answer or "")
    ans = asker.ask("How many people were killed in the Garissa University College attack?")
    assert ans.answer and "148" in ans.answer and "147" in ans.answer + " ".join(c.value for c in ans.claims)
    assert asker.ask("Who was the leader of Boko Haram?").answer is None
    hits = index.search(pg_store, ["westgate", "mall"])
    assert hits and all(h.doc for h in hits)
