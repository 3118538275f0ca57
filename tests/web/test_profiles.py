"""/api/profiles (the index), /api/profiles/<ref> (the dossier, by id, name or alias), the pages, 404s in
the one error shape, and a hostile name that stays text. The ISKP seed store, when the seeds are here,
checks the seven emirs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

SEEDS = Path("/work/shared/corpus/seeds")
HOSTILE = "<script>alert(1)</script> al-Qaeda"


def test_index_shape_and_filters(ro_client: Any) -> None:
    body = ro_client.get("/api/profiles").get_json()
    assert body["total"] == len(body["entities"]) == body["all"] > 0
    for e in body["entities"]:
        assert {"id", "name", "kind", "mentions", "docs", "aliases"} <= set(e) and isinstance(e["aliases"], list)
    assert body["entities"][0]["name"] == "al-Shabaab"  # most mentioned first
    people = ro_client.get("/api/profiles?kind=person").get_json()["entities"]
    assert people and all(e["kind"] == "person" for e in people)
    hits = ro_client.get("/api/profiles?q=shabab").get_json()["entities"]  # an alias, folded
    assert [e["id"] for e in hits][:1] == ["org:al-shabaab"]
    assert ro_client.get("/api/profiles?q=zzzz-nobody").get_json()["entities"] == []


def test_index_bad_kind_is_400(ro_client: Any) -> None:
    resp = ro_client.get("/api/profiles?kind=army")
    assert resp.status_code == 400 and resp.get_json()["error"]["code"] == "bad_request"


@pytest.mark.parametrize("ref", ["org:al-shabaab", "al-Shabaab", "Harakat al-Shabaab al-Mujahideen"])
def test_dossier_by_id_name_or_alias(ro_client: Any, ref: str) -> None:
    resp = ro_client.get(f"/api/profiles/{ref}")
    assert resp.status_code == 200
    p = resp.get_json()
    assert p["id"] == "org:al-shabaab" and p["kind"] == "org"
    assert {"name", "aliases", "leaders", "estimates", "relations", "events", "designations", "contested",
            "document_list"} <= set(p)
    godane = next(t for t in p["leaders"] if t["person"] == "Ahmed Abdi Godane")
    assert (godane["start"], godane["end"], godane["end_reason"]) == ("2008~", "2014-09-01", "killed")
    assert godane["start_range"] == ["2008-01-01", "2008-12-31"] and godane["end_range"] == ["2014-09-01", "2014-09-01"]
    for t in p["leaders"]:
        assert {"person", "role", "order", "start", "end", "end_reason", "sources"} <= set(t) and t["sources"]
    assert p["estimates"], "the sample profile states strength estimates"
    for e in p["estimates"]:
        assert {"low", "high", "unit", "as_of", "by", "sources", "as_of_range"} <= set(e)
    for r in p["relations"]:
        assert {"relation", "direction", "other", "start", "end", "sources"} <= set(r)
    for s in godane["sources"]:
        assert {"doc_id", "start", "end", "quote"} <= set(s)


def test_unknown_profile_is_404(ro_client: Any) -> None:
    resp = ro_client.get("/api/profiles/nobody-at-all-here")
    assert resp.status_code == 404
    body = resp.get_json()
    assert set(body) == {"error"} and body["error"]["status"] == 404 and body["error"]["code"] == "not_found"
    assert ro_client.get("/profiles/nobody-at-all-here").status_code == 404


def test_pages_render(ro_client: Any) -> None:
    index = ro_client.get("/profiles").get_data(as_text=True)
    assert 'id="profiles-q"' in index and "profiles.js" in index
    page = ro_client.get("/profiles/al-Shabaab")
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert 'data-ref="org:al-shabaab"' in body and "profile.js" in body and "<h1 id=\"profile-name\">al-Shabaab</h1>" in body


def test_hostile_name_is_escaped(client: Any, app: Any) -> None:
    from chronica.knowledge import corrections

    wb = app.extensions["chronica"]
    corrections.rename(wb.store, "org:al-qaeda", HOSTILE, who="tester")
    wb.changed()
    p = client.get("/api/profiles/org:al-qaeda").get_json()
    assert p["name"] == HOSTILE  # data, as given
    html = client.get("/profiles/org:al-qaeda").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; al-Qaeda" in html
    names = {n["id"]: n["name"] for n in client.get("/api/graph").get_json()["nodes"]}
    assert names["org:al-qaeda"] == HOSTILE


@pytest.fixture(scope="module")
def seeds_client(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if not SEEDS.is_dir() or not any(SEEDS.iterdir()):
        pytest.skip(f"no seed documents in {SEEDS}")
    from chronica.api import ingest
    from chronica.knowledge.build import update
    from chronica.store import Store
    from chronica.web import create_app

    store = Store.open(str(tmp_path_factory.mktemp("seeds") / "seeds.db"))
    list(ingest(store, [str(SEEDS)]))
    update(store)
    yield create_app(store, testing=True).test_client()
    store.close()


def test_iskp_has_seven_emirs_in_order(seeds_client: Any) -> None:
    p = seeds_client.get("/api/profiles/ISKP").get_json()
    emirs = [t for t in p["leaders"] if t["order"] is not None]
    assert [t["order"] for t in emirs] == [1, 2, 3, 4, 5, 6, 7]
    assert emirs[0]["person"] == "Hafiz Saeed Khan" and emirs[-1]["end"] is None
    assert seeds_client.get("/api/graph?at=2016-01").get_json()["edges"]
