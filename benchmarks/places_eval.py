#!/usr/bin/env python3
"""Place accuracy of chronica.geo on incident summaries (GTD) and on the development gold.

    python benchmarks/places_eval.py --gtd /tmp/gtd500 --gtd-script ../shared/eval/gtd.py \\
        --gold ../shared/eval/gold --corpus ../shared/corpus/seeds [--errors 20] [--json]

--gtd: a folder made by ``gtd.py prepare`` (summaries + gold.jsonl; internal evaluation only, never commit).
  The system's place is ``best_place`` of the mentions of the summary's first sentence (all mentions when
  that sentence names none); it is right when its name or admin-1 names the coded city or province, the
  rule of ``gtd.py score`` (its ``norm`` and ``OLD_PROVINCES`` are imported from --gtd-script).
--gold/--corpus: ``*.events.jsonl`` whose events carry a ``location``; the system's place is ``best_place``
  of the mentions inside the event's quote (documents geocoded whole, so context counts). Right when
  {name, admin-1} meets {gold place, gold admin-1}; when the gold gives only a country, when the countries
  agree. "with fallback" gives quotes without a mention the document's most-named country.
Also prints the geocoding time of a 50,000-word text (the corpus documents repeated).
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from types import ModuleType

from chronica.geo import Place, PlaceMention, best_place, geocode_document

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def _load_module(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("gtd_scorer", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def first_sentence_place(text: str, mentions: list[PlaceMention]) -> Place | None:
    parts = _SENT.split(text.strip(), maxsplit=1)
    end = len(parts[0]) if parts else len(text)
    first = [m for m in mentions if m.start < end]
    return best_place(first) or best_place(mentions)


def eval_gtd(folder: str, script: str, show_errors: int) -> dict[str, object]:
    mod = _load_module(script)
    norm: Callable[[str], str] = mod.norm
    old: dict[str, str] = mod.OLD_PROVINCES
    with open(os.path.join(folder, "gold.jsonl"), encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    n = right = found = 0
    errors: list[dict[str, object]] = []
    t0 = time.perf_counter()
    for g in gold:
        wanted = {norm(g["city"]), norm(g["province"]), old.get((g["province"] or "").lower(), norm(g["province"]))}
        wanted -= {"", "unknown"}
        if not wanted:
            continue
        with open(os.path.join(folder, g["doc"]), encoding="utf-8") as fh:
            text = fh.read()
        place = first_sentence_place(text, geocode_document(text))
        n += 1
        got: set[str] = set()
        if place is not None:
            found += 1
            got = {norm(place.name), norm(place.admin1 or "")} - {""}
            got |= {old.get(x, x) for x in got}
        ok = bool(wanted & got)
        right += ok
        if not ok and len(errors) < show_errors:
            errors.append({"doc": g["doc"], "gold": [g["city"], g["province"]],
                           "system": None if place is None else [place.name, place.admin1, place.country],
                           "text": text[:160]})
    return {"documents": n, "with_place": found, "place_accuracy": round(right / (n or 1), 3),
            "seconds": round(time.perf_counter() - t0, 2), "errors": errors}


def _n(s: str | None) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", (s or "").lower()).split())


def eval_gold(gold_dir: str, corpus: str, show_errors: int) -> dict[str, object]:
    n = right = right_fb = country_n = country_ok = 0
    errors: list[dict[str, object]] = []
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.events.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            events = [json.loads(line) for line in fh if line.strip()]
        if not events:
            continue
        with open(os.path.join(corpus, events[0]["doc"]), encoding="utf-8") as fh:
            text = fh.read()
        mentions = geocode_document(text)
        doc_country = Counter(m.place.country for m in mentions if m.place.country).most_common(1)
        for ev in events:
            loc = ev.get("location")
            if not loc:
                continue
            q = text.find(ev["quote"])
            if q < 0:
                continue
            inside = [m for m in mentions if q <= m.start < q + len(ev["quote"])]
            place = best_place(inside)
            n += 1
            ok = _match(place, loc)
            right += ok
            if place is None and doc_country:
                right_fb += _match(Place("", "country", None, doc_country[0][0], None, None, 6, ""), loc)
            else:
                right_fb += ok
            if loc.get("country"):
                country_n += 1
                country_ok += place is not None and place.country == loc["country"]
            if not ok and len(errors) < show_errors:
                errors.append({"id": ev["id"], "gold": loc,
                               "system": None if place is None else [place.name, place.admin1, place.country],
                               "quote": ev["quote"][:140]})
    return {"events_with_location": n, "place_accuracy": round(right / (n or 1), 3),
            "with_fallback": round(right_fb / (n or 1), 3),
            "country_accuracy": round(country_ok / (country_n or 1), 3), "errors": errors}


def _match(place: Place | None, loc: dict[str, str | None]) -> bool:
    if place is None:
        return False
    wanted = {_n(loc.get("place")), _n(loc.get("admin1"))} - {""}
    got = {_n(place.name), _n(place.admin1)} - {""}
    if wanted:
        return bool(wanted & got)
    return bool(loc.get("country")) and place.country == loc.get("country")


def speed(corpus: str) -> dict[str, float]:
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(corpus, "*.txt")))]
    if not texts:
        return {}
    big = "\n\n".join(texts)
    while len(big.split()) < 50_000:
        big += "\n\n" + big
    words = big.split()
    big = " ".join(words[:50_000])
    t0 = time.perf_counter()
    geocode_document("warm-up in Kabul")
    load = time.perf_counter() - t0
    best = 1e9
    for _ in range(3):
        t0 = time.perf_counter()
        geocode_document(big)
        best = min(best, time.perf_counter() - t0)
    return {"load_seconds": round(load, 3), "seconds_per_50k_words": round(best, 4)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gtd", help="folder made by gtd.py prepare")
    ap.add_argument("--gtd-script", default="../shared/eval/gtd.py")
    ap.add_argument("--gold", help="folder of *.events.jsonl")
    ap.add_argument("--corpus", help="folder of the gold's documents")
    ap.add_argument("--errors", type=int, default=0, help="show up to N errors per set")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    out: dict[str, object] = {}
    if args.corpus:
        out["speed"] = speed(args.corpus)
    if args.gtd:
        out["gtd"] = eval_gtd(args.gtd, args.gtd_script, args.errors)
    if args.gold and args.corpus:
        out["gold"] = eval_gold(args.gold, args.corpus, args.errors)
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    for name, res in out.items():
        assert isinstance(res, dict)
        for e in res.pop("errors", []):
            print(f"  [{name} miss] {json.dumps(e, ensure_ascii=False)}")
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in res.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
