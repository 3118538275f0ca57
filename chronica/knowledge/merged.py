"""The event dataset with the same real-world event told by several passages merged into one record,
each source keeping what it states itself (``chronica.knowledge.dedup``)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from chronica.events.query import EventFilter, select_events
from chronica.knowledge import storage
from chronica.store import Store


def merged_events(store: Store, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Export records of the events that pass the filter, one per real-world event, in date order.

    Events linked by the last resolution (``chronica resolve``, or the end of ``chronica ingest``) are
    merged; the members that pass the filter are the merged record's sources. The analyst's event edits
    in force are applied to every record containing one of an edit's member passages (the filter sees
    the edited values; each source keeps what it states itself)."""
    from chronica.knowledge import event_edits
    from chronica.knowledge.dedup import merge_cluster

    records = select_events(store, flt)
    in_force = event_edits.load_edits(store, include_undone=False)
    edit_index = event_edits.by_member(in_force)
    if edit_index:  # merge what the sources say, then apply the edits to the merged record
        raw = {r["id"]: r for r in select_events(store, EventFilter(include_unrelated=True, include_undated=True),
                                                edits=False) if r["id"] in edit_index}
        records = [raw.get(r["id"], r) for r in records]
    clusters = storage.load_clusters(store)
    if not clusters:
        return _with_edits(records, edit_index)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    order: list[str] = []
    for rec in records:
        key = clusters.get(rec["id"], (rec["id"], []))[0]
        if key not in groups:
            order.append(key)
        groups[key].append(rec)
    f = flt or EventFilter()
    if not f.include_undated:
        # an undated passage linked to a dated event (by its weekday, say) is one of that event's sources
        wanted = set(groups) & {v[0] for v in clusters.values()}
        seen = {r["id"] for r in records}
        if any(k in wanted and i not in seen for i, (k, _) in clusters.items()):  # a member left out: look once
            loose = EventFilter(f.actor, f.type, f.place, None, None, f.include_unrelated, True)
            for rec in select_events(store, loose):
                key = clusters.get(rec["id"], (None, []))[0]
                if rec["id"] not in seen and rec.get("date") is None and key in wanted:
                    groups[key].append(rec)
    from chronica.knowledge.reliability import ReliabilityConfig, assess_event

    published = {d["id"]: d.get("published") for d in store.documents(status="ok")}
    grading = ReliabilityConfig(sources={k: v["grade"] for k, v in storage.load_grades(store).items()})
    cache: dict[str, Any] = {}

    def index() -> dict[tuple[str, str], str]:
        if "index" not in cache:
            cache["index"] = storage.name_index(store)
        return cache["index"]  # type: ignore[no-any-return]

    def entity_names() -> dict[str, str]:
        if "names" not in cache:
            cache["names"] = {e["id"]: e["name"] for e in storage.load_entities(store)}
        return cache["names"]  # type: ignore[no-any-return]

    out = []
    for key in order:
        members = groups[key]
        if len(members) == 1:
            out.append(members[0])
            continue
        merged = merge_cluster(members, published=published)
        merged["actors"] = _one_name_per_entity(merged["actors"], members, index(), entity_names())
        merged["merged_by"] = sorted({r for rec in members for r in clusters.get(rec["id"], ("", []))[1]})
        for src in merged["sources"]:
            src["grade"] = grading.grade(src.get("doc_id"), src.get("doc"), src.get("path"))
        # each value a field is given, with its corroboration and the Admiralty code (grade + credibility)
        merged["reliability"] = {f: [a.as_dict() for a in rows] for f, rows in assess_event(merged, grading).items()}
        out.append(merged)
    return _with_edits(out, edit_index)


def _with_edits(records: list[dict[str, Any]], index: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    from chronica.knowledge.event_edits import apply_edits, edits_for

    if index:
        records = [apply_edits(r, edits_for(r, index)) for r in records]
    records.sort(key=lambda r: (r.get("earliest") is None, r.get("earliest") or "", r.get("latest") or ""))
    return records


def _one_name_per_entity(actors: list[dict[str, Any]], members: list[dict[str, Any]],
                         index: dict[tuple[str, str], str], names: dict[str, str]) -> list[dict[str, Any]]:
    """A merged record's actors with one entry per resolved entity: two sources spelling one man two ways
    ("Hafiz Khan Saeed", "Hafiz Saeed Khan") name him once, by the entity's name when a source writes it so."""
    entity_of: dict[str, str] = {}
    for rec in members:
        doc_id = (rec.get("sources") or [{}])[0].get("doc_id")
        for a in rec.get("actors") or []:
            eid = index.get((str(doc_id), str(a.get("name"))))
            if eid:
                entity_of.setdefault(str(a.get("name")), eid)
    variants: dict[str, set[str]] = {}
    for a in actors:
        eid = entity_of.get(str(a.get("name")))
        if eid:
            variants.setdefault(eid, set()).add(str(a.get("name")))
    out: list[dict[str, Any]] = []
    done: set[str] = set()
    for a in actors:
        eid = entity_of.get(str(a.get("name")))
        if eid is None:
            out.append(a)
            continue
        if eid in done:
            continue
        done.add(eid)
        if names.get(eid) in variants[eid]:
            a = {**a, "name": names[eid]}
        out.append(a)
    return out


__all__ = ["merged_events"]
