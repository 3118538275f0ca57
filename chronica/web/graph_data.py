"""The relationship graph the web workbench draws: entities as nodes, the stored relation claims as
edges (one per pair and relation, every passage that states it kept as a source), and the filter
that keeps the edges in force at a date.

An edge's dates are EDTF values as the sources state them; an edge is in force at ``at`` when its
start's earliest day is on or before ``at``'s latest day and its end's latest day is on or after
``at``'s earliest day (a missing start or end is open). An edge with neither date is *undated*: it
is shown when no date is asked for, and at a date only when undated edges are asked for too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from chronica.knowledge import storage
from chronica.knowledge.profile import _source
from chronica.store import Store
from chronica.time.edtf import bounds

RELATIONS = ("allegiance_to", "component_of", "merged_into", "split_from", "allied_with", "rival_of",
             "ceasefire_with", "leader_of", "founded_by", "funded_by")
SYMMETRIC = frozenset({"allied_with", "rival_of", "ceasefire_with"})  # no direction: A-B is B-A
KINDS = ("org", "person", "state")
_AT = re.compile(r"-?\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")


def parse_at(value: str | None) -> tuple[str, str] | None:
    """The earliest and latest day of ``at`` (YYYY, YYYY-MM or YYYY-MM-DD); None when not given.
    Raises ValueError on anything else."""
    if value is None or value == "":
        return None
    if not _AT.fullmatch(value):
        raise ValueError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    lo, hi = bounds(value)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            lo = None
    if lo is None or hi is None:
        raise ValueError(f"bad date {value!r}: not a calendar date")
    return lo, hi


def parse_list(value: str | None, allowed: Sequence[str], what: str) -> list[str] | None:
    """A comma-separated choice from ``allowed`` (None when not given); ValueError names a bad item."""
    if value is None or value.strip() == "":
        return None
    items = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in items if v not in allowed]
    if bad:
        raise ValueError(f"unknown {what} {', '.join(map(repr, bad))}: choose from {', '.join(allowed)}")
    return items


def _range(value: str | None) -> tuple[str | None, str | None]:
    return bounds(value) if value else (None, None)


def _most_stated(rows: Sequence[dict[str, Any]], field: str) -> tuple[str | None, list[str]]:
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        if r.get(field):
            counts[r[field]] += 1
    values = sorted(counts, key=lambda v: (-counts[v], v))
    return (values[0] if values else None), values


def build_graph(store: Store) -> dict[str, Any]:
    """Every entity and every relevant relation claim between two resolved entities, grouped into
    edges (the date most sources state; ``contested`` lists the others)."""
    ents = storage.load_entities(store)
    known = {e["id"] for e in ents}
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    unresolved = 0
    for c in storage.load_claims(store, kind="relation"):
        if not c["relevant"] or c["relation"] not in RELATIONS:
            continue
        a, b = c["subject_entity"], c["object_entity"]
        if not a or not b or a not in known or b not in known or a == b:
            unresolved += 1
            continue
        if c["relation"] in SYMMETRIC and b < a:
            a, b = b, a
        groups[(a, c["relation"], b)].append(c)
    edges = []
    for (a, relation, b), members in groups.items():
        start, starts = _most_stated(members, "date")
        end, ends = _most_stated(members, "end_date")
        s_lo, s_hi = _range(start)
        e_lo, e_hi = _range(end)
        edge: dict[str, Any] = {
            "id": f"{a}|{relation}|{b}", "source": a, "target": b, "relation": relation,
            "directed": relation not in SYMMETRIC, "start": start, "end": end,
            "start_range": [s_lo, s_hi], "end_range": [e_lo, e_hi], "undated": start is None and end is None,
            "sources": [_source(c) for c in members],
        }
        if len(starts) > 1 or len(ends) > 1:
            edge["contested"] = {k: v for k, v in (("start", starts), ("end", ends)) if len(v) > 1}
        edges.append(edge)
    edges.sort(key=lambda e: (e["start_range"][0] or "9999", e["relation"], e["id"]))
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e["source"]] += 1
        degree[e["target"]] += 1
    nodes = [{"id": e["id"], "name": e["name"], "kind": e["kind"], "mentions": e["mentions"],
              "aliases": len(e["aliases"]), "docs": len(e["docs"]), "degree": degree.get(e["id"], 0)} for e in ents]
    nodes.sort(key=lambda n: (-n["mentions"], n["name"], n["id"]))
    return {"nodes": nodes, "edges": edges, "unresolved": unresolved, "extent": extent(edges)}


def extent(edges: Iterable[dict[str, Any]]) -> dict[str, str] | None:
    """The first and last day any dated edge starts or ends (None when no edge is dated)."""
    days = [d for e in edges for d in (*e["start_range"], *e["end_range"]) if d]
    return {"start": min(days), "end": max(days)} if days else None


def in_force(edge: dict[str, Any], at: tuple[str, str]) -> bool:
    """Whether a dated edge holds at some day of ``at`` (open ends open)."""
    at_lo, at_hi = at
    s_lo = edge["start_range"][0]
    e_hi = edge["end_range"][1]
    return (s_lo is None or s_lo <= at_hi) and (e_hi is None or e_hi >= at_lo)


def select(graph: dict[str, Any], *, at: tuple[str, str] | None = None, kinds: Sequence[str] | None = None,
           relations: Sequence[str] | None = None, min_mentions: int | None = None,
           undated: bool = False) -> dict[str, Any]:
    """The part of ``graph`` asked for: edges of the relations asked for between nodes of the kinds
    asked for (in force at ``at`` when given), and the nodes with such an edge or at least
    ``min_mentions`` mentions."""
    kind_set = set(kinds or KINDS)
    rel_set = set(relations or RELATIONS)
    by_id = {n["id"]: n for n in graph["nodes"]}
    edges = []
    for e in graph["edges"]:
        if e["relation"] not in rel_set:
            continue
        if by_id[e["source"]]["kind"] not in kind_set or by_id[e["target"]]["kind"] not in kind_set:
            continue
        if at is not None and (not undated if e["undated"] else not in_force(e, at)):
            continue
        edges.append(e)
    linked = {e["source"] for e in edges} | {e["target"] for e in edges}
    nodes = [n for n in graph["nodes"] if n["kind"] in kind_set and (
        n["id"] in linked or (min_mentions is not None and n["mentions"] >= min_mentions))]
    return {"at": list(at) if at else None, "nodes": nodes, "edges": edges, "extent": graph["extent"],
            "relations": list(RELATIONS), "symmetric": sorted(SYMMETRIC), "kinds": list(KINDS),
            "unresolved": graph["unresolved"]}


__all__ = ["KINDS", "RELATIONS", "SYMMETRIC", "build_graph", "extent", "in_force", "parse_at", "parse_list", "select"]
