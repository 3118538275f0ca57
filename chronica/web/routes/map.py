"""The map area: the ``/map`` page, the boundary outlines it draws (``/api/boundaries``) and the events
that have coordinates (``/api/map/events``)."""

from __future__ import annotations

import math
import statistics
from typing import Any

from flask import Blueprint, Response, render_template, request

from chronica.events.query import _bound, _matches_name
from chronica.events.triggers import PRIORITY
from chronica.web import boundaries
from chronica.web.errors import ApiError

bp = Blueprint("map", __name__)

EVENT_TYPES = (*PRIORITY, "other")
QUOTE_CHARS = 280
FOCUS_RADIUS = 12.0  # degrees: the focus box holds the events at most this far from their median point, or more
MIN_SPAN = 3.0  # degrees: the focus box is never smaller than this
MARGIN = 0.15  # share of the span added on every side of the focus box


@bp.get("/map")
def page() -> str:
    return render_template("map.html", page="map", attribution=list(dict.fromkeys(boundaries.ATTRIBUTION.values())),
                           boundaries_version=boundaries.version())


@bp.get("/api/boundaries")
def boundary_outlines() -> Response:
    level = request.args.get("level", "countries")
    if level not in boundaries.LEVELS:
        raise ApiError(400, "bad_level", f"unknown level {level!r}; use one of: {', '.join(boundaries.LEVELS)}")
    data = boundaries.payload(level)
    # a versioned URL (the page's) may be kept for good; any other revalidates with the ETag
    keep = request.args.get("v") == boundaries.version()
    headers = {"ETag": data.etag, "Cache-Control": "public, max-age=31536000, immutable" if keep else "no-cache"}
    if data.etag in [t.strip() for t in request.headers.get("If-None-Match", "").split(",")]:
        return Response(status=304, headers=headers)
    return Response(data.body, mimetype="application/geo+json", headers=headers)


def _located_row(ev: dict[str, Any]) -> dict[str, Any] | None:
    loc = ev.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    sources = ev.get("sources") or []
    quote = next((s.get("quote") for s in sources if s.get("quote")), None)
    if quote and len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1].rstrip() + "…"
    return {
        "id": ev["id"],
        "date": ev.get("date"),
        "earliest": ev.get("earliest"),
        "latest": ev.get("latest"),
        "date_precision": ev.get("precision"),
        "type": ev.get("type"),
        "place": loc.get("place"),
        "feature": loc.get("feature"),
        "admin1": loc.get("admin1"),
        "country": loc.get("country"),
        "lat": loc["lat"],
        "lon": loc["lon"],
        "precision": loc.get("precision"),
        "killed": ev.get("killed"),
        "wounded": ev.get("wounded"),
        "contested": bool(ev.get("contested")),
        "contested_fields": list(ev.get("contested_fields") or []),
        "sources": len(sources),
        "actors": [a.get("name") or a.get("text") for a in ev.get("actors") or [] if a.get("name") or a.get("text")],
        "quote": quote,
        "relevant": bool(ev.get("relevant")),
    }


def _rows() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(record, map row) for every event with coordinates, cached per store version."""
    from chronica.web.app import workbench

    wb = workbench()

    def build() -> list[tuple[dict[str, Any], dict[str, Any]]]:
        out = []
        for ev in wb.all_events():
            row = _located_row(ev)
            if row is not None:
                out.append((ev, row))
        return out

    return wb.cached("map:located", build)


def _flag(name: str) -> bool:
    value = request.args.get(name) or "0"
    if value not in ("0", "1"):
        raise ApiError(400, "bad_parameter", f"{name} must be 0 or 1, not {value!r}")
    return value == "1"


def _date(name: str, *, upper: bool) -> str | None:
    value = (request.args.get(name) or "").strip()
    if not value:
        return None
    try:
        return _bound(value, upper=upper)
    except ValueError as err:
        raise ApiError(400, "bad_date", f"{name}: {err}") from err


def focus_box(points: list[tuple[float, float]]) -> list[float] | None:
    """[west, south, east, north] around most of ``points`` (lon, lat): those within a robust radius of
    their median point (three times the median distance to it, at least FOCUS_RADIUS degrees), so that a
    few far-off events (a designation in Washington, a statement in Moscow) do not zoom the map out to
    the world. The whole extent stays one button away."""
    if not points:
        return None
    mx = statistics.median(p[0] for p in points)
    my = statistics.median(p[1] for p in points)
    dist = [math.hypot(p[0] - mx, p[1] - my) for p in points]
    radius = max(3 * statistics.median(dist), FOCUS_RADIUS)
    keep = [p for p, d in zip(points, dist, strict=True) if d <= radius]
    west, east = min(p[0] for p in keep), max(p[0] for p in keep)
    south, north = min(p[1] for p in keep), max(p[1] for p in keep)
    cx, cy = (west + east) / 2, (south + north) / 2
    w, h = max(east - west, MIN_SPAN), max(north - south, MIN_SPAN)
    w, h = w * (1 + 2 * MARGIN), h * (1 + 2 * MARGIN)
    return [round(max(cx - w / 2, -180), 3), round(max(cy - h / 2, -85), 3),
            round(min(cx + w / 2, 180), 3), round(min(cy + h / 2, 85), 3)]


@bp.get("/api/map/events")
def map_events() -> dict[str, Any]:
    lo = _date("from", upper=False)
    hi = _date("to", upper=True)
    if lo and hi and lo > hi:
        raise ApiError(400, "bad_date", f"from ({lo}) is after to ({hi})")
    type_ = (request.args.get("type") or "").strip() or None
    if type_ and type_ not in EVENT_TYPES:
        raise ApiError(400, "bad_type", f"unknown event type {type_!r}; use one of: {', '.join(EVENT_TYPES)}")
    actor = (request.args.get("actor") or "").strip() or None
    include_all = _flag("all")
    events = []
    for record, row in _rows():
        if not include_all and not row["relevant"]:
            continue
        if type_ and row["type"] != type_:
            continue
        if lo and (row["latest"] or "") < lo:
            continue
        if hi and (row["earliest"] or "9999") > hi:
            continue
        if actor and not _matches_name(actor, record):
            continue
        events.append(row)
    dated = [e for e in events if e["earliest"]]
    points = [(e["lon"], e["lat"]) for e in events]
    return {
        "events": events,
        "count": len(events),
        "undated": len(events) - len(dated),
        "extent": {"from": min((e["earliest"] for e in dated), default=None),
                   "to": max((e["latest"] or e["earliest"] for e in dated), default=None)},
        "bbox": [min(p[0] for p in points), min(p[1] for p in points), max(p[0] for p in points),
                 max(p[1] for p in points)] if points else None,
        "focus": focus_box(points),
        "types": sorted({e["type"] for e in events if e["type"]}),
    }
