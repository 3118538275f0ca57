"""Name keys used to block and compare actor names across documents.

Built on the in-document keys of :mod:`chronica.actors` (:func:`~chronica.actors.names.name_key`,
:func:`~chronica.actors.canon.initials`, :func:`~chronica.actors.canon.acronym_key`): a word's key
folds the transliteration variants of one consonant skeleton ("Khadim"/"Khadem"/"Kaddim",
"Saeed"/"Said", "Orakzai"/"Orakazi", "Hafiz"/"Hafidh") and keeps different skeletons apart
("Ghazi"/"Ghazni", "Saeed"/"Sayed").

On top of that this module says which words of a person's name carry it (titles, honorifics,
connectors and initials do not), which are particles that do not identify anyone on their own
("Abu", "Abdul"), and gives the looser keys that only count when context agrees: the skeleton
without a leading vowel ("Usman"/"Osman") and the one-edit neighbourhood of a whole name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronica.actors import lexicon as lx
from chronica.actors.canon import acronym_key, initials
from chronica.actors.names import ascii_fold, name_key

__all__ = [
    "PersonName",
    "acronym_key",
    "edit1_variants",
    "initials",
    "is_acronym",
    "norm_name",
    "org_joined",
    "org_key",
    "person_name",
    "transliteration_edit",
    "within_one_edit",
]

_SPLIT = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014]+")
_NORM_DROP = re.compile(r"[\u2018\u2019\u201c\u201d'\"`\u02bb\u02bc]")
_NORM_SPACE = re.compile(r"[^0-9a-z]+")
_ACRONYM = re.compile(r"^(?=(?:[^A-Za-z]*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:[-\u2010\u2011\u2013.][A-Z0-9][A-Za-z0-9]*)*\.?$")
_INITIAL = re.compile(r"^[a-z]\.?$")
_LETTERS = re.compile(r"[^a-z]")
# words dropped from a person's name before keying: titles, honorifics, name connectors
_NOT_NAME = frozenset(lx.HONORIFICS | lx.NAME_HONORIFICS | lx.TITLES | lx.NAME_CONNECTORS | {"the", "and"})
# words that start a name but identify no one alone ("Abu", "Abdul"), and very common given names
_PARTICLES = frozenset(lx.NAME_PARTICLES | {"abdur", "abdel", "ab", "bint", "umm", "um"})
_PARTICLE_KEYS = frozenset(name_key(w) for w in _PARTICLES)
# connector words dropped from organisation names before keying
_ORG_DROP = frozenset(lx.NAME_CONNECTORS | lx.ORG_CONNECTORS | {"a", "an", "e", "i", "u", "wa", "va"})


@lru_cache(maxsize=262144)
def norm_name(text: str) -> str:
    """A surface name folded the way the shared scorer compares names: lowercase ASCII words."""
    folded = ascii_fold(_NORM_DROP.sub("", text or ""))
    return _NORM_SPACE.sub(" ", folded).strip()


@lru_cache(maxsize=65536)
def is_acronym(text: str) -> bool:
    """An all-capitals short form ("ISKP", "IS-KP", "ISIS–K", "U.N.", "LeT")."""
    text = text.strip()
    if not text or " " in text:
        return False
    letters = re.sub(r"[^A-Za-z]", "", text)
    if len(letters) < 2 or len(letters) > 10:
        return False
    if _ACRONYM.match(text) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1):
        return True
    return bool(re.match(r"^[A-Z][a-z]?[A-Z]{1,4}[a-z]?$", text))  # LeT, JeM, JuA


@dataclass(frozen=True, slots=True)
class PersonName:
    """The keyed words of one written form of a person's name."""

    words: tuple[str, ...]  # the name words as written, titles and connectors left out
    keys: tuple[str, ...]  # their transliteration keys, in order
    joined: str  # key of the whole name written as one word ("Jalaluddin" == "Jalal-ud-Din")
    loose: tuple[str, ...]  # keys without a leading vowel ("Usman"/"Osman")
    informative: int  # how many words are not particles ("Abu", "Abdul")

    @property
    def sorted_keys(self) -> tuple[str, ...]:
        return tuple(sorted(self.keys))

    @property
    def surname(self) -> str:
        return self.keys[-1] if self.keys else ""


@lru_cache(maxsize=262144)
def person_name(text: str) -> PersonName:
    """Key a person's name as written: "Mullah Abdul Rauf Khadem" -> words (Abdul, Rauf, Khadem)."""
    words: list[str] = []
    folded: list[str] = []
    for raw in _SPLIT.split(text.strip()):
        word = raw.strip(".,;:()[]\"'\u2018\u2019\u201c\u201d")
        low = ascii_fold(word).rstrip(".")
        if not low or low in _NOT_NAME or _INITIAL.match(low) or not any(c.isalpha() for c in low):
            continue
        words.append(word)
        folded.append(_LETTERS.sub("", low))
    keys = tuple(k for k in (name_key(w) for w in folded) if k)
    joined = name_key("".join(folded)) if folded else ""
    loose = tuple(k[1:] if len(k) > 2 and k[0] in "aeiou" else k for k in keys)
    informative = sum(1 for k in keys if k not in _PARTICLE_KEYS)
    return PersonName(tuple(words), keys, joined, loose, informative)


@lru_cache(maxsize=262144)
def org_key(text: str) -> str:
    """Key of an organisation's name: its words' keys without "the", "of", "al-", "-e-" connectors."""
    out = []
    for word in _SPLIT.split(ascii_fold(text).strip()):
        word = re.sub(r"[^a-z0-9]", "", word)
        if not word or word in _ORG_DROP:
            continue
        key = name_key(word) or word
        out.append(key)
    return " ".join(out)


@lru_cache(maxsize=262144)
def org_joined(text: str) -> str:
    """Key of an organisation's name written as one word, so that "Hindu Kush" meets "Hindukush"."""
    words = [re.sub(r"[^a-z0-9]", "", w) for w in _SPLIT.split(ascii_fold(text).strip())]
    return name_key("".join(w for w in words if w and w not in _ORG_DROP))


def edit1_variants(key: str) -> set[str]:
    """The key and every form of it with one letter deleted (a symmetric-delete index)."""
    out = {key}
    for i in range(len(key)):
        out.add(key[:i] + key[i + 1 :])
    return out


def within_one_edit(a: str, b: str) -> bool:
    """True when one insertion, deletion or substitution turns ``a`` into ``b``."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


# letters one transliteration writes for another's (after the digraph folding of ``name_key``):
# sibilants, dentals, labials, velars, nasals, the glide and the vowels
_LETTER_CLASSES = ("szcx", "td", "bpfv", "kgcj", "mn", "iy", "aeiou")
_HOMORGANIC = frozenset({("n", "d"), ("n", "t"), ("m", "b"), ("m", "p"), ("n", "g"), ("n", "k"), ("d", "z")})
_SILENT = frozenset("haeiou")  # not "y": "Saeed"/"Sayed" are two names


def _same_class(x: str, y: str) -> bool:
    return any(x in group and y in group for group in _LETTER_CLASSES)


def transliteration_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` (name keys) are one edit apart by an edit transliterations make: a letter
    written for a close one ("t"/"d", "s"/"z"), or a silent letter or one echoing its neighbour
    ("Akhundzada"/"Akhunzada") written or left out. Any other letter changes the name ("Kerry"/"Kirby",
    "Ghazi"/"Ghazni")."""
    if a == b:
        return True
    if not within_one_edit(a, b):
        return False
    if len(a) == len(b):
        i = next(k for k in range(len(a)) if a[k] != b[k])
        return _same_class(a[i], b[i])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    extra = long_[i]
    if extra in _SILENT:
        return True
    neighbours = [long_[j] for j in (i - 1, i + 1) if 0 <= j < len(long_)]
    return any(_same_class(extra, x) or (x, extra) in _HOMORGANIC or (extra, x) in _HOMORGANIC for x in neighbours)
