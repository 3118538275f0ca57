#!/usr/bin/env python3
"""Alias resolution quality: ingest documents, resolve their actor names across documents, score.

Reads every document of ``--docs`` (as ingest does: parse, segment, sentences), finds its actors,
places and dates, builds the name mentions, resolves them, writes the entities as JSON Lines
(``{"id", "name", "kind", "aliases"}``) to a temporary folder and prints what
``../shared/eval/score.py entities`` says against ``--gold`` (B-cubed over the gold aliases found,
and the share of gold aliases found at all).

    python benchmarks/aliases_eval.py --gold tests/knowledge/data/aliases_gold \\
        --docs tests/knowledge/data/aliases_gold [--show NAME ...] [--clusters] [--keep FILE]

``--gold`` is an ``entities.jsonl`` file or a folder holding one; ``--show`` prints the entity of
each name given (its aliases and the evidence of its merges); ``--clusters`` prints every entity of
more than one alias.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chronica.actors import find_actors
from chronica.geo import geocode_document
from chronica.ingest.pipeline import parse
from chronica.knowledge.aliases import entity_record, name_mentions, resolve
from chronica.knowledge.aliases_keys import norm_name
from chronica.knowledge.model import Entity, NameMention
from chronica.segment import segment_page, split_sentences
from chronica.time import find_dates

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DOC_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


def document_mentions(path: Path) -> list[NameMention]:
    """The name mentions of one document file, its id being the file name."""
    parsed = parse(path.read_bytes(), path, str(path))
    text = parsed.text
    spans = segment_page(text, parsed.blocks, parsed.format)
    sentences = list(split_sentences(text, parsed.blocks, {s.start for s in spans}))
    actors = find_actors(text, sentences)
    places = geocode_document(text)
    dates = find_dates(text, None)
    return name_mentions(path.name, text, sentences, actors, places, dates)


def corpus_mentions(docs: Path) -> list[NameMention]:
    files = [docs] if docs.is_file() else sorted(p for p in docs.rglob("*") if p.suffix.lower() in DOC_SUFFIXES)
    out: list[NameMention] = []
    for path in files:
        out.extend(document_mentions(path))
    return out


def _gold_file(gold: Path) -> Path:
    if gold.is_dir():
        hits = sorted(gold.glob("*entities.jsonl"))
        if not hits:
            sys.exit(f"{gold}: no *entities.jsonl file")
        return hits[0]
    return gold


def show(entities: list[Entity], names: list[str], clusters: bool) -> None:
    index = {}
    for e in entities:
        for a in e.aliases:
            index.setdefault(norm_name(a), e)
    chosen: list[Entity] = []
    for n in names:
        hit = index.get(norm_name(n))
        if hit is not None and hit not in chosen:
            chosen.append(hit)
    for n in names:
        if norm_name(n) not in index:
            print(f"-- {n}: no entity")
    if clusters:
        chosen += [e for e in entities if len(e.aliases) > 1 and e not in chosen]
    for e in chosen:
        print(f"{e.id}  [{e.kind}] {e.name}  docs={len(e.docs)} mentions={e.mentions}")
        print("    aliases: " + " | ".join(e.aliases))
        for ev in e.evidence:
            if ev.rule != "in-document":
                print(f"    {ev.rule}: {ev.names[0]} ~ {ev.names[1]}  {ev.detail}")


def errors(gold_path: Path, entities: list[Entity]) -> None:
    """Gold aliases no entity names, gold entities spread over several entities, entities mixing gold ones."""
    owner: dict[str, Entity] = {}
    for e in entities:
        for a in e.aliases:
            owner.setdefault(norm_name(a), e)
    where: dict[str, set[str]] = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        names = {norm_name(n) for n in [g["canonical"], *g.get("aliases", [])] if norm_name(n)}
        missing = sorted(n for n in names if n not in owner)
        systems = sorted({owner[n].id for n in names if n in owner})
        if missing:
            print(f"missed  {g['id']}: {', '.join(missing)}")
        if len(systems) > 1:
            print(f"split   {g['id']}: " + "; ".join(
                f"{sid} <- {', '.join(sorted(n for n in names if n in owner and owner[n].id == sid))}" for sid in systems))
        for sid in systems:
            where.setdefault(sid, set()).add(g["id"])
    for sid, golds in sorted(where.items()):
        if len(golds) > 1:
            print(f"mixed   {sid}: {', '.join(sorted(golds))}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, help="entities.jsonl (or a folder with one)")
    ap.add_argument("--docs", type=Path, required=True, help="a folder of documents (or one file)")
    ap.add_argument("--score", type=Path, default=SCORER, help="the shared scorer (score.py)")
    ap.add_argument("--show", nargs="*", default=[], help="names whose entity to print")
    ap.add_argument("--clusters", action="store_true", help="print every entity of more than one alias")
    ap.add_argument("--keep", type=Path, help="also write the system entities JSONL here")
    ap.add_argument("--errors", action="store_true", help="list missed, split and mixed gold entities")
    args = ap.parse_args()

    t0 = time.perf_counter()
    mentions = corpus_mentions(args.docs)
    t1 = time.perf_counter()
    res = resolve(mentions)
    t2 = time.perf_counter()
    print(f"{len(mentions)} mentions, {len(res.entities)} entities; "
          f"reading {t1 - t0:.1f} s, resolving {t2 - t1:.2f} s")
    if args.show or args.clusters:
        show(res.entities, args.show, args.clusters)
    rows = "".join(json.dumps(entity_record(e), ensure_ascii=False) + "\n" for e in res.entities)
    if args.keep:
        args.keep.write_text(rows, encoding="utf-8")
    if args.gold is None:
        return 0
    if args.errors:
        errors(_gold_file(args.gold), res.entities)
    with tempfile.TemporaryDirectory() as tmp:
        system = Path(tmp) / "entities.jsonl"
        system.write_text(rows, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(args.score), "entities", "--gold", str(_gold_file(args.gold)), "--system", str(system)],
            capture_output=True, text=True, check=False,
        )
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
