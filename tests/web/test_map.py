"""The map area without a browser: the boundary simplifier and build script, the shipped boundary
files, and the two API routes (/api/boundaries, /api/map/events) with their error shape."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from chronica.web import boundaries

ROOT = Path(__file__).resolve().parents[2]


def _build_module() -> Any:
    spec = importlib.util.spec_from_file_location("build_boundaries", ROOT / "scripts" / "build_boundaries.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_boundaries"] = module
    spec.loader.exec_module(module)
    return module


def _error(resp: Any, status: int) -> dict[str, Any]:
    assert resp.status_code == status
    body = resp.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]  # type: ignore[no-any-return]


# --- geometry ---------------------------------------------------------------------------------------

def test_douglas_peucker_drops_points_within_tolerance() -> None:
    line = [(0.0, 0.0), (1.0, 0.004), (2.0, -0.003), (3.0, 0.0), (4.0, 2.0), (5.0, 0.0)]
    assert boundaries.simplify(line, 0.01) == [(0.0, 0.0), (3.0, 0.0), (4.0, 2.0), (5.0, 0.0)]
    assert boundaries.simplify(line, 0.0) == line
    assert boundaries.simplify(line, 10) == [(0.0, 0.0), (5.0, 0.0)]


def test_ring_simplification_keeps_a_closed_ring() -> None:
    square = [(0.0, 0.0), (0.5, 0.001), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)]
    out = boundaries.round_ring(boundaries.simplify_ring(square, 0.01))
    assert out[0] == out[-1] and len(out) == 5
    assert abs(boundaries.ring_area(out)) == pytest.approx(1.0)
    assert boundaries.in_ring((0.5, 0.5), out) and not boundaries.in_ring((1.5, 0.5), out)
    assert boundaries.ring_centroid(out) == pytest.approx((0.5, 0.5))
    assert boundaries.round_ring([(0.123, -0.001), (1.0, 0.0), (1.0, 1.0)]) == [
        (0.12, 0.0), (1.0, 0.0), (1.0, 1.0), (0.12, 0.0)]


def test_build_script_is_deterministic(tmp_path: Path) -> None:
    build = _build_module()
    adm1 = tmp_path / "adm1.geojson"
    ring = [[60.0 + i * 0.001, 30.0 + (i % 2) * 0.0001] for i in range(50)] + [[60.05, 31.0], [60.0, 30.0]]
    adm1.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"shapeName": "Ghanzi", "shapeISO": "AF_GHA"},
         "geometry": {"type": "Polygon", "coordinates": [ring]}}]}))
    one = build.afg_adm1(adm1, 0.01)
    two = build.afg_adm1(adm1, 0.01)
    assert json.dumps(one) == json.dumps(two)
    feat = one["features"][0]
    assert feat["id"] == "AF-GHA" and feat["properties"]["name"] == "Ghazni"  # the source's typo, fixed
    coords = feat["geometry"]["coordinates"][0][0]
    assert len(coords) < 10 and coords[0] == coords[-1]


def test_build_script_reads_a_shapefile(tmp_path: Path) -> None:
    shapefile = pytest.importorskip("shapefile")  # pyshp: a build-time tool, not a dependency
    build = _build_module()
    shp = tmp_path / "tiny.shp"
    writer = shapefile.Writer(str(shp), shapeType=shapefile.POLYGON)
    writer.field("name", "C")
    writer.field("iso_a3", "C")
    # outer ring clockwise (shapefile convention) with a hole, plus an island
    writer.poly([[(40, 0), (40, 10), (50, 10), (50, 0), (40, 0)], [(44, 4), (46, 4), (46, 6), (44, 6), (44, 4)],
                 [(52, 0), (52, 1), (53, 1), (53, 0), (52, 0)]])
    writer.record("Somalia", "SOM")
    writer.poly([[(30, 0), (30, 5), (35, 5), (35, 0), (30, 0)]])
    writer.record("Somaliland", "SOL")
    writer.close()
    first = build.countries(shp, 0.02)
    assert json.dumps(first) == json.dumps(build.countries(shp, 0.02))
    by_id = {f["id"]: f for f in first["features"]}
    som = by_id["SOM"]
    assert som["properties"]["iso_a2"] == "SO" and som["properties"]["bbox"] == [40.0, 0.0, 53.0, 10.0]
    polys = som["geometry"]["coordinates"]
    assert len(polys) == 2 and len(polys[0]) == 2  # the big polygon keeps its hole
    assert boundaries.ring_area([tuple(p) for p in polys[0][0]]) > 0  # outer rings counter-clockwise
    assert by_id["SOL"]["properties"]["iso_a2"] is None


# --- shipped data -----------------------------------------------------------------------------------

def test_shipped_boundaries_load_and_stay_small() -> None:
    world = boundaries.load("countries")
    a2 = {f["properties"]["iso_a2"] for f in world["features"]}
    assert {"SO", "KE", "AF", "PK", "ET", "IR"} <= a2
    assert len(world["features"]) > 150
    prov = boundaries.load("afg-adm1")
    names = {f["properties"]["name"] for f in prov["features"]}
    assert len(names) == 34 and {"Nangarhar", "Helmand", "Ghazni", "Kabul", "Kunar"} <= names
    dist = boundaries.load("afg-adm2")
    assert len(dist["features"]) == 398 and {f["properties"]["province"] for f in dist["features"]} == names
    achin = [f for f in dist["features"] if f["properties"]["name"] in ("Achin", "Acheen")]
    assert achin and achin[0]["properties"]["province"] == "Nangarhar"
    for f in [*world["features"], *prov["features"], *dist["features"]]:
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                assert ring[0] == ring[-1] and len(ring) >= 4
                assert all(round(x, 2) == x and round(y, 2) == y for x, y in ring)
    assert boundaries.data_size() < 600_000
    total = sum(p.stat().st_size for p in (ROOT / "chronica" / "web" / "data").iterdir())
    assert total < 600_000


def test_unknown_level_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        boundaries.payload("moon")


# --- routes -----------------------------------------------------------------------------------------

def test_boundaries_route_caches(ro_client: Any) -> None:
    resp = ro_client.get("/api/boundaries?level=countries")
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("application/geo+json")
    assert resp.headers["Cache-Control"] == "no-cache"  # kept, but revalidated with the ETag
    etag = resp.headers["ETag"]
    versioned = ro_client.get(f"/api/boundaries?level=countries&v={boundaries.version()}")
    assert "max-age=31536000" in versioned.headers["Cache-Control"] and versioned.headers["ETag"] == etag
    assert f'data-boundaries="{boundaries.version()}"' in ro_client.get("/map").get_data(as_text=True)
    data = json.loads(resp.get_data())
    assert data["type"] == "FeatureCollection" and data["features"][0]["geometry"]["type"] == "MultiPolygon"
    again = ro_client.get("/api/boundaries?level=countries", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["ETag"] == etag
    prov = ro_client.get("/api/boundaries?level=afg-adm1")
    assert prov.status_code == 200 and prov.headers["ETag"] != etag
    assert len(json.loads(prov.get_data())["features"]) == 34
    assert len(json.loads(ro_client.get("/api/boundaries?level=afg-adm2").get_data())["features"]) == 398
    assert _error(ro_client.get("/api/boundaries?level=moon"), 400)["code"] == "bad_level"


FIELDS = {"id", "date", "earliest", "latest", "type", "place", "admin1", "country", "lat", "lon", "precision",
          "killed", "wounded", "contested", "sources"}


def test_map_events_have_coordinates(ro_client: Any) -> None:
    resp = ro_client.get("/api/map/events")
    assert resp.status_code == 200
    body = resp.get_json()
    events = body["events"]
    assert body["count"] == len(events) > 50
    assert all(FIELDS <= set(e) for e in events)
    assert all(isinstance(e["lat"], float) and isinstance(e["lon"], float) for e in events)
    assert all(e["relevant"] for e in events)
    assert {e["country"] for e in events} >= {"SO", "KE"}
    assert any(e["contested"] for e in events) and any((e["killed"] or 0) > 0 for e in events)
    assert all(isinstance(e["sources"], int) and e["sources"] >= 1 for e in events)
    dated = [e for e in events if e["earliest"]]
    assert body["undated"] == len(events) - len(dated)
    assert body["extent"] == {"from": min(e["earliest"] for e in dated), "to": max(e["latest"] for e in dated)}
    west, south, east, north = body["focus"]
    # the focus is the region (Somalia, Kenya), not every event (a designation in Washington)
    assert 25 < west < 42 and 44 < east < 55 and -10 < south < 0 and 5 < north < 20
    assert body["bbox"][0] < -70  # ...which stays in the full extent
    every = ro_client.get("/api/map/events?all=1").get_json()
    assert every["count"] >= body["count"]


def test_map_events_filters(ro_client: Any) -> None:
    attacks = ro_client.get("/api/map/events?type=attack").get_json()["events"]
    assert attacks and {e["type"] for e in attacks} == {"attack"}
    window = ro_client.get("/api/map/events?from=2010&to=2012-06").get_json()
    assert window["events"]
    assert all(e["latest"] >= "2010-01-01" and e["earliest"] <= "2012-06-30" for e in window["events"])
    assert window["undated"] == 0  # an undated event is in no window
    actor = ro_client.get("/api/map/events?actor=shabaab").get_json()
    assert 0 < actor["count"] < ro_client.get("/api/map/events").get_json()["count"]


@pytest.mark.parametrize("query,code", [
    ("from=yesterday-ish", "bad_date"), ("to=2010-13-45x", "bad_date"), ("from=2015&to=2010", "bad_date"),
    ("type=picnic", "bad_type"), ("all=yes", "bad_parameter"),
])
def test_map_events_bad_parameters(ro_client: Any, query: str, code: str) -> None:
    assert _error(ro_client.get(f"/api/map/events?{query}"), 400)["code"] == code


def test_map_page_names_its_sources(ro_client: Any) -> None:
    body = ro_client.get("/map").get_data(as_text=True)
    assert "Natural Earth" in body and "geoBoundaries.org (Runfola et al. 2020)" in body
    assert 'src="/static/map.js"' in body and "map.css" in body
    assert 'aria-label="Zoom in"' in body and 'for="map-slide-from"' in body
