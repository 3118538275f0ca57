#!/usr/bin/env python3
"""Build chronica/actors/data/designated.tsv from the OFAC SDN list (sdn.csv + alt.csv).

    python scripts/build_known_actors.py SOURCE_DIR [--out chronica/actors/data/designated.tsv]

SOURCE_DIR holds the U.S. Treasury OFAC "Specially Designated Nationals" list in its CSV form:
``sdn.csv`` and ``alt.csv`` (https://www.treasury.gov/ofac/downloads/sdn.csv, .../alt.csv; U.S. government
work, public domain). A partial copy may name them ``sdn_selected.csv`` and ``alt_selected.csv``; rows are
read as OFAC publishes them (no header; ``-0-`` marks an empty field).

What the script keeps (organisations only; no individual, vessel or aircraft is read past its type field):
* entity rows (SDN_Type ``-0-``) whose programs include FTO or SDGT;
* minus businesses and charities: a primary name with a company or charity form word (BANK, COMPANY, LTD,
  FOUNDATION, TRUST, RELIEF, ...), remarks with a business identifier (website, company or registration
  number, registered charity, tax id, SWIFT), or an OFAC branch row ("X : Y BRANCH");
* a row whose ent_num was already seen is dropped (copies of the list sometimes carry test rows).

Aliases: the alt.csv names of the entry (aka/fka/nka) and the weak a.k.a. names quoted in its remarks
("a.k.a. 'IMU'"), minus aliases that carry a company or charity form word (front organisations).

Canonical name (column 1): the list's primary name in title case, with connectors (of, the, and, in, for, ...)
in lower case, acronyms (no vowel, or written with dots or digits) kept upper case, and Arabic articles kept
as written ("AL-NUSRAH FRONT" -> "Al-Nusrah Front"). One structural rule: a primary name of the form
"ISLAMIC STATE OF IRAQ AND THE LEVANT - <PLACE>" (an Islamic State branch) is named
"Islamic State <Place> Province", the form the branches use for themselves (wilayah).

Output columns: canonical, aliases (|), ent_num, programs (|).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys

PROGRAMS = {"FTO", "SDGT"}
_FORM_WORDS = re.compile(
    r"\b(?:BANK|COMPANY|CO\.|CORP\.?|CORPORATION|INC\.?|LTD\.?|LTDA\.?|LIMITED|LLC|S\.A\.?|SARL|S\.A\.R\.L\.|SAL|"
    r"GMBH|E\.V\.|A\.S\.B\.L\.|ASBL|STICHTING|FORENINGEN|HOLDINGS?|TRADING|EXCHANGE|IMPORT|EXPORT|"
    r"FOUNDATION|FUND|TRUST|CHARITY|CHARITABLE|RELIEF|HUMANITARIAN|AID|SOCIETY|WELFARE|SWEETS|BAKERIES|"
    r"PROPERTIES|INVESTMENTS?|ENTERPRISES?|ESTABLISHMENT|EST\.|TV|RADIO)\b"
)
_BUSINESS_REMARKS = re.compile(
    r"(?i)\b(?:website|www\.|company number|company id|registration id|registration number|business registration|"
    r"registered charity|tax id|tax identification|fein|swift|v\.a\.t\.)"
)
_WEAK_AKA = re.compile(r"a\.k\.a\. '([^']+(?:''[^']*)*)'")
_CONNECTORS = {"of", "the", "and", "in", "for", "on", "to", "at", "by", "de", "la", "el", "et", "du", "des", "wa"}
_IS_BRANCH = re.compile(r"^ISLAMIC STATE OF IRAQ AND THE LEVANT\s*-\s*(?P<place>[A-Z' ]+)$")


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


def title_word(word: str, first: bool) -> str:
    """One word of a name in title case ("QA'IDA" -> "Qa'ida", "DHKP/C" stays)."""
    if not word:
        return word
    letters = re.sub(r"[^A-Za-z]", "", word)
    if letters and (not re.search(r"[AEIOUY]", letters.upper()) or "." in word or re.search(r"\d", word)):
        return word  # acronym ("PKK", "DHKP/C", "U.S.", "32")
    if not first and word.lower() in _CONNECTORS:
        return word.lower()
    parts = re.split(r"([-/'])", word)
    out = []
    for i, part in enumerate(parts):
        if part in ("-", "/", "'"):
            out.append(part)
        elif i > 0 and parts[i - 1] == "'":
            out.append(part.lower())  # "PEOPLE'S" -> "People's", "QA'IDA" -> "Qa'ida"
        else:
            out.append(part[:1].upper() + part[1:].lower())
    return "".join(out)


def title_case(name: str) -> str:
    words = name.split()
    return " ".join(title_word(w, i == 0) for i, w in enumerate(words))


def canonical_name(primary: str) -> str:
    branch = _IS_BRANCH.match(primary.strip())
    if branch is not None:
        return f"Islamic State {title_case(branch.group('place').strip())} Province"
    return title_case(primary.strip())


def keep_entity(row: list[str]) -> bool:
    if len(row) < 4 or field(row[2]):  # SDN_Type: -0- for entities
        return False
    programs = {p.strip() for p in row[3].replace("]", " ").replace("[", " ").split()}
    if not programs & PROGRAMS:
        return False
    name = row[1].upper()
    if " : " in name or _FORM_WORDS.search(name):
        return False
    remarks = field(row[11]) if len(row) > 11 else ""
    return not _BUSINESS_REMARKS.search(remarks)


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
    for ent, e in sorted(entries.items(), key=lambda kv: int(kv[0])):
        if e["duplicate"]:
            continue
        canonical = canonical_name(e["primary"])
        aliases: list[str] = []
        for alias in [e["primary"], *e["aliases"]]:
            if not alias or _FORM_WORDS.search(alias.upper()) or "|" in alias:
                continue
            if alias not in aliases and alias.lower() != canonical.lower():
                aliases.append(alias)
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
