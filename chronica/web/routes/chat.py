"""The chat area: its page and its API routes."""

from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("chat", __name__)


@bp.get("/chat")
def page() -> str:
    return render_template("chat.html", page="chat")
