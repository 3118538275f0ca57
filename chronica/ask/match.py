"""Does a passage carry a question's words? Spelling-tolerant for names (Khorasan/Khurasan), stem-tolerant
for other words (bombing/bombings), and aware of an entity's aliases (ISKP/IS-KP/Islamic State Khorasan)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from chronica.ask.question import Question, Term

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_SUFFIXES = ("ings", "ing", "ers", "er", "ies", "ied", "es", "ed", "s", "ly")
# Words of one meaning in questions about conflicts: a passage that says "seized" answers "captured".
SYNONYMS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "capture captured seize seized overran overrun",
    "kill killed die died death dead deaths slain toll fatalities martyr martyred",
    "attack attacked assault assaulted strike struck bombing bombed bomb blast blasts explosion raid siege",
    "founded founding founder form formed formation establish established establishment create created creation emerge emerged",
    "announce announced announcement declare declared declaration proclaim proclaimed statement name named say said speak spoke told address "
    "addressed",
    "pledge pledged swear swore sworn allegiance oath",
    "join joined merge merged merger",
    "withdraw withdrew pull pulled leave left exit",
    "arrest arrested detain detained capture captured",
    "designate designated designation list listed blacklist blacklisted",
    "succeed succeeded successor replace replaced",
    "lead led leader head headed emir",
    "enter entered invade invaded cross crossed deploy deployed send sent",
))


def fold(text: str) -> str:
    """Lowercase words without accents, one space apart."""
    if text.isascii():
        return " ".join(_TOKEN.findall(text.lower()))
    return _fold_unicode(text)


@lru_cache(maxsize=20000)
def _fold_unicode(text: str) -> str:
    from chronica.actors.names import ascii_fold

    return " ".join(_TOKEN.findall(ascii_fold(text).lower()))


# Words a suffix rule would fold into another word: "founded" is not "found" (find), "bodies" not "body" count.
_IRREGULAR = {"founded": "founding", "founder": "founding", "founders": "founding", "founding": "founding",
              "found": "find", "finds": "find", "finding": "find", "news": "news", "united": "united",
              "states": "states", "forces": "forces", "arms": "arms"}


@lru_cache(maxsize=50000)
def stem(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    w = re.sub(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$", r"iz\1", w)  # recognise = recognize
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)] + ("y" if suf in ("ies", "ied") else "")
            break
    return w[:-1] if w.endswith("e") and len(w) > 4 else w


@lru_cache(maxsize=5000)
def synonyms(word: str) -> frozenset[str]:
    """The stems of the word and of the words that mean the same in this register."""
    w = word.lower()
    out = {stem(w)}
    for group in SYNONYMS:
        if w in group or stem(w) in {stem(g) for g in group}:
            out |= {stem(g) for g in group}
    return frozenset(out)


@lru_cache(maxsize=50000)
def key(word: str) -> str:
    from chronica.actors.names import name_key

    try:
        return name_key(word) or word.lower()
    except Exception:  # a key is a convenience: fall back on the word
        return word.lower()


@dataclass(slots=True)
class Bag:
    """The words of a passage (and its context), ready for matching."""

    folded: str
    words: frozenset[str]
    stems: frozenset[str]
    keys: dict[str, list[str]]

    @classmethod
    def of(cls, *texts: str) -> Bag:
        folded = " " + " ".join(fold(t) for t in texts if t) + " "
        words = frozenset(folded.split())
        keys: dict[str, list[str]] = {}
        for w in words:
            if len(w) > 4:
                keys.setdefault(key(w), []).append(w)
        return cls(folded, words, frozenset(stem(w) for w in words), keys)

    def has_variant(self, w: str) -> bool:
        """A spelling variant of a name word: the same consonants, first letter and about the same length
        (Khorasan/Khurasan, Kaddim/Khadim), not any word that shares a skeleton (Paris/press)."""
        return len(w) > 5 and any(c[0] == w[0] and c[-1] in "aeiouy" if w[-1] in "aeiouy" else c[-1] == w[-1]
                                  for c in self.keys.get(key(w), ()) if abs(len(c) - len(w)) <= 2 and len(c) > 5)

    def has_phrase(self, phrase: str) -> bool:
        f = fold(phrase)
        return bool(f) and f" {f} " in self.folded

    def has_sequence(self, phrase: str) -> bool:
        """The phrase's words next to each other, each spelled as in the phrase or a variant of it."""
        want = fold(phrase).split()
        if not want:
            return True
        if self.has_phrase(phrase):
            return True
        toks = self.folded.split()
        n = len(want)
        for i in range(len(toks) - n + 1):
            if all(_same(want[j], toks[i + j]) for j in range(n)):
                return True
        return False

    def has_term(self, term: str, fuzzy: bool = False) -> bool:
        """The word (a stem or a synonym of it); with ``fuzzy``, for names, also a spelling variant."""
        parts = fold(term).split()
        if not parts:
            return True
        if len(parts) > 1:
            return self.has_phrase(term) or all(self.has_term(p, fuzzy) for p in parts)
        w = parts[0]
        if w in self.words or stem(w) in self.stems:
            return True
        if not w[:1].isdigit() and synonyms(w) & self.stems:
            return True
        return fuzzy and not w.isdigit() and self.has_variant(w)


def _same(a: str, b: str) -> bool:  # names: spelling variants too
    return a == b or stem(a) == stem(b) or (len(a) > 5 and len(b) > 5 and a[0] == b[0] and abs(len(a) - len(b)) <= 2
                                            and key(a) == key(b))


def coverage(question: Question, bag: Bag, entity_terms: dict[str, Sequence[str]] | None = None,
             ignore: Iterable[str] = ()) -> tuple[bool, float]:
    """(every hard term is there, the share of soft terms that are there). A term that names an entity
    (``entity_terms``: term -> the entity's names) is there when any of the entity's names is."""
    entity_terms = entity_terms or {}
    skip = set(ignore)
    hard_ok = True
    for t in question.hard_terms:
        if t.text in skip:
            continue
        names = entity_terms.get(t.text)
        if names is not None:
            if not any(bag.has_phrase(n) for n in names) and not bag.has_term(t.text, True):
                hard_ok = False
        elif not bag.has_term(t.text, True):
            hard_ok = False
    for phrase, a, b in question.phrases:
        inside = [t.text for t in question.terms if a <= t.start and t.end <= b]
        if any(t in entity_terms for t in inside) or any(t in skip for t in inside):
            continue  # an entity's name: any of its names will do (checked above)
        if not bag.has_sequence(phrase):
            hard_ok = False
    soft = [t for t in question.soft_terms if t.text not in skip]
    if not soft:
        return hard_ok, 1.0
    found = 0
    for t in soft:
        names = entity_terms.get(t.text)
        if (names is not None and any(bag.has_phrase(n) for n in names)) or bag.has_term(t.text):
            found += 1
    return hard_ok, found / len(soft)


def term_texts(terms: Iterable[Term]) -> list[str]:
    return [t.text for t in terms]


__all__ = ["Bag", "coverage", "fold", "key", "stem", "term_texts"]
