#!/usr/bin/env python3
"""Speed of chronica's temporal engine (recognition + normalisation + anchoring), one core,
with dateparser's search_dates measured side by side on the same text in the same run.

  python benchmarks/dates_speed.py FILE... [--repeat N] [--no-dateparser]

The files are concatenated (for example the seed documents, ../shared/corpus/seeds/*.txt),
repeated N times, and processed as documents of the original size.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chronica.time import find_dates  # noqa: E402


def words_per_second(fn, docs: list[str]) -> tuple[float, int, float]:  # type: ignore[no-untyped-def]
    words = sum(len(d.split()) for d in docs)
    t0 = time.perf_counter()
    found = 0
    for d in docs:
        found += len(fn(d) or [])
    elapsed = time.perf_counter() - t0
    return words / elapsed, found, elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--dateparser-repeat", type=int, default=1)
    ap.add_argument("--no-dateparser", action="store_true")
    args = ap.parse_args()
    base = [Path(f).read_text(encoding="utf-8", errors="replace") for f in args.files]
    docs = base * args.repeat
    find_dates(base[0])  # warm up (regex compilation)
    wps, n, secs = words_per_second(lambda d: find_dates(d, "2016-01-01"), docs)
    words = sum(len(d.split()) for d in docs)
    print(f"chronica.time.find_dates: {words} words in {secs:.2f} s = {wps:,.0f} words/s ({n} expressions)")
    if args.no_dateparser:
        return
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": __import__("datetime").datetime(2016, 1, 1)}
    dp_docs = base * args.dateparser_repeat
    wps2, n2, secs2 = words_per_second(lambda d: search_dates(d, settings=settings), dp_docs)
    words2 = sum(len(d.split()) for d in dp_docs)
    print(f"dateparser.search_dates:  {words2} words in {secs2:.2f} s = {wps2:,.0f} words/s ({n2} expressions)")
    print(f"speed-up {wps / wps2:.1f}x")


if __name__ == "__main__":
    main()
