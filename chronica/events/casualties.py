"""Casualty figures: how many were killed and wounded, as the text states it.

`find_figures` reads the figures in a span of text and `casualties` sums them into the totals of one
event span (a sentence or clause). Each `Figure` keeps the number as stated (`best`) with a UCDP-style
range and qualifier:

============================  ======  =====  =====  ===========
phrase                        best    low    high   qualifier
============================  ======  =====  =====  ===========
"killing 12"                  12      12     12     exact
"at least 35"                 35      35     None   at_least
"more than 60", "over 60"     60      60     None   more_than
"nearly 80", "almost 80"      80      None   80     nearly
"about 80", "some 80"         80      None   None   about
"up to 80", "as many as 80"   80      None   80     up_to
"between 10 and 15", "10-15"  10      10     15     None
"a dozen"                     12      None   None   about
"dozens" / "scores"           None    24/40  None   at_least
"hundreds" / "thousands"      None    200/…  None   at_least
"several" / "a few"           None    3/2    None   at_least
"no one was hurt"             0       0      0      exact
============================  ======  =====  =====  ===========

Grammar covered (no sentence-specific rules): active objects ("killing 170 civilians and 13 soldiers",
"shot and killed a policeman", "killed himself"), passive and reduced-passive subjects ("three
soldiers and two civilians were killed", "Naqvi, a party leader, was killed", "35 killed and more
than 100 wounded", "left 12 dead and 51 injured"), intransitive verbs ("12 people died", "lost their
lives"), nouns ("the death toll rose to 84", "the deaths of eight individuals", "20 casualties",
"claimed 12 lives") and nil reports ("no casualties", "no one was injured", "was unharmed").
"killed or injured 20" has no split: kind "casualties".

Aggregation (`casualties`): figures of one list ("3 soldiers and 2 civilians") are distinct groups and
add up; a part named with "including"/"among them" is not added again; across clauses, figures about
unspecified people ("12 people", a death toll) and about named groups are not added to each other
(the larger stands), while a figure marked as additional ("was also killed", "another 5", the
attacker himself) is added. Perpetrators count as killed when the text counts them (GTD's nkill does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from chronica.events.numbers import Count, parse_count

__all__ = ["Figure", "Casualties", "find_figures", "casualties"]


@dataclass(frozen=True, slots=True)
class Figure:
    """One casualty figure as stated. `qualifier` is None when no number is written and the count is
    implied by a singular noun phrase ("a policeman was killed" -> 1) or is a range."""

    kind: str  # "killed" | "wounded" | "casualties" (killed or wounded, no split)
    best: int | None  # the stated number ("at least 35" -> 35)
    low: int | None
    high: int | None
    qualifier: str | None  # "at_least" | "more_than" | "nearly" | "about" | "up_to" | "exact" | None
    who: str | None  # "civilians", "soldiers", "U.S. service members", as written, when stated
    start: int
    end: int
    text: str  # span of the figure phrase in the original text
    subset: bool = False  # a part of another figure ("including 3 soldiers"): not added to the totals
    additional: bool = False  # stated as on top of the others ("also killed", "in addition to the bomber")
    revision: bool = False  # a later figure for the same count ("then 41", "the final count was 45")


@dataclass(frozen=True, slots=True)
class Casualties:
    killed: int | None
    wounded: int | None
    figures: tuple[Figure, ...]


_EMPTY = Casualties(None, None, ())

# Cheap pre-check: without one of these stems (lowercased) a span states no casualty figure.
_STEMS = (
    "kill", "wound", "injur", "hurt", "dead", "death", "died", "die", "dying", "casualt", "bodies", "body",
    "martyr", "fatal", "toll", "lives", "perish", "slain", "slew", "slay", "murder", "massacr", "behead",
    "execut", "assassinat", "harm", "succumb", "unscathed", "himself", "herself", "themselves",
)
# nouns that restate a count when an adjective of revision goes before them ("the final count was 45")
_REVISION_NOUNS = frozenset({"count", "figure", "tally", "total"})
_REVISION_ADJ = frozenset({"final", "official", "latest", "new", "revised", "updated", "last", "confirmed"})
# a number followed by these counts something other than people ("then 41 percent", "the figure was 3 days")
_NOT_PEOPLE_AFTER = frozenset({"percent", "per", "%", "days", "hours", "years", "months", "weeks", "minutes",
                               "km", "kilometres", "kilometers", "miles", "million", "billion"})
# an aside inside a list of casualties: "and, as of this writing, 60 civilians", "and, officials said, 3 police"
_ASIDE = re.compile(
    r"(?<=\band)\s*,?\s*(?:as\s+of\s+(?:this\s+writing|now|today|(?:this|that)\s+(?:morning|evening|time))|at\s+the\s+time"
    r"\s+of\s+writing|so\s+far|to\s+date|according\s+to\s+(?:[\w.'\u2019-]+\s+){0,3}?[\w.'\u2019-]+"
    r"|(?:officials|police|sources|reports)\s+(?:said|say))\s*,(?=\s*\d)", re.I)
_WINDOW = 400  # characters of context read on each side of a trigger

_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+|[^\W\d_](?:\.[^\W\d_])+\.?|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\s\w]|_"
)

# --- word classes -------------------------------------------------------------------------------

_KILL_ACTIVE = frozenset({
    "kill", "kills", "killed", "killing", "martyr", "martyrs", "martyred", "martyring", "slew", "slay",
    "slays", "slaying", "murder", "murders", "murdered", "murdering", "massacre", "massacred", "massacres",
    "massacring", "behead", "beheads", "beheaded", "beheading", "executed", "executing", "assassinated",
    "assassinating",
})
_WOUND_ACTIVE = frozenset({
    "wound", "wounds", "wounded", "wounding", "injure", "injures", "injured", "injuring", "hurt", "hurts",
    "hurting", "maimed", "maiming",
})
_CASUALTY_VERBS = _KILL_ACTIVE | _WOUND_ACTIVE
# participles and adjectives that can take the casualties as their subject
_TRANSITIVE_PRED = frozenset({
    "killed", "martyred", "slain", "murdered", "massacred", "beheaded", "executed", "assassinated",
    "wounded", "injured", "hurt", "maimed", "harmed",
})
_TOLL_RISE = frozenset({"rose", "risen", "rises", "climbed", "climbs", "reached", "stood", "stands", "increased", "jumped",
                        "grew", "went", "was", "is"})
_INTRANSITIVE = frozenset({"died", "perished", "die", "dies", "succumbed"})
_KILL_PRED = frozenset({"killed", "martyred", "slain", "murdered", "massacred", "beheaded", "executed",
                        "assassinated", "dead", "died", "perished", "die", "dies", "succumbed", "lives"})
_WOUND_PRED = frozenset({"wounded", "injured", "hurt", "maimed", "harmed", "injuries", "wounds"})
_PREDICATES = _KILL_PRED | _WOUND_PRED
_AUX = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "get", "gets", "getting"})
_PERFECT = frozenset({"has", "have", "had"})
# an aside about the people just counted: "20 hostages, most of them foreigners, and two police officers"
_APPOSITION_HEADS = frozenset({"most", "many", "all", "some", "mostly", "mainly", "chiefly", "largely", "nearly"})
# verbs of saying or claiming in the present or past: "... and the group claimed it", "... and police say"
_CLAIM_VERBS = frozenset({"said", "says", "say", "claimed", "claims", "claim", "told", "tells", "denied", "denies",
                          "added", "adds", "reported", "reports", "stated", "states", "confirmed", "confirms"})
_SINGULAR_AUX = frozenset({"was", "is", "has", "gets"})
_PLURAL_AUX = frozenset({"were", "are", "have"})
_ADVERBS = frozenset({
    "also", "reportedly", "allegedly", "critically", "seriously", "severely", "badly", "gravely", "mortally",
    "fatally", "later", "subsequently", "instantly", "immediately", "initially", "ultimately", "eventually",
    "all", "either", "apparently", "slightly", "lightly", "grievously", "then", "officially", "just",
    "found", "may", "might", "could", "would", "will", "now", "since", "not", "never", "shot", "left",
    "lying", "both", "only", "likely", "probably", "possibly", "feared", "believed", "thought", "said",
    "confirmed", "to", "seen", "declared", "pronounced", "too", "too.", "wrongly", "mistakenly",
})
_QUALIFIERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("at", "least"), "at_least"), (("a", "minimum", "of"), "at_least"), (("no", "fewer", "than"), "at_least"),
    (("no", "less", "than"), "at_least"), (("more", "than"), "more_than"), (("over",), "more_than"),
    (("upwards", "of"), "more_than"), (("in", "excess", "of"), "more_than"), (("just", "over"), "more_than"),
    (("nearly",), "nearly"), (("almost",), "nearly"), (("close", "to"), "nearly"), (("just", "under"), "nearly"),
    (("about",), "about"), (("around",), "about"), (("approximately",), "about"), (("roughly",), "about"),
    (("some",), "about"), (("an", "estimated"), "about"), (("estimated",), "about"), (("up", "to"), "up_to"),
    (("as", "many", "as"), "up_to"), (("at", "most"), "up_to"), (("fewer", "than"), "up_to"),
    (("less", "than"), "up_to"), (("a", "total", "of"), "exact"), (("total", "of"), "exact"),
)
# each qualifier word -> (qualifier, position of the word in it)
_QUALIFIER_WORDS: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _words, _ in _QUALIFIERS:
    for _o, _word in enumerate(_words):
        _QUALIFIER_WORDS.setdefault(_word, []).append((_words, _o))
_QUALIFIER_KIND = dict(_QUALIFIERS)
_GENERIC_WHO = frozenset({
    "people", "persons", "person", "individuals", "individual", "victims", "victim", "lives", "dead",
    "bodies", "casualties", "civilians", "others",
})
_PERPETRATORS = frozenset({
    "bomber", "bombers", "attacker", "attackers", "assailant", "assailants", "gunman", "gunmen",
    "perpetrator", "perpetrators", "himself", "herself", "themselves",
})
_PLURAL_NOUNS = frozenset({
    "people", "police", "personnel", "children", "men", "women", "staff", "troops", "forces", "crew",
    "youth", "others", "those", "these", "they", "them", "all", "many", "few", "some", "several", "we",
    "most", "family", "members", "both",
})
_NOT_PEOPLE = frozenset({
    "attack", "blast", "explosion", "bomb", "incident", "area", "building", "vehicle", "house", "car",
    "time", "day", "night", "week", "month", "year", "number", "total", "way", "rest", "majority", "same",
    "whole", "process", "operation", "toll", "it", "this", "that", "which", "who", "what", "there", "one",
    "figure", "count", "camel", "dog", "property", "shop", "school", "device", "plane", "aircraft",
})
_PRONOUNS = frozenset({"he", "she", "another", "him", "her"})
_NEGATIONS = frozenset({"no", "none", "nobody", "neither", "nor", "noone"})
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_CLAUSE = frozenset({
    "that", "which", "who", "whom", "whose", "when", "while", "after", "before", "where", "as", "but",
    "because", "since", "although", "though", "if", "whereas", "said", "says", "say", "reported", "according",
    "stated", "added", "confirmed", "claimed", "however", "then", "so", "thus", "until", "there", "it", "and",
    "or", "than", "nor", "yet", "whether",
})
_PUNCT_BOUNDARY = frozenset({".", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "“", "”", "—", "–"})
_PREPS = frozenset({
    "in", "at", "on", "by", "for", "from", "near", "with", "during", "into", "inside", "outside", "across",
    "after", "before", "under", "over", "against", "to", "toward", "towards", "through", "between", "along",
    "among", "amongst", "onto", "upon", "without", "within", "behind", "beside", "off", "around", "about",
    "like", "than", "per", "via", "including", "despite", "since", "until", "aboard",
})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "one", "this", "that"})
_NIL_NOUNS = {
    "casualties": "casualties", "casualty": "casualties", "injuries": "wounded", "injury": "wounded",
    "deaths": "killed", "death": "killed", "fatalities": "killed", "fatality": "killed", "harm": "casualties",
    "injured": "wounded", "wounded": "wounded", "dead": "killed",
}
_NIL_ADJ = frozenset({"unharmed", "unhurt", "unscathed", "uninjured"})
_NOMINALS = {
    "deaths": "killed", "fatalities": "killed", "dead": "killed", "lives": "killed", "bodies": "killed",
    "martyrs": "killed", "injuries": "wounded", "casualties": "casualties", "death": "killed", "body": "killed",
}
_SUICIDE_VERBS = frozenset({"blew", "blow", "blows", "blowing", "detonated", "detonates", "detonating",
                            "exploded", "explodes", "exploding", "immolated", "shot", "killed", "killing",
                            "kills", "kill"})
_ANAPHORIC = frozenset({"victim", "victims", "deceased"})


@dataclass(slots=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int


@dataclass(slots=True)
class _Item:
    """One member of a noun-phrase list: tokens [start, end) and what it counts."""

    start: int
    end: int
    count: Count | None
    value: int | None  # the count (1 for a singular person), None when unknown
    negated: bool = False
    appositive: bool = False
    subset: bool = False
    additional: bool = False


# --- public API -----------------------------------------------------------------------------------


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """The casualty figures stated in text[start:end], in text order; offsets are into `text`."""
    return [f for f, _ in _find(text, start, end)]


def casualties(text: str, start: int = 0, end: int | None = None) -> Casualties:
    """Killed and wounded totals for one event span (a sentence or clause), with their figures."""
    found = _find(text, start, end)
    if not found:
        return _EMPTY
    return Casualties(_total(found, "killed"), _total(found, "wounded"), tuple(f for f, _ in found))


def _find(text: str, start: int, end: int | None) -> list[tuple[Figure, int]]:
    if not text or not isinstance(text, str):
        return []
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    if start >= end:
        return []
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # a rare case-mapping that changes lengths: keep offsets exact
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text[start:end])
    hits = [stem for stem in _STEMS if stem in lowered]
    if not hits:
        return []
    found: list[tuple[Figure, int]] = []
    gid = 0
    for ws, we in _windows(lowered, hits, start, end, text):
        toks = [_Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text, ws, we)]
        asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, ws, we)]
        if asides:  # "12 Marines and, as of this writing, 60 civilians": the list goes on past the aside
            toks = [t for t in toks if not any(a <= t.start and t.end <= b for a, b in asides)]
        grammar = _Grammar(text, toks, gid)
        found.extend(grammar.run())
        gid = grammar.gid + 1
    found.sort(key=lambda fg: (fg[0].start, fg[0].end))
    out: list[tuple[Figure, int]] = []
    seen: set[tuple[str, int, int]] = set()
    for f, g in found:
        key = (f.kind, f.start, f.end)
        if key not in seen:
            seen.add(key)
            out.append((f, g))
    return out


def _windows(lowered: str, stems: list[str], start: int, end: int, text: str) -> list[tuple[int, int]]:
    """Merged windows of context around the trigger stems, cut on word boundaries."""
    positions: list[int] = []
    for stem in stems:
        p = lowered.find(stem)
        while p >= 0:
            positions.append(p)
            p = lowered.find(stem, p + len(stem))
    positions.sort()
    spans: list[tuple[int, int]] = []
    for p in positions:
        ws, we = max(start, start + p - _WINDOW), min(end, start + p + _WINDOW)
        if spans and ws <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], we))
        else:
            spans.append((ws, we))
    out = []
    for ws, we in spans:
        if ws > start and text[ws - 1].isalnum():
            while ws < we and text[ws].isalnum():
                ws += 1
        if we < end and text[we].isalnum():
            while we > ws and text[we - 1].isalnum():
                we -= 1
        out.append((ws, we))
    return out


# --- aggregation ----------------------------------------------------------------------------------


def _total(found: list[tuple[Figure, int]], kind: str) -> int | None:
    """The total of one kind: lists add up, restatements do not, additional figures do; when the
    figure was revised ("first gave 36 dead, then 41; the final count was 45") the last one stands."""
    revised = [f for f, _ in found if f.kind == kind and f.revision and f.best is not None]
    if revised:
        return revised[-1].best
    own = [(f, g) for f, g in found if f.kind == kind and f.best]
    if not any(not f.subset for f, _ in own):
        own = [(f, g) for f, g in own]  # only parts were stated ("three of the passengers"): use them
    else:
        own = [(f, g) for f, g in own if not f.subset]
    if not own:
        nil = any(f.best == 0 and f.kind in (kind, "casualties") for f, _ in found)
        joint = any(f.kind == "casualties" and f.best for f, _ in found)
        return 0 if nil and not joint else None
    groups: dict[int, list[Figure]] = {}
    for f, g in own:
        groups.setdefault(g, []).append(f)
    generic = 0
    specific: dict[tuple[str, int], int] = {}
    extra = 0
    names: set[str] = set()
    first = True
    for figs in groups.values():
        kept = []
        for f in figs:
            if f.qualifier is None and f.best == 1 and f.who:
                words = {w.strip(",.’'s").lower() for w in f.who.split() if w[:1].isupper() and len(w) > 2}
                if words & names:
                    continue  # the same named person again
                names |= words
            kept.append(f)
        if not kept:
            continue
        value = sum(f.best or 0 for f in kept)
        who = " + ".join((f.who or "").lower() for f in kept)
        head = who.split()[-1] if who.split() else ""
        definite = len(kept) == 1 and kept[0].qualifier is None and (kept[0].who or "").lower().startswith(
            ("the ", "his ", "her ", "their "))
        if all(f.additional for f in kept) or (head == "others" and not first):
            extra += value
        elif len(kept) == 1 and (not who or head in _GENERIC_WHO or definite):
            generic = max(generic, value)
        else:
            specific.setdefault((who, value), value)
        first = False
    return max(generic, sum(specific.values())) + extra


# --- grammar --------------------------------------------------------------------------------------


class _Grammar:
    """Reads the figures of one window of tokens."""

    def __init__(self, text: str, toks: list[_Tok], gid: int) -> None:
        self.text = text
        self.toks = toks
        self.low = [t.low for t in toks]
        self.out: list[tuple[Figure, int]] = []
        self.used: set[int] = set()  # token indices of counts already read
        self.gid = gid
        self.last_pred: tuple[int, int, str] | None = None  # (token index, group, kind) of the last predicate

    # token helpers ------------------------------------------------------------------------------

    def _w(self, i: int) -> str:
        return self.low[i] if 0 <= i < len(self.low) else ""

    def _is_boundary(self, i: int) -> bool:
        if i < 0:
            return True
        w = self.low[i]
        return w in _PUNCT_BOUNDARY or w in _CLAUSE

    def _sentence_start(self, i: int) -> int:
        k = i
        while k > 0 and self.low[k - 1] not in (".", ";", "!", "?"):
            k -= 1
        return k

    def _count_at(self, i: int) -> Count | None:
        if not 0 <= i < len(self.low):
            return None
        w = self.low[i]
        if not (w[:1].isdigit() or w[:1].isalpha()):
            return None
        c = parse_count(self.low, i)
        return c if c is not None and self._plausible(c) else None

    def _plausible(self, c: Count) -> bool:
        """Not a date, an age, a year, money, a time, a measure or a reference number."""
        nxt, nxt2, prev = self._w(c.end), self._w(c.end + 1), self._w(c.start - 1)
        digits = self.toks[c.start].text[:1].isdigit()
        if nxt in _MONTHS or (prev in _MONTHS and digits):
            return False
        if (nxt == "-" and nxt2.startswith("year")) or nxt.startswith("year") or nxt in (
                "percent", "%", "per", "rupees", "rs", "dollars", "usd", "pounds", "euros", "afghanis", "billion",
                "crore", "lakh", "pm", "am", "p.m.", "a.m.", "hours", "hrs", "minutes", "kg", "km", "kilograms",
                "kilometres", "kilometers", "miles", "metres", "meters", "feet", "th", "st", "nd", "rd", "/",
                "times", "rounds", "shots", "bullets", "vehicles", "houses", "buildings", "shops", "rockets",
                "grenades", "bombs", "days", "weeks", "months", "o'clock", ")"):
            return False
        if nxt == ":" or (nxt == "." and nxt2[:1].isdigit()):
            return False
        if digits and prev in ("$", "£", "€", "rs", "usd", "page", "p", "pp", "resolution", "no", "number",
                               "article", "/", "#", "para", "paragraph", "section", "chapter", "vol", "volume",
                               "aged", "age", "phase", "rescue", "route", "highway", "block", "sector", "unit",
                               "(", "-", "flight", "room", "ward", "gate"):
            return False
        if digits and c.value is not None and 1900 <= c.value <= 2100 and "," not in self.toks[c.start].text:
            return nxt.isalpha() and nxt not in _PREPS and nxt not in _CLAUSE and nxt not in _PREDICATES
        return True

    def _qualifier(self, c: Count) -> tuple[str | None, int]:
        """The qualifier written before count c, and the token index where it begins."""
        for words, o in _QUALIFIER_WORDS.get(self._w(c.start - 1), ()):
            k = len(words)
            if o == k - 1 and c.start - k >= 0 and tuple(self.low[c.start - k:c.start]) == words:
                return _QUALIFIER_KIND[words], c.start - k
        return None, c.start

    def _qualifier_around(self, s: int) -> int | None:
        """If token s is inside a qualifier that a count follows, the qualifier's first index."""
        for words, o in _QUALIFIER_WORDS.get(self._w(s), ()):
            a = s - o
            n = len(words)
            if a >= 0 and tuple(self.low[a:a + n]) == words and self._count_at(a + n) is not None:
                return a
        return None

    def _skip_qualifier(self, k: int) -> int:
        for words, o in _QUALIFIER_WORDS.get(self._w(k), ()):
            if o == 0 and tuple(self.low[k:k + len(words)]) == words:
                return k + len(words)
        return k

    def _range_end(self, c: Count) -> tuple[Count | None, bool]:
        """'10 to 15', '10-15', 'between 10 and 15': the upper count, and whether 'between' opened it."""
        if c.value is None:
            return None, False
        between = self._w(c.start - 1) == "between"
        sep = self._w(c.end)
        if sep in ("to", "-", "–") or (sep == "and" and between):
            hi = self._count_at(c.end + 1)
            if hi is not None and hi.value is not None and hi.value > c.value:
                return hi, between
        return None, False

    def _who_after(self, j: int, limit: int = 5) -> tuple[str | None, int]:
        """The noun phrase naming who, from token j: (text as written, end index)."""
        low = self.low
        k = j
        while k < len(low) and k - j < limit:
            w = low[k]
            if w == "of" and k > j:
                k += 1
                continue
            if w in ("'s", "’s", "-") and k > j:
                k += 1
                continue
            if not w[:1].isalpha() or w in _PREPS or w in _CLAUSE or w in _CASUALTY_VERBS or w in _PREDICATES \
                    or w in _AUX or w in _PERFECT or w in ("lost", "later", "including", "also", "all", "both"):
                break
            k += 1
        while k > j and low[k - 1] in ("of", "the", "-", "a", "an", "his", "her", "their"):
            k -= 1
        if k == j:
            return None, j
        return self.text[self.toks[j].start:self.toks[k - 1].end], k

    def _also_near(self, a: int, b: int) -> bool:
        return any(w in ("also", "another", "additional", "further", "more") for w in self.low[max(0, a):b])

    def _subset_before(self, i: int) -> bool:
        """'including 3 soldiers', 'among them two children': token i is inside a part."""
        low = self.low
        for k in range(i - 1, max(-1, i - 4), -1):
            w = low[k]
            if w in (".", ";", "!", "?"):
                return False
            if w in ("including", "incl", "excluding") or (w == "among" and self._w(k + 1) in (
                    "them", "whom", "the", "those")) or (w == "of" and self._w(k + 1) in ("whom", "them")) \
                    or (w == "to" and self._w(k + 1) == "include"):
                return True
        return False

    # output -------------------------------------------------------------------------------------

    def _new_group(self) -> int:
        self.gid += 1
        return self.gid

    def _emit(self, group: int, kind: str, count: Count | None, value: int | None, first: int, last: int,
              who: str | None, qualifier: str | None = None, high: Count | None = None, subset: bool = False,
              additional: bool = False) -> None:
        """Record a figure covering tokens first..last (inclusive)."""
        low_v: int | None
        high_v: int | None
        best = value
        if count is None:  # implied by a singular noun phrase, or a nil report
            low_v = high_v = best
            qualifier = "exact" if best == 0 else None
        elif count.value is None:  # vague: "dozens"
            best, low_v, high_v, qualifier = None, count.low, None, "at_least"
        elif high is not None and high.value is not None:
            low_v, high_v, qualifier = best, high.value, None
        elif count.approximate:
            qualifier, low_v, high_v = qualifier or "about", None, None
        elif qualifier in ("at_least", "more_than"):
            low_v, high_v = best, None
        elif qualifier in ("nearly", "up_to"):
            low_v, high_v = None, best
        elif qualifier == "about":
            low_v = high_v = None
        else:
            qualifier, low_v, high_v = "exact", best, best
        if who is not None and who.split()[-1].lower() in _PERPETRATORS:
            additional = True
        a, b = self.toks[first].start, self.toks[last].end
        fig = Figure(kind, best, low_v, high_v, qualifier, who, a, b, self.text[a:b], subset, additional)
        self.out.append((fig, group))

    def _emit_item(self, group: int, kind: str, it: _Item, additional: bool = False) -> None:
        c = it.count
        subset = it.subset or self._subset_before(it.start)
        if c is not None:
            q, qstart = self._qualifier(c)
            hi, between = self._range_end(c)
            if between:
                qstart = c.start - 1
            end = hi.end if hi is not None else c.end
            who, wend = self._who_after(end)
            if who is None and self.out and self._w(qstart - 1) == "and":
                last = self.out[-1][0]
                if last.who and 0 <= self.toks[qstart].start - last.end <= 40 and last.kind != kind:
                    who = last.who
            self.used.update(range(c.start, end))
            self._emit(group, kind, c, c.value, qstart, max(wend, end) - 1, _clean_who(who), q, hi, subset,
                       additional or it.additional)
        elif it.value is not None:
            who = self.text[self.toks[it.start].start:self.toks[it.end - 1].end]
            self._emit(group, kind, None, it.value, it.start, it.end - 1, _clean_who(who), None, None, subset,
                       additional or it.additional)

    # passes -------------------------------------------------------------------------------------

    def run(self) -> list[tuple[Figure, int]]:
        low = self.low
        for i, w in enumerate(low):
            if w in _CASUALTY_VERBS or (w == "dead" and self._w(i - 1) == "shot"):
                self._active(i)
            if w in _PREDICATES:
                self._predicate(i)
            if w in ("himself", "herself", "themselves"):
                self._reflexive(i)
            if w == "toll":
                self._toll(i)
            if w == "number" and self._w(i + 1) == "of":
                self._number_of(i)
            if w == "with" and (self._w(i - 1) in ("killed", "dead", "died", "slain") or (
                    self._w(i - 1) == "along" and self._w(i - 2) in ("killed", "dead", "died", "slain"))):
                self._killed_with(i)
            if w in _REVISION_NOUNS or w in ("then", "revised") and self.out:
                self._revision(i)
            if w in _NOMINALS:
                self._nominal(i)
            if w in _NEGATIONS or w in _NIL_ADJ or w == "without":
                self._nil(i)
            if w == "addition" and self._w(i - 1) == "in" and self._w(i + 1) == "to":
                self._in_addition(i)
        return self.out

    def _kind_of(self, w: str) -> str:
        return "killed" if w in _KILL_ACTIVE or w in _KILL_PRED else "wounded"

    def _back_over_aux(self, i: int) -> tuple[int, str | None, bool, bool]:
        """From predicate i, walk back over adverbs, auxiliaries and 'shot and': (index before them,
        first auxiliary met, negated, 'also')."""
        low = self.low
        k = i - 1
        aux: str | None = None
        neg = also = False
        while k >= 0:
            w = low[k]
            if w in _AUX or w in _PERFECT:
                if aux is None:
                    aux = w
                elif aux in ("been", "being", "be"):
                    aux = w + "+been"  # "have been", "were being": passive, numbered by w
            elif w in ("not", "never", "n't"):
                neg = True
            elif w in ("also", "too"):
                also = True
            elif w == "and" and k > 0 and (low[k - 1].endswith("ed") or low[k - 1] in (
                    "shot", "hit", "struck", "beaten", "stabbed", "taken", "caught", "abducted")) \
                    and low[k - 1] not in _PREDICATES:
                k -= 1  # "were shot and killed"
            elif (w not in _ADVERBS and not (w.endswith("ly") and len(w) > 4 and k + 1 < i)) \
                    or (w == "left" and aux is None):
                break
            k -= 1
        return k, aux, neg, also

    def _is_passive(self, i: int) -> bool:
        _, aux, _, _ = self._back_over_aux(i)
        return aux is not None and aux not in _PERFECT

    def _joint(self, i: int) -> tuple[str | None, int]:
        """'killed and wounded', 'killed or injured': the joint kind and the index after it."""
        low = self.low
        if i + 2 < len(low) and low[i + 1] in ("and", "or", "and/or", "/"):
            w2 = low[i + 2]
            if (w2 in _CASUALTY_VERBS or w2 in _PREDICATES) and (self._kind_of(low[i]) != self._kind_of(w2)):
                return "casualties", i + 3
        return None, i + 1

    def _active(self, i: int) -> None:
        """'killing 12 people and wounding 30', 'shot and killed a policeman', 'killed or injured 20'."""
        low = self.low
        w = low[i]
        if w in _TRANSITIVE_PRED and self._is_passive(i):
            return
        if w == "dead":
            w = "killed"
        if self._w(i - 1) in ("and", "or", "/") and (self._w(i - 2) in _CASUALTY_VERBS) \
                and self._kind_of(self._w(i - 2)) != self._kind_of(w):
            return  # the second verb of "killed and wounded 20", read from the first
        joint, j = self._joint(i)
        kind = joint or self._kind_of(w)
        nominal = False
        if self._w(j) == "of" and w in ("killing", "killings", "massacre", "murder", "murders"):
            j += 1  # "the killing of 12 people": counts only
            nominal = True
        while self._w(j) in ("also", "reportedly", "allegedly", "instantly", "only"):
            j += 1
        if self._w(j) == "all" and self._count_at(j + 1) is not None:
            j += 1  # "killing all five passengers"
        if self._w(j) == "the" and self._count_at(j + 1) is not None:
            j += 1  # "killing the 14 passengers aboard"
        items = self._object_items(j)
        if nominal:
            items = [it for it in items if it.count is not None]
        if not items:
            return
        additional = self._also_near(i - 2, i)
        group = self._new_group()
        for it in items:
            self._emit_item(group, kind, it, additional)
        end = items[-1].end
        if self._w(end) == ",":
            end += 1
        if self._w(end) in ("along", "together") and self._w(end + 1) == "with":
            for it in self._object_items(end + 2):  # "killed the commander along with his driver and three others"
                self._emit_item(group, kind, it)

    def _object_items(self, j: int) -> list[_Item]:
        """The list of noun phrases starting at token j (the object of a casualty verb)."""
        low = self.low
        items: list[_Item] = []
        k = j
        while k < len(low):
            q = self._skip_qualifier(k)
            extra = False
            if self._w(q) in ("another", "other"):
                q += 1
                extra = True
            if self._w(q) in ("his", "her", "their", "all", "the") and self._count_at(q + 1) is not None:
                q += 1  # "and his five bodyguards"
            c = self._count_at(q)
            if c is not None and q in self.used:
                return items
            if c is not None:
                hi, _ = self._range_end(c)
                end = hi.end if hi is not None else c.end
                _, wend = self._who_after(end)
                items.append(_Item(q, wend, c, c.value, additional=extra))
            elif low[q] in ("them", "both") and self._w(q + 1) in ("both", "of") or low[q] == "both":
                wend = q + (3 if self._w(q + 1) == "of" else 2 if low[q] == "them" else 1)
                items.append(_Item(q, wend, None, 2))
            else:
                single = self._singular_object(q)
                if single is None:
                    break
                items.append(_Item(q, single, None, 1, additional=extra))
                wend = single
                # an apposition: "a tribal leader, Ajmal Khan," / "Sindh Assembly leader, Abdullah Murad,"
                if self._w(wend) == "," and self._w(wend + 1) != "and":
                    other = self._singular_object(wend + 1)
                    if other is not None and self._is_name(wend + 1) != self._is_name(q) \
                            and self._w(other) in (",", "and"):
                        wend = other
            # the list goes on: "and 13 U.S. service members", ", two policemen and a civilian"
            sep = self._w(wend)
            if sep == "," and self._w(wend + 1) in _APPOSITION_HEADS:
                # "killing 20 hostages, most of them Italian and Japanese, and two police officers"
                for x in range(wend + 2, min(len(low), wend + 12)):
                    if low[x] == ",":
                        wend = x
                        break
                    if low[x] in (".", ";") or low[x] in _CASUALTY_VERBS:
                        break
            if sep in ("and", ",", "as") and wend + 1 < len(low):
                if sep == "as" and self._w(wend + 1) == "well" and self._w(wend + 2) == "as":
                    nxt = wend + 3
                elif sep == "as":
                    break
                else:
                    nxt = wend + 1 + (sep == "," and self._w(wend + 1) == "and")
                if self._starts_count(nxt) and not self._opens_clause(nxt):
                    k = nxt
                    continue
                if self._singular_object(nxt) is not None and (self._w(nxt - 1) == "and" or self._and_follows(nxt)) \
                        and not self._clause_subject(nxt):
                    k = nxt
                    continue
            break
        return items

    def _clause_subject(self, k: int) -> bool:
        """Whether the noun phrase at k opens a clause of its own: "killing 40 people, and Umarov claimed the
        bombings", "killing a guard, and a passer-by was wounded" (a finite verb follows it)."""
        end = self._singular_object(k)
        if end is None:
            return False
        w = self._w(end)
        if self._w(end + 1) == "to":
            return False  # "a teacher said to be a witness", "a man believed to be the driver"
        return w in _AUX or w in _PERFECT or w in _CLAIM_VERBS or (
            w.endswith("ed") and w.isalpha() and w not in _CASUALTY_VERBS and w not in _PREDICATES)

    def _opens_clause(self, k: int) -> bool:
        """Whether the count at k is the subject of a clause of its own: "killed 12 Marines and 3 civilians
        were wounded" (the 3 were wounded, not killed)."""
        c = self._count_at(self._skip_qualifier(k))
        if c is None:
            return False
        hi, _ = self._range_end(c)
        _, wend = self._who_after(hi.end if hi is not None else c.end)
        if self._w(wend) not in _AUX and self._w(wend) not in _PERFECT:
            return False
        nxt = wend + 1 + (self._w(wend + 1) in ("been",) or self._w(wend + 1) in _ADVERBS)
        return self._w(nxt) in _PREDICATES

    def _and_follows(self, k: int) -> bool:
        """A comma list that ends with 'and' within a few tokens: 'his wife, son, and brother'."""
        for x in range(k, min(len(self.low), k + 8)):
            w = self.low[x]
            if w == "and":
                return True
            if w in _PUNCT_BOUNDARY or w in _CLAUSE or w in _PREPS or w in _CASUALTY_VERBS:
                return False
        return False

    def _starts_count(self, k: int) -> bool:
        k = self._skip_qualifier(k)
        if self._w(k) in ("another", "other", "his", "her", "their", "all"):
            k += 1
        c = self._count_at(k)
        # "five of which were women" is a part, not another member
        return c is not None and self._w(c.end) not in _CASUALTY_VERBS and self._w(c.end) != "of"

    def _singular_object(self, k: int) -> int | None:
        """'a policeman', 'the driver', 'himself', 'Tanveer Shah', 'another': its end index, or None."""
        low = self.low
        if k >= len(low):
            return None
        w = low[k]
        if w in ("himself", "herself", "another"):
            return k + 1
        if w in _DETERMINERS and w not in ("this", "that"):
            e = k + 1
            while e < len(low) and e - k <= 5 and (low[e][:1].isalpha() or low[e] in ("'s", "’s", "-")) \
                    and low[e] not in _PREPS and low[e] not in _CLAUSE and low[e] not in _CASUALTY_VERBS \
                    and low[e] not in _AUX and low[e] not in _PERFECT:
                e += 1
            if e == k + 1 or not self._singular_head(e - 1):
                return None
            if w == "one" and self._w(e) == "of":
                return None
            return e
        if self._is_name(k):
            e = k + 1
            while e < len(low) and e - k < 4 and self._is_name(e):
                e += 1
            return e
        return None

    def _is_name(self, k: int) -> bool:
        t = self.toks[k]
        w = t.low
        return t.text[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and w not in _MONTHS \
            and w not in _WEEKDAYS and w not in _CLAUSE and w not in _PREPS and w not in _DETERMINERS \
            and w not in _PRONOUNS and w not in ("i", "it", "they", "we", "you", "police", "security") \
            and w not in _CASUALTY_VERBS

    def _singular_head(self, b: int) -> bool:
        head = self.low[b]
        if not head[:1].isalpha() or head in _PLURAL_NOUNS or head in _NOT_PEOPLE or head in _NEGATIONS:
            return False
        if head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and not self.toks[b].text[:1].isupper():
            return False
        return True

    # subjects -------------------------------------------------------------------------------------

    def _np_start(self, k: int, hop: bool) -> int:
        """Scan back from token k over one noun phrase: the index of the token before it. With `hop`,
        one prepositional phrase is crossed ('two men from the Hazara community')."""
        low = self.low
        s = k
        depth = 0
        while s >= 0 and k - s <= 16:
            w = low[s]
            if w == ")":
                depth += 1
            elif w == "(" and depth > 0:
                depth -= 1
            elif depth == 0 and (self._is_boundary(s) or w == "," or (w in _PREPS and w != "of")
                                 or w in _CASUALTY_VERBS or w in _AUX or w in _PERFECT or w in _SUICIDE_VERBS
                                 or w in ("left", "leaving", "leaves", "both", "along", "sustained", "suffered")):
                qual = self._qualifier_around(s)
                if qual is not None:
                    s = qual - 1  # "at least six people", "up to 15 people"
                    continue
                if w == "and" and self._w(s - 2) == "between" and self._count_at(s - 1) is not None:
                    s -= 3  # "between 10 and 15 people"
                    continue
                if hop and w in _PREPS and w not in ("by", "to", "than", "including", "after", "before") and s > 0 \
                        and low[s - 1][:1].isalpha() and low[s - 1] not in _CLAUSE and low[s - 1] not in _AUX \
                        and low[s - 1] not in _PREPS:
                    hop = False
                    s -= 1
                    continue
                break
            s -= 1
        return s

    def _subject_items(self, e: int) -> tuple[list[_Item], bool]:
        """The list of noun phrases ending at token e (inclusive), read backwards; and 'both'."""
        low = self.low
        items: list[_Item] = []
        k = e
        both = False
        joined_by_and = False
        while k >= 0:
            if low[k] == ",":
                k -= 1
            s = self._np_start(k, hop=False)
            item = self._read_item(s + 1, k) if s + 1 <= k else None
            if not items and (item is None or item.count is None and not item.negated):
                s2 = self._np_start(k, hop=True)
                if s2 < s:
                    wider = self._read_item(s2 + 1, k)
                    if wider is not None and wider.count is not None:
                        s, item = s2, wider
            left = self._w(s) if s >= 0 else "."
            if item is None:
                if left in ("including", "excluding") and s > 0:
                    k = s - 1  # "three people, including civilians, were injured"
                    for it in items:
                        it.subset = True
                    continue
                break
            if items:
                prev = items[-1]
                sep = self._w(prev.start - 1)
                if not (s < 0 or self._is_boundary(s) or left in (",", "both", "and", "with", "including")):
                    break  # "a market" in "exploded in a market and three people were injured"
                if sep == "," and item.count is not None and all(it.count is None for it in items):
                    for it in items:  # "two others, a driver and a guard," / "One teacher, Razaq,"
                        it.appositive = True
                elif sep == "," and not joined_by_and and item.count is None and not item.negated:
                    apposition = prev.count is None and (
                        (self._is_name(item.start) and low[prev.start] in _DETERMINERS)
                        or (low[item.start] in _DETERMINERS and self._is_name(prev.start)))
                    if not apposition:
                        break  # "Karachi, Pakistan, one civilian": places, not a list
                    prev.appositive = True
                    items.append(item)
                    if left in ("and", "both", "including") or (left == "," and self._w(s - 1) == "and"):
                        joined_by_and = left != "including"
                        k = s - 1 if left != "," else s - 2
                        if left == "both":
                            both = True
                            break
                        if left == "including":
                            for it in items:
                                it.subset = True
                        elif low[k] == ",":
                            k -= 1
                        continue
                    break  # "Naqvi, a party leader,": one apposition
            items.append(item)
            if left == "both":
                both = True
                break
            if left in ("including", "excluding"):
                for it in items:
                    it.subset = True
                k = s - 1
                continue
            if left == "to" and self._w(s - 1) == "addition" and self._w(s - 2) == "in":
                if len(items) == 1 and self._w(s - 3) != ",":
                    items[0].additional = True  # "two people in addition to the assailant were killed"
                    k = s - 3
                    continue
                items.pop()
                break
            if left == "with" and self._w(s - 1) == "along":
                joined_by_and = True
                k = s - 2
                continue
            if left in ("and", ",") and s > 0:
                k = s - 1
                if left == "and" or (left == "," and low[k] == "and"):
                    joined_by_and = True
                if left == "," and low[k] == "and":
                    k -= 1
                elif left == "and" and low[k] == ",":
                    k -= 1
                continue
            break
        items.reverse()
        # appositives within an and-list: "Naqvi, a party leader, and his guard"
        for x in range(1, len(items)):
            prev, cur = items[x - 1], items[x]
            if cur.count is None and prev.count is None and not prev.appositive and self._w(cur.start - 1) == ",":
                pname = self._is_name(prev.start)
                cdet = low[cur.start] in _DETERMINERS
                cname = self._is_name(cur.start)
                if (pname and cdet) or (not pname and cname):
                    cur.appositive = True
        return items, both

    def _read_item(self, a: int, b: int) -> _Item | None:
        """A subject noun phrase tokens a..b: its count, or 1 for a singular person."""
        low = self.low
        words = low[a:b + 1]
        if any(w in _NEGATIONS for w in words):
            return _Item(a, b + 1, None, 0, negated=True)
        for x in range(a, b + 1):
            if x in self.used:
                return None
            c = self._count_at(x)
            if c is not None and c.end <= b + 1:
                if c.value == 1 and c.end <= b and low[c.end] == "of":
                    return _Item(a, b + 1, None, 1)  # "one of the guards"
                item = _Item(x, b + 1, c, c.value)
                if c.end <= b and low[c.end] == "of" and self._w(c.end + 1) in ("the", "those", "them", "these"):
                    item.subset = True  # "three of the passengers"
                item.additional = self._w(x - 1) in ("another", "other") or self._w(c.end) == "more"
                return item
        # the head: the last word outside brackets
        depth = 0
        head = -1
        for x in range(b, a - 1, -1):
            if low[x] == ")":
                depth += 1
            elif low[x] == "(":
                depth -= 1
            elif depth == 0 and low[x][:1].isalpha():
                head = x
                break
        if head < 0:
            return None
        if low[head] in _PRONOUNS and head == a:
            # 'another' counts one; 'he'/'she' refer to someone counted (or not) elsewhere
            return _Item(a, b + 1, None, 1) if low[head] == "another" else None
        if low[head] in ("victim", "deceased") and low[a] == "the":
            return None  # "the victim" refers back
        if not self._singular_head(head):
            return None
        return _Item(a, b + 1, None, 1)

    # predicates -----------------------------------------------------------------------------------

    def _predicate(self, i: int) -> None:
        """'three soldiers were killed', '12 dead', 'the constable was killed', '35 people died',
        '20 people sustained injuries', 'lost their lives'."""
        low = self.low
        w = low[i]
        if w in ("injuries", "wounds"):
            if self._w(i - 1) in ("serious", "minor", "severe", "critical", "fatal", "gunshot", "bullet", "multiple"):
                i0 = i - 1
            else:
                i0 = i
            if self._w(i0 - 1) not in ("sustained", "suffered", "received", "sustaining", "suffering"):
                return
            kind, k = "wounded", i0 - 2
            aux, neg, also = None, False, False
        elif w == "lives":
            if self._w(i - 1) not in ("their", "his", "her") or self._w(i - 2) not in ("lost", "lose"):
                return
            k, aux, neg, also = self._back_over_aux(i - 2)
            kind = "killed"
        else:
            if self._w(i - 1) in ("and", "or") and self._w(i - 2) in _PREDICATES:
                if self._kind_of(self._w(i - 2)) != self._kind_of(w):
                    return  # the second half of "were killed or injured"
            kind = self._kind_of(w) if w != "harmed" else "casualties"
            joint, _ = self._joint(i)
            kind = joint or kind
            k, aux, neg, also = self._back_over_aux(i)
        if aux in _PERFECT and w in _TRANSITIVE_PRED:
            return  # "has killed four officials": active
        if w in _INTRANSITIVE and self._w(i - 1) == "to":
            return  # "ready to die", "willing to die for the cause": an intent, not a death
        transitive = w in _TRANSITIVE_PRED or w == "dead"
        if neg:
            self._nil_figure(kind, i, i)
            return
        chain_both = "both" in low[max(0, k + 1):i]
        if chain_both and (k < 0 or low[k] in _PUNCT_BOUNDARY or low[k] in (",", "and", "but")
                           or self._w(k + 1) == "both"):
            group = self._new_group()
            self._emit(group, kind, None, 2, k + 1, i, None, additional=also)
            self.last_pred = (i, group, kind)
            return
        if k < 0:
            return
        if low[k] == ",":
            k -= 1
        if k < 0:
            return
        if w in _INTRANSITIVE and self._w(k) == "and" and self.last_pred is not None \
                and 0 < i - self.last_pred[0] <= 8 and self.last_pred[2] == "wounded":
            self._died_later(self.last_pred[1])
            return
        if aux is None and transitive:
            # reduced: "12 killed", "three people killed in a blast", "left 12 dead": a count is needed
            nxt = self._w(i + 1)
            if w != "dead" and (self._count_at(i + 1) is not None or self._singular_object(i + 1) is not None
                                or (nxt[:1].isalpha() and nxt not in _PREPS and nxt not in _CLAUSE
                                    and nxt not in _WEEKDAYS and nxt not in _PREDICATES and nxt not in _ADVERBS
                                    and not nxt.endswith("ly") and nxt not in ("yesterday", "today", "overnight"))):
                return  # active with an object: "fighters killed civilians"
            items, both = self._subject_items(k)
            if any(it.count is not None for it in items):
                items = [it for it in items if it.count is not None]
            elif not (items and self._elliptic(items[0].start)) and not both:
                return
        else:
            items, both = self._subject_items(k)
        if not items and not both:
            return
        counted = [it for it in items if not it.appositive]
        if any(it.negated for it in counted):
            self._nil_figure(kind, counted[0].start, i)
            return
        plain = [it for it in counted if it.count is None]
        if both and all(it.count is None for it in counted):
            group = self._new_group()
            first = max(0, (counted[0].start if counted else k) - 1)
            self._emit(group, kind, None, 2, first, i, None, additional=also)
            self.last_pred = (i, group, kind)
            return
        if aux is not None and aux.split("+")[0] in _SINGULAR_AUX and plain and len(plain) == len(counted):
            counted = counted[:1]
        elif len(counted) == 1 and plain and (aux is None or aux.split("+")[0] in _PLURAL_AUX) \
                and w not in _INTRANSITIVE and w != "lives" and not self._elliptic(counted[0].start):
            if aux is not None:
                return  # a plural noun phrase without a number ("policemen were killed")
        group = self._new_group()
        for it in counted:
            self._emit_item(group, kind, it, additional=also)
        self._along_with(i, group, kind)
        self.last_pred = (i, group, kind)

    def _along_with(self, i: int, group: int, kind: str) -> None:
        """'was killed in the assault, along with his son and an aide'."""
        for x in range(i + 1, min(len(self.low), i + 10)):
            w = self.low[x]
            if w in (".", ";", ":") or w in _CASUALTY_VERBS or w in _AUX:
                return
            if w in ("along", "together") and self._w(x + 1) == "with":
                for it in self._object_items(x + 2):
                    self._emit_item(group, kind, it)
                return

    def _elliptic(self, a: int) -> bool:
        """Subject after 'and' that follows an earlier passive clause: '... was killed and his guard wounded'."""
        if self._w(a - 1) != "and" or self.last_pred is None:
            return False
        return 0 < a - self.last_pred[0] <= 3

    def _died_later(self, group: int) -> None:
        """'was injured and later died': the wounded of that clause are counted as killed."""
        for n, (f, g) in enumerate(self.out):
            if g == group and f.kind == "wounded":
                self.out[n] = (Figure("killed", f.best, f.low, f.high, f.qualifier, f.who, f.start, f.end, f.text,
                                      f.subset, f.additional), g)

    def _nil_figure(self, kind: str, first: int, last: int) -> None:
        a, b = self.toks[first].start, self.toks[last].end
        self.out.append((Figure(kind, 0, 0, 0, "exact", None, a, b, self.text[a:b]), self._new_group()))

    def _reflexive(self, i: int) -> None:
        """'blew himself up', 'detonated himself', 'two bombers blew themselves up': the attackers died."""
        low = self.low
        if self._w(i - 1) not in _SUICIDE_VERBS or low[i - 1] in _CASUALTY_VERBS:
            return  # 'killed himself' is read as an object of 'killed'
        if low[i - 1] == "shot" and self._w(i + 1) != "dead" and self._w(i - 2) not in ("he", "she"):
            return
        group = self._new_group()
        if low[i] == "themselves":
            items, _ = self._subject_items(i - 2)
            counted = [it for it in items if it.count is not None and it.value]
            if counted and counted[0].count is not None:
                it, c = counted[0], counted[0].count
                who = self.text[self.toks[c.end].start:self.toks[it.end - 1].end] if it.end > c.end else None
                self._emit(group, "killed", c, it.value, it.start, i, _clean_who(who) or "themselves",
                           additional=True)
            return
        self._emit(group, "killed", None, 1, i - 1, i, low[i], additional=True)

    def _in_addition(self, i: int) -> None:
        """'In addition to the bomber, seven people were killed': the bomber is counted too."""
        j = i + 2
        if self._w(j) in ("the", "a", "an"):
            j += 1
        c = self._count_at(j)
        end = c.end if c is not None else j
        who, wend = self._who_after(end, 3)
        if who is None or who.split()[-1].lower() not in _PERPETRATORS or self._w(wend) != ",":
            return
        # the clause must go on to a killing
        for x in range(wend, min(len(self.low), wend + 12)):
            w = self.low[x]
            if w in (".", ";"):
                return
            if w in _KILL_PRED or w in _KILL_ACTIVE:
                group = self._new_group()
                value = c.value if c is not None else 1
                self._emit(group, "killed", c, value, i - 1, wend - 1, _clean_who(who), additional=True)
                return

    # nouns ------------------------------------------------------------------------------------------

    def _revision(self, i: int) -> None:
        """A later figure for a count just stated: '36 dead, then 41', 'the final count was 45', 'the
        official figure was 102', 'later revised to 103'. Only after a killed or wounded figure."""
        low = self.low
        if not self.out:
            return
        last, _ = self.out[-1]
        if last.kind not in ("killed", "wounded") or last.best is None:
            return
        w = low[i]
        j = i + 1
        if w == "then":
            # "36 dead, then 41": the count right after, the previous figure just before
            between = self.text[last.end:self.toks[i].start]
            if len(between) > 12 or any(ch in between for ch in ".;:!?"):
                return
            nxt = self._count_at(j)
            after = self._w(nxt.end) if nxt is not None else ""
            if after[:1].isalpha() and after not in ("and", "dead", "killed", "people", "deaths", "wounded",
                                                     "injured", "the", "by", "in"):
                return  # "then 3 buses left": another count
        elif w == "revised":
            if self._w(j) in ("up", "down", "upward", "upwards", "downward", "downwards"):
                j += 1
            if self._w(j) != "to":
                return
            j += 1
        else:
            # "the final count was 45", "the official figure stood at 102", "the tally reached 45"
            if self._w(i - 1) not in _REVISION_ADJ and not (self._w(i - 1) == "death" and self._w(i - 2) in _REVISION_ADJ):
                return
            if self._w(j) in ("was", "is", "had", "has", "stood", "reached", "rose", "grew", "climbed"):
                j += 1
                if self._w(j) in ("at", "to", "risen", "reached", "grown", "climbed"):
                    j += 1
                if self._w(j) in ("at", "to"):
                    j += 1
            else:
                return
        c = self._count_at(j)
        if c is None or c.value is None or j in self.used or self._w(c.end) in _NOT_PEOPLE_AFTER:
            return
        q, _ = self._qualifier(c)
        self.used.update(range(c.start, c.end))
        self._emit(self._new_group(), last.kind, c, c.value, i, c.end - 1, None, q)
        fig, g = self.out[-1]
        self.out[-1] = (replace(fig, revision=True), g)

    def _killed_with(self, i: int) -> None:
        """'X was killed with two associates', 'is shot dead with his two bodyguards': the companions died too,
        on top of the one the clause is about."""
        j = i + 1
        if self._w(j) in ("his", "her", "their", "its"):
            j += 1
        c = self._count_at(j)
        if c is None or c.value is None or j in self.used:
            return
        _, wend = self._who_after(c.end)
        who = self.text[self.toks[c.end].start:self.toks[wend - 1].end] if wend > c.end else None
        if who is None or who.split()[-1].lower() in _NOT_PEOPLE:
            return
        self.used.update(range(c.start, c.end))
        group = self._new_group()
        if not any(f.kind == "killed" for f, _ in self.out):
            self._emit(group, "killed", None, 1, i - 1, i - 1, None)  # the one the clause is about
        self._emit(group, "killed", c, c.value, j, wend - 1, _clean_who(who), additional=True)

    def _number_of(self, i: int) -> None:
        """'put the number of dead at about 1,700', 'the number of people killed rose to 40', 'the number of
        wounded stood at 30': a toll by another name."""
        j = i + 2
        if self._w(j) in ("people", "persons", "civilians", "those"):
            j += 1
        w = self._w(j)
        kind = {"dead": "killed", "killed": "killed", "deaths": "killed", "fatalities": "killed",
                "wounded": "wounded", "injured": "wounded", "casualties": "casualties"}.get(w)
        if kind is None:
            return
        # "the number of people killed by a bomber who blew himself up inside the mosque rose to 100": the
        # verb that gives the figure may come after a long relative clause
        for x in range(j + 1, min(len(self.low), j + 40)):
            w = self.low[x]
            if w in (".", ";"):
                break
            if w in _TOLL_RISE and self._w(x + 1) in ("to", "at") and x + 2 not in self.used:
                c = self._count_at(x + 2)
                if c is not None:
                    q, _ = self._qualifier(c)
                    self.used.update(range(j + 1, c.end))  # the figures of the relative clause are part of it
                    self._emit(self._new_group(), kind, c, c.value, i, c.end - 1, None, q)
                    return
        self._toll(j, kind, i)

    def _toll(self, i: int, kind: str | None = None, first: int | None = None) -> None:
        """'the death toll rose to 84', 'a toll of 84', 'raising the death toll to 84'."""
        prev = self._w(i - 1)
        if kind is None:
            kind = "casualties" if prev == "casualty" else "wounded" if prev == "injury" else "killed"
        j = i + 1
        best = None
        while j < len(self.low) and j - i <= 8:
            c = self._count_at(j)
            if c is not None and j not in self.used:
                best = c
                if self._w(c.end) == "to":  # "rose from 80 to 84"
                    nxt = self._count_at(c.end + 1)
                    best = nxt if nxt is not None else c
                break
            if self.low[j] in (".", ";") or self.low[j] in _CASUALTY_VERBS:
                break
            j += 1
        if best is None:
            return
        q, _ = self._qualifier(best)
        if first is None:
            first = i - 1 if prev in ("death", "casualty", "injury") else i
        self.used.update(range(best.start, best.end))
        self._emit(self._new_group(), kind, best, best.value, first, best.end - 1, None, q)

    def _nominal(self, i: int) -> None:
        """'12 deaths', '20 casualties', 'the deaths of eight individuals', 'claimed 12 lives',
        '12 dead and 51 injured' (as nouns), 'the bodies of two tribesmen'."""
        low = self.low
        w = low[i]
        kind = _NOMINALS[w]
        if w == "body":
            # "his body was found": one person was killed
            if self._w(i - 1) in ("his", "her") or (self._w(i - 2) in ("his", "her") and self._w(i - 1)[:1].isalpha()):
                for x in range(i + 1, min(len(low), i + 4)):
                    if low[x] in ("found", "discovered", "recovered", "dumped", "retrieved"):
                        first = i - 1 if self._w(i - 1) in ("his", "her") else i - 2
                        self._emit(self._new_group(), "killed", None, 1, first, x, None)
                        return
            return
        if w == "death" and self._w(i + 1) != "of":
            return
        if w in ("deaths", "death", "bodies", "lives", "casualties") and self._w(i + 1) == "of":
            items = [it for it in self._object_items(i + 2) if it.count is not None]
            if self._w(i + 2) == "the" and self._count_at(i + 3) is not None:
                items = [it for it in self._object_items(i + 3) if it.count is not None]
            if items:
                group = self._new_group()
                for it in items:
                    self._emit_item(group, kind, it)
            return
        if w in ("dead", "injured", "wounded"):
            return  # read as predicates
        for back in (1, 2, 3):
            k = i - back
            if k < 0:
                return
            c = self._count_at(k)
            if c is not None and c.end <= i and all(
                    low[x][:1].isalpha() and low[x] not in _PREPS and low[x] not in _CLAUSE for x in range(c.end, i)):
                if k in self.used:
                    return
                if w == "lives" and not (self._w(i + 1) in ("were", "was", "have", "had", "lost")
                                         or self._w(k - 1) in ("claimed", "claiming", "claims", "took", "taking",
                                                               "cost", "costing", "lost")):
                    return
                who = None if c.end == i else self.text[self.toks[c.end].start:self.toks[i - 1].end]
                q, qstart = self._qualifier(c)
                self.used.update(range(c.start, c.end))
                self._emit(self._new_group(), kind, c, c.value, qstart, i, _clean_who(who), q,
                           subset=self._subset_before(qstart), additional=self._also_near(c.start, i))
                return
            if not low[k][:1].isalpha():
                return

    def _nil(self, i: int) -> None:
        """'no casualties', 'there were no injuries', 'without casualties', 'was unharmed'."""
        low = self.low
        w = low[i]
        if w in _NIL_ADJ:
            self._nil_figure("casualties", i, i)
            return
        if w not in ("no", "without"):
            return  # 'no one', 'nobody', 'none' are read as subjects
        j = i + 1
        if w == "without" and self._w(j) == "any":
            j += 1
        while self._w(j) in ("reported", "immediate", "known", "further", "other", "confirmed", "human",
                             "civilian", "serious", "major", "reports", "report", "of", "word"):
            j += 1
        if self._w(j) == "loss" and self._w(j + 1) == "of" and self._w(j + 2) in ("life", "lives"):
            self._nil_figure("killed", i, j + 2)
            return
        kind = _NIL_NOUNS.get(self._w(j))
        if kind and not (self._w(j) in ("injured", "wounded", "dead") and self._w(j + 1) in _AUX):
            self._nil_figure(kind, i, j)


def _clean_who(who: str | None) -> str | None:
    if not who:
        return None
    words = who.split()
    while words and words[0].lower() in ("of", "the", "other", "more", "another", "additional", "further", "a",
                                         "an"):
        words = words[1:]
    return " ".join(words) or None
