"""Event extraction quality: the seeds against the development gold, and GTD incident summaries.

    python benchmarks/events_eval.py --score ../shared/eval/score.py --seeds ../shared/corpus/seeds \
        --gold ../shared/eval/gold/*.events.jsonl
    python benchmarks/events_eval.py --gtd ../shared/eval/gtd.py \
        --gtd-csv ../shared/data/gtd-pakistan/gtd_pakistan_1970-2015.csv [--n 500] [--seed 7]

Everything is written under a temporary folder (or --work DIR) outside the repository: the GTD
summaries may never be committed. Prints the scorers' own output.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from chronica import api
from chronica.cli.events import write_events
from chronica.events.query import EventFilter
from chronica.knowledge.build import update
from chronica.knowledge.merged import merged_events
from chronica.store import Store


def build(docs: Path, work: Path, name: str) -> Path:
    db = work / f"{name}.db"
    db.unlink(missing_ok=True)
    store = Store.open(str(db))
    failed = [r for r in api.ingest(store, [docs]) if r.status == "failed"]
    update(store)  # entities and event clusters, as `chronica ingest` builds them
    if failed:
        print(f"{len(failed)} documents failed, e.g. {failed[0].source}: {failed[0].error}", file=sys.stderr)
    out = work / f"{name}.events.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        write_events(merged_events(store, EventFilter(include_unrelated=True)), "jsonl", fh)
    store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", help="../shared/eval/score.py")
    ap.add_argument("--seeds", type=Path, help="folder of the seed documents")
    ap.add_argument("--gold", nargs="*", default=[], help="gold *.events.jsonl files")
    ap.add_argument("--gtd", help="../shared/eval/gtd.py")
    ap.add_argument("--gtd-csv", help="the GTD CSV (evaluation only; never committed)")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="chronica-events-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.score and args.seeds and args.gold:
        system = build(args.seeds, work, "seeds")
        subprocess.run([sys.executable, args.score, "events", "--gold", *args.gold, "--system", str(system),
                        "--docs", str(args.seeds)], check=True)
    if args.gtd and args.gtd_csv:
        folder = work / f"gtd{args.n}-{args.seed}"
        subprocess.run([sys.executable, args.gtd, "prepare", args.gtd_csv, str(folder), "--n", str(args.n),
                        "--seed", str(args.seed)], check=True, stdout=subprocess.DEVNULL)
        gold = folder / "gold.jsonl"
        docs = work / f"gtd{args.n}-{args.seed}-docs"
        docs.mkdir(exist_ok=True)
        for txt in folder.glob("*.txt"):
            (docs / txt.name).write_bytes(txt.read_bytes())
        system = build(docs, work, f"gtd{args.n}-{args.seed}")
        subprocess.run([sys.executable, args.gtd, "score", "--gold", str(gold), "--system", str(system)], check=True)


if __name__ == "__main__":
    main()
