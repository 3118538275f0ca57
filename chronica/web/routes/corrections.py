"""The corrections area: the event edit form, the log of every correction with undo, suggested merges,
and the entity merge / split / rename API. Every write calls ``workbench().changed()``."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request

from chronica.web.errors import ApiError

bp = Blueprint("corrections", __name__)


def _body() -> dict[str, Any]:
    data = request.get_json(silent=True)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ApiError(400, "bad_request", "the body must be a JSON object")
    return data


def _who(body: dict[str, Any]) -> str:
    from chronica.web.app import workbench

    who = body.get("who")
    if isinstance(who, str) and who.strip():
        return who.strip()[:80]
    return workbench().who or "analyst"


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ApiError(400, "bad_request", f"give {key!r} as a non-empty string")
    return value.strip()


@bp.get("/corrections")
def page() -> str:
    return render_template("corrections.html", page="corrections")


@bp.get("/events/<event_id>/edit")
def edit_page(event_id: str) -> str:
    return render_template("event_edit.html", page="corrections", event_id=event_id)


@bp.patch("/api/events/<event_id>")
def edit_event(event_id: str) -> dict[str, Any]:
    """{"date"?, "type"?, "place"?, "who"?} -> {"event": the updated record, "recorded": the edits}."""
    from chronica.knowledge import event_edits
    from chronica.web.app import workbench

    body = _body()
    wb = workbench()
    index = wb.event_index()
    if event_id not in index:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    changes: dict[str, Any] = {k: body[k] for k in ("date", "type", "place") if k in body}
    extra = sorted(set(body) - {"date", "type", "place", "who"})
    if extra:
        raise ApiError(400, "bad_request", f"cannot edit {', '.join(extra)}: an event's date, type or place can be edited")
    recorded = event_edits.edit_event(wb.store, event_id, changes, _who(body), records=[index[event_id]])
    wb.changed()
    updated = event_edits.find_record(wb.store, event_id, wb.all_events()) if recorded else index[event_id]
    return {"event": updated, "recorded": [_edit_json(r) for r in recorded]}


def _edit_json(row: dict[str, Any]) -> dict[str, Any]:
    from chronica.knowledge.event_edits import iso

    return {"id": row["id"], "kind": "event", "action": "edit", "target": row["event_id"], "members": row["members"],
            "field": row["field"], "before": row["before"], "after": row["after"], "who": row.get("who"),
            "at": iso(row["at"]), "undone": False, "undone_at": None}


@bp.get("/api/events/<event_id>/edit")
def edit_form(event_id: str) -> dict[str, Any]:
    """What the edit form shows: {"event": the record, "types": the types it may take, "edits": the
    corrections of it (in force or undone)}."""
    from chronica.knowledge.event_edits import correction_log, event_types
    from chronica.web.app import workbench

    wb = workbench()
    record = wb.event_index().get(event_id)
    if record is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    members = set(record.get("members") or [record["id"]])
    edits = [r for r in correction_log(wb.store) if r["kind"] == "event" and members & set(r.get("members") or [])]
    return {"event": record, "types": list(event_types()), "edits": edits}


@bp.get("/api/event-types")
def event_types() -> dict[str, Any]:
    from chronica.knowledge.event_edits import event_types as types

    return {"types": list(types())}


@bp.get("/api/corrections")
def corrections_log() -> dict[str, Any]:
    from chronica.knowledge.event_edits import correction_log
    from chronica.web.app import workbench

    rows = correction_log(workbench().store)
    return {"corrections": rows, "count": len(rows)}


@bp.post("/api/corrections/<correction_id>/undo")
def undo(correction_id: str) -> dict[str, Any]:
    from chronica.knowledge.event_edits import correction_log, undo_any
    from chronica.web.app import workbench

    wb = workbench()
    undo_any(wb.store, correction_id)  # NotFoundError -> 404
    wb.changed()
    row = next(r for r in correction_log(wb.store) if r["id"] == correction_id)
    return {"undone": row}


def _entity_row(row: dict[str, Any]) -> dict[str, Any]:
    from chronica.knowledge.event_edits import correction_log
    from chronica.web.app import workbench

    return next(r for r in correction_log(workbench().store) if r["id"] == row["id"])


@bp.post("/api/entities/merge")
def merge() -> dict[str, Any]:
    from chronica.knowledge import corrections
    from chronica.web.app import workbench

    body = _body()
    refs = body.get("refs")
    if not isinstance(refs, list) or not all(isinstance(r, str) and r.strip() for r in refs):
        raise ApiError(400, "bad_request", "give 'refs' as a list of two or more entity ids or names")
    wb = workbench()
    row = corrections.merge(wb.store, [r.strip() for r in refs], _who(body))
    wb.changed()
    return {"recorded": _entity_row(row)}


@bp.post("/api/entities/<path:entity_id>/split")
def split(entity_id: str) -> dict[str, Any]:
    from chronica.knowledge import corrections
    from chronica.knowledge.profile import find_entity
    from chronica.web.app import workbench

    body = _body()
    name = _text(body, "name")
    wb = workbench()
    ent = find_entity(wb.store, entity_id)
    if name not in ent["aliases"]:
        raise ApiError(400, "bad_request", f"{ent['name']!r} is not written {name!r}: split one of its names")
    row = corrections.split(wb.store, name, _who(body))
    wb.changed()
    return {"recorded": _entity_row(row)}


@bp.post("/api/entities/<path:entity_id>/rename")
def rename(entity_id: str) -> dict[str, Any]:
    from chronica.knowledge import corrections
    from chronica.knowledge.profile import find_entity
    from chronica.web.app import workbench

    body = _body()
    name = _text(body, "name")
    wb = workbench()
    ent = find_entity(wb.store, entity_id)
    row = corrections.rename(wb.store, ent["id"], name, _who(body))
    wb.changed()
    return {"recorded": _entity_row(row)}


@bp.get("/api/suggestions")
def suggestions() -> dict[str, Any]:
    from chronica.knowledge.suggestions import suggest
    from chronica.web.app import workbench

    wb = workbench()
    rows = wb.cached("corrections:suggestions", lambda: suggest(wb.store))
    return {"suggestions": rows, "count": len(rows)}


@bp.get("/api/corrections/entities")
def entity_choices() -> dict[str, Any]:
    """Every entity (id, name, kind, aliases) for the merge and split pickers."""
    from chronica.knowledge import storage
    from chronica.web.app import workbench

    wb = workbench()
    rows = wb.cached("corrections:entities", lambda: [
        {"id": e["id"], "name": e["name"], "kind": e["kind"], "aliases": e["aliases"], "mentions": e["mentions"]}
        for e in storage.load_entities(wb.store)])
    return {"entities": rows, "count": len(rows)}


@bp.post("/api/suggestions/accept")
def accept() -> dict[str, Any]:
    from chronica.knowledge import suggestions
    from chronica.web.app import workbench

    body = _body()
    wb = workbench()
    row = suggestions.accept(wb.store, _text(body, "a"), _text(body, "b"), _who(body))
    wb.changed()
    return {"recorded": _entity_row(row)}


@bp.post("/api/suggestions/reject")
def reject() -> dict[str, Any]:
    from chronica.knowledge import suggestions
    from chronica.web.app import workbench

    body = _body()
    wb = workbench()
    row = suggestions.reject(wb.store, _text(body, "a"), _text(body, "b"), _who(body))
    wb.changed()
    return {"recorded": _entity_row(row)}
