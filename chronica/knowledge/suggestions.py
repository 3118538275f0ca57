"""Suggested merges: pairs of entities of one kind that the resolver kept apart but whose names look
alike (one transliteration key, the same words in another order, one letter apart, shared words,
a close spelling), scored with the context they share (the other entities named in their documents).

Candidates are found by blocking (entities sharing a name word's key or a one-letter-deletion key of
the whole name), never by comparing all pairs; the order is deterministic. Pairs an analyst rejected
(a ``reject`` correction in force) are not suggested again; accepting one records an entity merge
(:func:`chronica.knowledge.corrections.merge`). A reject records the in-document actors of both
entities, and the resolver keeps them apart from then on, whatever later documents bring (an alias
shared through a third document, a new spelling); an analyst's own merge still wins.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from difflib import SequenceMatcher
from itertools import combinations
from typing import Any

from sqlalchemy import select

from chronica.knowledge import storage
from chronica.knowledge.aliases_keys import (
    edit1_variants,
    norm_name,
    org_joined,
    org_key,
    person_name,
    within_one_edit,
)
from chronica.store import Store
from chronica.store.schema import actor_mentions

MIN_NAME = 0.6  # a pair is suggested when its names are this alike ...
MIN_SCORE = 0.5  # ... and its score (names and shared context) reaches this
_MAX_BLOCK = 40  # a key shared by more entities than this is too common to block on
_MAX_ALIASES = 12


def _name_keys(kind: str, alias: str) -> set[str]:
    keys = {"n:" + norm_name(alias)}
    if kind == "person":
        p = person_name(alias)
        particles = len(p.keys) - p.informative
        for k in p.keys:
            if len(k) >= 3 and (particles == 0 or p.informative > 0):
                keys.add("w:" + k)
        if len(p.joined) >= 5:
            keys.update("j:" + v for v in edit1_variants(p.joined))
    else:
        for k in org_key(alias).split():
            if len(k) >= 3:
                keys.add("w:" + k)
        joined = org_joined(alias)
        if len(joined) >= 5:
            keys.update("j:" + v for v in edit1_variants(joined))
    return keys


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def name_similarity(kind: str, x: str, y: str) -> tuple[float, str]:
    """How alike two written names are (0..1) and why, for entities of kind ``kind``."""
    nx, ny = norm_name(x), norm_name(y)
    if not nx or not ny:
        return 0.0, ""
    if nx == ny:
        return 1.0, "the same name"
    best = (0.0, "")
    if kind == "person":
        px, py = person_name(x), person_name(y)
        if px.keys and px.keys == py.keys:
            best = max(best, (0.95, "one transliteration"))
        elif px.keys and px.sorted_keys == py.sorted_keys:
            best = max(best, (0.9, "the same words in another order"))
        elif len(px.joined) >= 5 and within_one_edit(px.joined, py.joined):
            best = max(best, (0.85, "one letter apart"))
        informative_x = {k for k in px.keys if len(k) >= 3}
        informative_y = {k for k in py.keys if len(k) >= 3}
        shared = _jaccard(informative_x, informative_y)
        if shared:
            best = max(best, (round(0.8 * shared, 3), "shared name words"))
    else:
        kx, ky = org_key(x), org_key(y)
        if kx and kx == ky:
            best = max(best, (0.95, "one transliteration"))
        elif org_joined(x) and org_joined(x) == org_joined(y):
            best = max(best, (0.9, "one name written apart or together"))
        elif len(org_joined(x)) >= 5 and within_one_edit(org_joined(x), org_joined(y)):
            best = max(best, (0.85, "one letter apart"))
        shared = _jaccard(set(kx.split()), set(ky.split()))
        if shared:
            best = max(best, (round(0.8 * shared, 3), "shared name words"))
    ratio = SequenceMatcher(None, nx, ny).ratio()
    if ratio >= 0.85:
        best = max(best, (round(0.85 * ratio, 3), "a close spelling"))
    return best


def _doc_names(store: Store) -> dict[str, str]:
    return {d["id"]: os.path.basename(d["source"] or "") or d["id"] for d in store.documents(status="ok")}


def _neighbours(store: Store) -> dict[str, set[str]]:
    """Entity id -> the other entities named in its documents."""
    in_doc: dict[str, set[str]] = defaultdict(set)
    with store.engine.connect() as conn:
        for doc_id, eid in conn.execute(select(actor_mentions.c.doc_id, actor_mentions.c.entity_id)
                                        .where(actor_mentions.c.entity_id.is_not(None)).distinct()):
            in_doc[doc_id].add(eid)
    out: dict[str, set[str]] = defaultdict(set)
    for ents in in_doc.values():
        for e in ents:
            out[e] |= ents
    for e, others in out.items():
        others.discard(e)
    return out


def rejected_pairs(store: Store) -> list[dict[str, Any]]:
    """The ``reject`` corrections in force."""
    return [c for c in storage.load_corrections(store, include_undone=False) if c["action"] == "reject"]


def _is_rejected(a: Mapping[str, Any], b: Mapping[str, Any], rejects: Sequence[Mapping[str, Any]],
                 ids: set[str]) -> bool:
    names_a = {norm_name(n) for n in a["aliases"]} | {norm_name(a["name"])}
    names_b = {norm_name(n) for n in b["aliases"]} | {norm_name(b["name"])}
    for r in rejects:
        before = [e["id"] for e in r.get("before") or []]
        if len(before) == 2 and all(i in ids for i in before):
            if {a["id"], b["id"]} == set(before):
                return True
            continue
        x, y = (norm_name(n) for n in r["names"][:2])
        if (x in names_a and y in names_b) or (x in names_b and y in names_a):
            return True
    return False


def _public(e: Mapping[str, Any], docs: Mapping[str, str]) -> dict[str, Any]:
    return {"id": e["id"], "name": e["name"], "kind": e["kind"], "aliases": list(e["aliases"]),
            "mentions": e["mentions"], "docs": [docs.get(d, d) for d in e["docs"]]}


def suggest(store: Store, *, limit: int = 100) -> list[dict[str, Any]]:
    """Suggested merges, best first: {"a", "b" (entities), "score", "name_score", "context_score",
    "evidence": {"rule", "names", "shared_docs", "co_mentions"}}."""
    ents = storage.load_entities(store)
    ids = {e["id"] for e in ents}
    blocks: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, e in enumerate(ents):
        for alias in (e["aliases"] or [e["name"]])[:_MAX_ALIASES]:
            for k in _name_keys(e["kind"], alias):
                blocks[(e["kind"], k)].add(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= _MAX_BLOCK:
            pairs.update(combinations(sorted(members), 2))
    if not pairs:
        return []
    rejects = rejected_pairs(store)
    neighbours = _neighbours(store)
    docs = _doc_names(store)
    names = {e["id"]: e["name"] for e in ents}
    out: list[dict[str, Any]] = []
    for i, j in sorted(pairs):
        a, b = ents[i], ents[j]
        best = (0.0, "", "", "")
        for x in (a["aliases"] or [a["name"]])[:_MAX_ALIASES]:
            for y in (b["aliases"] or [b["name"]])[:_MAX_ALIASES]:
                score, rule = name_similarity(a["kind"], x, y)
                if score > best[0]:
                    best = (score, rule, x, y)
        if best[0] < MIN_NAME or _is_rejected(a, b, rejects, ids):
            continue
        na, nb = neighbours.get(a["id"], set()) - {b["id"]}, neighbours.get(b["id"], set()) - {a["id"]}
        context = round(_jaccard(na, nb), 3)
        score = round(0.75 * best[0] + 0.25 * context, 3)
        if score < MIN_SCORE:
            continue
        shared_docs = sorted(set(a["docs"]) & set(b["docs"]))
        out.append({
            "a": _public(a, docs), "b": _public(b, docs), "score": score, "name_score": best[0],
            "context_score": context,
            "evidence": {"rule": best[1], "names": [best[2], best[3]],
                         "shared_docs": [docs.get(d, d) for d in shared_docs],
                         "co_mentions": sorted(names[n] for n in na & nb if n in names)[:10]},
        })
    out.sort(key=lambda s: (-float(s["score"]), str(s["a"]["id"]), str(s["b"]["id"])))
    return out[:limit]


def _pair(store: Store, a: str, b: str) -> tuple[dict[str, Any], dict[str, Any]]:
    from chronica.knowledge.profile import find_entity

    if not a or not b:
        raise ValueError("a suggestion names two entities: give both a and b")
    ea, eb = find_entity(store, a), find_entity(store, b)
    if ea["id"] == eb["id"]:
        raise ValueError(f"{a!r} and {b!r} are one entity already")
    if ea["kind"] != eb["kind"]:
        raise ValueError(f"cannot pair a {ea['kind']} and a {eb['kind']}: people, groups and states stay apart")
    return ea, eb


def accept(store: Store, a: str, b: str, who: str | None = None) -> dict[str, Any]:
    """Merge the two entities of a suggestion (an entity merge correction, undoable)."""
    from chronica.knowledge import corrections

    ea, eb = _pair(store, a, b)
    return corrections.merge(store, [ea["id"], eb["id"]], who)


def _actors_of(store: Store, entity_id: str) -> list[list[str]]:
    """The in-document actors of an entity: ``[document id, its name in the document]``, sorted."""
    query = (select(actor_mentions.c.doc_id, actor_mentions.c.doc_name)
             .where(actor_mentions.c.entity_id == entity_id).distinct())
    with store.engine.connect() as conn:
        return sorted([str(d), str(n)] for d, n in conn.execute(query))


def reject(store: Store, a: str, b: str, who: str | None = None) -> dict[str, Any]:
    """Record that two entities are not one (a ``reject`` correction, undoable): not suggested again."""
    ea, eb = _pair(store, a, b)
    if _is_rejected(ea, eb, rejected_pairs(store), {e["id"] for e in storage.load_entities(store)}):
        raise ValueError(f"{ea['name']!r} and {eb['name']!r} are rejected already")
    key = f"reject|{ea['id']}|{eb['id']}|{datetime.now(UTC).isoformat()}"
    cid = hashlib.blake2b(key.encode(), digest_size=6).hexdigest()
    before = [{"id": e["id"], "name": e["name"], "aliases": e["aliases"], "actors": _actors_of(store, e["id"])}
              for e in (ea, eb)]
    return storage.add_correction(store, cid, "reject", [ea["name"], eb["name"]], None, who, before)


__all__ = ["MIN_NAME", "MIN_SCORE", "accept", "name_similarity", "reject", "rejected_pairs", "suggest"]
