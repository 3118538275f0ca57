"""Cross-document linking for :mod:`chronica.knowledge.aliases`: the rules over local actors.

Strong rules join exact keys (reference list, same name, same skeleton, same words in another order
of three or more); the weaker ones (two-word order, a vowel or a letter apart, particle names,
namesakes, partial names, acronyms) need context agreement (:meth:`Linker.support`), a unique
target and no two actors of one document in one cluster. See the module docstring of
:mod:`chronica.knowledge.aliases` for the rules in full.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from chronica.knowledge.aliases_keys import (
    acronym_key,
    edit1_variants,
    initials,
    is_acronym,
    norm_name,
    org_joined,
    org_key,
    person_name,
    transliteration_edit,
)
from chronica.knowledge.model import MergeEvidence

__all__ = ["SUPPORT", "Linker", "Local", "UnionFind", "Unit"]

# agreement needed by the weaker rules; weights of what two clusters share
SUPPORT = 1.0
_W_ACTOR, _W_STATE, _W_COMMON = 1.0, 0.5, 0.5
_W_NEAR = 0.5  # an actor named in a neighbouring sentence counts half
_W_TITLE = 0.5  # the same honorific or rank ("Hafiz", "Mullah", "Gen.")
_W_PLACE, _MAX_PLACE = 0.5, 1.0
_W_ROLE, _MAX_ROLE = 0.5, 0.5
_W_YEAR, _MAX_YEAR = 0.25, 0.5
_MAX_HOSTS = 40  # a short name fitting more fuller names than this is not looked at further
_MAX_BLOCK = 200  # a block of weak candidates larger than this is too ambiguous to pair up



class UnionFind:
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
class Unit:
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
class Local:
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



class _Owner(Protocol):
    """What the linker needs from the resolver: the reference list and a way to record a merge."""

    known: Callable[[str], str | None]
    evidence: list[tuple[int, MergeEvidence]]

    def _record(self, uf: UnionFind, a: int, b: int, rule: str, name_a: str, name_b: str,
                docs: tuple[str, ...], detail: str) -> None: ...

    def forbids(self, uf: UnionFind, a: int, b: int) -> bool: ...


# --- cross-document linking -------------------------------------------------------------------------


class Linker:
    """Strong rules on exact keys, then the weaker rules checked against context and uniqueness."""

    def __init__(self, owner: _Owner, uf: UnionFind, locals_: list[Local]) -> None:
        self.o = owner
        self.uf = uf
        self.locals = locals_
        self.rep = [loc.units[0] for loc in locals_]  # a unit standing for each local actor
        self.ctx: dict[int, _Ctx] = {}
        n_docs = len({loc.doc for loc in locals_})
        self.n_docs = n_docs
        # pairs of one document's actors that a reference list names alike but the document kept apart (a
        # group and the new group it became: "merged with Y to form Hayat Tahrir al-Sham"); never merged
        self.apart: list[tuple[int, int]] = []
        self.apart_keys: set[str] = set()

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
        if ra == rb or not self.allowed(a, b) or self.o.forbids(self.uf, self.rep[a], self.rep[b]):
            return False
        if any({self.find(x), self.find(y)} == {ra, rb} for x, y in self.apart):
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
            if key in self.apart_keys:
                continue  # the list's name stands for two of one document's actors: names decide, not the list
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
        listed: dict[tuple[str, str], list[int]] = {}
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
                        at = listed.setdefault((loc.doc, hit), [])
                        if k not in at:
                            at.append(k)
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
        for (_, hit), ks in listed.items():
            if len(ks) > 1:
                self.apart_keys.add(f"known-list:{hit}")
                self.apart.extend((x, y) for n, x in enumerate(ks) for y in ks[n + 1:])
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
    def _shared_form(la: Local, lb: Local) -> tuple[str, str] | None:
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
        return any(transliteration_edit(x, y) for x in ka for y in kb if len(x) >= 6 and len(y) >= 6)

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
