"""A search pattern led by a look-ahead for the characters its matches can begin with.

Python's regular-expression engine tries a search pattern at every position of the text and, unless the
pattern begins with a literal or a character class, it runs the whole pattern there: for a rule of many
alternatives (``_CLAUSE_BREAK`` has a dozen, each beginning with ";", ":", "," or white space; the
locative cue two dozen words) each position costs a try of every alternative. With a leading
look-ahead for the class of characters the matches can begin with, a position where none can begin
fails at one test. The matches (spans, groups, ``lastgroup``) are the same: the look-ahead takes no
characters, holds wherever a match begins and adds no group.

The class is read off the parsed pattern, so it follows the rule as it is edited; a pattern whose first
characters are not plain to see (a match that can begin with any character, or be empty; a flag other than
case-folding switched inside it; a case-folded group in a case-sensitive pattern) is kept as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_CATEGORIES = {sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_DIGIT: r"\d",
               sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


class _Unclear(Exception):
    pass


def _first(seq: Any, icase: bool, out: set[str], folded: bool = False) -> bool:
    """Add to ``out`` the class members (in class syntax) a match of ``seq`` can begin with; True when ``seq``
    can match the empty string (so what follows it can begin the match too). ``icase``: case folding is
    switched on inside ``seq`` where the pattern as a whole does not fold case (``folded``: it does)."""
    for op, av in seq:
        if op is sre.LITERAL:
            _literal(av, icase, out)
            return False
        if op is sre.IN:
            for member_op, member in av:
                if member_op is sre.LITERAL:
                    _literal(member, icase, out)
                elif member_op is sre.RANGE and not icase:
                    out.add(f"{re.escape(chr(member[0]))}-{re.escape(chr(member[1]))}")
                elif member_op is sre.CATEGORY and member in _CATEGORIES:
                    out.add(_CATEGORIES[member])
                else:
                    raise _Unclear
            return False
        if op in _ZERO_WIDTH:
            continue
        if op is sre.SUBPATTERN:
            _group, add, remove, body = av
            if (add | remove) & ~sre.SRE_FLAG_IGNORECASE:
                raise _Unclear
            if not _first(body, (icase or (bool(add) and not folded)) and not remove, out, folded):
                return False
            continue
        if op is sre.BRANCH:
            empty = False
            for alternative in av[1]:
                empty = _first(alternative, icase, out, folded) or empty
            if not empty:
                return False
            continue
        if op in _REPEATS:
            low, _high, body = av
            if not _first(body, icase, out, folded) and low > 0:
                return False
            continue
        raise _Unclear
    return True


def _literal(code: int, icase: bool, out: set[str]) -> None:
    ch = chr(code)
    if icase and ch.lower() != ch.upper():
        raise _Unclear  # folded here but not in the look-ahead: "ſ" would meet "s" only in the pattern
    out.add(re.escape(ch))


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` led by a look-ahead for the characters its matches can begin with (the same matches,
    found faster by ``search``, ``finditer``, ``sub``), or ``pattern`` itself when those are not plain."""
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE):
        return pattern
    first: set[str] = set()
    try:
        folded = bool(pattern.flags & re.IGNORECASE)
        if _first(_parser.parse(pattern.pattern, pattern.flags).data, False, first, folded) or not first:
            return pattern
        return re.compile(f"(?=[{''.join(sorted(first))}])(?:{pattern.pattern})", pattern.flags)
    except (_Unclear, re.error):
        return pattern


__all__ = ["led"]
