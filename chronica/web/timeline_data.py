"""The timeline's view of the merged event records: one compact row per event for drawing, built once
per store version, then filtered in Python with the same meaning as ``chronica timeline``'s options
(:class:`chronica.events.query.EventFilter`), and the values the filter controls offer."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from chronica.events.query import _bound
from chronica.events.triggers import PRIORITY

EVENT_TYPES: tuple[str, ...] = (*PRIORITY, "other")
SUMMARY_CHARS = 200


@dataclass(frozen=True, slots=True)
class TimelineQuery:
    """What ``GET /api/events`` asks for. Dates are YYYY, YYYY-MM, YYYY-MM-DD or a date in words."""

    actor: str | None = None
    type: str | None = None
    place: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    include_unrelated: bool = False
    contested_only: bool = False
    include_undated: bool = False
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """What one passage of an event states, as the filters compare it."""

    type: str
    earliest: str
    latest: str
    actor_keys: tuple[str, ...]
    place_exact: frozenset[str]
    place_name: str


@dataclass(slots=True)
class Row:
    """One event as the timeline draws it, its JSON encoded once, and what the filters compare: a
    single passage, or each member passage of a merged record (``chronica timeline`` filters the
    passages and merges those that pass, so a merged record passes when one of its members does)."""

    data: dict[str, Any]
    encoded: str
    parts: tuple[Part, ...]
    text_key: str


def _part(rec: dict[str, Any], actors: list[dict[str, Any]] | None = None) -> Part:
    loc = rec.get("location") or {}
    return Part(
        type=str(rec.get("type") or ""),
        earliest=str(rec.get("earliest") or ""),
        latest=str(rec.get("latest") or ""),
        actor_keys=tuple(str(a.get(k) or "").casefold() for a in (rec.get("actors") if actors is None else actors)
                         or [] for k in ("name", "text") if a.get(k)),
        place_exact=frozenset(str(loc.get(k)).casefold() for k in ("place", "admin1", "country") if loc.get(k)),
        place_name=str(loc.get("place") or "").casefold(),
    )


def clip(text: str, limit: int = SUMMARY_CHARS) -> str:
    """``text`` on one line, cut at a word near ``limit`` characters with an ellipsis."""
    flat = " ".join((text or "").split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "\u2026"


def where(location: dict[str, Any] | None) -> str:
    """'Mogadishu, Banaadir, SO': the place, its province (when another name) and its country."""
    loc = location or {}
    parts = [loc.get("place"), loc.get("admin1") if loc.get("admin1") != loc.get("place") else None,
             loc.get("country")]
    return ", ".join(str(p) for p in parts if p)


def compact(record: dict[str, Any]) -> dict[str, Any]:
    """The row the timeline draws and lists for one merged event record."""
    loc = record.get("location") or {}
    sources = record.get("sources") or []
    return {
        "id": record["id"],
        "date": record.get("date"),
        "earliest": record.get("earliest"),
        "latest": record.get("latest"),
        "precision": record.get("precision"),
        "type": record.get("type"),
        "actors": [a.get("name") for a in record.get("actors") or [] if a.get("name")],
        "place": where(loc),
        "country": loc.get("country"),
        "killed": record.get("killed"),
        "wounded": record.get("wounded"),
        "contested": bool(record.get("contested")),
        "relevant": bool(record.get("relevant")),
        "sources": len(sources),
        "summary": clip(sources[0].get("quote") or "") if sources else "",
    }


def build_rows(records: Iterable[dict[str, Any]], members: dict[str, dict[str, Any]] | None = None) -> list[Row]:
    """Compact rows for every record (in the records' order), with their filter keys precomputed.
    ``members`` holds the single-passage records by id (``select_events``), so that the filters can
    compare a merged record's members one by one; without it they compare its sources (with the
    merged record's actors)."""
    members = members or {}
    rows = []
    for rec in records:
        data = compact(rec)
        if rec.get("members"):
            parts = tuple(_part(members[str(s.get("event"))]) if str(s.get("event")) in members
                          else _part(s, rec.get("actors") or []) for s in rec.get("sources") or [])
        else:
            parts = (_part(rec),)
        names = [str(a.get(k) or "") for a in rec.get("actors") or [] for k in ("name", "text")]
        text = " ".join([*(s.get("quote") or "" for s in rec.get("sources") or []), *names, data["place"]])
        rows.append(Row(data=data, encoded=json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                        parts=parts, text_key=" ".join(text.split()).casefold()))
    return rows


def check_type(value: str | None) -> str | None:
    """``value`` when it names an event type (or is empty), else ValueError (400 at the API)."""
    if not value:
        return None
    if value not in EVENT_TYPES:
        raise ValueError(f"unknown event type {value!r}; one of: {', '.join(EVENT_TYPES)}")
    return value


def select(rows: list[Row], q: TimelineQuery) -> list[Row]:
    """The rows passing ``q``, in their order. The filters mean what ``chronica timeline``'s do: actor is
    part of a name (or of how a source wrote it), place is a place/province/country code (or part of
    the place's name), from/to compare the date's bounds, unrelated and undated events only on request."""
    check_type(q.type)
    lo = _bound(q.date_from, upper=False)
    hi = _bound(q.date_to, upper=True)
    actor = (q.actor or "").strip().casefold()
    place = (q.place or "").strip().casefold()
    words = (q.text or "").casefold().split()
    plain = not (q.type or lo or hi or actor or place or words or q.contested_only)
    out = []
    for row in rows:
        d = row.data
        if not q.include_undated and not d["date"]:
            continue
        if not q.include_unrelated and not d["relevant"]:
            continue
        if plain:
            out.append(row)
            continue
        if q.contested_only and not d["contested"]:
            continue
        if (q.type or lo or hi or actor or place) and not any(
                (not q.type or p.type == q.type)
                and (not lo or p.latest >= lo)
                and (not hi or (p.earliest or "9999") <= hi)
                and (not actor or any(actor in k for k in p.actor_keys))
                and (not place or place in p.place_exact or place in p.place_name)
                for p in row.parts):
            continue
        if words and not all(w in row.text_key for w in words):
            continue
        out.append(row)
    return out


def encode_page(rows: list[Row], total: int) -> str:
    """``{"total": N, "events": [...]}`` from the rows' pre-encoded JSON (no per-request encoding)."""
    return '{"total":' + str(total) + ',"events":[' + ",".join(r.encoded for r in rows) + "]}"


def facets(rows: list[Row], top_actors: int = 200) -> dict[str, Any]:
    """The values the filter controls offer over ``rows``: types, actors (most named first), places and
    countries with their counts, and the date extent."""
    types: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    places: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    lo: str | None = None
    hi: str | None = None
    for row in rows:
        d = row.data
        types[d["type"] or "other"] += 1
        actors.update(set(d["actors"]))
        if d["place"]:
            places[d["place"]] += 1
        if d["country"]:
            countries[d["country"]] += 1
        if d["earliest"] and (lo is None or d["earliest"] < lo):
            lo = d["earliest"]
        if d["latest"] and (hi is None or d["latest"] > hi):
            hi = d["latest"]

    def counted(c: Counter[str], limit: int | None = None) -> list[dict[str, Any]]:
        return [{"value": k, "count": n} for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]

    return {
        "total": len(rows),
        "types": [{"value": t, "count": types[t]} for t in EVENT_TYPES if types[t]]
        + counted(Counter({t: n for t, n in types.items() if t not in EVENT_TYPES})),
        "all_types": list(EVENT_TYPES),
        "actors": counted(actors, top_actors),
        "places": counted(places, 500),
        "countries": counted(countries),
        "extent": {"earliest": lo, "latest": hi},
    }


def detail(record: dict[str, Any], documents: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The full merged record for the detail panel, with the display string of its place, every field a
    single-source record lacks filled so the page reads one shape, and each source's document title and
    publication date (from ``documents``, by id) where the store knows them."""
    out = dict(record)
    out.setdefault("contested", False)
    out.setdefault("contested_fields", [])
    out.setdefault("claims", {})
    out.setdefault("members", [])
    out.setdefault("reliability", {})
    out["place"] = where(record.get("location"))
    docs = documents or {}
    sources = []
    for src in record.get("sources") or []:
        row = {k: v for k, v in src.items() if k != "path"}
        doc = docs.get(str(src.get("doc_id"))) or {}
        row.setdefault("title", doc.get("title"))
        if not row.get("published"):
            row["published"] = doc.get("published")
        row.setdefault("grade", None)
        sources.append(row)
    out["sources"] = sources
    return out


__all__ = ["EVENT_TYPES", "Part", "Row", "TimelineQuery", "build_rows", "check_type", "clip", "compact", "detail",
           "encode_page", "facets", "select", "where"]
