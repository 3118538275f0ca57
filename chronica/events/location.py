"""Where an event happened: the most specific place its own passage names, geocoded.

The place mentions come from ``chronica.geo.geocode_document`` over the whole document (so that
context disambiguates them). An event takes, in order:

1. the best place inside its clause, else inside its sentence. Places named as the scene
   ("in Jalalabad", "near the border of Kunar province") win over places that only qualify something
   ("Pakistan media reported ... in northern Afghanistan" -> Afghanistan); a reference point of a distance
   ("25 km west of Islamabad") is never the scene;
2. a place named in the same paragraph or timeline entry (the nearest earlier sentence first, then the
   following ones), when the clause names no other country by adjective. "The attack killed 5" after
   "A bomb exploded in Quetta." takes Quetta;
3. a country named by adjective in the clause ("Afghan forces");
4. the document's place when the document reports a single incident (one short paragraph whose places
   all agree).

Fallbacks (2, 4) record ``basis`` and never claim a point precision: a point place there is reported
with UCDP where_prec 2 (within about 25 km), since the event is only known to be near it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from chronica import geo

# Words that make the following place the scene of what the clause states.
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|inside|outside|across|into|around|throughout|within|along|off|"
    r"(?:on\s+)?the\s+outskirts\s+of|in\s+the\s+vicinity\s+of)\s+)"
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:native|home)\s+)?"
    r"(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|restive|remote|volatile|troubled|"
    r"neighbou?ring|upper|lower)\s+)*"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:parts?|heart|province|district|city|town|village|area|region|valley|agency|capital)\s+of\s+"
    r"(?:the\s+)?)?$",
    re.IGNORECASE,
)
# "in Jalalabad, Nangarhar province, Afghanistan": the later names of a chain join the first one.
_CHAIN = re.compile(r"^(?:\s+(?:province|district|city|town|village|area|agency|region|state)s?)?\s*"
                    r"(?:,|[’']s|,?\s+and|,?\s+or)\s+(?:the\s+)?$", re.IGNORECASE)
# "Hassan colony, Karachi city, Sindh province": a comma chain states the hierarchy, finer names first.
_HIERARCHY = re.compile(r"^(?:\s+(?:province|district|city|town|village|area|agency|tehsil|colony|neighbou?rhood|"
                        r"region|state|division))?\s*,\s*(?:the\s+)?$", re.IGNORECASE)
# "25 kilometers west of Islamabad", "some 30 miles from Kabul": a reference point, not the scene.
_DISTANCE = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilometres?|kilometers?|miles?|mi)\b\s*"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "in eastern Afghanistan": a country named only by a part of it.
_DIRECTION = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:parts\s+of\s+)?(?:the\s+)?$",
                        re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WINDOW = 80  # characters looked at before a mention


def as_location(place: Any, mention: Any | None, basis: str = "clause") -> dict[str, Any]:
    out = {
        "place": place.name if place.feature not in ("country",) else None,
        "feature": place.feature,
        "admin1": place.admin1,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
        "basis": basis,
    }
    if place.feature == "admin1" and not out["admin1"]:
        out["admin1"] = place.name
    if basis in ("paragraph", "document") and out["precision"] is not None and out["precision"] < 2:
        out["precision"] = 2
    if mention is not None:
        out.update(text=mention.text, start=mention.start, end=mention.end)
    return out


def _before(text: str, m: Any) -> str:
    return text[max(0, m.start - _WINDOW) : m.start]


# A mention is looked at for every event whose clause, sentence or paragraph holds it: the checks of
# the words before it are remembered by those words.
@lru_cache(maxsize=16384)
def _scene_cue(before: str) -> bool:
    return _LOCATIVE.search(before) is not None


@lru_cache(maxsize=16384)
def _distance_cue(before: str) -> bool:
    return _DISTANCE.search(before) is not None


_SPECIFICITY = {"village": 4, "city": 4, "admin2": 3, "admin1": 2, "country": 1, "region": 0.5}


def _consistent(general: Any, specific: Any) -> bool:
    """Whether ``specific`` may lie inside ``general`` (same country, and same province when known)."""
    if general.country != specific.country:
        return False
    if general.feature == "country" or not general.admin1:
        return True
    return specific.admin1 == general.admin1


def _within(p: Any, unit: Any) -> bool:
    if p.country != unit.country:
        return False
    return unit.feature == "country" or p.admin1 is None or p.admin1 == unit.name or p.name == unit.name


def _contradicted(text: str, inside: list[Any]) -> list[Any]:
    """The mentions that a later province or country of their own comma chain does not contain
    ("Hassan Colony, Karachi city, Sindh province, Pakistan": not Hassan in India)."""
    keep = []
    for k, m in enumerate(inside):
        ok, j = True, k
        while ok and j + 1 < len(inside) and _HIERARCHY.match(text[inside[j].end : inside[j + 1].start]):
            j += 1
            unit = inside[j].place
            if unit.feature in ("country", "admin1") and m.place.country and not _within(m.place, unit):
                ok = False
        if ok:
            keep.append(m)
    return keep


def _choose(text: str, inside: list[Any]) -> tuple[Any, Any] | None:
    """(place, mention) the event happened at among the mentions of one passage, or None."""
    inside = [m for m in inside if not _distance_cue(_before(text, m))]
    inside = _contradicted(text, inside)
    if not inside:
        return None
    scene: list[Any] = []
    for k, m in enumerate(inside):
        if _scene_cue(_before(text, m)):
            scene.append(m)
        elif scene and k > 0 and inside[k - 1] is scene[-1] and _CHAIN.match(text[inside[k - 1].end : m.start]):
            scene.append(m)
    overall = geo.best_place(inside)
    place = overall
    if scene:
        local = geo.best_place(scene)
        if local is not None and (overall is None or not _consistent(local, overall)
                                  or _SPECIFICITY.get(overall.feature, 0) <= _SPECIFICITY.get(local.feature, 0)):
            place = local
    if place is None:
        return None
    mention = next((m for m in inside if m.place == place), None)
    return place, mention


def _mentions_in(mentions: list[Any], starts: list[int], a: int, b: int) -> list[Any]:
    lo, hi = bisect_right(starts, a - 1), bisect_right(starts, b - 1)
    return [m for m in mentions[lo:hi] if m.end <= b]


def _place_in(text: str, mentions: list[Any], starts: list[int], a: int, b: int,
              basis: str = "clause") -> dict[str, Any] | None:
    chosen = _choose(text, _mentions_in(mentions, starts, a, b))
    return as_location(*chosen, basis=basis) if chosen else None


def _paragraph(text: str, a: int, b: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    return start, (len(text) if end < 0 else end)


def _sentences(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out, pos = [], a
    for m in _SENTENCE_END.finditer(text, a, b):
        out.append((pos, m.start()))
        pos = m.end()
    if pos < b:
        out.append((pos, b))
    return out


def _place_around(text: str, mentions: list[Any], starts: list[int], sentence: tuple[int, int]) -> dict[str, Any] | None:
    """A place of the sentence's paragraph: the nearest earlier sentence naming one, else the next ones."""
    pa, pb = _paragraph(text, *sentence)
    sa, sb = sentence
    earlier = _sentences(text, pa, sa) if sa > pa else []
    later = _sentences(text, sb, pb) if pb > sb else []
    for a, b in [*reversed(earlier), *later]:
        found = _place_in(text, mentions, starts, a, b, basis="paragraph")
        if found is not None:
            return found
    return None


_SINGLE_INCIDENT_CHARS = 1500


def _document_place(text: str, mentions: list[Any]) -> dict[str, Any] | None:
    """The place of a single-incident report: one short paragraph of text whose places agree."""
    body = text.strip()
    if not body or len(body) > _SINGLE_INCIDENT_CHARS or "\n\n" in body or not mentions:
        return None
    chosen = _choose(text, mentions)
    if chosen is None:
        return None
    place, mention = chosen
    if any(m.place.country != place.country for m in mentions):
        return None
    return as_location(place, mention, basis="document")


_ADJECTIVE = re.compile(r"\b[A-Z][a-z]{2,}(?:i|ian|an|ese|ish|n)?\b")


def _country_by_adjective(text: str, a: int, b: int) -> dict[str, Any] | None:
    for m in _ADJECTIVE.finditer(text, a, b):
        code = geo.country_for_adjective(m.group())
        if code:
            return {"place": None, "feature": "country", "admin1": None, "country": code, "lat": None,
                    "lon": None, "precision": 6, "basis": "adjective", "text": m.group(), "start": m.start(),
                    "end": m.end()}
    return None


def event_location(text: str, mentions: Sequence[Any], starts: list[int], clause: tuple[int, int],
                   sentence: tuple[int, int]) -> dict[str, Any] | None:
    """The location record of an event stated in ``clause`` within ``sentence``, or None."""
    ms = list(mentions)
    if ms:
        found = _place_in(text, ms, starts, *clause) or _place_in(text, ms, starts, *sentence, basis="sentence")
        if found is not None:
            if found["feature"] == "country" and "start" in found and _DIRECTION.search(
                    text[max(0, found["start"] - 40) : found["start"]]):
                # "killed 33 people in eastern Afghanistan. ... the attack in Jalalabad": the paragraph's
                # place inside that country, when it names one
                around = _place_around(text, ms, starts, sentence)
                if around is not None and around["country"] == found["country"] and around["feature"] != "country":
                    return around
            return found
    adjective = _country_by_adjective(text, *clause)
    if ms:
        around = _place_around(text, ms, starts, sentence) or _document_place(text, ms)
        if around is not None and (adjective is None or adjective["country"] == around["country"]):
            return around
    return adjective


__all__ = ["as_location", "event_location"]
