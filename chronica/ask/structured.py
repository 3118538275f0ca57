"""Answers from the knowledge of the store: leadership successions, relations, strength estimates and
aliases, each citing the passages the fact was read from. These come before any passage search: a fact
the knowledge builder read and resolved is a better answer than a sentence that shares the question's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chronica.ask.dates import human, span
from chronica.ask.match import fold
from chronica.ask.model import Answer, Citation, ClaimValue
from chronica.ask.question import Question
from chronica.store import Store


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity the question names: which words of the question, and the entity."""

    entity: dict[str, Any]
    start: int
    end: int
    words: tuple[str, ...]


class Knowledge:
    """The store's entities, loaded once, with an index of their names for reading questions."""

    def __init__(self, store: Store) -> None:
        from chronica.knowledge import storage

        self.store = store
        self.entities = storage.load_entities(store)
        self.by_id = {e["id"]: e for e in self.entities}
        self.names = {e["id"]: e["name"] for e in self.entities}
        self.index: dict[str, list[dict[str, Any]]] = {}
        for e in self.entities:
            for n in {e["name"], *e["aliases"]}:
                k = fold(n)
                if k and (len(k) > 2 or n.isupper()):
                    self.index.setdefault(k, []).append(e)
        partial: dict[str, list[dict[str, Any]]] = {}
        for e in self.entities:  # a person's family name alone ("Godane"), when no other name is spelled so
            if e["kind"] != "person":
                continue
            for n in {e["name"], *e["aliases"]}:
                parts = fold(n).split()
                if len(parts) > 1 and len(parts[-1]) > 3:
                    partial.setdefault(parts[-1], []).append(e)
        for k, ents in partial.items():
            if k not in self.index and len({e["id"] for e in ents}) == 1:
                self.index[k] = ents[:1]
        self.longest = max((len(k.split()) for k in self.index), default=0)
        self._leaders: dict[str, list[dict[str, Any]]] = {}
        self.countries = frozenset(fold(n) for e in self.entities if e["kind"] == "state"
                                   for n in [e["name"], *e["aliases"]])

    def main_org(self, kind_word: str | None = None) -> dict[str, Any] | None:
        """The group a question means by "the group" or "the province": the most mentioned one whose
        names carry that word, else the most mentioned group of the corpus."""
        orgs = [e for e in self.entities if e["kind"] == "org"]
        if not orgs:
            return None
        if kind_word:
            named = [e for e in orgs if any(kind_word in fold(a).split() for a in [e["name"], *e["aliases"]])]
            if named:
                return max(named, key=lambda e: e["mentions"])
        return max(orgs, key=lambda e: e["mentions"])

    def find(self, question: Question) -> list[Mention]:
        """The entities named in the question, longest names first, without overlaps."""
        toks = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^\W_]+(?:[-'’][^\W_]+)*", question.text)]
        out: list[Mention] = []
        used: set[int] = set()
        for n in range(min(self.longest, len(toks)), 0, -1):
            for i in range(0, len(toks) - n + 1):
                if any(j in used for j in range(i, i + n)):
                    continue
                phrase = " ".join(t[0] for t in toks[i:i + n])
                k = fold(phrase)
                if not k or k in _NOT_NAMES:
                    continue
                hits = self.index.get(k)
                if not hits:
                    continue
                if n == 1 and toks[i][0][:1].islower() and not any(c.isupper() for c in toks[i][0][1:]) \
                        and "-" not in toks[i][0]:
                    continue  # a lowercase common word that happens to be a name
                ent = max(hits, key=lambda e: e["mentions"])
                out.append(Mention(ent, toks[i][1], toks[i + n - 1][2], tuple(fold(phrase).split())))
                used.update(range(i, i + n))
        out.sort(key=lambda m: m.start)
        return out

    def names_of(self, entity_id: str) -> list[str]:
        e = self.by_id.get(entity_id)
        return [e["name"], *e["aliases"]] if e else []

    def leaders(self, entity_id: str) -> list[dict[str, Any]]:
        if entity_id not in self._leaders:
            from chronica.knowledge.profile import leaders

            self._leaders[entity_id] = leaders(self.store, entity_id, self.names)
        return self._leaders[entity_id]


_NOT_NAMES = frozenset({"who", "when", "where", "the", "group", "groups", "leader", "emir", "first", "second",
                        "he", "she", "it", "they", "state", "province", "many", "how"})
SUCCESSION_ROLES = frozenset({"emir", "amir", "leader", "wali", "governor", "chief", "head", "commander-in-chief",
                              "supreme leader", "president", "chairman"})


def _cites(sources: Sequence[dict[str, Any]], limit: int = 4) -> list[Citation]:
    out: list[Citation] = []
    seen: set[tuple[str, int]] = set()
    for s in sources:
        k = (s["doc"], s["start"])
        if k in seen:
            continue
        seen.add(k)
        out.append(Citation(s["doc"], s["start"], s["end"], s["quote"], s.get("doc_id", "")))
        if len(out) >= limit:
            break
    return out


def _tenure_text(t: dict[str, Any]) -> str:
    when = span(t.get("start"), t.get("end"))
    reason = f", {t['end_reason']}" if t.get("end_reason") else ""
    return f"{t['person']} ({when}{reason})" if when else f"{t['person']}"


def _contested_claims(t: dict[str, Any]) -> list[ClaimValue]:
    out = []
    for field, values in (t.get("contested") or {}).items():
        for v in values:
            shown = human(v["value"]) if field in ("start", "end") else str(v["value"])
            out.append(ClaimValue(f"{field}: {shown}", tuple(_cites(v["sources"]))))
    return out


def succession(kb: Knowledge, group: dict[str, Any], role: str | None) -> list[dict[str, Any]]:
    """The group's leaders in order (those of ``role`` when it is not a leader title)."""
    rows = kb.leaders(group["id"])
    if role and role not in SUCCESSION_ROLES and role != "leader":
        return [t for t in rows if t["role"] == role]
    rows = [t for t in rows if t["role"] in SUCCESSION_ROLES]
    return rows


def answer_leaders(kb: Knowledge, q: Question, group: dict[str, Any], person: dict[str, Any] | None) -> Answer | None:
    """Who led the group: the Nth, the last, the one after or before a person, or the whole succession."""
    rows = succession(kb, group, q.role)
    if not rows:
        return None
    ordered = [t for t in rows if t["order"] is not None]
    pick: dict[str, Any] | None = None
    if q.ordinal is not None:
        pick = next((t for t in ordered if t["order"] == q.ordinal), None)
        if pick is None and not ordered:
            dated = sorted((t for t in rows if t.get("start")), key=lambda t: str(t["start"]))
            if 0 < q.ordinal <= len(dated):
                pick = dated[q.ordinal - 1]
        if pick is None:
            return Answer(q.text, None, method="leaders")  # the corpus does not say who the Nth was
    elif q.last:
        pick = max(ordered, key=lambda t: t["order"]) if ordered else max(
            rows, key=lambda t: str(t.get("start") or ""))
    elif q.succession and person is not None:
        seq = ordered or sorted(rows, key=lambda t: str(t.get("start") or "9999"))
        at = next((i for i, t in enumerate(seq) if t.get("person_id") == person["id"]
                   or fold(t["person"]) == fold(person["name"])), None)
        if at is None:
            return None
        j = at + 1 if q.succession == "after" else at - 1
        if not 0 <= j < len(seq):
            return Answer(q.text, None, method="leaders")
        pick = seq[j]
    if pick is None and q.years and person is None:
        def covers(t: dict[str, Any], year: str) -> bool:
            a, b = str(t.get("start") or "")[:4], str(t.get("end") or "")[:4]
            return bool(a or b) and (not a or a <= year) and (not b or year <= b)

        during = [t for t in rows if all(covers(t, y) for y in q.years)]
        if len(during) == 1 or (during and len({t["person"] for t in during}) == 1):
            pick = during[0]
        elif during:
            rows = during
            ordered = [t for t in rows if t["order"] is not None]
    if pick is not None:
        ans = Answer(q.text, _tenure_text(pick), _cites(pick["sources"]), _contested_claims(pick), method="leaders",
                     entity=pick.get("person_id") or pick["person"], items=[pick["person"]])
        ans.items = [pick["person"]]
        return ans
    if person is not None:
        return None
    from chronica.ask.question import LEAD_VERBS, ROLE_WORDS

    said = [t for t in q.soft_terms if t.text not in ROLE_WORDS and t.text not in LEAD_VERBS]
    if len(said) > 1 or (q.years and not q.last):
        return None  # "the leader killed in a drone strike in 2016": for the passages to tell, not the list
    seq = ordered + [t for t in rows if t["order"] is None] if ordered else rows
    text = "; ".join((f"{t['order']}. " if t["order"] is not None else "") + _tenure_text(t) for t in seq[:12])
    cites = [c for t in seq[:12] for c in _cites(t["sources"], 1)]
    claims = [c for t in seq for c in _contested_claims(t)]
    return Answer(q.text, text, cites, claims, method="leaders", entity=group["id"], items=[t["person"] for t in seq])


_ENDS = frozenset({"killed", "died", "death", "dead", "captured", "arrested", "removed", "demoted", "resigned",
                   "ousted", "replaced", "stepped", "end", "ended", "deposed", "surrendered"})


def _tenure_dates(kb: Knowledge, q: Question, person: dict[str, Any], group: dict[str, Any] | None) -> Answer | None:
    """When the person's tenure in the group's succession began (or ended), every source's value kept."""
    if group is None:
        return None
    tenures = [t for t in kb.leaders(group["id"]) if t.get("person_id") == person["id"]
               or fold(t["person"]) == fold(person["name"])]
    if not tenures:
        return None
    t = tenures[0]
    asks_end = any(w in _ENDS for w in q.words)
    field = "end" if asks_end else "start"
    if not t.get(field):
        return None
    if asks_end and t.get("end_reason") and q.words and not any(
            w.startswith(str(t["end_reason"])[:4]) or w in {"end", "ended", "removed"} for w in q.words if w in _ENDS):
        if not ({"killed", "died", "death", "dead"} & set(q.words) and str(t["end_reason"]).startswith("kill")):
            return None
    values = (t.get("contested") or {}).get(field) or []
    shown = [human(str(v["value"])) for v in values] or [human(str(t[field]))]
    claims = [ClaimValue(human(str(v["value"])), tuple(_cites(v["sources"]))) for v in values]
    return Answer(q.text, "; ".join(dict.fromkeys(shown)), _cites(t["sources"], 6), claims, method="leaders",
                  entity=person["id"], items=[person["name"]])


def answer_person_roles(kb: Knowledge, q: Question, person: dict[str, Any],
                        group: dict[str, Any] | None = None) -> Answer | None:
    """When a person's tenure began or ended (killed, captured, ...), or what they led."""
    from chronica.knowledge import storage

    if q.qtype == "when":
        got = _tenure_dates(kb, q, person, group)
        if got is not None:
            return got

    rows = [c for c in storage.load_claims(kb.store, [person["id"]], kind="leadership")
            if c["object_entity"] == person["id"] and c["relevant"]]
    if group is not None and q.qtype == "when":
        rows = [c for c in rows if c["subject_entity"] == group["id"]]  # the tenure in the group asked about
    if not rows:
        return None
    import os

    def src(c: dict[str, Any]) -> dict[str, Any]:
        return {"doc": os.path.basename(c.get("source") or "") or c["doc_id"], "doc_id": c["doc_id"],
                "start": c["start"], "end": c["end"], "quote": c["quote"]}

    ends = _ENDS
    asks_end = any(w in ends for w in q.words)
    if q.qtype == "when":
        field = "end_date" if asks_end else "date"
        have = [c for c in rows if c.get(field)]
        if asks_end:
            verb = next((w for w in q.words if w in ends), "")
            reasons = {"killed": "killed", "died": "killed", "death": "killed", "dead": "killed",
                       "captured": "captured", "arrested": "captured"}
            want = reasons.get(verb)
            if want:
                have = [c for c in have if (c.get("end_reason") or "").startswith(want[:5])]
        if not have:
            return None
        values: dict[str, list[dict[str, Any]]] = {}
        for c in have:
            values.setdefault(c[field], []).append(src(c))
        ordered = sorted(values.items(), key=lambda kv: -len(kv[1]))
        text = "; ".join(human(v) for v, _ in ordered)
        claims = [ClaimValue(human(v), tuple(_cites(s))) for v, s in ordered] if len(ordered) > 1 else []
        return Answer(q.text, text, _cites([s for _, ss in ordered for s in ss]), claims, method="leaders",
                      entity=person["id"], items=[person["name"]])
    if q.qtype in {"who", "what"}:
        best = [c for c in rows if c.get("role")]
        if not best:
            return None
        parts = []
        for c in best[:4]:
            org = kb.names.get(c["subject_entity"] or "", c["subject"])
            when = span(c.get("date"), c.get("end_date"))
            parts.append(f"{c['role']} of {org}" + (f" ({when})" if when else ""))
        return Answer(q.text, f"{person['name']}: " + "; ".join(dict.fromkeys(parts)),
                      _cites([src(c) for c in best]), method="leaders", entity=person["id"], items=[person["name"]])
    return None


_REL_IN = {  # relation -> how the question reads when the group asked about is its object
    "merged_into": "in", "component_of": "in", "allegiance_to": "in", "split_from": "in", "founded_by": "out",
    "funded_by": "out", "allied_with": "both", "rival_of": "both", "ceasefire_with": "both",
}


def _enumeration(quote: str, vocab: frozenset[str]) -> list[str]:
    """The names listed after a relation word in a passage: "the merger of A (a), B, C and D, the ..."."""
    for m in re.finditer(r"[^\W_]+", quote):
        if m.group(0).lower() not in vocab:
            continue
        rest = quote[m.end():]
        rest = re.sub(r"^\s*(?:of|with|into|by|from|between|to|in)\s+", "", rest)
        items = []
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|;\s*", rest):
            part = part.strip()
            if not part or not part[:1].isupper():
                break
            part = re.split(r"[.:]\s", part)[0]
            items.append(part.strip())
            if len(items) >= 12:
                break
        if len(items) >= 2:
            return items
    return []


def answer_relations(kb: Knowledge, q: Question, group: dict[str, Any], other: dict[str, Any] | None) -> Answer | None:
    """Which groups merged into, joined, split from, allied with ... the group; or when two were related."""
    from chronica.ask.question import RELATION_WORDS
    from chronica.knowledge.profile import relations

    rel = q.relation
    if rel is None:
        return None
    rows = [r for r in relations(kb.store, group["id"], kb.names) if r["relation"] == rel]
    if other is not None:
        rows = [r for r in rows if r.get("other_id") == other["id"] or fold(r["other"]) == fold(other["name"])]
    else:
        want = _REL_IN.get(rel, "both")
        if q.qtype in {"which", "list", "what", "who", "how_many"} and want != "both":
            rows = [r for r in rows if r["direction"] == want] or rows
    if not rows:
        return None
    if q.qtype == "when":
        dated = [r for r in rows if r.get("start")]
        if not dated:
            return None
        text = "; ".join(f"{human(r['start'])}" + (f" ({r['other']})" if other is None and len(dated) > 1 else "")
                         for r in dated[:4])
        claims = [ClaimValue(f"{human(v['value'])}", tuple(_cites(v["sources"])))
                  for r in dated for v in (r.get("contested") or {}).get("start", [])]
        if claims and len(dated) == 1:  # the sources disagree on the date: every one in the answer
            text = "; ".join(f"{c.value} ({', '.join(dict.fromkeys(x.doc for x in c.sources))})" for c in claims)
        return Answer(q.text, text, [c for r in dated[:4] for c in _cites(r["sources"], 2)], claims,
                      method="relations", entity=group["id"], items=[r["other"] for r in dated])
    names = [r["other"] for r in rows]
    listed: list[str] = []
    for r in rows:
        for s in r["sources"]:
            for item in _enumeration(s["quote"], RELATION_WORDS[rel]):
                if fold(item) not in {fold(n) for n in names + listed} and fold(group["name"]) not in fold(item):
                    listed.append(item)
    parts = [f"{r['other']}" + (f" ({span(r.get('start'), r.get('end'))})" if r.get("start") else "") for r in rows]
    text = "; ".join(parts + listed)
    return Answer(q.text, text, [c for r in rows[:8] for c in _cites(r["sources"], 2)], method="relations",
                  entity=group["id"], items=names + listed)


def answer_estimates(kb: Knowledge, q: Question, group: dict[str, Any]) -> Answer | None:
    """How many fighters or members: every estimate, with when and by whom, each a claim of its own."""
    from chronica.knowledge.profile import estimates

    rows = estimates(kb.store, group["id"], kb.names)
    if q.years:
        rows = [e for e in rows if e.get("as_of") and any(str(e["as_of"]).startswith(y) for y in q.years)] or []
    if not rows:
        return None
    claims = []
    for e in rows:
        lo, hi = e.get("low"), e.get("high")
        fig = f"{lo:,} to {hi:,}" if lo is not None and hi is not None and lo != hi else f"{(hi if hi is not None else lo):,}"
        bits = [x for x in (human(e.get("as_of")) if e.get("as_of") else "", f"by {e['by']}" if e.get("by") else "") if x]
        claims.append(ClaimValue(f"{fig} {e.get('unit') or ''}".strip() + (f" ({', '.join(bits)})" if bits else ""),
                                 tuple(_cites(e["sources"]))))
    text = "; ".join(c.value for c in claims[:8])
    return Answer(q.text, text, [c for cl in claims[:8] for c in cl.sources], claims if len(claims) > 1 else [],
                  method="estimates", entity=group["id"])


def answer_aliases(kb: Knowledge, q: Question, ent: dict[str, Any]) -> Answer | None:
    """The other names of a group or person, each cited where it is used."""
    from chronica.knowledge import storage

    others = [a for a in ent["aliases"] if a != ent["name"]]
    if not others:
        return None

    from chronica.ask.index import doc_names

    cites: list[Citation] = []
    seen: set[str] = set()
    mentions = storage.entity_mentions(kb.store, ent["id"])
    docs = doc_names(kb.store, [m["doc_id"] for m in mentions])
    for m in mentions:
        if m["text"] in seen or not m.get("relevant", True):
            continue
        seen.add(m["text"])
        cites.append(Citation(docs[m["doc_id"]][0], m["start"], m["end"], m["text"], m["doc_id"]))
        if len(cites) >= 8:
            break
    if not cites:
        return None
    return Answer(q.text, f"{ent['name']}, also written " + ", ".join(others[:20]), cites, method="aliases",
                  entity=ent["id"], items=[ent["name"]])


__all__ = ["Knowledge", "Mention", "answer_aliases", "answer_estimates", "answer_leaders", "answer_person_roles",
           "answer_relations", "succession"]
