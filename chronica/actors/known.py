"""Common names of widely reported armed groups and international bodies, and their usual aliases.

A hand-kept table of the aliases that designation lists and the press commonly print for these
bodies, used so that the same group gets the same canonical name whatever alias a document uses.
Documents still decide: an acronym defined in the text links to the text's own expansion first.
It is to be replaced by a table built from a published source with aliases (the UN Security
Council consolidated sanctions list or the US Treasury SDN list) in the knowledge work.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronica.actors.names import ascii_fold

# canonical name -> aliases (any case; hyphens, apostrophes and spaces are folded when matching)
KNOWN_GROUPS: dict[str, tuple[str, ...]] = {
    "Islamic State": (
        "IS", "ISIS", "ISIL", "Daesh", "Da'esh", "Daish", "Islamic State group",
        "Islamic State of Iraq and Syria", "Islamic State in Iraq and Syria",
        "Islamic State of Iraq and the Levant", "Islamic State in Iraq and the Levant",
        "Islamic State of Iraq and al-Sham", "Islamic State of Iraq and ash-Sham",
        "Islamic State of Iraq and Greater Syria", "Islamic State in Iraq and Greater Syria",
        "Islamic State of Iraq", "Islamic State in Iraq", "IS group",
    ),
    "al-Qaeda": ("al-Qaida", "al-Qa'ida", "al-Qa`ida", "Al Qaeda", "al-Qaeda Central", "AQ", "Qaeda"),
    "al-Qaeda in the Indian Subcontinent": ("AQIS",),
    "al-Qaeda in the Arabian Peninsula": ("AQAP",),
    "al-Qaeda in the Islamic Maghreb": ("AQIM",),
    "Taliban": ("Taleban", "Afghan Taliban", "Talibans", "Quetta Shura", "Taliban movement"),
    "Tehrik-i-Taliban Pakistan": (
        "TTP", "Tehrik-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Tehrik-e Taliban Pakistan",
        "Tehrik-i-Taliban", "Tehrik-e-Taliban", "Tehreek-e-Taliban", "Pakistani Taliban",
        "Tehrik-e-Taliban-e-Pakistan", "Tehrik-i-Taliban-i-Pakistan", "Tahrik-i-Taliban Pakistan",
    ),
    "Islamic Movement of Uzbekistan": ("IMU",),
    "Islamic Jihad Union": ("IJU", "Islamic Jihad Group"),
    "Haqqani Network": ("Haqqanis", "Haqqani group"),
    "Lashkar-e-Taiba": ("LeT", "Lashkar-e-Toiba", "Lashkar-i-Taiba", "Lashkar-e-Tayyiba"),
    "Jaish-e-Mohammed": ("JeM", "Jaish-e-Muhammad", "Jaish-i-Mohammed", "Jaish-e-Mohammad"),
    "Lashkar-e-Jhangvi": ("LeJ", "Lashkar-i-Jhangvi"),
    "Jamaat-ul-Ahrar": ("JuA", "Jamaat ul-Ahrar", "Jamat-ul-Ahrar"),
    "Hizb-e-Islami": ("Hezb-e-Islami", "Hizb-i-Islami", "HIG", "Hezb-i-Islami Gulbuddin"),
    "Turkistan Islamic Party": ("TIP", "Turkestan Islamic Party", "East Turkestan Islamic Movement", "ETIM"),
    "Jabhat al-Nusra": ("al-Nusra Front", "Nusra Front", "Jabhat an-Nusra", "al-Nusra"),
    "Hayat Tahrir al-Sham": ("HTS",),
    "Hizb ut-Tahrir": ("Hizb-ut-Tahrir", "HuT"),
    "Jamaat Ansarullah": ("Ansarullah",),
    "Jundallah": ("Jundullah", "Jund Allah"),
    "Jaish al-Adl": ("Jaish ul-Adl", "Jaysh al-Adl"),
    "Hezbollah": ("Hizbollah", "Hizballah"),
    "Hamas": (),
    "Boko Haram": (),
    "al-Shabaab": ("al-Shabab", "Shabaab", "Harakat al-Shabaab al-Mujahideen"),
    "Baloch Liberation Army": ("BLA",),
    "Islamic Revolutionary Guard Corps": ("IRGC", "Revolutionary Guards", "Revolutionary Guard Corps"),
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

# Provinces ("wilayat") of the Islamic State commonly reported under one spelling.
_BRANCH_SPELLING = {"khorasan": "Khorasan", "khurasan": "Khorasan", "khorasaan": "Khorasan"}
_IS_PREFIX = re.compile(
    r"^(?:the )?(?:islamic state(?: of iraq and (?:syria|the levant|al sham|ash sham|greater syria))?"
    r"|isis|isil|is|daesh)(?: (?:in|of))?(?: the)? (?:wilayat |wilayah |vilayat )?(?P<place>[a-z ]+?)"
    r"(?: province| wilayat| wilayah)?$"
)
_IS_BRANCH_ACRONYM = re.compile(r"^(?:is|isis|isil)(?P<letter>[a-z]{1,2})$")
_WILAYAT = re.compile(r"^(?:wilayat|wilayah|vilayat) (?P<place>[a-z]+)(?: province)?$")


def _fold(name: str) -> str:
    text = ascii_fold(name).replace("`", "").replace("'", "").replace("\u2019", "")
    return " ".join(re.split(r"[^a-z0-9]+", text)).strip()


_INDEX: dict[str, str] = {}
for _canonical, _aliases in KNOWN_GROUPS.items():
    _INDEX[_fold(_canonical)] = _canonical
    for _alias in _aliases:
        _INDEX.setdefault(_fold(_alias), _canonical)


# Groups (not states or agencies) that a generic tail word may follow.
_TAIL_GROUPS = frozenset(k for k in KNOWN_GROUPS if not k.startswith(("United", "UN ", "North Atlantic", "European")))


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)
def known_canonical(name: str) -> str | None:
    """The usual name of a widely reported group written ``name``, or None.

    Islamic State provinces are named "Islamic State <Province> Province" whatever the spelling
    ("ISIS-K", "IS-KP", "Islamic State of Khorasan", "Wilayat Khurasan").
    """
    key = _fold(name)
    if not key:
        return None
    hit = _INDEX.get(key)
    if hit is not None:
        return hit
    trimmed = _GROUP_TAILS.sub("", name.strip())
    if trimmed != name.strip():
        hit = _INDEX.get(_fold(trimmed))
        if hit is not None and hit in _TAIL_GROUPS:
            return hit
    branch = _is_branch(key)
    if branch is not None:
        return branch
    return None


def _is_branch(key: str) -> str | None:
    squeezed = key.replace(" ", "")
    acronym = _IS_BRANCH_ACRONYM.match(squeezed)
    if acronym is not None and acronym.group("letter") in ("k", "kp"):
        return "Islamic State Khorasan Province"
    match = _IS_PREFIX.match(key) or _WILAYAT.match(key)
    if match is None:
        return None
    place = match.group("place").strip()
    if place in ("k", "kp"):
        return "Islamic State Khorasan Province"
    if place in _BRANCH_SPELLING:
        return f"Islamic State {_BRANCH_SPELLING[place]} Province"
    return None
