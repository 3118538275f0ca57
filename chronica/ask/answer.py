"""Answering a question: structured facts first, extractive spans second, and "not in these documents"
when nothing in the corpus supports an answer.

    asker = Asker(store)            # refreshes the passage index when it is stale
    ans = asker.ask("Who was the second emir of ISKP?")
    ans.answer, ans.citations, ans.claims
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chronica.ask import extractive, index, structured
from chronica.ask.match import fold
from chronica.ask.model import Answer, abstain
from chronica.ask.question import ORDINALS, Question, analyze
from chronica.store import Store


class Asker:
    """Answers questions over one store. The knowledge (entities) is loaded on the first question."""

    def __init__(self, store: Store, *, llm: Any | None = None, refresh: bool = True) -> None:
        self.store = store
        self.llm = llm
        if refresh:
            index.refresh(store)
        self._kb: structured.Knowledge | None = None

    @property
    def kb(self) -> structured.Knowledge:
        if self._kb is None:
            self._kb = structured.Knowledge(self.store)
        return self._kb

    def ask(self, question: str, *, id: str | None = None) -> Answer:
        """The answer to ``question`` (``answer=None`` when the documents do not support one)."""
        text = " ".join((question or "").split())
        if not text:
            return abstain(question or "", error="empty question") if id is None else _with_id(
                abstain(question or "", error="empty question"), id)
        if len(text) > 2000:
            return _with_id(abstain(text, error="question too long (over 2000 characters)"), id)
        q = analyze(text)
        ans = self._answer(q)
        if ans.answer is not None and not ans.citations:
            ans = abstain(text)  # never an answer without a passage that supports it
        if ans.answer is not None and self.llm is not None:
            ans = self.llm.rephrase(ans)
        ans.question = text
        return _with_id(ans, id)

    # -- the answerers, in order ----------------------------------------------------------------------

    def _answer(self, q: Question) -> Answer:
        kb = self.kb
        mentions = kb.find(q)
        q = q.harden([(m.start, m.end) for m in mentions])
        orgs = [m.entity for m in mentions if m.entity["kind"] in {"org"}]
        persons = [m.entity for m in mentions if m.entity["kind"] == "person"]
        group = orgs[0] if orgs else None
        if group is None and q.generic:
            group = kb.main_org(q.generic[0])
        entity_terms: dict[str, Sequence[str]] = {}
        for m in mentions:
            names = kb.names_of(m.entity["id"])
            for t in q.terms:
                if m.start <= t.start and t.end <= m.end:
                    entity_terms[t.text] = names
        named = [(m.start, m.end) for m in mentions]
        in_play = {w for e in [group, *orgs, *persons] if e for n in kb.names_of(e["id"]) for w in fold(n).split()}
        unknown = [t for t in q.hard_terms if not any(a <= t.start and t.end <= b for a, b in named)
                   and t.text not in ORDINALS and not t.text.isdigit() and t.text not in MONTHS
                   and not set(fold(t.text).split()) <= in_play]
        # a name the store's knowledge does not know: the facts it holds are about something else
        structured_answer = None if unknown else self._structured(q, group, orgs, persons)
        if structured_answer is not None:
            if structured_answer.answer is None:
                return abstain(q.text)
            return structured_answer
        hits = extractive.retrieve(self.store, q, entity_terms)
        exclude = [n for m in mentions for n in kb.names_of(m.entity["id"])] + [t.text for t in q.terms]
        actor_names = [list(kb.names_of(m.entity["id"])) for m in mentions]
        ans = extractive.answer(self.store, q, hits, exclude, kb.countries, actor_names)
        return ans if ans is not None else abstain(q.text)

    def _structured(self, q: Question, group: dict[str, Any] | None, orgs: list[dict[str, Any]],
                    persons: list[dict[str, Any]]) -> Answer | None:
        kb = self.kb
        person = persons[0] if persons else None
        if q.alias:
            ent = (orgs or persons or [group] if group else orgs or persons)
            if ent and ent[0] is not None:
                got = structured.answer_aliases(kb, q, ent[0])
                if got is not None:
                    return got
        wants_leader = q.qtype in {"who", "which", "list", "what"} and (
            q.lead or q.ordinal is not None or (q.succession is not None and person is not None))
        if wants_leader and q.relation in {None, "founded_by"} or (wants_leader and q.role is not None):
            if group is None and person is not None:
                group = _group_of(kb, person)
            if group is None and (q.ordinal is not None or q.last or q.role):
                group = kb.main_org()
            if group is not None:
                got = structured.answer_leaders(kb, q, group, person if q.succession else None)
                if got is not None:
                    return got
        plain_who = q.qtype in {"who", "what"} and q.role is None and len(q.soft_terms) <= 1
        if person is not None and (q.qtype == "when" or plain_who) and not q.relation:
            got = structured.answer_person_roles(kb, q, person, group or _group_of(kb, person))
            if got is not None:
                return got
        if q.relation and group is not None and q.qtype != "how_many" or (
                q.relation and group is not None and q.qtype == "how_many" and q.count is None):
            other = orgs[1] if len(orgs) > 1 else (persons[0] if persons else None)
            if other is not None and other["id"] == group["id"]:
                other = None
            got = structured.answer_relations(kb, q, group, other)
            if got is None and other is not None:
                got = structured.answer_relations(kb, q, other, group)
            if got is not None:
                return got
        if q.qtype == "how_many" and q.count in {"fighters", "members"} and group is not None:
            got = structured.answer_estimates(kb, q, group)
            if got is not None:
                return got
        return None


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "spring", "summer", "autumn", "winter", "early", "late", "mid"})


def _group_of(kb: structured.Knowledge, person: dict[str, Any]) -> dict[str, Any] | None:
    from chronica.knowledge import storage

    counts: dict[str, int] = {}
    for c in storage.load_claims(kb.store, [person["id"]], kind="leadership"):
        if c["object_entity"] == person["id"] and c["subject_entity"] in kb.by_id:
            top = (c.get("role") or "").lower() in structured.SUCCESSION_ROLES
            counts[c["subject_entity"]] = counts.get(c["subject_entity"], 0) + (3 if top else 1)
    if not counts:
        return None
    return kb.by_id[max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]]


def _with_id(ans: Answer, id: str | None) -> Answer:
    ans.id = id
    return ans


def ask(store: Store, question: str) -> Answer:
    """One question, one answer (see :class:`Asker` to answer many over one store)."""
    return Asker(store).ask(question)


__all__ = ["Asker", "ask"]
