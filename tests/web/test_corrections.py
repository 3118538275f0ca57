"""HTTP: the corrections API (event edits, the log, undo, entity merge/split/rename, suggested merges)
and its pages; every route's errors in the one JSON shape."""

from __future__ import annotations

from typing import Any

import pytest


def _error(resp: Any, status: int) -> dict[str, Any]:
    assert resp.status_code == status, resp.get_data(as_text=True)
    body = resp.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]  # type: ignore[no-any-return]


def _merged_id(client: Any) -> str:
    from chronica.web.app import workbench

    with client.application.test_request_context():
        return next(e["id"] for e in workbench().all_events() if e.get("members") and e["type"] == "attack")


def test_pages_render(ro_client: Any) -> None:
    eid = _merged_id(ro_client)
    body = ro_client.get(f"/events/{eid}/edit").get_data(as_text=True)
    assert 'for="edit-date"' in body and 'for="edit-type"' in body and 'for="edit-place"' in body
    assert f'href="/?event={eid}"' in body and "event_edit.js" in body and "corrections.css" in body
    page = ro_client.get("/corrections").get_data(as_text=True)
    assert 'id="merge-form"' in page and 'list="entity-list"' in page and "corrections.js" in page
    hostile = ro_client.get('/events/"><script>alert(1)<%2Fscript>/edit').get_data(as_text=True)
    assert "<script>alert(1)" not in hostile


def test_patch_edits_the_event_and_is_logged_and_undone(client: Any) -> None:
    eid = _merged_id(client)
    resp = client.patch(f"/api/events/{eid}", json={"type": "clash", "date": "2014-05", "who": "ana"})
    assert resp.status_code == 200
    out = resp.get_json()
    assert out["event"]["id"] == eid and out["event"]["type"] == "clash" and out["event"]["date"] == "2014-05"
    assert {e["field"] for e in out["event"]["edited"]} == {"type", "date"}
    assert [r["field"] for r in out["recorded"]] == ["date", "type"] and out["recorded"][0]["who"] == "ana"
    form = client.get(f"/api/events/{eid}/edit").get_json()
    assert form["event"]["type"] == "clash" and len(form["edits"]) == 2 and "other" in form["types"]
    log = client.get("/api/corrections").get_json()
    assert log["count"] == 2
    row = log["corrections"][-1]
    assert {"id", "kind", "action", "target", "before", "after", "who", "at", "undone"} <= set(row)
    assert row["kind"] == "event" and row["action"] == "edit" and row["target"] == eid and not row["undone"]
    undone = client.post(f"/api/corrections/{row['id']}/undo").get_json()["undone"]
    assert undone["undone"] and undone["undone_at"]
    assert client.get(f"/api/events/{eid}/edit").get_json()["event"]["type"] == "attack"
    _error(client.post(f"/api/corrections/{row['id']}/undo"), 404)  # not in force any more
    # "who" falls back on the app's analyst
    out = client.patch(f"/api/events/{eid}", json={"place": "Kismayo"}).get_json()
    assert out["recorded"][0]["who"] == "tester" and out["event"]["location"]["place"] == "Kismayo"


@pytest.mark.parametrize("body,words", [
    ({"date": "2015-02-30"}, "calendar"), ({"date": "whenever"}, "EDTF"), ({"type": "picnic"}, "unknown event type"),
    ({"place": "Xyzzyville"}, "unknown place"), ({"killed": 3}, "cannot edit"), ({}, "nothing to edit"),
])
def test_patch_rejects_bad_values(client: Any, body: dict[str, Any], words: str) -> None:
    eid = _merged_id(client)
    err = _error(client.patch(f"/api/events/{eid}", json=body), 400)
    assert words in err["message"]
    assert client.get("/api/corrections").get_json()["count"] == 0


def test_patch_unknown_event_and_bad_body(client: Any) -> None:
    _error(client.patch("/api/events/nope", json={"type": "clash"}), 404)
    _error(client.get("/api/events/nope/edit"), 404)
    eid = _merged_id(client)
    _error(client.patch(f"/api/events/{eid}", data="[1]", content_type="application/json"), 400)
    _error(client.post("/api/corrections/nope/undo"), 404)


def test_merge_split_rename_and_their_errors(client: Any) -> None:
    merged = client.post("/api/entities/merge", json={"refs": ["AMISOM", "ATMIS"], "who": "ana"})
    assert merged.status_code == 200
    rec = merged.get_json()["recorded"]
    assert rec["action"] == "merge" and rec["who"] == "ana" and {e["name"] for e in rec["before"]} == {"AMISOM", "ATMIS"}
    names = {e["name"] for e in client.get("/api/corrections/entities").get_json()["entities"]}
    assert "ATMIS" not in names or "AMISOM" not in names
    assert client.post(f"/api/corrections/{rec['id']}/undo").status_code == 200
    split = client.post("/api/entities/person:daniel/split", json={"name": "Daniel M"}).get_json()["recorded"]
    assert split["action"] == "split" and split["target"] == ["Daniel M"]
    renamed = client.post("/api/entities/org:amisom/rename", json={"name": "AU Mission in Somalia"}).get_json()
    assert renamed["recorded"]["after"] == "AU Mission in Somalia"
    actions = [c["action"] for c in client.get("/api/corrections").get_json()["corrections"]]
    assert actions == ["merge", "split", "rename"]
    _error(client.post("/api/entities/merge", json={"refs": ["AMISOM"]}), 400)
    _error(client.post("/api/entities/merge", json={"refs": "AMISOM"}), 400)
    _error(client.post("/api/entities/merge", json={"refs": ["al-Shabaab", "Godane"]}), 400)
    _error(client.post("/api/entities/merge", json={"refs": ["AMISOM", "Nobody At All"]}), 404)
    _error(client.post("/api/entities/org:amisom/split", json={"name": "Godane"}), 400)
    _error(client.post("/api/entities/org:amisom/split", json={}), 400)
    _error(client.post("/api/entities/nobody-at-all/split", json={"name": "x"}), 404)
    _error(client.post("/api/entities/org:amisom/rename", json={"name": "  "}), 400)


def test_suggestions_reject_accept_and_undo(client: Any) -> None:
    rows = client.get("/api/suggestions").get_json()["suggestions"]
    pairs = {frozenset((s["a"]["id"], s["b"]["id"])) for s in rows}
    assert frozenset(("state:kenya", "state:kenya~7ffef7")) in pairs
    first = rows[0]
    assert {"a", "b", "score", "evidence"} <= set(first) and {"rule", "names", "co_mentions"} <= set(first["evidence"])
    rej = client.post("/api/suggestions/reject", json={"a": "state:kenya", "b": "state:kenya~7ffef7"}).get_json()
    assert rej["recorded"]["action"] == "reject"
    pairs = {frozenset((s["a"]["id"], s["b"]["id"])) for s in client.get("/api/suggestions").get_json()["suggestions"]}
    assert frozenset(("state:kenya", "state:kenya~7ffef7")) not in pairs
    _error(client.post("/api/suggestions/reject", json={"a": "state:kenya", "b": "state:kenya~7ffef7"}), 400)
    client.post(f"/api/corrections/{rej['recorded']['id']}/undo")
    acc = client.post("/api/suggestions/accept", json={"a": "state:uganda", "b": "state:uganda~0f3706"}).get_json()
    assert acc["recorded"]["action"] == "merge"
    ids = {e["id"] for e in client.get("/api/corrections/entities").get_json()["entities"]}
    assert "state:uganda~0f3706" not in ids
    client.post(f"/api/corrections/{acc['recorded']['id']}/undo")
    ids = {e["id"] for e in client.get("/api/corrections/entities").get_json()["entities"]}
    assert "state:uganda~0f3706" in ids
    log = client.get("/api/corrections").get_json()["corrections"]
    assert [c["action"] for c in log] == ["reject", "merge"] and all(c["undone"] for c in log)
    _error(client.post("/api/suggestions/accept", json={"a": "state:kenya"}), 400)
    _error(client.post("/api/suggestions/accept", json={"a": "al-Shabaab", "b": "Godane"}), 400)
    _error(client.post("/api/suggestions/reject", json={"a": "state:kenya", "b": "Nobody At All"}), 404)


def test_reads_and_event_types(ro_client: Any) -> None:
    assert "detention" in ro_client.get("/api/event-types").get_json()["types"]
    assert ro_client.get("/api/corrections").get_json()["count"] == 0
    assert ro_client.get("/api/corrections/entities").get_json()["count"] > 10
    _error(ro_client.delete("/api/corrections"), 405)
