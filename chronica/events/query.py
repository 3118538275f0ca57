"""Selecting and ordering events for the timeline and the exports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chronica.events.rows import export_record
from chronica.store import Store
from chronica.time import find_dates


@dataclass(frozen=True, slots=True)
class EventFilter:
    actor: str | None = None
    type: str | None = None
    place: str | None = None
    date_from: str | None = None  # inclusive, compared on bounds (YYYY, YYYY-MM or YYYY-MM-DD)
    date_to: str | None = None
    include_unrelated: bool = False  # events in unrelated segments and comments
    include_undated: bool = False


def _bound(value: str | None, *, upper: bool) -> str | None:
    """A filter date as a comparable day string: '2015' -> '2015-01-01' (or '2015-12-31' as an upper bound)."""
    if not value:
        return None
    value = value.strip()
    parts = value.split("-")
    if all(p.isdigit() for p in parts) and 1 <= len(parts) <= 3 and len(parts[0]) == 4:
        if len(parts) == 3:
            return value
        if len(parts) == 2:
            return f"{value}-31" if upper else f"{value}-01"
        return f"{value}-12-31" if upper else f"{value}-01-01"
    found = [e for e in find_dates(value) if e.earliest and e.latest]
    if not found:
        raise ValueError(f"cannot read the date {value!r}; use YYYY, YYYY-MM or YYYY-MM-DD")
    return found[0].latest if upper else found[0].earliest


def _matches_name(needle: str, record: dict[str, Any]) -> bool:
    n = needle.casefold()
    return any(n in (a.get("name") or "").casefold() or n in (a.get("text") or "").casefold()
               for a in record["actors"])


def _matches_place(needle: str, loc: dict[str, Any] | None) -> bool:
    if not loc:
        return False
    n = needle.casefold()
    return any(n == str(loc.get(k) or "").casefold() or (k == "place" and n in str(loc.get(k) or "").casefold())
               for k in ("place", "admin1", "country"))


def _passes(flt: EventFilter, record: dict[str, Any], lo: str | None, hi: str | None) -> bool:
    """The filter on an export record (an edited one: its values are the analyst's)."""
    if not flt.include_undated and not record.get("date"):
        return False
    if not flt.include_unrelated and not record.get("relevant"):
        return False
    if flt.type and record["type"] != flt.type:
        return False
    if lo and (record.get("latest") or "") < lo:
        return False
    if hi and (record.get("earliest") or "9999") > hi:
        return False
    if flt.actor and not _matches_name(flt.actor, record):
        return False
    return not (flt.place and not _matches_place(flt.place, record["location"]))


def select_events(store: Store, flt: EventFilter | None = None, *, edits: bool = True) -> list[dict[str, Any]]:
    """Export records of the events that pass the filter, in date order (undated last).

    The analyst's event edits in force (``chronica.knowledge.event_edits``) are applied, and the filter
    sees the edited values, unless ``edits`` is False (what the sources say, nothing else)."""
    flt = flt or EventFilter()
    lo = _bound(flt.date_from, upper=False)
    hi = _bound(flt.date_to, upper=True)
    index: dict[str, list[dict[str, Any]]] = {}
    if edits:
        from chronica.knowledge import event_edits

        index = event_edits.by_member(event_edits.load_edits(store, include_undone=False))
    out = []
    for row in store.events():
        if row["id"] in index:
            from chronica.knowledge.event_edits import apply_edits

            edited = apply_edits(export_record(row), index[row["id"]])
            if _passes(flt, edited, lo, hi):
                out.append(edited)
            continue
        if not flt.include_undated and not row.get("date"):
            continue
        if not flt.include_unrelated and not row.get("relevant"):
            continue
        if flt.type and row["type"] != flt.type:
            continue
        if lo and (row.get("latest") or "") < lo:
            continue
        if hi and (row.get("earliest") or "9999") > hi:
            continue
        record = export_record(row)
        if flt.actor and not _matches_name(flt.actor, record):
            continue
        if flt.place and not _matches_place(flt.place, record["location"]):
            continue
        out.append(record)
    out.sort(key=lambda r: (r["earliest"] is None, r["earliest"] or "", r["latest"] or ""))
    return out


__all__ = ["EventFilter", "select_events"]
