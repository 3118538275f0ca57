"""The app's shell: every page renders in the layout, the API's one error shape, the headers that
keep the browser on this origin, and `chronica serve` / `chronica demo --no-serve`."""

from __future__ import annotations

from typing import Any

import pytest

PAGES = ["/", "/map", "/graph", "/profiles", "/documents", "/chat", "/corrections"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_in_the_layout(ro_client: Any, path: str) -> None:
    resp = ro_client.get(path)
    assert resp.status_code == 200
    body = resp.get_data(as_text=True)
    assert '<nav aria-label="Main">' in body and 'id="main"' in body
    assert "aria-current=\"page\"" in body
    assert "http://" not in body and "https://" not in body  # nothing loaded from elsewhere
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp


def test_health_and_meta(ro_client: Any) -> None:
    assert ro_client.get("/api/health").get_json()["ok"] is True
    meta = ro_client.get("/api/meta").get_json()
    assert meta["documents"] >= 8 and meta["events"] >= meta["relevant_events"] > 0


@pytest.mark.parametrize("method,path", [("get", "/api/nope"), ("post", "/api/health"), ("get", "/api/events/nope")])
def test_one_error_shape(ro_client: Any, method: str, path: str) -> None:
    resp = getattr(ro_client, method)(path)
    assert resp.status_code in (404, 405)
    body = resp.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == resp.status_code
    assert isinstance(body["error"]["code"], str) and body["error"]["message"]
    assert resp.headers["Content-Type"].startswith("application/json")


def test_serve_binds_loopback_and_answers(demo_db: Any) -> None:
    import threading
    import urllib.request

    from chronica.web.server import make_server

    server = make_server(str(demo_db), "127.0.0.1", 0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.effective_port}/api/health", timeout=10) as resp:
            assert resp.status == 200
    finally:
        server.close()


def test_serve_help_names_the_defaults() -> None:
    from click.testing import CliRunner

    from chronica.cli import main

    out = CliRunner().invoke(main, ["serve", "--help"])
    assert out.exit_code == 0 and "127.0.0.1" in out.output and "8000" in out.output
    out = CliRunner().invoke(main, ["demo", "--help"])
    assert "--no-serve" in out.output
