"""Anchors: document creation time, timeline year cursor, narrative reference time, headings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from chronica.time.recognize import Mention

_DCT_ARG = re.compile(r"(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_STAMP_LINE = re.compile(
    r"[\s>*•]*(?:(?:posted|published|updated|last\s+updated|date|dated)\s*(?:on|:)?\s*)?"
    r"(?P<date>.{6,40}?)[\s,]*(?:(?<=[\s,])(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC)?)?[\s|]*$",
    re.IGNORECASE)


@dataclass(slots=True)
class Ref:
    """A point the story has reached: year, optional month and day, and where it was stated."""

    year: int
    month: int | None
    day: int | None
    pos: int
    season: bool = False  # the month stands for a season the story has reached
    inferred: bool = False  # a month (or season) whose year was read off the document's date, not stated


def parse_dct(dct: str | None) -> tuple[int, int, int] | None:
    """'2015-02-10' (or a longer timestamp) -> (2015, 2, 10); None when absent or malformed."""
    if not dct:
        return None
    m = _DCT_ARG.match(dct.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        dt.date(y, mo, d)
    except ValueError:
        return None
    return y, mo, d


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def is_line_initial(text: str, start: int) -> bool:
    """True when only bullets, numbering or spaces precede ``start`` on its line (a timeline entry)."""
    a = text.rfind("\n", max(0, start - 200), start) + 1
    if a == 0 and start > 200:
        return False
    return not text[a:start].strip(" \t*•·-–—>#|[](").strip()


def is_heading(text: str, start: int) -> bool:
    """A short line without sentence punctuation, standing on its own (a section heading)."""
    a, b = line_bounds(text, start)
    line = text[a:b].strip()
    if not line or len(line) > 60 or line[-1] in ".;:!?,\"”":
        return False
    return len(line.split()) <= 8


def stamp_lines(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions that make up a whole line by themselves (page dates, comment time stamps)."""
    out = []
    for m in mentions:
        if m.family not in ("date", "iso", "numeric"):
            continue
        a, b = line_bounds(text, m.start)
        if b - a > 80:
            continue
        mm = _STAMP_LINE.match(text, a, b)
        if mm and mm.start("date") <= m.start and m.end >= mm.end("date") - 1:
            out.append(m)
    return out
