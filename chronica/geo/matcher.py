"""Finding and resolving place names in text.

One pass over the word tokens: at each capitalised token the longest run of up to six tokens whose
normalised key is a gazetteer name is taken (exact key, else a transliteration skeleton, else one typo on a
long Afghan/Pakistani district or province name). Each candidate then collects evidence:

* the tier of the name: countries, provinces, districts, regional cities and world cities of 100,000+
  people are "strong"; towns, villages, small world cities, names of three letters or fewer, names that are
  common English words ("March", "Deal", "Tank"), misspellings and transliteration variants are "weak";
* cues: a locative word before ("in", "near", "outside", "province of"), a type word after ("district",
  "province", "agency", "village"), a neighbouring place in a list ("Bara, Khyber Agency"), the document's
  own countries and provinces;
* blocks: months and weekdays; the name is part of an organisation's name (the capitalised run to its left
  reaches a head word such as "State", "Movement", "Tehrik", "Wilayat": "Islamic State Khorasan Province",
  "Tehrik-i-Taliban Pakistan", "Islamic Movement of Uzbekistan"); the name follows a capitalised given name
  that is not an English word ("Akhtar Mansour", "Usman Ghazi"), in which case later bare uses of the same
  name in the document are treated as that person too.

A candidate is kept when its evidence reaches a threshold. Among the gazetteer rows sharing the name, the
one whose country and province the document (and most strongly the sentence) names wins; a province and
its same-named capital resolve to the city unless the text says "province".
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, compress

from chronica.geo.gazetteer import FOCUS, REGIONAL, Entry, Gazetteer, country_for_adjective, gazetteer
from chronica.geo.model import Place, PlaceMention
from chronica.geo.normalize import fold, key_from_words, skeleton_from_key

_TOKEN = re.compile(r"[^\W\d_]+")
_TOKEN_SPLIT = re.compile(r"([^\W\d_]+)")  # splits a text into gap, token, gap, token, ..., gap
_BOUNDARY = re.compile(r"[.!?;:]\s|\n|[()\[\]]")
_NAME_GAP = re.compile(r"^(?: |-|‐|‑| - | – |-\s)$")
_CHAIN_GAP = re.compile(r"^[ \t\-‐‑–—'‘’\"“”]{1,3}$")

MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# festivals and holy days: "the Sri Lanka Easter bombings" names no person "Sri Lanka Easter"
HOLY_DAYS = frozenset("easter christmas ramadan eid ashura diwali nowruz passover lent muharram".split())
NAME_INNER = frozenset({"e", "i", "ye", "wa", "al", "el", "ul", "and", "of", "the", "de", "da", "du", "la", "le", "es", "des", "del", "do", "dos", "das", "ar", "as", "ad", "an", "ash", "at", "az", "bin", "ibn", "y"})
LOCATIVE = frozenset(
    "in near at from outside around across inside into toward towards via through throughout between to "
    "within along of".split()
)
GEO_NOUNS = frozenset(
    "province provinces district districts city town village villages area areas outskirts capital region "
    "suburbs suburb parts part north south east west northeast northwest southeast southwest centre center "
    "agency tehsil governor residents border".split()
)
SUFFIX_FEATURE = {
    "province": "admin1", "provinces": "admin1", "provnce": "admin1", "state": "admin1", "governorate": "admin1",
    "district": "admin2", "districts": "admin2", "agency": "admin2", "tehsil": "admin2", "subdivision": "admin2",
    "city": "city", "town": "city", "village": "village", "villages": "village", "bazaar": "village",
    "valley": "region", "region": "region", "area": "admin2",
}  # fmt: skip
# Organisation head words. GENERIC heads build names with "of"/"and" ("Islamic Movement of Uzbekistan");
# NAMED heads are (transliterated) group names that join only by adjacency or hyphen ("Tehrik-i-Taliban Pakistan").
GENERIC_HEADS = frozenset(
    "state movement party front network group organization organisation council brigade brigades battalion "
    "corps ministry committee union league alliance emirate caliphate army forces force command agency "
    "university bank company association federation institute".split()
)
NAMED_HEADS = frozenset(
    "tehrik tehreek tahrik tahreek harakat harkat harakatul harkatul lashkar jaish jaysh jamaat jamaatul "
    "jamiat jemaah hizb hezb hizbul sipah sepah ansar ansarullah ittehad taliban mujahideen mujahidin "
    "wilayat wilayah tanzeem tanzim majlis jabhat liwa katibat daesh daish isis isil is iskp isk ttp "
    "province".split()
)
FOLLOW_HEADS = frozenset("network movement party front brigade brigades group battalion taliban".split())
CHAIN_CONNECTORS = frozenset({"of", "and", "al", "el", "e", "i", "ul", "ye", "the", "wal", "for"})
CROSS_CONNECTORS = frozenset({"of", "and", "for", "the"})  # only continue towards a GENERIC head
NOT_PERSON_PREV = frozenset(
    "north south east west northern southern eastern western central upper lower greater new old "
    "northeastern northwestern southeastern southwestern".split()
)
THRESHOLD = 2.0


@lru_cache(maxsize=1)
def _vocab_model() -> object | None:
    try:
        import blingfire  # type: ignore[import-untyped]

        path = os.path.join(os.path.dirname(blingfire.__file__), "bert_base_cased_tok.bin")
        return blingfire.load_model(path)
    except Exception:  # pragma: no cover - blingfire is a dependency; degrade gracefully
        return None


@lru_cache(maxsize=65536)
def is_english_word(lower: str) -> bool:
    """True when the lower-case form is a whole word of an English (cased) word-piece vocabulary."""
    if len(lower) < 2 or not lower.isascii():
        return False
    model = _vocab_model()
    if model is None:
        return False
    import blingfire

    ids = blingfire.text_to_ids(model, lower, 4, 100, True)
    return len(ids) == 1 and int(ids[0]) not in (0, 100)


@lru_cache(maxsize=65536)
def _key(parts: tuple[str, ...]) -> str:
    return key_from_words(list(parts))


@lru_cache(maxsize=65536)
def _typo(key: str) -> list[int] | None:
    """Entries whose name is one deletion or insertion away from the key (long names only)."""
    typo = _typo_index()
    tids = typo.get(key)
    if tids is None:
        for p in range(len(key)):
            tids = typo.get(key[:p] + key[p + 1 :])
            if tids:
                break
    if tids and not is_english_word(key):
        return list(dict.fromkeys(tids))
    return None


@lru_cache(maxsize=65536)
def _skel(key: str) -> str:
    return skeleton_from_key(key)


@lru_cache(maxsize=1)
def _typo_index() -> dict[str, list[int]]:
    """Single-deletion variants of long Afghan/Pakistani province and district names."""
    g = gazetteer()
    out: dict[str, list[int]] = {}
    for key, ids in g.index.items():
        if len(key) < 7:
            continue
        for i in ids:
            e = g.entries[i]
            if e.place.country in FOCUS and e.place.feature in ("admin1", "admin2"):
                for p in range(len(key)):
                    out.setdefault(key[:p] + key[p + 1 :], []).append(i)
                out.setdefault(key, []).append(i)
    return out


@dataclasses.dataclass(slots=True)
class _Cand:
    i: int
    j: int
    ids: list[int]
    kind: str  # "exact" | "skeleton" | "typo"
    key: str  # the normalised key of the span's tokens
    evidence: float = 0.0
    blocked: str = ""
    suffix: str | None = None
    near: bool = False
    entry: int = -1
    margin: float = 0.0
    sentence: int = 0
    strong: bool = False


class _Doc:
    """The document's letter tokens with their offsets, folded forms, capitalisation and sentence numbers."""

    def __init__(self, text: str) -> None:
        self.text = text
        # the gaps and the tokens, alternating, in one scan (a trailing gap last); the offsets are the
        # running sums of their lengths
        pieces = _TOKEN_SPLIT.split(text)
        offsets = list(accumulate(map(len, pieces)))
        self.starts = offsets[0:-1:2]
        self.ends = offsets[1::2]
        gaps: list[str] = pieces[0:-1:2]
        self.raw: list[str] = pieces[1::2]
        self.n = len(self.raw)
        # each distinct word and gap is looked at once: a document repeats most of them
        words = set(self.raw)
        self.norm: list[str] = list(map({w: w.lower() if w.isascii() else fold(w) for w in words}.__getitem__, self.raw))
        self.caps: list[bool] = list(map({w: w[0].isupper() for w in words}.__getitem__, self.raw))
        # the sentence number: the boundaries before the token, each wholly in one gap (it holds no letter)
        boundaries = {gap: len(_BOUNDARY.findall(gap)) for gap in set(gaps)}
        self.sent = list(accumulate(map(boundaries.__getitem__, gaps)))
        self.cap_tokens = list(compress(range(self.n), self.caps))

    def gap(self, k: int) -> str:
        """Text between token k and token k+1."""
        return self.text[self.ends[k] : self.starts[k + 1]]

    def cap(self, k: int) -> bool:
        return self.caps[k]

    def sentence_start(self, k: int) -> bool:
        return k == 0 or self.sent[k - 1] != self.sent[k]


def _find_spans(doc: _Doc, g: Gazetteer) -> list[_Cand]:
    out: list[_Cand] = []
    n = doc.n
    caps, norm, sent = doc.caps, doc.norm, doc.sent
    index, prefixes = g.index, g.prefixes
    done = 0
    for k in doc.cap_tokens:
        if k < done or norm[k] in MONTHS_DAYS:
            continue
        best: _Cand | None = None
        parts: list[str] = []
        for m in range(k, min(n, k + g.max_tokens)):
            if m > k:
                if sent[m] != sent[k] or not _NAME_GAP.match(doc.gap(m - 1)):
                    break
                if not caps[m] and norm[m] not in NAME_INNER:
                    break
            parts.append(norm[m])
            key = _key(tuple(parts))
            if caps[m]:
                ids = index.get(key)
                if ids:
                    best = _Cand(k, m + 1, ids, "exact", key)
                elif m - k < 2 and len(key) >= 6:
                    sids = g.skel.get(_skel(key))
                    if sids and (best is None or best.kind != "exact"):
                        best = _Cand(k, m + 1, sids, "skeleton", key)
                    elif m == k and best is None and len(key) >= 7:
                        tids = _typo(key)
                        if tids:
                            best = _Cand(k, m + 1, tids, "typo", key)
            if key not in prefixes:
                break
        if best is not None:
            best.sentence = doc.sent[k]
            out.append(best)
            done = best.j
    return out


def _org_chain(doc: _Doc, k: int) -> bool:
    """True when the capitalised run left of token k reaches an organisation head word."""
    crossed = False
    steps = 0
    p = k - 1
    while p >= 0 and steps < 8:
        if doc.sent[p] != doc.sent[k] or not _CHAIN_GAP.match(doc.gap(p)):
            return False
        w = doc.norm[p]
        if w in GENERIC_HEADS and doc.cap(p):
            return True
        if w in NAMED_HEADS and (doc.cap(p) or w in ("e", "i")) and not crossed:
            return True
        if doc.cap(p):
            pass
        elif w in CROSS_CONNECTORS:
            crossed = True
        elif w not in CHAIN_CONNECTORS:
            return False
        p -= 1
        steps += 1
    return False


def _proper(doc: _Doc, k: int) -> bool:
    """A capitalised token that is not an English word, a demonym or a place qualifier (a name part)."""
    w = doc.norm[k]
    return (doc.cap(k) and not doc.raw[k].isupper() and w not in NOT_PERSON_PREV and w not in MONTHS_DAYS
            and w not in HOLY_DAYS
            and not is_english_word(w) and country_for_adjective(doc.raw[k]) is None)


def _person_follows(doc: _Doc, j: int, covered: set[int]) -> bool:
    """True when the name is followed by one or two capitalised non-English name parts that end the
    run ("Vladimir Putin", "Abdul Rauf Khadim", "Dera Allah Yar"), not by a facility word ("Kabul Longan Hotel")."""
    k = j
    while k < doc.n and k - j < 3 and doc.sent[k] == doc.sent[j - 1] and doc.gap(k - 1) == " " and doc.cap(k):
        if k in covered or not _proper(doc, k):
            return False
        k += 1
    if k == j or k - j > 2:
        return False
    return not (k < doc.n and doc.sent[k] == doc.sent[j - 1] and doc.gap(k - 1) == " " and doc.cap(k))


def _strong(e: Entry, key_len: int, english: bool) -> bool:
    f = e.place.feature
    if english or key_len <= 3:
        return False
    if f in ("country", "admin1", "region"):
        return True
    if f == "admin2":
        return True
    if f == "city":
        if e.pop:
            return e.pop >= 100_000 or e.capital
        return p_country_focus(e)
    return False


def _world_town(e: Entry) -> bool:
    return e.place.feature == "village" and e.place.country not in REGIONAL


def p_country_focus(e: Entry) -> bool:
    return e.place.country in FOCUS


def _ctx_key(e: Entry) -> tuple[str | None, str | None]:
    return e.place.country, e.place.admin1


_FEATURE_HEADS = frozenset("lake mount mt river gulf cape strait".split())
# lowercase nouns after a name that make it a people, a tongue or a group of countries
PEOPLE_HEADS = frozenset(
    """tribe tribes tribesman tribesmen clan clans subtribe sub-tribe ethnicity language languages dialect
    speakers countries nations world descent""".split()
)


def _nisba(doc: _Doc, i: int, j: int, g: Gazetteer) -> bool:
    """"al-Baghdadi": "al" and a place's name with the Arabic "-i" of origin, a part of a person's name."""
    if j - i != 2 or doc.norm[i] not in ("al", "el") or doc.gap(i) not in ("-", " "):
        return False
    word = doc.norm[i + 1]
    return len(word) > 4 and word.endswith("i") and key_from_words((word[:-1],)) in g.index


_ARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019])((?i:al|el|ad|ar|as|ash|at|az|an))[-\s]$")


_TITLES = frozenset("mr mrs ms dr gen col maj capt lt sgt prof sheikh".split())


def geocode_document(text: str) -> list[PlaceMention]:
    """Every place mention in the text, disambiguated with the document's context, sorted by start."""
    g = gazetteer()
    doc = _Doc(text)
    cands = _find_spans(doc, g)
    if not cands:
        return []
    covered: set[int] = set()
    for c in cands:
        # a world town alone (GeoNames cities500, UCDP sites) does not make its tokens a place for the
        # neighbour and person tests: "Alfonso Cano" stays a person although a Philippine town is "Alfonso"
        if not all(_world_town(g.entries[x]) for x in c.ids):
            covered.update(range(c.i, c.j))

    # Pass 1: cues and blocks; certain (strong, unblocked, single-country) mentions give the context.
    person_keys: set[str] = set()
    ctx = _Context()
    keys: list[str] = []
    for c in cands:
        key = c.key
        keys.append(key)
        i, j = c.i, c.j
        # suffix / prefix type words
        if j < doc.n and doc.sent[j] == c.sentence and doc.gap(j - 1) in (" ", "-"):
            c.suffix = SUFFIX_FEATURE.get(doc.norm[j])
            if c.suffix == "admin1" and doc.norm[j] == "state" and doc.cap(j):
                c.suffix = None  # "Islamic State"-like names, not "X state"
        prefix = None
        if i >= 2 and doc.norm[i - 1] == "of" and doc.sent[i - 2] == c.sentence:
            prefix = SUFFIX_FEATURE.get(doc.norm[i - 2])
            if prefix is None and doc.norm[i - 2] in GEO_NOUNS:
                prefix = "any"
        if prefix and not c.suffix:
            c.suffix = prefix if prefix != "any" else None
        p = i - 1
        while p >= 0 and doc.norm[p] == "the" and doc.sent[p] == c.sentence:
            p -= 1
        locative = p >= 0 and doc.sent[p] == c.sentence and doc.norm[p] in LOCATIVE and not doc.cap(p) and (
            doc.norm[p] != "of" or prefix is not None)
        c.near = p >= 0 and doc.norm[p] in ("near", "outside", "around") and doc.sent[p] == c.sentence
        listed = False
        if i > 0 and doc.sent[i - 1] == c.sentence and (i - 1) in covered and doc.gap(i - 1).strip() in (",", "-"):
            listed = True
        if j < doc.n and doc.sent[j] == c.sentence and j in covered and doc.gap(j - 1).strip() in (",",):
            listed = True
        # blocks
        english = c.j - c.i == 1 and is_english_word(doc.norm[i])
        if _org_chain(doc, i):
            c.blocked = "organisation"
        elif i > 0 and doc.sent[i - 1] == c.sentence and doc.gap(i - 1) == " " and doc.cap(i - 1) \
                and doc.norm[i - 1] in _FEATURE_HEADS:
            c.blocked = "feature"  # "Lake Chad", "Mount Kenya": a lake or a mountain, not the country
        elif j < doc.n and doc.cap(j) and doc.norm[j] in FOLLOW_HEADS and doc.gap(j - 1) in (" ", "-"):
            c.blocked = "organisation"
        elif j < doc.n and doc.sent[j] == c.sentence and doc.gap(j - 1) == " " and not doc.cap(j) \
                and doc.norm[j] in PEOPLE_HEADS:
            c.blocked = "people"  # "the Afridi tribe", "many Arab countries": a people, not the village
        elif _nisba(doc, i, j, g):
            c.blocked = "person"  # "al-Baghdadi", "al-Masri": a name telling where a man is from
        elif i > 0 and len(doc.raw[i - 1]) == 1 and doc.raw[i - 1].isupper() and doc.raw[i - 1] not in "AI" \
                and doc.gap(i - 1) == ". " and j - i == 1 and (
                    i == 1 or "\n" in doc.gap(i - 2) or not doc.cap(i - 2) or doc.norm[i - 2] in _TITLES):
            c.blocked = "person"  # "M. Farah": an initial before the name makes it a person's
        elif j - i == 1 and j < doc.n and doc.sent[j] == c.sentence and doc.gap(j - 1) == " " and not doc.cap(j) \
                and doc.norm[j] not in SUFFIX_FEATURE and (iso := country_for_adjective(doc.raw[i])) is not None \
                and all(g.entries[x].place.country != iso and g.entries[x].place.feature != "country" for x in c.ids):
            c.blocked = "demonym"  # "the Islamic State's Somali branch": Somalia's people, not Ethiopia's Somali region
        elif (i > 0 and doc.sent[i - 1] == c.sentence and doc.gap(i - 1) == " " and doc.cap(i - 1)
              and (i - 1) not in covered and not doc.raw[i - 1].isupper()
              and doc.norm[i - 1] not in NOT_PERSON_PREV and not is_english_word(doc.norm[i - 1])
              and country_for_adjective(doc.raw[i - 1]) is None):
            c.blocked = "person"
            person_keys.add(key)
        elif _person_follows(doc, j, covered):
            c.blocked = "person"
            if not any(g.entries[x].place.feature == "country" for x in c.ids):
                person_keys.add(key)  # a country's name read as a man's once is still the country elsewhere
        entries = [g.entries[x] for x in c.ids]
        strong = c.kind == "exact" and any(_strong(e, len(key), english) for e in entries)
        ev = 2.0 if strong else (0.5 if not doc.sentence_start(i) else 0.0)
        if c.kind != "exact":
            ev -= 0.5
        if english:
            # "in Nice", "in Reading": a capitalised word after a locative in mid-sentence that names a
            # large city is the city; otherwise an English word needs more ("Deal", "Tank", "Chin")
            big = locative and not doc.sentence_start(i) and c.kind == "exact" and any(
                e.place.feature == "city" and (e.pop or 0) >= 100_000 for e in entries)
            ev += 0.5 if big else -2.5
        if len(key) <= 3:
            ev -= 1.5
        if all(e.place.feature == "village" for e in entries) and not strong:
            ev -= 1.0
        if locative:
            ev += 1.5
        if c.suffix:
            ev += 2.5
        if listed:
            ev += 1.0
        c.evidence = ev
        c.strong = strong
        if not c.blocked and strong and c.kind == "exact":
            countries = {e.place.country for e in entries}
            if len(countries) == 1 and None not in countries:
                country = entries[0].place.country or ""
                ctx.add_country(country, c.sentence, 1.0)
                a1 = {e.place.admin1 for e in entries}
                if len(a1) == 1 and None not in a1:
                    ctx.add_admin1(country, entries[0].place.admin1 or "", c.sentence)
                if all(e.place.feature == "admin2" for e in entries):
                    ctx.admin2_n[(country, entries[0].place.name)] += 1
    # demonyms add to the country context
    for k in doc.cap_tokens:
        if k not in covered and len(doc.norm[k]) > 3:
            iso = country_for_adjective(doc.raw[k])
            if iso:
                ctx.add_country(iso, doc.sent[k], 0.5)

    # Pass 2: choice of the gazetteer row with the context; strong names first (their choices join the
    # context), then weak names, which also need context evidence to pass the threshold.
    chosen: dict[int, tuple[int, float]] = {}
    for phase in ("strong", "weak"):
        for n_c, c in enumerate(cands):
            if c.blocked or (keys[n_c] in person_keys and not c.suffix):
                continue
            if (phase == "strong") != (c.evidence >= THRESHOLD):
                continue
            best_i, best_ctx, margin = _choose(g, c, ctx)
            ev = c.evidence
            if ev < THRESHOLD:
                ev += min(best_ctx, 3.0) - _conflict(g.entries[best_i], c, ctx)
            elif not c.strong and best_ctx <= 0.0:
                # a weak name that its cues alone carry still yields to the country its sentence names:
                # "in Solhan, in Burkina Faso's Yagha province" is not the Turkish town
                ev -= _conflict(g.entries[best_i], c, ctx)
            if ev < THRESHOLD:
                continue
            chosen[n_c] = (best_i, margin)
            c.evidence = ev
        if phase == "strong":
            for n_c, (x, _) in chosen.items():
                if len({g.entries[y].place.country for y in cands[n_c].ids}) > 1:
                    ctx.add(g.entries[x], cands[n_c].sentence)
    # one sense per document: a name that passed once is the same place where it is written again without
    # the cues ("seize the port town of Qandala in Bari region ... retake Qandala")
    passed = {keys[n_c]: (x, margin) for n_c, (x, margin) in chosen.items() if cands[n_c].kind == "exact"}
    for n_c, c in enumerate(cands):
        if n_c not in chosen and not c.blocked and c.kind == "exact" and keys[n_c] in passed \
                and keys[n_c] not in person_keys and not (c.j - c.i == 1 and is_english_word(doc.norm[c.i])):
            chosen[n_c] = passed[keys[n_c]]
    # "the Sahel", "the Maghreb": a name of a region across countries, written with the article, is that
    # region rather than one country's same-named province
    for n_c, (x, margin) in chosen.items():
        c = cands[n_c]
        if g.entries[x].place.feature == "admin1" and c.i > 0 and doc.norm[c.i - 1] == "the" and not c.suffix:
            region = next((y for y in c.ids if g.entries[y].place.feature == "region"
                           and g.entries[y].place.country is None), None)
            if region is not None:
                chosen[n_c] = (region, margin)
    _drop_strays(g, chosen)
    mentions: list[PlaceMention] = []
    for n_c, (x, margin) in sorted(chosen.items()):
        c = cands[n_c]
        place = g.entries[x].place
        if c.near and place.precision == 1:
            place = dataclasses.replace(place, precision=2)
        conf = min(0.99, 0.45 + 0.1 * c.evidence) * (1.0 if margin >= 2 else 0.75 + 0.125 * margin)
        if c.kind != "exact":
            conf *= 0.8
        start, end = doc.starts[c.i], doc.ends[c.j - 1]
        rest = fold(place.name)[len(fold(text[start:end])):]
        if rest[:1] == " " and fold(text[end:end + len(rest)]) == rest and text[end:end + 1] == " ":
            end += len(rest)  # "the Sambisa forest" for "Sambisa Forest": the gazetteer's whole name
        article = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
        if article and fold(place.name).startswith(article.group(1).lower() + " "):
            start = article.start()  # "in al-Qubbah" for "Al Qubbah": the name as written, with its article
        mentions.append(PlaceMention(start, end, text[start:end], place, round(conf, 3)))
    return mentions


_STRAY_POP = 1_000_000  # a town smaller than this, alone in a country the document never names, is doubtful
_STRAY_MAJORITY = 0.6
_STRAY_MIN = 4


def _drop_strays(g: Gazetteer, chosen: dict[int, tuple[int, float]]) -> None:
    """Leave out a town that is the document's only place in its country, outside the region, when most of the
    document's places lie in the region the shipped gazetteer lists down to villages ("the house in Sherpur" in a
    report on Kabul is not the Bangladeshi town): the name is a local place the gazetteer does not list.
    Capitals and great cities stay."""
    countries = [cc for x, _ in chosen.values() if (cc := g.entries[x].place.country)]
    if len(countries) < _STRAY_MIN:
        return
    per_country = Counter(countries)
    top = per_country.most_common(1)[0][0]
    if top not in REGIONAL:
        return  # only where the shipped gazetteer lists villages: elsewhere a lone town may well be where it says
    home = REGIONAL  # the region's countries count together
    if sum(per_country[c] for c in home) < _STRAY_MAJORITY * len(countries):
        return
    for n_c, (x, _) in list(chosen.items()):
        e = g.entries[x]
        cc = e.place.country
        if (cc and cc not in home and per_country[cc] == 1 and e.place.feature in ("city", "village")
                and e.pop < _STRAY_POP and not e.capital):
            del chosen[n_c]


class _Context:
    """Weighted counts of the countries, provinces and districts a document (and each sentence) names."""

    def __init__(self) -> None:
        self.country_n: dict[str, float] = defaultdict(float)
        self.admin1_n: dict[tuple[str, str], float] = defaultdict(float)
        self.admin2_n: dict[tuple[str, str], float] = defaultdict(float)
        self.sent_country: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.sent_admin1: dict[int, dict[tuple[str, str], float]] = defaultdict(lambda: defaultdict(float))

    def add_country(self, country: str, sentence: int, weight: float) -> None:
        self.country_n[country] += weight
        self.sent_country[sentence][country] += weight

    def add_admin1(self, country: str, admin1: str, sentence: int) -> None:
        self.admin1_n[(country, admin1)] += 1
        self.sent_admin1[sentence][(country, admin1)] += 1

    def add(self, e: Entry, sentence: int) -> None:
        p = e.place
        if p.country:
            self.add_country(p.country, sentence, 1.0)
            if p.admin1:
                self.add_admin1(p.country, p.admin1, sentence)


def _conflict(e: Entry, c: _Cand, ctx: _Context) -> float:
    """Penalty for a weak name whose country or province differs from those its sentence names."""
    p = e.place
    sc = ctx.sent_country.get(c.sentence)
    if not p.country or not sc:
        return 0.0
    if p.country not in sc:
        return 1.5
    sa = ctx.sent_admin1.get(c.sentence)
    if p.feature != "admin1" and p.admin1 and sa:
        own = {a for (cc, a) in sa if cc == p.country and a != p.name}
        if own and p.admin1 not in own:
            return 1.5
    return 0.0


def _choose(g: Gazetteer, c: _Cand, ctx: _Context) -> tuple[int, float, float]:
    """(entry index, its context score, margin over the runner-up) for a candidate span."""
    total_c = sum(ctx.country_n.values()) or 1.0
    best_s = second = -1e9
    best_i = -1
    best_ctx = 0.0
    names_here = {(fold(g.entries[x].place.admin1 or ""), g.entries[x].place.feature) for x in c.ids}
    sc: dict[str, float] = ctx.sent_country.get(c.sentence, {})
    sa: dict[tuple[str, str], float] = ctx.sent_admin1.get(c.sentence, {})
    # a village named like a national capital is the capital unless its province or district is named
    capital_named = any(g.entries[x].capital and g.entries[x].place.feature == "city" for x in c.ids)
    for x in c.ids:
        e = g.entries[x]
        p = e.place
        s = e.rank
        if e.pop:
            s += 0.4 * max(0.0, math.log10(e.pop) - 4.0) + (1.0 if e.capital else 0.0)
        cs = 0.0
        if p.country:
            cs += 3.0 * ctx.country_n.get(p.country, 0) / total_c
            cs += 2.0 if sc.get(p.country) else 0.0
            if p.admin1 and p.feature != "admin1":
                n1 = ctx.admin1_n.get((p.country, p.admin1), 0)
                cs += 1.5 * min(1.0, n1 / 2.0)
                cs += 2.5 if sa.get((p.country, p.admin1)) else 0.0
            if p.feature == "village" and e.admin2 and ctx.admin2_n.get((p.country, e.admin2)):
                cs += 2.0
            elif capital_named and p.feature == "village" and not sa.get((p.country, p.admin1 or "")):
                cs -= 3.0
            if p.country in FOCUS:
                cs += 0.3
        s += cs
        if c.suffix:
            if c.suffix == p.feature or (c.suffix == "city" and p.feature == "village" and e.rank > 2):
                s += 10.0
            elif c.suffix == "admin2" and p.feature == "region":
                s += 8.0
            elif c.suffix == "region" and p.feature == "admin1":
                s += 8.0  # "Niger's Tillaberi region", "the Mopti region": the province, not its capital
        elif p.feature in ("admin1", "admin2") and ((fold(p.admin1 or ""), "city") in names_here or any(
                g.entries[y].place.feature == "city" and g.entries[y].place.country == p.country for y in c.ids)):
            s -= 4.0  # a province or district and its same-named capital ("Sanaa", "Şan‘ā’"): the city
        if s > best_s:
            second, best_s, best_i, best_ctx = best_s, s, x, cs
        elif s > second:
            second = s
    return best_i, best_ctx, (best_s - second if second > -1e9 else 5.0)


_SPECIFICITY = {"village": 4, "city": 4, "admin2": 3, "admin1": 2, "country": 1, "region": 0.5}


def _support(m: Place, others: Sequence[Place]) -> float:
    s = 0.0
    for o in others:
        if o is m:
            continue
        if o.country and m.country and o.country != m.country:
            s -= 1.0
            continue
        if o.feature == "admin1" and m.feature != "admin1" and m.admin1:
            s += 1.0 if o.name == m.admin1 else -1.0
        elif o.country and o.country == m.country:
            s += 0.5
    return s


def best_place(mentions: Sequence[PlaceMention]) -> Place | None:
    """The most specific place among the mentions of one event, preferring a consistent hierarchy:
    "in Jalalabad, Nangarhar province, Afghanistan" -> Jalalabad."""
    if not mentions:
        return None
    places = [m.place for m in mentions]
    best: tuple[float, float, int] | None = None  # (score, confidence, -position)
    chosen: Place | None = None
    for k, m in enumerate(mentions):
        p = m.place
        spec = _SPECIFICITY.get(p.feature, 0) + (2.0 if p.feature == "region" and p.admin1 else 0.0)
        score = spec + _support(p, places)
        rank = (score, m.confidence, -k)
        if best is None or rank > best:
            best, chosen = rank, p
    return chosen
