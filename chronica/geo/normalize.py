"""Name normalisation shared by the gazetteer build script and the run-time matcher.

Two keys are derived from a name:

* ``name_key``: ASCII-folded, lower-cased letters with the Persian/Pashto ezafe connectors ("-e-", "-i-",
  "-ye-") removed, words joined without separators and doubled letters collapsed. "Dasht-i-Archi"
  and "Dasht-e Archi" give the same key; so do "Khyber Pakhtunkhwa" and
  "Khyberpakhtunkhwa".
* ``skeleton``: a looser key for transliteration variants (vowel changes, v/w, y/i, "ow"/"o", aspirated
  consonants): "Kunar"/"Konar", "Wardak"/"Vardak", "Khost"/"Khowst", "Uruzgan"/"Oruzgan". The first and
  last letters are kept, so "Shinwar" and "Shinwari" stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from operator import itemgetter

CONNECTORS = frozenset({"e", "i", "ye", "yi"})
TYPE_WORDS = frozenset(
    {
        "district", "districts", "province", "provinces", "agency", "agencies", "tehsil", "tahsil",
        "subdivision", "division", "region", "area", "areas", "city", "town", "village", "valley",
        "wuleswali", "woluswali", "wilayat", "county", "governorate", "oblast", "gpo",
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_VOWEL_W = re.compile(r"([aeo])w(?![aeiou])")
_VOWEL_H = re.compile(r"([aeiou])h(?![aeiou])")
_ASPIRATE = re.compile(r"([dtbjp])h")
_INNER_VOWELS = re.compile(r"(?<=.)[aeiou]+(?=.)")


def fold(text: str) -> str:
    """Lower-case ASCII transliteration by dropping diacritics (non-Latin letters are dropped)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii()).lower()


_ASCII_SPLIT = re.compile(r"[^a-z]+")


def words(name: str) -> list[str]:
    if name.isascii():
        return [w for w in _ASCII_SPLIT.split(name.lower()) if w]
    return [w for w in (fold(m.group()) for m in _WORD.finditer(name)) if w]


_DOUBLED = re.compile(r"(.)\1", re.DOTALL)
_RUN = re.compile(r"(.)\1+", re.DOTALL)
_FIRST = itemgetter(1)  # a match's first group: as the template r"\1", without expanding it per match


def collapse(s: str) -> str:
    """Collapses doubled letters ("Khakki" -> "khaki"): each run of one character becomes the character."""
    return _RUN.sub(_FIRST, s) if _DOUBLED.search(s) else s


def key_from_words(tokens: Iterable[str]) -> str:
    toks = tokens if isinstance(tokens, list) else list(tokens)
    n = len(toks)
    if n == 1:
        return collapse(toks[0])
    last = n - 1
    return collapse("".join(t for i, t in enumerate(toks) if not (0 < i < last and t in CONNECTORS)))


def name_key(name: str) -> str:
    return key_from_words(words(name))


def strip_type_words(name: str) -> str:
    """'Kurram District' -> 'Kurram'; 'Orakzai Agency' -> 'Orakzai'; 'District of West Karachi' -> 'West Karachi'."""
    toks = name.split()
    while len(toks) > 1 and toks[-1].lower().strip("()") in TYPE_WORDS:
        toks.pop()
    if len(toks) > 2 and toks[0].lower() in TYPE_WORDS and toks[1].lower() == "of":
        toks = toks[2:]
    return " ".join(toks)


def skeleton_from_key(key: str) -> str:
    s = key.replace("ph", "f").replace("v", "w").replace("y", "i").replace("q", "k").replace("ck", "k")
    s = _VOWEL_W.sub(r"\1", s)
    s = _VOWEL_H.sub(r"\1", s)
    s = _ASPIRATE.sub(r"\1", s)
    s = collapse(s)
    if s and s[0] in "aeiou":
        s = "a" + s[1:]
    return _INNER_VOWELS.sub("", s)


def skeleton(name: str) -> str:
    return skeleton_from_key(name_key(name))
