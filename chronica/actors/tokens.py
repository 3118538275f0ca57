"""One-pass tokenizer for actor recognition: words, dotted abbreviations, numbers, punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?P<abbr>[A-Za-z]\.(?:[A-Za-z]\.)+|[A-Z]\. [A-Z]\.(?= [a-z]))"
    r"|(?P<word>[^\W\d_][\w`'\u2019]*(?:[-\u2010\u2011\u2013][\w`'\u2019]+)*)"
    r"|(?P<num>\d[\d,.:/]*\d|\d)"
    r"|(?P<punct>[^\s\w])",
    re.UNICODE,
)
_POSSESSIVES = ("'s", "\u2019s")
MAX_TOKEN_CHARS = 200
# a lowercase name particle glued to a capitalised word: al-Baghdadi, ul-Haq, bin-Laden
_GLUED = re.compile(r"(?:al|el|ul|ur|ud|ad|ar|as|ash|at|az|an|bin|ibn|e|i|u|de|da)[-\u2010\u2011\u2013][A-Z]")
_APOSTROPHES = frozenset("`'\u2019")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # "word" | "abbr" | "num" | "punct" | "pos" (a possessive 's)
    newline_before: bool
    space_before: bool
    cap: bool = False  # a capitalised word, or a particle glued to one ("al-Baghdadi")

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets; a possessive ``'s`` is split off as its own token."""
    out: list[Token] = []
    append = out.append
    prev_end = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        kind = match.lastgroup or "punct"
        if start > prev_end:
            gap = text[prev_end:start]
            newline = "\n" in gap or "\r" in gap
            space = True
        else:
            newline = space = False
        prev_end = end
        if end - start > MAX_TOKEN_CHARS:
            append(Token(start, end, "", "punct", newline, space))
            continue
        word = match.group()
        if kind == "word":
            if word[-1] in _APOSTROPHES:
                # a closing quote or plural possessive ("ISIS’"): not part of the word
                cut = len(word.rstrip("`'\u2019"))
                end = start + cut
                word = word[:cut]
                prev_end = end
            first = word[0]
            cap = first.isupper() or (first.islower() and _GLUED.match(word) is not None)
            if word.endswith(_POSSESSIVES) and len(word) > 2:
                cut = end - 2
                append(Token(start, cut, word[:-2], "word", newline, space, cap))
                append(Token(cut, end, word[-2:], "pos", False, False))
                continue
            append(Token(start, end, word, kind, newline, space, cap))
            continue
        append(Token(start, end, word, kind, newline, space, kind == "abbr" and word[0].isupper()))
    return out
