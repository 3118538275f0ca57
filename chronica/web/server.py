"""Serving the app: waitress (a pure-Python WSGI server) in one process, bound to loopback by default."""

from __future__ import annotations

import socket
import threading
import webbrowser
from collections.abc import Callable
from typing import Any

from chronica.store import Store
from chronica.web.app import create_app

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def free_port(host: str = DEFAULT_HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def make_server(store: Store | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, threads: int = 6,
                who: str | None = None) -> Any:
    """A waitress server over the app (not yet running): ``.run()`` serves until ``.close()``.
    Port 0 picks a free port; the server's ``.effective_port`` tells which."""
    from waitress.server import create_server

    app = create_app(store, who=who)
    server = create_server(app, host=host, port=port, threads=threads, ident="chronica",
                           clear_untrusted_proxy_headers=True)
    server.chronica_app = app  # the Flask app itself (waitress may wrap it in middleware)
    # build the event views while the first page loads, not on the first API request
    threading.Thread(target=_warm, args=(app,), daemon=True, name="chronica-warm").start()
    return server


WARM_PATHS = ("/api/events", "/api/events/facets", "/api/meta", "/api/map/events", "/api/graph")


def _warm(app: Any) -> None:
    """Build the views the pages ask for first (events, timeline rows, facets, map, graph) by asking for
    them once in-process; ``/api/health`` says ``"warm": true`` when done."""
    wb = app.extensions["chronica"]
    try:
        client = app.test_client()
        for path in WARM_PATHS:
            client.get(path)
    except Exception:  # a broken store shows its error on the first real request instead
        pass
    finally:
        wb.warm = True


def serve(store: Store | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, open_browser: bool = False,
          announce: Callable[[str], None] = print, who: str | None = None) -> None:
    """Serve until interrupted; prints the URL (and opens it in a browser when asked and one exists)."""
    server = make_server(store, host, port, who=who)
    url = f"http://{host if ':' not in host else '[' + host + ']'}:{server.effective_port}/"
    announce(f"chronica workbench at {url} (Ctrl+C stops it)")
    if open_browser:
        threading.Timer(0.5, _open, args=(url, announce)).start()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def _open(url: str, announce: Callable[[str], None]) -> None:
    try:
        opened = webbrowser.open(url)
    except Exception:
        opened = False
    if not opened:
        announce(f"no browser found here: open {url} yourself")
