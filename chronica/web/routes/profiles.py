"""The profiles area: its page and its API routes."""

from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("profiles", __name__)


@bp.get("/profiles")
def page() -> str:
    return render_template("profiles.html", page="profiles")
