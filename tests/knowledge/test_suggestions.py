"""Suggested merges: entities kept apart whose names look alike are suggested with their evidence;
a rejected pair is not suggested again (until the reject is undone); accepting merges, undoably."""

from __future__ import annotations

import pytest

from chronica.knowledge import corrections, storage
from chronica.knowledge.suggestions import accept, name_similarity, reject, suggest
from chronica.store import Store


@pytest.fixture
def store(demo_store: Store) -> Store:
    """A writable copy of the demo store (tests/conftest.py)."""
    return demo_store


def _pairs(store: Store) -> set[frozenset[str]]:
    return {frozenset((s["a"]["id"], s["b"]["id"])) for s in suggest(store)}


def test_names_alike_by_transliteration_order_and_spelling() -> None:
    assert name_similarity("person", "Mullah Abdul Rauf Khadem", "Abdul Rauf Khadim")[0] >= 0.9
    assert name_similarity("person", "Hafiz Saeed Khan", "Hafiz Khan Saeed")[1] == "the same words in another order"
    assert name_similarity("org", "Al-Shabaab", "al-Shabab")[0] >= 0.85
    assert name_similarity("person", "Ahmed Abdi Godane", "Yoweri Museveni")[0] < 0.3


def test_transliteration_variants_kept_apart_are_suggested(store: Store) -> None:
    corrections.split(store, "Al-Shabab", who="ana")  # the resolver now keeps the spelling apart
    ents = {e["id"]: e for e in storage.load_entities(store)}
    apart = next(e for e in ents.values() if e["id"] != "org:al-shabaab" and "Al-Shabab" in e["aliases"])
    rows = suggest(store)
    hit = next(s for s in rows if {s["a"]["id"], s["b"]["id"]} == {apart["id"], "org:al-shabaab"})
    assert hit["score"] >= 0.6 and hit["evidence"]["rule"] and len(hit["evidence"]["names"]) == 2
    assert hit["a"]["docs"] and isinstance(hit["evidence"]["co_mentions"], list)
    assert rows == suggest(store)  # deterministic
    assert [s["score"] for s in rows] == sorted((s["score"] for s in rows), reverse=True)
    assert all(s["a"]["kind"] == s["b"]["kind"] for s in rows)


def test_a_rejected_pair_disappears_until_the_reject_is_undone(store: Store) -> None:
    pair = frozenset(("state:kenya", "state:kenya~7ffef7"))
    assert pair in _pairs(store)
    row = reject(store, "state:kenya", "state:kenya~7ffef7", who="ana")
    assert row["action"] == "reject" and pair not in _pairs(store)
    fix = storage.as_correction(storage.load_corrections(store, include_undone=False)[-1])
    docs = {e["id"]: set(e["docs"]) for e in storage.load_entities(store)}
    assert len(fix.sides) == 2 and all(fix.sides)  # each side's in-document actors, for the resolver
    assert {d for d, _ in fix.sides[0]} | {d for d, _ in fix.sides[1]} <= docs["state:kenya"] | docs["state:kenya~7ffef7"]
    with pytest.raises(ValueError, match="rejected already"):
        reject(store, "state:kenya", "state:kenya~7ffef7")
    corrections.undo(store, row["id"])
    assert pair in _pairs(store)


def test_accept_merges_and_undo_restores(store: Store) -> None:
    n = len(storage.load_entities(store))
    row = accept(store, "state:uganda", "state:uganda~0f3706", who="ana")
    assert row["action"] == "merge"
    assert len(storage.load_entities(store)) == n - 1
    assert frozenset(("state:uganda", "state:uganda~0f3706")) not in _pairs(store)
    corrections.undo(store, row["id"])
    assert len(storage.load_entities(store)) == n
    assert frozenset(("state:uganda", "state:uganda~0f3706")) in _pairs(store)


def test_bad_pairs_raise(store: Store) -> None:
    with pytest.raises(ValueError, match="stay apart"):
        reject(store, "al-Shabaab", "Godane")
    with pytest.raises(ValueError, match="one entity already"):
        accept(store, "al-Shabaab", "Al-Shabab")
