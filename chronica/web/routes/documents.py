"""The documents area: the list of documents, the reader, and full-text search over the sentences.

``GET /api/documents`` the listing; ``GET /api/documents/<ref>`` one document's cleaned text with its
segments and annotations (offsets into the text); ``GET /api/search?q=&limit=`` sentences matching the
words of ``q`` (all of them, else any; a quoted or hyphenated group as a phrase) with the offsets of the matched words.
Search goes through the passage index of ``chronica ask`` (FTS5 on SQLite, tsvector on PostgreSQL); the
query is rebuilt from the words of ``q``, so no character of it reaches the index's own query syntax."""

from __future__ import annotations

import os
import re
from typing import Any

from flask import Blueprint, abort, render_template, request
from sqlalchemy import text as sql

from chronica.ask import index
from chronica.ask.match import fold, stem
from chronica.errors import NotFoundError
from chronica.store import Store
from chronica.web.annotations import document_meta, document_payload
from chronica.web.errors import ApiError

bp = Blueprint("documents", __name__)

MAX_QUERY = 200
MAX_PHRASES = 12
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CHUNK = re.compile(r'"([^"]*)"?|([^\s"]+)')
_OPEN, _CLOSE = "\x01", "\x02"


# -- pages ----------------------------------------------------------------------------------------

@bp.get("/documents")
def page() -> str:
    return render_template("documents.html", page="documents", q=request.args.get("q", ""))


@bp.get("/documents/<ref>")
def reader(ref: str) -> str:
    from chronica.web.app import workbench

    try:
        doc = workbench().store.document(ref)
    except NotFoundError:
        abort(404)
    return render_template("document.html", page="documents", doc=document_meta(doc))


# -- API ------------------------------------------------------------------------------------------

@bp.get("/api/documents")
def listing() -> dict[str, Any]:
    from chronica.api import document_listing
    from chronica.web.app import workbench

    wb = workbench()
    docs = wb.cached("documents:listing", lambda: document_listing(wb.store))
    keep = ("id", "source", "status", "error", "format", "title", "author", "published", "segments", "sentences")
    out = [{**{k: d.get(k) for k in keep}, "name": os.path.basename(d["source"] or "") or d["id"]} for d in docs]
    return {"total": len(out), "documents": out}


@bp.get("/api/documents/<ref>")
def document(ref: str) -> dict[str, Any]:
    from chronica.web.app import workbench

    wb = workbench()
    return document_payload(wb.store, ref, wb.event_index())


@bp.get("/api/search")
def search() -> dict[str, Any]:
    from chronica.web.app import workbench

    q = (request.args.get("q") or "").strip()
    if not q:
        raise ApiError(400, "bad_request", "give words to search for: ?q=...")
    if len(q) > MAX_QUERY:
        raise ApiError(400, "bad_request", f"the query is longer than {MAX_QUERY} characters")
    raw = request.args.get("limit", str(DEFAULT_LIMIT))
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise ApiError(400, "bad_request", f"limit must be a whole number from 1 to {MAX_LIMIT}")
    wb = workbench()
    wb.cached("documents:index-fresh", lambda: index.refresh(wb.store))
    phrases = query_phrases(q)
    mode = "all"
    total, hits = search_sentences(wb.store, phrases, int(raw)) if phrases else (0, [])
    if not total and len(phrases) > 1:  # no sentence holds every word: those holding any of them
        mode = "any"
        total, hits = search_sentences(wb.store, phrases, int(raw), require_all=False)
    return {"query": q, "words": [" ".join(p) for p in phrases], "mode": mode, "total": total, "hits": hits}


# -- search ---------------------------------------------------------------------------------------

def query_phrases(q: str) -> list[list[str]]:
    """The phrases of a query: each quoted group, and each other run of non-space characters, as its
    lower-case words ("al-Shabaab" is the phrase "al shabaab"). Punctuation and operators drop out."""
    out: list[list[str]] = []
    for m in _CHUNK.finditer(q):
        words = [w.lower() for w in _WORD.findall(m.group(1) if m.group(1) is not None else m.group(2) or "")]
        if words and words not in out:
            out.append(words)
    return out[:MAX_PHRASES]


def _fts_query(phrases: list[list[str]], require_all: bool = True) -> str:
    return (" AND " if require_all else " OR ").join('"' + " ".join(p) + '"' for p in phrases)


def _ts_query(phrases: list[list[str]], require_all: bool = True) -> str:
    return (" & " if require_all else " | ").join("(" + " <-> ".join(p) + ")" if len(p) > 1 else p[0]
                                                  for p in phrases)


def search_sentences(store: Store, phrases: list[list[str]], limit: int,
                     require_all: bool = True) -> tuple[int, list[dict[str, Any]]]:
    """How many indexed sentences hold every phrase (or any, without ``require_all``), and the best
    ``limit`` of them, best first."""
    if store.engine.dialect.name == "sqlite":
        where = "ask_passages MATCH :q"
        params: dict[str, Any] = {"q": _fts_query(phrases, require_all), "n": limit, "a": _OPEN, "b": _CLOSE}
        select = ("SELECT doc_id, s_start, s_end, text, relevant, highlight(ask_passages, 0, :a, :b) "
                  f"FROM ask_passages WHERE {where} ORDER BY bm25(ask_passages) LIMIT :n")
        count = f"SELECT COUNT(*) FROM ask_passages WHERE {where}"
    else:
        where = "to_tsvector('english', text) @@ to_tsquery('english', :q)"
        params = {"q": _ts_query(phrases, require_all), "n": limit}
        select = ("SELECT doc_id, s_start, s_end, text, relevant, NULL FROM ask_passages "
                  f"WHERE {where} ORDER BY ts_rank(to_tsvector('english', text), to_tsquery('english', :q)) DESC, "
                  "rowid LIMIT :n")
        count = f"SELECT COUNT(*) FROM ask_passages WHERE {where}"
    with store.engine.connect() as conn:
        total = int(conn.execute(sql(count), params).scalar() or 0)
        rows = conn.execute(sql(select), params).all() if total else []
    names = _doc_names(store, {r[0] for r in rows})
    hits = []
    for doc_id, start, end, text, relevant, marked in rows:
        name, title = names.get(doc_id, (doc_id, None))
        hits.append({"doc_id": doc_id, "doc": name, "title": title, "start": int(start), "end": int(end),
                     "text": text, "relevant": bool(relevant), "match": match_spans(text, marked, phrases)})
    return total, hits


def _doc_names(store: Store, doc_ids: set[str]) -> dict[str, tuple[str, str | None]]:
    if not doc_ids:
        return {}
    ids = sorted(doc_ids)
    params = {f"d{i}": d for i, d in enumerate(ids)}
    marks = ", ".join(f":d{i}" for i in range(len(ids)))
    with store.engine.connect() as conn:
        rows = conn.execute(sql(f"SELECT id, source, title FROM documents WHERE id IN ({marks})"), params).all()
    return {r[0]: (os.path.basename(r[1] or "") or r[0], r[2]) for r in rows}


def match_spans(text: str, marked: str | None, phrases: list[list[str]]) -> list[list[int]]:
    """The [start, end] offsets in ``text`` of the words the index matched: read from the index's own
    highlighting when it has one (FTS5 knows its stemmer), else found again by stem."""
    if marked and _OPEN not in text and _CLOSE not in text:
        spans: list[list[int]] = []
        pos, start = 0, -1
        for ch in marked:
            if ch == _OPEN:
                start = pos
            elif ch == _CLOSE:
                if start >= 0 and pos > start:
                    spans.append([start, pos])
                start = -1
            else:
                pos += 1
        if pos == len(text):
            return spans
    tokens = [(m.start(), m.end(), stem(fold(m.group()))) for m in _WORD.finditer(text)]
    found: list[list[int]] = []
    for phrase in phrases:
        want = [stem(fold(w)) for w in phrase]
        k = len(want)
        for i in range(len(tokens) - k + 1):
            if all(tokens[i + j][2] == want[j] for j in range(k)):
                found.append([tokens[i][0], tokens[i + k - 1][1]])
    merged: list[list[int]] = []
    for a, b in sorted(found):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged
