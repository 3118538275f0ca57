"""The documents area: its page and its API routes."""

from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("documents", __name__)


@bp.get("/documents")
def page() -> str:
    return render_template("documents.html", page="documents")
