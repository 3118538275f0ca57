"""Roles of actors in a clause, from the words right around each mention.

Precise rather than complete: a role is given only when a clear cue stands next to the mention
("X claimed responsibility", "X said", "according to X", "killed X", "attack on X", "X was
killed"); otherwise the mention gets no role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from chronica.actors import lexicon as lx

ROLES = ("perpetrator", "target", "victim", "speaker", "source")

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|[,;:.()\"\u201c\u201d]")
_AUX = frozenset(
    """has have had also then later reportedly allegedly apparently reported reportedly subsequently
    again had been is are was were will would may might could can 's""".split()
)
_PASSIVE = frozenset("was were been being is are got".split())
_DETERMINERS = frozenset(
    "the a an its their his her several many some dozens scores hundreds members of at least more than "
    "two three four five six seven eight nine ten".split()
)
_ATTACK_NOUNS = frozenset(
    "attack attacks assault assaults strike strikes airstrike airstrikes raid raids bombing bombings offensive "
    "operation operations ambush campaign war fight offensive".split()
)
_PERP_BEFORE_BY = frozenset(lx.ATTACK_VERBS | _ATTACK_NOUNS | {"claimed", "carried", "conducted", "staged",
                                                                "perpetrated", "committed", "executed",
                                                                "orchestrated", "masterminded", "attributed"})
_SPEAKER_NOUNS = frozenset("spokesman spokesperson spokeswoman spokesmen".split())


class _Mention(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def kind(self) -> str: ...


def _words(text: str) -> list[str]:
    if text.isascii():  # lower-casing ASCII text changes no word's extent
        return _WORD.findall(text.lower())
    return [w.lower() for w in _WORD.findall(text)]


def _skip_apposition(words: list[str]) -> list[str]:
    """After "X, the group's leader, said" drop the apposition between commas."""
    if words and words[0] == ",":
        if "," in words[1:9]:
            nxt = words.index(",", 1)
            return words[nxt + 1 :]
        return []
    if words and words[0] in ("(",) and ")" in words[1:12]:
        return words[words.index(")") + 1 :]
    return words


def _role_after(words: list[str], kind: str) -> str | None:
    words = _skip_apposition(words)
    k = 0
    while k < len(words) and k < 4 and (words[k] in _AUX or words[k].endswith("ly")):
        if words[k] in _PASSIVE:
            break
        k += 1
    rest = words[k:]
    if not rest:
        return None
    first = rest[0]
    if first in _PASSIVE or (first == "been" and len(rest) > 1):
        m = 1
        while m < len(rest) and (rest[m] in ("been", "being", "reportedly", "allegedly") or rest[m].endswith("ly")):
            m += 1
        if m < len(rest) and rest[m] in lx.ATTACK_VERBS and rest[m].endswith(("ed", "en", "t", "n")):
            return "victim" if kind == "person" else "target"
        return None
    two = " ".join(rest[:2])
    if any(two.startswith(cue) for cue in lx.PERPETRATOR_CUES) or " ".join(rest[:3]) in lx.PERPETRATOR_CUES:
        return "perpetrator"
    if first in lx.ATTACK_VERBS and first not in ("wounded", "injured", "slain"):
        nxt = rest[1] if len(rest) > 1 else ""
        if nxt == "by":
            return None
        return "perpetrator"
    if first in _SPEAKER_NOUNS:
        return "speaker"
    if first in lx.SPEECH_VERBS and first not in ("issued", "issues", "released", "releases", "published",
                                                  "publishes", "posted"):
        if first in ("claimed", "claims", "claim") and len(rest) > 1 and rest[1] == "responsibility":
            return "perpetrator"
        return "speaker"
    return None


def _role_before(words: list[str], kind: str) -> str | None:
    if not words:
        return None
    tail = words[-6:]
    text = " ".join(tail)
    for cue in lx.SOURCE_CUES:
        if text.endswith(cue):
            return "source"
    if tail[-1] in _SPEAKER_NOUNS or (len(tail) > 1 and tail[-1] in ("for", "of") and tail[-2] in _SPEAKER_NOUNS):
        return "speaker"
    if tail[-1] == "by" and len(tail) > 1:
        before = tail[-2]
        if before in _PERP_BEFORE_BY or (len(tail) > 2 and tail[-3] in _PERP_BEFORE_BY):
            return "perpetrator"
        return None
    if tail[-1] == "to" and len(tail) > 1 and tail[-2] == "attributed":
        return "perpetrator"
    # object of an attack verb or noun: "killed X", "attack on X", "killing the X"
    k = len(tail) - 1
    while k >= 0 and tail[k] in _DETERMINERS:
        k -= 1
    if k < 0:
        return None
    word = tail[k]
    if word in ("on", "against", "targeting", "targeted") and k > 0 and (
        tail[k - 1] in _ATTACK_NOUNS or tail[k - 1] in lx.ATTACK_VERBS
    ):
        return "victim" if kind == "person" else "target"
    if word in ("against", "targeting") and kind != "person":
        return "target"
    if word in lx.ATTACK_VERBS and word not in ("launched", "launch", "launches", "conducted", "hit", "hits"):
        if k > 0 and tail[k - 1] in _PASSIVE:
            return None
        return "victim" if kind == "person" else "target"
    return None


def actor_roles_for(text: str, start: int, end: int, mentions: Sequence[_Mention]) -> dict[int, str]:
    """Index into ``mentions`` -> role, for the mentions inside ``[start, end)``."""
    out: dict[int, str] = {}
    if not text or start >= end:
        return out
    start = max(0, start)
    end = min(len(text), end)
    for i, m in enumerate(mentions):
        if m.start < start or m.end > end:
            continue
        before = _words(text[max(start, m.start - 80) : m.start])
        after = _words(text[m.end : min(end, m.end + 100)])
        role = _role_before(before, m.kind) or _role_after(after, m.kind)
        if role is not None:
            out[i] = role
    return out
