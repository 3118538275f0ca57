"""/api/graph: nodes and edges of the relationship network, the edges in force at a date, the filters,
and the one error shape for bad parameters; quotes with markup come back as plain data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

GODANE = "person:ahmed-abdi-godane|leader_of|org:al-shabaab"  # 2008~ to 2014-09-01 in the sample corpus
DIRIYE = "person:ahmad-umar|leader_of|org:al-shabaab"  # Ahmad Umar, also known as Ahmed Diriye  # from 2014-09-06, no end stated
ALLEGIANCE = "org:al-shabaab|allegiance_to|org:al-qaeda"  # from 2006


def _edges(client: Any, query: str = "") -> dict[str, dict[str, Any]]:
    resp = client.get(f"/api/graph{query}")
    assert resp.status_code == 200, resp.get_json()
    return {e["id"]: e for e in resp.get_json()["edges"]}


def test_graph_shape(ro_client: Any) -> None:
    body = ro_client.get("/api/graph").get_json()
    assert {"nodes", "edges", "extent", "at", "relations", "kinds"} <= set(body)
    assert body["at"] is None
    node_ids = {n["id"] for n in body["nodes"]}
    for n in body["nodes"]:
        assert {"id", "name", "kind", "mentions", "aliases", "docs"} <= set(n)
        assert n["kind"] in ("org", "person", "state") and isinstance(n["aliases"], int)
    assert body["edges"], "the sample corpus states relations"
    for e in body["edges"]:
        assert {"id", "source", "target", "relation", "start", "end", "sources", "undated", "directed"} <= set(e)
        assert e["source"] in node_ids and e["target"] in node_ids
        assert e["relation"] in body["relations"]
        for s in e["sources"]:
            assert {"doc_id", "start", "end", "quote"} <= set(s) and s["end"] > s["start"]
    edges = {e["id"]: e for e in body["edges"]}
    godane = edges[GODANE]
    assert (godane["start"], godane["end"]) == ("2008~", "2014-09-01")
    assert len(godane["sources"]) >= 2  # several passages, one edge
    assert body["extent"]["start"] <= "2006-01-01" and body["extent"]["end"] >= "2014-09-06"


def test_at_keeps_the_edges_in_force(ro_client: Any) -> None:
    at_2010 = _edges(ro_client, "?at=2010-06-01")
    assert GODANE in at_2010 and ALLEGIANCE in at_2010 and DIRIYE not in at_2010
    at_2015 = _edges(ro_client, "?at=2015")
    assert GODANE not in at_2015 and DIRIYE in at_2015 and ALLEGIANCE in at_2015
    assert ALLEGIANCE not in _edges(ro_client, "?at=2005-12")
    # the day after Godane was killed: he no longer leads; Diriye is not yet named
    sept = _edges(ro_client, "?at=2014-09-03")
    assert GODANE not in sept and DIRIYE not in sept
    assert all(not e["undated"] for e in at_2010.values())
    with_undated = _edges(ro_client, "?at=2010&undated=1")
    assert any(e["undated"] for e in with_undated.values()) and GODANE in with_undated
    assert any(e["undated"] for e in _edges(ro_client).values())


def test_nodes_follow_the_edges_and_the_threshold(ro_client: Any) -> None:
    body = ro_client.get("/api/graph?at=2015").get_json()
    linked = {x for e in body["edges"] for x in (e["source"], e["target"])}
    assert {n["id"] for n in body["nodes"]} == linked
    body = ro_client.get("/api/graph?at=2015&min_mentions=9").get_json()
    ids = {n["id"] for n in body["nodes"]}
    assert "org:amisom" in ids  # 16 mentions, no relation stated
    assert all(n["mentions"] >= 9 or n["id"] in linked for n in body["nodes"])


def test_kind_and_relation_filters(ro_client: Any) -> None:
    orgs = ro_client.get("/api/graph?kinds=org").get_json()
    assert orgs["nodes"] and all(n["kind"] == "org" for n in orgs["nodes"])
    assert set(_edges(ro_client, "?kinds=org")) == {ALLEGIANCE}
    only = _edges(ro_client, "?relations=allegiance_to")
    assert only and all(e["relation"] == "allegiance_to" for e in only.values())


@pytest.mark.parametrize("query", ["?at=2014-13", "?at=yesterday", "?at=2014-02-30", "?at=14", "?kinds=org,army",
                                   "?relations=hates", "?min_mentions=many", "?min_mentions=-1"])
def test_bad_parameters_are_400_in_one_shape(ro_client: Any, query: str) -> None:
    resp = ro_client.get(f"/api/graph{query}")
    assert resp.status_code == 400
    body = resp.get_json()
    assert set(body) == {"error"} and body["error"]["status"] == 400 and body["error"]["code"] == "bad_request"
    assert body["error"]["message"]


def test_the_page_renders(ro_client: Any) -> None:
    body = ro_client.get("/graph").get_data(as_text=True)
    assert 'id="graph-svg"' in body and 'id="time-slider"' in body and "graph.js" in body and "graph.css" in body


def test_hostile_quote_is_returned_as_data(client: Any, app: Any, tmp_path: Path) -> None:
    from chronica.api import ingest
    from chronica.knowledge.build import update

    doc = tmp_path / "hostile.txt"
    doc.write_text("Mogadishu, 3 March 2019 -- Hizbul Islam pledged allegiance to al-Shabaab in 2010 "
                   "<script>alert(1)</script> according to a statement.\n", encoding="utf-8")
    wb = app.extensions["chronica"]
    list(ingest(wb.store, [str(doc)]))
    update(wb.store)
    wb.changed()
    edges = _edges(client, "?at=2012")
    edge = edges["org:hizbul-islam|allegiance_to|org:al-shabaab"]
    assert "<script>alert(1)</script>" in edge["sources"][0]["quote"]
    assert edge["start"] == "2010"
