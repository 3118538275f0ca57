"""A document's actors, places and dates, found once where two steps of a run need them.

Event extraction at ingest and the knowledge update that follows it both read every document's actor
mentions, place mentions and temporal expressions; each finder is deterministic in its inputs (the
text, its sentence spans, the creation date) and its results are immutable. So the results of the
first documents of an ingest batch are kept, keyed by those very inputs, and the knowledge update
takes them instead of computing them again: a document whose inputs differ in any way is simply not
found and is computed as before. A bounded number of documents and of characters is kept (the first
ones of the latest batch), so memory stays small however large the batch or its documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

KEEP_DOCUMENTS = 64
KEEP_CHARS = 16_000_000  # of text, over the documents kept

_Key = tuple[str, tuple[tuple[int, int], ...], str | None]


@dataclass(frozen=True, slots=True)
class Annotations:
    actors: tuple[Any, ...]  # chronica.actors.ActorMention
    places: tuple[Any, ...]  # chronica.geo.PlaceMention
    expressions: tuple[Any, ...]  # chronica.time.TimeExpression


_kept: dict[_Key, Annotations] = {}
_chars = [0]  # text characters kept in this batch


def _key(text: str, sentences: Sequence[tuple[int, int]], dct: str | None) -> _Key:
    return text, tuple((a, b) for a, b in sentences), dct


def new_batch() -> None:
    """Forget what an earlier batch kept."""
    forget()


def remember(text: str, sentences: Sequence[tuple[int, int]], dct: str | None, actors: Sequence[Any],
             places: Sequence[Any], expressions: Sequence[Any]) -> None:
    if len(_kept) < KEEP_DOCUMENTS and _chars[0] + len(text) <= KEEP_CHARS:
        _kept[_key(text, sentences, dct)] = Annotations(tuple(actors), tuple(places), tuple(expressions))
        _chars[0] += len(text)


def recall(text: str, sentences: Sequence[tuple[int, int]], dct: str | None) -> Annotations | None:
    """What :func:`remember` kept for exactly these inputs, if anything (taken out: used once)."""
    if not _kept:
        return None
    return _kept.pop(_key(text, sentences, dct), None)


def forget() -> None:
    _kept.clear()
    _chars[0] = 0


__all__ = ["Annotations", "KEEP_CHARS", "KEEP_DOCUMENTS", "forget", "new_batch", "recall", "remember"]
