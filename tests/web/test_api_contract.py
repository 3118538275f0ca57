"""Every route of the API, enumerated from the app itself (so a new route cannot slip by): JSON answers,
and every failure (unknown id, malformed body, wrong method) in the one error shape."""

from __future__ import annotations

import re
from typing import Any

import pytest

from chronica.web import create_app

ERROR_KEYS = {"status", "code", "message"}


def _rules() -> list[tuple[str, str]]:
    from chronica.store import Store

    app = create_app(Store.open("sqlite://"), testing=True)
    out = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/"):
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            out.append((method, rule.rule))
    return sorted(out, key=lambda r: (r[1], r[0]))


RULES = _rules()


def _fill(rule: str, value: str) -> str:
    return re.sub(r"<(?:\w+:)?\w+>", value, rule)


def _is_error(resp: Any) -> None:
    body = resp.get_json()
    assert resp.headers["Content-Type"].startswith("application/json"), resp.headers["Content-Type"]
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS, body
    assert body["error"]["status"] == resp.status_code
    assert body["error"]["message"] and "\n" not in body["error"]["message"]


def test_the_api_has_the_routes_the_pages_use() -> None:
    paths = {r for _, r in RULES}
    for needed in ("/api/events", "/api/events/<event_id>", "/api/documents/<ref>", "/api/search", "/api/graph",
                   "/api/profiles/<path:ref>", "/api/map/events", "/api/boundaries", "/api/ask",
                   "/api/corrections", "/api/suggestions"):
        assert needed in paths


@pytest.mark.parametrize("method,rule", [r for r in RULES if r[0] == "GET" and "<" not in r[1]])
def test_every_plain_get_answers_json(ro_client: Any, method: str, rule: str) -> None:
    resp = ro_client.get(rule)
    if resp.status_code == 400:  # a route that needs a parameter (search's q) says so in the one shape
        _is_error(resp)
        return
    assert resp.status_code == 200, (rule, resp.get_data(as_text=True)[:200])
    assert resp.headers["Content-Type"].startswith(("application/json", "application/geo+json"))
    assert resp.headers["Cache-Control"]


@pytest.mark.parametrize("method,rule", [r for r in RULES if "<" in r[1]])
def test_every_unknown_id_is_a_404_in_the_one_shape(client: Any, method: str, rule: str) -> None:
    resp = client.open(_fill(rule, "no-such-thing-0000"), method=method, json={"name": "x", "type": "attack"})
    assert resp.status_code in (400, 404), (method, rule, resp.status_code)
    _is_error(resp)


@pytest.mark.parametrize("method,rule", [r for r in RULES if r[0] in ("POST", "PATCH")])
def test_every_write_refuses_a_body_that_is_not_json(client: Any, method: str, rule: str) -> None:
    resp = client.open(_fill(rule, "no-such-thing-0000"), method=method, data="{not json",
                       content_type="application/json")
    assert 400 <= resp.status_code < 500
    _is_error(resp)


@pytest.mark.parametrize("method,rule", [r for r in RULES if r[0] == "GET" and "<" not in r[1]][:6])
def test_a_wrong_method_is_a_405_in_the_one_shape(ro_client: Any, method: str, rule: str) -> None:
    resp = ro_client.delete(rule)
    assert resp.status_code == 405
    _is_error(resp)
