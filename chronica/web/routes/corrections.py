"""The corrections area: its page and its API routes."""

from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("corrections", __name__)


@bp.get("/corrections")
def page() -> str:
    return render_template("corrections.html", page="corrections")
