"""The map area: its page and its API routes."""

from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("map", __name__)


@bp.get("/map")
def page() -> str:
    return render_template("map.html", page="map")
