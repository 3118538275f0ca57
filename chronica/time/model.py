"""The records the temporal engine hands out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One temporal expression: its span, normalised value, bounds and what it was anchored on.

    ``value`` is EDTF (ISO 8601-2 level 1) for dates, an ISO 8601 duration for durations and
    sets, or PRESENT_REF / PAST_REF / FUTURE_REF; it is None when the expression cannot be
    resolved, and ``reason`` then says why.
    """

    start: int
    end: int
    text: str
    value: str | None
    earliest: str | None = None
    latest: str | None = None
    precision: str | None = None
    kind: str = "DATE"
    anchor: str | None = None
    mod: str | None = None
    reason: str | None = None
    ambiguous: bool = False
    parts: tuple[TimeExpression, ...] = ()


@dataclass(frozen=True, slots=True)
class SentenceDate:
    """The date that applies to a sentence: its own, or the one it inherits from the narrative."""

    value: str | None
    earliest: str | None
    latest: str | None
    precision: str | None
    expression: TimeExpression
    inherited: bool
