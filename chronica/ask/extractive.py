"""Answers from passages: retrieve sentences by BM25, keep those that carry the question's names and most of
its words (in the sentence, the two before it, or the document's title), check that they hold the kind of
value asked for (a date, a number, a name, a place), and cut that value out, citing the sentence.

When sources give different values (a death toll, a date), each value becomes a claim with its sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text as sql

from chronica.ask import index
from chronica.ask.dates import human
from chronica.ask.match import Bag, coverage, fold
from chronica.ask.model import Answer, Citation, ClaimValue
from chronica.ask.question import Question
from chronica.store import Store

MIN_SOFT = 0.5  # the share of the question's other content words a passage (with its context) must carry


@dataclass(slots=True)
class Hit:
    passage: index.Passage
    score: float
    soft: float
    in_sentence: float  # the share of the question's terms in the sentence itself
    context: list[index.Passage] = field(default_factory=list)
    lead: float = 0.0  # the same share for the sentence or the one before it ("4/2 Gunmen attack X." "148 died.")
    types: frozenset[str] = frozenset()  # the types of the events stored for the sentence

    def cite(self) -> Citation:
        p = self.passage
        return Citation(p.doc, p.start, p.end, p.text, p.doc_id)


def _context(store: Store, passages: Sequence[index.Passage], before: int = 2,
             after: int = 0) -> dict[int, list[index.Passage]]:
    """The sentences around each passage in its document (``before`` ones, in order, then ``after`` ones)."""
    want = sorted({r for p in passages for r in [*range(p.rowid - before, p.rowid), *range(p.rowid + 1,
                                                                                        p.rowid + after + 1)]})
    rows: dict[int, tuple[str, str]] = {}
    with store.engine.connect() as conn:
        for k in range(0, len(want), 400):
            chunk = want[k:k + 400]
            params = {f"r{i}": r for i, r in enumerate(chunk)}
            marks = ", ".join(f":r{i}" for i in range(len(chunk)))
            for row in conn.execute(sql(f"SELECT rowid, doc_id, text FROM ask_passages WHERE rowid IN ({marks})"),
                                    params):
                rows[int(row[0])] = (row[1], row[2])
    out: dict[int, list[index.Passage]] = {}
    for p in passages:
        ctx = []
        for r in [*range(p.rowid - before, p.rowid), *range(p.rowid + 1, p.rowid + after + 1)]:
            if r in rows and rows[r][0] == p.doc_id:
                ctx.append(index.Passage(r, p.doc_id, 0, 0, rows[r][1], p.relevant))
        out[p.rowid] = ctx
    return out


def _years_here(years: Sequence[str], p: index.Passage, dates: Sequence[str]) -> bool:
    """The question's years are the sentence's own, or its events' dates: a neighbour's year is another event's."""
    own = p.text + " " + " ".join(dates)
    return all(y in own for y in years)


def _weights(store: Store, q: Question) -> dict[str, float]:
    """How much each question word says: names 1, other words by their rarity in the corpus (a rare verb such
    as "replaced" says more than a common one such as "head"), answer-type words half."""
    import math

    total = index.passage_count_cached(store)
    out: dict[str, float] = {}
    for t in q.terms:
        if t.hard:
            out[t.text] = 1.0
            continue
        df = index.document_frequency(store, t.text)
        rarity = 1.0 if total < 2 else math.log((total + 1) / (df + 1)) / math.log(total + 1)
        out[t.text] = (0.25 if t.weak else 0.5) + (1.0 if t.weak else 2.0) * rarity
    return out


def _in_sentence(q: Question, bag: Bag, entity_terms: dict[str, Sequence[str]],
                 weights: dict[str, float] | None = None) -> float:
    """The weighted share of the question's words in the sentence itself (answer-type words count less)."""
    total = got = 0.0
    weights = weights or {}
    for t in q.terms:
        w = weights.get(t.text) or (0.5 if t.weak else 1.0 if t.hard else 1.5)
        total += w
        names = entity_terms.get(t.text)
        if (names is not None and any(bag.has_phrase(n) for n in names)) or bag.has_term(t.text, t.hard):
            got += w
    return got / total if total else 1.0


def _event_context(store: Store, passages: Sequence[index.Passage]) -> dict[int, list[str]]:
    """The dates (in words) of the events stored for each passage: a timeline entry's "4/18" is April 2015."""
    docs = sorted({p.doc_id for p in passages})
    spans: dict[str, list[tuple[int, int, str]]] = {}
    with store.engine.connect() as conn:
        for k in range(0, len(docs), 400):
            chunk = docs[k:k + 400]
            params = {f"d{i}": d for i, d in enumerate(chunk)}
            marks = ", ".join(f":d{i}" for i in range(len(chunk)))
            for r in conn.execute(sql(f"SELECT doc_id, start, \"end\", date, location, type FROM events "
                                      f"WHERE doc_id IN ({marks})"), params):
                words = (human(r[3]) if r[3] else "") + f" {TYPE_MARK}{r[5]}"
                if r[4]:
                    import json

                    loc = json.loads(r[4])
                    words += " " + " ".join(str(loc.get(k) or "") for k in ("place", "admin1"))
                spans.setdefault(r[0], []).append((int(r[1]), int(r[2]), words))
    out: dict[int, list[str]] = {}
    for p in passages:
        out[p.rowid] = [w for a, b, w in spans.get(p.doc_id, ()) if a < p.end and b > p.start and w.strip()]
    return out


TYPE_MARK = "eventtype"
# The event types a question's verb asks about ("When was the group founded?" wants an organization event).
VERB_TYPES: dict[str, str] = {}
for _type, _words in (
    ("organization", "found founded formed form established establish created create declared declare announced "
                     "announce merged merge split renamed dissolved emerged"),
    ("death", "killed died die dies death dead assassinated"),
    ("attack", "attack attacked bombed bombing bombings bomb struck assault raid massacre siege"),
    ("allegiance", "pledged pledge swore allegiance defected"),
    ("detention", "arrested arrest captured detained surrendered released"),
    ("designation", "designated designate listed blacklisted sanctioned banned"),
    ("leadership", "appointed named succeeded became elected"),
    ("agreement", "agreed signed ceasefire truce deal"),
    ("meeting", "met meet talks visited"),
    ("territory", "seized took captured controlled lost"),
):
    for _w in _words.split():
        VERB_TYPES.setdefault(_w, _type)


def wanted_types(q: Question) -> set[str]:
    return {VERB_TYPES[w] for w in q.words if w in VERB_TYPES}


def event_places(store: Store, p: index.Passage) -> list[tuple[str, int]]:
    """The places of the events stored for a passage, with their precision (UCDP: 1 exact ... 6 country)."""
    import json

    with store.engine.connect() as conn:
        rows = conn.execute(sql("SELECT location FROM events WHERE doc_id = :d AND start < :e AND \"end\" > :s "
                                "AND location IS NOT NULL ORDER BY start"), {"d": p.doc_id, "s": p.start, "e": p.end}).all()
    out: dict[str, int] = {}
    for (loc,) in rows:
        d = json.loads(loc)
        prec = int(d.get("precision") or 4)
        if d.get("place"):
            out.setdefault(str(d["place"]), prec)
        if d.get("admin1"):
            out.setdefault(str(d["admin1"]), max(prec, 4))
    return list(out.items())


def _following(store: Store, passages: Sequence[index.Passage], after: int = 2) -> list[index.Passage]:
    """The sentences just after these passages, in the same documents."""
    want = sorted({r for p in passages for r in range(p.rowid + 1, p.rowid + after + 1)} - {p.rowid for p in passages})
    if not want:
        return []
    docs = {p.doc_id: p for p in passages}
    params = {f"r{i}": r for i, r in enumerate(want)}
    marks = ", ".join(f":r{i}" for i in range(len(want)))
    with store.engine.connect() as conn:
        rows = conn.execute(sql(f"SELECT rowid, doc_id, s_start, s_end, text, relevant FROM ask_passages "
                                f"WHERE rowid IN ({marks})"), params).all()
    return [index.Passage(int(r[0]), r[1], int(r[2]), int(r[3]), r[4], bool(r[5]), 0.0, docs[r[1]].doc, docs[r[1]].title)
            for r in rows if r[1] in docs]


def _search_words(store: Store, q: Question, entity_terms: dict[str, Sequence[str]]) -> list[str]:
    """The question's words worth a full-text search: names and the rarer words. A word most passages
    hold ("killed", "people" in a pile of news) ranks nothing and costs a scan of its postings."""
    from chronica.ask.match import SYNONYMS

    names = [t.text for t in q.hard_terms if t.text not in entity_terms]
    others = [t.text for t in q.terms if not t.hard and t.text not in entity_terms]
    for t in q.soft_terms:  # "founded" also finds "formed" and "established"
        for group in SYNONYMS:
            if t.text in group:
                others += sorted(group - {t.text})[:6]
    others = list(dict.fromkeys(others))
    total = index.passage_count_cached(store)
    if total < 20000:
        return names + others
    dfs = {w: index.document_frequency(store, w) for w in others}
    common = min(index.DF_CAP, 0.02 * total)
    rare = [w for w in others if dfs[w] < common]
    if not rare and not names and not entity_terms and others:
        rare = [min(others, key=lambda w: dfs[w])]
    return names + rare


def retrieve(store: Store, q: Question, entity_terms: dict[str, Sequence[str]], *, limit: int = 40) -> list[Hit]:
    """The passages that cover the question, best first."""
    extra = [n for names in entity_terms.values() for n in names[:6]]
    passages: dict[int, index.Passage] = {}
    hard = [t.text for t in q.hard_terms if t.text not in entity_terms]
    if hard or entity_terms:
        required = hard + [n for names in entity_terms.values() for n in names[:1]]
        others = [t.text for t in q.terms if not t.hard and t.text not in entity_terms]
        found = index.search(store, required, require_all=True, limit=limit, some_of=others) if others else []
        if len(found) < limit // 2:
            found += index.search(store, required, require_all=True, limit=limit)
        for p in found:
            passages.setdefault(p.rowid, p)
        for p in _following(store, found[:12]):  # "The group has about 800 fighters", after the sentence naming it
            passages.setdefault(p.rowid, p)
    if len(passages) < limit or index.passage_count_cached(store) < 20000:  # enough that carry every name
        for p in index.search(store, _search_words(store, q, entity_terms) + extra, limit=limit):
            passages.setdefault(p.rowid, p)
    if not passages:
        return []
    plist = list(passages.values())
    ctx = _context(store, plist)
    when = _event_context(store, plist)
    weights = _weights(store, q)
    years = [t.text for t in q.hard_terms if re.fullmatch(r"(?:1[89]|20)\d\d", t.text)]
    hits = []
    for p in plist:
        bag = Bag.of(p.text, *(c.text for c in ctx[p.rowid]), p.title, *when[p.rowid])
        hard_ok, soft = coverage(q, bag, entity_terms)
        if not hard_ok or soft < MIN_SOFT:
            continue
        if years and not _years_here(years, p, when[p.rowid]):
            continue
        in_sentence = _in_sentence(q, Bag.of(p.text), entity_terms, weights)
        if in_sentence == 0 and q.terms:
            continue
        score = p.score + 2.0 * soft + 3.0 * in_sentence + (0.0 if p.relevant else -4.0)
        prev = [c for c in ctx[p.rowid] if c.rowid == p.rowid - 1]
        before = _in_sentence(q, Bag.of(prev[0].text), entity_terms, weights) if prev else 0.0
        types = frozenset(w[len(TYPE_MARK):] for c in when[p.rowid] for w in c.split() if w.startswith(TYPE_MARK))
        hits.append(Hit(p, score, soft, in_sentence, ctx[p.rowid], max(in_sentence, before), types))
    hits.sort(key=lambda h: -h.score)
    return hits


# -- values of each kind ----------------------------------------------------------------------------------

_REVISED = re.compile(r"\b(?:initially|first|earlier|originally|later|previously)\s*(?:\w+\s+){0,2}?"
                      r"(?:re-?\s?\[?p?orted|reported|put|given|said|revised|raised|counted)\s+(?:as|at|to)\s+"
                      r"(?:at least |more than |over |about |some )?(\d[\d,]*)", re.IGNORECASE)


def figures(text: str, kind: str) -> list[tuple[int, str]]:
    """The killed (or wounded) figures a passage states: (number, as written)."""
    from chronica.events.casualties import find_figures

    out: list[tuple[int, str]] = []
    for f in find_figures(text):
        if f.subset or f.best is None:
            continue
        if f.kind == kind or (f.kind == "casualties" and kind == "killed"):
            if f.qualifier is None and f.best <= 1 and not re.search(r"\d", f.text):
                continue
            out.append((f.best, f.text))
    if len(out) > 1:
        # "170 Afghan civilians and 13 U.S. service members": the passage's toll is their sum, as the event
        # extraction reads it; the parts are shown with it
        from chronica.events.casualties import casualties

        total = getattr(casualties(text), kind, None)
        if total is not None and all(total != v for v, _ in out) and total == sum(v for v, _ in out):
            out = [(total, f"{total} ({' and '.join(t for _, t in out)})")]
    if out:
        for pattern in (_REVISED, _ALTERNATIVE, _ALTERNATIVE_AFTER):
            for m in pattern.finditer(text):
                n = int(m.group(1).replace(",", ""))
                if all(n != v for v, _ in out) and not re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
                    shown = f"{m.group(1)} ({m.group(0).split()[0].lower()} reported)" if pattern is _REVISED \
                        else m.group(0)
                    out.append((n, shown))
    return out


# "... 76 in some later counts", "64 according to early reports"
_ALTERNATIVE_AFTER = re.compile(r"\b(\d[\d,]*)\s+(?:dead\s+|killed\s+)?(?:in|according to|by|per)\s+(?:some\s+|other\s+|"
                                r"several\s+|many\s+|the\s+)?(?:later\s+|early\s+|earlier\s+|other\s+|initial\s+|"
                                r"official\s+|final\s+)?(?:counts?|reports?|accounts?|tall(?:y|ies)|figures?|estimates?|"
                                r"summaries|sources)\b", re.IGNORECASE)
# "... some early reports said 147", "other accounts give 76": another figure for the same toll
_ALTERNATIVE = re.compile(r"\b(?:reports?|accounts?|officials?|sources?|counts?|tall(?:y|ies)|summaries|figures?|"
                          r"police|media|agenc(?:y|ies)|government|ministry|others?)\b[^.;:]{0,50}?\b(?:say|says|said|"
                          r"give|gives|gave|put|puts|report|reported|cite|cited|count|counted|carry|carried)\s+"
                          r"(?:it at\s+|the (?:toll|number|figure|count) at\s+)?(?:at least |more than |over |about )?"
                          r"(\d[\d,]*)\b(?!\s*(?:%|per ?cent|km|kilomet|miles|hours|days|years))", re.IGNORECASE)


_NUMBER = re.compile(r"(?:(?:about|around|some|roughly|approximately|nearly|at least|more than|over|up to|"
                     r"between)\s+)?\d{1,3}(?:,\d{3})+(?:\s*(?:to|-|–|and)\s*\d{1,3}(?:,\d{3})*)?|"
                     r"(?:(?:about|around|some|roughly|approximately|nearly|at least|more than|over|up to|"
                     r"between)\s+)?\d+(?:\s*(?:to|-|–|and)\s*\d+)?", re.IGNORECASE)


def counts(text: str, noun: str | None, *nouns: str | None) -> list[str]:
    """Numbers in a passage (those just before a counted noun first, nearest first), as written; years and
    the parts of dates ("8/3") left out."""
    wanted = [n for n in (noun, *nouns) if n]
    out = []
    for m in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group(0).split()[-1])
        if re.fullmatch(r"(?:1[89]|20)\d\d", digits) and "," not in m.group(0):
            continue
        if text[max(0, m.start() - 1):m.start()] == "/" or re.match(r"/\d", text[m.end():m.end() + 2]):
            continue
        after = text[m.end():m.end() + 60].lower()
        gaps = [len(g.group(1).split()) for n in wanted
                if (g := re.match(r"\s*((?:[\w'’-]+\s+){0,5}?)" + re.escape(n[:5]), after)) is not None]
        out.append((min(gaps) if gaps else 99, m.start(), m.group(0)))
    out.sort()
    return [s for gap, _, s in out if gap < 99] or ([] if wanted else [s for _, _, s in out])


def related_passages(store: Store, hits: Sequence[Hit]) -> list[Hit]:
    """Passages telling the same event as the hits': its other sources (the event clusters of the last
    resolution) and the events of the same type on the same day, which give their own figures."""
    out: list[Hit] = []
    with store.engine.connect() as conn:
        keys: set[tuple[str, str]] = set()
        ids: set[str] = set()
        own: set[tuple[str, int]] = {(h.passage.doc_id, h.passage.start) for h in hits}
        for h in hits:
            p = h.passage
            for r in conn.execute(sql("SELECT id, type, earliest, latest FROM events WHERE doc_id = :d AND start < :e "
                                      "AND \"end\" > :s"), {"d": p.doc_id, "s": p.start, "e": p.end}):
                ids.add(r[0])
                if r[2] and r[2] == r[3] and r[1] in {"attack", "military_operation", "clash"}:
                    keys.add((r[1], r[2]))
        rows: list[Any] = []
        for typ, day in keys:
            rows += conn.execute(sql("SELECT doc_id, start, \"end\", quote FROM events WHERE type = :t AND earliest = :d "
                                     "AND latest = :d AND (killed IS NOT NULL OR wounded IS NOT NULL)"),
                                 {"t": typ, "d": day}).all()
        if ids:
            params = {f"e{i}": e for i, e in enumerate(sorted(ids))}
            marks = ", ".join(f":e{i}" for i in range(len(ids)))
            rows += conn.execute(sql(
                "SELECT e.doc_id, e.start, e.\"end\", e.quote FROM event_clusters c JOIN event_clusters o "
                f"ON o.cluster_id = c.cluster_id JOIN events e ON e.id = o.event_id WHERE c.event_id IN ({marks})"),
                params).all()
    names = index.doc_names(store, [r[0] for r in rows])
    seen: set[tuple[str, int]] = set()
    for doc_id, start, end, quote in rows:
        if (doc_id, start) in own or (doc_id, start) in seen:
            continue
        seen.add((doc_id, start))
        doc, title = names[doc_id]
        out.append(Hit(index.Passage(0, doc_id, start, end, quote, True, 0.0, doc, title), 0.0, 1.0, 1.0))
    return out


def _same_time(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two passages' event dates can be one time (either unknown, or one contains the other:
    "2021-08" and "2021-08-26")."""
    if not a or not b:
        return True
    for x in a:
        for y in b:
            x0, y0 = x.strip("~?%").split("/")[0], y.strip("~?%").split("/")[0]
            n = min(len(x0), len(y0), 10)
            if x0[:n] == y0[:n]:
                return True
            if n == 10:  # sources a day or two apart on one event ("4 March" / "5 MARCH")
                try:
                    if abs((date.fromisoformat(x0[:10]) - date.fromisoformat(y0[:10])).days) <= 2:
                        return True
                except ValueError:
                    pass
    return False


def _event_dates(store: Store, p: index.Passage) -> list[str]:
    """The dates of the events stored for a passage (the timeline entry's date when the sentence has none)."""
    with store.engine.connect() as conn:
        rows = conn.execute(sql("SELECT date FROM events WHERE doc_id = :d AND start < :e AND \"end\" > :s "
                                "AND date IS NOT NULL ORDER BY start"), {"d": p.doc_id, "s": p.start, "e": p.end}).all()
    return [r[0] for r in rows]


def passage_dates(store: Store, p: index.Passage) -> list[tuple[str, str]]:
    """(EDTF, as written) for the dates a passage states, else those its events carry."""
    from chronica.time import find_dates

    out = []
    for e in find_dates(p.text):
        if e.value and e.kind == "DATE" and re.search(r"\d{4}", e.value or "") and not e.value.endswith("REF"):
            out.append((e.value, e.text))
    if out:
        return out
    out = [(v, human(v)) for v in _event_dates(store, p)]
    if out:
        return out
    inherited = sentence_date(store, p.doc_id, p.start)
    return [(inherited, human(inherited))] if inherited else []


def _finest(ds: Sequence[tuple[str, str]]) -> str:
    """The first date of a passage, or a finer one of the passage inside it ("in 2015 ... In August 2015"
    gives August 2015)."""
    first = ds[0][0]
    plain = re.fullmatch(r"\d{4}(?:-\d{2})?", first)
    if plain is None:
        return first
    finer = [v for v, _ in ds[1:] if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", v) and v.startswith(first + "-")]
    return finer[0] if finer else first


_DOC_DATES: dict[tuple[int, str], list[Any]] = {}


def _document(store: Store, doc_id: str) -> tuple[str, str | None]:
    """A stored document's text and its creation date (EDTF, for anchoring), or ("", None)."""
    from chronica.events.rows import creation_date

    with store.engine.connect() as conn:
        row = conn.execute(sql("SELECT text, published FROM documents WHERE id = :d"), {"d": doc_id}).first()
    return (row[0], creation_date(row[1])) if row is not None and row[0] else ("", None)


def _doc_expressions(store: Store, doc_id: str) -> list[Any]:
    """The time expressions of a whole document, anchored as ingest anchors them (headings, narrative)."""
    key = (id(store), doc_id)
    if key not in _DOC_DATES:
        from chronica.time import find_dates

        text, dct = _document(store, doc_id)
        found = list(find_dates(text, dct)) if text else []
        if len(_DOC_DATES) > 64:
            _DOC_DATES.clear()
        _DOC_DATES[key] = [e for e in found if e.value and e.kind == "DATE" and re.search(r"\d{4}", e.value)
                           and not e.value.endswith("REF")]
    return _DOC_DATES[key]


def fate_dates(store: Store, p: index.Passage) -> list[tuple[str, str]]:
    """The date the passage tells a death or an arrest at: the expression next to the fate word in its
    clause ("died over a year ago" in an entry dated 7/31 is the year before), nearest first."""
    found: list[tuple[int, str, str]] = []
    exprs = [e for e in _doc_expressions(store, p.doc_id) if p.start <= e.start and e.end <= p.end]
    for w in _FATE_WORD.finditer(p.text):
        a, b = p.start + w.start(), p.start + w.end()
        for e in exprs:
            lo, hi = (e.end, a) if e.end <= a else (b, e.start)
            gap = p.text[lo - p.start:hi - p.start] if hi >= lo else ""
            if hi - lo <= 40 and not re.search(r"[;.!?,]\s", gap):
                found.append((hi - lo, e.value, e.text))
    return [(v, t) for _, v, t in sorted(found)]


_SENTENCE_DATES: dict[tuple[int, str], dict[int, str]] = {}


def sentence_date(store: Store, doc_id: str, start: int) -> str | None:
    """The date a sentence inherits from its document's narrative (a timeline's heading and entry)."""
    key = (id(store), doc_id)
    if key not in _SENTENCE_DATES:
        from chronica.time import date_sentences

        text, dct = _document(store, doc_id)
        with store.engine.connect() as conn:
            spans = [(int(r[0]), int(r[1])) for r in conn.execute(sql(
                "SELECT start, \"end\" FROM sentences WHERE doc_id = :d ORDER BY ord"), {"d": doc_id})]
        dates: dict[int, str] = {}
        if text:
            for (a, _), d in zip(spans, date_sentences(text, spans, dct), strict=False):
                if d is not None and d.value and re.search(r"\d{4}", d.value):
                    dates[a] = d.value
        if len(_SENTENCE_DATES) > 256:
            _SENTENCE_DATES.clear()
        _SENTENCE_DATES[key] = dates
    return _SENTENCE_DATES[key].get(start)


_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:al-|bin |ibn |ul-|ud-|de |van |von )?[A-Z][\w'’-]+){1,4}")


def _names_here(text: str, name: str) -> bool:
    return bool(name) and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, re.I) is not None


def stored_names(store: Store, p: index.Passage, exclude: Sequence[str], *, groups: bool = False) -> list[str]:
    """The people (or, with ``groups``, the groups first) ingest found in the passage, as their document
    names them in full ("al-Shishani" after "Abu Omar al-Shishani"), leaving out the question's names."""
    ex = {fold(x) for x in exclude if x}
    kinds = ("org", "person") if groups else ("person",)
    with store.engine.connect() as conn:
        rows = conn.execute(sql("SELECT text, kind, doc_name, source FROM actor_mentions WHERE doc_id = :d "
                                "AND start >= :s AND \"end\" <= :e ORDER BY start"),
                            {"d": p.doc_id, "s": p.start, "e": p.end}).all()
    rows = sorted(rows, key=lambda r: kinds.index(r[1]) if r[1] in kinds else 9)
    out = []
    for text, kind, doc_name, source in rows:
        forms = {fold(text), fold(doc_name or text)}
        if kind not in kinds or source or any(f in e or e in f for f in forms for e in ex if e and f):
            continue
        out.append(doc_name or text)
    return list(dict.fromkeys(out))


def names_in(text: str, exclude: Sequence[str], *, groups: bool = False) -> list[str]:
    """Person-like names (or, with ``groups``, the groups first) in a passage that the question does not name."""
    from chronica.actors import find_actors

    ex = {fold(x) for x in exclude}
    out = []
    try:
        mentions = find_actors(text, [(0, len(text))])
    except Exception:  # recognition is best effort here; fall back on capitalised runs
        mentions = []
    kinds = ("org", "person") if groups else ("person",)
    mentions = sorted(mentions, key=lambda m: kinds.index(m.kind) if m.kind in kinds else 9)
    for m in mentions:
        if m.kind in kinds and not m.source and fold(m.text) not in ex and not any(fold(m.text) in e or e in fold(m.text)
                                                                       for e in ex if e):
            out.append(m.text)
    if not out and not groups:
        for run in _NAME.finditer(text):
            f = fold(run.group(0))
            first = f.split()[0] if f else ""
            if first in _NOT_NAME_START or f in ex or any(e and (e in f or f in e) for e in ex):
                continue
            out.append(run.group(0))
    return list(dict.fromkeys(out))


_NOT_NAME_START = frozenset({"in", "on", "at", "the", "a", "an", "by", "from", "for", "with", "after", "before",
                             "during", "since", "until", "when", "while", "january", "february", "march", "april",
                             "may", "june", "july", "august", "september", "october", "november", "december",
                             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "this",
                             "that", "these", "those", "his", "her", "its", "their", "but", "and", "it", "they"})
_CAUSE = re.compile(r"\b(?:because|retaliation|revenge|punish(?:ment)?|in response|aimed at|to force|so that|"
                    r"reasons?|due to|as a result|in protest|motivated|in order to|sought to|intended to|was meant to)\b",
                    re.IGNORECASE)


_PERSON_FATES = frozenset({"death", "detention"})
_FATE_WORD = re.compile(r"\b(?:kill(?:ed|ing|s)?|died|dies|death|dead|assassinat\w*|executed|arrest(?:ed|s)?|"
                        r"captur(?:ed|es)|detain(?:ed|s)?|seized|slain|shot)\b", re.IGNORECASE)


_PRONOUN_FATE = re.compile(r"\b(?:he|she)\s+(?:was|had\s+been|has\s+been|is)\s+(?:\w+ly\s+)?$", re.I)
_POSSESSOR = re.compile(r"['\u2019]s\s+(?!(?:death|killing|arrest|capture|assassination|execution)\b)[a-z]")


def _fate_of(text: str, names: Sequence[str]) -> bool:
    """Whether some death or arrest word in ``text`` is told of one of ``names``: the person name nearest
    to the word (either side, not across a sentence break or semicolon) is one of them. True when the
    passage names no other person (nothing to mistake the fate for)."""
    own = [n for n in dict.fromkeys(names) if len(n) > 2 and n[:1].isupper()]  # names, not the question's words
    spots = [(m.start(), m.end(), True) for n in own for m in re.finditer(re.escape(n), text)]
    if not spots:
        return False
    others = names_in(text, own)
    spots += [(m.start(), m.end(), False) for n in others for m in re.finditer(re.escape(n), text)
              if not any(a <= m.start() < b for a, b, mine in spots if mine)
              and not _POSSESSOR.match(text, m.end() - 2 if re.search(r"['\u2019]s$", n) else m.end())]  # "X, the Front's founder, died": the Front owns a noun
    alone = not any(not mine for _, _, mine in spots)
    own_words = {x for n in own for x in fold(n).split()}
    for w in _FATE_WORD.finditer(text):
        owner = re.search(r"\b([A-Z][\w-]+)['\u2019]s\s+$", text[max(0, w.start() - 40):w.start()])
        if owner and fold(owner.group(1)) not in own_words:
            continue  # "after Godane's death": another person's
        if alone:
            return True
        if _PRONOUN_FATE.search(text[max(0, w.start() - 30):w.start()]):
            # "X was ... until he was arrested": the pronoun is the sentence's subject when X opens it
            head = max(text.rfind(". ", 0, w.start()), text.rfind("; ", 0, w.start())) + 1
            first = min(spots, key=lambda sp: sp[0] if sp[0] >= head else len(text) + sp[0])
            if first[2] and first[0] >= head:
                return True
        near = []
        for a, b, mine in spots:
            lo, hi = (b, w.start()) if b <= w.start() else (w.end(), a)
            if re.search(r"[;.!?]\s", text[lo:hi]):
                continue
            near.append((hi - lo, mine))
        if near and min(near)[1]:
            return True
    return False


def _inside_name(text: str, place: str) -> bool:
    """The place's every occurrence is the start of a longer name ("Aden" in "Aden Hashi Farah Ayro")."""
    spots = [m.end() for m in re.finditer(re.escape(place), text)]
    return bool(spots) and all(re.match(r"\s+[A-Z][a-z]", text[e:e + 3]) for e in spots)


_AT_PLACE = re.compile(r"\b(?:in|at|near|outside|inside|on|around)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_ORG_WORDS = frozenset({"news", "network", "agency", "council", "ministry", "army", "media", "foundation", "times",
                        "press", "post", "journal", "radio", "television", "tv", "department", "office", "forces",
                        "force", "party", "movement", "front", "group", "brigade", "university", "institute", "battle",
                        "operation", "campaign", "war", "conference", "summit", "flood", "statement", "address"})
_NOT_PLACES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "us", "u", "s", "the", "his", "her", "its", "their"})


def _trim(text: str, limit: int = 320, q: Question | None = None) -> str:
    """The passage, or the part of it of at most ``limit`` characters that holds most of the question's words."""
    t = " ".join(text.split())
    if len(t) <= limit:
        return t
    start = 0
    if q is not None:
        from chronica.ask.match import stem

        want = {stem(x.text) for x in q.terms if not x.hard} | {x.text for x in q.terms if x.hard}
        toks = [(m.start(), m.group(0).lower()) for m in re.finditer(r"[^\W_]+", t)]
        hits = [pos for pos, w in toks if w in want or stem(w) in want]
        best = 0
        for a in hits:
            n = sum(1 for b in hits if a - 40 <= b < a - 40 + limit)
            if n > best:
                best, start = n, max(0, a - 40)
        if start:
            start = t.rfind(" ", 0, start) + 1
    piece = t[start:start + limit]
    if start + limit < len(t):
        piece = piece.rsplit(" ", 1)[0] + " …"
    return ("… " if start else "") + piece


def _claims(values: list[tuple[str, Hit]]) -> tuple[str, list[ClaimValue], list[Citation]]:
    """Group the values found by what they say; one claim per distinct value, each with its sources."""
    groups: dict[str, list[tuple[str, Hit]]] = {}
    for v, h in values:
        groups.setdefault(fold(v) if not re.fullmatch(r"[\d,]+", v) else v.replace(",", ""), []).append((v, h))
    claims = []
    cites: list[Citation] = []
    for members in groups.values():
        srcs = tuple(dict.fromkeys(h.cite() for _, h in members))
        claims.append(ClaimValue(members[0][0], srcs))
        for c in srcs:
            if c not in cites:
                cites.append(c)
    if len(claims) == 1:
        return claims[0].value, [], cites
    text = "; ".join(f"{c.value} ({', '.join(dict.fromkeys(s.doc for s in c.sources))})" for c in claims)
    return text, claims, cites


def answer(store: Store, q: Question, hits: list[Hit], exclude: Sequence[str],
           countries: frozenset[str] = frozenset(), named: Sequence[Sequence[str]] = ()) -> Answer | None:
    """The extractive answer of the question's type from the best covering passages, or None.

    ``named`` gives the names of each actor the question names: a who-answer must come from a passage
    that names every one of them, itself or in the two sentences before it ("Who was the Taliban leader
    killed ...?" is not answered from a passage about another group's leader)."""
    if not hits:
        return None
    every = list(hits)
    best = max(h.in_sentence for h in hits)
    if q.qtype == "how_many":  # a toll is often the sentence after the one that names the event
        hits = [h for h in hits if h.lead >= 0.8 * best]
    else:
        hits = [h for h in hits if h.in_sentence >= (0.95 if q.qtype == "when" else 0.8) * best]  # the sentences that tell it best, not their neighbours
    kinds = wanted_types(q) if q.qtype in {"when", "where", "how_many"} else set()
    # a sentence telling an event of the kind asked about first, then the one that says most of the question
    hits.sort(key=lambda h: (not (kinds & h.types), -round(h.in_sentence, 2), -h.score))
    if kinds and q.qtype in {"when", "where"}:
        # "When/where was X killed?": the passage must tell the killing, not just name X
        verbs = [w for w in q.words if w in VERB_TYPES]
        hits = [h for h in hits if kinds & h.types or any(Bag.of(h.passage.text).has_term(v) for v in verbs)]
        if kinds & _PERSON_FATES:
            # "When was X killed?": the killing told must be X's, not another person's beside X ("Godane was
            # killed ...; the group named X as his successor", "named emir ... after Godane's death")
            hits = [h for h in hits if _fate_of(h.passage.text, exclude)]
        if not hits:
            return None
    full = [h for h in hits if h.soft >= 0.99]
    top = (full + [h for h in hits if h.soft < 0.99])[:8]
    if q.qtype == "how_many" and q.count in {"killed", "wounded"}:
        values: list[tuple[str, Hit]] = []
        seen: set[int] = set()
        covering = [h for h in top if figures(h.passage.text, q.count)]
        anchors = covering[:3] + [h for h in every[:8] if h not in covering and h.in_sentence >= 0.5 * best]
        lead_dates = _event_dates(store, covering[0].passage) if covering else []
        # the anchors' own figures count too: a passage telling the event well that the ranking left
        # below the best is itself one of its sources (the related passages leave the anchors out)
        for h in covering + [a for a in anchors if a not in covering] + related_passages(store, anchors):
            if h is not (covering[0] if covering else None) and not _same_time(lead_dates, _event_dates(store, h.passage)):
                continue  # the next timeline entry's toll is another event's, not a disputed figure
            for n, txt in figures(h.passage.text, q.count):
                if n in seen:
                    continue
                seen.add(n)
                values.append((txt if re.search(r"\d", txt) else f"{txt} ({n})", h))
        if not values:
            return None
        text, claims, cites = _claims(values)
        if not claims:
            text = f"{text} {q.count}" if q.count not in fold(text) else text
        return Answer(q.text, text, cites, claims, method="extractive")
    if q.qtype == "how_many":
        m = re.search(r"\bhow many ([a-z][\w-]*)", q.text.lower())
        asked = m.group(1) if m and m.group(1) not in {"were", "was", "did", "do", "does", "have", "had", "are",
                                                      "is", "times", "of"} else None
        noun = q.count or asked or next((t.text for t in q.soft_terms), None)
        values = []
        for h in top[:4]:
            for c in counts(h.passage.text, noun, asked)[:1]:
                values.append((c + (f" {noun}" if noun and noun not in c else ""), h))
        if not values:
            return None
        text, claims, cites = _claims(values)
        return Answer(q.text, text, cites, claims, method="extractive")
    if q.qtype == "when":
        values = []
        for h in top[:4]:
            ds = passage_dates(store, h.passage)
            if kinds & _PERSON_FATES:
                # "Reports emerge that X died over a year ago": the date told of the death, not the report's
                told = fate_dates(store, h.passage)
                if told and not re.search(r"\d", told[0][1]):  # a relative date: show what the text says
                    values.append((f"{human(told[0][0])} (\u201c{told[0][1]}\u201d)", h))
                    continue
                ds = told or ds
            if q.years:
                ds = [d for d in ds if any(d[0].startswith(y) for y in q.years)] or ds
            if ds:
                values.append((human(_finest(ds)), h))
        if not values:  # the sentences that say it best give no date: the next best that cover it well
            for h in (h for h in every if h not in top[:4] and h.in_sentence >= 0.6 * best
                      and (not kinds or kinds & h.types or h.in_sentence >= 0.95 * best)
                      and (not kinds & _PERSON_FATES or _fate_of(h.passage.text, exclude))):
                ds = passage_dates(store, h.passage)
                if ds:
                    values.append((human(ds[0][0]), h))
                    break
        if not values:
            return None
        values = values[:3] if len({v for v, _ in values[:3]}) > 1 else values[:1]
        text, claims, cites = _claims(values)
        return Answer(q.text, text, cites, claims, method="extractive")
    if q.qtype == "who":
        groups = bool({"claimed", "claim", "claims", "responsibility", "responsible", "behind", "perpetrated",
                       "carried", "blamed", "group", "groups", "organisation", "organization", "faction",
                       "movement"} & set(q.words))
        near = top[:4] + [h for h in every if h not in top[:4] and h.lead >= 0.8 * best][:4]
        if named:  # every actor the question names, in the passage or the two sentences before it
            around = _context(store, [h.passage for h in near if h.passage.rowid], before=2)
            near = [h for h in near if all(any(_names_here(" ".join([h.passage.text, *(c.text for c in around.get(
                h.passage.rowid, []))]), n) for n in names) for names in named)]
        for strict in ((True, False) if groups else (False,)):
            for h in near:
                names = stored_names(store, h.passage, exclude, groups=strict) or names_in(
                    h.passage.text, exclude, groups=strict)
                if names:
                    return Answer(q.text, f"{names[0]}: {_trim(h.passage.text, 240, q)}", [h.cite()],
                                  method="extractive", items=names[:1], entity=names[0])
        if top[0].soft >= 0.99 and top[0].in_sentence >= 0.75:  # a who-question answered by a description
            return Answer(q.text, _trim(top[0].passage.text, q=q), [top[0].cite()], method="extractive")
        return None
    if q.qtype == "where":
        ex = {fold(x) for x in exclude}
        taken = {w for x in ex for w in x.split()}
        found: list[tuple[int, int, str, Hit]] = []  # (how coarse, rank, place, passage)
        for rank, h in enumerate(top[:6]):
            for pl, prec in event_places(store, h.passage):
                if fold(pl) not in ex and pl in h.passage.text and not set(fold(pl).split()) <= taken \
                        and not _inside_name(h.passage.text, pl):
                    found.append((prec, rank, pl, h))
        if not found or min(f[0] for f in found) >= 6:  # a name after "in", "at", "near" the gazetteer lacks
            for rank, h in enumerate(top[:3]):
                for m in _AT_PLACE.finditer(h.passage.text):
                    name = m.group(1)
                    if fold(name) not in ex and not set(fold(name).split()) <= taken | _NOT_PLACES \
                            and not set(fold(name).split()) & _ORG_WORDS:
                        found.append((6 if fold(name) in countries else 3, rank, name, h))
        if not found:
            return None
        votes: dict[str, int] = {}
        for f in found:
            votes[fold(f[2])] = votes.get(fold(f[2]), 0) + 1
        # the place most passages give, finer than a country, from the best passage
        coarse, _, place, h = min(found, key=lambda f: (f[0] >= 6, -votes[fold(f[2])], f[1], f[0]))
        return Answer(q.text, f"{place}: {_trim(h.passage.text, 240, q)}", [h.cite()], method="extractive")
    if q.qtype == "yesno":
        return None  # a yes or no needs reading, not matching: no answer rather than a guess
    h = top[0]
    if q.qtype in {"which", "what", "list", "other"} and h.in_sentence < 0.5:
        return None  # a sentence as the answer must say most of the question itself
    if q.qtype == "why":  # a sentence that gives a reason
        because = [c for c in every if c.lead >= 0.5 * best and _CAUSE.search(c.passage.text)]
        if not because:
            return None
        because.sort(key=lambda c: (-round(c.in_sentence, 1), -c.score))
        h = because[0]
    return Answer(q.text, _trim(h.passage.text, q=q), [h.cite()], method="extractive")


__all__ = ["Hit", "answer", "counts", "figures", "names_in", "passage_dates", "retrieve"]


