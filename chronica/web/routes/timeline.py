"""The timeline area: its page and its API routes."""

from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("timeline", __name__)


@bp.get("/")
def page() -> str:
    return render_template("timeline.html", page="timeline")
