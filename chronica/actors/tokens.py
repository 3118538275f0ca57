"""One-pass tokenizer for actor recognition: words, dotted abbreviations, numbers, punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?P<abbr>(?:[A-Za-z]\.){2,}|[A-Z]\. [A-Z]\.(?= [a-z]))"
    r"|(?P<word>[^\W\d_](?:[\w`'\u2019]*[^\W_])?(?:[-\u2010\u2011\u2013](?:[\w`'\u2019]*[^\W_]))*)"
    r"|(?P<num>\d[\d,.:/]*\d|\d)"
    r"|(?P<punct>[^\s\w])",
    re.UNICODE,
)
_POSSESSIVE = re.compile(r"['\u2019]s$")
MAX_TOKEN_CHARS = 200


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # "word" | "abbr" | "num" | "punct" | "pos" (a possessive 's)
    newline_before: bool
    space_before: bool

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets; a possessive ``'s`` is split off as its own token."""
    out: list[Token] = []
    prev_end = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        kind = match.lastgroup or "punct"
        gap = text[prev_end:start]
        newline = "\n" in gap or "\r" in gap
        space = bool(gap)
        prev_end = end
        if end - start > MAX_TOKEN_CHARS:
            out.append(Token(start, end, "", "punct", newline, space))
            continue
        word = match.group()
        if kind == "word":
            pos = _POSSESSIVE.search(word)
            if pos is not None and pos.start() > 0:
                cut = start + pos.start()
                out.append(Token(start, cut, word[: pos.start()], "word", newline, space))
                out.append(Token(cut, end, word[pos.start() :], "pos", False, False))
                continue
        out.append(Token(start, end, word, kind, newline, space))
    return out
