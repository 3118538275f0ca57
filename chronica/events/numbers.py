"""Small English number parser for counts of people: digits, number words and vague counts.

Works on a list of lowercased word tokens so that the casualty grammar can ask "is there a count
starting at token i, and where does it end?". Handles "35", "1,200", "three", "twenty-five",
"twenty five", "two hundred and fifty", "a hundred", "a dozen", "two dozen", and the vague counts
"dozens", "scores", "hundreds", "thousands", "several" and "a few", which have no exact value but a
lower bound (UCDP style: "dozens" is at least 24).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Count", "parse_count", "UNITS", "MAX_COUNT"]

#: Counts larger than this are not casualty figures (and keep int() away from absurd digit runs).
MAX_COUNT = 10_000_000

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

#: Plural vague counts ("dozens of people"): their lower bound.
VAGUE: dict[str, int] = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}


@dataclass(frozen=True, slots=True)
class Count:
    """A count read from tokens[start:end]: `value` when exact, else only `low` (vague)."""

    value: int | None
    low: int | None
    start: int
    end: int
    approximate: bool = False  # "a dozen" is a round figure


def _digits(tok: str) -> int | None:
    raw = tok.replace(",", "")
    if not raw.isdigit() or len(raw) > 8:
        return None
    if "," in tok and not _good_commas(tok):
        return None
    value = int(raw)
    return value if value <= MAX_COUNT else None


def _good_commas(tok: str) -> bool:
    head, *groups = tok.split(",")
    return 1 <= len(head) <= 3 and all(len(g) == 3 for g in groups)


def _word_below_100(toks: list[str], i: int) -> tuple[int, int] | None:
    if i >= len(toks):
        return None
    t = toks[i]
    if t in UNITS:
        return UNITS[t], i + 1
    if "-" in t:
        a, _, b = t.partition("-")
        if a in TENS and b in UNITS and 0 < UNITS[b] < 10:
            return TENS[a] + UNITS[b], i + 1
        return None
    if t in TENS:
        if i + 1 < len(toks) and toks[i + 1] in UNITS and 0 < UNITS[toks[i + 1]] < 10:
            return TENS[t] + UNITS[toks[i + 1]], i + 2
        return TENS[t], i + 1
    return None


def _word_number(toks: list[str], i: int) -> tuple[int, int] | None:
    """'two hundred and fifty thousand' style numbers (up to millions)."""
    total = 0
    current: int | None = None
    j = i
    if j < len(toks) and toks[j] in ("a", "one") and j + 1 < len(toks) and toks[j + 1] in SCALES:
        current, j = 1, j + 1
    while j < len(toks):
        t = toks[j]
        if t in SCALES and current is not None:
            scale = SCALES[t]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = None
            j += 1
            # "two hundred and fifty", "one thousand two hundred"
            if j + 1 < len(toks) and toks[j] == "and" and _word_below_100(toks, j + 1):
                j += 1
            continue
        if current is None or current % 100 == 0 and current >= 100:
            got = _word_below_100(toks, j)
            if got is None:
                break
            current = (current or 0) + got[0]
            j = got[1]
            continue
        break
    if j == i:
        return None
    value = total + (current or 0)
    # a dangling "and" was only consumed when a number followed, so j is exact
    return value, j


def parse_count(toks: list[str], i: int) -> Count | None:
    """The count starting at token i of lowercased tokens, or None."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t[:1].isdigit():
        value = _digits(t)
        if value is None:
            return None
        j = i + 1
        if j < len(toks) and toks[j] in ("thousand", "million"):
            value *= SCALES[toks[j]]
            j += 1
        return Count(value, value, i, j) if value <= MAX_COUNT else None
    if t in VAGUE:
        j = i + 1
        if j < len(toks) and toks[j] == "of":
            j += 1
        return Count(None, VAGUE[t], i, j, approximate=True)
    if t == "dozen" or (t == "a" and i + 1 < len(toks) and toks[i + 1] == "dozen"):
        j = i + 1 if t == "dozen" else i + 2
        return Count(12, 12, i, j, approximate=True)
    if t == "several" or (t == "a" and i + 1 < len(toks) and toks[i + 1] == "few"):
        j = i + 1 if t == "several" else i + 2
        return Count(None, 3 if t == "several" else 2, i, j, approximate=True)
    got = _word_number(toks, i)
    if got is None:
        return None
    value, j = got
    if j < len(toks) and toks[j] == "dozen":  # "two dozen"
        return Count(value * 12, value * 12, i, j + 1, approximate=True)
    return Count(value, value, i, j) if value <= MAX_COUNT else None
