"""The graph area: the relationship network page and ``/api/graph``."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request

from chronica.web import graph_data

bp = Blueprint("graph", __name__)


@bp.get("/graph")
def page() -> str:
    return render_template("graph.html", page="graph")


def _int_arg(name: str) -> int | None:
    value = request.args.get(name, "").strip()
    if not value:
        return None
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"bad {name} {value!r}: a whole number") from None
    if number < 0:
        raise ValueError(f"bad {name} {value!r}: not negative")
    return number


@bp.get("/api/graph")
def graph() -> dict[str, Any]:
    """Nodes and edges of the network, optionally as it stood at ``at`` (see chronica.web.graph_data)."""
    from chronica.web.app import workbench

    at = graph_data.parse_at(request.args.get("at"))
    kinds = graph_data.parse_list(request.args.get("kinds"), graph_data.KINDS, "kind")
    relations = graph_data.parse_list(request.args.get("relations"), graph_data.RELATIONS, "relation")
    min_mentions = _int_arg("min_mentions")
    undated = request.args.get("undated", "") in ("1", "true", "yes")
    wb = workbench()
    full = wb.cached("graph:full", lambda: graph_data.build_graph(wb.store))
    return graph_data.select(full, at=at, kinds=kinds, relations=relations, min_mentions=min_mentions,
                             undated=undated)
