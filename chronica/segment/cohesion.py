"""Lexical cohesion between stretches of text: do two runs of lines talk about the same things?"""

from __future__ import annotations

import math
import re
from collections import Counter

_TOKEN = re.compile(r"[^\W\d_]{3,}", re.U)
STOPWORDS = frozenset(
    """about above after again against all also among and any are around because been before being below
    between both but can could did does doing down during each few for from further had has have having her
    here hers herself him himself his how however into its itself just more most much must not now off once
    only other our ours out over own same she should some such than that the their theirs them then there
    these they this those through too under until very was were what when where which while who whom why
    will with would you your yours said says one two three first new also may might since upon within
    without like well even still yet back many made make take taken being per via""".split()
)


def bag(texts: list[str]) -> Counter[str]:
    # no word holds a newline: the texts joined by one give the same words, in one scan
    joined = "\n".join(texts)
    if joined.isascii():  # lower-casing ASCII text changes no word's extent
        words = _TOKEN.findall(joined.lower())
    else:
        words = [t.lower() for t in _TOKEN.findall(joined)]
    return Counter([w for w in words if w not in STOPWORDS])


def first_content_word(texts: list[str]) -> str | None:
    """The first word ``bag`` would count in ``texts`` (None if it counts none)."""
    for text in texts:
        for m in _TOKEN.finditer(text):
            word = m.group().lower()
            if word not in STOPWORDS:
                return word
    return None


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) < len(b) else (b, a)
    dot = sum(v * large.get(k, 0) for k, v in small.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)
