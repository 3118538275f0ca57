#!/usr/bin/env python3
"""Score chronica's temporal engine on third-party TIMEX gold with the shared scorer (timex.py).

  python benchmarks/dates_eval.py --timex ../shared/eval/timex.py \
      --wikiwars ../shared/data/wikiwars/WikiWars_20120218_v104/keyinline \
      --tempeval ../shared/data/tempeval3-platinum [--tbaq ../shared/data/tempeval3-tbaq] [--split test]

WikiWars documents 01-16 are the training split and 17-22 the test split (SynTime's split);
TempEval-3 Platinum is the test set for news and TimeBank + AQUAINT (--tbaq) its training set;
MEANTIME (--meantime, Wikinews 2004-2011) is a second news set for development, read with the training split;
the tweets TimeML set (--tweets, SynTime's 742 train + 200 test tweets, each with its DCT) a set of short
social-media texts dense in relative dates, its train/ folder read with --split train and test/ with --split test
(its gold notation mapped to standard TIMEX3 unless --tweets-raw: see tweets_gold_value).
Texts are prepared into a temporary folder and never copied elsewhere.  Range expressions
("from 1965 to 1973") are scored as their two endpoints, the way TIMEX annotates them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chronica.time import TimeExpression, find_dates  # noqa: E402


def _timex(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("timex", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_ASTRO = re.compile(r"-(\d{4})(.*)")
_ASTRO_CENTURY = re.compile(r"-(\d\d)XX([~?%]?)")
_QUARTER = re.compile(r"(-?\d{4})-(3[3-6])([~?%]?)")
_HALF = re.compile(r"(-?\d{4})-(4[01])([~?%]?)")
_BC_SEASON = re.compile(r"(BC\d{4})-(2[1-4])(.*)")
_SEASON_CODES = {"21": "SP", "22": "SU", "23": "FA", "24": "WI"}


def timex_value(value: str | None) -> str | None:
    """EDTF -> the gold's notation where the scorer does not map it: astronomical years before year 1
    ("-0489", 490 BC) are written BC0490 in TIMEX, BC centuries ("-03XX") BC03, and quarters
    (EDTF 33-36) Q1-Q4, halves (semestrals 40-41) H1-H2; seasons of BC years (EDTF 21-24, which the scorer maps only for AD years) SP-WI."""
    if not value:
        return value
    q = _QUARTER.fullmatch(value)
    if q:
        return f"{q.group(1)}-Q{int(q.group(2)) - 32}{q.group(3)}"
    h = _HALF.fullmatch(value)
    if h:
        return f"{h.group(1)}-H{int(h.group(2)) - 39}{h.group(3)}"
    c = _ASTRO_CENTURY.fullmatch(value)
    if c:
        return f"BC{int(c.group(1)):02d}{c.group(2)}"
    m = _ASTRO.fullmatch(value)
    if m:
        bc = f"BC{int(m.group(1)) + 1:04d}{m.group(2)}"
        s = _BC_SEASON.fullmatch(bc)
        return f"{s.group(1)}-{_SEASON_CODES[s.group(2)]}{s.group(3)}" if s else bc
    return value


_YEARS = re.compile(r"P(\d+|X)Y")
# frequency adverbs, which TIMEX2 writes as the unspecified calendar unit they recur on
_TIMEX2_SETS = {"daily": ("P1D", "XXXX-XX-XX"), "nightly": ("P1D", "XXXX-XX-XX"), "weekly": ("P1W", "XXXX-WXX"),
                "monthly": ("P1M", "XXXX-XX"), "annually": ("P1Y", "XXXX"), "yearly": ("P1Y", "XXXX")}


def timex2_value(text: str, value: str | None) -> str | None:
    """ISO durations -> WikiWars' TIMEX2 units where its text counts decades or centuries: "the past
    decade" P10Y is written P1DE there, "two centuries" P200Y P2CE (TimeML keeps P10Y); the sets
    "daily", "annually" (P1D, P1Y) are XXXX-XX-XX, XXXX there."""
    low = text.lower()
    if low in _TIMEX2_SETS and value == _TIMEX2_SETS[low][0]:
        return _TIMEX2_SETS[low][1]
    m = _YEARS.fullmatch(value or "")
    if not m:
        return value
    for word, unit, size in (("decade", "DE", 10), ("centur", "CE", 100)):
        if word in low:
            n = m.group(1)
            return f"PX{unit}" if n == "X" else f"P{int(n) // size}{unit}" if int(n) % size == 0 else value
    return value


_TW_YEAR = re.compile(r"(\d{4})(?:-XX){1,2}")
_TW_MONTH = re.compile(r"(\d{4}-\d\d)-XX")
_TW_WEEKDAY = re.compile(r"(\d{4}-\d\d-\d\d)-WXX-[1-7](.*)")
_TW_WEEK = re.compile(r"(\d{4})-\d\d-(W\d\d.*)")
_TW_HOURS = re.compile(r"P(\d+|X)H")


def tweets_gold_value(value: str | None) -> str | None:
    """The tweets set's own notation -> standard TIMEX3, as in TimeBank and Platinum: a year written
    "2014-XX-XX" is 2014, a month "2014-05-XX" 2014-05, a weekday with its date "2014-12-12-WXX-5" (also
    with a time of day after it) 2014-12-12, and a week with its month "2015-01-W02" 2015-W02.  Only
    the notation changes, never the date it names.  Hours written without the T of a time ("P12H") are PT12H."""
    if not value:
        return value
    for pat, fmt in ((_TW_YEAR, "{0}"), (_TW_MONTH, "{0}"), (_TW_WEEKDAY, "{0}{1}"), (_TW_WEEK, "{0}-{1}"), (_TW_HOURS, "PT{0}H")):
        m = pat.fullmatch(value)
        if m:
            return fmt.format(*m.groups())
    return value


def prepare_meantime(src: str, dst: Path, sentences: int = 6) -> None:
    """MEANTIME (NewsReader, CC BY 4.0; NAF-like XML of tokens and TIMEX3 markables) -> the folder layout of
    timex.py prepare: DOC.txt (tokens joined, title and date lines on their own lines), gold.jsonl and
    dct.jsonl.  Only the first ``sentences`` sentences (title, date line and four more) are annotated for
    time in MEANTIME, so the text stops there."""
    import xml.etree.ElementTree as ET

    dst.mkdir()
    no_space = re.compile(r"[,.;:!?)\]%]|'s|n't|'re|'ll|'d|'ve|'m")
    with open(dst / "gold.jsonl", "w", encoding="utf-8") as gold, open(dst / "dct.jsonl", "w", encoding="utf-8") as dcts:
        for f in sorted(Path(src).resolve().glob("*/*.xml")):
            root = ET.parse(f).getroot()
            toks = [t for t in root.findall("token") if int(t.get("sentence") or 0) < sentences]
            text, pos, prev_s, prev_t = "", {}, None, ""
            for t in toks:
                w, sent = t.text or "", t.get("sentence")
                if prev_s is not None:
                    if sent != prev_s:
                        text += "\n" if int(sent or 0) <= 2 else " "
                    elif not (no_space.fullmatch(w) or prev_t in ("(", "[", "$")):
                        text += " "
                pos[t.get("t_id")] = (len(text), len(text) + len(w))
                text += w
                prev_s, prev_t = sent, w
            doc = f.stem + ".txt"
            (dst / doc).write_text(text, encoding="utf-8")
            dct = None
            for tx in root.iter("TIMEX3"):
                if tx.get("functionInDocument") == "CREATION_TIME":
                    dct = tx.get("value")
                ids = [a.get("t_id") for a in tx.findall("token_anchor") if a.get("t_id") in pos]
                if ids:
                    a, b = pos[ids[0]][0], pos[ids[-1]][1]
                    gold.write(json.dumps({"doc": doc, "start": a, "end": b, "text": text[a:b],
                                           "value": tx.get("value")}) + "\n")
            dcts.write(json.dumps({"doc": doc, "dct": dct}) + "\n")


def _flat(exprs: list[TimeExpression]) -> list[TimeExpression]:
    out: list[TimeExpression] = []
    for e in exprs:
        if e.parts and all(p.value for p in e.parts):
            out.extend(e.parts)
        else:
            out.append(e)
    return out


def run_corpus(timex: ModuleType, corpus: str, files: list[Path], work: Path, name: str,
               errors: int = 0, context: int = 0, meantime: str | None = None,
               gold_value: Callable[[str | None], str | None] | None = None) -> dict[str, object]:
    src = work / f"{name}-src"
    dst = work / f"{name}-prep"
    if meantime:
        prepare_meantime(meantime, dst)
    else:
        src.mkdir()
        for f in files:
            os.symlink(f, src / f.name)
        timex.prepare(corpus, str(src), str(dst))
    dcts = {r["doc"]: r["dct"] for r in timex.load(str(dst / "dct.jsonl"))}
    rows = []
    words = 0
    texts: dict[str, str] = {}
    t0 = time.perf_counter()
    for doc, dct in dcts.items():
        text = texts[doc] = (dst / doc).read_text(encoding="utf-8")
        words += len(text.split())
        for e in _flat(find_dates(text, dct)):
            value = timex_value(e.value)
            if corpus == "wikiwars":
                value = timex2_value(e.text, value)
            rows.append({"doc": doc, "start": e.start, "end": e.end, "text": e.text, "value": value})
    elapsed = time.perf_counter() - t0
    gold = timex.load(str(dst / "gold.jsonl"))
    if gold_value is not None:
        for g in gold:
            g["value"] = gold_value(g["value"])
    res: dict[str, object] = timex.score(gold, [dict(r) for r in rows])
    res["docs"], res["words"], res["seconds"] = len(dcts), words, round(elapsed, 2)
    if errors:
        _show_errors(timex, gold, rows, errors, texts, context)
    return res


def _show_errors(timex: ModuleType, gold: list[dict], rows: list[dict], limit: int,
                 texts: dict[str, str] | None = None, context: int = 0) -> None:
    """Print up to ``limit`` mismatches: FP (no gold overlaps), VAL (wrong value), FN (gold missed),
    each with ``context`` characters of text either side when asked."""
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    hit: set[tuple[str, int]] = set()
    shown = 0

    def ctx(item: dict) -> str:
        if not context or texts is None:
            return ""
        t = texts.get(item["doc"], "")
        a, b = max(0, item["start"] - context), item["end"] + context
        snippet = t[a:item["start"]] + "[[" + t[item["start"]:item["end"]] + "]]" + t[item["end"]:b]
        return "\n      | " + " ".join(snippet.split())

    for r in rows:
        gs = [g for g in by_doc.get(r["doc"], []) if g["start"] < r["end"] and r["start"] < g["end"]]
        if not gs:
            if shown < limit:
                print(f"  FP  {r['doc'][:18]:<18} {r['text']!r:<30} {r['value']}{ctx(r)}")
                shown += 1
            continue
        g = gs[0]
        hit.add((g["doc"], g["start"]))
        if timex.canon(g["value"]) != timex.canon(r["value"]) and shown < limit:
            print(f"  VAL {r['doc'][:18]:<18} {r['text']!r:<30} {r['value']!s:<16} gold {g['text']!r} {g['value']}"
                  f"{ctx(r)}")
            shown += 1
    for g in gold:
        if (g["doc"], g["start"]) not in hit and shown < limit:
            print(f"  FN  {g['doc'][:18]:<18} {g['text']!r:<30} gold {g['value']}{ctx(g)}")
            shown += 1


def speed(files: list[str], passes: int) -> None:
    """CPU time of the best of ``passes`` passes of find_dates over ``files`` (one document each): steadier
    than wall clock on a shared machine, since time spent waiting for the other processes is not counted."""
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(passes):
        t0 = time.process_time()
        for t in texts:
            find_dates(t, "2020-01-01")
        best = min(best, time.process_time() - t0)
    print(f"find_dates: {words} words, best of {passes} passes {best * 1000:.1f} ms CPU = {words / best:,.0f} words/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timex", default="../shared/eval/timex.py", help="path of the shared timex.py scorer")
    ap.add_argument("--wikiwars", help="WikiWars keyinline/ folder")
    ap.add_argument("--tempeval", help="TempEval-3 Platinum folder of .tml gold")
    ap.add_argument("--tbaq", help="TempEval-3 TBAQ folder (TimeBank/ and AQUAINT/), training only")
    ap.add_argument("--meantime", help="MEANTIME intra_cross-doc_annotation/ folder: news development set (TIMEX3 in "
                                       "each article's first six sentences), read with --split train or all")
    ap.add_argument("--tweets", help="tweets TimeML folder (train/ and test/ of .tml gold, one tweet each): train/ is "
                                     "read with --split train, test/ with --split test, both with --split all")
    ap.add_argument("--tweets-raw", action="store_true",
                    help="score the tweets against their gold notation as written (2014-XX-XX for a year, "
                         "2014-12-12-WXX-5 for a weekday), not mapped to standard TIMEX3")
    ap.add_argument("--split", choices=["train", "test", "all"], default="test")
    ap.add_argument("--errors", type=int, default=0,
                    help="print up to N mismatches per corpus (training splits only: test errors are not read)")
    ap.add_argument("--context", type=int, default=0, help="with --errors, characters of text shown either side")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--speed", nargs="+", metavar="FILE",
                    help="only measure speed: CPU time of the best pass over these files (see --passes)")
    ap.add_argument("--passes", type=int, default=12)
    args = ap.parse_args()
    if args.speed:
        speed(args.speed, args.passes)
        return
    if args.errors and args.split != "train":
        ap.error("--errors is for --split train: tune on the training documents, report on the test ones")
    timex = _timex(args.timex)
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.wikiwars:
            files = sorted(Path(args.wikiwars).resolve().glob("*.xml"))
            if args.split != "all":
                test = args.split == "test"
                files = [f for f in files if (int(f.name[:2]) >= 17) == test]
            results[f"wikiwars-{args.split}"] = run_corpus(timex, "wikiwars", files, work, "ww", args.errors, args.context)
        if args.tempeval and args.split in ("test", "all"):
            files = sorted(Path(args.tempeval).resolve().glob("*.tml"))
            results["tempeval3-platinum"] = run_corpus(timex, "timeml", files, work, "te3")
        if args.meantime and args.split in ("train", "all"):
            results["meantime-dev"] = run_corpus(timex, "timeml", [], work, "mt", args.errors, args.context,
                                                 meantime=args.meantime)
        if args.tbaq and args.split in ("train", "all"):
            files = sorted(Path(args.tbaq).resolve().glob("*/*.tml"))
            results["tempeval3-tbaq"] = run_corpus(timex, "timeml", files, work, "tbaq", args.errors, args.context)
        if args.tweets:
            for part in ("train", "test"):
                if args.split in (part, "all"):
                    files = sorted((Path(args.tweets) / part).resolve().glob("*.tml"))
                    results[f"tweets-{part}"] = run_corpus(timex, "timeml", files, work, f"tw-{part}",
                                                           args.errors if part == "train" else 0, args.context,
                                                           gold_value=None if args.tweets_raw else tweets_gold_value)
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for name, res in results.items():
        assert isinstance(res, dict)
        print(f"{name}: {res['docs']} docs, {res['gold']} gold, {res['system']} system | "
              f"value F1 {res['value']['f1']:.3f} (P {res['value']['precision']:.3f} R {res['value']['recall']:.3f}) | "
              f"relaxed F1 {res['relaxed']['f1']:.3f} | strict F1 {res['strict']['f1']:.3f} | "
              f"value acc. given relaxed {res['value_accuracy_given_relaxed']:.3f}")


if __name__ == "__main__":
    main()
