"""The profiles area: the index of groups, people and states, one dossier page per entity, and
``/api/profiles`` / ``/api/profiles/<ref>`` (ref: an entity id, a name or an alias)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template, request

from chronica.errors import NotFoundError
from chronica.knowledge import storage
from chronica.knowledge.profile import _norm, find_entity, profile
from chronica.time.edtf import bounds
from chronica.web import graph_data

bp = Blueprint("profiles", __name__)


@bp.get("/profiles")
def page() -> str:
    return render_template("profiles.html", page="profiles")


@bp.get("/profiles/<path:ref>")
def profile_page(ref: str) -> Any:
    from chronica.web.app import workbench

    try:
        ent = find_entity(workbench().store, ref)
    except NotFoundError:
        abort(404)
    return render_template("profile.html", page="profiles", entity=ent, ref=ent["id"])


@bp.get("/api/profiles")
def index() -> dict[str, Any]:
    """Entities for the index page: {"entities": [{id, name, kind, mentions, docs, aliases}], "total"}."""
    from chronica.web.app import workbench

    kinds = graph_data.parse_list(request.args.get("kind"), graph_data.KINDS, "kind")
    q = _norm(request.args.get("q", ""))
    wb = workbench()
    ents = wb.cached("profiles:entities", lambda: storage.load_entities(wb.store))
    rows = []
    for e in ents:
        if kinds and e["kind"] not in kinds:
            continue
        if q and not any(q in _norm(a) for a in [e["name"], *e["aliases"]]):
            continue
        rows.append({"id": e["id"], "name": e["name"], "kind": e["kind"], "mentions": e["mentions"],
                     "docs": len(e["docs"]), "aliases": [a for a in e["aliases"] if a != e["name"]]})
    rows.sort(key=lambda r: (-r["mentions"], r["name"].lower(), r["id"]))
    return {"entities": rows, "total": len(rows), "all": len(ents)}


def _with_ranges(row: dict[str, Any], *fields: str) -> dict[str, Any]:
    """Add ``<field>_range`` [earliest, latest] day of each EDTF field, for drawing it on a time axis."""
    for f in fields:
        lo, hi = bounds(row.get(f)) if row.get(f) else (None, None)
        row[f"{f}_range"] = [lo, hi]
    return row


@bp.get("/api/profiles/<path:ref>")
def dossier(ref: str) -> dict[str, Any]:
    """chronica.knowledge.profile.profile() of the entity, with day ranges for the charts."""
    from chronica.web.app import workbench

    wb = workbench()
    ent = find_entity(wb.store, ref)  # NotFoundError -> 404

    def build() -> dict[str, Any]:
        p = profile(wb.store, ent["id"])
        for t in p["leaders"]:
            _with_ranges(t, "start", "end")
        for r in p["roles"]:
            _with_ranges(r, "start", "end")
        for e in p["estimates"]:
            _with_ranges(e, "as_of")
        for r in p["relations"]:
            _with_ranges(r, "start", "end")
        names = {d["id"]: d for d in wb.store.documents()}
        p["document_list"] = [{"doc_id": d, "doc": (names[d].get("title") or names[d]["source"].rsplit("/", 1)[-1])
                               if d in names else d} for d in p["documents"]]
        return p

    return wb.cached(f"profile:{ent['id']}", build)
