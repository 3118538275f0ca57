"""The graph area: its page and its API routes."""

from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("graph", __name__)


@bp.get("/graph")
def page() -> str:
    return render_template("graph.html", page="graph")
