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
_GLUED = re.compile(r"(?:al|el|ul|ur|ud|ad|ar|as|ash|at|az|an|wal|li|lil|bil|bin|ibn|e|i|u|de|da)[-\u2010\u2011\u2013][A-Z]")
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


# the same alternatives as one group: splitting on it gives gap, token, gap, token, ..., gap in one scan
_SPLIT = re.compile("(" + re.sub(r"\(\?P<\w+>", "(?:", _TOKEN.pattern) + ")", re.UNICODE)


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets; a possessive ``'s`` is split off as its own token.

    What the token pattern leaves between tokens is only white space and underscores, so a token's
    kind shows in its first character: a decimal digit starts a number, a letter a word (an
    abbreviation when it holds a dot), anything else is punctuation."""
    out: list[Token] = []
    append = out.append
    pieces = _SPLIT.split(text)
    pos = 0
    trimmed = False  # the last word's closing quote or apostrophe, cut off: a gap before the next token
    # the gaps and the tokens alternate, a gap first (the trailing gap has no token)
    for gap, word in zip(pieces[0::2], pieces[1::2], strict=False):
        if gap == " ":  # the usual gap
            start = pos + 1
            newline, space = False, True
        elif gap:
            start = pos + len(gap)
            newline = "\n" in gap or "\r" in gap
            space = True
        else:
            start = pos
            newline, space = False, trimmed
        end = pos = start + len(word)
        trimmed = False
        if end - start > MAX_TOKEN_CHARS:
            append(Token(start, end, "", "punct", newline, space))
            continue
        if word.isalpha():  # a plain word (the most of them): no dot, apostrophe or hyphen to look at
            append(Token(start, end, word, "word", newline, space, word[0].isupper()))
            continue
        first = word[0]
        if first.isdecimal():
            append(Token(start, end, word, "num", newline, space))
        elif not first.isalnum():
            append(Token(start, end, word, "punct", newline, space))
        elif "." in word:
            append(Token(start, end, word, "abbr", newline, space, first.isupper()))
        else:
            if word[-1] in _APOSTROPHES:
                # a closing quote or plural possessive ("ISIS’"): not part of the word
                cut = len(word.rstrip("`'\u2019"))
                end = start + cut
                word = word[:cut]
                trimmed = True
            # a glued particle needs its hyphen: an all-letter word holds none
            cap = first.isupper() or (first.islower() and not word.isalpha() and _GLUED.match(word) is not None)
            if word.endswith(_POSSESSIVES) and len(word) > 2:
                cut = end - 2
                append(Token(start, cut, word[:-2], "word", newline, space, cap))
                append(Token(cut, end, word[-2:], "pos", False, False))
                continue
            append(Token(start, end, word, "word", newline, space, cap))
    return out
