"""Alias resolution across documents: every actor name of a corpus clustered into entities.

>>> from chronica.knowledge.model import NameMention
>>> ms = [NameMention("d1", 0, 17, "Abdul Rauf Khadim", "person", "Abdul Rauf Khadim"),
...       NameMention("d2", 0, 17, "Abdul Rauf Khadem", "person", "Abdul Rauf Khadem")]
>>> res = resolve(ms)
>>> res.entity_of[0] == res.entity_of[1], res.entities[0].evidence[0].rule
(True, 'transliteration')

**Input.** :func:`name_mentions` turns what ingest computes for one document (the actor mentions of
:func:`chronica.actors.find_actors`, the places of :func:`chronica.geo.geocode_document`, the dates of
:func:`chronica.time.find_dates`) into :class:`~chronica.knowledge.model.NameMention` records with
their context: the names, places and years of the sentence, role nouns next to the name, the
honorific written before it, explicit alias lists and namesake warnings.

**Units.** Mentions with the same document, kind, document canonical name and surface form are one
unit; the units of one document's actor (its canonical name, as :mod:`chronica.actors` linked them)
are one *local* actor (evidence ``in-document``, ``aka`` for an alias list).

**Rules, strong first** (each merge keeps a :class:`~chronica.knowledge.model.MergeEvidence`):

- ``known-list``: organisations whose names the reference list gives one canonical name (the
  designated-groups table, so "ISKP", "IS-KP", "Wilayat Khorasan" meet while the Islamic State
  itself stays apart);
- ``same-name``: the same name (folded) in two documents; for organisations also the same words up
  to connectors ("Tehrik-e Khilafat"/"Tehreek-i-Khilafat");
- ``transliteration``: people whose names have the same consonant skeleton word by word
  (:func:`chronica.actors.names.name_key`: Khadim/Khadem/Kaddim, Saeed/Said, Hafiz/Hafidh);
- ``name-order``: the same words in another order (three words or more; two need context);
- ``acronym``: an acronym shared by exactly one fully named organisation, or the initials of
  exactly one organisation's name;
- ``partial``: a shorter form of exactly one fuller name ("Khadim", "Saeed Khan"), with context;
- ``transliteration`` (loose): a leading vowel ("Usman"/"Osman") or one letter apart in the whole
  name, only with context.

**Context** decides the weaker rules: two clusters *agree* when they share co-mentioned actors
(already resolved), places, role nouns or years; a weak rule needs an agreement score of 1.0 (one
shared actor, or two places, ...). Names that are only particles ("Abu Bakr"), single words, or
names a document warns have a namesake are never merged on the string alone: such a name joins the
one cluster it agrees with best, or none. A weak rule never links two clusters that each hold a
different actor of one document, and a name that fits several fuller names joins none of them,
so two actors are never bridged by one ambiguous alias. People, organisations and states never
merge with one another, nor a name that is a gazetteer place with anything but the same place name.

**Corrections** (:class:`~chronica.knowledge.model.Correction`), applied on every run in their order,
undone ones skipped, names matched case- and accent-insensitively against surface forms and
document canonical names: ``merge`` forces the names into one entity (evidence ``analyst``);
``split`` takes the mentions written so out of their entity into one of their own and keeps every
automatic rule from linking them back (a later merge of the same names lifts it); ``rename`` sets
the display name of the entity holding the first name. Unknown actions are ignored.

**Entity ids** are content-derived and stable across re-runs of the same corpus: ``KIND:slug`` of
the automatic display name (before any rename) -- ``person:hafiz-saeed-khan`` -- and, for a second
entity with the same slug, ``~`` and six hex digits of its earliest mention's (document, offset).
A mention whose text and document name are both empty belongs to no entity (its id is ``""``).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from chronica.knowledge.aliases_context import (
    HONORIFIC_FORMS,
    alias_lists,
    namesake_cues,
    roles_near,
    sentence_index,
    sentence_of,
    title_before,
)
from chronica.knowledge.aliases_keys import (
    acronym_key,
    edit1_variants,
    initials,
    is_acronym,
    norm_name,
    org_joined,
    org_key,
    person_name,
    within_one_edit,
)
from chronica.knowledge.model import Correction, Entity, MergeEvidence, NameMention

__all__ = ["KnownLookup", "Resolution", "entity_record", "name_mentions", "resolve"]

KnownLookup = Callable[[str], "str | None"] | Mapping[str, str]

# agreement needed by the weaker rules; weights of what two clusters share
SUPPORT = 1.0
_W_ACTOR, _W_STATE, _W_COMMON = 1.0, 0.5, 0.5
_W_NEAR = 0.5  # an actor named in a neighbouring sentence counts half
_W_TITLE = 0.5  # the same honorific or rank ("Hafiz", "Mullah", "Gen.")
_W_PLACE, _MAX_PLACE = 0.5, 1.0
_W_ROLE, _MAX_ROLE = 0.5, 0.5
_W_YEAR, _MAX_YEAR = 0.25, 0.5
_MAX_HOSTS = 40  # a short name fitting more fuller names than this is not looked at further
_MAX_CONTEXT = 16
_MAX_BLOCK = 200  # a block of weak candidates larger than this is too ambiguous to pair up


# --- building the mentions of one document ---------------------------------------------------------


def name_mentions(
    doc_id: str,
    text: str,
    sentences: Sequence[tuple[int, int]],
    actor_mentions: Sequence[Any],
    place_mentions: Sequence[Any] = (),
    expressions: Sequence[Any] = (),
) -> list[NameMention]:
    """The :class:`NameMention` records of one document, in document order.

    ``actor_mentions`` are :class:`chronica.actors.ActorMention` (start, end, text, kind, canonical,
    source), ``place_mentions`` :class:`chronica.geo.PlaceMention` (start, end, place.name) and
    ``expressions`` :class:`chronica.time.TimeExpression` (start, value); offsets are into ``text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    actors = sorted(
        (a for a in actor_mentions if 0 <= a.start < a.end <= len(text)), key=lambda a: (a.start, a.end)
    )
    if not actors:
        return []
    starts, spans = sentence_index(sentences, len(text))
    per_sentence: dict[int, list[int]] = {}
    for n, a in enumerate(actors):
        per_sentence.setdefault(sentence_of(starts, a.start), []).append(n)
    places: dict[int, list[Any]] = {}
    for p in place_mentions:
        places.setdefault(sentence_of(starts, p.start), []).append(p)
    years: dict[int, set[int]] = {}
    for e in expressions:
        match = re.match(r"^(1[0-9]\d\d|20\d\d)", str(getattr(e, "value", "") or ""))
        if match is not None:
            years.setdefault(sentence_of(starts, e.start), set()).add(int(match.group(1)))
    para = _paragraph_ids(text, spans)
    cues = namesake_cues(text)
    flagged = _namesake_mentions(cues, actors, text)
    extra: dict[int, list[str]] = {}
    for k, heading, cue, names in alias_lists(text, [(a.start, a.end) for a in actors]):
        if k >= 0:
            subjects = [k]
        else:  # a profile's heading: the mentions of that name
            subjects = [n for n, a in enumerate(actors) if norm_name(a.text) == norm_name(heading)]
        if not subjects:
            continue
        subject = actors[subjects[0]]
        inside = {n for n, a in enumerate(actors) if cue <= a.start < cue + 400 and a.text in names}
        for n in subjects:
            extra.setdefault(n, []).extend(names)
        for n in inside - set(subjects):
            extra.setdefault(n, []).append(subject.canonical or subject.text)
    place_spans = sorted((p.start, p.end, p.place.name) for p in place_mentions if getattr(p, "place", None))
    place_starts = [s for s, _, _ in place_spans]
    out: list[NameMention] = []
    for n, a in enumerate(actors):
        s = sentence_of(starts, a.start)
        lo, hi = spans[s] if s < len(spans) else (0, len(text))
        own = a.canonical or a.text
        cut = flagged.get(n)
        co: list[str] = []
        for m in per_sentence.get(s, ()):
            other = actors[m]
            name = other.canonical or other.text
            if m == n or name == own or name in co or (cut is not None and other.start > cut):
                continue
            co.append(name)
        near: list[str] = []
        for t in (s - 1, s + 1):
            if 0 <= t < len(spans) and para[t] == para[s]:
                for m in per_sentence.get(t, ()):
                    name = actors[m].canonical or actors[m].text
                    if name != own and name not in co and name not in near:
                        near.append(name)
        sentence_years = years.get(s) or (years.get(s - 1, set()) if s > 0 and para[s - 1] == para[s] else set())
        place_names: list[str] = []
        for p in places.get(s, ()):
            if p.end <= a.start or p.start >= a.end:
                if p.place.name not in place_names and (cut is None or p.start < cut):
                    place_names.append(p.place.name)
        out.append(
            NameMention(
                doc_id=doc_id,
                start=a.start,
                end=a.end,
                text=a.text,
                kind=a.kind,
                doc_name=own,
                co_names=tuple(co[:_MAX_CONTEXT]),
                places=tuple(place_names[:_MAX_CONTEXT]),
                years=tuple(sorted(sentence_years))[:_MAX_CONTEXT],
                roles=roles_near(text, a.start, a.end, lo, hi),
                source=bool(getattr(a, "source", False)),
                title=title_before(text, a.start),
                aliases=tuple(dict.fromkeys(extra.get(n, ()))),
                namesake=n in flagged,
                place=_place_at(place_spans, place_starts, a.start, a.end),
                near_names=tuple(near[:_MAX_CONTEXT]),
            )
        )
    return out


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _paragraph_ids(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence: a new paragraph after a blank line between two sentences."""
    out: list[int] = []
    n = 0
    prev_end = 0
    for start, end in spans:
        if out and _BLANK_LINE.search(text, prev_end, start):
            n += 1
        out.append(n)
        prev_end = end
    return out


def _namesake_mentions(cues: list[int], actors: Sequence[Any], text: str) -> dict[int, int]:
    """Mention index -> cue offset, for the name each namesake warning is about (the one before it)."""
    out: dict[int, int] = {}
    ends = [a.end for a in actors]
    for cue in cues:
        k = bisect_right(ends, cue) - 1
        if k >= 0 and cue - actors[k].end <= 80 and "\n" not in text[actors[k].end : cue]:
            out[k] = cue
    return out


def _place_at(spans: list[tuple[int, int, str]], starts: list[int], start: int, end: int) -> str | None:
    k = bisect_right(starts, start) - 1
    while k >= 0 and spans[k][0] <= start:
        if spans[k][1] >= end and spans[k][0] <= start:
            return spans[k][2]
        if start - spans[k][0] > 200:
            break
        k -= 1
    return None


# --- resolution -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Resolution:
    """Entities of a corpus and the entity of each input mention (same order as the input)."""

    entities: list[Entity]
    entity_of: list[str]

    def entity(self, entity_id: str) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None


class _UF:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        lo, hi = (ra, rb) if ra < rb else (rb, ra)
        self.parent[hi] = lo
        return lo


@dataclass(slots=True)
class _Unit:
    doc: str
    kind: str
    doc_name: str
    surface: str
    mentions: list[int]
    first: int
    titles: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    namesake: bool = False
    place: str | None = None
    places_all: bool = True


@dataclass(slots=True)
class _Local:
    """One document's actor: the units chronica.actors gave one canonical name."""

    idx: int
    doc: str
    kind: str
    doc_name: str
    units: list[int]
    forms: list[str]
    tag: str | None
    place_like: bool
    namesake: set[str]
    conames: set[str] = field(default_factory=set)
    near: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)


@dataclass(slots=True)
class _Ctx:
    actors: set[int] = field(default_factory=set)
    near: set[int] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    docs: dict[str, set[int]] = field(default_factory=dict)  # doc -> local actors


def _lookup(known: KnownLookup | None) -> Callable[[str], str | None]:
    if known is None:
        from chronica.actors.known import known_canonical

        return known_canonical
    if isinstance(known, Mapping):
        table = {norm_name(k): v for k, v in known.items()}
        return lambda name: table.get(norm_name(name))
    return known


def resolve(
    mentions: Sequence[NameMention],
    corrections: Iterable[Correction] = (),
    known: KnownLookup | None = None,
) -> Resolution:
    """Cluster the mentions of a corpus into entities, corrections applied; deterministic.

    ``known`` looks up the canonical name of an organisation from a reference list (a function or a
    mapping of alias to canonical name); by default the designated-groups table of
    :mod:`chronica.actors.known`. Pass ``{}`` to resolve from the documents alone.
    """
    return _Resolver(list(mentions), list(corrections), _lookup(known)).run()


class _Resolver:
    def __init__(self, mentions: list[NameMention], corrections: list[Correction], known: Callable[[str], str | None]):
        for m in mentions:
            if not isinstance(m, NameMention):
                raise TypeError(f"resolve() takes NameMention records, not {type(m).__name__}")
        self.mentions = mentions
        self.corrections = [c for c in corrections if not c.undone]
        self.known = known
        self.units: list[_Unit] = []
        self.unit_of: list[int] = [-1] * len(mentions)
        self.evidence: list[tuple[int, MergeEvidence]] = []  # (unit at the time, evidence)

    # --- corrections as constraints -----------------------------------------------------------
    def _plan_corrections(self) -> tuple[dict[str, str], list[tuple[Correction, set[str]]], list[tuple[str, str]]]:
        """(name -> split tag, merge groups still in force, renames) from the corrections in order."""
        isolated: dict[str, str] = {}
        merges: list[tuple[Correction, set[str]]] = []
        renames: list[tuple[str, str]] = []
        for c in self.corrections:
            names = {norm_name(n) for n in c.names if norm_name(n)}
            if c.action == "merge":
                for n in names:
                    isolated.pop(n, None)
                merges.append((c, names))
            elif c.action == "split":
                for n in names:
                    isolated[n] = c.id
                for _, group in merges:
                    group -= names
            elif c.action == "rename" and c.value and names:
                renames.append((norm_name(c.names[0]), c.value))
        return isolated, [(c, g) for c, g in merges if len(g) >= 1], renames

    # --- units and local actors -----------------------------------------------------------------
    def _build_units(self, isolated: dict[str, str]) -> list[str | None]:
        index: dict[tuple[str, str, str, str], int] = {}
        order = sorted(range(len(self.mentions)), key=lambda i: (self.mentions[i].doc_id, self.mentions[i].start, i))
        for i in order:
            m = self.mentions[i]
            surface = " ".join((m.text or "").split()) or " ".join((m.doc_name or "").split())
            if not surface or not norm_name(surface):
                continue
            doc_name = " ".join((m.doc_name or "").split()) or surface
            kind = (m.kind or "org").strip().lower()
            key = (m.doc_id, kind, norm_name(doc_name), norm_name(surface))
            u = index.get(key)
            if u is None:
                u = len(self.units)
                index[key] = u
                self.units.append(_Unit(m.doc_id, kind, doc_name, surface, [], m.start))
            unit = self.units[u]
            unit.mentions.append(i)
            self.unit_of[i] = u
            if m.title:
                unit.titles.add(m.title)
            unit.aliases.extend(a for a in m.aliases if a not in unit.aliases)
            unit.namesake = unit.namesake or m.namesake
            if m.place:
                unit.place = m.place
            else:
                unit.places_all = False
        surfaces = {norm_name(unit.surface) for unit in self.units}
        tags: list[str | None] = []
        for unit in self.units:
            tag = isolated.get(norm_name(unit.surface))
            if tag is None and norm_name(unit.doc_name) not in surfaces:
                tag = isolated.get(norm_name(unit.doc_name))  # a name no mention is written as
            tags.append(tag)
        return tags

    def _locals(self, uf: _UF, tags: list[str | None]) -> list[_Local]:
        """In-document links (and alias lists), then one _Local per resulting group."""
        by_name: dict[tuple[str, str, str], int] = {}
        by_surface: dict[tuple[str, str], list[int]] = {}
        for u, unit in enumerate(self.units):
            by_surface.setdefault((unit.doc, norm_name(unit.surface)), []).append(u)
            by_surface.setdefault((unit.doc, norm_name(unit.doc_name)), []).append(u)
        # a place name the document linked to an actor ("from Orakazi" -> "Abdullah Orakzai") stays apart
        detached = {
            u for u, unit in enumerate(self.units)
            if unit.place is not None and unit.places_all and norm_name(unit.surface) != norm_name(unit.doc_name)
        }
        for u in detached:
            self.units[u].doc_name = self.units[u].surface
        for u, unit in enumerate(self.units):
            if u in detached:
                continue
            key = (unit.doc, unit.kind, norm_name(unit.doc_name))
            head = by_name.setdefault(key, u)
            if head != u and tags[head] == tags[u]:
                if uf.find(head) != uf.find(u):
                    self._record(uf, head, u, "in-document", unit.doc_name, unit.surface, (unit.doc,),
                                 "one actor in the document (chronica.actors)")
        for u, unit in enumerate(self.units):
            for alias in unit.aliases:
                for v in by_surface.get((unit.doc, norm_name(alias)), ()):
                    other = self.units[v]
                    if v in detached or u in detached:
                        continue
                    if other.kind == unit.kind and tags[v] == tags[u] and uf.find(u) != uf.find(v):
                        self._record(uf, u, v, "aka", unit.surface, other.surface, (unit.doc,),
                                     "the document gives it as another name")
        groups: dict[int, list[int]] = {}
        for u in range(len(self.units)):
            groups.setdefault(uf.find(u), []).append(u)
        out: list[_Local] = []
        for members in groups.values():
            first = self.units[members[0]]
            forms: list[str] = []
            names_flagged: set[str] = set()
            for u in members:
                unit = self.units[u]
                for form in (unit.doc_name, unit.surface, *unit.aliases):
                    if form not in forms:
                        forms.append(form)
                if unit.namesake:
                    names_flagged.update({norm_name(unit.surface), norm_name(unit.doc_name)})
            local = _Local(
                len(out), first.doc, first.kind, first.doc_name, members, forms, tags[members[0]],
                all(self.units[u].places_all and self.units[u].place is not None for u in members), names_flagged,
            )
            for u in members:
                for word in self.units[u].surface.split():
                    folded = HONORIFIC_FORMS.get(word.lower().rstrip("."))
                    if folded:
                        local.titles.add(folded)
                for i in self.units[u].mentions:
                    m = self.mentions[i]
                    local.conames.update(norm_name(c) for c in m.co_names)
                    local.near.update(norm_name(c) for c in m.near_names)
                    if m.title:
                        local.titles.add(HONORIFIC_FORMS.get(m.title.lower().rstrip("."), m.title.lower()))
                    local.places.update(norm_name(p) for p in m.places)
                    local.years.update(y for y in m.years if isinstance(y, int))
                    local.roles.update(m.roles)
            out.append(local)
        return out

    def _record(self, uf: _UF, a: int, b: int, rule: str, name_a: str, name_b: str, docs: tuple[str, ...],
                detail: str) -> None:
        uf.union(a, b)
        ordered = tuple(dict.fromkeys(docs))
        self.evidence.append((a, MergeEvidence(rule, (name_a, name_b), ordered, detail)))

    # --- the run ----------------------------------------------------------------------------------
    def run(self) -> Resolution:
        isolated, merges, renames = self._plan_corrections()
        tags = self._build_units(isolated)
        uf = _UF(len(self.units))
        # units isolated by one split are one entity
        by_tag: dict[str, int] = {}
        for u, tag in enumerate(tags):
            if tag is not None:
                head = by_tag.setdefault(tag, u)
                if head != u and uf.find(head) != uf.find(u):
                    self._record(uf, head, u, "analyst", self.units[head].surface, self.units[u].surface,
                                 (self.units[head].doc, self.units[u].doc), f"split {tag}")
        locals_ = self._locals(uf, tags)
        linker = _Linker(self, uf, locals_)
        linker.run()
        for c, names in merges:
            members = [u for u, unit in enumerate(self.units)
                       if norm_name(unit.surface) in names or norm_name(unit.doc_name) in names]
            for u in members[1:]:
                if uf.find(members[0]) != uf.find(u):
                    who = f" by {c.who}" if c.who else ""
                    at = f" at {c.at}" if c.at else ""
                    self._record(uf, members[0], u, "analyst", self.units[members[0]].surface,
                                 self.units[u].surface, (self.units[members[0]].doc, self.units[u].doc),
                                 f"merge {c.id}{who}{at}")
        return self._entities(uf, renames)

    # --- entities ---------------------------------------------------------------------------------
    def _entities(self, uf: _UF, renames: list[tuple[str, str]]) -> Resolution:
        clusters: dict[int, list[int]] = {}
        for u in range(len(self.units)):
            clusters.setdefault(uf.find(u), []).append(u)
        evidence: dict[int, list[MergeEvidence]] = {}
        for u, ev in self.evidence:
            evidence.setdefault(uf.find(u), []).append(ev)
        built: list[tuple[tuple[str, int, str], int, str, str, list[int]]] = []
        for root, members in clusters.items():
            kind = Counter(self.units[u].kind for u in members).most_common(1)[0][0]
            name = self._display(kind, members)
            first = min((self.units[u].doc, self.units[u].first, self.units[u].surface) for u in members)
            built.append((first, root, kind, name, members))
        built.sort()
        seen: set[str] = set()
        ids: dict[int, str] = {}
        for first, root, kind, name, _ in built:
            slug = "-".join(norm_name(name).split())[:60] or "unnamed"
            eid = f"{kind}:{slug}"
            if eid in seen:
                eid += "~" + hashlib.blake2b(f"{first[0]}:{first[1]}".encode(), digest_size=3).hexdigest()
            seen.add(eid)
            ids[root] = eid
        rename_of: dict[int, str] = {}
        for name, value in renames:
            for u, unit in enumerate(self.units):
                if norm_name(unit.surface) == name or norm_name(unit.doc_name) == name:
                    rename_of[uf.find(u)] = value
                    break
        entities: list[Entity] = []
        for _, root, kind, name, members in built:
            display = rename_of.get(root, name)
            aliases: list[str] = [display]
            docs: list[str] = []
            count = 0
            for u in members:
                unit = self.units[u]
                count += len(unit.mentions)
                forms = [unit.surface, unit.doc_name, *unit.aliases]
                forms += [f"{t} {unit.surface}" for t in sorted(unit.titles)]
                for form in forms:
                    if form not in aliases:
                        aliases.append(form)
                if unit.doc not in docs:
                    docs.append(unit.doc)
            if name not in aliases:
                aliases.append(name)
            entities.append(
                Entity(
                    id=ids[root],
                    name=display,
                    kind=kind,
                    aliases=(display, *sorted(set(aliases) - {display})),
                    docs=tuple(sorted(docs)),
                    evidence=tuple(evidence.get(root, ())),
                    mentions=count,
                )
            )
        entity_of = [ids[uf.find(u)] if u >= 0 else "" for u in self.unit_of]
        return Resolution(entities, entity_of)

    def _display(self, kind: str, members: list[int]) -> str:
        """The display name: a reference list's name, else the fullest name the documents use most."""
        mentions: Counter[str] = Counter()
        first: dict[str, tuple[str, int]] = {}
        for u in members:
            unit = self.units[u]
            mentions[unit.surface] += len(unit.mentions)
            for form in (unit.doc_name, unit.surface):
                first[form] = min(first.get(form, (unit.doc, unit.first)), (unit.doc, unit.first))
        # count each document once per doc name
        per_doc: Counter[str] = Counter()
        seen: set[tuple[str, str]] = set()
        for u in members:
            unit = self.units[u]
            if (unit.doc, unit.doc_name) not in seen:
                seen.add((unit.doc, unit.doc_name))
                per_doc[unit.doc_name] += 1
        candidates = set(per_doc) | set(mentions)
        if kind == "org":
            listed = [n for n in candidates if self.known(n) == n]
            if listed:
                return max(listed, key=lambda n: (per_doc[n], mentions[n], len(n), _neg(first.get(n)), n))
            full = [n for n in candidates if not is_acronym(n)] or list(candidates)
            return max(full, key=lambda n: (per_doc[n], len(n.split()), mentions[n], _neg(first.get(n)), n))
        if kind == "person":
            return max(
                candidates,
                key=lambda n: (
                    len(person_name(n).keys),
                    per_doc[n],
                    mentions[n],
                    _neg(first.get(n)),
                    n,
                ),
            )
        return max(candidates, key=lambda n: (per_doc[n], mentions[n], _neg(first.get(n)), n))


def _neg(pos: tuple[str, int] | None) -> tuple[int, ...]:
    """A sort key that puts earlier (document, offset) first under max()."""
    if pos is None:
        return (0,)
    return tuple(-ord(c) for c in pos[0]) + (-pos[1],)


# --- cross-document linking -------------------------------------------------------------------------


class _Linker:
    """Strong rules on exact keys, then the weaker rules checked against context and uniqueness."""

    def __init__(self, owner: _Resolver, uf: _UF, locals_: list[_Local]) -> None:
        self.o = owner
        self.uf = uf
        self.locals = locals_
        self.rep = [loc.units[0] for loc in locals_]  # a unit standing for each local actor
        self.ctx: dict[int, _Ctx] = {}
        n_docs = len({loc.doc for loc in locals_})
        self.n_docs = n_docs

    def find(self, k: int) -> int:
        """Root unit of local actor k."""
        return self.uf.find(self.rep[k])

    def allowed(self, a: int, b: int) -> bool:
        la, lb = self.locals[a], self.locals[b]
        if la.kind != lb.kind or la.tag != lb.tag:
            return False
        if la.place_like != lb.place_like:
            return False
        return True

    def link(self, a: int, b: int, rule: str, name_a: str, name_b: str, detail: str = "") -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.allowed(a, b):
            return False
        la, lb = self.locals[a], self.locals[b]
        ca, cb = self.ctx.get(ra), self.ctx.get(rb)
        self.o._record(self.uf, self.rep[a], self.rep[b], rule, name_a, name_b, (la.doc, lb.doc), detail)
        root = self.uf.find(ra)
        if ca is not None or cb is not None:
            merged = _merge_ctx(ca, cb)
            self.ctx.pop(ra, None)
            self.ctx.pop(rb, None)
            self.ctx[root] = merged
        return True

    def run(self) -> None:
        strong, weak_blocks = self._strong_blocks()
        priority = {"known-list": 0, "same-name": 1, "name-order": 2}
        for key in sorted(strong, key=lambda k: (priority.get(k.split(":", 1)[0], 9), k)):
            members = strong[key]
            rule_base, _, rest = key.partition(":")
            head = members[0]
            for k in members[1:]:
                self._link_strong(head, k, rule_base, rest)
        # twice: a merge of the first round can make two clusters share a co-mentioned actor
        for _ in range(2):
            self.ctx = {}
            self._build_context()
            self._weak(weak_blocks)

    # --- keys ------------------------------------------------------------------------------------
    def _strong_blocks(self) -> tuple[dict[str, list[int]], dict[str, dict[str, list[int]]]]:
        strong: dict[str, list[int]] = {}
        weak: dict[str, dict[str, list[int]]] = {
            "ambiguous": {}, "order2": {}, "loose": {}, "edit": {}, "short": {}, "acronym": {}, "place": {},
        }

        def add(table: dict[str, list[int]], key: str, k: int) -> None:
            lst = table.setdefault(key, [])
            if not lst or lst[-1] != k:
                lst.append(k)

        flagged_keys = {
            person_name(form).joined
            for loc in self.locals if loc.kind == "person" and loc.namesake
            for form in loc.forms if norm_name(form) in loc.namesake
        }
        for k, loc in enumerate(self.locals):
            if loc.place_like:
                add(weak["place"], f"{loc.kind}:{norm_name(loc.doc_name)}", k)
                continue
            if loc.kind == "state":
                add(strong, f"same-name:state:{norm_name(loc.doc_name)}", k)
                continue
            if loc.kind == "org":
                for form in loc.forms:
                    hit = self.o.known(form)
                    if hit:
                        add(strong, f"known-list:{hit}", k)
                    if is_acronym(form):
                        add(weak["acronym"], acronym_key(form), k)
                    else:
                        okey = org_key(form)
                        if okey:
                            add(strong, f"same-name:org:{okey}", k)
                            if " " in okey:  # "Hindu Kush" / "Hindukush"
                                add(strong, f"same-name:orgj:{org_joined(form)}", k)
                continue
            has_full = any(len(person_name(f).keys) >= 2 for f in loc.forms)
            for form in loc.forms:
                pn = person_name(form)
                if not pn.keys:
                    continue
                flagged = pn.joined in flagged_keys
                if len(pn.keys) < 2 and has_full and not flagged:
                    continue  # "Khadim" beside "Abdul Rauf Khadim": the fuller name speaks for it
                if len(pn.keys) >= 2 and pn.informative >= 2 and not flagged:
                    add(strong, f"same-name:{loc.kind}:{pn.joined}", k)
                    if len(pn.keys) >= 3:
                        add(strong, f"name-order:{loc.kind}:{' '.join(pn.sorted_keys)}", k)
                    else:
                        add(weak["order2"], " ".join(pn.sorted_keys), k)
                elif len(pn.keys) >= 2 and pn.informative >= 1 or flagged:
                    add(weak["ambiguous"], pn.joined, k)
                else:
                    add(weak["short"], pn.joined, k)
                if pn.informative >= 2:
                    add(weak["loose"], "".join(pn.loose), k)
                    if len(pn.joined) >= 6:
                        for variant in edit1_variants(pn.joined):
                            add(weak["edit"], variant, k)
        return strong, weak

    def _link_strong(self, a: int, b: int, rule: str, key: str) -> None:
        la, lb = self.locals[a], self.locals[b]
        name_a, name_b = la.doc_name, lb.doc_name
        if la.kind == "person":
            shared = self._shared_form(la, lb)
            if shared is not None:
                name_a, name_b = shared
                if norm_name(name_a) == norm_name(name_b):
                    rule = "same-name"
                elif person_name(name_a).joined == person_name(name_b).joined:
                    rule = "transliteration"
        elif rule == "known-list":
            name_a = next((f for f in la.forms if self.o.known(f) == key), name_a)
            name_b = next((f for f in lb.forms if self.o.known(f) == key), name_b)
        elif rule == "same-name" and la.kind == "org":
            how, _, value = key.partition(":")
            keyer = org_joined if how == "orgj" else org_key
            name_a = next((f for f in la.forms if keyer(f) == value), name_a)
            name_b = next((f for f in lb.forms if keyer(f) == value), name_b)
        detail = {
            "known-list": "the reference list gives both one canonical name",
            "same-name": "the same name in both documents",
            "transliteration": "the same consonant skeleton, word by word",
            "name-order": "the same name words in another order",
        }.get(rule, "")
        self.link(a, b, rule, name_a, name_b, detail)

    @staticmethod
    def _shared_form(la: _Local, lb: _Local) -> tuple[str, str] | None:
        keys: dict[str, str] = {}
        for form in la.forms:
            pn = person_name(form)
            if len(pn.keys) >= 2:
                keys.setdefault(pn.joined, form)
        best: tuple[str, str] | None = None
        for form in lb.forms:
            pn = person_name(form)
            hit = keys.get(pn.joined)
            if hit is not None:
                if norm_name(hit) == norm_name(form):
                    return hit, form
                best = best or (hit, form)
        return best

    # --- context ---------------------------------------------------------------------------------
    def _build_context(self) -> None:
        name_index: dict[tuple[str, str], int] = {}
        for k, loc in enumerate(self.locals):
            for form in (loc.doc_name, *loc.forms):
                name_index.setdefault((loc.doc, norm_name(form)), k)
        doc_freq: Counter[int] = Counter()
        actor_sets: list[set[int]] = []
        near_sets: list[set[int]] = []
        for loc in self.locals:
            roots = {self.find(j) for j in (name_index.get((loc.doc, c)) for c in loc.conames) if j is not None}
            actor_sets.append(roots)
            near = {self.find(j) for j in (name_index.get((loc.doc, c)) for c in loc.near) if j is not None}
            near_sets.append(near - roots)
        per_root_docs: dict[int, set[str]] = {}
        for k, loc in enumerate(self.locals):
            per_root_docs.setdefault(self.find(k), set()).add(loc.doc)
        for root, docs in per_root_docs.items():
            doc_freq[root] = len(docs)
        self.doc_freq = doc_freq
        self.kind_of_root = {self.find(k): loc.kind for k, loc in enumerate(self.locals)}
        for k, loc in enumerate(self.locals):
            root = self.find(k)
            ctx = self.ctx.get(root)
            if ctx is None:
                ctx = self.ctx[root] = _Ctx()
            ctx.actors |= actor_sets[k]
            ctx.near |= near_sets[k]
            ctx.titles |= loc.titles
            ctx.places |= loc.places
            ctx.years |= loc.years
            ctx.roles |= loc.roles
            ctx.docs.setdefault(loc.doc, set()).add(k)

    def support(self, a: int, b: int) -> float:
        ra, rb = self.find(a), self.find(b)
        ca, cb = self.ctx.get(ra), self.ctx.get(rb)
        if ca is None or cb is None:
            return 0.0
        score = 0.0
        common = max(3, self.n_docs // 2)
        shared = ca.actors & cb.actors
        near = ((ca.actors | ca.near) & (cb.actors | cb.near)) - shared
        for actors, factor in ((shared, 1.0), (near, _W_NEAR)):
            for actor in actors:
                if actor in (ra, rb):
                    continue
                kind = self.kind_of_root.get(actor)
                if kind == "state":
                    score += _W_STATE * factor
                elif self.doc_freq.get(actor, 0) > common and self.n_docs >= 4:
                    score += _W_COMMON * factor
                else:
                    score += _W_ACTOR * factor
        if ca.titles & cb.titles:
            score += _W_TITLE
        score += min(_MAX_PLACE, _W_PLACE * len(ca.places & cb.places))
        score += min(_MAX_ROLE, _W_ROLE * len(ca.roles & cb.roles - {"member", "official"}))
        score += min(_MAX_YEAR, _W_YEAR * len(ca.years & cb.years))
        return score

    def same_doc_clash(self, a: int, b: int, strict: bool = True) -> bool:
        """Both clusters hold an actor of one document: the document told two actors apart there, and
        a weak rule must not join them. Not strict: unless that pair is (a, b) itself (a partial name
        the document left unlinked)."""
        ca, cb = self.ctx.get(self.find(a)), self.ctx.get(self.find(b))
        if ca is None or cb is None:
            return False
        small, big = (ca, cb) if len(ca.docs) <= len(cb.docs) else (cb, ca)
        pair = {a, b}
        for doc, ks in small.docs.items():
            other = big.docs.get(doc)
            if other and (strict or not (ks | other) <= pair):
                return True
        return False

    # --- the weaker rules ---------------------------------------------------------------------------
    def _weak(self, blocks: dict[str, dict[str, list[int]]]) -> None:
        self._acronyms(blocks["acronym"])
        self._initials()
        for key in sorted(blocks["place"]):
            members = blocks["place"][key]
            for k in members[1:]:
                self.link(members[0], k, "same-name", self.locals[members[0]].doc_name, self.locals[k].doc_name,
                          "the same place name")
        # two-word names in another order, names of particles or with a namesake: best agreeing cluster
        for table, rule in (("ambiguous", "same-name"), ("order2", "name-order")):
            for key in sorted(blocks[table]):
                if len(blocks[table][key]) <= _MAX_BLOCK:
                    self._best_match(blocks[table][key], rule)
        for key in sorted(blocks["loose"]):
            if len(blocks["loose"][key]) <= _MAX_BLOCK:
                self._best_match(blocks["loose"][key], "transliteration", detail="a vowel apart; context agrees")
        for key in sorted(blocks["edit"]):
            members = blocks["edit"][key]
            if 1 < len(members) <= _MAX_HOSTS:
                self._best_match(members, "transliteration", detail="one letter apart; context agrees", edit=True)
        self._partials(blocks["short"])

    def _best_match(self, members: list[int], rule: str, detail: str = "context agrees", edit: bool = False) -> None:
        """Each cluster of the block joins the one other cluster it agrees with best (score >= SUPPORT)."""
        if len(members) < 2:
            return
        groups: dict[int, list[int]] = {}
        for j in members:
            groups.setdefault(self.find(j), []).append(j)
        if len(groups) < 2:
            return
        ordered = list(groups.values())
        for group in ordered:
            k = group[0]
            best: list[tuple[float, int, int]] = []
            seen: set[int] = {self.find(k)}
            for other in ordered:
                rj = self.find(other[0])
                if rj in seen:
                    continue
                seen.add(rj)
                pair = self._pair(group, other, edit)
                if pair is None:
                    continue
                best.append((self.support(pair[0], pair[1]), pair[1], pair[0]))
            if not best:
                continue
            best.sort(key=lambda t: (-t[0], t[1]))
            score, j, kk = best[0]
            if score < SUPPORT or (len(best) > 1 and best[1][0] == score):
                continue
            if self.same_doc_clash(kk, j):
                continue
            self.link(j, kk, rule, self.locals[j].doc_name, self.locals[kk].doc_name, f"{detail} ({score:.2f})")

    def _pair(self, group: list[int], other: list[int], edit: bool) -> tuple[int, int] | None:
        """A (member of group, member of other) pair the rule may link, preferring one document."""
        found: tuple[int, int] | None = None
        for k in group:
            for j in other:
                if not self.allowed(k, j) or (edit and not self._edit_pair(k, j)):
                    continue
                if self.locals[k].doc == self.locals[j].doc:
                    return k, j
                found = found or (k, j)
        return found

    def _edit_pair(self, a: int, b: int) -> bool:
        ka = {person_name(f).joined for f in self.locals[a].forms if person_name(f).informative >= 2}
        kb = {person_name(f).joined for f in self.locals[b].forms if person_name(f).informative >= 2}
        return any(within_one_edit(x, y) for x in ka for y in kb if len(x) >= 6 and len(y) >= 6)

    def _partials(self, short: dict[str, list[int]]) -> None:
        """A one-word name ("Khadim", "Mullah Omar") joins the one cluster whose fuller name holds it."""
        index: dict[str, list[int]] = {}
        for k, loc in enumerate(self.locals):
            if loc.kind != "person" or loc.place_like:
                continue
            for form in loc.forms:
                pn = person_name(form)
                if len(pn.keys) >= 2:
                    for key in set(pn.keys):
                        lst = index.setdefault(key, [])
                        if not lst or lst[-1] != k:
                            lst.append(k)
        plans: list[tuple[int, int, str]] = []
        for key in sorted(short):
            hosts_all = index.get(key, [])
            for k in short[key]:
                hosts = [h for h in hosts_all[: _MAX_HOSTS + 1] if h != k and self.allowed(k, h)]
                roots = {self.find(h) for h in hosts}
                roots.discard(self.find(k))
                if len(roots) == 1 and len(hosts_all) <= _MAX_HOSTS:
                    doc = self.locals[k].doc
                    host = min(hosts, key=lambda h: (self.find(h) not in roots, self.locals[h].doc != doc, h))
                    plans.append((k, host, key))
        for k, host, _key in plans:
            same_doc = self.locals[k].doc == self.locals[host].doc
            score = self.support(k, host)
            if not same_doc and score < SUPPORT:
                continue
            if self.same_doc_clash(k, host, strict=False):
                continue
            lk, lh = self.locals[k], self.locals[host]
            self.link(host, k, "partial", lh.doc_name, lk.doc_name,
                      f"a shorter form of the one fuller name ({score:.2f})")
        # the same single name in several documents (no fuller name took it): when context agrees
        for key in sorted(short):
            if len(short[key]) <= _MAX_BLOCK:
                self._best_match(short[key], "same-name")

    def _acronyms(self, table: dict[str, list[int]]) -> None:
        """An acronym links the clusters that carry it when at most one of them has a full name."""
        for key in sorted(table):
            members = table[key]
            roots: dict[int, list[int]] = {}
            for k in members:
                roots.setdefault(self.find(k), []).append(k)
            if len(roots) < 2:
                continue
            full = [r for r in roots if any(self._has_full_name(k) for k in roots[r])]
            if len(full) <= 1:
                ordered = sorted(roots, key=lambda r: (r not in full, r))
                head = roots[ordered[0]][0]
                for r in ordered[1:]:
                    k = roots[r][0]
                    self.link(head, k, "acronym", self._acronym_form(head, key), self._acronym_form(k, key),
                              "the same acronym, at most one full name for it")
            else:
                acr_only = [roots[r][0] for r in roots if r not in full]
                for k in acr_only:
                    self._best_match([k] + [roots[r][0] for r in full], "acronym",
                                     detail="an acronym of several names; context agrees")

    def _acronym_form(self, k: int, key: str) -> str:
        for form in self.locals[k].forms:
            if is_acronym(form) and acronym_key(form) == key:
                return form
        return self.locals[k].doc_name

    def _has_full_name(self, k: int) -> bool:
        return any(not is_acronym(f) for f in self.locals[k].forms)

    def _initials(self) -> None:
        """An acronym-only cluster joins the one organisation whose name it abbreviates.

        "ISKP" is the initials of "Islamic State Khorasan Province", "ISK" the same without its head
        word; "ISIS-K" and "IS-K" a parent's short form ("ISIS" is the Islamic State, "IS" its
        initials) joined to the initials of the rest of the name.
        """
        direct: dict[str, set[int]] = {}
        split: dict[str, list[tuple[int, str]]] = {}
        full_of: dict[int, str] = {}
        acronym_only: list[int] = []
        for k, loc in enumerate(self.locals):
            if loc.kind != "org" or loc.place_like:
                continue
            fulls = [f for f in loc.forms if len(f.split()) > 1 and not any(is_acronym(w) for w in f.split())]
            if not fulls and any(is_acronym(f) for f in loc.forms):
                acronym_only.append(k)
            for f in fulls:
                words = re.sub(r"^(?:the|The)\s+", "", f).split()
                full_of.setdefault(k, f)
                for key in _initial_keys(words, 2):
                    direct.setdefault(key, set()).add(k)
                for i in range(1, len(words)):
                    for key in _initial_keys(words[i:]):
                        split.setdefault(key, []).append((k, " ".join(words[:i])))
        for k in acronym_only:
            if self._has_full_name_cluster(k):
                continue
            forms = [f for f in self.locals[k].forms if is_acronym(f)]
            form = forms[0]
            key = acronym_key(form)
            hosts = set(direct.get(key, ()))
            structural = False
            parts = re.split(r"[-\u2010\u2011\u2013]", form)
            if len(parts) > 1:
                head, rest = "".join(parts[:-1]), parts[-1]
                parent = self.o.known(head)
                for h, lead in split.get(acronym_key(rest), ()):
                    if acronym_key(head) == initials(lead) or (parent and parent in (lead, self.o.known(lead))):
                        hosts.add(h)
                        structural = True
            hosts_ok = [h for h in sorted(hosts) if self.allowed(k, h)]
            roots = {self.find(h) for h in hosts_ok} - {self.find(k)}
            if len(roots) != 1:
                continue
            host = min(h for h in hosts_ok if self.find(h) in roots)
            cross = self.locals[k].doc != self.locals[host].doc
            if cross and not (structural or len(key) >= 4) and self.support(k, host) < SUPPORT:
                continue
            self.link(host, k, "acronym", full_of[host], form, "the initials of the one organisation so named")

    def _has_full_name_cluster(self, k: int) -> bool:
        root = self.find(k)
        ctx = self.ctx.get(root)
        if ctx is None:
            return False
        return any(self._has_full_name(j) for ks in ctx.docs.values() for j in ks)


_GENERIC_HEADS = frozenset("province wilayat front group network movement party brigade organisation organization".split())


def _initial_keys(words: list[str], min_len: int = 1) -> set[str]:
    """Initials of a name, and of the name without a generic head word ("Province", "Front")."""
    if not words:
        return set()
    out = {initials(" ".join(words))}
    if len(words) > 1 and words[-1].lower() in _GENERIC_HEADS:
        out.add(initials(" ".join(words[:-1])))
    return {k for k in out if len(k) >= min_len}


def _merge_ctx(a: _Ctx | None, b: _Ctx | None) -> _Ctx:
    if a is None:
        return b or _Ctx()
    if b is None:
        return a
    if len(a.actors) + len(a.docs) < len(b.actors) + len(b.docs):
        a, b = b, a
    a.actors |= b.actors
    a.near |= b.near
    a.titles |= b.titles
    a.places |= b.places
    a.years |= b.years
    a.roles |= b.roles
    for doc, ks in b.docs.items():
        a.docs.setdefault(doc, set()).update(ks)
    return a


def entity_record(entity: Entity) -> dict[str, Any]:
    """The export shape of an entity (``{"id", "name", "kind", "aliases"}``, as ../shared/eval reads)."""
    return {"id": entity.id, "name": entity.name, "kind": entity.kind, "aliases": list(entity.aliases)}
