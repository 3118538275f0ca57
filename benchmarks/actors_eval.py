#!/usr/bin/env python3
"""Actor recognition quality against gold events: precision, recall and F1 of actor names.

For every gold event, the canonical names of the actor mentions found inside its quote span are
compared with the gold ``actors`` (names normalised as the shared scorer does). Mentions are found
once per whole document, so canonical names come from the whole document.

    python benchmarks/actors_eval.py --gold ../shared/eval/gold/*.events.jsonl \
        --docs ../shared/corpus/seeds [--score ../shared/eval/score.py] [--show-errors] [--json]
    python benchmarks/actors_eval.py --docs ../shared/corpus/seeds --speed-words 50000
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from chronica.actors import find_actors


def _fallback_norm(text: str) -> str:
    text = (text or "").lower()
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = re.sub(r"[\u2018\u2019\u201c\u201d'\"`]", "", text)
    text = re.sub(r"[^0-9a-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff]+", " ", text)
    return text.strip()


def load_norm(score_py: Path | None) -> Callable[[str], str]:
    """``norm`` from the shared scorer when it is there, else the same rule restated."""
    if score_py is not None and score_py.is_file():
        spec = importlib.util.spec_from_file_location("chronica_shared_score", score_py)
        if spec is not None and spec.loader is not None:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            norm = getattr(module, "norm", None)
            if callable(norm):
                return norm  # type: ignore[no-any-return]
    return _fallback_norm


def evaluate(gold_paths: list[Path], docs: Path, norm: Callable[[str], str], show: bool) -> dict[str, object]:
    tp = fp = fn = 0
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    per_doc: dict[str, dict[str, float]] = {}
    cache: dict[str, tuple[str, list]] = {}  # type: ignore[type-arg]
    seconds = 0.0
    for path in gold_paths:
        dtp = dfp = dfn = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            event = json.loads(line)
            name = event["doc"]
            if name not in cache:
                text = (docs / name).read_text(encoding="utf-8")
                t0 = time.perf_counter()
                cache[name] = (text, find_actors(text))
                seconds += time.perf_counter() - t0
            text, mentions = cache[name]
            start = text.find(event["quote"])
            if start < 0:
                print(f"{event['id']}: quote not found", file=sys.stderr)
                continue
            end = start + len(event["quote"])
            found = {norm(m.canonical) for m in mentions if m.start >= start and m.end <= end}
            gold = {norm(a) for a in event.get("actors") or []}
            hit = found & gold
            dtp += len(hit)
            dfp += len(found - gold)
            dfn += len(gold - found)
            missed.update(gold - found)
            extra.update(found - gold)
            if show and (found - gold or gold - found):
                print(f"{event['id']}: missed={sorted(gold - found)} extra={sorted(found - gold)}")
                print(f"    {event['quote'][:160]!r}")
        per_doc[path.name] = _prf(dtp, dfp, dfn)
        tp, fp, fn = tp + dtp, fp + dfp, fn + dfn
    result: dict[str, object] = {"overall": _prf(tp, fp, fn), "per_doc": per_doc, "seconds": round(seconds, 3)}
    if show:
        result["top_missed"] = missed.most_common(25)
        result["top_extra"] = extra.most_common(25)
    return result


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def speed(docs: Path, words: int) -> dict[str, float]:
    """Seconds to process one document of about ``words`` words made of the seed texts."""
    parts = [p.read_text(encoding="utf-8") for p in sorted(docs.glob("*.txt"))]
    text = ""
    while len(text.split()) < words:
        text += "\n\n".join(parts) + "\n\n"
    text = " ".join(text.split(" ")[:words])
    find_actors(text[:1000])  # load reference tables once
    best = cpu = float("inf")
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        find_actors(text)
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return {"words": len(text.split()), "chars": len(text), "seconds": round(best, 4), "cpu_seconds": round(cpu, 4)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", nargs="*", type=Path, default=[], help="gold *.events.jsonl files")
    parser.add_argument("--docs", type=Path, required=True, help="directory with the documents")
    parser.add_argument("--score", type=Path, default=None, help="shared score.py (for its norm)")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--speed-words", type=int, default=0, help="also time one document of N words")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    score = args.score or (args.gold[0].parent.parent / "score.py" if args.gold else None)
    out: dict[str, object] = {}
    if args.gold:
        out.update(evaluate(args.gold, args.docs, load_norm(score), args.show_errors))
    if args.speed_words:
        out["speed"] = speed(args.docs, args.speed_words)
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        for key, value in out.items():
            print(f"{key}: {value}")
        if "overall" in out:
            overall = out["overall"]
            assert isinstance(overall, dict)
            print(f"actor P={overall['precision']:.3f} R={overall['recall']:.3f} F1={overall['f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
