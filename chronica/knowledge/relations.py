"""Relations between actors stated in sentences: allegiance, components, mergers, splits, alliances,
rivalries, ceasefires, leaders, founders and funders, each with the span that states it.

>>> from chronica.knowledge.relations import extract_relations
>>> from chronica.actors import find_actors
>>> text = "The Northern Front pledged allegiance to the Red Banner Movement in May 2019."
>>> sents = [(0, len(text))]
>>> [(c.subject, c.relation, c.object, c.date) for c in extract_relations(text, sents, find_actors(text, sents), [])]
[('Northern Front', 'allegiance_to', 'Red Banner Movement', None)]

How a sentence becomes a relation:

1. a trigger phrase names the relation ("pledged allegiance to", "a splinter group of", "allied with",
   "ceasefire between", "funded by", "was founded by"), in the active or passive voice, as a verb, a
   noun ("X's pledge of allegiance to Y", "pledges of allegiance to Y by X") or an apposition ("X, a
   splinter group of Y");
2. the subject is the actor named nearest before the trigger in its clause (with the names
   coordinated with it: "X and Y pledged"), or what "the group" / "it" refers to when that is clear;
   a fronted participle takes the subject after it ("Founded in 1998 by X, the group ...");
3. the object is the actor named right after the trigger (with its coordinated names; "Y leader Z"
   gives the person Z);
4. a negated trigger ("has not pledged", "no longer allied"), a hedged one ("may ally", "planned to
   merge", "urged X to join"), one the sentence calls false ("a disinformation narrative claiming
   that ...") or one the document only asks about gives no relation, nor do some of a group's people
   ("members of X pledged allegiance to Y"); a relation someone is reported to have stated keeps its
   speaker in ``extra["speaker"]``;
5. the date is the clause's calendar date (a range gives ``date`` and ``end_date``; "until 2017" only
   the end); never a date from elsewhere in the document.

``leader_of`` relations come from the leadership tenures (``chronica.knowledge.leadership``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chronica.knowledge.claims_text import (
    MODIFIER_AFTER,
    OBJECT_BEFORE,
    DocContext,
    canonical_key,
    clause_date,
    group_anaphor_at,
    last_match,
    make_claim,
    pronoun_at,
)
from chronica.knowledge.model import Claim

__all__ = ["RELATIONS", "SYMMETRIC", "extract_relations"]

RELATIONS = ("allegiance_to", "component_of", "merged_into", "split_from", "allied_with", "rival_of",
             "ceasefire_with", "leader_of", "founded_by", "funded_by")
#: Relations that hold both ways: the pair is written once, subject first as the text names it.
SYMMETRIC = frozenset({"allied_with", "rival_of", "ceasefire_with"})

_ORG = ("org",)
_GROUPS = ("org", "state")
_ANY = ("org", "person", "state")
_AGENTS = ("org", "person")

_BE = r"(?:is|was|are|were|be|been|being|became|becomes|become|remains|remained|had\s+become|has\s+become|now)"
_ADV = r"(?:(?:now|officially|formally|also|still|effectively|originally|initially|reportedly|allegedly|long|later|then|once|soon|eventually|quickly|publicly|openly|fully)\s+)"
_DET = r"(?:(?:the|a|an|its|their|one)\s+)"
_MODS = r"(?:[\w'\u2019-]+\s+){0,3}?"
_APPOS = rf"(?:,[\u2019'\u201d\"]?\s*|\(\s*|\b{_BE}\s+{_ADV}?)"


@dataclass(frozen=True, slots=True)
class _Pattern:
    relation: str
    regex: re.Pattern[str]
    subj: tuple[str, ...]
    obj: tuple[str, ...]
    reverse: bool = False  # the name before the trigger is the relation's object ("X founded Y")
    form: str = "svo"  # "svo" | "between" (both names after) | "pair" (both names before) | "nominal"
    gap: int = 3  # words allowed between the trigger and the object's name


def _p(relation: str, pattern: str, subj: tuple[str, ...], obj: tuple[str, ...], **kw: Any) -> _Pattern:
    return _Pattern(relation, re.compile(pattern, re.I), subj, obj, **kw)


_PLEDGE_VERB = (r"(?:pledg(?:ed|es|e|ing)|swor(?:e|n)|swear(?:s|ing)?|gave|give[sn]?|giving|declar(?:ed|es|e|ing)"
                r"|offer(?:ed|s)?|renew(?:ed|s)?|announc(?:ed|es|e|ing)|took|tak(?:es|ing)|mad(?:e)|mak(?:es|ing))")
_ALLEGIANCE = r"(?:allegi[ae]n[cs]e|loyalty|fealty|bay[\u2019']?ah?|an\s+oath\s+of\s+(?:allegi[ae]n[cs]e|loyalty))"

PATTERNS: tuple[_Pattern, ...] = (
    # allegiance
    _p("allegiance_to", rf"\b{_PLEDGE_VERB}\s+(?:(?:an?|the|their|its|his|her|formal|full|public)\s+)*"
                        rf"(?:oath\s+of\s+)?{_ALLEGIANCE}[\u201d\"'\u2019\]]*\s+(?:\w+\s+){{0,2}}?to\s+", _AGENTS, _AGENTS),
    _p("allegiance_to", rf"\b(?:pledges?|oaths?|declarations?)\s+of\s+{_ALLEGIANCE}\s+(?:made\s+)?(?=by\b|to\b)",
       _AGENTS, _AGENTS, form="nominal"),
    _p("allegiance_to", rf"(?:'s|\u2019s)\s+(?:\w+\s+)?(?:allegi[ae]n[cs]e|pledge|oath)\s+(?:of\s+{_ALLEGIANCE}\s+)?to\s+",
       _AGENTS, _AGENTS),
    _p("allegiance_to", r"\b(?:(?:is|was|are|were|remained|remains|stayed|formerly|still)\s+)+(?:\w+ly\s+)?"
                        r"(?:loyal|aligned|affiliated)\s+(?:to|with)\s+", _AGENTS, _AGENTS),
    _p("allegiance_to", r"\b(?:defected|switched\s+(?:sides|allegiance))\s+to\s+", _ORG, _ORG),
    # components
    _p("component_of", rf"{_APPOS}{_DET}?{_MODS}(?:branch|affiliate|wing|component(?:\s+group)?|chapter|franchise"
                       rf"|subsidiary|arm|province|wilayat?|division|cell|unit|front|faction|sub-?group|part)"
                       rf"\s+(?:\w+ly\s+)?(?:of|within|in|inside|under|belonging\s+to|aligned\s+with|operating\s+within"
                       rf"(?:\s+the\s+framework\s+of)?)\s+(?!(?:the\s+)?(?:country|region|area|province)\b)", _ORG, _ORG),
    _p("component_of", r"\b(?:an?\s+)?(?:entity|group|unit|faction)\s+within\s+", _ORG, _ORG),
    _p("component_of", rf"\b(?:became|become|becomes|becoming|is|was|were|are|as)\s+{_ADV}?(?:an?\s+)?(?:integral\s+)?part\s+of\s+",
       _ORG, _ORG),
    _p("component_of", r"\b(?:joined|joins|join|joining)\s+(?!forces\b|hands\b|with\b)", _ORG, _ORG, gap=1),
    _p("component_of", r"\b(?:integrated|incorporated|subsumed)\s+into\s+", _ORG, _ORG),
    # mergers
    _p("merged_into", r"\bmerg(?:ed|es|e|ing)\s+(?:\w+\s+)?(?:into|with)\s+", _ORG, _ORG),
    _p("merged_into", r"\bmerg(?:ed|e)\s+to\s+(?:form|become|create)\s+", _ORG, _ORG),
    _p("merged_into", r"\b(?:absorbed|folded)\s+into\s+", _ORG, _ORG),
    _p("merged_into", r"\babsorption\s+of\s+(?:\w+\s+){0,3}?into\s+", _ORG, _ORG),
    _p("merged_into", r"\b(?:product|result)\s+of\s+(?:the\s+)?merg(?:er|ing)\s+(?:of|between)\s+", _ORG, _ORG,
       reverse=True, gap=4),
    _p("merged_into", r"\b(?:formed|created|established|founded|born)\s+(?:\w+\s+){0,4}?(?:through|by|from|in|via)\s+"
                      r"(?:the|a)\s+merg(?:er|ing)\s+of\s+", _ORG, _ORG, reverse=True, gap=4),
    _p("merged_into", r"(?:'s|\u2019s)\s+(?:\w+\s+)?merger\s+(?:into|with)\s+", _ORG, _ORG),
    # splits
    _p("split_from", r"\b(?:split|splintered|broke|breaks|broken|seceded|separated|defected|withdrew|emerged"
                     r"|originated|spun)\s+(?:\w+\s+)?(?:(?:away|off|out)\s+)?from\s+", _ORG, _ORG),
    _p("split_from", rf"{_APPOS}{_DET}?{_MODS}(?:splinter(?:\s+(?:group|faction|organi[sz]ation|movement))?"
                     r"|offshoot|breakaway\s+(?:group|faction)|spin-?off)\s+(?:of|from)\s+", _ORG, _ORG),
    _p("split_from", r"\b(?:claimed|declared|announced)\s+(?:its|their)\s+independence\s+from\s+", _ORG, _ORG),
    _p("split_from", r"\b(?:abandoned|left|quit|deserted)\s+(?=(?:the\s+)?[A-Z])", _ORG, _ORG, gap=1),
    # alliances
    _p("allied_with", r"\ballied\s+(?:itself\s+|themselves\s+)?with\s+", _GROUPS, _GROUPS),
    _p("allied_with", rf"{_APPOS}{_DET}?(?:[\w'-]+\s+){{0,2}}?all(?:y|ies)\s+(?:of|to)\s+", _GROUPS, _GROUPS),
    _p("allied_with", r"\b(?:formed|forged|declared|established|announced|entered(?:\s+into)?|made|built|struck"
                      r"|sealed|concluded|signed|agreed|joined)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?alliance\s+with\s+",
       _GROUPS, _GROUPS),
    _p("allied_with", r"\b(?:in|an?)\s+(?:\w+\s+)?alliance\s+with\s+", _GROUPS, _GROUPS),
    _p("allied_with", r"\b(?:ally|allies)\s+with\s+", _GROUPS, _GROUPS),
    _p("allied_with", r"\bjoined\s+forces\s+with\s+", _GROUPS, _GROUPS),
    _p("allied_with", r"\b(?:alliance|partnership)\s+between\s+", _GROUPS, _GROUPS, form="between"),
    _p("allied_with", r"\s+(?:are|were|became|remain|remained)\s+(?:\w+\s+)?allies\b", _GROUPS, _GROUPS, form="pair"),
    # rivalries
    _p("rival_of", rf"{_APPOS}{_DET}?(?:[\w'-]+\s+){{0,2}}?(?:rival|enemy|foe|adversary|nemesis)\s+(?:of|to)\s+",
       _GROUPS, _GROUPS),
    _p("rival_of", r"\b(?:rivalry|feud|enmity)\s+(?:between|among)\s+", _GROUPS, _GROUPS, form="between"),
    _p("rival_of", r"\b(?:rivalry|feud|enmity)\s+with\s+", _GROUPS, _GROUPS),
    _p("rival_of", r"(?:'s|\u2019s)\s+(?:(?:main|chief|key|arch|bitter|principal|fiercest)[\s-]+)?(?:rival|enemy)\s+",
       _GROUPS, _GROUPS, gap=0),
    _p("rival_of", r"\s+(?:are|were|became|remain|remained)\s+(?:\w+\s+)?(?:rivals|enemies|foes)\b", _GROUPS, _GROUPS,
       form="pair"),
    # ceasefires
    _p("ceasefire_with", r"\b(?:cease-?fire|truce|armistice|non-?aggression\s+(?:pact|agreement|deal)"
                         r"|non-?belligerence\s+(?:pact|agreement|accord|deal))s?\s+(?:(?:agreement|deal|accord)\s+)?"
                         r"(?:[^.;]{0,60}?\s)?between\s+", _GROUPS, _GROUPS, form="between"),
    _p("ceasefire_with", r"\b(?:cease-?fire|truce|armistice|non-?aggression\s+(?:pact|agreement|deal)"
                         r"|non-?belligerence\s+(?:pact|agreement|accord|deal))s?\s+(?:(?:agreement|deal|accord)\s+)?with\s+",
       _GROUPS, _GROUPS),
    # founders
    _p("founded_by", r"\b(?:founded|co-?founded|formed|established|created|set\s+up|started|launched)\s+"
                     r"(?:(?:in|on)\s+[^,;]{1,24}?\s+)?by\s+", _ORG, _ANY, gap=5),
    _p("founded_by", r"\b(?:founded|co-?founded|formed|established|created|set\s+up)\s+(?=(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
                     r"[A-Z])", _ORG, ("person", "org"), reverse=True, gap=1),
    _p("founded_by", r"\b(?:co-?)?founders?\s+of\s+", _ORG, ("person",), reverse=True, gap=1),
    _p("founded_by", r"(?:'s|\u2019s)\s+(?:co-?)?founder,?\s+", _ORG, ("person",), gap=1),
    _p("founded_by", r"\b(?:its|their)\s+(?:co-?)?founder,?\s+", _ORG, ("person",), gap=1, form="possessive"),
    # funders
    _p("funded_by", r"\b(?:funded|financed|bankrolled|sponsored|backed|supported|paid)\s+(?:\w+ly\s+)?by\s+", _ORG,
       _ANY, gap=2),
    _p("funded_by", r"\b(?:receiv(?:es|ed|e|ing)|obtain(?:s|ed)?|gets|got|draws|drew|relies\s+on|relied\s+on|get)\s+"
                    r"(?:(?:its|their|most|much|some|\d+%|\d+\s+per\s*cent)\s+)?(?:of\s+(?:its|their)\s+)?"
                    r"(?:\w+\s+)?(?:funding|funds|financ(?:e|ing)|financial\s+(?:support|backing|aid|assistance)|money"
                    r"|donations|payments)\s+from\s+", _ORG, _ANY, gap=2),
    _p("funded_by", r"\b(?:funding|financing)\s+(?:sources|streams)\s*,?\s+(?:which\s+)?(?:includ(?:ed|e|es|ing))\s+",
       _ORG, _ANY, gap=1),
    _p("funded_by", r"\b(?:funds|funded|finances|financed|bankrolls|bankrolled|pays|paid)\s+(?=(?:the\s+)?[A-Z])",
       _ANY, _ORG, reverse=True, gap=1),
)

# Between a name and the next one in a coordination ("X, Y and the Z", "X as well as Y", "50% from X, 30% from Y").
_COORD = re.compile(
    r"\s*(?:,|,?\s+and|,?\s+or|,?\s+as\s+well\s+as|,?\s+along\s+with|,?\s+together\s+with|/|&)\s*"
    r"(?:(?:\d+\s*%|\d+\s+per\s*cent)\s+from\s+)?(?:the\s+|both\s+|by\s+)?(?:\[\s*)?\Z", re.I)
_LEAD_GAP = re.compile(r"^[\s\[\(\u201c\"'\u2018]*(?:(?:the|its|their|his|her|a|an|then|former|core|both|then-)\s+)*", re.I)
_GAP_STOP = frozenset("""of in on at from by for with to into that which who whom whose is was are were be been has had
have not no and or but as than after before during since until while when where said says""".split())
_ROLE_AFTER = re.compile(r"\s+(?:then\s+|former\s+|current\s+)?(?:leader|emir|amir|chief|head|caliph|founder|commander)"
                         r"\s*[,\[]?\s*\Z", re.I)
_MEMBERS_AFTER = re.compile(r"(?:\s*(?:'s|\u2019s))?\)?(?:\s*\([^()]{1,20}\))?\s+(?:\w+\s+)?(?:members|commanders|leaders|fighters|militants|"
                            r"elements|factions|cadres|figures)\b", re.I)
_MEMBERS_BEFORE = re.compile(r"\b(?:members|commanders|leaders|fighters|militants|elements|factions|cadres|figures)"
                             r"\s+(?:of|from)\s+(?:(?:\w+\s+){0,3}(?:groups?|organi[sz]ations?)\s*[\u2013\u2014-]*\s*"
                             r"(?:(?:including|such\s+as|like)\s+)?)?(?:the\s+)?\Z", re.I)
_WITH_WHOM = re.compile(r"\b(?:with|against|from|to)\s+(?:whom|which)\s+", re.I)


def extract_relations(
    text: str,
    sentences: Sequence[tuple[int, int]],
    actor_mentions: Sequence[Any],
    expressions: Sequence[Any],
    doc_id: str = "",
    leadership: Sequence[Claim] | None = None,
) -> list[Claim]:
    """Every relation between actors a sentence of the document states, in text order.

    ``sentences`` are (start, end) spans (``chronica.segment.split_sentences``), ``actor_mentions``
    come from ``chronica.actors.find_actors`` and ``expressions`` from ``chronica.time.find_dates``.
    Each Claim has kind "relation", ``subject``/``object`` the document's canonical names, ``date`` and
    ``end_date`` in EDTF when the clause states them, and its span and quote; ``leader_of`` claims
    come from the leadership tenures (``leadership``: the document's ``extract_leadership`` claims when
    the caller has them already). Bad input gives an empty list, never an exception."""
    ctx = DocContext(text, sentences, actor_mentions, expressions, doc_id)
    if not ctx.text or not ctx.mentions:
        return []
    out: list[Claim] = []
    seen: set[tuple[str, str, str, int]] = set()
    for si, (sa, sb) in enumerate(ctx.sentences):
        if not ctx.mentions_in(sa, sb):
            continue
        for pat in PATTERNS:
            for m in pat.regex.finditer(ctx.text, sa, sb):
                for claim in _from_match(ctx, pat, m, sa, sb):
                    key = (canonical_key(claim.subject), claim.relation or "", canonical_key(claim.object or ""), si)
                    if key in seen:
                        continue
                    if claim.relation in SYMMETRIC and (key[2], key[1], key[0], si) in seen:
                        continue
                    seen.add(key)
                    out.append(claim)
    out.extend(_leader_relations(ctx, text, sentences, actor_mentions, expressions, doc_id, leadership))
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _leader_relations(ctx: DocContext, text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Any],
                      expressions: Sequence[Any], doc_id: str, leadership: Sequence[Claim] | None) -> list[Claim]:
    from chronica.knowledge.leadership import LEADER_ROLES, extract_leadership

    if leadership is None:
        leadership = extract_leadership(text, sentences, mentions, expressions, doc_id)
    out = []
    for t in leadership:
        if t.role not in LEADER_ROLES or not t.object:
            continue
        extra = {"role": t.role, "order": t.order, "end_reason": t.end_reason, "from": "leadership"}
        extra.update({k: v for k, v in t.extra.items() if k in ("speaker", "spans", "former")})
        out.append(make_claim(ctx, "relation", t.start, t.end, t.object, relation="leader_of", object=t.subject,
                              date=t.date, end_date=t.end_date, confidence=t.confidence, extra=extra))
    return out


def _from_match(ctx: DocContext, pat: _Pattern, m: re.Match[str], sa: int, sb: int) -> list[Claim]:
    ca, cb = ctx.clause(sa, sb, m.start())
    if m.start() < ca:
        ca = sa
    if ctx.negated(ca, m.start()) or ctx.hedged(ca, m.start()) or ctx.discredited(sa, m.start()):
        return []
    extra: dict[str, Any] = {"trigger": m.group(0).strip(" ,("), "pattern": pat.form}
    if pat.form == "between":
        names = _names_after(ctx, m.end(), cb, pat.obj, 3)
        if len(names) < 2:
            return []
        pairs = [(names[0], n) for n in names[1:]]
    elif pat.form == "pair":
        subj = _names_before(ctx, ca, m.start(), pat.subj, extra)
        if len(subj) < 2:
            return []
        pairs = [(subj[0], n) for n in subj[1:]]
    elif pat.form == "possessive":
        ante = ctx.antecedent_org(m.start(), "pronoun")
        objs = _names_after(ctx, m.end(), cb, pat.obj, pat.gap)
        pairs = [(_Via(ante, "anaphor"), o) for o in objs] if ante is not None else []
    elif pat.form == "nominal":
        pairs = _nominal(ctx, m, ca, cb, pat, extra)
    else:
        objs = _names_after(ctx, m.end(), cb, pat.subj if pat.reverse else pat.obj, pat.gap)
        if not objs:
            return []
        subj = _names_before(ctx, ca, m.start(), pat.obj if pat.reverse else pat.subj, extra)
        if not subj:
            subj = _fronted_subject(ctx, ca, cb, m, objs, pat.obj if pat.reverse else pat.subj)
        if not subj:
            return []
        pairs = [(o, s) if pat.reverse else (s, o) for s in subj for o in objs]
    la, lb = (m.start(), m.end()) if pat.form == "possessive" else _local_span(ctx, ca, cb, m)
    date, end_date, dref = clause_date(ctx, la, lb, m.start(), sa if la == ca else la)
    if pat.relation != "founded_by":
        # "senior members of X pledged allegiance to Y": some of X's people, not X ("founded by members
        # of X" keeps them)
        pairs = [(s, o) for s, o in pairs if not (isinstance(s, _Via) and s.via == "members")]
    speaker, verb = ctx.speaker(sa, sb, m.start())
    if speaker is not None:
        extra["speaker"] = speaker
        extra["speech"] = verb
    if re.search(r"\b(?:formerly|former|once|previously|originally|earlier)\b", ctx.text[max(ca, m.start() - 30):m.start()], re.I):
        extra["former"] = True
    out = []
    lo = min([ca] + [x.start for pair in pairs for x in pair if hasattr(x, "start")])
    for s, o in pairs:
        s_name, o_name = _name(s), _name(o)
        if canonical_key(s_name) == canonical_key(o_name):
            continue
        e = dict(extra)
        for who, tag in ((s, "subject"), (o, "object")):
            if isinstance(who, _Via):
                e[f"{tag}_via"] = who.via
        a = max(sa, min(lo, m.start()))
        b = cb
        out.append(make_claim(ctx, "relation", a if a >= sa else sa, b, s_name, relation=pat.relation, object=o_name,
                              date=date, end_date=end_date, confidence=0.7 if speaker else 0.8,
                              extra={**e, "date_span": [dref.start, dref.end] if dref else None}))
    return out


_OBJECT_ANAPHOR = re.compile(r"\s*(?:the|this|that)\s+(?:group|organi[sz]ation|movement|network|faction|outfit)\b", re.I)
_RELATIVE = re.compile(r",\s+(?:which|who|that)\s+", re.I)
_APPOS_END = re.compile(r"[,;)]")


def _local_span(ctx: DocContext, ca: int, cb: int, m: re.Match[str]) -> tuple[int, int]:
    """Where the date of a relation may be read: an apposition ("X, a rival of Y, ...") or a relative
    clause (", which joined Y in 2015,") keeps to itself; otherwise the whole clause."""
    if m.group(0).lstrip()[:1] in (",", "("):
        close = _APPOS_END.search(ctx.text, m.end(), cb)
        return m.start(), close.start() if close else cb
    rel = last_match(_RELATIVE, ctx.text, ca, m.start())
    if rel is not None:
        comma = ctx.text.find(",", m.end(), cb)
        return rel.start(), comma if comma > 0 else cb
    return ca, cb


@dataclass(frozen=True, slots=True)
class _Via:
    """A name reached through a phrase: "members of X", "the group" (X's antecedent)."""

    mention: Any
    via: str

    @property
    def start(self) -> int:
        return int(self.mention.start)


def _name(x: Any) -> str:
    return str(x.mention.canonical if isinstance(x, _Via) else x.canonical)


def _kind(x: Any) -> str:
    return str(x.mention.kind if isinstance(x, _Via) else x.kind)


def _names_after(ctx: DocContext, pos: int, cb: int, kinds: tuple[str, ...], gap: int) -> list[Any]:
    """The names right after ``pos`` (within ``gap`` words), with the names coordinated with the first."""
    ms = ctx.mentions_in(pos, cb)
    an = _OBJECT_ANAPHOR.match(ctx.text, pos)
    if an is not None and (not ms or ms[0].start >= an.end()) and "org" in kinds:
        ante = ctx.antecedent_org(an.start(), "group")
        return [_Via(ante, "anaphor")] if ante is not None else []
    if not ms:
        return []
    first = ms[0]
    between = ctx.text[pos:first.start]
    lead = _LEAD_GAP.match(between)
    rest = between[lead.end():] if lead else between
    words = re.findall(r"[\w'\u2019-]+", rest)
    if len(words) > gap or any(w.lower() in _GAP_STOP for w in words) or re.search(r"[.;:]", rest):
        return []
    nxt0 = ms[1] if len(ms) > 1 else None
    if first.kind == "org" and nxt0 is not None and nxt0.kind == "person" and _ROLE_AFTER.match(
            ctx.text[first.end:nxt0.start]):
        pass  # "IS leader Abu Bakr al-Baghdadi": the person is taken below
    elif MODIFIER_AFTER.match(ctx.text, first.end):
        return []  # "an IS cell", "TTP fighters": the name modifies a noun
    group = [first]
    links: list[str] = []
    for nxt in ms[1:]:
        link = ctx.text[group[-1].end:nxt.start]
        if not _COORD.match(link):
            break
        group.append(nxt)
        links.append(link)
    group = group[:1 + _list_length(links)]
    out: list[Any] = []
    for k, mm in enumerate(group):
        # "IS leader Abu Bakr al-Baghdadi": the person is the one meant
        nxt = ms[ms.index(mm) + 1] if ms.index(mm) + 1 < len(ms) else None
        if mm.kind == "org" and nxt is not None and nxt.kind == "person" and _ROLE_AFTER.match(
                ctx.text[mm.end:nxt.start]):
            mm = nxt
        if _kind(mm) in kinds and all(_name(mm) != _name(x) for x in out):
            out.append(mm)
        elif k == 0:
            return []
    return out


_CONJ = re.compile(r"\b(?:and|or|as\s+well\s+as|along\s+with|together\s+with)\b|%|/|&", re.I)
def _list_length(links: list[str]) -> int:
    """How many coordination links form a real list: bare commas count only up to a closing "and"."""
    last = -1
    for k, link in enumerate(links):
        if _CONJ.search(link):
            last = k
    return last + 1


def _names_before(ctx: DocContext, ca: int, pos: int, kinds: tuple[str, ...], extra: dict[str, Any]) -> list[Any]:
    """The subject: the name nearest before ``pos`` in its clause and the names coordinated with it, or
    the antecedent of "the group" / "it" / "he" written there."""
    window = ctx.text[ca:pos]
    if _WITH_WHOM.search(window):
        return []
    ms = [m for m in ctx.mentions_in(ca, pos) if not m.source or m.kind == "org"]
    skipped = 0
    while ms and skipped < 2 and OBJECT_BEFORE.search(ctx.text, max(ca, ms[-1].start - 40), ms[-1].start) and not (
            _MEMBERS_BEFORE.search(ctx.text[max(ca, ms[-1].start - 80):ms[-1].start])):
        if not ctx.text[ms[-1].end:pos].strip():
            break
        ms.pop()
        skipped += 1
    if skipped and ms and pos - ms[-1].end > 160:
        ms = []
    last = ms[-1] if ms else None
    anaphor = group_anaphor_at(ctx.text, ca, pos)
    pron = pronoun_at(ctx.text, ca, pos, person=False)
    pron_p = pronoun_at(ctx.text, ca, pos, person=True)
    late = max((x.start() for x in (anaphor, pron, pron_p) if x is not None), default=-1)
    if last is not None and last.end > late:
        group = [last]
        links: list[str] = []
        for prev in reversed(ms[:-1]):
            link = ctx.text[prev.end:group[0].start]
            if not _COORD.match(link):
                break
            group.insert(0, prev)
            links.insert(0, link)
        if links and not _CONJ.search(links[-1]):
            group = group[-1:]
        out: list[Any] = []
        listed = False  # "members of groups including X and Y": the whole list is some of their people
        for mm in group:
            via = "members" if listed else None
            if _members_of(ctx, ca, mm):
                via = "members"
                listed = True
                if re.match(r"[^.;]{0,40}?,\s+which\b", ctx.text[mm.end:pos]):
                    via = None  # "Elements of X, which has been integrated into Y": the relative is about X
                    listed = False
            if mm.kind in kinds and all(_name(mm) != _name(x) for x in out):
                out.append(_Via(mm, via) if via else mm)
        return out
    if anaphor is not None and anaphor.start() == late and "org" in kinds:
        ante = ctx.antecedent_org(anaphor.start(), "group")
        if ante is not None:
            extra["subject_anaphor"] = anaphor.group(0)
            return [_Via(ante, "anaphor")]
    if pron is not None and pron.start() == late and "org" in kinds:
        ante = ctx.antecedent_org(pron.start(), "pronoun")
        if ante is not None:
            extra["subject_anaphor"] = pron.group(0)
            return [_Via(ante, "anaphor")]
    if pron_p is not None and pron_p.start() == late and "person" in kinds:
        ante = ctx.antecedent_person(pron_p.start())
        if ante is not None:
            extra["subject_anaphor"] = pron_p.group(0)
            return [_Via(ante, "anaphor")]
    return []


def _members_of(ctx: DocContext, ca: int, mm: Any) -> bool:
    """Whether the name stands for some of a group's people: "X members", "members of X"."""
    return bool(_MEMBERS_AFTER.match(ctx.text, mm.end) or _MEMBERS_BEFORE.search(ctx.text[max(ca, mm.start - 80):mm.start]))


def _fronted_subject(ctx: DocContext, ca: int, cb: int, m: re.Match[str], objs: list[Any],
                     kinds: tuple[str, ...]) -> list[Any]:
    """"Founded in 1998 by X, the group ...": a clause opening with the trigger takes its subject after
    the phrase."""
    if ctx.text[ca:m.start()].strip(" \u201c\"'"):
        return []
    last_obj_end = max(getattr(o, "mention", o).end for o in objs)
    comma = ctx.text.find(",", last_obj_end, cb)
    if comma < 0:
        return []
    after = ctx.mentions_in(comma, min(cb, comma + 60))
    if after and after[0].kind in kinds and not ctx.text[comma + 1:after[0].start].strip(" ").lower().startswith(
            ("and", "or")):
        words = ctx.text[comma + 1:after[0].start].split()
        if len(words) <= 1:
            return [after[0]]
    anaphor = group_anaphor_at(ctx.text, comma, min(cb, comma + 40))
    if anaphor is not None and "org" in kinds and not ctx.text[comma + 1:anaphor.start()].strip():
        ante = ctx.antecedent_org(anaphor.start(), "group")
        if ante is not None:
            return [_Via(ante, "anaphor")]
    return []


def _nominal(ctx: DocContext, m: re.Match[str], ca: int, cb: int, pat: _Pattern, extra: dict[str, Any]) -> list[tuple[Any, Any]]:
    """"pledges of allegiance to Y by X", "a pledge of allegiance made by X to Y", "X's ... pledge"."""
    pos = m.end()
    by = re.compile(r"\s*(?:made\s+)?by\s+", re.I)
    to = re.compile(r"\s*to\s+", re.I)
    subj: list[Any] = []
    objs: list[Any] = []
    bm = by.match(ctx.text, pos)
    if bm:
        subj = _names_after(ctx, bm.end(), cb, pat.subj, 4)
        if subj:
            end = max(getattr(x, "mention", x).end for x in subj)
            tm = re.compile(r"[^.;]{0,40}?\bto\s+", re.I).match(ctx.text, end)
            if tm:
                objs = _names_after(ctx, tm.end(), cb, pat.obj, 3)
    else:
        tm = to.match(ctx.text, pos)
        if tm:
            objs = _names_after(ctx, tm.end(), cb, pat.obj, 3)
            if objs:
                end = max(getattr(x, "mention", x).end for x in objs)
                bm2 = re.compile(r"[^.;]{0,40}?\bby\s+", re.I).match(ctx.text, end)
                if bm2:
                    subj = _names_after(ctx, bm2.end(), cb, pat.subj, 4)
                    more = re.compile(r"[^.;]{0,80}?\bas\s+well\s+as\s+by\s+", re.I).match(ctx.text, bm2.end())
                    if more:
                        subj += [x for x in _names_after(ctx, more.end(), cb, pat.subj, 4) if x not in subj]
                if not subj:
                    subj = _names_before(ctx, ca, m.start(), pat.subj, extra)
    subj = [_Via(s, "members") if not isinstance(s, _Via) and _members_of(ctx, ca, s) else s for s in subj]
    return [(s, o) for s in subj for o in objs]
