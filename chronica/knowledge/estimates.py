"""Strength estimates stated in a document: how many fighters or members a group has, as of when, by whom.

>>> from chronica.knowledge.estimates import extract_estimates
>>> from chronica.actors import find_actors
>>> from chronica.time import find_dates
>>> text = "In March 2019 the army estimated that the Northern Front had between 1,000 and 1,500 fighters."
>>> sents = [(0, len(text))]
>>> e = extract_estimates(text, sents, find_actors(text, sents), find_dates(text, None))[0]
>>> (e.subject, e.low, e.high, e.unit, e.date)
('Northern Front', 1000, 1500, 'fighters', '2019-03')

A figure is a strength estimate when it counts the people of a group ("2,000 ISKP fighters", "the
group comprised 580 members", "a membership of 245", "estimated the group's presence at 2000-3000",
"the number of X militants ... around 4000 to 6000 members") and is not a toll, an arrest or a
transfer ("killed 60 fighters", "19 other militants arrested", "500 fighters sent to Syria").

- ``low``/``high``: "between 1,000 and 3,000", "4000 to 6000", "1,000-1,100" give both; one figure
  gives both the same; "as many as 5,000" / "up to" give only ``high``; "at least", "more than" only
  ``low``; vague counts ("a few thousand", "hundreds") give their lower bound (``chronica.events.numbers``)
  and ``extra["vague"]``; "from 3,000 to 600" after a verb of change gives two estimates;
- ``unit``: "members" for members, followers, recruits, personnel, cadres; "fighters" for fighters,
  militants, men, combatants; a presence or strength without a noun is counted in fighters
  (``extra["unit_stated"] = False``);
- ``subject``: the group the figure belongs to (the name modifying the noun, "members of X", the
  clause's subject, or what "the group" refers to), never a state;
- ``date`` (as of): the clause's calendar date; with none, a clause that speaks of the present
  ("estimates today", "currently", "the current strength", "has", "is estimated") is as of the document's creation date
  when it is known (``extra["as_of_from"] = "document date"``); ``by``: who made the estimate ("X estimated",
  "according to X", "an estimate by X", "..., X said"; a group claiming its own strength).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from chronica.events.numbers import Count, parse_count
from chronica.knowledge.claims_text import (
    OBJECT_BEFORE,
    DocContext,
    clause_date,
    group_anaphor_at,
    last_match,
    make_claim,
    pronoun_at,
)
from chronica.knowledge.model import Claim

__all__ = ["UNITS", "extract_estimates"]

#: Nouns that count a group's people, and the unit they are recorded in.
UNITS: dict[str, str] = {
    **dict.fromkeys("fighters militants combatants insurgents jihadists jihadis gunmen men mujahideen mujahidin "
                    "troops soldiers guerrillas".split(), "fighters"),
    **dict.fromkeys("members followers adherents loyalists cadres recruits personnel supporters volunteers "
                    "individuals people operatives".split(), "members"),
}
_WEAK_UNITS = frozenset({"men", "people", "individuals", "troops", "soldiers", "supporters", "volunteers"})
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|[\u2013\u2014-]|%|\$|\S")
_CUE = re.compile(r"\b(?:estimat\w*|strength|numbers?|numbering|numbered|membership|presence|claim(?:ed|s|ing)?|boast\w*"
                  r"|compris\w*|consist\w*|force\s+of|total\w*|size|ranks|count(?:ed|s)?|field(?:ed|s)?|command(?:ed|s)?"
                  r"|swell\w*|grew|grown|growing|has|had|have|having|includ\w*|bringing|brought|believed|thought"
                  r"|assess\w*|put|puts|range[sd]?)\b", re.I)
_EXCLUDE = re.compile(r"\b(?:killed|killing|kill|dead|died|deaths?|wounded|wounding|injur\w*|arrest\w*|captur\w*|detain\w*"
                      r"|surrender\w*|freed|releas\w*|execut\w*|casualt\w*|eliminat\w*|neutrali[sz]ed|prisoners|inmates"
                      r"|sent|dispatch\w*|deploy\w*|trained|training|train|transfer\w*|evacuat\w*|fled|fleeing|defect\w*"
                      r"|abducted|kidnapped|hostages|victims|civilians|salar\w*|paid|dollars|rupees|assemble\w*"
                      r"|other|each|per|every|recruit(?:ed|ing)|leaving|left\s+with)\b", re.I)
_CHANGE = re.compile(r"\b(?:cut|reduc\w*|fell|fall(?:en|ing)?|dropp\w*|declin\w*|ris(?:e|en|ing)|rose|gr[eo]w\w*"
                     r"|increas\w*|decreas\w*|shrank|shrunk|swell\w*|went|down|up)\b[^.;]{0,90}$", re.I)
_HIGH_ONLY = ("as many as", "up to", "at most", "no more than", "not more than", "fewer than", "less than", "under")
_LOW_ONLY = ("at least", "more than", "over", "in excess of", "upwards of", "no fewer than", "not less than", "some more than")
_APPROX = ("around", "about", "approximately", "roughly", "some", "nearly", "almost", "an estimated", "estimated",
           "close to", "circa", "perhaps", "possibly", "probably", "reportedly", "up to")
_STRENGTH_NOUN = re.compile(r"\b(?:number|numbers|strength|size|ranks|presence|membership|force|footprint)\b(?:\s+of\s+)?", re.I)
_NUMBER_OF = re.compile(r"\b(?:number|numbers|strength|size|ranks|presence|membership|force)\s+of\s+", re.I)
_BY_ESTIMATE = re.compile(r"\b(?:estimates?|assessments?|figures?|reports?|counts?)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?$",
                          re.I)
_AGENT_NOUN = re.compile(r"\s+(military|officials|intelligence|government|army|forces|commanders|sources|services"
                         r"|security\s+services|authorities|ministry|analysts)\b", re.I)


def extract_estimates(
    text: str,
    sentences: Sequence[tuple[int, int]],
    actor_mentions: Sequence[Any],
    expressions: Sequence[Any],
    doc_id: str = "",
    dct: str | None = None,
) -> list[Claim]:
    """Every strength estimate a sentence of the document states, in text order.

    Inputs as ``chronica.knowledge.relations.extract_relations``. Each Claim has kind "estimate",
    ``subject`` the group (its canonical name in the document), ``low``, ``high``, ``unit``
    ("fighters" | "members"), ``date`` (as of, EDTF) and ``by`` when stated, and its span and quote;
    ``dct`` (the document's creation date, EDTF) dates the estimates a clause gives for the present.
    Bad input gives an empty list, never an exception."""
    ctx = DocContext(text, sentences, actor_mentions, expressions, doc_id)
    if not ctx.text or not ctx.mentions:
        return []
    out: list[Claim] = []
    for sa, sb in ctx.sentences:
        if not re.search(r"\d|\b(?:hundred|thousand|dozen)", ctx.text[sa:sb], re.I):
            continue
        if not ctx.mentions_in(sa, sb, kinds=("org",)) and not group_anaphor_at(ctx.text, sa, sb) \
                and not pronoun_at(ctx.text, sa, sb, person=False):
            continue
        out.extend(_sentence(ctx, sa, sb))
    out.extend(_listed(ctx, {c.start for c in out}))
    out.sort(key=lambda c: c.start)
    if isinstance(dct, str) and _DCT.match(dct):
        out = [_as_of_now(ctx, c, dct) if c.date is None else c for c in out]
    return out


_DCT = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# the present of the writer: "today", "currently", "at present", "the current strength"
_NOW = re.compile(r"\b(?:today|currently|current|at\s+present|presently|nowadays|these\s+days|as\s+of\s+now"
                  r"|has|have|numbers|comprises|fields|boasts|estimates?|(?:is|are)\s+(?:\w+ly\s+)?(?:estimated|believed|thought))\b",
                  re.I)
# ... unless the clause tells the past ("had", "was") or a story's "then"
_PAST = re.compile(r"\b(?:had|was|were|did|then|at\s+the\s+time)\b", re.I)


def _as_of_now(ctx: DocContext, c: Claim, dct: str) -> Claim:
    """An undated estimate whose clause speaks of the writer's present is as of the document's date."""
    clause = ctx.text[c.start:c.end]
    if not _NOW.search(clause) or _PAST.search(clause):
        return c
    return replace(c, date=dct, extra={**c.extra, "as_of_from": "document date"})


# "STRENGTH ESTIMATES (fighters)", "Estimated strength:", "Membership": a heading over a list of figures
_LIST_HEADING = re.compile(r"^[ \t]*[A-Za-z ,]{0,30}\b(?:strength|estimates?|size|membership|manpower|numbers)\b"
                           r"[A-Za-z ,]{0,20}(?:\((?P<unit>[a-z ]+)\))?[ \t]*:?[ \t]*$", re.I | re.M)
_LIST_ITEM = re.compile(r"^[ \t]*[-*\u2022\u2013][ \t]+", re.M)
_SOURCE_AFTER = re.compile(r"\s[-\u2013\u2014]\s+(?:(?:the\s+)?(?:figure|range|estimate|number)s?\s+)?"
                           r"(?:given|cited|quoted|reported|used|made|put\s+forward)?\s*(?:by|in)?\s*(?P<by>[^.;]{3,80})")


def _listed(ctx: DocContext, taken: set[int]) -> list[Claim]:
    """Estimates listed under a strength heading ("- Mid-2010s: roughly 5,000 to 9,000 - the range quoted by
    Western officials"): one per item, for the group the document is about, dated by the item's date."""
    text = ctx.text
    out: list[Claim] = []
    for h in _LIST_HEADING.finditer(text):
        if len(h.group(0).strip()) > 60:
            continue
        main = ctx.main_org()
        if main is None:
            return out
        subject = main.canonical
        unit = UNITS.get((h.group("unit") or "").strip().lower().split(" ")[-1] if h.group("unit") else "", None)
        pos = h.end() + 1
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end]
            if not line.strip():
                if out and out[-1].start >= h.end():
                    break  # the blank line after the list
                pos = line_end + 1
                continue
            if _LIST_ITEM.match(line) and pos not in taken:
                claim = _list_item(ctx, pos, line_end, subject, unit)
                if claim is not None:
                    out.append(claim)
            elif out and out[-1].start >= h.end():
                break  # the list is over
            pos = line_end + 1
    return out


def _list_item(ctx: DocContext, a: int, b: int, subject: str, unit: str | None) -> Claim | None:
    text = ctx.text
    toks = _tokens(text, a, b)
    low = [t[0].lower() for t in toks]
    for i in range(len(toks)):
        if ctx.in_date(toks[i][1], toks[i][2]):
            continue
        got = _figure(low, i)
        if got is None or (got[0].value is None and got[0].low is None):
            continue
        first, j = got
        second = None
        if j < len(toks) and low[j] in ("to", "-", "\u2013", "and") and j + 1 < len(toks):
            nxt = _figure(low, j + 1)
            if nxt is not None and not ctx.in_date(toks[j + 1][1], toks[j + 1][2]):
                second, j = nxt
        lo = first.value if first.value is not None else first.low
        hi = second.value if second is not None and second.value is not None else (lo if first.value is not None else None)
        dates = ctx.dates_in(a, b)
        by = _SOURCE_AFTER.search(text, toks[j - 1][2] if j else a, b)
        extra: dict[str, Any] = {"list": True, "unit_stated": unit is not None}
        if first.value is None:
            extra["vague"] = text[toks[i][1]:toks[j - 1][2]]
        return make_claim(ctx, "estimate", a, b, subject, low=lo, high=hi, unit=unit or "fighters",
                          date=dates[0].value if dates else None, by=by.group("by").strip() if by else None,
                          extra=extra)
    return None


def _tokens(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, a, b)]


def _figure(low: list[str], i: int) -> tuple[Count, int] | None:
    """The count at token i, with "a few thousand" / "several hundred" read as their lower bound."""
    c = parse_count(low, i)
    if c is None:
        return None
    j = c.end
    if c.value is None and c.low is not None and j < len(low) and low[j] in ("hundred", "thousand"):
        scale = 100 if low[j] == "hundred" else 1000
        return Count(None, c.low * scale, i, j + 1, approximate=True), j + 1
    return c, j


def _sentence(ctx: DocContext, sa: int, sb: int) -> list[Claim]:
    text = ctx.text
    toks = _tokens(text, sa, sb)
    low = [t[0].lower() for t in toks]
    out: list[Claim] = []
    i = 0
    while i < len(toks):
        if ctx.in_date(toks[i][1], toks[i][2]) or (i and low[i - 1] in ("$", "%")):
            i += 1
            continue
        got = _figure(low, i)
        if got is None:
            i += 1
            continue
        first, j = got
        second = None
        k = j
        # ranges: "N to M", "N-M", "between N and M", "from N to M"
        if k < len(low) and low[k] in ("to", "-", "\u2013", "\u2014", "and", "or"):
            nxt = _figure(low, k + 1) if k + 1 < len(low) else None
            if nxt is not None and (low[k] != "and" or (i and low[i - 1] == "between")) and not ctx.in_date(
                    toks[k + 1][1], toks[k + 1][2]):
                second, k = nxt
        if first.value is not None and first.value > 10_000_000:
            i = k
            continue
        claims = _estimate(ctx, sa, sb, toks, low, i, k, first, second)
        out.extend(claims)
        i = max(k, i + 1)
    return out


_HAVE_BEFORE = re.compile(r"\b(?:has|had|have|having|with)\s+(?:(?:an?\s+)?(?:estimated|claimed|reported|total\s+of)\s+)?"
                          r"(?:(?:around|about|some|nearly|almost|roughly|approximately|up\s+to|as\s+many\s+as|at\s+least"
                          r"|more\s+than|over|between|only|just)\s+)?$", re.I)


def _cued(ctx: DocContext, ca: int, cb: int, a: int, b: int) -> bool:
    """A word near the figure says it is a strength ("estimated", "claimed", "comprised", "numbers",
    "had around ...")."""
    text = ctx.text
    before = text[max(ca, a - 130):a]
    after = text[b:min(cb, b + 40)]
    strong = re.compile(_CUE.pattern.replace("|has|had|have|having", ""), re.I)
    return bool(strong.search(before) or strong.search(after) or _HAVE_BEFORE.search(before))


def _modifier(low: list[str], i: int) -> str | None:
    for phrase in sorted(_HIGH_ONLY + _LOW_ONLY + _APPROX, key=len, reverse=True):
        words = phrase.split()
        if i - len(words) >= 0 and low[i - len(words):i] == words:
            return phrase
    return None


def _estimate(ctx: DocContext, sa: int, sb: int, toks: list[tuple[str, int, int]], low: list[str], i: int, k: int,
              first: Count, second: Count | None) -> list[Claim]:
    text = ctx.text
    a, b = toks[i][1], toks[k - 1][2]
    ca, cb = ctx.clause(sa, sb, a)
    if ca > a:
        ca = sa
    # the unit: a noun right after the figure (a name or two adjectives may come between)
    unit = None
    unit_end = b
    n = k
    skipped = 0
    while n < len(toks) and skipped <= 4:
        w = low[n]
        if w in UNITS:
            unit, unit_end = UNITS[w], toks[n][2]
            if w in _WEAK_UNITS and not _cued(ctx, ca, cb, a, toks[n][2]):
                return []
            break
        if w in ("of", "in", "to", "from", "by", "and", "who", "that", "which", "were", "are", "was", ",", ".", ";",
                 "%", "per", "percent") or w[:1].isdigit():
            break
        if toks[n][0].islower() and len(w) > 3 and w.endswith("s") and not ctx.mentions_in(toks[n][1], toks[n][2]):
            return []  # "eight groups", "six districts": a count of something else
        n += 1
        skipped += 1
    if unit is None and n < len(low) and low[n] == "of" and n + 1 < len(low) and low[n + 1] in UNITS:
        return []  # "650 of the group's fighters": a part, not the whole
    unit_stated = unit is not None
    if unit is None:
        head = last_match(_STRENGTH_NOUN, text, max(ca, a - 140), a)
        if head is None:
            return []
        nouns = [w for w in re.findall(r"[a-z]+", text[head.end():a].lower()) if w in UNITS]
        word = head.group(0).split()[0].lower()
        if not head.group(0).rstrip().lower().endswith("of"):
            nouns = []
        unit = UNITS[nouns[0]] if nouns else ("members" if word == "membership" else "fighters")
        unit_stated = bool(nouns) or word == "membership"
        if not nouns and word not in ("strength", "presence", "membership", "force", "size", "ranks"):
            return []
    # not a count of dead, detained, sent or paid people
    window_before = text[max(ca, a - 45):a]
    window_after = text[b:min(cb, unit_end + 30)]
    if _EXCLUDE.search(window_before) or re.match(r"\s*(?:\w+\s+){0,3}?(?:were|was|had\s+been|have\s+been)?\s*"
                                                   r"(?:killed|wounded|injured|arrested|captured|detained|dead|died"
                                                   r"|sent|deployed|dispatched|freed|released|trained|surrendered)\b",
                                                   window_after, re.I):
        return []
    if re.search(r"\b(?:each|every|per)\s+(?:\w+\s+)?$", text[max(ca, a - 25):a], re.I):
        return []
    org, org_how = _org(ctx, sa, sb, ca, cb, a, unit_end)
    if org is None:
        return []
    if not _cued(ctx, ca, cb, a, unit_end):
        return []
    mod = _modifier(low, i) or (_modifier(low, i - 1) if i and low[i - 1] == "between" else None)
    lo = first.value if first.value is not None else first.low
    hi = first.value
    vague = first.value is None
    if second is not None:
        lo2 = second.value if second.value is not None else second.low
        if _CHANGE.search(text[max(ca, a - 100):a]) and i and low[i - 1] == "from":
            c1 = _make(ctx, sa, sb, ca, cb, a, unit_end, org, lo, first.value, unit, unit_stated, mod, vague,
                       {"earlier": True, "change": text[a:b]})
            c2 = _make(ctx, sa, sb, ca, cb, a, unit_end, org, lo2, second.value, unit, unit_stated, None,
                       second.value is None, {"change": text[a:b]})
            return [c1, c2]
        hi = second.value
        if lo is not None and hi is not None and hi < lo:
            return []
    if mod in _HIGH_ONLY:
        lo = None if second is None else lo
    elif mod in _LOW_ONLY and second is None:
        hi = None
    if lo is None and hi is None:
        return []
    return [_make(ctx, sa, sb, ca, cb, a, unit_end, org, lo, hi, unit, unit_stated, mod, vague, {})]


def _make(ctx: DocContext, sa: int, sb: int, ca: int, cb: int, a: int, unit_end: int, org: Any, lo: int | None,
          hi: int | None, unit: str, unit_stated: bool, mod: str | None, vague: bool, extra: dict[str, Any]) -> Claim:
    text = ctx.text
    date, end, ref = clause_date(ctx, ca, cb, a, sa)
    as_of = None
    if ref is not None and not re.search(r"\b(?:than|since|before|compared\s+(?:with|to))\s+(?:\w+\s+){0,2}$",
                                         text[max(ca, ref.start - 20):ref.start], re.I):
        as_of = ref.value
    by = _by(ctx, sa, sb, ca, a)
    if by is None and re.search(r"\bclaim(?:ed|s)?\s+(?:\w+\s+){0,3}$", text[max(ca, a - 50):a], re.I):
        by = str(org.canonical)  # the group's own claim
    e = dict(extra)
    e["figure"] = text[a:unit_end]
    if mod:
        e["modifier"] = mod
    if vague:
        e["vague"] = True
    if not unit_stated:
        e["unit_stated"] = False
    if ref is not None:
        e["as_of_span"] = [ref.start, ref.end]
    if by is not None and by == org.canonical:
        e["claimed"] = True
    return make_claim(ctx, "estimate", ca, cb, org.canonical, low=lo, high=hi, unit=unit, date=as_of, by=by,
                      confidence=0.7 if vague else 0.8, extra=e)


def _org(ctx: DocContext, sa: int, sb: int, ca: int, cb: int, a: int, unit_end: int) -> tuple[Any | None, str]:
    """The group a figure belongs to, and how it was found."""
    text = ctx.text
    inside = [m for m in ctx.mentions_in(a, unit_end) if m.kind == "org"]
    if inside:
        return inside[0], "modifier"
    g = re.compile(r"\s+(?:of|belonging\s+to|loyal\s+to|from\s+within)\s+(?:the\s+)?").match(text, unit_end)
    if g:
        after = ctx.mentions_in(g.end(), min(cb, g.end() + 60))
        if after and after[0].start == g.end() and after[0].kind == "org":
            return after[0], "of"
    head = last_match(_STRENGTH_NOUN, text, max(ca, a - 120), a)
    if head is not None:
        ms = [m for m in ctx.mentions_in(head.end(), a) if m.kind == "org"]
        if ms and head.group(0).rstrip().lower().endswith("of"):
            return ms[0], "number of"
        pre = [m for m in ctx.mentions_in(max(ca, head.start() - 60), head.start()) if m.kind == "org"]
        if pre and re.fullmatch(r"(?:'s|\u2019s)?\s*(?:\w+\s+)?", text[pre[-1].end:head.start()]):
            return pre[-1], "modifier"
        tail = text[head.end():a].lower()
        if head.group(0).rstrip().lower().endswith("of") and re.search(r"[a-z]{4,}s\b", tail) and not any(
                w in UNITS for w in re.findall(r"[a-z]+", tail)):
            return None, ""  # "the strength of militant formations": not a named group
    if not re.search(r",", text[ca:a]) and re.match(r"\s*[\u201c\"']?\s*(?:With\s+|[A-Z][a-z]+(?:ing|ed)\b)", text[ca:a]):
        comma = text.find(",", unit_end, cb)
        if comma > 0:
            nxt = ctx.mentions_in(comma, min(cb, comma + 40))
            g = group_anaphor_at(text, comma, min(cb, comma + 40))
            if g is not None and not text[comma + 1:g.start()].strip():
                ante = ctx.antecedent_org(g.start(), "group")
                return (ante, "anaphor") if ante is not None else (None, "")
            if nxt and nxt[0].kind == "org" and len(text[comma + 1:nxt[0].start].split()) <= 1:
                return nxt[0], "subject"
    before = [m for m in ctx.mentions_in(ca, a) if m.kind == "org" and not m.source]
    while len(before) > 1 and OBJECT_BEFORE.search(text, max(ca, before[-1].start - 40), before[-1].start):
        before.pop()
    anaphor = group_anaphor_at(text, ca, a)
    pron = pronoun_at(text, ca, a, person=False)
    last = before[-1] if before else None
    if last is not None and re.search(r"\b(?:according\s+to|by|from|citing)\s+(?:the\s+)?$",
                                      text[max(ca, last.start - 20):last.start], re.I):
        last = before[-2] if len(before) > 1 else None
    if last is not None and _said_after(ctx, last, a):
        last = None  # "the Taliban said the group had ...": the speaker, not the group
    late = max((x.start() for x in (anaphor, pron) if x is not None), default=-1)
    if last is not None and last.end > late:
        return last, "subject"
    if anaphor is not None and anaphor.start() == late:
        ante = ctx.antecedent_org(anaphor.start(), "group")
        if ante is not None:
            return ante, "anaphor"
    if pron is not None and pron.start() == late:
        ante = ctx.antecedent_org(pron.start(), "pronoun")
        if ante is not None:
            return ante, "anaphor"
    orgs = {m.canonical: m for m in ctx.mentions_in(sa, sb) if m.kind == "org" and not m.source}
    if len(orgs) == 1:
        return next(iter(orgs.values())), "sentence"
    return None, ""


def _said_after(ctx: DocContext, m: Any, limit: int) -> bool:
    return bool(re.match(r"\s*(?:has\s+|have\s+|had\s+)?(?:said|says|estimated|estimates|claimed|reported|assessed|believes)"
                         r"\b(?!\s+(?:\d|around|about|some|between|as\s+many|up\s+to|nearly|more|at\s+least))",
                         ctx.text[m.end:limit]))


def _by(ctx: DocContext, sa: int, sb: int, ca: int, a: int) -> str | None:
    """Who made the estimate: the speaker of the clause, "an estimate by X", or None."""
    text = ctx.text
    for m in reversed(ctx.mentions_in(sa, a)):
        if _BY_ESTIMATE.search(text, max(sa, m.start - 40), m.start):
            return _agent(ctx, m)
    for m in reversed(ctx.mentions_in(sa, a)):
        g = _AGENT_NOUN.match(text, m.end)
        if m.kind == "state" and g and re.match(r"\s+(?:has\s+|had\s+)?(?:estimat\w*|said|says|claim\w*|reported|assess\w*"
                                                 r"|believes?|put|puts)", text[g.end():a]):
            return _agent(ctx, m)
    speaker, _ = ctx.speaker(sa, sb, a)
    if speaker is None:
        return None
    sp = [m for m in ctx.mentions_in(sa, a) if m.canonical == speaker]
    if sp and sp[-1].kind != "person" and OBJECT_BEFORE.search(text, max(sa, sp[-1].start - 40), sp[-1].start):
        people = ctx.mentions_in(sa, sp[-1].start, kinds=("person",))
        if people and "," in text[people[-1].end:sp[-1].start]:
            return str(people[-1].canonical)  # "Gen. X, deputy chief of staff for Y, estimated"
    for m in ctx.mentions_in(sa, sb):
        if m.canonical == speaker:
            return _agent(ctx, m)
    return speaker


def _agent(ctx: DocContext, m: Any) -> str:
    """"U.S. military", "Russian security services": a state with the body that spoke for it."""
    if m.kind == "state":
        g = _AGENT_NOUN.match(ctx.text, m.end)
        if g:
            return f"{m.canonical} {g.group(1).lower()}"
    return str(m.canonical)
