#!/usr/bin/env python3
"""Ingest plus full extraction (segments, sentences, dates, actors, places, casualties, events): speed and peak memory.

    python benchmarks/ingest_speed.py --seeds ../shared/corpus/seeds --mb 50 [--work /tmp/chronica-bench] \
        [--dateparser-words 100000]

Replicates the seed documents (each copy made unique by a first line, so none is skipped as a
duplicate) to about --mb megabytes of plain text, ingests them into a fresh SQLite store on one core,
and prints MB/minute, words/second (wall-clock and of CPU time), events and peak RSS, and (on Linux)
how much of the wall-clock the process spent waiting for a CPU and how much blocked on disk. In the
same run, dateparser's search_dates (when installed) is timed over the first --dateparser-words words
of the same text, for the ratio. The start-up (the gazetteer, lexicons and patterns a process loads
once, before its first document) is timed apart, before the run, and printed on its own line.
Then times HTML and PDF pages per second on copies of the bundled sample corpus's HTML and PDF files.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import time
from pathlib import Path

from chronica.api import IngestSummary, ingest
from chronica.sample import corpus_files
from chronica.store import Store


def replicate(sources: list[Path], target: Path, total_bytes: int) -> tuple[int, int]:
    target.mkdir(parents=True, exist_ok=True)
    written = words = n = 0
    while written < total_bytes:
        for src in sources:
            data = src.read_bytes()
            out = target / f"{n:05}_{src.name}"
            out.write_bytes(f"Copy {n}\n".encode() + data)
            written += len(data)
            words += len(data.decode("utf-8", "replace").split())
            n += 1
            if written >= total_bytes:
                break
    return written, words


def _scheduler_seconds() -> tuple[float, float] | None:
    """(seconds on a CPU, seconds runnable but waiting for one) of this thread so far (Linux
    /proc/self/schedstat), or None where the kernel does not tell."""
    try:
        on_cpu, waiting = Path("/proc/self/schedstat").read_text().split()[:2]
        return int(on_cpu) / 1e9, int(waiting) / 1e9
    except (OSError, ValueError):
        return None


WAITED: dict[str, float] = {}  # of the last run: seconds waiting for a CPU, and blocked (disk, sleeps)


def run(paths: list[Path], db: Path) -> tuple[float, float, IngestSummary]:
    """(wall-clock seconds, CPU seconds of this process, summary) of one ingest."""
    store = Store.open(str(db))
    summary = IngestSummary()
    sched = _scheduler_seconds()
    start, cpu = time.perf_counter(), time.process_time()
    for result in ingest(store, paths):
        summary.add(result)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    after = _scheduler_seconds()
    WAITED.clear()
    if sched is not None and after is not None:
        on_cpu, waiting = after[0] - sched[0], after[1] - sched[1]
        WAITED.update(run_queue=waiting, blocked=max(0.0, elapsed - on_cpu - waiting))
    store.close()
    return elapsed, cpu, summary


def warm_up() -> float:
    """CPU seconds of the start-up: the gazetteer, lexicons, patterns and indexes every run builds once,
    before its first document or at its first use (built here on a one-sentence document, outside the
    timed runs; "Zqxwvyk" is looked up as a misspelt place name, which builds the typo index)."""
    from chronica.ingest.pipeline import build_rows, parse

    cpu = time.process_time()
    line = b"Copy 0\nOn 3 May 2001 Taliban fighters killed 4 soldiers in Kabul and Zqxwvyk, the Afghan army said.\n"
    build_rows(parse(line, Path("warm-up.txt"), "warm-up.txt"), "warm-up", "warm-up.txt")
    return time.process_time() - cpu


def summary_events(db: Path) -> int:
    store = Store.open(str(db))
    n = store.counts()["events"]
    store.close()
    return n


def dateparser_rate(seeds: list[Path], n_words: int) -> float | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("  (dateparser not installed: no side-by-side figure)")
        return None
    chunks: list[str] = []
    words = 0
    while words < n_words:
        for src in seeds:
            for para in src.read_text(encoding="utf-8", errors="replace").split("\n"):
                if para.strip():
                    chunks.append(para)
                    words += len(para.split())
                if words >= n_words:
                    break
            if words >= n_words:
                break
    start = time.perf_counter()
    for para in chunks:
        search_dates(para, languages=["en"])
    return words / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, required=True)
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--work", type=Path, default=Path("/tmp/chronica-bench"))
    ap.add_argument("--pages", type=int, default=200, help="copies of each HTML and PDF sample")
    ap.add_argument("--dateparser-words", type=int, default=100_000,
                    help="words of the same text for dateparser's search_dates (0: skip)")
    args = ap.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    seeds = sorted(p for p in args.seeds.iterdir() if p.suffix == ".txt")
    size, words = replicate(seeds, args.work / "text", int(args.mb * 1024 * 1024))
    startup = warm_up()
    elapsed, cpu, summary = run([args.work / "text"], args.work / "text.db")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"plain text: {size / 1048576:.1f} MB, {words} words, {summary.stored} files in {elapsed:.1f} s")
    print(f"  {size / 1048576 / (elapsed / 60):.1f} MB/min, {words / elapsed:,.0f} words/s, "
          f"{summary.sentences} sentences, failed {len(summary.failed)}")
    print(f"  CPU {cpu:.1f} s: {words / cpu:,.0f} words/s of CPU time (wall-clock counts other processes' load)")
    print(f"  start-up (gazetteer, lexicons; once per process, not in the figures above): {startup:.1f} s CPU; "
          f"with it {words / (cpu + startup):,.0f} words/s of CPU time")
    if WAITED:
        print(f"  of the wall-clock: {WAITED['run_queue']:.1f} s ready but waiting for a CPU (other processes), "
              f"{WAITED['blocked']:.1f} s blocked (disk writes and syncs, sleeps)")
    print(f"  {summary_events(args.work / 'text.db')} events stored")
    print(f"  peak RSS {rss:.0f} MB")
    if args.dateparser_words:
        rate = dateparser_rate(seeds, args.dateparser_words)
        if rate:
            print(f"  dateparser.search_dates on the same text: {rate:,.0f} words/s; "
                  f"ratio chronica/dateparser {words / elapsed / rate:.1f}x")
    for suffix in (".html", ".pdf"):
        samples = [p for p in corpus_files() if p.suffix == suffix]
        folder = args.work / suffix.strip(".")
        folder.mkdir(parents=True)
        n = 0
        for i in range(args.pages):
            for src in samples:
                data = src.read_bytes()
                unique = f"<!-- copy {i} -->".encode() if suffix == ".html" else f"\n% copy {i}\n".encode()
                (folder / f"{i:04}_{src.name}").write_bytes(data + unique)
                n += 1
        elapsed, _, summary = run([folder], args.work / f"{suffix.strip('.')}.db")
        print(f"{suffix}: {n} files in {elapsed:.1f} s: {n / elapsed:.1f} files/s "
              f"(failed {len(summary.failed)})")
    print(f"python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
