"""Events to store rows and back out as the export record (the shape ../shared/eval/score.py reads)."""

from __future__ import annotations

import os
import re
from typing import Any

from chronica import ids
from chronica.events.model import Event
from chronica.events.triggers import PLOVER

_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})")


def creation_date(published: str | None) -> str | None:
    """The document creation time for anchoring: a day from the stored publication date, if it has one.

    An open interval such as ``../2014-10-15`` (published on or before) still anchors on its end."""
    if not published:
        return None
    m = _DAY.search(published)
    return m.group(1) if m else None


def event_row(event: Event, ord_: int) -> dict[str, Any]:
    d = event.date
    return {
        "id": ids.span_id(event.doc_id, f"event:{event.type}", event.start, event.end),
        "doc_id": event.doc_id,
        "segment_id": event.segment_id,
        "ord": ord_,
        "start": event.start,
        "end": event.end,
        "quote": event.quote,
        "type": event.type,
        "trigger": event.trigger,
        "date": d.value if d else None,
        "date_text": d.text if d else None,
        "date_start": d.start if d else None,
        "date_end": d.end if d else None,
        "earliest": d.earliest if d else None,
        "latest": d.latest if d else None,
        "precision": d.precision if d else None,
        "date_anchor": d.anchor if d else None,
        "date_inherited": d.inherited if d else None,
        "actors": [a.as_dict() for a in event.actors],
        "location": event.location,
        "killed": event.killed,
        "wounded": event.wounded,
        "casualties": list(event.casualties),
        "relevant": event.relevant,
        "confidence": event.confidence,
    }


def _public_location(loc: dict[str, Any] | None) -> dict[str, Any] | None:
    if not loc:
        return None
    keys = ("place", "feature", "admin1", "country", "lat", "lon", "precision")
    return {k: loc.get(k) for k in keys}


def export_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as exported: consolidated values plus its sources, each carrying what it states itself."""
    actors = [
        {"name": a["name"], "kind": a.get("kind"), "role": a.get("role"), "text": a.get("text"),
         **({"linked_from": a["linked_from"]} if a.get("linked_from") else {})}
        for a in row.get("actors") or []
    ]
    location = _public_location(row.get("location"))
    source = {
        "doc": os.path.basename(row.get("source") or "") or row["doc_id"],
        "doc_id": row["doc_id"],
        "path": row.get("source"),
        "start": row["start"],
        "end": row["end"],
        "quote": row["quote"],
        "date": row.get("date"),
        "date_text": row.get("date_text"),
        "trigger": row.get("trigger"),
        "killed": row.get("killed"),
        "wounded": row.get("wounded"),
    }
    return {
        "id": row["id"],
        "date": row.get("date"),
        "earliest": row.get("earliest"),
        "latest": row.get("latest"),
        "precision": row.get("precision"),
        "type": row["type"],
        "plover": PLOVER.get(row["type"]),
        "actors": actors,
        "location": location,
        "killed": row.get("killed"),
        "wounded": row.get("wounded"),
        "casualties": row.get("casualties") or [],
        "relevant": bool(row.get("relevant")),
        "sources": [source],
    }


__all__ = ["creation_date", "event_row", "export_record"]
