"""An analyst's edits of an event: its date (EDTF), its type, or its place. Each edit is a recorded
correction (who, when, the value before and after) applied whenever events are read, until it is undone.

The key an edit is stored by is the set of *member passage ids* of the record edited (for a record
told by one passage, that passage's event id; for a merged record, every member's): merged ids are
derived from their members and change when the clusters change, passage ids only when a document's
text does. An edit applies to every record (passage or merged) that contains one of its members, so a
re-ingest of the same documents or a new ``chronica resolve`` keeps it. Later edits of a field win.
The sources keep what they state themselves: an edit changes the record's consolidated value only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update

from chronica.errors import NotFoundError
from chronica.store import Store
from chronica.store.schema import event_edits

FIELDS = ("date", "type", "place")
_LOCATION_KEYS = ("place", "feature", "admin1", "country", "lat", "lon", "precision")


def event_types() -> tuple[str, ...]:
    """The types an event may be given: the extractor's types and "other"."""
    from chronica.events.triggers import PRIORITY

    return (*PRIORITY, "other")


# -- validating the new values ----------------------------------------------------------------------

def check_date(value: Any) -> dict[str, Any]:
    """``{"date", "earliest", "latest", "precision"}`` for an EDTF date, or ValueError (one line)."""
    from chronica.time.edtf import bounds, precision_of, valid_day

    text = str(value or "").strip()
    if not text:
        raise ValueError("the date is empty: give an EDTF date such as 2015-04-02, 2015-04 or 2015")
    earliest, latest = bounds(text)
    precision = precision_of(text)
    if earliest is None or latest is None or precision in (None, "ref", "duration"):
        raise ValueError(f"{text!r} is not an EDTF date: use YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn or a/b intervals")
    for day in (earliest, latest):
        neg = day.startswith("-")
        y, m, d = (int(p) for p in day.lstrip("-").split("-"))
        if not valid_day(-y if neg else y, m, d):
            raise ValueError(f"{text!r} is not a calendar date ({day} does not exist)")
    if earliest > latest and not earliest.startswith("-"):
        raise ValueError(f"{text!r} ends before it begins")
    return {"date": text, "earliest": earliest, "latest": latest, "precision": precision}


def check_type(value: Any) -> dict[str, Any]:
    """``{"type", "plover"}`` for a schema event type, or ValueError."""
    from chronica.events.triggers import PLOVER

    text = str(value or "").strip().lower().replace(" ", "_")
    if text not in event_types():
        raise ValueError(f"unknown event type {value!r}: use one of {', '.join(event_types())}")
    return {"type": text, "plover": PLOVER.get(text)}


def check_place(value: Any) -> dict[str, Any]:
    """A location for a place name (geocoded with the gazetteer; "Name, Country" narrows it) or for an
    explicit ``{"place"?, "lat", "lon", "admin1"?, "country"?}``; ValueError when neither works."""
    if isinstance(value, Mapping):
        return _explicit_place(value)
    name = " ".join(str(value or "").split())
    if not name:
        raise ValueError("the place is empty: give a place name, or lat and lon")
    return geocode_place(name)


def _explicit_place(value: Mapping[str, Any]) -> dict[str, Any]:
    from chronica.geo import country_code

    if value.get("lat") in (None, "") and value.get("lon") in (None, ""):
        if value.get("place"):
            return geocode_place(str(value["place"]))
        raise ValueError("a place needs a name or both lat and lon")
    try:
        lat, lon = float(value["lat"]), float(value["lon"])
    except (KeyError, TypeError, ValueError):
        raise ValueError("lat and lon must both be numbers") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"({lat}, {lon}) is not on the globe: lat is -90..90, lon -180..180")
    country = str(value.get("country") or "").strip() or None
    if country and len(country) != 2:
        code = country_code(country)
        if code is None:
            raise ValueError(f"unknown country {country!r}: give its name or ISO code")
        country = code
    place = str(value.get("place") or "").strip() or None
    admin1 = str(value.get("admin1") or "").strip() or None
    return {"place": place, "feature": None, "admin1": admin1, "country": country.upper() if country else None,
            "lat": round(lat, 5), "lon": round(lon, 5), "precision": 1}


_POPULATED = ("city", "town", "village")


def geocode_place(name: str) -> dict[str, Any]:
    """The gazetteer's place for ``name``: the one in the country or province written after a comma
    ("Jalalabad, Afghanistan"), else the gazetteer's focus countries first, then the most populous. ValueError when the gazetteer has none."""
    from chronica.geo import country_code, geocode_document
    from chronica.geo.gazetteer import FOCUS, REGIONAL, gazetteer
    from chronica.geo.normalize import name_key

    parts = [p.strip() for p in name.split(",") if p.strip()]
    head, qualifiers = parts[0], parts[1:]
    g = gazetteer()
    entries = [g.entries[i] for i in g.index.get(name_key(head), [])]
    for q in qualifiers:
        code = q.upper() if len(q) == 2 and q.isalpha() else country_code(q)
        entries = [e for e in entries if (code and e.place.country == code)
                   or (e.place.admin1 or "").casefold() == q.casefold()]
    place = None
    if entries:
        best = max(entries, key=lambda e: (e.place.country in FOCUS, e.place.country in REGIONAL,
                                           e.place.feature in _POPULATED, e.pop, e.rank, e.place.name))
        place = best.place
    elif not qualifiers:
        found = [m for m in geocode_document(name) if m.start == 0 and m.end >= len(name.rstrip(". "))]
        place = found[0].place if found else None
    if place is None:
        raise ValueError(f"unknown place {name!r}: not in the gazetteer (give lat and lon to place it by hand)")
    out = {"place": place.name if place.feature != "country" else None, "feature": place.feature,
           "admin1": place.admin1 or (place.name if place.feature == "admin1" else None), "country": place.country,
           "lat": place.lat, "lon": place.lon, "precision": place.precision}
    return out


def _normalise(field: str, value: Any) -> dict[str, Any]:
    if field == "date":
        return check_date(value)
    if field == "type":
        return check_type(value)
    if field == "place":
        return {"location": check_place(value)}
    raise ValueError(f"cannot edit {field!r}: an event's date, type or place can be edited")


def _current(record: Mapping[str, Any], field: str) -> dict[str, Any]:
    if field == "date":
        return {k: record.get(k) for k in ("date", "earliest", "latest", "precision")}
    if field == "type":
        return {"type": record.get("type"), "plover": record.get("plover")}
    loc = record.get("location")
    return {"location": {k: loc.get(k) for k in _LOCATION_KEYS} if loc else None}


# -- reading and writing ----------------------------------------------------------------------------

def load_edits(store: Store, *, include_undone: bool = True) -> list[dict[str, Any]]:
    """The event edits in the order they were made."""
    query = select(event_edits).order_by(event_edits.c.seq)
    if not include_undone:
        query = query.where(event_edits.c.undone_at.is_(None))
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    for r in rows:
        r["members"] = json.loads(r["members"])
        r["before"] = json.loads(r["before"]) if r.get("before") else None
        r["after"] = json.loads(r["after"]) if r.get("after") else None
    return rows


def _edit_id(event_id: str, field: str, seq: int) -> str:
    key = f"{event_id}|{field}|{seq}|{datetime.now(UTC).isoformat()}"
    return "e" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()[:11]


def _all_records(store: Store) -> list[dict[str, Any]]:
    from chronica.events.query import EventFilter
    from chronica.knowledge.merged import merged_events

    return merged_events(store, EventFilter(include_unrelated=True, include_undated=True))


def find_record(store: Store, event_id: str, records: Iterable[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The record (merged or not) with id ``event_id`` or with a member passage of that id."""
    found = None
    for rec in records if records is not None else _all_records(store):
        if rec["id"] == event_id:
            return rec
        if found is None and event_id in (rec.get("members") or []):
            found = rec
    if found is None:
        raise NotFoundError(f"no event {event_id!r}")
    return found


def members_of(record: Mapping[str, Any]) -> list[str]:
    return sorted(record.get("members") or [record["id"]])


def edit_event(store: Store, event_id: str, changes: Mapping[str, Any], who: str | None = None,
               records: Iterable[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Record one edit per field of ``changes`` ({"date"?, "type"?, "place"?}) of the event ``event_id``
    (a merged or a passage id); every value is checked first, so a bad one records nothing. A field
    given its current value records nothing. Returns the edits recorded."""
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise ValueError(f"cannot edit {', '.join(unknown)}: an event's date, type or place can be edited")
    wanted = {f: changes[f] for f in FIELDS if f in changes and changes[f] is not None}
    if not wanted:
        raise ValueError("nothing to edit: give a date, a type or a place")
    record = find_record(store, event_id, records)
    after = {f: _normalise(f, v) for f, v in wanted.items()}
    out = []
    members = members_of(record)
    with store.engine.begin() as conn:
        seq = conn.execute(select(func.max(event_edits.c.seq))).scalar() or 0
        for field, value in after.items():
            before = _current(record, field)
            if before == value:
                continue
            seq += 1
            row = {"id": _edit_id(record["id"], field, seq), "seq": seq, "event_id": record["id"],
                   "members": json.dumps(members), "field": field, "before": json.dumps(before, ensure_ascii=False),
                   "after": json.dumps(value, ensure_ascii=False), "who": who, "at": datetime.now(UTC),
                   "undone_at": None}
            conn.execute(event_edits.insert(), [row])
            out.append({**row, "members": members, "before": before, "after": value})
    return out


def undo_edit(store: Store, edit_id: str) -> dict[str, Any]:
    """Undo one event edit still in force (the record shows its value before the edit again)."""
    target = next((e for e in load_edits(store, include_undone=False) if e["id"] == edit_id), None)
    if target is None:
        raise NotFoundError(f"no event edit {edit_id!r} in force")
    with store.engine.begin() as conn:
        conn.execute(update(event_edits).where(event_edits.c.id == edit_id, event_edits.c.undone_at.is_(None))
                     .values(undone_at=datetime.now(UTC)))
    return target


def iso(at: Any) -> str | None:
    """A stored timestamp as ISO 8601 in UTC (SQLite hands them back without their zone)."""
    if not isinstance(at, datetime):
        return str(at) if at else None
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


# -- every correction, entities' and events', in one log ----------------------------------------------

def correction_log(store: Store) -> list[dict[str, Any]]:
    """Every correction, oldest first: entity merges, splits, renames and rejected suggestions, and event
    edits, each {"id", "kind" (entity | event), "action", "target", "field", "before", "after", "who",
    "at", "undone", "undone_at"}."""
    from chronica.knowledge import storage

    rows: list[tuple[str, int, dict[str, Any]]] = []
    for c in storage.load_corrections(store):
        before = c.get("before") or []
        after: Any = c.get("value") if c["action"] == "rename" else None
        if c["action"] == "merge":
            after = {"names": c["names"]}
        elif c["action"] == "split":
            after = {"name": c["names"][0] if c["names"] else None}
        elif c["action"] == "reject":
            after = {"apart": c["names"]}
        entry = {"id": c["id"], "kind": "entity", "action": c["action"], "target": c["names"], "field": None,
                 "before": before, "after": after, "who": c.get("who"), "at": iso(c["at"]),
                 "undone": c.get("undone_at") is not None, "undone_at": iso(c.get("undone_at"))}
        rows.append((entry["at"] or "", 0, entry))
    for e in load_edits(store):
        entry = {"id": e["id"], "kind": "event", "action": "edit", "target": e["event_id"], "members": e["members"],
                 "field": e["field"], "before": e["before"], "after": e["after"], "who": e.get("who"),
                 "at": iso(e["at"]), "undone": e.get("undone_at") is not None, "undone_at": iso(e.get("undone_at"))}
        rows.append((entry["at"] or "", 1, entry))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in rows]


def undo_any(store: Store, correction_id: str) -> dict[str, Any]:
    """Undo an event edit or an entity correction (then resolve the entities again), by its id."""
    from chronica.knowledge import corrections, storage

    if any(e["id"] == correction_id for e in load_edits(store)):
        return undo_edit(store, correction_id)
    if not any(c["id"] == correction_id for c in storage.load_corrections(store, include_undone=False)):
        raise NotFoundError(f"no correction {correction_id!r} in force")
    return corrections.undo(store, correction_id)


# -- applying them to records -----------------------------------------------------------------------

def by_member(edits: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Passage id -> the edits in force that name it, in order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for e in edits:
        for m in e["members"]:
            out.setdefault(m, []).append(e)
    return out


def edits_for(record: Mapping[str, Any], index: Mapping[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The edits that apply to a record (one of its members named), oldest first."""
    seen: dict[str, dict[str, Any]] = {}
    for m in record.get("members") or [record["id"]]:
        for e in index.get(m, ()):
            seen.setdefault(e["id"], e)
    return sorted(seen.values(), key=lambda e: e["seq"])


def apply_edits(record: dict[str, Any], edits: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A copy of ``record`` with the edits' values and an ``edited`` list [{field, correction, who, at}]."""
    edits = list(edits)
    if not edits:
        return record
    out = dict(record)
    marks = list(out.get("edited") or [])
    done = {m["correction"] for m in marks}
    for e in edits:
        value = e["after"] or {}
        if e["field"] == "place":
            out["location"] = dict(value["location"]) if value.get("location") else None
        else:
            out.update(value)
        if e["id"] not in done:
            marks.append({"field": e["field"], "correction": e["id"], "who": e.get("who"), "at": iso(e["at"])})
            done.add(e["id"])
    out["edited"] = marks
    return out


__all__ = [
    "FIELDS", "apply_edits", "by_member", "check_date", "check_place", "check_type", "correction_log", "edit_event",
    "edits_for", "event_types", "find_record", "geocode_place", "iso", "load_edits", "members_of", "undo_any",
    "undo_edit",
]
