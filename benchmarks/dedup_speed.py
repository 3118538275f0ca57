"""Same-event deduplication speed on synthetic events (blocking, not all pairs).

    python benchmarks/dedup_speed.py [--n 100000] [--seed 7]

Makes ``--n`` export records: real-world events over ten years in 40 countries and 400 places, each
told by one to four sources with a date off by up to a day (or at month or year precision), a
toll off by a few, the place at city, province or country level, and passages drawn from a general
vocabulary with the event's own target and a few distinctive words. Prints the time taken by
``cluster_events`` and ``dedup_events`` and, since the truth is known, pairwise precision and recall.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta
from itertools import combinations
from typing import Any

from chronica.knowledge.dedup import cluster_events, dedup_events

TYPES = ["attack"] * 6 + ["military_operation"] * 2 + ["clash", "death", "statement", "detention", "leadership"]
TARGETS = ["mosque", "market", "checkpoint", "school", "hospital", "convoy", "hotel", "police station", "bus",
           "wedding", "military base", "prison"]
FILLER = ("gunmen bomber blast explosion officials province district forces militants residents police army "
          "security witnesses attackers vehicle suicide roadside device fighters commander local government "
          "central northern southern eastern western capital town village road city morning evening crowd").split()


def synthetic(n: int, seed: int) -> tuple[list[dict[str, Any]], list[int]]:
    rng = random.Random(seed)
    countries = [f"C{c:02d}" for c in range(40)]
    places = [(f"Place{p}", f"Prov{p % 120}", countries[p % 40], rng.uniform(-40, 40), rng.uniform(-80, 80))
              for p in range(400)]
    actors = [f"Group {a}" for a in range(300)]
    words = [f"w{k}" for k in range(20000)]
    start = date(2012, 1, 1)
    records: list[dict[str, Any]] = []
    truth: list[int] = []
    ev = 0
    while len(records) < n:
        day = start + timedelta(days=rng.randrange(3650))
        etype = rng.choice(TYPES)
        place = rng.choice(places)
        actor = rng.choice(actors)
        target = rng.choice(TARGETS)
        killed = rng.choice([None, rng.randint(1, 120)])
        own = rng.sample(words, 3)
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            if len(records) >= n:
                break
            prec = rng.choices(["day", "month", "year"], [85, 10, 5])[0]
            d = day + timedelta(days=rng.choice([0, 0, 0, 1, -1])) if prec == "day" else day
            if prec == "day":
                value, lo, hi = d.isoformat(), d.isoformat(), d.isoformat()
            elif prec == "month":
                value = d.strftime("%Y-%m")
                lo = d.replace(day=1).isoformat()
                nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
                hi = (nxt - timedelta(days=1)).isoformat()
            else:
                value, lo, hi = str(d.year), f"{d.year}-01-01", f"{d.year}-12-31"
            level = rng.choices(["city", "admin1", "country", None], [60, 15, 15, 10])[0]
            loc = None
            if level == "city":
                loc = {"place": place[0], "feature": "city", "admin1": place[1], "country": place[2],
                       "lat": place[3], "lon": place[4], "precision": 1}
            elif level == "admin1":
                loc = {"place": place[1], "feature": "admin1", "admin1": place[1], "country": place[2],
                       "lat": None, "lon": None, "precision": 3}
            elif level == "country":
                loc = {"place": None, "feature": "country", "admin1": None, "country": place[2],
                       "lat": None, "lon": None, "precision": 6}
            k = None if killed is None or rng.random() < 0.3 else max(0, killed + rng.randint(-3, 3))
            quote = " ".join(rng.sample(FILLER, 8) + own[: rng.randint(1, 3)] + [target])
            doc = f"doc{rng.randrange(n // 8)}"
            idx = len(records)
            records.append({
                "id": f"e{idx}", "date": value, "earliest": lo, "latest": hi, "precision": prec, "type": etype,
                "actors": [{"name": actor, "kind": "org", "role": None, "text": actor}] if rng.random() < 0.7 else [],
                "location": loc, "killed": k, "wounded": None, "casualties": [], "relevant": True,
                "sources": [{"doc": doc, "doc_id": doc, "start": idx * 10, "end": idx * 10 + 80, "quote": quote,
                             "date": value, "killed": k, "wounded": None}],
            })
            truth.append(ev)
        ev += 1
    return records, truth


def pairwise(clusters: list[list[int]], truth: list[int]) -> tuple[float, float]:
    sys_pairs = {p for c in clusters for p in combinations(sorted(c), 2)}
    by: dict[int, list[int]] = {}
    for i, t in enumerate(truth):
        by.setdefault(t, []).append(i)
    gold = {p for c in by.values() for p in combinations(c, 2)}
    tp = len(sys_pairs & gold)
    return (tp / len(sys_pairs) if sys_pairs else 0.0), (tp / len(gold) if gold else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    records, truth = synthetic(args.n, args.seed)
    t0, c0 = time.perf_counter(), time.process_time()
    clusters = cluster_events(records)
    t1, c1 = time.perf_counter(), time.process_time()
    merged = dedup_events(records)
    t2, c2 = time.perf_counter(), time.process_time()
    p, r = pairwise(clusters, truth)
    print(f"{len(records)} events ({len(set(truth))} real): {len(clusters)} clusters, {len(merged)} merged records; "
          f"cluster_events {t1 - t0:.1f} s wall / {c1 - c0:.1f} s CPU, dedup_events (cluster + merge) "
          f"{t2 - t1:.1f} s wall / {c2 - c1:.1f} s CPU; synthetic pairwise P {p:.3f} R {r:.3f}")


if __name__ == "__main__":
    main()
