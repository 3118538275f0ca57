"""Precision and recall of the claim extractors (relations, leadership tenures, strength estimates)
against hand-made gold in the formats of ../shared/eval/SCHEMA.md.

    python benchmarks/claims_eval.py --docs tests/knowledge/data/claims_gold/docs \
        --gold tests/knowledge/data/claims_gold [--show]

``--gold`` holds ``relations.jsonl``, ``leadership.jsonl`` and ``estimates.jsonl`` (any missing kind is
skipped) and optionally ``entities.jsonl``, whose aliases let a system name match a gold name. Each
document is read as ingest reads it (``chronica.ingest.pipeline.parse``; sentences, actors and dates
computed as ``build_rows`` does). A system claim matches a gold one when the document, the kind's key
(relation: subject, relation, object, either order for symmetric relations; tenure: organisation,
person and role class; estimate: organisation, low and high) agree; the other fields are scored on
the matched pairs. ``--show`` prints what the extractors found, with the misses and false alarms.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from chronica.actors import find_actors
from chronica.events.rows import creation_date
from chronica.ingest.metadata import document_metadata
from chronica.ingest.pipeline import parse
from chronica.knowledge.claims_text import canonical_key
from chronica.knowledge.estimates import extract_estimates
from chronica.knowledge.leadership import LEADER_ROLES, extract_leadership
from chronica.knowledge.model import Claim
from chronica.knowledge.relations import SYMMETRIC, extract_relations
from chronica.segment import segment_page, split_sentences
from chronica.time import find_dates


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def document_inputs(path: Path) -> tuple[str, list[tuple[int, int]], list[Any], list[Any]]:
    """Text, sentences, actor mentions and dates of a file, as ingest computes them."""
    parsed = parse(path.read_bytes(), path, str(path))
    text = parsed.text
    spans = segment_page(text, parsed.blocks, parsed.format)
    meta = document_metadata(parsed, spans)
    sentences = list(split_sentences(text, parsed.blocks, {s.start for s in spans}))
    published = meta.get("published")
    dct = creation_date(published if isinstance(published, str) else None)
    return text, sentences, find_actors(text, sentences), find_dates(text, dct)


class Names:
    """Name comparison through the gold entities' aliases (case and spacing folded)."""

    def __init__(self, entities: Iterable[dict[str, Any]]) -> None:
        self.map: dict[str, str] = {}
        for e in entities:
            canon = canonical_key(e.get("canonical") or e.get("name") or "")
            for alias in [e.get("canonical") or ""] + list(e.get("aliases") or []):
                self.map.setdefault(canonical_key(alias), canon)

    def key(self, name: str | None) -> str:
        k = canonical_key(name or "")
        for prefix in ("the ",):
            if k.startswith(prefix):
                k = k[len(prefix):]
        return self.map.get(k, k)


def _date_eq(a: str | None, b: str | None) -> bool:
    return (a or None) == (b or None)


def _role_class(role: str | None) -> str:
    return "top" if (role or "") in LEADER_ROLES else (role or "")


def score(kind: str, system: list[dict[str, Any]], gold: list[dict[str, Any]], key: Callable[[dict[str, Any]], Any],
          alt: Callable[[dict[str, Any]], Any] | None, fields: list[tuple[str, str]]) -> dict[str, Any]:
    """Greedy one-to-one matching on ``key`` (or ``alt`` for a symmetric pair); field accuracy on matches."""
    free = list(range(len(gold)))
    gold_keys = [key(g) for g in gold]
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    false_alarms = []
    for s in system:
        ks = {key(s)} | ({alt(s)} if alt else set())
        hit = next((i for i in free if gold_keys[i] in ks), None)
        if hit is None:
            false_alarms.append(s)
            continue
        free.remove(hit)
        pairs.append((s, gold[hit]))
    p = len(pairs) / len(system) if system else 0.0
    r = len(pairs) / len(gold) if gold else 0.0
    acc = {}
    for sf, gf in fields:
        ok = sum(1 for s, g in pairs if _date_eq(str(s.get(sf)) if s.get(sf) is not None else None,
                                               str(g.get(gf)) if g.get(gf) is not None else None))
        acc[gf] = ok / len(pairs) if pairs else 0.0
    return {"kind": kind, "system": len(system), "gold": len(gold), "matched": len(pairs), "precision": p,
            "recall": r, "fields": acc, "misses": [gold[i] for i in free], "false_alarms": false_alarms, "pairs": pairs}


def claim_row(c: Claim, doc: str) -> dict[str, Any]:
    row = {"doc": doc, "subject": c.subject, "relation": c.relation, "object": c.object, "date": c.date,
           "end_date": c.end_date, "role": c.role, "order": c.order, "end_reason": c.end_reason, "low": c.low,
           "high": c.high, "unit": c.unit, "by": c.by, "quote": c.quote[:160]}
    return {k: v for k, v in row.items() if v is not None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", required=True, type=Path, help="folder of documents (the gold's doc names)")
    ap.add_argument("--gold", required=True, type=Path, help="folder with relations/leadership/estimates.jsonl")
    ap.add_argument("--show", action="store_true", help="print the claims, misses and false alarms")
    args = ap.parse_args(argv)
    names = Names(read_jsonl(args.gold / "entities.jsonl"))
    g_rel = read_jsonl(args.gold / "relations.jsonl")
    g_lead = read_jsonl(args.gold / "leadership.jsonl")
    g_est = read_jsonl(args.gold / "estimates.jsonl")
    docs = sorted({r["doc"] for r in g_rel + g_est} | {d for r in g_lead for d in r.get("docs", [])})
    if not docs:
        docs = sorted(p.name for p in args.docs.iterdir() if p.is_file())
    s_rel: list[dict[str, Any]] = []
    s_lead: list[dict[str, Any]] = []
    s_est: list[dict[str, Any]] = []
    for doc in docs:
        path = args.docs / doc
        if not path.exists():
            print(f"missing document: {path}", file=sys.stderr)
            continue
        text, sents, mentions, dates = document_inputs(path)
        s_rel += [claim_row(c, doc) for c in extract_relations(text, sents, mentions, dates, doc_id=doc)]
        s_lead += [claim_row(c, doc) for c in extract_leadership(text, sents, mentions, dates, doc_id=doc)]
        s_est += [claim_row(c, doc) for c in extract_estimates(text, sents, mentions, dates, doc_id=doc)]
    for g in g_lead:
        g["doc"] = (g.get("docs") or [""])[0]
        g["subject"], g["object"], g["date"], g["end_date"] = g["org"], g["person"], g.get("start"), g.get("end")
    for g in g_est:
        g["subject"], g["date"] = g["org"], g.get("as_of")
    n = names.key
    results = [
        score("relations", s_rel, g_rel, lambda r: (r["doc"], n(r.get("subject")), r.get("relation"), n(r.get("object"))),
              lambda r: (r["doc"], n(r.get("object")), r.get("relation"), n(r.get("subject")))
              if r.get("relation") in SYMMETRIC else None,
              [("date", "date"), ("end_date", "end_date")]),
        score("leadership", s_lead, g_lead,
              lambda r: (r["doc"], n(r.get("subject")), n(r.get("object")), _role_class(r.get("role"))), None,
              [("role", "role"), ("order", "order"), ("date", "start"), ("end_date", "end"),
               ("end_reason", "end_reason")]),
        score("estimates", s_est, g_est, lambda r: (r["doc"], n(r.get("subject")), r.get("low"), r.get("high")), None,
              [("unit", "unit"), ("date", "as_of")]),
    ]
    by_ok = [1 for s, g in results[2]["pairs"] if (n(s.get("by")) == n(g.get("by"))) or (
        s.get("by") and g.get("by") and set(n(s["by"]).split()) & set(n(g["by"]).split()))]
    results[2]["fields"]["by"] = len(by_ok) / len(results[2]["pairs"]) if results[2]["pairs"] else 0.0
    print(f"documents: {len(docs)}")
    for res in results:
        f = " ".join(f"{k}={v:.2f}" for k, v in res["fields"].items())
        print(f"{res['kind']:11} P={res['precision']:.2f} R={res['recall']:.2f} "
              f"(matched {res['matched']}, system {res['system']}, gold {res['gold']})  fields on matches: {f}")
    if args.show:
        for res in results:
            print(f"\n== {res['kind']}: false alarms")
            for s in res["false_alarms"]:
                print("  +", json.dumps(s, ensure_ascii=False))
            print(f"== {res['kind']}: misses")
            for g in res["misses"]:
                print("  -", json.dumps({k: v for k, v in g.items() if k not in ("quote", "docs")}, ensure_ascii=False))
            print(f"== {res['kind']}: matched with a field wrong")
            for s, g in res["pairs"]:
                bad = [gf for sf, gf in (("date", "date"), ("end_date", "end_date"), ("order", "order"),
                                         ("end_reason", "end_reason"), ("unit", "unit"))
                       if gf in g and not _date_eq(str(s.get(sf)) if s.get(sf) is not None else None,
                                                   str(g.get(gf)) if g.get(gf) is not None else None)]
                if bad:
                    print("  ~", bad, json.dumps(s, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
