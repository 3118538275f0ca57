"""``chronica demo``: build a fresh store from the sample corpus and summarise it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronica.api import IngestSummary, document_listing, ingest
from chronica.events.query import select_events
from chronica.sample import corpus_path
from chronica.store import Store


@dataclass(slots=True)
class DemoResult:
    db: str
    summary: IngestSummary
    listing: list[dict[str, object]]
    timeline: list[dict[str, Any]]


def build_demo(db_path: str | Path) -> DemoResult:
    """Delete ``db_path`` if present, ingest the sample corpus into it, return the summary and timeline."""
    path = Path(db_path)
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            candidate.unlink()
    store = Store.open(str(path))
    summary = IngestSummary()
    for result in ingest(store, [corpus_path()]):
        summary.add(result)
    listing = document_listing(store)
    timeline = select_events(store)
    store.close()
    return DemoResult(str(path), summary, listing, timeline)
