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
    merged; the members that pass the filter are the merged record's sources."""
    from chronica.knowledge.dedup import merge_cluster

    records = select_events(store, flt)
    clusters = storage.load_clusters(store)
    if not clusters:
        return records
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    order: list[str] = []
    for rec in records:
        key = clusters.get(rec["id"], (rec["id"], []))[0]
        if key not in groups:
            order.append(key)
        groups[key].append(rec)
    from chronica.knowledge.reliability import ReliabilityConfig, assess_event

    published = {d["id"]: d.get("published") for d in store.documents(status="ok")}
    grading = ReliabilityConfig(sources={k: v["grade"] for k, v in storage.load_grades(store).items()})
    out = []
    for key in order:
        members = groups[key]
        if len(members) == 1:
            out.append(members[0])
            continue
        merged = merge_cluster(members, published=published)
        merged["merged_by"] = sorted({r for rec in members for r in clusters.get(rec["id"], ("", []))[1]})
        for src in merged["sources"]:
            src["grade"] = grading.grade(src.get("doc_id"), src.get("doc"), src.get("path"))
        # each value a field is given, with its corroboration and the Admiralty code (grade + credibility)
        merged["reliability"] = {f: [a.as_dict() for a in rows] for f, rows in assess_event(merged, grading).items()}
        out.append(merged)
    out.sort(key=lambda r: (r.get("earliest") is None, r.get("earliest") or "", r.get("latest") or ""))
    return out


__all__ = ["merged_events"]
