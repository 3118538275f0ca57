#!/usr/bin/env python3
"""Speed of `chronica ask` on a large synthetic corpus, one core: latency per question (p50, p95, max)
and the time from start-up (opening the store) to the first answer.

    python benchmarks/ask_speed.py [--docs 100000] [--db /tmp/ask-speed.db] [--questions 300] [--keep]

The corpus is generated in code (armed groups, places, leaders and attacks with made-up names, in the
register of news reports and timelines) and written straight into the store's tables (documents,
segments, sentences, events, entities and leadership claims), which is what ingest and the knowledge
update would store; then the passage index is built (timed) and questions of every kind are asked:
when, who (the Nth leader, a successor), how many killed (with disputed tolls), how many fighters,
which groups merged, and unanswerable ones. An existing --db is reused (--keep keeps it afterwards).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chronica.store import Store  # noqa: E402
from chronica.store.schema import claims, documents, entities, events, segments, sentences  # noqa: E402

SYL = ["ka", "ra", "mo", "ze", "lu", "ta", "shi", "do", "ba", "ni", "qa", "ha", "ve", "si", "ro", "mu", "za", "el"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth"]


def word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


class World:
    def __init__(self, rng: random.Random, n_groups: int = 400, n_places: int = 1500) -> None:
        self.groups = [f"{word(rng)} {rng.choice(['Front', 'Movement', 'Brigade', 'Army', 'Council'])}"
                       for _ in range(n_groups)]
        self.places = list(dict.fromkeys(word(rng, rng.choice([2, 3])) for _ in range(n_places)))
        self.leaders = {g: [f"{word(rng, 2)} {word(rng, 3)}" for _ in range(rng.randint(2, 5))] for g in self.groups}
        self.merged = {g: rng.sample(self.groups, 2) for g in self.groups[:100]}


def make_doc(rng: random.Random, w: World, i: int) -> tuple[str, list[tuple[int, int]], dict]:  # type: ignore[type-arg]
    g = rng.choice(w.groups)
    p = rng.choice(w.places)
    y = rng.randint(2001, 2023)
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    killed = rng.randint(2, 300)
    lines = [
        f"Report {i}: violence in {p}",
        f"On {d} {MONTHS[mo - 1]} {y}, fighters of the {g} attacked a market in {p}, killing {killed} people.",
        f"Officials in {p} said the attack wounded {rng.randint(5, 400)} others.",
        f"Local sources gave a higher toll of {killed + rng.randint(1, 30)} dead." if rng.random() < 0.3 else
        f"The {g} claimed the attack in a statement.",
        f"The {g} has been active around {rng.choice(w.places)} since {rng.randint(1990, y)}.",
        f"Analysts estimate that the group has about {rng.randint(2, 90) * 100} fighters.",
        f"Security forces launched an operation near {rng.choice(w.places)} after the attack.",
        f"Residents said markets in {p} stayed closed for {rng.randint(2, 9)} days.",
    ]
    text = ""
    spans = []
    for line in lines:
        start = len(text)
        text += line
        spans.append((start, len(text)))
        text += "\n\n"
    meta = {"group": g, "place": p, "date": f"{y}-{mo:02d}-{d:02d}", "killed": killed, "attack": spans[1]}
    return text, spans, meta


def build(db: str, n_docs: int, seed: int = 7) -> tuple[World, list[dict]]:  # type: ignore[type-arg]
    rng = random.Random(seed)
    w = World(rng)
    store = Store.open(db)
    now = datetime.now(UTC)
    metas = []
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        batch_docs: list[dict] = []  # type: ignore[type-arg]
        batch_segs: list[dict] = []  # type: ignore[type-arg]
        batch_sents: list[dict] = []  # type: ignore[type-arg]
        batch_events: list[dict] = []  # type: ignore[type-arg]

        def flush() -> None:
            for table, rows in ((documents, batch_docs), (segments, batch_segs), (sentences, batch_sents),
                                (events, batch_events)):
                if rows:
                    blank = {c.name: None for c in table.c}
                    conn.execute(table.insert(), [{**blank, **r} for r in rows])
                    rows.clear()

        for i in range(n_docs):
            text, spans, meta = make_doc(rng, w, i)
            doc_id = f"{i:016x}"
            metas.append(meta)
            batch_docs.append({"id": doc_id, "source": f"/synthetic/{i:06d}.txt", "content_hash": doc_id, "size": len(text),
                               "mtime": 0.0, "format": "text", "encoding": "utf-8", "title": text[:spans[0][1]],
                               "status": "ok", "text": text, "char_count": len(text), "ingested_at": now,
                               "pipeline_version": "synthetic"})
            batch_segs.append({"id": f"s{doc_id[1:]}", "doc_id": doc_id, "parent_id": None, "ord": 0, "kind": "article",
                               "start": 0, "end": len(text)})
            for k, (a, b) in enumerate(spans):
                batch_sents.append({"id": f"{i:012x}{k:04x}", "doc_id": doc_id, "segment_id": f"s{doc_id[1:]}",
                                    "ord": k, "start": a, "end": b, "text": text[a:b]})
            a, b = meta["attack"]
            batch_events.append({"id": f"e{doc_id[1:]}", "doc_id": doc_id, "segment_id": None, "ord": 0, "start": a,
                                 "end": b, "quote": text[a:b], "type": "attack", "date": meta["date"],
                                 "earliest": meta["date"], "latest": meta["date"], "precision": "day",
                                 "actors": json.dumps([{"name": meta["group"], "kind": "org"}]),
                                 "location": json.dumps({"place": meta["place"]}), "killed": meta["killed"],
                                 "relevant": True})
            if len(batch_docs) >= 2000:
                flush()
        flush()
        ents = []
        claim_rows = []
        for gi, g in enumerate(w.groups):
            gid = f"org:g{gi}"
            ents.append({"id": gid, "name": g, "kind": "org", "aliases": json.dumps([g]), "docs": "[]",
                         "evidence": "[]", "mentions": 100})
            doc_id = f"{gi:016x}"
            text = conn.execute(documents.select().with_only_columns(documents.c.text)
                                .where(documents.c.id == doc_id)).scalar_one()
            for k, person in enumerate(w.leaders[g]):
                pid = f"person:g{gi}p{k}"
                ents.append({"id": pid, "name": person, "kind": "person", "aliases": json.dumps([person]), "docs": "[]",
                             "evidence": "[]", "mentions": 3})
                claim_rows.append({"id": f"c{gi:06d}{k:02d}", "doc_id": doc_id, "kind": "leadership", "start": 0,
                                   "end": 20, "quote": text[:20], "subject": g, "object": person, "role": "emir",
                                   "ord": k + 1, "date": str(2000 + k * 3), "end_date": str(2003 + k * 3),
                                   "relevant": True, "subject_entity": gid, "object_entity": pid})
            for k, other in enumerate(w.merged.get(g, [])):
                claim_rows.append({"id": f"m{gi:06d}{k:02d}", "doc_id": doc_id, "kind": "relation", "start": 0,
                                   "end": 20, "quote": text[:20], "subject": other, "relation": "merged_into",
                                   "object": g, "relevant": True, "subject_entity": f"org:g{w.groups.index(other)}",
                                   "object_entity": gid})
        conn.execute(entities.insert(), ents)
        blank = {c.name: None for c in claims.c}
        conn.execute(claims.insert(), [{**blank, **r} for r in claim_rows])
    print(f"wrote {n_docs} documents ({n_docs * 8} sentences) in {time.perf_counter() - t0:.1f} s")
    store.close()
    return w, metas


def questions(w: World, metas: list[dict], n: int, seed: int = 11) -> list[str]:  # type: ignore[type-arg]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        m = rng.choice(metas)
        g = rng.choice(w.groups)
        kind = rng.randrange(8)
        if kind == 0:
            out.append(f"When did the {m['group']} attack the market in {m['place']}?")
        elif kind == 1:
            out.append(f"How many people were killed in the attack on the market in {m['place']}?")
        elif kind == 2:
            out.append(f"Who was the {rng.choice(ORD[:3])} emir of the {g}?")
        elif kind == 3:
            out.append(f"Who succeeded {w.leaders[g][0]}?")
        elif kind == 4:
            out.append(f"Which groups merged into the {rng.choice(w.groups[:100])}?")
        elif kind == 5:
            out.append(f"How many fighters does the {g} have?")
        elif kind == 6:
            out.append(f"Where did the {m['group']} attack a market in {m['date'][:4]}?")
        else:
            out.append(f"How many were killed when the Zqxv Legion bombed the port of Wxlok in {rng.randint(1990, 2020)}?")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--db", default="/tmp/ask-speed.db")
    ap.add_argument("--questions", type=int, default=300)
    ap.add_argument("--keep", action="store_true", help="keep the store afterwards")
    ap.add_argument("--slowest", type=int, default=0, help="print the N slowest questions")
    args = ap.parse_args()
    fresh = not os.path.exists(args.db)
    if fresh:
        w, metas = build(args.db, args.docs)
        from chronica.ask import index

        store = Store.open(args.db)
        t0 = time.perf_counter()
        n = index.refresh(store)
        print(f"indexed {n} documents in {time.perf_counter() - t0:.1f} s")
        store.close()
    else:
        rng = random.Random(7)
        w = World(rng)
        metas = [make_doc(rng, w, i)[2] for i in range(args.docs)]
    qs = [f"Who succeeded {w.leaders[w.groups[0]][0]}?", *questions(w, metas, args.questions - 1)]
    from chronica.ask import Asker

    t0 = time.perf_counter()
    store = Store.open(args.db)
    asker = Asker(store)
    first = asker.ask(qs[0])
    startup = time.perf_counter() - t0
    times = []
    answered = 0
    for q in qs[1:]:
        t = time.perf_counter()
        ans = asker.ask(q)
        times.append((time.perf_counter() - t) * 1000)
        answered += ans.answer is not None
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"first answer after start-up: {startup:.2f} s ({first.answer!r})")
    print(f"{len(times)} questions: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms; "
          f"{answered} answered")
    slow = sorted(zip(times, qs[1:], strict=False), reverse=True)[:args.slowest]
    for t, q in slow:
        print(f"  {t:.0f} ms {q}")
    store.close()
    if fresh and not args.keep:
        os.remove(args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
