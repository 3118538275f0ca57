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
from dataclasses import dataclass
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
    is_acronym,
    norm_name,
    person_name,
)
from chronica.knowledge.aliases_link import Linker, Local, UnionFind, Unit
from chronica.knowledge.model import Correction, Entity, MergeEvidence, NameMention

__all__ = ["KnownLookup", "Resolution", "entity_record", "name_mentions", "resolve"]

_MAX_CONTEXT = 16  # names, places and years kept per mention

KnownLookup = Callable[[str], "str | None"] | Mapping[str, str]

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
        self.units: list[Unit] = []
        self.unit_of: list[int] = [-1] * len(mentions)
        self.evidence: list[tuple[int, MergeEvidence]] = []  # (unit at the time, evidence)
        self.labels: dict[int, set[tuple[int, int]]] = {}  # root unit -> (reject, side) it holds

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

    def _label_rejects(self) -> None:
        """Mark the units each ``reject`` correction keeps apart: side 0 or 1 of reject r as (r, side).
        A reject names its entities' in-document actors; an older one without them, its two names."""
        for r, c in enumerate(x for x in self.corrections if x.action == "reject"):
            if len(c.sides) == 2:
                sides = [{(doc, norm_name(name)) for doc, name in side} for side in c.sides]
                for u, unit in enumerate(self.units):
                    key = (unit.doc, norm_name(unit.doc_name))
                    hits = [s for s in (0, 1) if key in sides[s]]
                    if len(hits) == 1:
                        self.labels.setdefault(u, set()).add((r, hits[0]))
            elif len(c.names) >= 2:
                x, y = norm_name(c.names[0]), norm_name(c.names[1])
                if not x or not y or x == y:
                    continue  # two entities of one name: only their recorded actors can tell them apart
                for u, unit in enumerate(self.units):
                    forms = {norm_name(unit.surface), norm_name(unit.doc_name)}
                    hits = [s for s, n in ((0, x), (1, y)) if n in forms]
                    if len(hits) == 1:
                        self.labels.setdefault(u, set()).add((r, hits[0]))

    def forbids(self, uf: UnionFind, a: int, b: int) -> bool:
        """Whether joining units ``a`` and ``b`` would put together two entities an analyst rejected."""
        la, lb = self.labels.get(uf.find(a)), self.labels.get(uf.find(b))
        if not la or not lb:
            return False
        return any((r, 1 - side) in lb for r, side in la)

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
                self.units.append(Unit(m.doc_id, kind, doc_name, surface, [], m.start))
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

    def _locals(self, uf: UnionFind, tags: list[str | None]) -> list[Local]:
        """In-document links (and alias lists), then one Local per resulting group."""
        by_name: dict[tuple[str, str, str], int] = {}
        by_surface: dict[tuple[str, str], list[int]] = {}
        for u, unit in enumerate(self.units):
            by_surface.setdefault((unit.doc, norm_name(unit.surface)), []).append(u)
            by_surface.setdefault((unit.doc, norm_name(unit.doc_name)), []).append(u)
        # a place name the document linked to an actor ("from Orakazi" -> "Abdullah Orakzai") stays apart; a
        # person's surname written as in the full name ("succeeded Wani" after "Burhan Wani") is the person
        detached = {
            u for u, unit in enumerate(self.units)
            if unit.place is not None and unit.places_all and norm_name(unit.surface) != norm_name(unit.doc_name)
            and not (unit.kind == "person" and " " not in unit.surface.strip()
                     and norm_name(unit.surface) in norm_name(unit.doc_name).split()[1:])
        }
        for u in detached:
            self.units[u].doc_name = self.units[u].surface
        for u, unit in enumerate(self.units):
            if u in detached:
                continue
            key = (unit.doc, unit.kind, norm_name(unit.doc_name))
            head = by_name.setdefault(key, u)
            if head != u and tags[head] == tags[u]:
                if uf.find(head) != uf.find(u) and not self.forbids(uf, head, u):
                    self._record(uf, head, u, "in-document", unit.doc_name, unit.surface, (unit.doc,),
                                 "one actor in the document (chronica.actors)")
        for u, unit in enumerate(self.units):
            for alias in unit.aliases:
                for v in by_surface.get((unit.doc, norm_name(alias)), ()):
                    other = self.units[v]
                    if v in detached or u in detached:
                        continue
                    if (other.kind == unit.kind and tags[v] == tags[u] and uf.find(u) != uf.find(v)
                            and not self.forbids(uf, u, v)):
                        self._record(uf, u, v, "aka", unit.surface, other.surface, (unit.doc,),
                                     "the document gives it as another name")
        groups: dict[int, list[int]] = {}
        for u in range(len(self.units)):
            groups.setdefault(uf.find(u), []).append(u)
        out: list[Local] = []
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
            local = Local(
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

    def _record(self, uf: UnionFind, a: int, b: int, rule: str, name_a: str, name_b: str, docs: tuple[str, ...],
                detail: str) -> None:
        ra, rb = uf.find(a), uf.find(b)
        root = uf.union(a, b)
        held = self.labels.pop(ra, set()) | self.labels.pop(rb, set())
        if held:
            self.labels[root] = held
        ordered = tuple(dict.fromkeys(docs))
        self.evidence.append((a, MergeEvidence(rule, (name_a, name_b), ordered, detail)))

    # --- the run ----------------------------------------------------------------------------------
    def run(self) -> Resolution:
        isolated, merges, renames = self._plan_corrections()
        tags = self._build_units(isolated)
        self._label_rejects()
        uf = UnionFind(len(self.units))
        # units isolated by one split are one entity
        by_tag: dict[str, int] = {}
        for u, tag in enumerate(tags):
            if tag is not None:
                head = by_tag.setdefault(tag, u)
                if head != u and uf.find(head) != uf.find(u) and not self.forbids(uf, head, u):
                    self._record(uf, head, u, "analyst", self.units[head].surface, self.units[u].surface,
                                 (self.units[head].doc, self.units[u].doc), f"split {tag}")
        locals_ = self._locals(uf, tags)
        linker = Linker(self, uf, locals_)
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
    def _entities(self, uf: UnionFind, renames: list[tuple[str, str]]) -> Resolution:
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
        """The display name: a reference list's name, else the name the documents use most (for people,
        among the names of two words or more)."""
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
            # the name the documents use most among the names of two words or more (not a lone
            # surname or kunya), then the fullest: "Abu Sayed" over its "aka Abdul Rahman Ghaleb"
            named = [n for n in candidates if len(person_name(n).keys) >= 2] or list(candidates)
            return max(
                named,
                key=lambda n: (
                    per_doc[n],
                    mentions[n],
                    len(person_name(n).keys),
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

def entity_record(entity: Entity) -> dict[str, Any]:
    """The export shape of an entity (``{"id", "name", "kind", "aliases"}``, as ../shared/eval reads)."""
    return {"id": entity.id, "name": entity.name, "kind": entity.kind, "aliases": list(entity.aliases)}
