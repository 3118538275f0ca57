"""Source reliability and claim credibility: the NATO Admiralty code (STANAG 2511 / AJP-2.1).

Each source (document) has a grade A-F, each claim a credibility 1-6; together they are written "B2".

    A completely reliable      1 confirmed by other sources
    B usually reliable         2 probably true
    C fairly reliable          3 possibly true
    D not usually reliable     4 doubtful
    E unreliable               5 improbable
    F cannot be judged         6 cannot be judged

Source grades are the analyst's: a default for every source (F unless configured) and grades set per
document (by id, file name or path), from a function argument or a small TOML/JSON file::

    default = "F"
    confirmed_at = 3          # independent documents for "1 confirmed"
    [sources]
    "03_profile.txt" = "B"
    "ebf93630d33adf84" = "C"

Claim credibility is derived from corroboration only (the rule, in order):

- no other value is stated and ``confirmed_at`` (3) or more independent documents state it: 1 confirmed;
- no other value is stated and 2 or more independent documents state it: 2 probably true;
- no other value is stated and one document states it: 6 cannot be judged (nothing to weigh it against);
- other values are stated and this one has more independent documents than any other: 3 possibly true;
- other values are stated and this one has no more documents than another one: 4 doubtful;
- one document states it against a value that ``confirmed_at`` or more independent documents state:
  5 improbable.

Independent documents are distinct documents (two passages of one document count once), and documents
mapped to one origin (a wire story reprinted by two sites: ``origin={"doc1": "afp", "doc2": "afp"}``)
count once. A coarser value that contains a finer one ("October 2017" and "14 October 2017", "Afghanistan"
and "Jalalabad") neither corroborates nor contradicts it. Everything here is a pure function.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronica.errors import ChronicaError

SOURCE_GRADES: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY: dict[int, str] = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}
CLAIM_FIELDS = ("date", "killed", "wounded", "location")


class ReliabilityError(ChronicaError, ValueError):
    """A grade, a credibility or a reliability configuration that is not valid."""


def check_grade(grade: Any) -> str:
    """The grade as one upper-case letter A-F, or a one-line error."""
    if isinstance(grade, str) and len(grade.strip()) == 1 and grade.strip().upper() in SOURCE_GRADES:
        return grade.strip().upper()
    raise ReliabilityError(f"bad source grade {grade!r}: use one letter A-F (A completely reliable ... "
                           "E unreliable, F cannot be judged)")


def check_credibility(value: Any) -> int:
    """The credibility as an int 1-6, or a one-line error."""
    if isinstance(value, bool):
        value = None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and value in CREDIBILITY:
        return value
    raise ReliabilityError(f"bad claim credibility {value!r}: use a digit 1-6 (1 confirmed by other sources ... "
                           "5 improbable, 6 cannot be judged)")


@dataclass(frozen=True, slots=True)
class AdmiraltyCode:
    """A source grade with a claim credibility: ``B2``."""

    grade: str
    credibility: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "grade", check_grade(self.grade))
        object.__setattr__(self, "credibility", check_credibility(self.credibility))

    def __str__(self) -> str:
        return f"{self.grade}{self.credibility}"

    @property
    def meaning(self) -> str:
        return f"source {SOURCE_GRADES[self.grade]}, information {CREDIBILITY[self.credibility]}"


def parse_code(text: str) -> AdmiraltyCode:
    """``"B2"`` (or ``"b2"``) as an :class:`AdmiraltyCode`, or a one-line error."""
    t = text.strip() if isinstance(text, str) else ""
    if len(t) != 2:
        raise ReliabilityError(f"bad Admiralty code {text!r}: write a letter A-F and a digit 1-6, e.g. B2")
    return AdmiraltyCode(t[0], int(t[1]) if t[1].isdigit() else t[1])  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class ReliabilityConfig:
    """Source grades (per document id, file name or path, else ``default``) and the corroboration rule."""

    default: str = "F"
    sources: Mapping[str, str] = field(default_factory=dict)
    confirmed_at: int = 3

    def __post_init__(self) -> None:
        object.__setattr__(self, "default", check_grade(self.default))
        object.__setattr__(self, "sources", {str(k): check_grade(v) for k, v in dict(self.sources).items()})
        if not isinstance(self.confirmed_at, int) or isinstance(self.confirmed_at, bool) or self.confirmed_at < 2:
            raise ReliabilityError(f"bad confirmed_at {self.confirmed_at!r}: a whole number of documents, 2 or more")

    def grade(self, *refs: str | None) -> str:
        """The grade of a source known by any of ``refs`` (id, file name, path); the default otherwise."""
        for ref in refs:
            if not ref:
                continue
            for key in (ref, os.path.basename(ref)):
                if key in self.sources:
                    return self.sources[key]
        return self.default


def load_config(path: str | os.PathLike[str]) -> ReliabilityConfig:
    """A :class:`ReliabilityConfig` from a TOML or JSON file (keys ``default``, ``sources``, ``confirmed_at``)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as err:
        raise ReliabilityError(f"{p}: cannot read the reliability configuration: {err.strerror}") from err
    try:
        data = json.loads(raw) if p.suffix.lower() == ".json" else tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as err:
        raise ReliabilityError(f"{p}: not valid {'JSON' if p.suffix.lower() == '.json' else 'TOML'}: {err}") from err
    return config_from_dict(data, where=str(p))


def config_from_dict(data: Mapping[str, Any], *, where: str = "configuration") -> ReliabilityConfig:
    if not isinstance(data, Mapping):
        raise ReliabilityError(f"{where}: expected a table with default, sources and confirmed_at")
    unknown = sorted(set(data) - {"default", "sources", "confirmed_at"})
    if unknown:
        raise ReliabilityError(f"{where}: unknown key {unknown[0]!r} (use default, sources, confirmed_at)")
    sources = data.get("sources", {})
    if not isinstance(sources, Mapping):
        raise ReliabilityError(f"{where}: sources must map documents to grades")
    try:
        return ReliabilityConfig(default=data.get("default", "F"), sources=sources,
                                 confirmed_at=data.get("confirmed_at", 3))
    except ReliabilityError as err:
        raise ReliabilityError(f"{where}: {err}") from err


def credibility(support: int, rivals: Iterable[int] = (), *, confirmed_at: int = 3) -> int:
    """Credibility 1-6 of a value stated by ``support`` independent documents when other values are
    stated by ``rivals`` documents each (see the module docstring for the rule)."""
    rivals = [r for r in rivals if r > 0]
    if support <= 0:
        return 6
    if not rivals:
        return 1 if support >= confirmed_at else 2 if support >= 2 else 6
    best = max(rivals)
    if support > best:
        return 3
    if support == 1 and best >= confirmed_at:
        return 5
    return 4


@dataclass(frozen=True, slots=True)
class ClaimAssessment:
    """One value of one field of an event, with who states it and how credible corroboration makes it."""

    field: str
    value: Any
    docs: tuple[str, ...]  # the documents stating it
    independent: int  # distinct documents (or origins) stating it
    contradicting: int  # distinct documents (or origins) stating an incompatible value
    credibility: int
    grade: str  # the best grade among the documents stating it
    code: str  # grade + credibility, e.g. "B2"

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value, "docs": list(self.docs), "independent": self.independent,
                "contradicting": self.contradicting, "credibility": self.credibility,
                "credibility_meaning": CREDIBILITY[self.credibility], "grade": self.grade, "code": self.code}


def _bounds(src: Mapping[str, Any]) -> tuple[str, str] | None:
    lo, hi = src.get("earliest"), src.get("latest")
    return (str(lo), str(hi)) if lo and hi else None


def _loc_key(loc: Any) -> tuple[Any, Any, Any] | None:
    if not isinstance(loc, Mapping) or not (loc.get("place") or loc.get("admin1") or loc.get("country")):
        return None
    return (loc.get("place"), loc.get("admin1"), loc.get("country"))


def _compatible(fieldname: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two sources' values of a field can both be true (a coarser value containing a finer one)."""
    if fieldname == "date":
        ba, bb = _bounds(a), _bounds(b)
        if ba and bb:
            return (ba[0] <= bb[0] and bb[1] <= ba[1]) or (bb[0] <= ba[0] and ba[1] <= bb[1])
        return a.get("date") == b.get("date")
    if fieldname == "location":
        ka, kb = _loc_key(a.get("location")), _loc_key(b.get("location"))
        if ka is None or kb is None or ka == kb:
            return True
        if ka[2] and kb[2] and ka[2] != kb[2]:
            return False

        def within(outer: tuple[Any, Any, Any], inner: tuple[Any, Any, Any]) -> bool:
            if outer[0] is None and outer[1] is None:  # a country
                return True
            province = outer[0] is None or outer[0] == outer[1]
            return province and outer[1] is not None and outer[1] == inner[1]

        return within(ka, kb) or within(kb, ka)
    return a.get(fieldname) == b.get(fieldname)


def _value(fieldname: str, src: Mapping[str, Any]) -> Any:
    if fieldname == "location":
        key = _loc_key(src.get("location"))
        return None if key is None else dict(zip(("place", "admin1", "country"), key, strict=True))
    return src.get(fieldname)


def assess_event(event: Mapping[str, Any], config: ReliabilityConfig | None = None,
                 origin: Mapping[str, str] | None = None) -> dict[str, list[ClaimAssessment]]:
    """Every value each field (date, killed, wounded, location) of a merged event is given by its sources,
    with corroboration counts, credibility and the Admiralty code. Fields no source states are left out."""
    cfg = config or ReliabilityConfig()
    origin = origin or {}
    sources = [s for s in event.get("sources") or [] if isinstance(s, Mapping)]

    def who(s: Mapping[str, Any]) -> str:
        d = str(s.get("doc_id") or s.get("doc") or "")
        return origin.get(d, d)

    out: dict[str, list[ClaimAssessment]] = {}
    for fieldname in CLAIM_FIELDS:
        stated = [s for s in sources if _value(fieldname, s) is not None]
        groups: dict[str, list[Mapping[str, Any]]] = {}
        for s in stated:
            groups.setdefault(json.dumps(_value(fieldname, s), sort_keys=True), []).append(s)
        if not groups:
            continue
        rows = []
        for members in groups.values():
            support = {who(s) for s in members}
            against = {who(s) for s in stated if not _compatible(fieldname, members[0], s)} - support
            rival_counts = [len({who(s) for s in other} - support) for k, other in groups.items()
                            if not _compatible(fieldname, members[0], other[0])]
            cred = credibility(len(support), rival_counts, confirmed_at=cfg.confirmed_at)
            grade = min(cfg.grade(str(s.get("doc_id") or ""), str(s.get("doc") or ""), s.get("path")) for s in members)
            docs = tuple(dict.fromkeys(str(s.get("doc") or s.get("doc_id")) for s in members))
            rows.append(ClaimAssessment(fieldname, _value(fieldname, members[0]), docs, len(support), len(against),
                                        cred, grade, f"{grade}{cred}"))
        rows.sort(key=lambda r: (r.credibility, -r.independent))
        out[fieldname] = rows
    return out


def grade_sources(docs: Iterable[str], config: ReliabilityConfig | None = None) -> dict[str, str]:
    """The grade of each document (id, file name or path)."""
    cfg = config or ReliabilityConfig()
    return {d: cfg.grade(d) for d in docs}


__all__ = ["CLAIM_FIELDS", "CREDIBILITY", "SOURCE_GRADES", "AdmiraltyCode", "ClaimAssessment", "ReliabilityConfig",
           "ReliabilityError", "assess_event", "check_credibility", "check_grade", "config_from_dict", "credibility",
           "grade_sources", "load_config", "parse_code"]
