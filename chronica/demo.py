"""``chronica demo``: build a fresh store from the sample corpus and summarise it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from chronica.api import IngestSummary, document_listing, ingest
from chronica.sample import corpus_path
from chronica.store import Store


@dataclass(slots=True)
class DemoResult:
    db: str
    summary: IngestSummary
    listing: list[dict[str, object]]


def build_demo(db_path: str | Path) -> DemoResult:
    """Delete ``db_path`` if present, ingest the sample corpus into it, return the summary."""
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
    store.close()
    return DemoResult(str(path), summary, listing)
