"""What the claim extractors (``relations``, ``leadership``, ``estimates``) share: a document's sentences
with the actor mentions and calendar dates inside each, clauses, negation and hedges, the speaker a
claim is reported from, and the antecedent of "the group", "it" or "he".

Everything works on offsets into the document's text; nothing here edits the text. Bad input (spans
out of range, overlapping or unsorted mentions, dates without a value) is dropped, never raised on.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from chronica.knowledge.model import Claim

__all__ = ["DocContext", "Mention", "DateRef", "MODIFIER_AFTER", "OBJECT_BEFORE", "ORDINALS", "make_claim", "canonical_key",
           "clause_date", "group_anaphor_at", "last_match", "pronoun_at"]


class Mention(Protocol):
    """What the extractors read of a ``chronica.actors.ActorMention``."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def canonical(self) -> str: ...

    @property
    def source(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class DateRef:
    """A calendar date in the text: its span, EDTF value and, for a range, the two ends."""

    start: int
    end: int
    value: str
    first: str  # the range's start, else the value
    last: str | None  # the range's end, else None
    precision: str | None


ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
    "11th": 11, "12th": 12,
}

_DATED_PRECISIONS = frozenset({"day", "month", "season", "quarter", "year", "week", "decade", "time"})
# A date written on the calendar ("June 2020", "2019", "9/26"), not a deictic "today" or "now".
_CALENDAR = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)",
                       re.I)

# Where one clause ends and the next begins inside a sentence.
_CLAUSE_BREAK = re.compile(
    r";\s*|\s+[\u2013\u2014-]{1,2}\s+|:\s+(?=[A-Z\u201c\"])"
    r"|,\s+(?:but|while|whereas|although|though|however|yet|and\s+(?:then|later|subsequently))\s+"
    r"|,\s+and\s+(?=(?:the|a|an|its|his|her|their|[A-Z])\w*\s+\w+(?:ed|s)\b)"
    r"|\s+but\s+(?=(?:also\s+)?\w+ed\b)"
    r"|,\s+and\s+(?=\w+ed\b)"
    r"|\s+(?:whereas|although)\s+"
)

_NEGATION = re.compile(
    r"\b(?:not|never|no\s+longer|n[o']t|neither|nor|without|refus(?:ed|es|e|ing)\s+to|declin(?:ed|es|e)\s+to"
    r"|denied|denies|deny|stopped\s+short\s+of|rather\s+than|instead\s+of|rejected|rejects|failed\s+to"
    r"|fail(?:s)?\s+to|no)\b|n't\b", re.I)
_DISCREDIT = re.compile(
    r"\b(?:disinformation|misinformation|conspiracy\s+theor(?:y|ies|ists?)|falsely|false\s+(?:claims?|narratives?|reports?)"
    r"|baseless(?:ly)?|unfounded|debunked|fake\s+news|hoax(?:es)?|myths?\s+(?:that|of))\b", re.I)
_HEDGE = re.compile(
    r"\b(?:may|might|could|would|will|shall|should|can|must|plans?\s+to|planned(?:\s+to)?|planning\s+to"
    r"|intends?\s+to|intended\s+to|seeks?\s+to|sought\s+to|wants?\s+to|wanted\s+to|hopes?\s+to|hoped\s+to"
    r"|likely\s+to|expected\s+to|set\s+to|about\s+to|considering|considered|proposed|proposing|proposes"
    r"|urged|urging|urges|called\s+on|calls\s+on|calling\s+on|lobbied|lobbying|asked|asks|invited|invites"
    r"|attempts?\s+to|attempted\s+to|attempting\s+to|tried\s+to|tries\s+to|trying\s+to|threatened\s+to"
    r"|negotiat(?:ed|ing|es|e|ions?)|talks?\s+(?:on|about|over)|potential|possible|possibly|prospect\s+of"
    r"|whether|if|unless|unclear|rumou?red|speculat\w+|in\s+order\s+to|aims?\s+to|aimed\s+to|ready\s+to"
    r"|willing(?:ness)?\s+to|offered\s+to|offers\s+to|sought|seeking|believes?\s+that|believed\s+that|think\s+that"
    r"|hypothetical\w*|suppos(?:e|ed|edly)|alleged\s+plan)\b", re.I)
# Verbs and phrases that put a claim in somebody's mouth.
_SAY = (r"(?:said|says|say|stated|states|claimed|claims|claim|claiming|alleging|reported|reports|announced|announces|declared"
        r"|declares|told|tells|wrote|writes|written|asserted|asserts|alleged|alleges|insisted|insists|added|adds"
        r"|noted|notes|confirmed|confirms|acknowledged|acknowledges|admitted|admits|argued|argues|believes"
        r"|believed|thinks|assessed|assesses|estimated|estimates|suggested|suggests|indicated|indicates)")
_SAY_AFTER = re.compile(r"\s*(?:,\s*)?(?:has\s+|had\s+|also\s+|have\s+)?(?P<verb>" + _SAY + r")\b(?:\s+that)?", re.I)
_SAID_THAT = re.compile(r"\b(?P<verb>" + _SAY + r")\s+that\b", re.I)
_ACCORDING = re.compile(r"\b(?:according\s+to|citing|quoted\s+by|reported\s+by|as\s+reported\s+by|per)\s+$", re.I)
# A verb of saying after the claim: "..., Afghan officials said", "..., he said".
_SAY_TAIL = re.compile(r",\s*[\u201d\"]?\s*([^,.;]{1,60}?)\s+(?P<verb>" + _SAY + r")\s*(?:[.;]|$|\s+(?:on|in|that)\b)",
                       re.I)

_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|in|from|to|with|by|for|against|at|on|into|within|under|over|like|than|between|among|about|via"
    r"|toward|towards|alongside|including|such\s+as|and|or)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,1}$",
    re.I)
_FRONTED = re.compile(
    r"\s*(?:[\u201c\"']?\s*)?(?:(?:In|On|At|By|From|Since|After|Before|During|Following|Despite|Like|Unlike|With"
    r"|Without|Although|Though|While|When|Once|Until|Through|Under|Amid|As|Originally|Initially|Previously"
    r"|Formerly|Later|Then|However|Nonetheless|Meanwhile|Also|Born|Once)\b|[A-Z][a-z]+(?:ed|ing|en)\b)")

_COMMA_ANAPHOR = re.compile(r",\s+(?:the|this|that)\s+(?:\w+\s+)?(?:group|organi[sz]ation|movement|network|branch|faction"
                            r"|outfit|militia)\b", re.I)
#: A name right before one of these nouns modifies it ("an IS cell", "ISIS leadership", "TTP fighters").
MODIFIER_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:cells?|fighters|members|militants|commanders|units?|operations|attacks?"
                            r"|supporters|presence|elements|operatives|recruits|propaganda|territory|leadership|plots?"
                            r"|officials|leaders|forces|troops|positions|prisoners|detainees|networks?|emir|leader"
                            r"|spokesman|spokesperson|commander|chief|head)\b", re.I)
_PEOPLE_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:fighters|members|militants|commanders|gunmen|insurgents|leaders|cadres"
                           r"|operatives|recruits)\b", re.I)
#: A name after a preposition or a verb is an object, not the subject of what follows it.
OBJECT_BEFORE = re.compile(r"\b(?:of|in|from|to|with|by|for|against|at|on|into|within|under|over|like|than|between"
                           r"|among|about|via|toward|towards|alongside|abandoned|left|joined|fought|attacked|defeated"
                           r"|expelled|rejected|recognized|recognised|targeted|supported|backed|opposed|quit|[a-z]+ed)"
                           r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:former|then|late|senior|top|new|rival)\s+)*"
                           r"(?:[A-Z][\w.-]*(?:'s|\u2019s)?\s+)?\Z")
_GROUP_ANAPHOR = re.compile(
    r"\b(?:the|this|that|said)\s+(?:\w+\s+)?(?:group|organi[sz]ation|movement|network|branch|faction|outfit"
    r"|affiliate|militia|franchise|province|wilayat?|party)\b", re.I)
_POSSESSIVE_START = re.compile(r"(?:Its|Their)\s")
_PRONOUN_ORG = re.compile(r"\b(?:it|its|itself|they|their|them)\b", re.I)
_PRONOUN_PERSON = re.compile(r"\b(?:he|his|him|she|her)\b", re.I)

_WS = re.compile(r"\s+")


def canonical_key(name: str) -> str:
    """A loose comparison key for names: case, spacing, quotes and dashes folded."""
    s = name.casefold().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return _WS.sub(" ", s).strip(" .,'\"")


def make_claim(ctx: DocContext, kind: str, start: int, end: int, subject: str, **fields: Any) -> Claim:
    """A Claim whose quote is ``text[start:end]`` (trimmed), with the extractor recorded in ``extra``."""
    start, end = ctx.trim(start, end)
    extra = dict(fields.pop("extra", None) or {})
    return Claim(kind=kind, doc_id=ctx.doc_id, start=start, end=end, quote=ctx.text[start:end], subject=subject,
                 extra=extra, **fields)


class DocContext:
    """A document's text with its sentences, mentions and calendar dates indexed by offset."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]] | None, mentions: Sequence[Any] | None,
                 expressions: Sequence[Any] | None, doc_id: str = "") -> None:
        self.text = text if isinstance(text, str) else ""
        self.doc_id = doc_id if isinstance(doc_id, str) else str(doc_id)
        n = len(self.text)
        self.sentences = _clean_spans(sentences, n)
        if not self.sentences and self.text.strip():
            self.sentences = _fallback_sentences(self.text)
        self._sent_starts = [a for a, _ in self.sentences]
        self.mentions: list[Any] = _clean_mentions(mentions, self.text)
        self._m_starts = [m.start for m in self.mentions]
        self.dates: list[DateRef] = _clean_dates(expressions, self.text)
        self._d_starts = [d.start for d in self.dates]
        #: extra clause boundaries found by an extractor (the end of a "Seventh emir: NAME (aka X)" heading)
        self.cuts: list[int] = []

    # -- lookup ----------------------------------------------------------------------------------
    def sentence_index(self, pos: int) -> int | None:
        i = bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return i
        return None

    def mentions_in(self, a: int, b: int, kinds: Sequence[str] | None = None, sources: bool = True) -> list[Any]:
        i = bisect_left(self._m_starts, a)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < b:
            m = self.mentions[i]
            if m.end <= b and (kinds is None or m.kind in kinds) and (sources or not m.source):
                out.append(m)
            i += 1
        return out

    def dates_in(self, a: int, b: int) -> list[DateRef]:
        i = bisect_left(self._d_starts, a)
        out = []
        while i < len(self.dates) and self.dates[i].start < b:
            if self.dates[i].end <= b:
                out.append(self.dates[i])
            i += 1
        return out

    def in_date(self, a: int, b: int) -> bool:
        """Whether [a, b) lies inside a date expression."""
        i = bisect_right(self._d_starts, a) - 1
        return i >= 0 and self.dates[i].start <= a and b <= self.dates[i].end

    def trim(self, a: int, b: int) -> tuple[int, int]:
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        return a, b

    # -- clauses ---------------------------------------------------------------------------------
    def clause(self, a: int, b: int, pos: int) -> tuple[int, int]:
        """The clause of sentence [a, b) holding ``pos``."""
        start, end = a, b
        for m in _CLAUSE_BREAK.finditer(self.text, a, b):
            if m.end() <= pos:
                start = m.end()
            elif m.start() >= pos:
                end = m.start()
                break
        for c in self.cuts:
            if start < c <= pos:
                start = c
            elif pos < c < end:
                end = c
        return start, end

    def negated(self, a: int, pos: int) -> bool:
        """A negation in the few words before ``pos`` within its clause ("has not pledged")."""
        window = self.text[max(a, pos - 40):pos]
        return bool(_NEGATION.search(window))

    def hedged(self, a: int, pos: int) -> bool:
        """A modal or a plan before ``pos`` within its clause ("may ally", "planned to merge")."""
        window = self.text[max(a, pos - 60):pos]
        return bool(_HEDGE.search(window))

    def discredited(self, sa: int, pos: int) -> bool:
        """The sentence frames what comes at ``pos`` as false: "a disinformation narrative claiming that
        ...", "falsely claimed", "the conspiracy theory that ..."."""
        return bool(_DISCREDIT.search(self.text, sa, pos))

    def speaker(self, sa: int, sb: int, pos: int) -> tuple[str | None, str | None]:
        """Who a claim at ``pos`` is reported from: "X said (that) ...", "according to X", "..., X said".

        Returns (canonical name or phrase, the verb or cue) or (None, None)."""
        for m in reversed(self.mentions_in(sa, pos)):
            sm = _SAY_AFTER.match(self.text, m.end, pos)
            if sm:
                return m.canonical, sm.group("verb").lower()
            if _ACCORDING.search(self.text[max(sa, m.start - 30):m.start]):
                return m.canonical, "according to"
        said = _SAID_THAT.search(self.text, sa, pos)
        if said:
            return None, said.group("verb").lower()
        tail = _SAY_TAIL.search(self.text, pos, sb)
        if tail:
            who = self.mentions_in(tail.start(1), tail.end(1))
            name = who[0].canonical if who else tail.group(1).strip()
            if name.lower() not in ("he", "she", "it", "they", "this", "which", "who", "that"):
                return name, tail.group("verb").lower()
        return None, None

    # -- antecedents -----------------------------------------------------------------------------
    def main_org(self) -> Any | None:
        """A mention of the organisation the document names most (what a profile or a list is about)."""
        counts: dict[str, int] = {}
        first: dict[str, Any] = {}
        for m in self.mentions:
            if m.kind == "org" and not getattr(m, "source", False):
                counts[m.canonical] = counts.get(m.canonical, 0) + 1
                first.setdefault(m.canonical, m)
        return first[max(counts, key=lambda k: (counts[k], k))] if counts else None

    def subject_org(self, si: int, depth: int = 0) -> Any | None:
        """The organisation a sentence is about: its grammatical subject when that is an organisation
        (after a fronted phrase), or what its "the group" refers to."""
        if si < 0 or si >= len(self.sentences) or depth > 2:
            return None
        a, b = self.sentences[si]
        a = max([a] + [c for c in self.cuts if a < c < b])
        start = a
        if _FRONTED.match(self.text, a):
            anaphor_after = _COMMA_ANAPHOR.search(self.text, a, min(b, a + 240))
            comma = anaphor_after.start() if anaphor_after else self.text.find(", ", a, b)
            if comma > 0:
                start = comma + 2
        head = self.text[start:min(b, start + 120)]
        if _POSSESSIVE_START.match(head.lstrip("\u201c\"' ")) and depth < 2:
            return self.subject_org(si - 1, depth + 1)  # "Its leader is Y, who led X": still about the group before
        anaphor = _GROUP_ANAPHOR.match(head.lstrip("\u201c\"' "))
        if depth and anaphor is None:
            # reached back through "Its ...": a sentence whose subject is a state or a person ("The United
            # States designated the group ...") is not about an organisation named later in it
            first = self.mentions_in(start, b, sources=False)
            if first and first[0].kind in ("state", "person") and not self.text[start:first[0].start].strip(
                    " \u201c\"'").lower().strip("the "):
                return None
        people_of: Any | None = None  # "ISWAP fighters overran ...": the group whose people are the subject
        for m in self.mentions_in(start, b, kinds=("org",), sources=False):
            if m.start > start + 80:
                break
            if _PREPOSITION_BEFORE.search(self.text, max(a, m.start - 30), m.start) and m.start > start + 1:
                continue
            if MODIFIER_AFTER.match(self.text, m.end) or self.text[max(a, m.start - 1):m.start] == "(":
                if people_of is None and anaphor is None and _PEOPLE_AFTER.match(self.text, m.end) \
                        and not self.text[start:m.start].strip(" \u201c\"'").lower().strip("the "):
                    people_of = m
                continue
            if _SAY_AFTER.match(self.text, m.end, b):
                continue  # "the ministry estimated that X ...": the speaker is not what the sentence is about  # "the ISIS leadership recognized ...": the name modifies the subject
            if anaphor is None or m.start < start + anaphor.start():
                return m
            break
        if anaphor is not None and depth < 2:
            return self.subject_org(si - 1, depth + 1)
        return people_of

    def antecedent_org(self, pos: int, phrase: str = "group") -> Any | None:
        """The organisation "the group" / "it" at ``pos`` refers to, when clear: the subject of this
        sentence before ``pos`` (for pronouns) or of the previous sentence."""
        si = self.sentence_index(pos)
        if si is None:
            return None
        a, _ = self.sentences[si]
        if phrase == "pronoun":
            before = [m for m in self.mentions_in(a, pos, kinds=("org",), sources=False)
                      if not _PREPOSITION_BEFORE.search(self.text, max(a, m.start - 30), m.start)]
            if before:
                return before[0]
        else:
            subj = self.subject_org(si)
            if subj is not None and subj.end <= pos:
                return subj
        return self.subject_org(si - 1)

    def antecedent_person(self, pos: int) -> Any | None:
        """The person "he" / "his" at ``pos`` refers to: the only person named in this sentence before
        it, else the only person of the previous sentence."""
        si = self.sentence_index(pos)
        if si is None:
            return None
        a, _ = self.sentences[si]
        for lo, hi in ((a, pos), self.sentences[si - 1] if si > 0 else (a, a)):
            people = self.mentions_in(lo, hi, kinds=("person",), sources=False)
            names = {m.canonical for m in people}
            if len(names) == 1:
                return people[-1]
            if len(names) > 1:
                return None
        return None


def last_match(pattern: re.Pattern[str], text: str, a: int, b: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in text[a:b]."""
    found = None
    for found in pattern.finditer(text, a, b):  # noqa: B007 - the loop keeps the last one
        pass
    return found


def group_anaphor_at(text: str, a: int, b: int) -> re.Match[str] | None:
    """The last "the group" / "the organisation" phrase in text[a:b]."""
    return last_match(_GROUP_ANAPHOR, text, a, b)


def pronoun_at(text: str, a: int, b: int, person: bool) -> re.Match[str] | None:
    """The last pronoun in text[a:b] of the person or organisation kind."""
    return last_match(_PRONOUN_PERSON if person else _PRONOUN_ORG, text, a, b)


def _clean_spans(spans: Sequence[tuple[int, int]] | None, n: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if not spans:
        return out
    try:
        for span in spans:
            a, b = int(span[0]), int(span[1])
            a, b = max(0, a), min(n, b)
            if a < b:
                out.append((a, b))
    except (TypeError, ValueError, IndexError):
        return []
    out.sort()
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and a < merged[-1][1]:
            continue
        merged.append((a, b))
    return merged


_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])|\n\s*\n")


def _fallback_sentences(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for m in _SENT_END.finditer(text):
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end()
    if a < len(text):
        out.append((a, len(text)))
    return out


def _clean_mentions(mentions: Sequence[Any] | None, text: str) -> list[Any]:
    out = []
    for m in mentions or ():
        try:
            a, b = int(m.start), int(m.end)
            if not (0 <= a < b <= len(text)) or not isinstance(m.canonical, str) or not m.canonical.strip():
                continue
            if m.kind not in ("org", "person", "state"):
                continue
            _ = m.source
        except (AttributeError, TypeError, ValueError):
            continue
        out.append(m)
    out.sort(key=lambda m: (m.start, -m.end))
    kept: list[Any] = []
    for m in out:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def _clean_dates(expressions: Sequence[Any] | None, text: str) -> list[DateRef]:
    out: list[DateRef] = []
    for e in expressions or ():
        try:
            a, b, value = int(e.start), int(e.end), e.value
            kind, precision = e.kind, e.precision
            parts = tuple(e.parts or ())
        except (AttributeError, TypeError, ValueError):
            continue
        if not (0 <= a < b <= len(text)) or not isinstance(value, str) or kind not in ("DATE", "TIME"):
            continue
        if precision not in _DATED_PRECISIONS or value.endswith("_REF") or not _CALENDAR.search(text[a:b]):
            continue
        first, last = value, None
        if "/" in value:
            lo, _, hi = value.partition("/")
            first, last = lo or value, hi or None
        if len(parts) == 2 and all(isinstance(getattr(p, "value", None), str) for p in parts):
            first, last = parts[0].value, parts[1].value
        out.append(DateRef(a, b, value, first, last, precision))
    out.sort(key=lambda d: d.start)
    return out


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|til|to|through|up\s+to)\s+(?:at\s+least\s+|around\s+|about\s+)?$", re.I)
_SINCE_BEFORE = re.compile(r"\b(?:since|from|starting|beginning|as\s+of)\s+(?:(?:at\s+least|around|about|early|late|mid)\s+)?$",
                           re.I)


def clause_date(ctx: DocContext, ca: int, cb: int, pos: int, sa: int) -> tuple[str | None, str | None, DateRef | None]:
    """The (date, end_date) a clause states for the claim at ``pos``: the nearest calendar date in the
    clause, else a timeline entry's leading date. "until 2017" gives only an end; a range gives both."""
    ds = ctx.dates_in(ca, cb)
    if not ds:
        lead = ctx.dates_in(sa, min(cb, sa + 16))
        if lead and lead[0].start - sa <= 2:
            ds = lead[:1]
    if not ds:
        return None, None, None
    d = min(ds, key=lambda d: (d.start - pos) if d.start >= pos else (pos - d.end) + 5)
    before = ctx.text[max(0, d.start - 20):d.start]
    if d.last is not None:
        return d.first, d.last, d
    if _UNTIL_BEFORE.search(before):
        return None, d.value, d
    return d.value, None, d
