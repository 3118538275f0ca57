"""Keys that fold transliteration variants of a name together.

``name_key("Khadem") == name_key("Kaddim") == name_key("Khadim")`` and
``name_key("Mansour") == name_key("Mansur")``, while ``Ghazi``/``Ghazni`` and ``Saeed``/``Sayed``
keep different keys: vowels (after the first letter) and doubled letters are folded, consonants
are kept, so only spellings of the same consonant skeleton meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import itemgetter

_ARTICLE = re.compile(r"^(?:al|el|ul|ur|ud|ad|ar|as|ash|at|az|an)[-\s'’]+", re.IGNORECASE)
# Digraphs and letters that transliterate one Arabic/Persian sound in several ways.
_SY_GLIDE = re.compile(r"(?<=[aeiou])sy(?=[aeiou])")
_DIGRAPHS = (
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "z"),
    ("th", "t"),
    ("sh", "s"),
    ("ch", "c"),
    ("ph", "f"),
    ("q", "k"),
    ("ck", "k"),
    ("w", "v"),
    ("ou", "u"),
)
_NON_LETTERS = re.compile(r"[^a-z]+")
_OU_GLIDE = re.compile(r"(?<=[a-z])ou(?=[aei])")
_DOUBLE = re.compile(r"(.)\1+")
_FIRST = itemgetter(1)  # a match's first group: as the template r"\1", without expanding it per match
_SILENT_H = re.compile(r"(?<=[aeiou])h$")
_DROP_VOWELS = str.maketrans("", "", "aeiou")
_WORD_BREAKS = re.compile(r"[\s\-–—]+")


class _CombiningMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops the combining marks (``unicodedata.combining``) and keeps
    every other character, filled in as characters are met: a whole document translates in one C
    pass instead of a Python step per character."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING = _CombiningMarks()


_FEW_CHARS = 64  # up to this length, translating costs less than looking for a combining mark first


def ascii_fold(text: str) -> str:
    """Lowercase ASCII letters and spaces: accents, apostrophes and hyphens dropped."""
    if text.isascii():
        return text.lower()  # nothing to decompose, no combining marks
    text = unicodedata.normalize("NFKD", text)
    if len(text) > _FEW_CHARS and not any(map(unicodedata.combining, set(text))):
        return text.lower()  # no combining mark to drop (a document's curly quotes and dashes): no translation
    return text.translate(_DROP_COMBINING).lower()


def ou_glide(word: str) -> str:
    """A French "ou" before a vowel written as the English "w" ("sahraoui" -> "sahrawi"); lowercase input."""
    return _OU_GLIDE.sub("w", word) if "ou" in word else word


@lru_cache(maxsize=65536)
def name_key(token: str) -> str:
    """Folded skeleton of one name word (an Arabic article such as ``al-`` is dropped)."""
    word = _ARTICLE.sub("", ascii_fold(token).strip())
    word = _NON_LETTERS.sub("", word)
    if not word:
        return ""
    word = ou_glide(word)
    if "sy" in word:
        word = _SY_GLIDE.sub("sh", word)  # Indonesian and Malay "sy" for "sh" between vowels: "Ba'asyir", "Bashir"
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = _DOUBLE.sub(_FIRST, word)
    # a word-final "h" after a vowel is silent in common transliterations (Abdullah/Abdulla)
    word = _SILENT_H.sub("", word)
    # a final -i/-y (the nisba of "al-Khorasani", "Farooqi") tells a name from its root word
    nisba = len(word) > 3 and (word.endswith(("i", "y")) or word.endswith("ee"))
    head, rest = word[0], word[1:]
    rest = rest.translate(_DROP_VOWELS)
    return _DOUBLE.sub(_FIRST, head + rest) + ("i" if nisba else "")


@lru_cache(maxsize=65536)
def phrase_key(text: str) -> str:
    """Key of a whole name: the folded keys of its words, space-separated."""
    return " ".join(k for k in (name_key(w) for w in _WORD_BREAKS.split(text)) if k)
