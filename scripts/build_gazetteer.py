#!/usr/bin/env python3
"""Build chronica/geo/data/gazetteer.tsv.gz from the openly licensed gazetteer folder.

    python scripts/build_gazetteer.py ../shared/data/gazetteer [--out chronica/geo/data/gazetteer.tsv.gz]

Input: ``gazetteer_combined.csv`` and ``source/geonames_admin1Codes_subset.txt`` of that folder (GeoNames
CC BY 4.0, geoBoundaries public domain, abubaker47 MIT; see its README.md and the NOTICE file).

What the script does:
* admin-1 names are mapped onto one canonical name per division (geoBoundaries names for Afghanistan,
  GeoNames names elsewhere) by transliteration-insensitive comparison, plus the historical names
  (NWFP, FATA) of Khyber Pakhtunkhwa;
* Afghan provinces take the geoBoundaries ADM1 centroids (the abubaker47 province points are unreliable);
* Afghan districts merge abubaker47, geoBoundaries ADM2 and GeoNames admin2 rows that name the same
  district in the same province; every spelling becomes an alternative name;
* Pakistani and other districts without coordinates take the coordinates of the same-named town of the
  same province, else those of their headquarters town (the former FATA agencies, as the source README
  documents), else none;
* GeoNames postal places keep their coordinates only when GeoNames marks them accurate (accuracy 4);
  the others take their province's coordinates with province precision;
* admin-1 divisions outside Afghanistan take the mean point of their towns;
* "X" is added as a region when both "North X" and "South X" exist (Waziristan, Khorasan).

Output columns: name, alt_names (|), feature, country, admin1, admin2, lat, lon, precision, rank, source,
code (GeoNames admin-1 code, admin-1 rows only).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import os
import re
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass, field

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from chronica.geo.normalize import name_key, skeleton, strip_type_words  # noqa: E402

# Display names where GeoNames' admin-1 name differs from the name as commonly written in English.
ADMIN1_DISPLAY = {
    ("PK", "Islamabad"): "Islamabad Capital Territory",
    ("IR", "Khorasan-e Jonubi"): "South Khorasan",
    ("IR", "Ilam Province"): "Ilam",
    ("TJ", "Republican Subordination"): "Districts of Republican Subordination",
}
# Source spellings that no transliteration rule maps onto the canonical name.
ADMIN1_VARIANTS = {
    ("PK", "Federally Administered Tribal Areas"): "Khyber Pakhtunkhwa",
    ("PK", "Khyber Pakhtunkhwa (former FATA, merged 2018)"): "Khyber Pakhtunkhwa",
    ("PK", "Federal Capital"): "Islamabad Capital Territory",
    ("PK", "Azad Jammu and Kashmir"): "Azad Kashmir",
    ("AF", "Wilayat-e Baghlan"): "Baghlan",
    ("IR", "Khorasan-e Shomali"): "North Khorasan",
    ("IR", "Azarbayjan-e Gharbi"): "West Azerbaijan",
    ("IR", "Chahar Mahall va Bakhtiari"): "Chaharmahal and Bakhtiari",
    ("IR", "Kohgiluyeh va Buyer Ahmad"): "Kohgiluyeh and Boyer-Ahmad",
}
# Former names of current divisions (alternative names of the current division).
ADMIN1_FORMER = {
    ("PK", "Khyber Pakhtunkhwa"): ["North-West Frontier Province", "NWFP", "Federally Administered Tribal Areas", "FATA"],
    ("PK", "Sindh"): ["Sind"],
    ("PK", "Azad Kashmir"): ["Azad Jammu and Kashmir", "AJK"],
}
# Headquarters towns of the former FATA agencies (source README, "Gap"); used for their coordinates.
HQ_TOWNS = {
    "Kurram": "Parachinar",
    "Khyber": "Landi Kotal",
    "Bajaur": "Khar",
    "North Waziristan": "Miran Shah",
    "South Waziristan": "Wana",
}
POSTAL_SUFFIXES = ("Gpo", "Fort", "Cantt", "City", "Bazar", "Bazaar", "Town", "Colony", "Post Office")

RANK = {"region": 7, "admin1": 8, "admin2": 6, "city": 5, "town": 4, "village": 2}
PRECISION = {"region": 7, "admin1": 4, "admin2": 3, "city": 1, "town": 1, "village": 1}


@dataclass
class Entry:
    name: str
    feature: str
    country: str
    admin1: str
    admin2: str = ""
    lat: float | None = None
    lon: float | None = None
    precision: int = 1
    rank: int = 1
    source: str = ""
    code: str = ""
    alts: list[str] = field(default_factory=list)

    def add_alt(self, alt: str) -> None:
        alt = alt.strip()
        if alt and alt != self.name and alt not in self.alts and name_key(alt):
            self.alts.append(alt)


def fnum(value: str) -> float | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if v else None


def split_parens(name: str) -> tuple[str, list[str]]:
    """'Kuz Kunar (Khewa)' -> ('Kuz Kunar', ['Khewa']); 'Abdullah Kalay (1)' -> ('Abdullah Kalay', [])."""
    inner = [p.strip() for p in re.findall(r"\(([^)]*)\)", name)]
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return base, [p for p in inner if p and not p.isdigit()]


class Admin1:
    """Canonical admin-1 names per country, matched by transliteration-insensitive keys."""

    def __init__(self) -> None:
        self.by_country: dict[str, dict[str, str]] = defaultdict(dict)
        self.codes: dict[tuple[str, str], str] = {}

    def add(self, country: str, name: str, code: str = "") -> str:
        name = ADMIN1_DISPLAY.get((country, name), name)
        for k in (name_key(name), skeleton(name)):
            self.by_country[country].setdefault(k, name)
        if code:
            self.codes[(country, name)] = code
        return name

    def canonical(self, country: str, name: str) -> str:
        name = ADMIN1_VARIANTS.get((country, name), name)
        name = ADMIN1_DISPLAY.get((country, name), name)
        table = self.by_country.get(country, {})
        for k in (name_key(name), skeleton(name), name_key(strip_type_words(name)), skeleton(strip_type_words(name))):
            if k in table:
                return table[k]
        return name


def build(src: str) -> list[Entry]:
    with open(os.path.join(src, "gazetteer_combined.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    admin1 = Admin1()
    # Canonical admin-1 names: geoBoundaries for AF, GeoNames for the other countries.
    for r in rows:
        if r["source"].startswith("geoBoundaries AFG ADM1"):
            admin1.add("AF", r["admin1_canonical"] or r["name"])
    with open(os.path.join(src, "source", "geonames_admin1Codes_subset.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            cc, code = parts[0].split(".", 1)
            if cc == "AF":
                admin1.codes[(cc, admin1.canonical(cc, parts[2]))] = code
            else:
                admin1.add(cc, parts[2], code)

    entries: list[Entry] = []
    a1_entries: dict[tuple[str, str], Entry] = {}

    def a1_entry(cc: str, name: str) -> Entry:
        key = (cc, name)
        if key not in a1_entries:
            e = Entry(name, "admin1", cc, name, precision=4, rank=RANK["admin1"], source="GeoNames admin1",
                      code=admin1.codes.get(key, ""))
            for former in ADMIN1_FORMER.get(key, []):
                e.add_alt(former)
            a1_entries[key] = e
        return a1_entries[key]

    for (cc, _), name in [((c, k), n) for c, t in admin1.by_country.items() for k, n in t.items()]:
        a1_entry(cc, name)

    def usable(name: str) -> bool:
        return bool(name_key(name)) and name.upper() not in ("N/A", "NA", "UNKNOWN")

    def row_admin1(r: dict[str, str]) -> str:
        return admin1.canonical(r["country"], r["admin1_canonical"] or r["admin1"])

    # Admin-1 rows: names, alt names and (AF) geoBoundaries centroids.
    for r in rows:
        cc = r["country"]
        if r["feature_type"] in ("province", "admin1"):
            if not usable(row_admin1(r)):
                continue
            e = a1_entry(cc, row_admin1(r))
            for n in [r["name"], *r["alt_names"].split("|")]:
                e.add_alt(n)
            if r["source"].startswith("geoBoundaries AFG ADM1"):
                e.lat, e.lon, e.source = fnum(r["lat"]), fnum(r["lon"]), "geoBoundaries AFG ADM1 (centroid)"
            elif e.source == "GeoNames admin1" and r["source"].startswith("abubaker47"):
                pass  # unreliable province points: never used

    # Districts (admin2): merge by (country, admin1, skeleton).
    districts: dict[tuple[str, str, str], Entry] = {}
    order = {"abubaker47 provinces-and-districts": 0, "GeoNames admin2Codes (no coordinates)": 1}
    district_rows = [r for r in rows if r["feature_type"] in ("district", "admin2")]
    district_rows.sort(key=lambda r: order.get(r["source"], 2))
    for r in district_rows:
        cc = r["country"]
        base, paren = split_parens(r["name"])
        base = strip_type_words(base)
        if not name_key(base) or re.match(r"^(PD|District|Nahia|Police District)\b", base) or base[0].isdigit():
            continue
        a1 = admin1.canonical(cc, r["admin1_geoboundaries"] or r["admin1_canonical"] or r["admin1"]) \
            if r["source"].startswith("geoBoundaries") else row_admin1(r)
        k = (cc, a1, skeleton(base))
        found = districts.get(k)
        if found is None:
            found = districts[k] = Entry(base, "admin2", cc, a1, base, precision=3, rank=RANK["admin2"],
                                         source=r["source"])
        e = found
        for n in [r["name"], base, *paren, *r["alt_names"].split("|")]:
            e.add_alt(strip_type_words(split_parens(n)[0]) if n == r["name"] else n)
        lat, lon = fnum(r["lat"]), fnum(r["lon"])
        if lat is None or lon is None:
            continue
        agrees = not r["admin1_geoboundaries"] or admin1.canonical(cc, r["admin1_geoboundaries"]) == a1
        if e.lat is None or (agrees and e.source.startswith("GeoNames")):
            e.lat, e.lon, e.source = lat, lon, r["source"]
        elif not agrees:
            continue

    # Populated places and postal places.
    towns: dict[tuple[str, str, str], Entry] = {}
    for r in sorted(rows, key=lambda r: r["feature_type"] == "postal place"):
        ft = r["feature_type"]
        if not (ft.startswith("populated place") or ft == "postal place"):
            continue
        cc = r["country"]
        a1 = row_admin1(r)
        base, paren = split_parens(r["name"])
        postal = ft == "postal place"
        alts = [] if postal else list(paren)
        if postal:
            # "Bara Fort", "Turbat Gpo": the town's name is the base; the full post-office name an alt
            for suf in POSTAL_SUFFIXES:
                if base.endswith(" " + suf) and len(base) > len(suf) + 3:
                    alts.append(base)
                    base = base[: -len(suf) - 1]
                    break
        accurate = not postal or r["source"].endswith("(accuracy=4)")
        lat, lon = (fnum(r["lat"]), fnum(r["lon"])) if accurate else (None, None)
        k = (cc, a1, name_key(base))
        town = towns.get(k)
        if town is None:
            feature = "city" if not postal else "town"
            town = towns[k] = Entry(base, feature, cc, a1, r["admin2"], lat, lon,
                                    precision=1 if lat is not None else 4, rank=RANK[feature],
                                    source=r["source"].split(" via ")[0])
            if postal and paren:
                town.admin2 = strip_type_words(paren[0])
        elif town.lat is None and lat is not None:
            town.lat, town.lon, town.precision = lat, lon, 1
        for a in [*alts, *r["alt_names"].split("|")]:
            town.add_alt(a)

    # Villages (AF).
    villages: list[Entry] = []
    for r in rows:
        if r["feature_type"] != "village":
            continue
        base, paren = split_parens(r["name"])
        if not name_key(base):
            continue
        a1_src = row_admin1(r)
        a1_gb = admin1.canonical("AF", r["admin1_geoboundaries"]) if r["admin1_geoboundaries"] else a1_src
        lat, lon = fnum(r["lat"]), fnum(r["lon"])
        vil = Entry(base[:1].upper() + base[1:], "village", "AF", a1_gb, r["admin2"], lat, lon,
                    precision=1 if a1_gb == a1_src else 2, rank=RANK["village"], source=r["source"])
        for a in paren:
            vil.add_alt(a)
        villages.append(vil)

    # Coordinates for districts without them: same-named town in the province, else the HQ town.
    town_by_key: dict[tuple[str, str, str], Entry] = {}
    for (cc, a1, _), t in towns.items():
        if t.lat is not None:
            for n in [t.name, *t.alts]:
                town_by_key.setdefault((cc, a1, skeleton(n)), t)
    for d in districts.values():
        if d.lat is not None:
            continue
        hq = town_by_key.get((d.country, d.admin1, skeleton(d.name)))
        if hq is None and d.name in HQ_TOWNS:
            hq = town_by_key.get((d.country, d.admin1, skeleton(HQ_TOWNS[d.name])))
        if hq is not None:
            d.lat, d.lon = hq.lat, hq.lon
            d.source += f"; coordinates of {hq.name} ({hq.source})"
    # Towns inherit their district from the HQ table when they are district HQs.
    for d in districts.values():
        hq = town_by_key.get((d.country, d.admin1, skeleton(HQ_TOWNS.get(d.name, d.name))))
        if hq is not None and not hq.admin2:
            hq.admin2 = d.name

    # Admin-1 coordinates outside AF: mean of the towns with accurate coordinates.
    pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for t in towns.values():
        if t.lat is not None and t.lon is not None and t.feature == "city":
            pts[(t.country, t.admin1)].append((t.lat, t.lon))
    for key, e in a1_entries.items():
        if e.lat is None and pts.get(key):
            e.lat = round(statistics.fmean(p[0] for p in pts[key]), 5)
            e.lon = round(statistics.fmean(p[1] for p in pts[key]), 5)
            e.source = "GeoNames admin1; coordinates: mean of its GeoNames towns"
    # Towns without accurate coordinates: province coordinates, province precision.
    for t in towns.values():
        if t.lat is None:
            prov = a1_entries.get((t.country, t.admin1))
            if prov is not None:
                t.lat, t.lon, t.precision = prov.lat, prov.lon, 4

    # Regions "X" from "North X" + "South X" pairs (districts or provinces).
    regions: list[Entry] = []
    named: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in [*districts.values(), *a1_entries.values()]:
        m = re.match(r"^(North|South)\s+(.+)$", e.name)
        if m:
            named[(e.country, m.group(2))].append(e)
    for (cc, base), members in named.items():
        if {m.name.split()[0] for m in members} != {"North", "South"}:
            continue
        coords = [(m.lat, m.lon) for m in members if m.lat is not None and m.lon is not None]
        a1s = {m.admin1 for m in members if m.feature != "admin1"}
        reg = Entry(base, "region", cc, a1s.pop() if len(a1s) == 1 else "", precision=7 if not a1s else 4,
                  rank=RANK["region"], source="derived from " + " + ".join(m.name for m in members))
        if members[0].feature == "admin2":
            reg.precision = 4  # a part of one province
        if coords:
            reg.lat = round(statistics.fmean(c[0] for c in coords), 5)
            reg.lon = round(statistics.fmean(c[1] for c in coords), 5)
        regions.append(reg)

    entries = [*a1_entries.values(), *districts.values(), *towns.values(), *villages, *regions]
    for e in entries:
        e.alts = [a for a in e.alts if name_key(a) != name_key(e.name)]
    return entries


def write(entries: list[Entry], out: str) -> None:
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    cols = ["name", "alt_names", "feature", "country", "admin1", "admin2", "lat", "lon", "precision", "rank", "source", "code"]
    # mtime fixed so that rebuilding gives identical bytes
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as gz, io.TextIOWrapper(gz, encoding="utf-8") as fh:
        fh.write("\t".join(cols) + "\n")
        for e in sorted(entries, key=lambda e: (e.country, e.feature, e.admin1, e.name)):
            vals = [e.name, "|".join(e.alts), e.feature, e.country, e.admin1, e.admin2,
                    "" if e.lat is None else f"{e.lat:.5f}", "" if e.lon is None else f"{e.lon:.5f}",
                    str(e.precision), str(e.rank), e.source, e.code]
            fh.write("\t".join(v.replace("\t", " ").replace("\n", " ") for v in vals) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src", help="the gazetteer folder (../shared/data/gazetteer)")
    default_out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "chronica", "geo", "data", "gazetteer.tsv.gz")
    ap.add_argument("--out", default=default_out)
    args = ap.parse_args(argv)
    entries = build(args.src)
    write(entries, args.out)
    counts: dict[str, int] = defaultdict(int)
    for e in entries:
        counts[f"{e.country or '--'} {e.feature}"] += 1
    print(f"{len(entries)} entries -> {args.out} ({os.path.getsize(args.out) / 1024:.0f} KB)")
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
