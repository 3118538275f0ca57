"""The library API the CLI and later the web app call: no logic lives in the shells."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from chronica.ingest import DEFAULT_MAX_BYTES, IngestResult, ingest_paths
from chronica.store import Store


@dataclass(slots=True)
class IngestSummary:
    stored: int = 0
    unchanged: int = 0
    duplicate: int = 0
    skipped: int = 0
    failed: list[IngestResult] = field(default_factory=list)
    sentences: int = 0
    segments: int = 0
    bytes: int = 0

    def add(self, result: IngestResult) -> None:
        if result.status == "failed":
            self.failed.append(result)
        else:
            setattr(self, result.status, getattr(self, result.status) + 1)
        self.sentences += result.sentences
        self.segments += result.segments
        self.bytes += result.size


def ingest(
    store: Store, paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES, force: bool = False
) -> Iterator[IngestResult]:
    """Ingest files and folders into ``store``, one result per file (see :func:`chronica.ingest.ingest_paths`)."""
    return ingest_paths(store, paths, max_bytes=max_bytes, force=force)


def document_listing(store: Store) -> list[dict[str, Any]]:
    """Every document with its status, metadata, top-level segments and sentence count."""
    counts = store.sentence_counts()
    out = []
    for doc in store.documents():
        segments = [
            {"kind": s["kind"], "title": s["title"], "start": s["start"], "end": s["end"]}
            for s in store.segments(doc["id"])
            if s["parent_id"] is None
        ]
        evidence = json.loads(doc["published_evidence"]) if doc.get("published_evidence") else []
        out.append(
            {
                "id": doc["id"],
                "source": doc["source"],
                "status": doc["status"],
                "error": doc["error"],
                "format": doc["format"],
                "title": doc["title"],
                "title_source": doc["title_source"],
                "author": doc["author"],
                "author_source": doc["author_source"],
                "published": doc["published"],
                "published_source": doc["published_source"],
                "published_evidence": evidence,
                "segments": segments,
                "sentences": counts.get(doc["id"], 0),
                "ingested_at": doc["ingested_at"].isoformat() if doc.get("ingested_at") else None,
            }
        )
    return out


def document_view(store: Store, ref: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A document (with its cleaned text) and its segments, by id, id prefix, path or file name."""
    doc = store.document(ref)
    return doc, store.segments(doc["id"])
