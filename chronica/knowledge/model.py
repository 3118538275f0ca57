"""The records exchanged by the knowledge stages. Offsets are into the document's cleaned text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class NameMention:
    """One actor mention in one document, with the context resolution uses."""

    doc_id: str
    start: int
    end: int
    text: str  # as written
    kind: str  # "org" | "person" | "state"
    doc_name: str  # the canonical name within its document (chronica.actors)
    # context: other names in the same sentence, places and years the document ties the name to,
    # and the role nouns written next to it ("emir", "spokesman")
    co_names: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    roles: tuple[str, ...] = ()
    source: bool = False  # cited as the source of a claim
    # added for alias resolution (all optional, so older callers are unaffected):
    title: str = ""  # an honorific or title written just before the name ("Mullah", "Gen.")
    aliases: tuple[str, ...] = ()  # other names the text gives this actor ("Known as: X, Y", "aka")
    namesake: bool = False  # the text warns of another actor of the same name ("not to be confused with")
    place: str | None = None  # the gazetteer place the same span names ("Ghazni"): never merged as an actor
    near_names: tuple[str, ...] = ()  # names of the sentences just before and after, in the same paragraph


@dataclass(frozen=True, slots=True)
class MergeEvidence:
    """Why two names were put in one entity: the rule and the passages that support it."""

    rule: str  # "same-name" | "acronym" | "aka" | "transliteration" | "partial" | "known-list" | "analyst" ...
    names: tuple[str, str]
    docs: tuple[str, ...] = ()
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """A group, person or state across the corpus."""

    id: str
    name: str  # display name
    kind: str
    aliases: tuple[str, ...]  # every surface form seen, the display name included
    docs: tuple[str, ...]
    evidence: tuple[MergeEvidence, ...] = ()
    mentions: int = 0  # how many mentions the entity has (0 when not counted)


@dataclass(frozen=True, slots=True)
class Correction:
    """An analyst's correction, applied on every resolution until undone."""

    id: str
    action: str  # "merge" | "split" | "rename" | "reject"
    names: tuple[str, ...]  # merge: the names to put together; split: the names to take out of their entity;
    # reject: the two entities' names that must stay apart
    value: str | None = None  # rename: the new display name
    who: str | None = None
    at: str | None = None  # ISO timestamp
    undone: bool = False
    # reject: each entity's in-document actors, as (document id, its name in the document), when recorded
    sides: tuple[tuple[tuple[str, str], ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """A fact as one passage states it: a relation, a leadership tenure or a strength estimate.

    ``kind`` is "relation", "leadership" or "estimate"; the fields that do not apply stay None. Dates are
    EDTF. Names are as the document names them (its canonical names); entity ids are filled in by
    resolution."""

    kind: str
    doc_id: str
    start: int
    end: int
    quote: str
    subject: str  # relation subject; leadership: the organisation; estimate: the organisation
    relation: str | None = None  # allegiance_to | component_of | merged_into | split_from | allied_with |
    #                              rival_of | ceasefire_with | leader_of | founded_by | funded_by
    object: str | None = None  # relation object; leadership: the person
    date: str | None = None  # relation date / tenure start / estimate as-of
    end_date: str | None = None  # relation end / tenure end
    role: str | None = None  # leadership: "emir", "deputy", "spokesman" ...
    order: int | None = None  # leadership: 1 for the first emir ...
    end_reason: str | None = None  # leadership: "killed", "arrested", "demoted", "resigned", "replaced" ...
    low: int | None = None  # estimate
    high: int | None = None
    unit: str | None = None  # "fighters" | "members"
    by: str | None = None  # estimate: who made it
    confidence: float = 0.8
    extra: dict[str, Any] = field(default_factory=dict)


__all__ = ["Claim", "Correction", "Entity", "MergeEvidence", "NameMention"]
