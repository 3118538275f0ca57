"""The Flask application: ``create_app(store)``. Pages are Jinja templates (autoescaped) over one shared
layout; their scripts are the package's own files in ``static/`` and fetch the JSON API under ``/api/``.
No request ever leaves the machine: the Content-Security-Policy allows this origin only."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, current_app, g, request

from chronica.store import Store
from chronica.web import errors
from chronica.web.routes import AREAS
from chronica.web.workbench import Workbench

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

NAV = (
    ("timeline", "/", "Timeline"),
    ("map", "/map", "Map"),
    ("graph", "/graph", "Graph"),
    ("profiles", "/profiles", "Profiles"),
    ("documents", "/documents", "Documents"),
    ("chat", "/chat", "Ask"),
    ("corrections", "/corrections", "Corrections"),
)


def create_app(store: Store | str, *, who: str | None = None, testing: bool = False) -> Flask:
    """The workbench app over ``store`` (a :class:`Store` or a path/URL to open). ``who`` names the
    analyst recorded on corrections made without a name of their own."""
    if isinstance(store, str):
        store = Store.open(store)
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config.update(TESTING=testing, JSON_SORT_KEYS=False, MAX_CONTENT_LENGTH=1 << 20)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["chronica"] = Workbench(store, who=who)
    errors.install(app)
    for blueprint in AREAS:
        app.register_blueprint(blueprint)

    @app.context_processor
    def _layout() -> dict[str, Any]:
        return {"nav": NAV}

    @app.after_request
    def _headers(resp: Response) -> Response:
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        if request.path.startswith("/api/"):
            resp.headers.setdefault("Cache-Control", "no-store")
        return resp

    return app


def workbench() -> Workbench:
    """The current app's :class:`Workbench` (inside a request)."""
    wb = g.get("_chronica_wb")
    if wb is None:
        wb = g._chronica_wb = current_app.extensions["chronica"]
    return wb  # type: ignore[no-any-return]
