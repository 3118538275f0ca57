"""Informal spellings of temporal words (posts, messages, chat): mapped to the standard words before recognition.

"tmr", "tmrw" are tomorrow, "tonite" tonight, "tdy" today, "last nite" last night, "Xmas" Christmas,
"this Sat" this Saturday, "2 hrs" 2 hours, "15 mins" 15 minutes, "430pm" and "7.30pm" 4:30pm and 7:30pm.  The recognizer's scan
notes where a text may hold one (nearly every news report or history holds none, and is read as it is); the
pattern is then tried around those places only, the engine reads a rewritten copy and the expressions found
are mapped back to the spans of the original text.
"""

from __future__ import annotations

import re

_WEEKDAY_ABBR = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
                 "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}
_UNIT_ABBR = {"hr": "hour", "hrs": "hours", "min": "minute", "mins": "minutes", "yr": "year", "yrs": "years",
              "sec": "second", "secs": "seconds"}
_WORDS = {"tmr": "tomorrow", "tmrw": "tomorrow", "tmrow": "tomorrow", "tmw": "tomorrow", "2moro": "tomorrow",
          "2morrow": "tomorrow", "2mrw": "tomorrow", "tomo": "tomorrow", "tonite": "tonight", "2nite": "tonight",
          "tdy": "today", "nite": "night", "nites": "nights", "xmas": "Christmas", "x-mas": "Christmas", "nxt": "next",
          "nxt yr": "next year", "next yr": "next year", "last yr": "last year", "this yr": "this year"}


def _case(word: str) -> str:
    """Lower case, Capitalised or ALL CAPS: the forms a word is written in (not "tMr")."""
    return f"(?:{word}|{word.capitalize()}|{word.upper()})"


# "tomo" only lower-cased (Tomo is a name); "TMR" in capitals may be an acronym
_WORD_RE = "|".join(_case(w) if w not in ("tomo", "tmr") else w if w == "tomo" else "(?:tmr|Tmr)"
                    for w in sorted(_WORDS, key=len, reverse=True))
# a weekday's abbreviation after a word that introduces a day ("this Sat", "next fri", "on Mon", "every wed"),
# or joined to a weekday before it ("Mon and Tues", "Sat-Sun"); "on Sun" not before a name ("on Sun Microsystems")
_WD_ABBR = "|".join(_case(w) for w in sorted(_WEEKDAY_ABBR, key=len, reverse=True))
_WD_BEFORE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", re.IGNORECASE)
_PATTERN = re.compile(
    rf"(?<![\w@#/-])(?P<word>{_WORD_RE})(?![\w/'’-])"
    rf"|(?P<pre>\b(?i:this|next|last|coming|on|every|by|until|till|from)\s)"
    rf"(?P<wd>{_WD_ABBR})(?![\w'’]|-[a-z])(?!\s+(?-i:[A-Z])[a-z])"
    rf"|(?<=[a-z])(?P<co>(?i:\s+and|\s+or|\s+to|,|\s*-|\s*/|\s*&)\s?)(?P<wd2>{_WD_ABBR})(?![\w'’-])(?!\s+(?-i:[A-Z])[a-z])"
    rf"|(?<=\d)(?<!:\d\d)(?<!\d{{4}})(?P<unit>\s?(?:{'|'.join(_case(u) for u in sorted(_UNIT_ABBR, key=len, reverse=True))}))(?![\w'’-])"
    rf"|(?<=\d)(?P<glued>(?i:weeks?|days?|months?|years?|hours?|minutes?))(?![\w'’-])"
    rf"|(?<![\w.:/$£€-])(?P<h>1[0-2]|0?[1-9])\.?(?P<mm>[0-5]\d)(?P<ampm>\s?(?i:am|pm|a\.m\.|p\.m\.))(?![\w'’-])")



def _replacement(m: re.Match[str]) -> str:
    if m.group("word"):
        w = m.group("word")
        new = _WORDS[w.lower()]
        return new.upper() if w.isupper() and len(w) > 1 and new != "Christmas" else new
    if m.group("wd"):
        return _WEEKDAY_ABBR[m.group("wd").lower()]
    if m.group("wd2"):
        return _WEEKDAY_ABBR[m.group("wd2").lower()]
    if m.group("unit"):
        return " " + _UNIT_ABBR[m.group("unit").strip().lower()]
    if m.group("glued"):
        return " " + m.group("glued")
    return f"{m.group('h')}:{m.group('mm')}{m.group('ampm')}"


def _matches(text: str, spots: list[int]) -> list[re.Match[str]]:
    """The rewritable spellings near ``spots`` (offsets the recognizer's scan noted), left to right, not
    overlapping: the pattern is tried only in a short window around each, never over the whole text."""
    found: dict[int, re.Match[str]] = {}
    for p in spots:
        hi = min(len(text), p + 60)
        for m in _PATTERN.finditer(text, max(0, p - 12), hi):
            if m.end() <= hi - 12 or hi == len(text):
                found.setdefault(m.start(), m)
    out: list[re.Match[str]] = []
    for k in sorted(found):
        if not out or k >= out[-1].end():
            out.append(found[k])
    return out


def canonical(text: str, spots: list[int]) -> tuple[str, list[int], list[int]] | None:
    """The text with its informal temporal spellings near ``spots`` rewritten, with two maps of its offsets
    into ``text``: where a span starting at each offset starts there, and where a span ending at each
    offset ends (a rewritten word stands for the whole original word); None when there is nothing to rewrite."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = [0]
    last = last_wd = 0
    for m in _matches(text, spots):
        if m.group("wd2") and last_wd != m.start() and not _WD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # an abbreviation joined to a weekday before it: "Mon and Tues", "Sat-Sun"
        # (the word before a weekday stays as written)
        a = m.start("wd") if m.group("wd") else m.start("wd2") if m.group("wd2") else m.start()
        out.append(text[last:a])
        starts.extend(range(last, a))
        ends.extend(range(last + 1, a + 1))
        new = _replacement(m)
        out.append(new)
        starts.extend([a] * len(new))
        ends.extend([m.end()] * len(new))
        last = m.end()
        if m.group("wd") or m.group("wd2"):
            last_wd = last
    if not out:
        return None
    out.append(text[last:])
    starts.extend(range(last, len(text) + 1))
    ends.extend(range(last + 1, len(text) + 1))
    return "".join(out), starts, ends
