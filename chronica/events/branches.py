"""Which branch of a group a mention of the parent group means, from the document's own geography.

Documents about a regional branch often write the parent's name for it: a report on the Islamic
State's Khorasan province says "ISIS fighters in Helmand" or "IS claimed the Jalalabad bombing".
An analyst reads those as the branch. The rule here does the same, from what the document states:

1. a branch is an organisation whose canonical name extends a parent's canonical name in this
   document ("Islamic State Khorasan Province" extends "Islamic State"; "al-Qaeda in the Arabian
   Peninsula" extends "al-Qaeda");
2. the branch's area is the set of countries that the document's sentences naming the branch name
   most often (at least ``MIN_SHARE`` of those place mentions);
3. only in a document whose habit is to write the parent's name (it names the branch by its own name
   less than half as often as the parent): a document that mostly writes "IS-KP" means the parent
   when it writes "the Islamic State";
4. an event whose place lies in exactly one branch's area links the parent's mention to that branch,
   unless the mention is what allegiance is pledged to ("pledged allegiance to IS") or the clause
   names the branch apart from it ("IS announced the formation of its Khorasan province").
   The mention keeps its text as written; only the canonical name changes, and the actor records
   ``linked_from`` with the parent's name so that the link can be shown and undone.

Nothing is linked when the document names no branch, or when two branches share the country.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from chronica.events.model import Event, EventActor

MIN_SHARE = 0.2  # a country is in a branch's area when this share of the branch's place mentions name it
HABIT_SHARE = 0.5  # links only in a document naming the branch less than this share as often as its parent
MIN_MENTIONS = 2
_BRANCH_TAILS = (" Province", " Branch", " Wilayah", " Wilayat")


def _parent_of(name: str, orgs: set[str]) -> str | None:
    """The parent organisation (among ``orgs``) whose name ``name`` extends, or None."""
    best = None
    for parent in orgs:
        if parent == name or not name.startswith(parent + " "):
            continue
        rest = name[len(parent):]
        if rest.endswith(_BRANCH_TAILS) or rest.startswith((" in ", " of ")):
            if best is None or len(parent) > len(best):
                best = parent
    return best


def branch_areas(
    actor_mentions: Sequence[Any], place_mentions: Sequence[Any], sentences: Sequence[tuple[int, int]]
) -> dict[str, dict[str, set[str]]]:
    """parent canonical -> {branch canonical -> countries of its area} for one document."""
    orgs = {m.canonical for m in actor_mentions if m.kind == "org"}
    parents = {name: parent for name in orgs if (parent := _parent_of(name, orgs)) is not None}
    if not parents:
        return {}
    from bisect import bisect_right

    sent_starts = [a for a, _ in sentences]

    def sentence_of(pos: int) -> int:
        return bisect_right(sent_starts, pos) - 1

    branch_sentences: dict[str, set[int]] = defaultdict(set)
    for m in actor_mentions:
        if m.canonical in parents:
            branch_sentences[m.canonical].add(sentence_of(m.start))
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    for p in place_mentions:
        if not p.place.country:
            continue
        si = sentence_of(p.start)
        for branch, sents in branch_sentences.items():
            if si in sents:
                countries[branch][p.place.country] += 1
    named = Counter(m.canonical for m in actor_mentions if m.kind == "org")
    out: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for branch, parent in parents.items():
        if named[branch] > HABIT_SHARE * named[parent]:
            continue  # the document names the branch by its own name: its parent's name means the parent
        counts = countries.get(branch)
        if not counts:
            continue
        total = sum(counts.values())
        area = {c for c, n in counts.items() if n >= MIN_MENTIONS and n / total >= MIN_SHARE}
        if area:
            out[parent][branch] = area
    return dict(out)


def _event_countries(event: Event) -> set[str]:
    loc = event.location or {}
    return {loc["country"]} if loc.get("country") else set()


# "pledged allegiance to IS", "defected to [ISIS]": what is pledged to is the group itself, not its branch
_PLEDGED_TO = re.compile(r"\b(?:allegiance|loyalty|oath|pledg\w*|defect\w*|sw[oe]re?\w*)\s+(?:[\w()-]+\s+){0,8}?to\s+"
                         r"(?:the\s+)?(?:then\s+)?[\[(\"\u201c]?$", re.IGNORECASE)


def _own_words(branch: str, parent: str) -> list[str]:
    """What the branch's name adds to its parent's: "Khorasan" of "Islamic State Khorasan Province"."""
    rest = branch[len(parent):]
    for tail in _BRANCH_TAILS:
        if rest.endswith(tail):
            rest = rest[: -len(tail)]
    return [w for w in re.findall(r"[A-Za-z]{4,}", rest) if w.lower() not in ("the", "in", "of")]


def link_branches(text: str, events: list[Event], areas: dict[str, dict[str, set[str]]]) -> list[Event]:
    """The events with each parent-group actor linked to the one branch whose area holds the event's place."""
    if not areas:
        return events
    out: list[Event] = []
    for ev in events:
        here = _event_countries(ev)
        quote = ev.quote.lower()
        changed = False
        actors: list[EventActor] = []
        names = {a.name for a in ev.actors}
        for a in ev.actors:
            branches = areas.get(a.name)
            if branches and here and not _PLEDGED_TO.search(text, max(0, a.start - 60), a.start):
                # "IS announced the formation of its Khorasan province": the branch is told apart from the parent
                hits = [b for b, area in branches.items() if here & area
                        and (b in names or not any(w.lower() in quote for w in _own_words(b, a.name)))]
                if len(hits) == 1:
                    changed = True
                    if hits[0] in names:
                        continue  # the branch is named in the clause already
                    names.add(hits[0])
                    a = replace(a, name=hits[0], linked_from=a.name)
            actors.append(a)
        out.append(replace(ev, actors=tuple(actors)) if changed else ev)
    return out


__all__ = ["HABIT_SHARE", "MIN_SHARE", "branch_areas", "link_branches"]
