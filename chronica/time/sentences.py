"""A date for every sentence: its own, or the one the dated narrative around it carries."""

from __future__ import annotations

from bisect import bisect_left

from chronica.time.anchor import is_heading
from chronica.time.model import SentenceDate, TimeExpression

_DATED = {"day", "month", "season", "quarter", "half", "year", "week", "time"}


def _usable(e: TimeExpression) -> bool:
    return e.kind in ("DATE", "TIME") and e.value is not None and e.precision in _DATED


def date_sentences(text: str, spans: list[tuple[int, int]], dct: str | None = None,
                   expressions: list[TimeExpression] | None = None) -> list[SentenceDate | None]:
    """For each sentence span, the date that applies to it, with the expression it came from.

    A sentence with a date of its own takes its first resolved calendar date (a timeline entry's
    leading date first). A sentence without one continues the last dated sentence, unless an
    undated section heading has intervened since.
    """
    if expressions is None:
        from chronica.time.normalize import find_dates

        expressions = find_dates(text, dct)
    usable = [e for e in expressions if _usable(e)]
    starts = [e.start for e in usable]
    out: list[SentenceDate | None] = []
    current: TimeExpression | None = None
    for a, b in spans:
        i = bisect_left(starts, a)
        own = None
        while i < len(usable) and usable[i].start < b:
            own = usable[i]
            break
        if own is not None:
            current = own
            out.append(SentenceDate(own.value, own.earliest, own.latest, own.precision, own, False))
            continue
        if b - a < 80 and is_heading(text, a) and "\n" in text[max(0, a - 2):a + 1]:
            current = None  # an undated heading starts a new section
            out.append(None)
            continue
        if current is None:
            out.append(None)
        else:
            out.append(SentenceDate(current.value, current.earliest, current.latest, current.precision,
                                    current, True))
    return out
