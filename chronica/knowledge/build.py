"""Building the knowledge of a store: per-document mentions and claims, then the corpus-level entities
and event clusters.

``update(store)`` is incremental: a document's mentions and claims are extracted once (again only when
the document changes or ``KNOWLEDGE_VERSION`` does); entities and event clusters are rebuilt from them
on every call, with the analyst's corrections applied, so that a correction, a new document or an undo
is reflected at once and nothing an analyst did is lost.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from chronica import ids
from chronica.events import shared
from chronica.events.extract import SKIP_SEGMENTS, UNRELATED_SEGMENTS
from chronica.events.rows import creation_date
from chronica.knowledge import storage
from chronica.knowledge.aliases import name_mentions, resolve
from chronica.knowledge.model import Claim
from chronica.store import Store

KNOWLEDGE_VERSION = "knowledge-7"  # 6: entity-named actors for same-event links, "sy" spellings; 7: pledges by month and year, foundings of one resolved group, attacks across a province, truce steps, named operations launched, one fully named death


@dataclass(slots=True)
class BuildSummary:
    documents: int = 0  # documents whose mentions and claims were (re-)extracted
    mentions: int = 0
    claims: int = 0
    entities: int = 0
    clusters: int = 0  # events linked with at least one other
    seconds: float = 0.0


class _Segments:
    """Where an offset falls: skipped furniture, an unrelated piece, or the document's own text."""

    def __init__(self, rows: Sequence[dict[str, Any]]) -> None:
        by_id = {r["id"]: r for r in rows}
        spans = []
        for r in rows:
            kinds = {r["kind"]}
            parent = by_id.get(r.get("parent_id") or "")
            if parent is not None:
                kinds.add(parent["kind"])
            spans.append((r["start"], r["end"], kinds))
        spans.sort(key=lambda s: (s[0], -s[1]))
        self.spans = spans
        self.starts = [s[0] for s in spans]

    def kinds(self, pos: int) -> set[str]:
        out: set[str] = set()
        i = bisect_right(self.starts, pos) - 1
        while i >= 0:
            a, b, kinds = self.spans[i]
            if a <= pos < b:
                out |= kinds
            i -= 1
        return out

    def skip(self, pos: int) -> bool:
        return bool(self.kinds(pos) & SKIP_SEGMENTS)

    def relevant(self, pos: int) -> bool:
        return not (self.kinds(pos) & UNRELATED_SEGMENTS)


def document_rows(doc_id: str, text: str, sentences: Sequence[tuple[int, int]], dct: str | None = None,
                  segments: Sequence[dict[str, Any]] = ()) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The mention and claim rows of one document (furniture left out, unrelated pieces flagged)."""
    from chronica.actors import find_actors
    from chronica.geo import geocode_document
    from chronica.knowledge.estimates import extract_estimates
    from chronica.knowledge.leadership import extract_leadership
    from chronica.knowledge.relations import extract_relations
    from chronica.time import find_dates

    if not text.strip() or not sentences:
        return [], []
    spans = list(sentences)
    kept = shared.recall(text, spans, dct)  # found already by this run's ingest
    if kept is not None:
        actors, places, expressions = list(kept.actors), list(kept.places), list(kept.expressions)
    else:
        actors = find_actors(text, spans)
        places = geocode_document(text)
        expressions = find_dates(text, dct)
    where = _Segments(segments)
    mention_rows = [
        storage.mention_row(ids.span_id(doc_id, "mention", m.start, m.end), m, where.relevant(m.start))
        for m in name_mentions(doc_id, text, spans, actors, places, expressions) if not where.skip(m.start)
    ]
    leadership = extract_leadership(text, spans, actors, expressions, doc_id)  # also the leader_of relations
    found: list[Claim] = [
        *extract_relations(text, spans, actors, expressions, doc_id, leadership=leadership),
        *leadership,
        *extract_estimates(text, spans, actors, expressions, doc_id, dct),
    ]
    claim_rows = []
    seen: set[str] = set()
    for c in found:
        if where.skip(c.start):
            continue
        key = f"claim:{c.kind}:{c.relation}:{c.subject}:{c.object}:{c.role}:{c.low}:{c.high}"
        cid = ids.span_id(doc_id, key, c.start, c.end)
        if cid in seen:
            continue
        seen.add(cid)
        claim_rows.append(_claim_row(cid, c, where.relevant(c.start)))
    return mention_rows, claim_rows


def _claim_row(claim_id: str, c: Claim, relevant: bool) -> dict[str, Any]:
    import json

    return {"id": claim_id, "doc_id": c.doc_id, "kind": c.kind, "start": c.start, "end": c.end, "quote": c.quote,
            "subject": c.subject, "relation": c.relation, "object": c.object, "date": c.date, "end_date": c.end_date,
            "role": c.role, "ord": c.order, "end_reason": c.end_reason, "low": c.low, "high": c.high, "unit": c.unit,
            "by_name": c.by, "confidence": c.confidence, "relevant": relevant,
            "extra": json.dumps(c.extra, ensure_ascii=False, default=str) if c.extra else None,
            "subject_entity": None, "object_entity": None, "by_entity": None}


def update(store: Store, *, on_document: Callable[[str], None] | None = None) -> BuildSummary:
    """Bring the store's knowledge up to date: extract what is missing, then resolve and cluster."""
    started = time.perf_counter()
    summary = BuildSummary()
    for doc_id in storage.stale_documents(store, KNOWLEDGE_VERSION):
        doc = store.document(doc_id)
        sents = [(s["start"], s["end"]) for s in store.sentences(doc_id)]
        published = doc.get("published")
        mention_rows, claim_rows = document_rows(
            doc_id, doc["text"] or "", sents, creation_date(published if isinstance(published, str) else None),
            store.segments(doc_id))
        storage.write_document_knowledge(store, doc_id, KNOWLEDGE_VERSION, mention_rows, claim_rows)
        summary.documents += 1
        if on_document:
            on_document(doc["source"])
    shared.forget()
    resolve_entities(store, summary)
    cluster_store_events(store, summary)
    from chronica.ask.index import refresh  # the passage index `chronica ask` retrieves from

    refresh(store)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def resolve_entities(store: Store, summary: BuildSummary | None = None) -> None:
    """Rebuild the entities from every stored mention, with the corrections in force."""
    pairs = list(storage.iter_mentions(store))
    corrections = [storage.as_correction(r) for r in storage.load_corrections(store, include_undone=False)]
    result = resolve([m for _, m in pairs], corrections)
    storage.write_resolution(store, result.entities, [mid for mid, _ in pairs], result.entity_of)
    if summary is not None:
        summary.mentions = len(pairs)
        summary.entities = len(result.entities)
        summary.claims = len(storage.load_claims(store))


def cluster_store_events(store: Store, summary: BuildSummary | None = None) -> None:
    """Rebuild the links between events that tell of one real-world event."""
    import json

    from chronica.events.query import EventFilter, select_events
    from chronica.knowledge.dedup import cluster_links, merged_id

    records = select_events(store, EventFilter(include_unrelated=True, include_undated=True))
    clusters, links = cluster_links(named_by_entities(store, records))
    rows = []
    for members in clusters:
        if len(members) < 2:
            continue
        cid = merged_id(records[i]["id"] for i in members)
        rules = sorted({r for lk in links.get(members[0], []) for r in lk.rules})
        for i in members:
            rows.append({"event_id": records[i]["id"], "cluster_id": cid, "merged_by": json.dumps(rules)})
    storage.write_clusters(store, rows)
    if summary is not None:
        summary.clusters = len(rows)


def with_entity_names(records: list[dict[str, Any]], index: dict[tuple[str, str], str],
                      names: dict[str, str]) -> list[dict[str, Any]]:
    """The records with each actor named by its resolved entity, for comparing records across documents: one
    man spelled two ways ("Adnan Abu Walid al-Sahrawi", "Adnane Abou Walid al-Sahraoui") is one actor. The
    stored records are not changed."""
    out = []
    for rec in records:
        doc_id = (rec.get("sources") or [{}])[0].get("doc_id")
        actors, changed = [], False
        for a in rec.get("actors") or []:
            eid = index.get((str(doc_id), str(a.get("name"))))
            name = names.get(eid) if eid else None
            if name and name != a.get("name"):
                a, changed = dict(a, name=name), True
            actors.append(a)
        out.append(dict(rec, actors=actors) if changed else rec)
    return out


def named_by_entities(store: Store, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``with_entity_names`` with the store's resolved entities (after ``resolve_entities``)."""
    return with_entity_names(records, storage.name_index(store), {e["id"]: e["name"] for e in storage.load_entities(store)})


__all__ = ["KNOWLEDGE_VERSION", "BuildSummary", "cluster_store_events", "document_rows", "named_by_entities", "resolve_entities", "update", "with_entity_names"]
