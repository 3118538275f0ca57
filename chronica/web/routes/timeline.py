"""The timeline area: its page, the compact event rows it draws, one event's full record, and the
values its filter controls offer."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import astuple
from typing import Any

from flask import Blueprint, Response, render_template, request

from chronica.web.errors import ApiError
from chronica.web.timeline_data import Row, TimelineQuery, build_rows, detail, encode_page, facets, select
from chronica.web.workbench import Workbench

bp = Blueprint("timeline", __name__)

MAX_LIMIT = 100_000


@bp.get("/")
def page() -> str:
    return render_template("timeline.html", page="timeline")


def workbench() -> Workbench:
    from chronica.web.app import workbench as current

    return current()


def _rows() -> list[Row]:
    wb = workbench()

    def build() -> list[Row]:
        from chronica.events.query import EventFilter, select_events

        records = wb.all_events()
        members = {}
        if any(r.get("members") for r in records):
            members = {r["id"]: r for r in select_events(
                wb.store, EventFilter(include_unrelated=True, include_undated=True))}
        return build_rows(records, members)

    return wb.cached("timeline:rows", build)


_SELECTED_MAX = 64
_SELECTED_LOCK = threading.Lock()


def _selected(query: TimelineQuery) -> list[Row]:
    """``select`` over the rows, remembered for the last few queries of this store version (paging
    through one filtered list, or many clients asking for the same view, filter the rows once)."""
    wb = workbench()
    rows = _rows()
    memo: OrderedDict[tuple[Any, ...], list[Row]] = wb.cached("timeline:selected", OrderedDict)
    key = astuple(query)
    with _SELECTED_LOCK:
        hit = memo.get(key)
        if hit is not None:
            memo.move_to_end(key)
            return hit
    found = select(rows, query)
    with _SELECTED_LOCK:
        memo[key] = found
        while len(memo) > _SELECTED_MAX:
            memo.popitem(last=False)
    return found


def _flag(name: str) -> bool:
    value = (request.args.get(name) or "0").strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ApiError(400, "bad_request", f"{name} must be 0 or 1, not {value!r}")


def _int(name: str, default: int | None, *, low: int, high: int) -> int | None:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, "bad_request", f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise ApiError(400, "bad_request", f"{name} must be between {low} and {high}")
    return value


def _query() -> TimelineQuery:
    a = request.args
    return TimelineQuery(
        actor=a.get("actor") or None, type=a.get("type") or None, place=a.get("place") or None,
        date_from=a.get("from") or None, date_to=a.get("to") or None,
        include_unrelated=_flag("all"), contested_only=_flag("contested"), include_undated=_flag("undated"),
        text=a.get("q") or None,
    )


@bp.get("/api/events")
def events() -> Response:
    """``{"total", "events": [compact rows]}`` for the filters in the query string."""
    query = _query()
    limit = _int("limit", None, low=0, high=MAX_LIMIT)
    offset = _int("offset", 0, low=0, high=10**9) or 0
    found = _selected(query)
    shown = found[offset: None if limit is None else offset + limit]
    return Response(encode_page(shown, len(found)), mimetype="application/json")


@bp.get("/api/events/facets")
def event_facets() -> dict[str, Any]:
    """Types, actors, places and countries with counts, and the date extent, over the events that the
    ``all`` and ``undated`` flags admit (the same defaults as ``/api/events``)."""
    query = TimelineQuery(include_unrelated=_flag("all"), include_undated=_flag("undated"))
    key = f"timeline:facets:{int(query.include_unrelated)}{int(query.include_undated)}"
    return workbench().cached(key, lambda: facets(select(_rows(), query)))


@bp.get("/api/events/<event_id>")
def event(event_id: str) -> dict[str, Any]:
    """One event's full merged record with every source; the id of a member passage finds it too."""
    wb = workbench()
    record = wb.event_index().get(event_id)
    if record is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    documents = wb.cached("timeline:documents", lambda: {
        d["id"]: {"title": d.get("title"), "published": d.get("published")} for d in wb.store.documents()})
    return detail(record, documents)
