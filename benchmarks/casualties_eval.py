"""Accuracy of casualty-figure extraction (`chronica.events.casualties`).

Texts and gold stay outside the repository; this script reads them by path.

  python benchmarks/casualties_eval.py --gtd /tmp/gtd500 [--gtd /tmp/gtd500b] \
      --gold '../shared/eval/gold/*.events.jsonl' --docs ../shared/corpus/seeds [--show 20]

--gtd DIR: a folder written by `../shared/eval/gtd.py prepare` (summaries + gold.jsonl). Each summary is
one attack; its figures are `casualties()` over the attack's sentences: the summary up to the first
sentence that turns to another incident or to the aftermath ("one of two", "in a separate incident").
Scoring follows gtd.py: exact killed and wounded accuracy over the rows whose gold is not null, a
missing figure counting as 0.

--gold GLOB: gold event files; every event's `quote` (found in its document under --docs) is read with
`casualties()` on the quote's span. Accuracy over the events with a gold figure; "invented" counts the
events whose gold is null but the system gives a number.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time

from chronica.events.casualties import casualties

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")
_OTHER = re.compile(
    r"\b(?:one of (?:two|three|four|five|six|several|\d+)|separate (?:incident|attack)|related (?:incident|attack)|"
    r"in a second|in another|cf\.)",
    re.IGNORECASE,
)


def attack_span(text: str) -> tuple[int, int]:
    """The span of the summary that describes its one attack (see the module docstring)."""
    pos = 0
    end = len(text)
    for m in _SENT.finditer(text):
        sentence = text[pos:m.start()]
        if pos and _OTHER.search(sentence):
            return 0, pos
        pos = m.end()
    if pos and _OTHER.search(text[pos:]):
        return 0, pos
    return 0, end


def eval_gtd(folder: str, show: int) -> dict[str, float]:
    with open(os.path.join(folder, "gold.jsonl"), encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    res = {"killed": 0, "n_killed": 0, "wounded": 0, "n_wounded": 0}
    errors: list[str] = []
    started = time.perf_counter()
    for g in gold:
        with open(os.path.join(folder, g["doc"]), encoding="utf-8") as fh:
            text = fh.read().strip()
        a, b = attack_span(text)
        cas = casualties(text, a, b)
        bad = []
        for field in ("killed", "wounded"):
            if g[field] is None:
                continue
            res[f"n_{field}"] += 1
            got = getattr(cas, field) or 0
            if got == g[field]:
                res[field] += 1
            else:
                bad.append(f"{field} {got} != {g[field]}")
        if bad:
            errors.append(f"{g['doc']}: {'; '.join(bad)}\n    {text[a:b]}")
    seconds = time.perf_counter() - started
    for e in errors[:show]:
        print(e)
    out = {
        "documents": len(gold),
        "killed_accuracy": round(res["killed"] / (res["n_killed"] or 1), 3),
        "wounded_accuracy": round(res["wounded"] / (res["n_wounded"] or 1), 3),
        "n_killed": res["n_killed"],
        "n_wounded": res["n_wounded"],
        "seconds": round(seconds, 3),
    }
    print(f"GTD {folder}: {json.dumps(out)}")
    return out


def eval_gold(pattern: str, docs: str, show: int) -> dict[str, float]:
    res = {"killed": 0, "n_killed": 0, "wounded": 0, "n_wounded": 0, "null_events": 0, "invented": 0,
           "quotes": 0, "missing_quotes": 0}
    errors: list[str] = []
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8") as fh:
            events = [json.loads(line) for line in fh if line.strip()]
        texts: dict[str, str] = {}
        for ev in events:
            doc = ev["doc"]
            if doc not in texts:
                with open(os.path.join(docs, doc), encoding="utf-8") as fh:
                    texts[doc] = fh.read()
            text = texts[doc]
            a = text.find(ev["quote"])
            if a < 0:
                res["missing_quotes"] += 1
                text, a = ev["quote"], 0
            res["quotes"] += 1
            cas = casualties(text, a, a + len(ev["quote"]))
            bad = []
            for field in ("killed", "wounded"):
                got = getattr(cas, field)
                if ev[field] is None:
                    if got:
                        bad.append(f"{field} invented {got}")
                    continue
                res[f"n_{field}"] += 1
                if (got or 0) == ev[field]:
                    res[field] += 1
                else:
                    bad.append(f"{field} {got} != {ev[field]}")
            if ev["killed"] is None and ev["wounded"] is None:
                res["null_events"] += 1
                res["invented"] += bool(cas.killed or cas.wounded)
            if bad:
                errors.append(f"{ev['id']}: {'; '.join(bad)}\n    {ev['quote']}")
    for e in errors[:show]:
        print(e)
    out = {
        "quotes": res["quotes"],
        "killed_accuracy": round(res["killed"] / (res["n_killed"] or 1), 3),
        "wounded_accuracy": round(res["wounded"] / (res["n_wounded"] or 1), 3),
        "n_killed": res["n_killed"],
        "n_wounded": res["n_wounded"],
        "null_events": res["null_events"],
        "invented": res["invented"],
        "missing_quotes": res["missing_quotes"],
    }
    print(f"gold {pattern}: {json.dumps(out)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gtd", action="append", default=[], help="folder from gtd.py prepare (repeatable)")
    ap.add_argument("--gold", help="glob of *.events.jsonl gold files")
    ap.add_argument("--docs", help="folder of the gold files' documents")
    ap.add_argument("--show", type=int, default=0, help="print this many errors per set")
    args = ap.parse_args(argv)
    if not args.gtd and not args.gold:
        ap.error("give --gtd and/or --gold")
    for folder in args.gtd:
        eval_gtd(folder, args.show)
    if args.gold:
        if not args.docs:
            ap.error("--gold needs --docs")
        eval_gold(args.gold, args.docs, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
