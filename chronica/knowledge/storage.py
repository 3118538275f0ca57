"""The knowledge tables of the store: reading and writing, one small function per need."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select, update

from chronica.knowledge.model import Correction, Entity, NameMention
from chronica.store import Store
from chronica.store.schema import (
    actor_mentions,
    claims,
    corrections,
    documents,
    entities,
    event_clusters,
    knowledge_docs,
    source_grades,
)

_CONTEXT_FIELDS = ("co_names", "places", "years", "roles", "title", "aliases", "namesake", "place", "near_names")


def stale_documents(store: Store, version: str) -> list[str]:
    """Ids of readable documents whose mentions and claims are missing or from another version."""
    query = (
        select(documents.c.id)
        .select_from(documents.outerjoin(knowledge_docs, knowledge_docs.c.doc_id == documents.c.id))
        .where(documents.c.status == "ok")
        .where((knowledge_docs.c.version.is_(None)) | (knowledge_docs.c.version != version))
        .order_by(documents.c.source)
    )
    with store.engine.connect() as conn:
        return list(conn.execute(query).scalars())


def write_document_knowledge(store: Store, doc_id: str, version: str, mention_rows: Sequence[dict[str, Any]],
                             claim_rows: Sequence[dict[str, Any]]) -> None:
    """Replace one document's mentions and claims, in one transaction."""
    with store.engine.begin() as conn:
        conn.execute(delete(actor_mentions).where(actor_mentions.c.doc_id == doc_id))
        conn.execute(delete(claims).where(claims.c.doc_id == doc_id))
        conn.execute(delete(knowledge_docs).where(knowledge_docs.c.doc_id == doc_id))
        if mention_rows:
            conn.execute(actor_mentions.insert(), list(mention_rows))
        if claim_rows:
            conn.execute(claims.insert(), list(claim_rows))
        conn.execute(knowledge_docs.insert(), [{"doc_id": doc_id, "version": version}])


def mention_row(mention_id: str, m: NameMention, relevant: bool) -> dict[str, Any]:
    context = {k: getattr(m, k) for k in _CONTEXT_FIELDS if getattr(m, k, None)}
    return {"id": mention_id, "doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
            "doc_name": m.doc_name, "source": m.source, "relevant": relevant,
            "context": json.dumps(context, ensure_ascii=False) if context else None, "entity_id": None}


def iter_mentions(store: Store) -> Iterator[tuple[str, NameMention]]:
    """Every stored mention as (row id, NameMention), in document and text order."""
    query = select(actor_mentions).order_by(actor_mentions.c.doc_id, actor_mentions.c.start)
    with store.engine.connect() as conn:
        for row in conn.execution_options(stream_results=True).execute(query):
            r = row._mapping
            ctx = json.loads(r["context"]) if r["context"] else {}
            for key in ("co_names", "places", "roles", "aliases", "near_names"):
                if key in ctx:
                    ctx[key] = tuple(ctx[key])
            if "years" in ctx:
                ctx["years"] = tuple(int(y) for y in ctx["years"])
            yield r["id"], NameMention(r["doc_id"], r["start"], r["end"], r["text"], r["kind"], r["doc_name"],
                                       source=bool(r["source"]), **ctx)


def write_resolution(store: Store, ents: Sequence[Entity], mention_ids: Sequence[str], entity_of: Sequence[str]) -> None:
    """Replace the entities and point every mention, and every claim's names, at its entity."""
    rows = [{"id": e.id, "name": e.name, "kind": e.kind, "aliases": json.dumps(list(e.aliases), ensure_ascii=False),
             "docs": json.dumps(list(e.docs)), "evidence": json.dumps([asdict(x) for x in e.evidence], ensure_ascii=False),
             "mentions": e.mentions} for e in ents]
    with store.engine.begin() as conn:
        conn.execute(delete(entities))
        if rows:
            conn.execute(entities.insert(), rows)
        conn.execute(update(actor_mentions).values(entity_id=None))
        by_entity: dict[str, list[str]] = {}
        for mid, eid in zip(mention_ids, entity_of, strict=True):
            if eid:
                by_entity.setdefault(eid, []).append(mid)
        for eid, mids in by_entity.items():
            for k in range(0, len(mids), 500):
                conn.execute(update(actor_mentions).where(actor_mentions.c.id.in_(mids[k:k + 500])).values(entity_id=eid))
        # a claim's names are its document's canonical names: the entity most of those mentions belong to
        best = _name_index(conn)
        for cid, doc_id, subj, obj, by in conn.execute(
                select(claims.c.id, claims.c.doc_id, claims.c.subject, claims.c.object, claims.c.by_name)).all():
            conn.execute(update(claims).where(claims.c.id == cid).values(
                subject_entity=best.get((doc_id, subj)), object_entity=best.get((doc_id, obj or "")),
                by_entity=best.get((doc_id, by or ""))))


def name_index(store: Store) -> dict[tuple[str, str], str]:
    """(document id, canonical name in that document) -> entity id, for reading stored events."""
    with store.engine.connect() as conn:
        return _name_index(conn)


def _name_index(conn: Any) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], dict[str, int]] = {}
    for doc_id, doc_name, eid in conn.execute(
            select(actor_mentions.c.doc_id, actor_mentions.c.doc_name, actor_mentions.c.entity_id)
            .where(actor_mentions.c.entity_id.is_not(None))):
        counts = out.setdefault((doc_id, doc_name), {})
        counts[eid] = counts.get(eid, 0) + 1
    return {key: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0] for key, c in out.items()}


def load_entities(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(entities).order_by(entities.c.kind, entities.c.name)).all()
    return [_entity_dict(r._mapping) for r in rows]


def _entity_dict(r: Any) -> dict[str, Any]:
    return {"id": r["id"], "name": r["name"], "kind": r["kind"], "aliases": json.loads(r["aliases"]),
            "docs": json.loads(r["docs"]), "evidence": json.loads(r["evidence"]), "mentions": r["mentions"]}


def entity_mentions(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """The mentions of one entity with their documents' sources (``doc_source``; a mention's own
    ``source`` says whether it is cited as the source of a claim), in document order."""
    query = (select(actor_mentions, documents.c.source.label("doc_source"))
             .join(documents, documents.c.id == actor_mentions.c.doc_id)
             .where(actor_mentions.c.entity_id == entity_id)
             .order_by(documents.c.source, actor_mentions.c.start))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def load_claims(store: Store, entity_ids: Iterable[str] | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    """Claims (with their document's source), optionally those naming one of ``entity_ids``."""
    query = select(claims, documents.c.source, documents.c.published).join(documents, documents.c.id == claims.c.doc_id)
    if entity_ids is not None:
        ids = list(entity_ids)
        query = query.where(claims.c.subject_entity.in_(ids) | claims.c.object_entity.in_(ids))
    if kind is not None:
        query = query.where(claims.c.kind == kind)
    query = query.order_by(documents.c.source, claims.c.start)
    with store.engine.connect() as conn:
        out = []
        for r in conn.execute(query):
            d = dict(r._mapping)
            d["extra"] = json.loads(d["extra"]) if d.get("extra") else {}
            out.append(d)
        return out


# -- corrections ------------------------------------------------------------------------------------

def load_corrections(store: Store, *, include_undone: bool = True) -> list[dict[str, Any]]:
    query = select(corrections).order_by(corrections.c.seq)
    if not include_undone:
        query = query.where(corrections.c.undone_at.is_(None))
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    for r in rows:
        r["names"] = json.loads(r["names"])
        r["before"] = json.loads(r["before"]) if r.get("before") else None
    return rows


def as_correction(row: dict[str, Any]) -> Correction:
    sides: tuple[tuple[tuple[str, str], ...], ...] = ()
    before = row.get("before")
    if row["action"] == "reject" and isinstance(before, list) and len(before) == 2:
        if all(isinstance(b, dict) and b.get("actors") for b in before):
            sides = tuple(tuple((str(d), str(n)) for d, n in b["actors"]) for b in before)
    return Correction(row["id"], row["action"], tuple(row["names"]), row.get("value"), row.get("who"),
                      row["at"].isoformat() if isinstance(row.get("at"), datetime) else row.get("at"),
                      row.get("undone_at") is not None, sides)


def add_correction(store: Store, correction_id: str, action: str, names: Sequence[str], value: str | None,
                   who: str | None, before: Any) -> dict[str, Any]:
    with store.engine.begin() as conn:
        seq = (conn.execute(select(func.max(corrections.c.seq))).scalar() or 0) + 1
        row = {"id": correction_id, "seq": seq, "action": action, "names": json.dumps(list(names), ensure_ascii=False),
               "value": value, "who": who, "at": datetime.now(UTC), "undone_at": None,
               "before": json.dumps(before, ensure_ascii=False) if before is not None else None}
        conn.execute(corrections.insert(), [row])
    return row


def undo_correction(store: Store, correction_id: str) -> bool:
    """Mark a correction undone; False when there is no such correction still in force."""
    with store.engine.begin() as conn:
        result = conn.execute(update(corrections).where(
            corrections.c.id == correction_id, corrections.c.undone_at.is_(None)).values(undone_at=datetime.now(UTC)))
        return bool(result.rowcount)


# -- event clusters and source grades ---------------------------------------------------------------

def write_clusters(store: Store, rows: Sequence[dict[str, Any]]) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(event_clusters))
        if rows:
            conn.execute(event_clusters.insert(), list(rows))


def load_clusters(store: Store) -> dict[str, tuple[str, list[str]]]:
    """event id -> (cluster id, the rules that linked it)."""
    with store.engine.connect() as conn:
        return {r[0]: (r[1], json.loads(r[2]) if r[2] else []) for r in conn.execute(select(event_clusters))}


def set_grade(store: Store, source: str, grade: str, who: str | None, note: str | None) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(source_grades).where(source_grades.c.source == source))
        conn.execute(source_grades.insert(), [{"source": source, "grade": grade, "who": who,
                                               "at": datetime.now(UTC), "note": note}])


def load_grades(store: Store) -> dict[str, dict[str, Any]]:
    with store.engine.connect() as conn:
        return {r._mapping["source"]: dict(r._mapping) for r in conn.execute(select(source_grades))}


__all__ = [
    "add_correction", "as_correction", "entity_mentions", "iter_mentions", "load_claims",
    "load_clusters", "load_corrections", "load_entities", "load_grades", "mention_row", "name_index", "set_grade",
    "stale_documents", "undo_correction", "write_clusters", "write_document_knowledge", "write_resolution",
]
