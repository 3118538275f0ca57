"""What the reader shows over a document's cleaned text: its segments, and the spans the store knows in it
(event passages, entity mentions, the dates and places those events cite). Every span is a pair of offsets
into the text; nothing here is HTML."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select

from chronica.events.extract import SKIP_SEGMENTS, UNRELATED_SEGMENTS
from chronica.store import Store
from chronica.store.schema import actor_mentions, entities

KINDS = ("event", "entity", "date", "place")


def document_meta(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The metadata of one stored document (without its text)."""
    ingested = doc.get("ingested_at")
    return {
        "id": doc["id"],
        "source": doc["source"],
        "name": os.path.basename(doc["source"] or "") or doc["id"],
        "status": doc["status"],
        "error": doc.get("error"),
        "format": doc.get("format"),
        "title": doc.get("title"),
        "author": doc.get("author"),
        "published": doc.get("published"),
        "language": doc.get("language"),
        "chars": len(doc.get("text") or ""),
        "ingested_at": ingested.isoformat() if isinstance(ingested, datetime) else ingested,
    }


def segment_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The segments in reading order, each with whether it is about the corpus's subject (``relevant``:
    false for an unrelated piece or reader comments) and whether it is page furniture."""
    by_id = {r["id"]: r for r in rows}
    out = []
    for r in rows:
        parent = by_id.get(r.get("parent_id") or "")
        kinds = {r["kind"]} | ({parent["kind"]} if parent else set())
        out.append({
            "id": r["id"],
            "parent": r.get("parent_id"),
            "kind": r["kind"],
            "title": r.get("title"),
            "start": r["start"],
            "end": r["end"],
            "relevant": not (kinds & UNRELATED_SEGMENTS),
            "furniture": bool(kinds & SKIP_SEGMENTS),
        })
    return out


def _inside(start: Any, end: Any, length: int) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def _event_label(record: Mapping[str, Any] | None, row: Mapping[str, Any]) -> str:
    src = record or row
    parts = [str(src.get("type") or "event"), str(src.get("date") or "undated")]
    loc = src.get("location")
    if isinstance(loc, dict) and (loc.get("place") or loc.get("admin1") or loc.get("country")):
        parts.append(str(loc.get("place") or loc.get("admin1") or loc.get("country")))
    return " · ".join(parts)


def _place_name(loc: Mapping[str, Any]) -> str:
    names = [str(loc[k]) for k in ("place", "admin1", "country") if loc.get(k)]
    return ", ".join(dict.fromkeys(names)) or str(loc.get("text") or "")


def document_annotations(store: Store, doc_id: str, text: str,
                event_index: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The annotations of one document, in text order: ``{start, end, kind, label, ref, relevant}`` where
    ``ref`` is the merged event's id (event), the entity id (entity), the EDTF value (date) or the place."""
    n = len(text)
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, int, int, str]] = set()

    def add(kind: str, start: Any, end: Any, label: str, ref: str, relevant: bool) -> None:
        if not _inside(start, end, n) or (kind, start, end, ref) in seen:
            return
        seen.add((kind, start, end, ref))
        out.append({"start": start, "end": end, "kind": kind, "label": label, "ref": ref, "relevant": relevant})

    for row in store.events(doc_id):
        record = event_index.get(row["id"])
        relevant = bool(row.get("relevant"))
        add("event", row["start"], row["end"], _event_label(record, row), str(record["id"] if record else row["id"]),
            relevant)
        if row.get("date") and row.get("date_start") is not None:
            add("date", row["date_start"], row["date_end"], f"{row['date']} ({row.get('date_text') or ''})".strip(),
                str(row["date"]), relevant)
        loc = row.get("location")
        if isinstance(loc, dict) and loc.get("start") is not None:
            name = _place_name(loc)
            add("place", loc.get("start"), loc.get("end"), name, name, relevant)

    query = (select(actor_mentions.c.start, actor_mentions.c.end, actor_mentions.c.text, actor_mentions.c.kind,
                    actor_mentions.c.doc_name, actor_mentions.c.entity_id, actor_mentions.c.relevant,
                    entities.c.name, entities.c.kind.label("entity_kind"))
             .select_from(actor_mentions.outerjoin(entities, entities.c.id == actor_mentions.c.entity_id))
             .where(actor_mentions.c.doc_id == doc_id)
             .order_by(actor_mentions.c.start))
    with store.engine.connect() as conn:
        for m in conn.execute(query).mappings():
            if not m["entity_id"]:
                continue
            name = m["name"] or m["doc_name"]
            add("entity", m["start"], m["end"], f"{name} ({m['entity_kind'] or m['kind']})", str(m["entity_id"]),
                bool(m["relevant"]))

    order = {k: i for i, k in enumerate(KINDS)}
    out.sort(key=lambda a: (a["start"], -a["end"], order[a["kind"]]))
    return out


def document_payload(store: Store, ref: str, event_index: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Everything the reader needs for one document (``NotFoundError`` when ``ref`` names none)."""
    doc = store.document(ref)
    text = doc.get("text") or ""
    anns = document_annotations(store, doc["id"], text, event_index) if text else []
    counts = {k: sum(1 for a in anns if a["kind"] == k) for k in KINDS}
    return {**document_meta(doc), "text": text, "segments": segment_rows(store.segments(doc["id"])),
            "annotations": anns, "counts": counts}


__all__ = ["KINDS", "document_annotations", "document_meta", "document_payload", "segment_rows"]
