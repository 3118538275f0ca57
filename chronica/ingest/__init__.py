"""Ingest document piles into the store."""

from chronica.ingest.pipeline import (
    DEFAULT_MAX_BYTES,
    PIPELINE_VERSION,
    IngestResult,
    ingest_file,
    ingest_paths,
)

__all__ = ["DEFAULT_MAX_BYTES", "PIPELINE_VERSION", "IngestResult", "ingest_file", "ingest_paths"]
