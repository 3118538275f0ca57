"""The passage index ``chronica ask`` retrieves from: every sentence of the documents' own text.

SQLite keeps it in an FTS5 table ranked by BM25; PostgreSQL in a table with a GIN index on
``to_tsvector('english', text)`` ranked by ``ts_rank`` (migration 0005). ``refresh`` brings it up to date
incrementally: a document is (re-)indexed when it is new or was re-ingested, and dropped when it is gone;
its rows take a contiguous range of row ids, so a passage's neighbours are the rows beside it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text as sql

from chronica.store import Store

_SAFE = re.compile(r"[^\w]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Passage:
    """One indexed sentence: its document, offsets into the document's text, and its retrieval score."""

    rowid: int
    doc_id: str
    start: int
    end: int
    text: str
    relevant: bool
    score: float = 0.0
    doc: str = ""  # the document's file name
    title: str = ""


def _dialect(store: Store) -> str:
    return store.engine.dialect.name


def _skip_kinds() -> tuple[frozenset[str], frozenset[str]]:
    from chronica.events.extract import SKIP_SEGMENTS, UNRELATED_SEGMENTS

    return SKIP_SEGMENTS, UNRELATED_SEGMENTS


def _stamp(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def stale(store: Store) -> tuple[list[str], list[tuple[str, int, int]]]:
    """The documents to (re-)index, and the (doc, first row, last row) ranges to drop."""
    with store.engine.connect() as conn:
        docs = {r[0]: _stamp(r[1]) for r in conn.execute(sql(
            "SELECT id, ingested_at FROM documents WHERE status = 'ok'"))}
        indexed = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(sql(
            "SELECT doc_id, stamp, first_row, last_row FROM ask_index_docs"))}
    todo = [d for d, stamp in docs.items() if indexed.get(d, ("",))[0] != stamp]
    drop = [(d, a, b) for d, (stamp, a, b) in indexed.items() if docs.get(d) != stamp]
    return sorted(todo), drop


def refresh(store: Store) -> int:
    """Bring the index up to date with the stored documents; the number of documents (re-)indexed."""
    todo, drop = stale(store)
    if not todo and not drop:
        return 0
    from chronica.knowledge.build import _Segments

    skip_kinds, unrelated_kinds = _skip_kinds()
    with store.engine.begin() as conn:
        for doc_id, a, b in drop:
            conn.execute(sql("DELETE FROM ask_passages WHERE rowid BETWEEN :a AND :b"), {"a": a, "b": b})
            conn.execute(sql("DELETE FROM ask_index_docs WHERE doc_id = :d"), {"d": doc_id})
        next_row = (conn.execute(sql("SELECT MAX(last_row) FROM ask_index_docs")).scalar() or 0) + 1
        stamps = {r[0]: _stamp(r[1]) for r in conn.execute(sql(
            "SELECT id, ingested_at FROM documents WHERE status = 'ok'"))}
        for k in range(0, len(todo), 500):
            chunk = todo[k:k + 500]
            params = {f"d{i}": d for i, d in enumerate(chunk)}
            marks = ", ".join(f":d{i}" for i in range(len(chunk)))
            segs: dict[str, list[dict[str, Any]]] = {d: [] for d in chunk}
            for r in conn.execute(sql(f"SELECT id, doc_id, parent_id, kind, start, \"end\" FROM segments "
                                      f"WHERE doc_id IN ({marks})"), params):
                segs[r[1]].append({"id": r[0], "parent_id": r[2], "kind": r[3], "start": r[4], "end": r[5]})
            sents: dict[str, list[tuple[int, int, str]]] = {d: [] for d in chunk}
            for r in conn.execute(sql(f"SELECT doc_id, start, \"end\", text FROM sentences WHERE doc_id IN ({marks}) "
                                      f"ORDER BY doc_id, ord"), params):
                sents[r[0]].append((r[1], r[2], r[3]))
            rows: list[dict[str, Any]] = []
            docs_rows: list[dict[str, Any]] = []
            for doc_id in chunk:
                where = _Segments(segs[doc_id])
                first = next_row
                for start, end, text in sents[doc_id]:
                    kinds = where.kinds(start)
                    if kinds & skip_kinds or not text.strip():
                        continue
                    rows.append({"rowid": next_row, "text": text, "doc_id": doc_id, "s_start": start, "s_end": end,
                                 "relevant": 0 if kinds & unrelated_kinds else 1})
                    next_row += 1
                docs_rows.append({"doc_id": doc_id, "stamp": stamps.get(doc_id, ""), "first_row": first,
                                  "last_row": max(first, next_row - 1)})
                if next_row == first:
                    next_row += 1  # keep every document's range its own
            if rows:
                conn.execute(sql("INSERT INTO ask_passages (rowid, text, doc_id, s_start, s_end, relevant) "
                                 "VALUES (:rowid, :text, :doc_id, :s_start, :s_end, :relevant)"), rows)
            conn.execute(sql("INSERT INTO ask_index_docs (doc_id, stamp, first_row, last_row) "
                             "VALUES (:doc_id, :stamp, :first_row, :last_row)"), docs_rows)
    return len(todo)


def _fts_term(term: str) -> str:
    return '"' + term.replace('"', " ") + '"'


def _ts_term(term: str) -> str:
    parts = [p for p in _SAFE.split(term.lower()) if p]
    return "(" + " & ".join(parts) + ")" if len(parts) > 1 else (parts[0] if parts else "")


def search(store: Store, terms: Sequence[str], *, require_all: bool = False, limit: int = 40,
           some_of: Sequence[str] = ()) -> list[Passage]:
    """The best passages for ``terms`` (any of them, or all with ``require_all``; with ``some_of``, all of
    ``terms`` and at least one of ``some_of``), best first."""
    terms = [t for t in dict.fromkeys(t.strip().lower() for t in terms) if t and _SAFE.sub("", t)]
    some = [t for t in dict.fromkeys(t.strip().lower() for t in some_of) if t and _SAFE.sub("", t)]
    if not terms:
        return []
    if _dialect(store) == "sqlite":
        query = (" AND " if require_all else " OR ").join(_fts_term(t) for t in terms)
        if some and require_all:
            query = f"({query}) AND (" + " OR ".join(_fts_term(t) for t in some) + ")"
        stmt = sql("SELECT rowid, doc_id, s_start, s_end, text, relevant, bm25(ask_passages) AS score "
                   "FROM ask_passages WHERE ask_passages MATCH :q ORDER BY score LIMIT :n")
        params: dict[str, Any] = {"q": query, "n": limit}
        sign = -1.0
    else:
        query = (" & " if require_all else " | ").join(t for t in (_ts_term(t) for t in terms) if t)
        if not query:
            return []
        alt = " | ".join(t for t in (_ts_term(t) for t in some) if t)
        if alt and require_all:
            query = f"({query}) & ({alt})"
        stmt = sql("SELECT rowid, doc_id, s_start, s_end, text, relevant, "
                   "ts_rank(to_tsvector('english', text), q) AS score "
                   "FROM ask_passages, to_tsquery('english', :q) q "
                   "WHERE to_tsvector('english', text) @@ q ORDER BY score DESC LIMIT :n")
        params = {"q": query, "n": limit}
        sign = 1.0
    with store.engine.connect() as conn:
        rows = conn.execute(stmt, params).all()
    return _with_docs(store, [Passage(int(r[0]), r[1], int(r[2]), int(r[3]), r[4], bool(r[5]), sign * float(r[6]))
                              for r in rows])


_DF: dict[tuple[int, str], int] = {}
DF_CAP = 2000  # counting stops here: a word in this many passages is a common word, however many more


def document_frequency(store: Store, term: str) -> int:
    """How many passages hold the word, counted up to ``DF_CAP`` (so the count costs little, whatever the corpus)."""
    key = (id(store), term)
    if key not in _DF:
        if _dialect(store) == "sqlite":
            stmt = sql("SELECT COUNT(*) FROM (SELECT 1 FROM ask_passages WHERE ask_passages MATCH :q LIMIT :n)")
            params: dict[str, Any] = {"q": _fts_term(term), "n": DF_CAP}
        else:
            stmt = sql("SELECT COUNT(*) FROM (SELECT 1 FROM ask_passages WHERE to_tsvector('english', text) @@ "
                       "plainto_tsquery('english', :q) LIMIT :n) x")
            params = {"q": term, "n": DF_CAP}
        with store.engine.connect() as conn:
            n = int(conn.execute(stmt, params).scalar() or 0)
        if len(_DF) > 20000:
            _DF.clear()
        _DF[key] = n
    return _DF[key]


def passage_count(store: Store) -> int:
    """How many passages the index holds."""
    with store.engine.connect() as conn:
        return int(conn.execute(sql("SELECT COUNT(*) FROM ask_passages")).scalar() or 0)


_COUNTS: dict[int, tuple[float, int]] = {}


def passage_count_cached(store: Store, max_age: float = 30.0) -> int:
    """``passage_count``, remembered for ``max_age`` seconds."""
    import time

    now = time.monotonic()
    hit = _COUNTS.get(id(store))
    if hit is None or now - hit[0] > max_age:
        hit = _COUNTS[id(store)] = (now, passage_count(store))
    return hit[1]


def neighbours(store: Store, passage: Passage, before: int = 2, after: int = 0) -> list[Passage]:
    """The passages just before (and after) ``passage`` in its document."""
    with store.engine.connect() as conn:
        rows = conn.execute(sql("SELECT rowid, doc_id, s_start, s_end, text, relevant FROM ask_passages "
                                "WHERE rowid BETWEEN :a AND :b AND rowid != :r ORDER BY rowid"),
                            {"a": passage.rowid - before, "b": passage.rowid + after, "r": passage.rowid}).all()
    return [Passage(int(r[0]), r[1], int(r[2]), int(r[3]), r[4], bool(r[5]), 0.0, passage.doc, passage.title)
            for r in rows if r[1] == passage.doc_id]


_DOC_CACHE: dict[tuple[int, str], tuple[str, str]] = {}


def doc_names(store: Store, doc_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """doc id -> (file name, title)."""
    key = id(store)
    want = [d for d in dict.fromkeys(doc_ids) if (key, d) not in _DOC_CACHE]
    if want:
        with store.engine.connect() as conn:
            for k in range(0, len(want), 500):
                chunk = want[k:k + 500]
                params = {f"d{i}": d for i, d in enumerate(chunk)}
                marks = ", ".join(f":d{i}" for i in range(len(chunk)))
                for r in conn.execute(sql(f"SELECT id, source, title FROM documents WHERE id IN ({marks})"), params):
                    _DOC_CACHE[(key, r[0])] = (os.path.basename(r[1] or "") or r[0], r[2] or "")
    return {d: _DOC_CACHE.get((key, d), (d, "")) for d in doc_ids}


def _with_docs(store: Store, passages: list[Passage]) -> list[Passage]:
    names = doc_names(store, [p.doc_id for p in passages])
    return [Passage(p.rowid, p.doc_id, p.start, p.end, p.text, p.relevant, p.score, *names[p.doc_id])
            for p in passages]


__all__ = ["Passage", "doc_names", "document_frequency", "neighbours", "passage_count", "refresh", "search", "stale"]
