"""Actors: organisations, people and states named in a document, with canonical names and roles.

Pattern, capitalisation and document-statistics recognition (no trained model):

>>> from chronica.actors import find_actors
>>> text = "The Islamic Movement of Uzbekistan (IMU) said the IMU would fight on."
>>> [(m.text, m.kind, m.canonical) for m in find_actors(text)]  # doctest: +NORMALIZE_WHITESPACE
[('Islamic Movement of Uzbekistan', 'org', 'Islamic Movement of Uzbekistan'),
 ('IMU', 'org', 'Islamic Movement of Uzbekistan'), ('IMU', 'org', 'Islamic Movement of Uzbekistan')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from chronica.actors.canon import canonicalise
from chronica.actors.recognize import find_candidates
from chronica.actors.roles import ROLES, actor_roles_for
from chronica.events.leading import led

__all__ = ["ActorMention", "ROLES", "actor_roles", "find_actors"]

KINDS = ("org", "person", "state")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor: ``text == document[start:end]``."""

    start: int
    end: int
    text: str
    kind: str  # "org" | "person" | "state"
    canonical: str  # consistent within the document
    confidence: float
    # cited as the source of a claim ("according to X", "X reported", a news outlet) rather than
    # named as taking part; callers building event actors may leave such mentions out
    source: bool = False


def find_actors(text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[ActorMention]:
    """All actor mentions of a whole document, in order, with document-wide canonical names.

    ``sentences`` are (start, end) character spans when the caller has them; sentence starts
    help tell a capitalised common word from a name.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text.strip():
        return []
    cands = find_candidates(text, sentences)
    _own_names_for_renamed(text, cands)
    speakers = _speaker_partials(text, cands)
    kin = {i for i, c in enumerate(cands) if c.kind == "person" and _KIN_BEFORE.search(text, max(0, c.start - 30), c.start)}
    out: list[ActorMention] = []
    last_end = -1
    for cand, kind, canonical in canonicalise(cands, speakers, kin):
        if cand.start < last_end or kind not in KINDS:
            continue
        out.append(
            ActorMention(
                cand.start, cand.end, text[cand.start : cand.end], kind, canonical, cand.confidence, cand.source
            )
        )
        last_end = cand.end
    return _written_names(text, out)


# a person told as the kin of the one the text is about ("Father: Jalaluddin Haqqani", "his son Sirajuddin", "the
# son of X"): another person, whose name a fuller name of the other may hold ("Sirajuddin Jallaloudine Haqqani")
_KIN_BEFORE = re.compile(r"\b(?:father|mother|son|daughter|brother|sister|uncle|nephew|cousin|wife|husband|grandson|"
                         r"grandfather)(?:\s*:|\s+of)?\s+(?:the\s+)?(?:late\s+)?$", re.I)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")  # a run of them as one space: the same as splitting and joining
_OTHER_NAME = 60  # token-set similarity below which a document's name is another name than the list's


def _written(folded: str, name: str) -> bool:
    """The name's words (its runs of letters and digits, folded) stand in the folded text one after another with
    only other characters between them: the same as finding them joined by single spaces in a copy of the text
    with each run of other characters made one space, without making that copy of the whole document."""
    from chronica.actors.names import ascii_fold

    words = [w for w in _NON_ALNUM.split(ascii_fold(name)) if w]
    return not words or re.search("[^a-z0-9]+".join(map(re.escape, words)), folded) is not None


def _written_names(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A group keeps a name the document writes: when its canonical name comes from a reference list, the
    document never writes it, and the document's fullest name for the group is another name altogether (the
    list's "Islamic State Democratic Republic of the Congo Province" for "Allied Democratic Forces"; not
    "Islamic State Khorasan Province" for "Islamic State of Khorasan"), the document's name stands for it.
    Cross-document resolution still meets the list's name."""
    from rapidfuzz import fuzz

    from chronica.actors.known import designated_groups, known_canonical, same_spelling
    from chronica.actors.names import ascii_fold

    listed = designated_groups()
    folded = ""
    renamed: dict[str, str] = {}
    groups: dict[str, list[ActorMention]] = {}
    for m in mentions:
        if m.kind == "org" and m.canonical in listed:
            groups.setdefault(m.canonical, []).append(m)
    for canonical, ms in groups.items():
        if not folded:
            folded = ascii_fold(text)
        if _written(folded, canonical):
            continue
        full = [m.text for m in ms if not m.text.isupper() and " " in m.text.strip()
                and known_canonical(m.text) == canonical]
        if full:
            name = re.sub(r"^(?:[Tt]he)\s+", "", max(full, key=lambda t: (full.count(t), len(t.split()), len(t))))
            if fuzz.token_set_ratio(name.lower(), canonical.lower()) < _OTHER_NAME:
                renamed[canonical] = name  # another name altogether, not the list's name in other words
            elif same_spelling(name, canonical):
                renamed[canonical] = name  # the list's name in the document's own spelling ("Jemaah" for "Jemaa")
            elif name.lower() == _title_name(text):
                renamed[canonical] = name  # a document titled with the group's full name: its name for its subject
    if not renamed:
        return mentions
    return [ActorMention(m.start, m.end, m.text, m.kind, renamed[m.canonical], m.confidence, m.source)
            if m.kind == "org" and m.canonical in renamed else m for m in mentions]


def _title_name(text: str) -> str:
    """A document's title when it is a name of three words or more ("The Islamic State in Libya", "Group profile:
    X"), folded to lowercase without "The" and a profile label; "" otherwise."""
    end = text.find("\n")
    title = text[: len(text) if end < 0 else end].strip()
    if not title or len(title) > 120 or title.endswith(".") or title.isupper():
        return ""
    name = re.sub(r"^(?:[\w ]{0,30}\bprofile\s*:\s*)?(?:the\s+)?", "", title, flags=re.I).strip()
    return name.lower() if len(name.split()) >= 3 and ":" not in name else ""


# "... merged with Y to form Hayat Tahrir al-Sham", "renamed itself Jabhat Fatah al-Sham": a new name the
# document tells apart from the group it came from
_RENAMED = re.compile(
    r"\b(?:to\s+form|formed|forming|renam(?:ed|ing)(?:\s+(?:itself|the\s+group|it))?(?:\s+as)?|rebrand(?:ed|ing)(?:\s+itself)?(?:\s+as)?"
    r"|chang(?:ed|ing)\s+its\s+name\s+to|became\s+known\s+as|now\s+called|under\s+the\s+new\s+name)\s+(?:the\s+)?"
    r"[\"\u201c']?((?:[A-Z][\w'\u2019-]*|al-[\w'\u2019-]+)(?:\s+(?:[A-Z][\w'\u2019-]*|al-[\w'\u2019-]+|of|the|for|and)){0,6})")


def _own_names_for_renamed(text: str, cands: list) -> None:  # type: ignore[type-arg]
    """A designation list may give a group's later name as one of its aliases (OFAC lists Hayat Tahrir al-Sham
    under al-Nusrah Front). When the document tells that name as a new group formed or renamed, its mentions
    (and its acronym) keep their own name: the two stay apart, as the document keeps them."""
    from chronica.actors.canon import acronym_key, initials
    from chronica.actors.names import phrase_key

    new: dict[str, str] = {}
    for m in _RENAMED.finditer(text):
        name = re.sub(r"(?:\s+(?:of|the|for|and))+$", "", m.group(1))
        if " " in name:
            new[phrase_key(name.lower())] = initials(name)
    if not new:
        return
    keys = set(new)
    acronyms = set(new.values())
    for c in cands:
        if c.kind == "state":
            continue
        if phrase_key(re.sub(r"^(?:the|The)\s+", "", c.text).lower()) in keys or (
                (c.kind == "acronym" or c.text.isupper()) and acronym_key(c.text) in acronyms):
            c.canonical = None
            c.own_name = True


def _speaker_partials(text: str, cands: list) -> set[int]:  # type: ignore[type-arg]
    """First-token indices of one-word names followed by a verb of saying ("Gerasimov wrote")."""
    from chronica.actors.lexicon import SPEECH_VERBS

    out: set[int] = set()
    for cand in cands:
        if cand.kind != "partial":
            continue
        words = _NEXT_WORDS.match(text, cand.end)
        if words is None:
            continue
        first, second = words.group(1).lower(), (words.group(2) or "").lower()
        if first in SPEECH_VERBS or (first in ("has", "had", "also") and second in SPEECH_VERBS):
            out.add(cand.first_token)
    return out


_NEXT_WORDS = re.compile(r"[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")


def actor_roles(text: str, start: int, end: int, mentions: Sequence[ActorMention]) -> dict[int, str]:
    """Roles of the mentions inside ``[start, end)``: index into ``mentions`` -> role.

    Roles are ``perpetrator``, ``target``, ``victim``, ``speaker`` and ``source``; a mention whose
    role is not clear from the clause is left out.
    """
    return actor_roles_for(text, start, end, mentions)


# searched often, led by a look-ahead for the characters their matches begin with: the same matches, each
# position that cannot begin one failing at one test (chronica/events/leading.py)
_RENAMED = led(_RENAMED)
