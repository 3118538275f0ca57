#!/usr/bin/env python3
"""Speed of alias resolution on synthetic mentions: time and peak memory for N mentions on one core.

Invented names (syllables drawn at random, seeded) for people and organisations, each written in
variants the resolver must fold (vowel and digraph transliterations, honorifics, swapped word
order, surname-only partials, acronyms), spread over documents with co-mentions, places and years.

    python benchmarks/resolve_speed.py [--mentions 100000] [--docs 4000] [--seed 7]

Target: 100,000 mentions in at most 60 s.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time

from chronica.knowledge.aliases import resolve
from chronica.knowledge.model import NameMention

_ONSETS = ["b", "d", "f", "g", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh", "t", "w", "z", "gh"]
_VOWELS = ["a", "i", "u", "o", "e"]
_CODAS = ["", "n", "r", "d", "m", "z", "l", "t"]
_HONORIFICS = ["Mullah", "Mawlavi", "Maulavi", "Sheikh", "Qari", "Hafiz", "Gen."]
_HEADS = ["Front", "Brigade", "Movement", "Network", "Council", "Battalion"]
_PLACES = [f"Place{n}" for n in range(300)]


def _word(rng: random.Random) -> str:
    n = rng.choice((2, 2, 3))
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(n)).capitalize()


def _variant(word: str, rng: random.Random) -> str:
    """A transliteration variant: one vowel changed, a digraph simplified or a letter doubled."""
    roll = rng.random()
    low = word.lower()
    if roll < 0.3:
        vowels = [i for i, c in enumerate(low) if c in "aeiou" and i > 0]
        if vowels:
            i = rng.choice(vowels)
            low = low[:i] + rng.choice("aeiou") + low[i + 1 :]
    elif roll < 0.5:
        low = low.replace("kh", "k").replace("sh", "s").replace("q", "k")
    elif roll < 0.6:
        i = rng.randrange(1, len(low))
        if low[i] not in "aeiou":
            low = low[:i] + low[i] + low[i:]
    return low.capitalize()


def generate(n_mentions: int, n_docs: int, seed: int) -> list[NameMention]:
    rng = random.Random(seed)
    people = [(_word(rng), _word(rng), _word(rng)) for _ in range(max(50, n_mentions // 40))]
    orgs = []
    for _ in range(max(20, n_mentions // 200)):
        words = [_word(rng) for _ in range(rng.choice((1, 2)))] + [rng.choice(_HEADS)]
        orgs.append(" ".join(words))
    out: list[NameMention] = []
    per_doc = max(1, n_mentions // n_docs)
    d = 0
    while len(out) < n_mentions:
        doc = f"doc{d:06d}"
        d += 1
        cast_p = rng.sample(people, min(len(people), 6))
        cast_o = rng.sample(orgs, min(len(orgs), 3))
        place = rng.choice(_PLACES)
        year = rng.randrange(2005, 2024)
        offset = 0
        # each person keeps one spelling in a document; documents disagree
        spelled = {p: (_variant(p[0], rng), _variant(p[1], rng), _variant(p[2], rng)) for p in cast_p}
        for _ in range(per_doc):
            offset += rng.randrange(20, 200)
            if rng.random() < 0.3:
                org = rng.choice(cast_o)
                acronym = "".join(w[0] for w in org.split()).upper()
                text = acronym if rng.random() < 0.3 else org
                out.append(NameMention(doc, offset, offset + len(text), text, "org", org,
                                       co_names=(spelled[cast_p[0]][2],), places=(place,), years=(year,)))
                continue
            p = rng.choice(cast_p)
            first, middle, last = spelled[p]
            roll = rng.random()
            if roll < 0.4:
                text = f"{first} {middle} {last}"
            elif roll < 0.55:
                text = f"{rng.choice(_HONORIFICS)} {first} {middle} {last}"
            elif roll < 0.65:
                text = f"{first} {last} {middle}"
            elif roll < 0.9:
                text = last
            else:
                text = f"{middle} {last}"
            canonical = f"{first} {middle} {last}"
            co = tuple(f"{spelled[q][0]} {spelled[q][1]} {spelled[q][2]}" for q in cast_p[:2] if q != p)
            out.append(NameMention(doc, offset, offset + len(text), text, "person", canonical,
                                   co_names=co + (cast_o[0],), places=(place,), years=(year,),
                                   roles=("commander",) if rng.random() < 0.2 else ()))
            if len(out) >= n_mentions:
                break
    return out[:n_mentions]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=4_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    mentions = generate(args.mentions, args.docs, args.seed)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    res = resolve(mentions)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    print(f"mentions: {len(mentions)}")
    print(f"documents: {len({m.doc_id for m in mentions})}")
    print(f"entities: {len(res.entities)}")
    print(f"peak RSS: {peak * scale / 2**20:.0f} MiB (before resolving {before * scale / 2**20:.0f} MiB)")
    print(f"resolve seconds: {seconds:.1f} ({len(mentions) / seconds:,.0f} mentions/s)")
    return 0 if seconds <= 60 else 1


if __name__ == "__main__":
    raise SystemExit(main())
