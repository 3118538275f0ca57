"""Where an event happened: the most specific place its own passage names, geocoded.

The place mentions come from ``chronica.geo.geocode_document`` over the whole document (so that
context disambiguates them); an event takes the best place inside its clause, else inside its
sentence, else a country named by adjective in its clause ("Afghan forces").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from chronica import geo


def as_location(place: Any, mention: Any | None) -> dict[str, Any]:
    out = {
        "place": place.name if place.feature not in ("country",) else None,
        "feature": place.feature,
        "admin1": place.admin1,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
    }
    if place.feature == "admin1" and not out["admin1"]:
        out["admin1"] = place.name
    if mention is not None:
        out.update(text=mention.text, start=mention.start, end=mention.end)
    return out


def _place_in(text: str, mentions: list[Any], starts: list[int], a: int, b: int) -> dict[str, Any] | None:
    lo, hi = bisect_right(starts, a - 1), bisect_right(starts, b - 1)
    inside = [m for m in mentions[lo:hi] if m.end <= b]
    if not inside:
        return None
    place = geo.best_place(inside)
    if place is None:
        return None
    mention = next((m for m in inside if m.place == place), None)
    return as_location(place, mention)


_ADJECTIVE = re.compile(r"\b[A-Z][a-z]{2,}(?:i|ian|an|ese|ish|n)?\b")


def _country_by_adjective(text: str, a: int, b: int) -> dict[str, Any] | None:
    for m in _ADJECTIVE.finditer(text, a, b):
        code = geo.country_for_adjective(m.group())
        if code:
            return {"place": None, "feature": "country", "admin1": None, "country": code, "lat": None,
                    "lon": None, "precision": 6, "text": m.group(), "start": m.start(), "end": m.end()}
    return None


def event_location(text: str, mentions: Sequence[Any], starts: list[int], clause: tuple[int, int],
                   sentence: tuple[int, int]) -> dict[str, Any] | None:
    """The location record of an event stated in ``clause`` within ``sentence``, or None."""
    if mentions:
        found = _place_in(text, list(mentions), starts, *clause) or _place_in(text, list(mentions), starts, *sentence)
        if found is not None:
            return found
    return _country_by_adjective(text, *clause)


__all__ = ["as_location", "event_location"]
