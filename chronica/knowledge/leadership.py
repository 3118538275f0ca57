"""Leadership tenures stated in a document: who held which role in which organisation, in what order,
from when to when, and how the tenure ended.

>>> from chronica.knowledge.leadership import extract_leadership
>>> from chronica.actors import find_actors
>>> from chronica.time import find_dates
>>> text = ("Omar Daud was appointed the Northern Front's second emir in May 2019. "
...         "Daud was killed in an air strike on 3 March 2021.")
>>> sents = [(0, 69), (70, len(text))]
>>> t = extract_leadership(text, sents, find_actors(text, sents), find_dates(text, None))[0]
>>> (t.subject, t.role, t.object, t.order, t.date, t.end_date, t.end_reason)
('Northern Front', 'emir', 'Omar Daud', 2, '2019-05', '2021-03-03', 'killed')

What is read:

- role phrases: "X leader Y", "Y, the group's first emir", "the first emir of X, Y", "Y, a former
  commander of X", "Y was X's spokesman", "X with Y as its governor";
- appointments: "Y was appointed (as) X's fourth emir in August 2018", "the Shura selected Y as new
  leader", "Y became leader", "took over as leader", "Appointed emir in July 2019, Y ..." (fronted);
- tenures: "Y led X from July 2017 to August 2018 when he was killed", "led X for nine months until
  his death on 27 April 2017" (the start is reckoned back from the end and marked approximate), "X,
  led by Y", "headed by Y";
- successions: "Y succeeded Z", "Z was replaced by Y", "succeeded by his nephew Y", "named Y as his
  successor": Y takes Z's role, and the next order when Z's is stated;
- headed lists: "Seventh emir: NAME" headings (their order, their block of text), numbered lists
  under a "Leaders" / "Emirs" heading;
- ends: "Y was killed / arrested / captured / demoted / replaced / resigned / died" (also fronted,
  "Captured ... in April 2020, Y ...", and "the death of Y"), the earliest one dated on or after the
  tenure's start (or stated in the tenure's own sentence or list entry).

Orders and dates are only those the text states: an order comes from an ordinal, a heading or a
succession from a predecessor whose order is stated; a date from the clause that states the fact.
Two statements of one tenure are merged; conflicting orders are all kept in ``extra["orders"]``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from chronica.knowledge.claims_text import (
    ORDINALS,
    DocContext,
    canonical_key,
    clause_date,
    make_claim,
    pronoun_at,
)
from chronica.knowledge.model import Claim

__all__ = ["END_REASONS", "LEADER_ROLES", "ROLES", "extract_leadership"]

#: Roles a tenure may have (normalised).
ROLES = ("emir", "leader", "deputy", "spokesman", "governor", "commander")
#: Roles whose holder leads the organisation (they give ``leader_of`` relations).
LEADER_ROLES = frozenset({"emir", "leader"})
END_REASONS = ("killed", "died", "arrested", "captured", "demoted", "replaced", "resigned")

_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_CORE = (r"emir|amir|ameer|leader|head|chief|commander|spokes(?:man|person|woman)|deputy|governor|wali|caliph"
         r"|successor")
_MOD = r"former|then|new|current|acting|interim|late|overall|supreme|top|senior|military|chief|founding|sole|de\s+facto"
ROLE_RE = re.compile(
    rf"\b(?:(?P<mod>(?:(?:{_MOD})[\s-]+)+))?(?:(?P<ord>{_ORD})\s+)?(?:(?P<dep>deputy|vice)[\s-]+)?(?P<core>{_CORE})s?\b",
    re.I)
_HEADING = re.compile(rf"(?P<ord>{_ORD})\s+(?P<role>(?:deputy\s+)?(?:{_CORE}))\s*[:\u2013\u2014-]\s*", re.I)
_LIST_HEADING = re.compile(r"^\s*(?:list\s+of\s+|former\s+)?(?:\w+\s+){0,4}(?:emirs|amirs|leaders|leadership|commanders"
                           r"|heads|chiefs|walis|governors|spokesmen)(?:\s+(?:succession|history|changes|timeline))?\s*:?\s*$",
                           re.I)
_LIST_ITEM = re.compile(r"^[ \t]*(?:(?P<num>\d{1,2})[.)]|[-*\u2022])[ \t]+", re.M)

_APPOINT = re.compile(
    r"\b(?P<v>appointed|named|selected|selects|select|chosen|chose|chooses|elected|elects|installed|made|"
    r"declared|proclaimed|announced|designated|promoted|picked|tapped|nominated|confirmed)\s+", re.I)
_BECAME = re.compile(
    r"\b(?P<v>became|becomes|become|becoming|took\s+over\s+as|takes\s+over\s+as|taking\s+over\s+as|took\s+over\s+the\s+"
    r"(?:leadership|command)\s+of|assumed\s+(?:the\s+)?(?:leadership|command|post|role)\s+(?:of|as)|succeeded\s+\w+"
    r"(?:\s+\w+){0,3}?\s+as|served\s+as|serves\s+as|serving\s+as|rose\s+to\s+become|was\s+made)\s+", re.I)
_LED = re.compile(r"(?<![-\w])(?P<v>led|leads|headed|heads|commanded|ran|helmed)\s+(?!by\b)", re.I)
_LED_BY = re.compile(r"(?<![-\w])(?:led|headed|commanded|run|helmed)\s+(?:\w+ly\s+)?by\s+", re.I)
_SUCCEEDED = re.compile(r"\b(?P<v>succeeded|replaced)\s+(?!by\b)", re.I)
_SUCCEEDED_BY = re.compile(r"\b(?:succeeded|replaced)\s+(?:\w+ly\s+)?by\s+(?:(?:his|her|their|the)\s+(?:\w+\s+){0,2})?",
                           re.I)
_WITH_AS = re.compile(r"\s+with\s+(?P<between>.{1,80}?)\s+as\s+(?:its\s+|the\s+)?", re.I)
_END = re.compile(
    r"\b(?P<v>killed|assassinated|executed|martyred|slain|died|dies|arrested|detained|captured|demoted|removed"
    r"|dismissed|sacked|ousted|deposed|expelled|replaced|resigned|stepped\s+down|retired)\b", re.I)
_END_NOUN = re.compile(r"\b(?P<v>death|killing|assassination|execution|arrest|detention|capture|demotion|removal"
                       r"|dismissal|resignation|ouster)\s+(?:of\s+)?", re.I)
_VIOLENT = re.compile(r"\b(?:raid|strike|airstrike|air\s+strike|drone|attack|operation|clash|shootout|ambush|bomb"
                      r"|bombing|killed|fighting|battle|gunmen|assassinat)\w*", re.I)
_FOR_SPAN = re.compile(r"\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+|only\s+|over\s+)?"
                       r"(?P<n>\w+)\s+(?P<unit>months?|years?|weeks?)\s+until\b", re.I)
_GROUP_POSS = re.compile(r"\b(?:the\s+(?:group|organi[sz]ation|movement|network|branch|faction|outfit)|its|their)"
                         r"(?:'s|\u2019s)?\s*$", re.I)
_FROM_TO = re.compile(r"\bfrom\s+$", re.I)

_REASONS = {
    "killed": "killed", "assassinated": "killed", "executed": "killed", "martyred": "killed", "slain": "killed",
    "killing": "killed", "assassination": "killed", "execution": "killed",
    "died": "died", "dies": "died", "death": "died",
    "arrested": "arrested", "detained": "arrested", "arrest": "arrested", "detention": "arrested",
    "captured": "captured", "capture": "captured",
    "demoted": "demoted", "removed": "demoted", "dismissed": "demoted", "sacked": "demoted", "ousted": "demoted",
    "deposed": "demoted", "expelled": "demoted", "demotion": "demoted", "removal": "demoted", "dismissal": "demoted",
    "ouster": "demoted",
    "replaced": "replaced", "resigned": "resigned", "stepped down": "resigned", "retired": "resigned",
    "resignation": "resigned",
}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "a": 1, "an": 1}


def normalise_role(core: str, deputy: bool = False, mod: str = "") -> str:
    """'amir' -> 'emir', 'spokesperson' -> 'spokesman', 'wali' -> 'governor', 'deputy leader' -> 'deputy'."""
    c = core.lower()
    if deputy or c == "deputy":
        return "deputy"
    if c in ("emir", "amir", "ameer"):
        return "commander" if "military" in mod.lower() else "emir"
    if c in ("leader", "head", "chief", "caliph"):
        return "commander" if "military" in mod.lower() else "leader"
    if c.startswith("spokes"):
        return "spokesman"
    if c in ("governor", "wali"):
        return "governor"
    return c


def _role_class(role: str) -> str:
    return "top" if role in LEADER_ROLES else role


@dataclass
class _Fact:
    """One statement about a tenure."""

    org: str | None
    person: str
    role: str
    start: int
    end: int
    order: int | None = None
    order_from: str | None = None
    begin: str | None = None
    finish: str | None = None
    end_reason: str | None = None
    block: tuple[int, int] | None = None
    role_word: str = ""
    predecessor: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, list[int]] = field(default_factory=dict)


@dataclass
class _Tenure:
    org: str
    person: str
    role: str
    facts: list[_Fact] = field(default_factory=list)


def extract_leadership(
    text: str,
    sentences: Sequence[tuple[int, int]],
    actor_mentions: Sequence[Any],
    expressions: Sequence[Any],
    doc_id: str = "",
) -> list[Claim]:
    """The leadership tenures the document states, one Claim per (organisation, person, role).

    Inputs as ``chronica.knowledge.relations.extract_relations``. Each Claim has kind "leadership",
    ``subject`` the organisation, ``object`` the person, ``role``, ``order``, ``date`` (start),
    ``end_date``, ``end_reason``; its span is the statement that names the tenure, and
    ``extra["spans"]`` gives the span behind each field (order, start, end, end_reason),
    ``extra["evidence"]`` every statement merged into it."""
    ctx = DocContext(text, sentences, actor_mentions, expressions, doc_id)
    if not ctx.text or not ctx.mentions:
        return []
    facts: list[_Fact] = []
    blocks = _heading_blocks(ctx) + _list_blocks(ctx)
    for fact in blocks:
        facts.append(fact)
    for sa, sb in ctx.sentences:
        if not ctx.mentions_in(sa, sb, kinds=("person",)):
            continue
        facts.extend(_sentence_facts(ctx, sa, sb))
    _fill_block_orgs(ctx, facts)
    tenures = _merge(facts)
    _succession_orders(tenures)
    _ends(ctx, tenures)
    return [_claim(ctx, t) for t in tenures]


# -- headed lists -----------------------------------------------------------------------------------

def _heading_blocks(ctx: DocContext) -> list[_Fact]:
    """"Seventh emir: NAME ..." entries: the order, the role, the person, and the entry's text."""
    text = ctx.text
    found: list[tuple[re.Match[str], Any]] = []
    for m in _HEADING.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:m.start()].strip(" \t-*\u2022#"):
            continue
        people = ctx.mentions_in(m.end(), min(len(text), m.end() + 80), kinds=("person",))
        if not people or text[m.end():people[0].start].strip(" \t\"'\u201c"):
            continue
        found.append((m, people[0]))
        tail = re.match(r"\s*\([^)\n]{1,80}\)", text[people[0].end:])
        ctx.cuts.append(people[0].end + (tail.end() if tail else 0))
    ctx.cuts.sort()
    out = []
    for k, (m, person) in enumerate(found):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        end = line_end
        if line_end - m.start() < 80:  # a heading on its own line: the entry is the next paragraph
            nxt = text.find("\n", line_end + 1)
            end = len(text) if nxt < 0 else nxt
        if k + 1 < len(found):
            end = min(end, found[k + 1][0].start())
        order = ORDINALS[m.group("ord").lower()]
        role = normalise_role(m.group("role").split()[-1], m.group("role").lower().startswith("deputy"))
        f = _Fact(None, person.canonical, role, m.start(), min(end, person.end + 1), order=order, order_from="heading",
                  block=(m.start(), end), role_word=m.group("role"))
        f.spans["order"] = [m.start(), person.end]
        out.append(f)
    return out


def _list_blocks(ctx: DocContext) -> list[_Fact]:
    """Numbered or bulleted items under a "Leaders" / "Emirs" heading: "1. NAME (2015-2016)"."""
    text = ctx.text
    out: list[_Fact] = []
    for line in re.finditer(r"^[^\n]{2,60}$", text, re.M):
        if not _LIST_HEADING.match(line.group(0)):
            continue
        role_m = ROLE_RE.search(line.group(0).rstrip("s:"))
        head = line.group(0).lower()
        role = normalise_role(role_m.group("core")) if role_m else ("leader" if "leader" in head else "emir")
        if "leadership" in head:
            role = "leader"
        orgs = ctx.mentions_in(line.start(), line.end(), kinds=("org",))
        if not orgs:
            before = ctx.sentence_index(max(0, line.start() - 2))
            topic = ctx.subject_org(before) if before is not None else None
            topic = topic or ctx.main_org()  # a profile's list of its own leaders
            orgs = [topic] if topic is not None else []
        pos = line.end() + 1
        numbered_all = True
        items = []
        while pos < len(text):
            while pos < len(text) and text[pos] == "\n":
                pos += 1
            im = _LIST_ITEM.match(text, pos)
            if im is None:
                break
            le = text.find("\n", pos)
            le = len(text) if le < 0 else le
            items.append((im, pos, le))
            numbered_all = numbered_all and im.group("num") is not None
            pos = le + 1
        for n, (im, a, b) in enumerate(items, 1):
            people = ctx.mentions_in(im.end(), b, kinds=("person",))
            if not people or text[im.end():people[0].start].strip():
                continue
            own = ROLE_RE.search(text, people[0].end, b)  # "- NAME (aka ...): emir (leader) from about 2008"
            item_role = normalise_role(own.group("core"), bool(own.group("dep")), own.group("mod") or "") \
                if own and text[people[0].end:own.start()].count(":") == 1 else role
            f = _Fact(orgs[0].canonical if orgs else None, people[0].canonical, item_role, a, b, block=(a, b),
                      role_word=item_role)
            if numbered_all and im.group("num") and int(im.group("num")) == n:
                f.order, f.order_from = n, "list"
                f.spans["order"] = [a, b]
            d = ctx.dates_in(people[0].end, b)
            # "...; killed in a US air strike ... on 1 May 2008": a date after an end verb of its own clause
            # ends the tenure (with that reason); the others begin it
            ends = []
            for x in d:
                clause_start = max(text.rfind(";", a, x.start), text.rfind(":", a, x.start), people[0].end)
                em = next(reversed(list(_END.finditer(text, clause_start, x.start))), None)
                if em is not None:
                    ends.append((x, _REASONS.get(em.group("v").lower())))
            begins = [x for x in d if all(x is not y for y, _ in ends)]
            if begins:
                f.begin = begins[0].first
                f.spans["start"] = [begins[0].start, begins[0].end]
                if begins[0].last:
                    f.finish = begins[0].last
                    f.spans["end"] = [begins[0].start, begins[0].end]
                elif len(begins) > 1 and not ends:
                    f.finish = begins[1].value
                    f.spans["end"] = [begins[1].start, begins[1].end]
            if ends:
                x, reason = ends[0]
                f.finish = x.value
                f.spans["end"] = [x.start, x.end]
                if reason:
                    f.end_reason = reason
                    f.spans["end_reason"] = [x.start, x.end]
            out.append(f)
    return out


def _fill_block_orgs(ctx: DocContext, facts: list[_Fact]) -> None:
    """A headed list's entries name their organisation once or twice: the one most of the entries
    name is that of every entry that names none."""
    entries = [f for f in facts if f.order_from == "heading" and f.block]
    if not entries:
        return
    votes: dict[str, int] = {}
    for e in entries:
        assert e.block is not None
        inside = [f for f in facts if f is not e and f.org and e.block[0] <= f.start < e.block[1]
                  and canonical_key(f.person) == canonical_key(e.person)]
        for f in inside:
            votes[f.org or ""] = votes.get(f.org or "", 0) + 1
    if not votes:
        return
    best = max(votes.items(), key=lambda kv: kv[1])[0]
    for e in entries:
        e.org = best
    for f in facts:
        if f.org is None and f.block is None:
            for e in entries:
                assert e.block is not None
                if e.block[0] <= f.start < e.block[1] and _role_class(f.role) == _role_class(e.role):
                    f.org = best


# -- sentence statements ----------------------------------------------------------------------------

def _sentence_facts(ctx: DocContext, sa: int, sb: int) -> list[_Fact]:
    out: list[_Fact] = []
    text = ctx.text
    readers = ((ROLE_RE, _role_phrase), (_LED, _led), (_LED_BY, _led_by), (_WITH_AS, _with_as))
    for pattern, read in readers:
        for m in pattern.finditer(text, sa, sb):
            if pattern is ROLE_RE and m.group("core").lower() == "successor":
                continue
            f = read(ctx, m, sa, sb)
            if f is not None:
                out.append(f)
    out.extend(_successions(ctx, sa, sb))
    return out


def _org_before_role(ctx: DocContext, rm: re.Match[str], sa: int) -> Any | None:
    """"IMU leader", "Islamic Movement of Uzbekistan's (IMU) emir", "IS-KP's deputy leader"."""
    before = ctx.mentions_in(max(sa, rm.start() - 120), rm.start(), kinds=("org",))
    if not before:
        return None
    m = before[-1]
    gap = ctx.text[m.end:rm.start()]
    if re.fullmatch(r"(?:\s*\([^)]{1,20}\))?(?:'s|\u2019s|s'|\u2019)?\s*(?:\(\w{2,8}\)\s*)?", gap):
        return m
    return None


_UNKNOWN_POSS = re.compile(r"\b(?!(?:The|This|That|Its|Their|His|Her)\b)[A-Z][\w-]*(?:'s|\u2019s)\s+" + r"(?:[a-z-]+\s+){0,2}\Z")
_UNKNOWN_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+")


def _org_after_role(ctx: DocContext, rm: re.Match[str], sb: int) -> Any | None:
    """"the emir of the Islamic State", "a spokesperson for IS-KP"."""
    g = re.compile(r"\s+(?:of|for|in|within)\s+(?:the\s+)?", re.I).match(ctx.text, rm.end())
    if g is None:
        return None
    after = ctx.mentions_in(g.end(), min(sb, g.end() + 80))
    if not after or after[0].start != g.end() or after[0].kind != "org":
        return None
    if re.match(r"(?:'s|\u2019s)\s+(?!\()", ctx.text[after[0].end:after[0].end + 4]):
        return None  # "head of the Islamic State's presence": the role is of something else
    return after[0]


def _person_after(ctx: DocContext, pos: int, sb: int, loose: bool = False) -> Any | None:
    after = ctx.mentions_in(pos, min(sb, pos + 80))
    if not after or after[0].kind != "person":
        return None
    gap = ctx.text[pos:after[0].start]
    if re.fullmatch(r"\s*,?\s*[\[\(]?\s*", gap) or (loose and re.fullmatch(r"\s*,?\s*(?:named|called)?\s*", gap)):
        return after[0]
    return None


_PRE_MODS = r"(?:(?:former|then|late|senior|top|veteran|prominent|key|notorious|onetime|one-time|ex-|longtime|long-time)\s*)*"
_APPOS_BEFORE = re.compile(r",\s*(?:(?:who|which)\s+(?:was|is|had\s+been|has\s+been|became)\s+)?(?:(?:the|a|an|his|her)\s+)?"
                           + _PRE_MODS + r"\Z", re.I)
_LEAD_APPOS = re.compile(r"^\s*,[^,;()]{1,60}(?:,[^,;()]{1,30})?,\s*(?=(?:was\s+)?(?:appointed|named|selected|chosen|elected)\b)")
_COPULA_BEFORE = re.compile(
    r"\s+(?:was|is|had\s+been|has\s+been|were|remains|remained|became|becomes|served\s+as|serves\s+as|acted\s+as|"
    r"was\s+(?:\w+ly\s+)?(?:appointed|named|selected|chosen|elected|installed|made|declared|proclaimed|designated"
    r"|promoted|confirmed|announced)(?:\s+as)?|took\s+over\s+as|takes\s+over\s+as|taking\s+over\s+as"
    r"|assumed\s+the\s+role\s+of|(?<=,\s)(?:appointed|named|selected|chosen|elected)(?:\s+as)?)"
    r"\s+(?:\w+ly\s+)?(?:as\s+)?(?:(?:the|a|an|its|his|her|their)\s+)?\Z", re.I)
_COPULA_AFTER = re.compile(r"\s+(?:is|was|remains|remained|has\s+been|had\s+been)\s+(?:\w+ly\s+)?", re.I)
_ACTIVE_BEFORE = re.compile(
    r"\b(?:appointed|appoints|appoint|named|names|name|selected|selects|select|chose|chooses|choose|elected|elects|"
    r"installed|installs|made|makes|declared|declares|proclaimed|designated|promoted|picked|tapped|nominated)\s+"
    r"(?:[A-Z][\w.]*\s+)?$")
_START_VERB = re.compile(r"\b(?:appointed|named|selected|selects|chosen|chose|elected|installed|made|declared|proclaimed"
                         r"|designated|promoted|picked|tapped|nominated|became|becomes|become|took\s+over|taking\s+over"
                         r"|takes\s+over|assumed|succeeded|rose)\b", re.I)


def _role_phrase(ctx: DocContext, rm: re.Match[str], sa: int, sb: int) -> _Fact | None:
    text = ctx.text
    core, mod = rm.group("core"), rm.group("mod") or ""
    if core.lower() == "head" and re.match(r"\s+(?:of\s+state|office|quarters)", text[rm.end():rm.end() + 12], re.I):
        return None
    if core.lower() == "deputy" and re.match(r"\s+(?:governor|minister|director|chief\s+of\s+staff)", text[rm.end():rm.end() + 20], re.I):
        return None
    role = normalise_role(core, bool(rm.group("dep")), mod)
    ca, cb = ctx.clause(sa, sb, rm.start())
    org = _org_before_role(ctx, rm, sa)
    org_adjacent = org
    org_after = _org_after_role(ctx, rm, sb)
    anaphoric = False
    if org is None and _UNKNOWN_POSS.search(text, max(sa, rm.start() - 40), rm.start()):
        return None  # "ISIS Central's chief spokesperson": an organisation the document does not name as one
    if org_after is None and _UNKNOWN_OF.match(text, rm.end()):
        return None
    if org is None and org_after is not None:
        org = org_after
    if org is None and _GROUP_POSS.search(text, max(sa, rm.start() - 40), rm.start()):
        org = ctx.antecedent_org(rm.start(), "group")
        anaphoric = True
    # the person: right after ("IMU leader Usman Ghazi", "the first emir of ISKP, Hafiz Saeed Khan"),
    # in apposition before ("Hafiz Saeed Khan, the group's first emir"), the subject of a copula or
    # an appointment ("X was appointed as the organisation's seventh emir"), or the object of an
    # active appointment ("selects X as new leader"), or after a fronted phrase ("Initially a
    # spokesperson for IS-KP, Khorasani ...")
    role_start = rm.start()
    if org_adjacent is not None:
        role_start = org_adjacent.start
        det = re.search(r"(?:\b(?:the|a|an)\s+)" + _PRE_MODS + r"\Z", text[max(sa, role_start - 40):role_start], re.I)
        if det:
            role_start -= len(det.group(0))
    else:
        det = re.search(r"(?:\b(?:the|a|an|its|their|his|her)\s+)(?:(?:group|organi[sz]ation|movement)(?:'s|\u2019s)\s+)?\Z",
                        text[max(sa, rm.start() - 30):rm.start()], re.I)
        if det:
            role_start = rm.start() - len(det.group(0))
    role_end = rm.end()
    if org_after is not None and org is org_after:
        role_end = int(getattr(org_after, "end", role_end))
    person = None
    how = ""
    p_after = _person_after(ctx, role_end, sb)
    if p_after is not None and (p_after.start - role_end) <= 4:
        person, how = p_after, "after"
    elif not text[ca:role_start].strip(" \u201c\"'"):
        # the role opens its clause and a copula names the person: "Its leader is Y", "X's emir was Y"
        cop = _COPULA_AFTER.match(text, role_end)
        nxt = ctx.mentions_in(cop.end(), min(sb, cop.end() + 40)) if cop else []
        if cop and nxt and nxt[0].kind == "person" and nxt[0].start == cop.end():
            person, how = nxt[0], "copula after"
    if person is None:
        before_text = text[max(sa, role_start - 120):role_start]
        people = ctx.mentions_in(max(sa, role_start - 120), role_start, kinds=("person",))
        if people:
            gap = text[people[-1].end:role_start]
            if _APPOS_BEFORE.fullmatch(gap) or re.fullmatch(r"\s*\([^)]*\)\s*,\s*(?:(?:the|a|an)\s+)?", gap):
                person, how = people[-1], "apposition"
            elif _COPULA_BEFORE.search(gap):
                lead = _LEAD_APPOS.match(gap)
                between = ctx.mentions_in(people[-1].end + (lead.end() if lead else 0), role_start)
                if lead:
                    gap = gap[lead.end():]
                if len(gap) < 90 and all(org is not None and x.canonical == org.canonical for x in between):
                    person, how = people[-1], "copula"
        if person is None:
            act = re.search(r"(?P<p>\S.*?)\s+as\s+(?:(?:the|a|an|its|his|her|their)\s+)?\Z", before_text)
            if act:
                pm = ctx.mentions_in(role_start - len(act.group(0)), role_start, kinds=("person",))
                if pm and _ACTIVE_BEFORE.search(text[max(sa, pm[0].start - 30):pm[0].start]):
                    person, how = pm[0], "appointed"
        if person is None:
            pron = pronoun_at(text, max(ca, role_start - 40), role_start, person=True)
            if pron is not None and _COPULA_BEFORE.search(text[pron.end():role_start]):
                ante = ctx.antecedent_person(pron.start())
                if ante is not None:
                    person, how = ante, "pronoun"
        if person is None and not text[ca:role_start].strip(" \u201c\"'").split()[4:]:
            # fronted: "Initially a spokesperson for IS-KP, Khorasani was ...", "Appointed emir in ..., X"
            comma = text.find(", ", role_end, cb)
            if comma > 0 and comma - role_end < 60:
                p2 = ctx.mentions_in(comma, min(cb, comma + 40), kinds=("person",))
                if p2 and not text[comma + 2:p2[0].start].strip():
                    person, how = p2[0], "fronted"
    if person is None:
        return None
    if org is None and (how == "fronted" or re.search(r"\b(?:the|a|an)\s+" + _PRE_MODS + r"\Z",
                                                      text[max(sa, rm.start() - 30):rm.start()], re.I)):
        orgs = {m.canonical: m for m in ctx.mentions_in(ca, cb, kinds=("org",), sources=False)}
        if len(orgs) == 1:
            org = next(iter(orgs.values()))
            anaphoric = True
    if org is None:
        poss = re.search(r"\b(?:its|their)\b", text[ca:rm.start() if how == "copula after" else min(person.start, role_start)],
                         re.I)
        if poss is not None:
            org = ctx.antecedent_org(ca + poss.start(), "pronoun")
            anaphoric = org is not None
    if org is not None and canonical_key(org.canonical) == canonical_key(person.canonical):
        return None
    lo = min(person.start, role_start)
    hi = max(person.end, role_end)
    f = _Fact(org.canonical if org is not None else None, person.canonical, role, lo, hi, role_word=rm.group(0))
    if anaphoric:
        f.extra["org_from"] = "context"
    if rm.group("ord"):
        f.order, f.order_from = ORDINALS[rm.group("ord").lower()], "ordinal"
        f.spans["order"] = [rm.start(), rm.end()]
    if re.search(r"\bformer\b", mod, re.I) or re.search(r"\b(?:former|previously|formerly|ex-|initially|originally|once)\s+"
                                                           r"(?:(?:a|an|the)\s+)?(?:[\w-]+(?:'s|\u2019s)\s+)?\Z", text[max(sa, role_start - 40):role_start], re.I):
        f.extra["former"] = True
    if re.search(r"\bthen\b", mod, re.I):
        f.extra["at_the_time"] = True
    # an appointment or a taking-over dates the start
    window = text[max(ca, lo - 60):rm.start()]
    if how in ("copula", "appointed", "fronted", "pronoun") and _START_VERB.search(window):
        if not ctx.negated(ca, rm.start()) and not ctx.hedged(max(ca, lo), rm.start()):
            d, e, ref = clause_date(ctx, ca, cb, rm.start(), sa)
            if ref is None:
                d, e, ref = _sentence_date(ctx, sa, sb, rm.start())
            if ref is not None:
                f.begin, f.finish = d, e
                f.spans["start"] = [ref.start, ref.end]
    if ctx.negated(ca, lo) and how in ("copula",):
        return None
    speaker, verb = ctx.speaker(sa, sb, lo)
    if speaker is not None and canonical_key(speaker) != canonical_key(person.canonical):
        f.extra["speaker"] = speaker
    f.extra["how"] = how
    return f


def _sentence_date(ctx: DocContext, sa: int, sb: int, pos: int) -> tuple[str | None, str | None, Any]:
    """A date elsewhere in the sentence when the clause of an appointment has none and the sentence
    has exactly one ("IS announced the province in January 2015, and appointed X as its first emir")."""
    ds = ctx.dates_in(sa, sb)
    if len({d.value for d in ds}) == 1:
        d = ds[0]
        return d.first, d.last, d
    return None, None, None


def _subject_person(ctx: DocContext, ca: int, pos: int) -> Any | None:
    people = ctx.mentions_in(ca, pos, kinds=("person",))
    pron = pronoun_at(ctx.text, ca, pos, person=True)
    if people and (pron is None or people[-1].end > pron.start()):
        return people[-1]
    if pron is not None:
        return ctx.antecedent_person(pron.start())
    return None


def _led(ctx: DocContext, m: re.Match[str], sa: int, sb: int) -> _Fact | None:
    """"X led IS-KP from July 2017 to August 2018 when he was killed", "led the group for nine months
    until his death on ..."."""
    text = ctx.text
    ca, cb = ctx.clause(sa, sb, m.start())
    after = ctx.mentions_in(m.end(), min(sb, m.end() + 60))
    org = None
    if after and after[0].kind == "org" and not text[m.end():after[0].start].strip(" ").lower().replace("the", "").strip() \
            and not re.match(r"(?:'s|\u2019s)\s", text[after[0].end:after[0].end + 3]):
        org = after[0]
        org_end = org.end
    else:
        g = re.compile(r"(?:the|this|that)\s+(?:group|organi[sz]ation|movement|network|branch|faction)\b", re.I).match(
            text, m.end())
        if g is None:
            return None
        org = ctx.antecedent_org(g.start(), "group")
        org_end = g.end()
        if org is None:
            return None
    person = _subject_person(ctx, ca, m.start())
    if person is None:
        return None
    if ctx.negated(ca, m.start()) or ctx.hedged(ca, m.start()):
        return None
    f = _Fact(org.canonical, person.canonical, "leader", min(person.start, m.start()), org_end, role_word=m.group("v"))
    rest_end = sb
    d, e, ref = clause_date(ctx, m.end(), rest_end, m.end(), sa)
    tail = text[org_end:sb]
    rng = re.match(r"[^.;]{0,60}?\b(?:from|between)\s+", tail)
    if ref is not None and ref.last is not None and rng:
        f.begin, f.finish = ref.first, ref.last
        f.spans["start"] = f.spans["end"] = [ref.start, ref.end]
    elif ref is not None and re.search(r"\b(?:since|from)\s+\S*\s*$", text[max(sa, ref.start - 12):ref.start], re.I):
        f.begin = ref.value
        f.spans["start"] = [ref.start, ref.end]
    # how it ended: "until his death on ...", "when he was killed", "until he was arrested in ..."
    um = re.compile(r"[^.;]{0,120}?\b(?:until|till|when|before)\s+(?:(?:his|her)\s+(?P<noun>death|killing|arrest|capture"
                    r"|removal|resignation|demotion)|(?:he|she)\s+(?:was\s+)?(?:\w+ly\s+)?(?P<verb>killed|assassinated"
                    r"|arrested|captured|detained|demoted|removed|replaced|died|resigned|stepped\s+down|executed))", re.I
                    ).match(text, org_end, sb)
    if um:
        word = (um.group("noun") or um.group("verb")).lower()
        reason = _REASONS.get(word, word)
        after_end = text[um.end():sb]
        if reason == "died" and _VIOLENT.search(after_end[:80]):
            reason = "killed"
        f.end_reason = reason
        f.spans["end_reason"] = [um.start(), um.end()]
        if f.finish is None:
            ds = ctx.dates_in(um.end(), sb)
            if ds:
                f.finish = ds[0].value
                f.spans["end"] = [ds[0].start, ds[0].end]
    elif ref is not None and ref.last is None and re.search(r"\buntil\s+$", text[max(sa, ref.start - 8):ref.start]):
        f.finish = ref.value
        f.spans["end"] = [ref.start, ref.end]
    span = _FOR_SPAN.search(text, org_end, sb)
    if span and f.begin is None and f.finish is not None:
        n = _NUMBER_WORDS.get(span.group("n").lower()) or (int(span.group("n")) if span.group("n").isdigit() else None)
        if n is not None:
            back = _minus(f.finish, n, span.group("unit").lower())
            if back:
                f.begin = back
                f.spans["start"] = [span.start(), f.spans.get("end", [span.end()])[-1]]
                f.extra["start_reckoned"] = span.group(0).strip()
    f.end = max(f.end, f.spans.get("end", [0, 0])[-1], f.spans.get("end_reason", [0, 0])[-1])
    return f


def _minus(value: str, n: int, unit: str) -> str | None:
    """An approximate EDTF month (or year) ``n`` units before ``value``: "2017-04-27" - 9 months = "2016-07~"."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?", value)
    if not m:
        return None
    year = int(m.group(1))
    if unit.startswith("year"):
        return f"{year - n}~" if m.group(2) is None else f"{year - n}-{m.group(2)}~"
    if m.group(2) is None:
        return None
    months = year * 12 + int(m.group(2)) - 1
    if unit.startswith("week"):
        n = round(n / 4.35)
    months -= n
    return f"{months // 12:04d}-{months % 12 + 1:02d}~"


def _led_by(ctx: DocContext, m: re.Match[str], sa: int, sb: int) -> _Fact | None:
    """"X, led by Y", "the group was originally headed by Y", "Led by Y and Z, the group ..."."""
    text = ctx.text
    ca, cb = ctx.clause(sa, sb, m.start())
    person = _person_after(ctx, m.end(), sb, loose=True)
    if person is None:
        return None
    if ctx.negated(ca, m.start()) or ctx.hedged(ca, m.start()):
        return None
    org = None
    before = ctx.mentions_in(ca, m.start(), kinds=("org",))
    anaphor = re.search(r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:group|organi[sz]ation|movement|network|branch|faction)\b",
                        text[ca:m.start()], re.I)
    if text[ca:m.start()].strip(" \u201c\"'") == "":
        comma = text.find(", ", person.end, cb)
        if comma > 0:
            nxt = ctx.mentions_in(comma, min(cb, comma + 40), kinds=("org",))
            g = re.compile(r",\s+(?:the|this)\s+(?:group|organi[sz]ation|movement|network|faction)\b", re.I).match(text, comma)
            if g is not None:
                org = ctx.antecedent_org(g.start() + 2, "group")
            elif nxt and not text[comma + 2:nxt[0].start].strip(" ").lower().replace("the", "").strip():
                org = nxt[0]
    elif before and (anaphor is None or before[-1].start > ca + anaphor.start()):
        if not re.fullmatch(r"\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|were|are|has\s+been|had\s+been)\s+)?"
                            r"(?:\w+ly\s+)?", text[before[-1].end:m.start()]):
            return None
        org = before[-1]
    elif anaphor is not None:
        org = ctx.antecedent_org(ca + anaphor.start(), "group")
    elif re.fullmatch(r"\s*It\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?", text[ca:m.start()]):
        org = ctx.antecedent_org(ca, "pronoun")  # "It is led by Y": the group the sentence before is about
    if org is None:
        return None
    f = _Fact(org.canonical, person.canonical, "leader", min(m.start(), person.start), person.end, role_word="led by")
    d, e, ref = clause_date(ctx, ca, cb, m.start(), sa)
    if ref is not None and ref.last is not None:
        f.begin, f.finish = ref.first, ref.last
        f.spans["start"] = f.spans["end"] = [ref.start, ref.end]
    if re.search(r"\b(?:originally|initially|first|formerly|previously)\b", text[max(ca, m.start() - 25):m.start()], re.I):
        f.extra["former"] = True
    return f


def _with_as(ctx: DocContext, m: re.Match[str], sa: int, sb: int) -> _Fact | None:
    """"the establishment of Wilayat Khorasan with Hafiz Saeed Khan as Wali"."""
    text = ctx.text
    people = ctx.mentions_in(m.start("between"), m.end("between"), kinds=("person",))
    rm = ROLE_RE.match(text, m.end())
    if len(people) != 1 or rm is None or text[m.start("between"):people[0].start].strip():
        return None
    orgs = ctx.mentions_in(max(sa, m.start() - 60), m.start(), kinds=("org",))
    if not orgs or text[orgs[-1].end:m.start()].strip():
        return None
    ca, cb = ctx.clause(sa, sb, m.start())
    f = _Fact(orgs[-1].canonical, people[0].canonical, normalise_role(rm.group("core"), bool(rm.group("dep"))),
              orgs[-1].start, rm.end(), role_word=rm.group(0))
    if rm.group("ord"):
        f.order, f.order_from = ORDINALS[rm.group("ord").lower()], "ordinal"
    d, e, ref = clause_date(ctx, ca, cb, m.start(), sa)
    if ref is not None:
        f.begin = d
        f.spans["start"] = [ref.start, ref.end]
    return f


def _successions(ctx: DocContext, sa: int, sb: int) -> list[_Fact]:
    """"Y succeeded Z (as emir)", "Z was replaced by Y", "succeeded by his nephew Y", "named Y as his
    successor", "Y, Z's successor": a fact for Y that takes Z's role and organisation later."""
    text = ctx.text
    out = []
    for m in _SUCCEEDED.finditer(text, sa, sb):
        ca, cb = ctx.clause(sa, sb, m.start())
        new = _subject_person(ctx, ca, m.start())
        old = _person_after(ctx, m.end(), sb)
        if new is None or old is None or ctx.negated(ca, m.start()) or ctx.hedged(ca, m.start()):
            continue
        f = _Fact(None, new.canonical, "", min(new.start, m.start()), old.end, predecessor=old.canonical,
                  role_word=m.group("v"))
        d, e, ref = clause_date(ctx, ca, cb, m.start(), sa)
        if ref is not None:
            f.begin = d
            f.spans["start"] = [ref.start, ref.end]
        out.append(f)
    for m in _SUCCEEDED_BY.finditer(text, sa, sb):
        ca, cb = ctx.clause(sa, sb, m.start())
        new = _person_after(ctx, m.end(), sb)
        if new is None:
            continue
        if text[ca:m.start()].strip(" ,") == "" or re.search(r",\s*$", text[sa:m.start()]):
            old = _subject_person(ctx, sa, m.start())
        else:
            old = _subject_person(ctx, ca, m.start())
        if old is None or old.canonical == new.canonical or ctx.negated(ca, m.start()):
            continue
        f = _Fact(None, new.canonical, "", m.start(), new.end, predecessor=old.canonical, role_word="succeeded by")
        if "replaced" in m.group(0).lower():
            f.extra["predecessor_reason"] = "replaced"
        out.append(f)
    for m in re.finditer(r"(?:'s|\u2019s|\bhis|\bher)\s+(?:chosen\s+|designated\s+|named\s+)?successor\b", text[sa:sb]):
        a = sa + m.start()
        ca, cb = ctx.clause(sa, sb, a)
        if m.group(0).lower().startswith(("his", "her")):
            old = ctx.antecedent_person(a)
        else:
            before = ctx.mentions_in(max(sa, a - 60), a + 1, kinds=("person",))
            old = before[-1] if before and before[-1].end == a else None
        new = _person_after(ctx, sa + m.end(), sb)
        if new is None:
            people = [p for p in ctx.mentions_in(ca, a, kinds=("person",)) if old is None or p.canonical != old.canonical]
            act = re.search(r"\b(?:named|appointed|chose|designated|picked)\s+$", text[max(sa, (people[-1].start if people
                            else a) - 20):(people[-1].start if people else a)]) if people else None
            new = people[-1] if people and (act or _COPULA_BEFORE.search(text[people[-1].end:a - 0] + " ")) else None
            if new is None and people:
                new = people[-1] if re.search(r"\bas\s+$", text[people[-1].end:a]) else None
        if new is None or old is None or new.canonical == old.canonical:
            continue
        f = _Fact(None, new.canonical, "", min(new.start, a), max(new.end, sa + m.end()), predecessor=old.canonical,
                  role_word="successor")
        d, e, ref = clause_date(ctx, ca, cb, a, sa)
        if ref is not None:
            f.begin = d
            f.spans["start"] = [ref.start, ref.end]
        out.append(f)
    return out


# -- merging ---------------------------------------------------------------------------------------

def _merge(facts: list[_Fact]) -> list[_Tenure]:
    """One tenure per (organisation, person, role class); successions take their predecessor's role."""
    tenures: dict[tuple[str, str, str], _Tenure] = {}
    order: list[tuple[str, str, str]] = []

    def add(f: _Fact) -> None:
        assert f.org is not None
        key = (canonical_key(f.org), canonical_key(f.person), _role_class(f.role))
        if key not in tenures:
            tenures[key] = _Tenure(f.org, f.person, f.role)
            order.append(key)
        t = tenures[key]
        t.facts.append(f)
        if t.role == "leader" and f.role == "emir":
            t.role = "emir"

    pending = []
    for f in sorted(facts, key=lambda f: f.start):
        if f.predecessor is not None and not f.role:
            pending.append(f)
        elif f.org is not None and f.role:
            add(f)
    for f in pending:
        prev = [t for t in tenures.values() if canonical_key(t.person) == canonical_key(f.predecessor or "")]
        if len({(t.org, _role_class(t.role)) for t in prev}) != 1:
            prev = [t for t in prev if t.role in LEADER_ROLES][:1]
        if not prev:
            mine = [t for t in tenures.values() if canonical_key(t.person) == canonical_key(f.person)
                    and t.role in LEADER_ROLES]
            if len(mine) == 1 and f.predecessor:
                q = _Fact(mine[0].org, f.predecessor, mine[0].role, f.start, f.end, finish=f.begin,
                          end_reason="replaced")
                q.spans["end_reason"] = [f.start, f.end]
                if f.begin is not None and "start" in f.spans:
                    q.spans["end"] = f.spans["start"]
                add(q)
                f.org, f.role = mine[0].org, mine[0].role
                add(f)
            continue
        p = prev[0]
        f.org, f.role = p.org, p.role
        add(f)
        if f.extra.get("predecessor_reason"):
            for pf in p.facts:
                if pf.end_reason is None:
                    pf.end_reason = f.extra["predecessor_reason"]
                    pf.spans["end_reason"] = [f.start, f.end]
                    break
    return [tenures[k] for k in order]


def _first(t: _Tenure, attr: str) -> tuple[Any, _Fact | None]:
    # a headed entry's own value first, then statements in text order
    for f in sorted(t.facts, key=lambda f: (f.order_from != "heading" and f.order_from != "list", f.start)):
        v = getattr(f, attr)
        if v is not None:
            return v, f
    return None, None


def _succession_orders(tenures: list[_Tenure]) -> None:
    by_person = {canonical_key(t.person) + "|" + canonical_key(t.org) + "|" + _role_class(t.role): t for t in tenures}
    for _ in range(3):
        for t in tenures:
            if _first(t, "order")[0] is not None:
                continue
            for f in t.facts:
                if f.predecessor is None:
                    continue
                p = by_person.get(canonical_key(f.predecessor) + "|" + canonical_key(t.org) + "|" + _role_class(t.role))
                po = _first(p, "order")[0] if p else None
                if po is not None:
                    f.order, f.order_from = po + 1, "succession"
                    f.spans["order"] = [f.start, f.end]
                    break


def _earlier(a: str, b: str) -> bool:
    """Whether EDTF ``a`` lies before ``b`` (compared on their first day; 2019 is not before 2019-05)."""
    ka, kb = a.rstrip("~?%").split("/")[0], b.rstrip("~?%").split("/")[0]
    n = min(len(ka), len(kb))
    return ka[:n] < kb[:n]


def _ends(ctx: DocContext, tenures: list[_Tenure]) -> None:
    """The end of each tenure without one: the earliest dated end event of the person on or after the
    start, or one stated in the tenure's own sentence or entry."""
    events = _end_events(ctx)
    for t in tenures:
        if _first(t, "finish")[0] is not None and _first(t, "end_reason")[0] is not None:
            continue
        start = _first(t, "begin")[0]
        if start is None and any(f.extra.get("former") for f in t.facts):
            continue
        own = [(f.block or ctx.sentences[ctx.sentence_index(f.start) or 0]) for f in t.facts if ctx.sentence_index(f.start) is not None]
        if start is None:
            own += [_paragraph(ctx.text, f.start) for f in t.facts]
        cands = []
        for ev in events:
            if canonical_key(ev["person"]) != canonical_key(t.person):
                continue
            local = any(a <= ev["start"] < b for a, b in own)
            if ev["date"] is None and not local:
                continue
            if start is not None and ev["date"] is not None and _earlier(ev["date"], start):
                continue
            if start is None and not local:
                continue
            cands.append(ev)
        if not cands:
            continue
        dated = [e for e in cands if e["date"] is not None]
        best = min(dated, key=lambda e: e["date"].rstrip("~?")) if dated else cands[0]
        f = _Fact(t.org, t.person, t.role, best["start"], best["end"], end_reason=best["reason"], finish=best["date"])
        f.spans["end_reason"] = [best["start"], best["end"]]
        if best["date"] is not None:
            f.spans["end"] = best["date_span"]
        if best.get("speaker"):
            f.extra["end_speaker"] = best["speaker"]
        if best.get("reported"):
            f.extra["end_reported"] = True
        t.facts.append(f)


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def _end_events(ctx: DocContext) -> list[dict[str, Any]]:
    text = ctx.text
    out: list[dict[str, Any]] = []
    for sa, sb in ctx.sentences:
        for m in _END.finditer(text, sa, sb):
            ca, cb = ctx.clause(sa, sb, m.start())
            person = None
            before = text[ca:m.start()]
            if re.search(r"\b(?:was|were|been|is|had|has|being|be)\s+(?:\w+ly\s+)?$", before) or m.group("v").lower() in (
                    "died", "dies", "resigned", "stepped down", "retired"):
                person = _subject_person(ctx, ca, m.start())
                if person is not None and ctx.mentions_in(person.end, m.start(), kinds=("person",)):
                    person = None
            elif not before.strip(" \u201c\"'"):
                comma = text.find(", ", m.end(), cb)
                if comma > 0:
                    p2 = ctx.mentions_in(comma, min(cb, comma + 40), kinds=("person",))
                    if p2 and not text[comma + 2:p2[0].start].strip():
                        person = p2[0]
            if person is None or ctx.negated(ca, m.start()) or ctx.hedged(ca, m.start()):
                continue
            out.append(_event(ctx, person.canonical, m.group("v").lower(), m, ca, cb, sa, sb))
        for m in _END_NOUN.finditer(text, sa, sb):
            ca, cb = ctx.clause(sa, sb, m.start())
            person = None
            if m.group(0).rstrip().lower().endswith("of"):
                p = ctx.mentions_in(m.end(), min(sb, m.end() + 60), kinds=("person",))
                if p and re.fullmatch(r"(?:(?:the\s+)?(?:then\s+)?(?:[\w-]+\s+){0,3})?", text[m.end():p[0].start]):
                    person = p[0]
            else:
                poss = re.search(r"(?:'s|\u2019s|\bhis|\bher)\s+$", text[max(sa, m.start() - 40):m.start()])
                if poss:
                    if poss.group(0).lower().startswith(("his", "her")):
                        person = ctx.antecedent_person(m.start())
                    else:
                        p = ctx.mentions_in(max(sa, m.start() - 60), m.start(), kinds=("person",))
                        person = p[-1] if p and text[p[-1].end:m.start()].strip() in ("'s", "\u2019s") else None
            if person is None or re.search(r"\b(?:predecessor|successor)\b", text[m.end():m.end() + 30]):
                continue
            if ctx.negated(ca, m.start()) or ctx.hedged(ca, m.start()):
                continue
            out.append(_event(ctx, person.canonical, m.group("v").lower(), m, ca, cb, sa, sb))
    return out


def _event(ctx: DocContext, person: str, word: str, m: re.Match[str], ca: int, cb: int, sa: int, sb: int) -> dict[str, Any]:
    reason = _REASONS.get(word, word)
    if reason == "died" and _VIOLENT.search(ctx.text[m.end():min(cb, m.end() + 80)]):
        reason = "killed"
    d, e, ref = clause_date(ctx, ca, cb, m.start(), sa)
    value = d or e
    speaker, _ = ctx.speaker(sa, sb, m.start())
    reported = bool(re.search(r"\b(?:reportedly|allegedly|reported|said\s+to\s+have|believed)\b",
                              ctx.text[max(ca, m.start() - 40):m.start()], re.I))
    return {"person": person, "reason": reason, "start": ca, "end": cb, "date": value,
            "date_span": [ref.start, ref.end] if ref else None, "speaker": speaker, "reported": reported}


def _claim(ctx: DocContext, t: _Tenure) -> Claim:
    order, of = _first(t, "order")
    begin, bf = _first(t, "begin")
    finish, ff = _first(t, "finish")
    reason, rf = _first(t, "end_reason")
    primary = next((f for f in t.facts if f.order_from == "heading"), None) or bf or t.facts[0]
    spans: dict[str, Any] = {}
    for name, f in (("order", of), ("start", bf), ("end", ff), ("end_reason", rf)):
        if f is not None:
            key = {"start": "start", "end": "end", "order": "order", "end_reason": "end_reason"}[name]
            spans[name] = f.spans.get(key, [f.start, f.end])
    extra: dict[str, Any] = {"spans": spans, "evidence": sorted({(f.start, f.end) for f in t.facts})}
    orders = sorted({(f.order, f.order_from or "") for f in t.facts if f.order is not None})
    if len({o for o, _ in orders}) > 1:
        extra["orders"] = [{"order": o, "from": src} for o, src in orders]
    for f in t.facts:
        for k in ("former", "at_the_time", "speaker", "end_speaker", "end_reported", "start_reckoned", "org_from"):
            if k in f.extra and k not in extra:
                extra[k] = f.extra[k]
    if extra.get("evidence"):
        extra["evidence"] = [list(x) for x in extra["evidence"]]
    a, b = primary.start, primary.end
    sent = ctx.sentence_index(a)
    if primary.block is None and sent is not None:
        a, b = ctx.sentences[sent]
    elif primary.block is not None:
        b = primary.block[1]
    conf = 0.8 if order is not None or begin is not None else 0.7
    return make_claim(ctx, "leadership", a, b, t.org, object=t.person, role=t.role, order=order, date=begin,
                      end_date=finish, end_reason=reason, confidence=conf, extra=extra)
