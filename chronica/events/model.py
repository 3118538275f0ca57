"""The event record: one event mention, with the passage that states it and what that passage says."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class EventActor:
    name: str  # canonical within the document
    text: str  # as written
    kind: str  # org | person | state
    role: str | None
    start: int
    end: int
    linked_from: str | None = None  # the parent group's name, when the mention was linked to its branch

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "text": self.text, "kind": self.kind, "role": self.role,
                               "start": self.start, "end": self.end}
        if self.linked_from:
            out["linked_from"] = self.linked_from
        return out


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str  # EDTF
    text: str
    start: int
    end: int
    earliest: str | None
    latest: str | None
    precision: str | None
    anchor: str | None
    inherited: bool


@dataclass(frozen=True, slots=True)
class Event:
    """One event mention in one document: ``start``/``end`` are offsets into the document's text."""

    doc_id: str
    start: int
    end: int
    quote: str
    type: str
    trigger: str | None
    date: EventDate | None
    actors: tuple[EventActor, ...] = ()
    location: dict[str, Any] | None = None
    killed: int | None = None
    wounded: int | None = None
    casualties: tuple[dict[str, Any], ...] = ()
    relevant: bool = True
    segment_id: str | None = None
    confidence: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)
