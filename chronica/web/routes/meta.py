"""``/api/health`` and ``/api/meta``: what the store holds, for the layout's header."""

from __future__ import annotations

from typing import Any

from flask import Blueprint

from chronica import __version__

bp = Blueprint("meta", __name__)


@bp.get("/api/health")
def health() -> dict[str, Any]:
    from chronica.web.app import workbench

    return {"ok": True, "version": __version__, "warm": workbench().warm}


@bp.get("/api/meta")
def meta() -> dict[str, Any]:
    from chronica.web.app import workbench

    wb = workbench()

    def build() -> dict[str, Any]:
        events = wb.all_events()
        return {
            "version": __version__,
            "documents": len(wb.store.documents(status="ok")),
            "events": len(events),
            "relevant_events": sum(1 for e in events if e.get("relevant")),
        }

    return {**wb.cached("meta", build), "store_version": wb.version}
