"""Ingest: find files, read them, segment pages, split sentences, store; each document all or nothing."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from chronica import ids
from chronica.errors import IngestError
from chronica.events import shared
from chronica.events.extract import SegmentInfo, extract_events
from chronica.events.rows import creation_date, event_row
from chronica.ingest.formats import READERS, reader_for
from chronica.ingest.gcpause import batch_gc
from chronica.ingest.metadata import document_metadata
from chronica.records import ParsedDocument
from chronica.segment import segment_page, split_sentences
from chronica.store import Store

PIPELINE_VERSION = "ingest-10"  # 2: events; 3: wrapped paragraphs, clause-level events, branch links; 4: news register; 5: alias lists; 6: spelled references, wal- names, casualty asides; 7: headlines, Arabic plurals, listed names in other spellings, world places, dated clauses, state-force targets; 8: renamed groups, spelling variants of world places, dated asides, speakers' dates; 9: prose notes, apposed foundings, comment dates, role-named people; 10: world admin-1 divisions in English, regions named by their divisions, great cities' other names ranked below primary names
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# a file this large takes about a second or more to process: the documents written before it are
# committed first, so the batch's transaction never holds the store's write lock through a long document
COMMIT_BEFORE_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one file: stored, unchanged, duplicate, skipped or failed (with the reason)."""

    source: str
    status: str
    doc_id: str | None = None
    error: str | None = None
    segments: int = 0
    sentences: int = 0
    size: int = 0


@dataclass(frozen=True, slots=True)
class _Found:
    source: str
    path: Path | None
    error: str | None = None
    explicit: bool = False


def _source_name(path: Path) -> str:
    return str(path.absolute())


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[_Found]:
    """Every file under the given paths, depth first, once each, whatever the symlinks do."""
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        source = _source_name(path)
        try:
            path.stat()
        except FileNotFoundError:
            if path.is_symlink():
                yield _Found(source, None, "broken symbolic link", True)
            else:
                yield _Found(source, None, "no such file or directory", True)
            continue
        except OSError as err:
            yield _Found(source, None, _os_reason(err), True)
            continue
        if path.is_dir():
            yield from _walk(path, seen_dirs)
        else:
            yield _Found(source, path, None, True)


def _walk(root: Path, seen: set[tuple[int, int]]) -> Iterator[_Found]:
    try:
        st = root.stat()
    except OSError as err:
        yield _Found(_source_name(root), None, _os_reason(err))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return  # a symlink back into a folder already walked
    seen.add(key)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as err:
        yield _Found(_source_name(root), None, _os_reason(err))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError as err:
            yield _Found(_source_name(path), None, _os_reason(err))
            continue
        if is_dir:
            yield from _walk(path, seen)
            continue
        try:
            path.stat()
        except OSError as err:
            yield _Found(_source_name(path), None, _os_reason(err))
            continue
        yield _Found(_source_name(path), path)


def _os_reason(err: OSError) -> str:
    import errno

    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return (err.strerror or str(err)).lower()


def parse(data: bytes, path: Path, source: str) -> ParsedDocument:
    reader = reader_for(path, data[:1024])
    if reader is None:
        raise IngestError(source, f"unsupported file type {path.suffix!r} (supported: {', '.join(sorted(READERS))})")
    return reader(data, source)


def build_rows(
    parsed: ParsedDocument, doc_id: str, source: str
) -> tuple[dict[str, object], list[dict[str, object]], list[dict[str, object]], list[dict[str, object]]]:
    """The store rows of a parsed document: its segments, sentences and events with content-derived ids."""
    text = parsed.text
    spans = segment_page(text, parsed.blocks, parsed.format)
    meta = document_metadata(parsed, spans)
    seg_ids = [
        ids.span_id(doc_id, s.kind if s.parent is None else f"{s.kind}<{s.parent}", s.start, s.end) for s in spans
    ]
    seg_rows: list[dict[str, object]] = [
        {
            "id": seg_ids[k],
            "doc_id": doc_id,
            "parent_id": seg_ids[s.parent] if s.parent is not None else None,
            "ord": k,
            "kind": s.kind,
            "start": s.start,
            "end": s.end,
            "title": " ".join(s.title.split()) if s.title else None,
            "title_start": s.title_start,
            "title_end": s.title_end,
            "author": s.author,
            "date_text": s.date_text,
            "date_start": s.date_start,
            "relevance": s.relevance,
        }
        for k, s in enumerate(spans)
    ]
    top = [(k, s) for k, s in enumerate(spans) if s.parent is None]
    sent_rows: list[dict[str, object]] = []
    t = 0
    sentence_spans = list(split_sentences(text, parsed.blocks, {s.start for s in spans}))
    for n, (a, b) in enumerate(sentence_spans):
        while t + 1 < len(top) and top[t + 1][1].start <= a:
            t += 1
        sent_rows.append(
            {
                "id": ids.span_id(doc_id, "sentence", a, b),
                "doc_id": doc_id,
                "segment_id": seg_ids[top[t][0]] if top else "",
                "ord": n,
                "start": a,
                "end": b,
                "text": text[a:b],
            }
        )
    infos = [
        SegmentInfo(seg_ids[k], s.kind, s.start, s.end, seg_ids[s.parent] if s.parent is not None else None)
        for k, s in enumerate(spans)
    ]
    published = meta.get("published")
    found = extract_events(
        text, sentence_spans, doc_id=doc_id, dct=creation_date(published if isinstance(published, str) else None),
        segments=infos,
    )
    event_rows = [event_row(e, n) for n, e in enumerate(found)]
    doc_row: dict[str, object] = {
        "id": doc_id,
        "source": source,
        "format": parsed.format,
        "encoding": parsed.encoding,
        "language": parsed.language or "en",
        "status": "ok",
        "text": text,
        "char_count": len(text),
        "pipeline_version": PIPELINE_VERSION,
        **meta,
    }
    return doc_row, seg_rows, sent_rows, event_rows


def ingest_file(store: Store, found: _Found, *, max_bytes: int = DEFAULT_MAX_BYTES, force: bool = False) -> IngestResult:
    """Ingest one file; a failure is recorded in the store and returned, never raised."""
    source = found.source
    if found.error or found.path is None:
        return _fail(store, source, found.error or "cannot read", None)
    path = found.path
    try:
        st = path.stat()
        if not path.is_file():
            raise IngestError(source, "not a regular file")
        if path.suffix and path.suffix.lower() not in READERS:
            if not found.explicit:
                return IngestResult(source, "skipped", error=f"unsupported file type {path.suffix!r}")
            raise IngestError(source, f"unsupported file type {path.suffix!r} (supported: {', '.join(sorted(READERS))})")
        if st.st_size > max_bytes:
            raise IngestError(
                source,
                f"file is {st.st_size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit "
                "(raise it with --max-size)",
            )
        state = store.source_state(source)
        if (not force and state is not None and state.status == "ok" and state.size == st.st_size
                and state.mtime == st.st_mtime and state.pipeline_version == PIPELINE_VERSION):
            return IngestResult(source, "unchanged", state.doc_id, size=st.st_size)
        try:
            data = path.read_bytes()
        except OSError as err:
            raise IngestError(source, _os_reason(err)) from err
        digest = ids.content_hash(data)
        if (not force and state is not None and state.status == "ok" and state.content_hash == digest
                and state.pipeline_version == PIPELINE_VERSION):
            store.touch_source(source, st.st_size, st.st_mtime)
            return IngestResult(source, "unchanged", state.doc_id, size=st.st_size)
        doc_id = ids.document_id(digest)
        if len(data) >= COMMIT_BEFORE_BYTES:
            store.commit_batch()
        twin = store.find_by_hash(digest)
        if twin is not None and twin[1] != source:
            row = _base_row(ids.failed_document_id(source), source, digest, st.st_size, st.st_mtime)
            row.update(status="duplicate", duplicate_of=twin[0], error=f"same content as {twin[1]}")
            store.write_document(row)
            return IngestResult(source, "duplicate", twin[0], error=f"same content as {twin[1]}", size=st.st_size)
        parsed = parse(data, path, source)
        doc_row, seg_rows, sent_rows, event_rows = build_rows(parsed, doc_id, source)
        doc_row.update(content_hash=digest, size=st.st_size, mtime=st.st_mtime)
        store.write_document(doc_row, seg_rows, sent_rows, event_rows)
        return IngestResult(
            source, "stored", doc_id, segments=sum(1 for r in seg_rows if r["parent_id"] is None),
            sentences=len(sent_rows), size=st.st_size,
        )
    except IngestError as err:
        return _fail(store, source, err.reason, path)
    except OSError as err:
        return _fail(store, source, _os_reason(err), path)
    except (ValueError, RecursionError, MemoryError, UnicodeError) as err:
        return _fail(store, source, f"cannot process: {err.__class__.__name__}: {err}", path)
    except Exception as err:  # a bug must not lose the rest of the batch: record it and go on
        reason = f"internal error, please report: {err.__class__.__name__}: {str(err).splitlines()[0][:200]}"
        return _fail(store, source, reason, path)


def _base_row(doc_id: str, source: str, digest: str | None, size: int | None, mtime: float | None) -> dict[str, object]:
    return {
        "id": doc_id,
        "source": source,
        "content_hash": digest,
        "size": size,
        "mtime": mtime,
        "status": "failed",
        "ingested_at": datetime.now(UTC),
        "pipeline_version": PIPELINE_VERSION,
    }


def _fail(store: Store, source: str, reason: str, path: Path | None) -> IngestResult:
    size = mtime = None
    if path is not None:
        try:
            st = path.stat()
            size, mtime = st.st_size, st.st_mtime
        except OSError:
            pass
    row = _base_row(ids.failed_document_id(source), source, None, size, mtime)
    row["error"] = reason
    store.write_document(row)
    return IngestResult(source, "failed", row["id"], error=reason)  # type: ignore[arg-type]


def ingest_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
    on_found: Callable[[str], None] | None = None,
) -> Iterator[IngestResult]:
    """Ingest every file under ``paths``, streaming one result per file.

    The documents are written in shared transactions (:meth:`Store.batch`), committed every few dozen
    documents or every second, and when the iteration ends, is closed or is interrupted; each document
    is written whole or not at all."""
    shared.new_batch()
    with batch_gc() as collector, store.batch():
        for found in discover(paths):
            if on_found:
                on_found(found.source)
            result = ingest_file(store, found, max_bytes=max_bytes, force=force)
            if result.status == "stored":
                collector.document_done()
            yield result


__all__ = ["IngestResult", "PIPELINE_VERSION", "build_rows", "discover", "ingest_file", "ingest_paths", "parse"]
