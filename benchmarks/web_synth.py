#!/usr/bin/env python3
"""A synthetic store for the web benchmarks: invented situation reports, built until it holds >= N events.

    python benchmarks/web_synth.py [--events 10000] [--db /tmp/chronica-web-bench.db] [--seed 7]

Writes plain-text "situation reports" (this script's own invented text: dated incidents with actors, places in
the sample corpus's countries, killed and wounded figures, sometimes a second source's figure), ingests them
with chronica's ingest and builds the knowledge (``chronica.knowledge.build.update``), adding batches of reports
until the store's merged event list (what /api/events serves) holds at least --events records. The store is
kept at --db and reused by later runs when it already holds enough events (delete it to rebuild).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# towns and regions of the sample corpus's countries (Somalia, Kenya, Uganda, Ethiopia, Djibouti)
PLACES = (
    ("Mogadishu", "Somalia"), ("Kismayo", "Somalia"), ("Baidoa", "Somalia"), ("Beledweyne", "Somalia"),
    ("Dhusamareb", "Somalia"), ("Marka", "Somalia"), ("Afgooye", "Somalia"), ("Jowhar", "Somalia"),
    ("Bosaso", "Somalia"), ("Galkayo", "Somalia"), ("Garowe", "Somalia"), ("Barawe", "Somalia"),
    ("Bardhere", "Somalia"), ("Hudur", "Somalia"), ("El Wak", "Kenya"), ("Garissa", "Kenya"), ("Mandera", "Kenya"),
    ("Lamu", "Kenya"), ("Wajir", "Kenya"), ("Mombasa", "Kenya"), ("Nairobi", "Kenya"), ("Dadaab", "Kenya"),
    ("Kampala", "Uganda"), ("Gulu", "Uganda"), ("Dolo Ado", "Ethiopia"), ("Jijiga", "Ethiopia"),
    ("Djibouti City", "Djibouti"),
)
GROUPS = ("al-Shabaab", "the Ras Kamboni militia", "Hizbul Islam", "the Marehan Defence Force", "the Jubaland Brigade")
FORCES = ("Somali National Army troops", "AMISOM soldiers", "Kenya Defence Forces troops", "Ethiopian troops",
          "Ugandan soldiers", "police officers", "Puntland security forces", "Jubaland forces")
ATTACKS = (
    "{g} fighters attacked a military base near {p}, {c}",
    "a roadside bomb planted by {g} struck a convoy of {f} outside {p}, {c}",
    "{g} gunmen stormed a hotel in {p}, {c}",
    "a suicide bomber from {g} blew himself up at a checkpoint in {p}, {c}",
    "{g} militants ambushed {f} on the road to {p}, {c}",
    "mortar rounds fired by {g} hit a market in {p}, {c}",
    "{f} clashed with {g} fighters in villages around {p}, {c}",
    "{g} fighters overran a police station in {p}, {c}",
)
OTHER = (
    "{f} launched an offensive against {g} positions near {p}, {c}",
    "{g} fighters seized the town of {p}, {c}, after government troops withdrew",
    "{f} retook {p}, {c}, from {g}",
    "{g} abducted several aid workers near {p}, {c}",
    "an air strike hit a {g} training camp near {p}, {c}",
)
SOURCES = ("according to local officials", "a police spokesman said", "residents told reporters",
           "a military statement said", "hospital staff said", "the group claimed in a statement")


def report(n: int, rng: random.Random, entries: int) -> str:
    """One invented situation report of ``entries`` dated incidents."""
    year = rng.randint(2007, 2023)
    lines = [f"SITUATION REPORT {n:05} -- security incidents, {year}", "",
             "Compiled for the benchmark from invented incident notes; figures are illustrative only.", ""]
    days = sorted(rng.sample(range(365), entries))
    for day in days:
        month = min(11, day // 31)
        date = f"{1 + day % 28} {MONTHS[month]} {year}"
        place, country = rng.choice(PLACES)
        g, f = rng.choice(GROUPS), rng.choice(FORCES)
        if rng.random() < 0.75:
            what = rng.choice(ATTACKS).format(g=g, f=f, p=place, c=country)
            killed, wounded = rng.randint(1, 90), rng.randint(0, 120)
            text = f"On {date}, {what}, killing {killed} people and wounding {wounded}, {rng.choice(SOURCES)}."
            if rng.random() < 0.2:
                text += f" Another account put the death toll at {killed + rng.randint(1, 12)}."
        else:
            what = rng.choice(OTHER).format(g=g, f=f, p=place, c=country)
            text = f"On {date}, {what}, {rng.choice(SOURCES)}."
        lines.extend([text, ""])
    return "\n".join(lines)


def merged_count(db: Path) -> int:
    from chronica.events.query import EventFilter
    from chronica.knowledge.merged import merged_events
    from chronica.store import Store

    store = Store.open(str(db))
    try:
        return len(merged_events(store, EventFilter(include_unrelated=True, include_undated=True)))
    finally:
        store.close()


def build(db: Path, want: int, *, seed: int = 7, entries: int = 24, batch: int = 150,
          log: bool = True) -> int:
    """Grow the store at ``db`` until it holds ``want`` merged events; returns how many it holds."""
    from chronica.api import ingest
    from chronica.knowledge.build import update
    from chronica.store import Store

    if db.exists():
        have = merged_count(db)
        if have >= want:
            return have
    work = db.parent / (db.stem + "-docs")
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    n = len(list(work.glob("*.txt")))
    for _ in range(n):  # keep the generator's sequence when a run resumes
        report(0, rng, entries)
    have = merged_count(db) if db.exists() else 0
    while have < want:
        t0 = time.perf_counter()
        paths = []
        for _ in range(batch):
            path = work / f"report_{n:05}.txt"
            path.write_text(report(n, rng, entries), encoding="utf-8")
            paths.append(path)
            n += 1
        store = Store.open(str(db))
        try:
            for _result in ingest(store, paths):
                pass
            update(store)
        finally:
            store.close()
        have = merged_count(db)
        if log:
            print(f"{n} reports -> {have} merged events ({time.perf_counter() - t0:.1f} s for {batch})", file=sys.stderr)
    return have


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=10_000, help="at least this many merged events (default 10000)")
    ap.add_argument("--db", type=Path, default=Path("/tmp/chronica-web-bench.db"), help="the store file (cached)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    have = build(args.db, args.events, seed=args.seed)
    print(f"{args.db}: {have} merged events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
