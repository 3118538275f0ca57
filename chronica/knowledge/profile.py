"""Profiles: one dossier per group or person, every line citing the passages that state it.

``profile(store, name)`` finds the entity by name or alias and gathers, from the stored claims and
events: aliases, designations, leadership succession (order, start, end, end reason), strength
estimates over time (with who estimated), relations with dates (allegiance, components and
splinters, mergers, allies and rivals, ceasefires, founders, funding), the major events and the
values sources disagree on. Values are never averaged: a field two sources state differently lists
both, each with its sources.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from chronica.errors import NotFoundError
from chronica.knowledge import storage
from chronica.store import Store

# Roles that make a tenure part of the succession of a group's leaders.
LEADER_ROLES = frozenset({"emir", "amir", "leader", "wali", "governor", "chief", "head", "commander-in-chief",
                          "supreme leader", "president", "chairman", "founder"})
_DATE_KEY = re.compile(r"-?\d{4}(?:-\d{2})?(?:-\d{2})?")


def _norm(name: str) -> str:
    from chronica.actors.names import ascii_fold

    return " ".join(re.split(r"[^a-z0-9]+", ascii_fold(name).lower())).strip()


def find_entity(store: Store, name: str) -> dict[str, Any]:
    """The entity named ``name`` (its id, display name or any alias), the most mentioned when several."""
    key = _norm(name)
    ents = storage.load_entities(store)
    exact = [e for e in ents if e["id"] == name or _norm(e["name"]) == key]
    hits = exact or [e for e in ents if any(_norm(a) == key for a in e["aliases"])]
    if not hits:
        partial = [e for e in ents if key and any(key in _norm(a) for a in [e["name"], *e["aliases"]])]
        hits = partial
    if not hits:
        raise NotFoundError(f"no group or person named {name!r} in the store (try `chronica entities list`)")
    return max(hits, key=lambda e: (e["mentions"], e["name"]))


def _source(row: dict[str, Any]) -> dict[str, Any]:
    import os

    return {"doc": os.path.basename(row.get("source") or "") or row["doc_id"], "doc_id": row["doc_id"],
            "start": row["start"], "end": row["end"], "quote": row["quote"]}


def _extra(row: dict[str, Any]) -> dict[str, Any]:
    import json

    raw = row.get("extra")
    if isinstance(raw, dict):
        return raw
    try:
        got = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}
    return got if isinstance(got, dict) else {}


def _date_key(value: str | None) -> str:
    m = _DATE_KEY.search(value or "")
    return m.group(0) if m else "9999"


def _values(rows: Sequence[dict[str, Any]], field: str) -> list[dict[str, Any]]:
    """The distinct values a field takes across sources, each with its sources, most stated first."""
    by_value: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r.get(field) is not None:
            by_value[r[field]].append(_source(r))
    return sorted(({"value": v, "sources": s} for v, s in by_value.items()), key=lambda x: -len(x["sources"]))


def _consolidated(values: list[dict[str, Any]]) -> Any:
    return values[0]["value"] if values else None


def leaders(store: Store, entity_id: str, names: dict[str, str]) -> list[dict[str, Any]]:
    """The group's leadership tenures, one per person and role, in succession order."""
    rows = [c for c in storage.load_claims(store, [entity_id], kind="leadership")
            if c["subject_entity"] == entity_id and c["relevant"]]
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in rows:
        person = c["object_entity"] or c["object"] or ""
        role = (c["role"] or "leader").lower()
        groups[(person, "leader" if role in LEADER_ROLES else role)].append(c)  # emir, wali, governor: one tenure
    out = []
    for (person, _family), members in groups.items():
        fields = {f: _values(members, f) for f in ("ord", "date", "end_date", "end_reason", "role")}
        role = str(_consolidated(fields["role"]) or "leader").lower()
        entry = {
            "person": names.get(person, members[0]["object"]), "person_id": person if person in names else None,
            "role": role, "order": _consolidated(fields["ord"]), "start": _consolidated(fields["date"]),
            "end": _consolidated(fields["end_date"]), "end_reason": _consolidated(fields["end_reason"]),
            "sources": [_source(c) for c in members],
        }
        contested = {k: v for k, v in (("order", fields["ord"]), ("start", fields["date"]), ("end", fields["end_date"]),
                                       ("end_reason", fields["end_reason"])) if len(v) > 1}
        if contested:
            entry["contested"] = contested
        out.append(entry)
    out.sort(key=lambda e: (e["role"] not in LEADER_ROLES, e["order"] if e["order"] is not None else 999,
                            _date_key(e["start"]), e["person"]))
    return out


def estimates(store: Store, entity_id: str, names: dict[str, str]) -> list[dict[str, Any]]:
    """Strength estimates over time, each with who made it and its source."""
    rows = [c for c in storage.load_claims(store, [entity_id], kind="estimate")
            if c["subject_entity"] == entity_id and c["relevant"]]
    out = []
    for c in rows:
        entry = {"low": c["low"], "high": c["high"], "unit": c["unit"], "as_of": c["date"],
                 "by": names.get(c["by_entity"] or "", c["by_name"]), "sources": [_source(c)]}
        extra = _extra(c)
        if extra.get("as_of_from"):
            entry["as_of_from"] = extra["as_of_from"]  # not stated in the clause: the document's date
        out.append(entry)
    out.sort(key=lambda e: _date_key(e["as_of"]))
    return out


def relations(store: Store, entity_id: str, names: dict[str, str]) -> list[dict[str, Any]]:
    """Relations with other groups and people, one per relation and partner, with dates and sources."""
    rows = [c for c in storage.load_claims(store, [entity_id], kind="relation") if c["relevant"]]
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in rows:
        if c["subject_entity"] == entity_id:
            other, direction = c["object_entity"] or c["object"] or "", "out"
        elif c["object_entity"] == entity_id:
            other, direction = c["subject_entity"] or c["subject"], "in"
        else:
            continue
        if other == entity_id:
            continue
        groups[(c["relation"] or "", other, direction)].append(c)
    out = []
    for (relation, other, direction), members in groups.items():
        start, end = _values(members, "date"), _values(members, "end_date")
        entry = {"relation": relation, "direction": direction, "other": names.get(other, other),
                 "other_id": other if other in names else None, "start": _consolidated(start),
                 "end": _consolidated(end), "sources": [_source(c) for c in members]}
        if len(start) > 1 or len(end) > 1:
            entry["contested"] = {k: v for k, v in (("start", start), ("end", end)) if len(v) > 1}
        out.append(entry)
    out.sort(key=lambda e: (e["relation"], _date_key(e["start"]), e["other"]))
    return out


def entity_events(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """The events the entity takes part in (export records, relevant ones), in date order."""
    from chronica.events.query import EventFilter, select_events

    index = storage.name_index(store)
    out = []
    for ev in select_events(store, EventFilter()):
        doc_id = ev["sources"][0]["doc_id"]
        if any(index.get((doc_id, a["name"])) == entity_id for a in ev["actors"]):
            out.append(ev)
    return out


def profile(store: Store, name: str, *, max_events: int = 50) -> dict[str, Any]:
    """The dossier of the group or person named ``name`` (see the module docstring)."""
    ent = find_entity(store, name)
    names = {e["id"]: e["name"] for e in storage.load_entities(store)}
    evs = entity_events(store, ent["id"])
    tenure = leaders(store, ent["id"], names)
    rels = relations(store, ent["id"], names)
    person_roles: list[dict[str, Any]] = []
    if ent["kind"] == "person":  # the tenures the person held, in groups' successions
        for c in storage.load_claims(store, [ent["id"]], kind="leadership"):
            if c["object_entity"] == ent["id"] and c["relevant"]:
                person_roles.append({"org": names.get(c["subject_entity"] or "", c["subject"]), "role": c["role"],
                                     "order": c["ord"], "start": c["date"], "end": c["end_date"],
                                     "end_reason": c["end_reason"], "sources": [_source(c)]})
    designations = [ev for ev in evs if ev["type"] == "designation"]
    major = sorted(evs, key=lambda e: (-(e.get("killed") or 0), e.get("earliest") or "9999"))[:max_events]
    major.sort(key=lambda e: e.get("earliest") or "9999")
    contested = [{"field": f"leader {t['person']}", **t["contested"]} for t in tenure if t.get("contested")]
    contested += [ev for ev in evs if ev.get("contested")]
    return {
        "id": ent["id"], "name": ent["name"], "kind": ent["kind"], "aliases": ent["aliases"],
        "documents": ent["docs"], "mentions": ent["mentions"], "evidence": ent["evidence"],
        "designations": designations,
        "leaders": tenure if ent["kind"] != "person" else [],
        "roles": person_roles,
        "estimates": estimates(store, ent["id"], names) if ent["kind"] != "person" else [],
        "relations": rels,
        "events": major,
        "event_count": len(evs),
        "contested": contested,
    }


_RELATION_HEADINGS = (
    ("allegiance_to", "Allegiance"), ("component_of", "Components and parents"), ("split_from", "Splits"),
    ("merged_into", "Mergers"), ("allied_with", "Allies"), ("rival_of", "Rivals"), ("ceasefire_with", "Ceasefires"),
    ("founded_by", "Founders"), ("funded_by", "Funding"),
)  # leader_of is told by the Leadership and Roles sections


def _cite(sources: Sequence[dict[str, Any]]) -> str:
    return " ".join(f"[{s['doc']}:{s['start']}]" for s in sources[:4]) + (" ..." if len(sources) > 4 else "")


def _span(start: Any, end: Any) -> str:
    if start and end:
        return f"{start} to {end}"
    if start:
        return f"from {start}"
    return f"until {end}" if end else "dates not stated"


def to_markdown(p: dict[str, Any]) -> str:
    """The dossier as Markdown; every line ends with the passages (document:offset) that state it."""
    lines = [f"# {p['name']}", "", f"{p['kind']}; {p['mentions']} mentions in {len(p['documents'])} documents.", ""]
    others = [a for a in p["aliases"] if a != p["name"]]
    if others:
        lines += ["## Also written", "", ", ".join(others), ""]
    if p["designations"]:
        lines += ["## Designations", ""]
        for ev in p["designations"]:
            src = ev["sources"][0]
            lines.append(f"- {ev['date'] or 'undated'}: {' '.join(src['quote'].split())[:160]} [{src['doc']}:{src['start']}]")
        lines.append("")
    if p["leaders"]:
        lines += ["## Leadership", ""]
        for t in p["leaders"]:
            order = f"{t['order']}. " if t["order"] is not None else ""
            reason = f" ({t['end_reason']})" if t["end_reason"] else ""
            flag = " (sources differ)" if t.get("contested") else ""
            lines.append(f"- {order}{t['person']}, {t['role']}: {_span(t['start'], t['end'])}{reason}{flag} {_cite(t['sources'])}")
        lines.append("")
    if p["roles"]:
        lines += ["## Roles", ""]
        for r in p["roles"]:
            lines.append(f"- {r['role']} of {r['org']}: {_span(r['start'], r['end'])} {_cite(r['sources'])}")
        lines.append("")
    if p["estimates"]:
        lines += ["## Strength estimates", ""]
        for e in p["estimates"]:
            figure = f"{e['low']}-{e['high']}" if e["low"] is not None and e["high"] is not None and e["low"] != e["high"] \
                else str(e["high"] if e["high"] is not None else e["low"])
            by = f", by {e['by']}" if e["by"] else ""
            when = f"{e['as_of']} ({e['as_of_from']})" if e.get("as_of_from") else (e["as_of"] or "undated")
            lines.append(f"- {when}: {figure} {e['unit'] or ''}{by} {_cite(e['sources'])}")
        lines.append("")
    for rel, heading in _RELATION_HEADINGS:
        rows = [r for r in p["relations"] if r["relation"] == rel]
        if not rows:
            continue
        lines += [f"## {heading}", ""]
        for r in rows:
            arrow = "->" if r["direction"] == "out" else "<-"
            lines.append(f"- {arrow} {r['other']}: {_span(r['start'], r['end'])} {_cite(r['sources'])}")
        lines.append("")
    if p["events"]:
        lines += [f"## Events ({p['event_count']})", ""]
        for ev in p["events"]:
            src = ev["sources"][0]
            toll = f", {ev['killed']} killed" if ev.get("killed") else ""
            lines.append(f"- {ev['date'] or 'undated'} {ev['type']}{toll}: {' '.join(src['quote'].split())[:140]} "
                         f"[{src['doc']}:{src['start']}]")
        lines.append("")
    if p["contested"]:
        lines += ["## Contested", ""]
        for c in p["contested"]:
            lines.append(f"- {c.get('field') or c.get('id')}: sources disagree")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


__all__ = ["LEADER_ROLES", "entity_events", "estimates", "find_entity", "leaders", "profile", "relations", "to_markdown"]
