"""Who claimed or was blamed for an incident told just before: "... killing 14 people. The group claims the
attack.", "...; IS claimed the breakout", "Those raids were claimed by X", "Officials blame Y".

The claimant (or the blamed group) takes part in the incident, so it belongs among the incident's actors
even when the claim is told in a sentence of its own. Only a claim that refers back to the incident (``it``,
``the attack``, ``those raids``) counts, never one that tells a new incident ("X claimed an attack on ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

# what a claim refers back with: a pronoun, or a definite noun phrase naming an incident
_INCIDENT = (r"(?:attacks?|raids?|bombings?|blasts?|explosions?|killings?|ambush(?:es)?|assaults?|massacres?|"
             r"abductions?|kidnappings?|strikes?|shootings?|sieges?|breakout|hijacking|beheadings?|operations?|"
             r"incidents?|murders?|assassinations?|stabbing|violence)")
_BACK = (rf"\b(?:it|them|both(?:\s+{_INCIDENT})?|(?:the|that|this|those|these|both)\s+(?:[\w-]+\s+){{0,2}}?{_INCIDENT})"
         r"(?![\w-])(?!\s+(?:on|in|at|of|against)\s+(?:a|an)\b)")
_CLAIM_VERB = re.compile(
    r"\b(?:claims?|claimed|(?:has|had|have)\s+claimed)\s+(?:(?:full\s+)?responsibility\s+for\s+)?" + _BACK,
    re.I)
_CLAIMED_BY = re.compile(r"\b(?:was|were|(?:has|had|have)\s+been)\s+(?:\w+ly\s+|later\s+|swiftly\s+)?"
                         r"(?:claimed|carried\s+out)\s+by\s+", re.I)
_BLAME = re.compile(r"\b(?:blames?|blamed|blaming)\s+(?:" + _BACK + r"\s+on\s+)?", re.I)
# the subject of a claim ends its clause's start: a sentence, a ";" or a ":"
_CLAUSE_START = re.compile(r"[.;:!?]\s+|\n")
_AND_LINK = re.compile(r"^(?:\s*\([^)]{1,40}\))?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$")
_OBJECT_GAP = re.compile(r"^\s*(?:the\s+)?$", re.I)  # "blames the X", "claimed by X": the group comes next


def _clause_start(text: str, lo: int, pos: int) -> int:
    last = lo
    for m in _CLAUSE_START.finditer(text, lo, pos):
        last = m.end()
    return last


def _named_after(text: str, mentions: Sequence[Any], starts: list[int], pos: int, hi: int) -> list[Any]:
    """The actors named right after ``pos`` (the first one within reach, and those joined to it by "and")."""
    k = bisect_left(starts, pos)
    out: list[Any] = []
    while k < len(mentions) and mentions[k].end <= hi:
        m = mentions[k]
        gap = text[out[-1].end:m.start] if out else text[pos:m.start]
        if out and not _AND_LINK.match(gap):
            break
        if not out and not _OBJECT_GAP.match(gap):
            break
        if m.kind in ("org", "person"):
            out.append(m)
        elif out:
            break
        k += 1
    return out


def claimants(text: str, start: int, end: int, mentions: Sequence[Any], starts: list[int]) -> list[Any]:
    """The actors that the passage ``text[start:end]`` (the sentence or clause after an incident) says claimed
    it or are blamed for it, in order; empty when it says neither. ``mentions`` are the document's actor
    mentions in order and ``starts`` their start offsets."""
    out: list[Any] = []
    for m in _CLAIM_VERB.finditer(text, start, end):
        a = _clause_start(text, start, m.start())
        lo, hi = bisect_left(starts, a), bisect_right(starts, m.start() - 1)
        subject = [x for x in mentions[lo:hi] if x.end <= m.start() and x.kind in ("org", "person") and not x.source]
        if subject:
            out += subject
            break
    if not out:
        m2 = _CLAIMED_BY.search(text, start, end)
        if m2 is not None and re.search(_BACK, text[_clause_start(text, start, m2.start()):m2.start()], re.I):
            out = _named_after(text, mentions, starts, m2.end(), end)
    if not out:
        m3 = _BLAME.search(text, start, end)
        if m3 is not None:
            out = _named_after(text, mentions, starts, m3.end(), end)
    return out
