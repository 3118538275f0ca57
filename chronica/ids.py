"""Content-derived identifiers: the same input always gets the same id, so stages re-run idempotently."""

from __future__ import annotations

import hashlib


def content_hash(data: bytes) -> str:
    """The SHA-256 of a file's bytes, hex."""
    return hashlib.sha256(data).hexdigest()


def document_id(digest: str) -> str:
    """A document's id: the first 16 hex digits of its content hash."""
    return digest[:16]


def failed_document_id(source: str) -> str:
    """The id of a document that could not be read, derived from where it was looked for."""
    return "x" + hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:15]


def span_id(parent: str, kind: str, start: int, end: int) -> str:
    """The id of a span of kind ``kind`` in document ``parent``."""
    key = f"{parent}:{kind}:{start}:{end}".encode()
    return hashlib.blake2b(key, digest_size=8).hexdigest()
