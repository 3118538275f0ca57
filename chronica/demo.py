"""``chronica demo``: build a fresh store from the sample corpus and summarise it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronica.api import IngestSummary, document_listing, ingest
from chronica.knowledge.build import BuildSummary, update
from chronica.knowledge.merged import merged_events
from chronica.sample import corpus_path
from chronica.store import Store


@dataclass(slots=True)
class DemoResult:
    db: str
    summary: IngestSummary
    listing: list[dict[str, object]]
    timeline: list[dict[str, Any]]
    knowledge: BuildSummary


def build_demo(db_path: str | Path) -> DemoResult:
    """Delete ``db_path`` if present, ingest the sample corpus into it and build its knowledge; return
    the summary and the timeline (one row per real-world event)."""
    path = Path(db_path)
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            candidate.unlink()
    store = Store.open(str(path))
    summary = IngestSummary()
    for result in ingest(store, [corpus_path()]):
        summary.add(result)
    knowledge = update(store)
    listing = document_listing(store)
    timeline = merged_events(store)
    store.close()
    return DemoResult(str(path), summary, listing, timeline, knowledge)
