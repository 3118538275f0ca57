"""Event extraction: sentences and clauses that state a happening become typed, dated, located events.

For each sentence of a document's readable segments:
1. the triggers in it (``triggers.py``) say what kind of happening it states;
2. a sentence whose triggers of different types sit in different clauses ("arrested 60 fighters
   who subsequently escaped to join ...") becomes one event per clause;
3. each event takes the date its clause states, else its sentence's date, else the date the
   narrative carries (``chronica.time.date_sentences``);
4. actors, the place and the casualty figures come from inside the event's own span.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date as day
from typing import Any

from chronica.actors.names import ascii_fold
from chronica.events import shared
from chronica.events.branches import branch_areas, link_branches
from chronica.events.founding import founded_before
from chronica.events.leading import led
from chronica.events.location import event_location, finer_place, mentions_in, unlisted_scene
from chronica.events.model import Event, EventActor, EventDate
from chronica.events.triggers import RANK, REPORTED_NOUNS, WEAK, Trigger, find_triggers
from chronica.geo import country_for_adjective
from chronica.time import date_sentences, find_dates
from chronica.time.model import SentenceDate, TimeExpression

# Segments whose sentences are page furniture, not narrative.
SKIP_SEGMENTS = frozenset({"navigation", "footer", "newsletter", "bibliography", "header", "byline"})
# Segments kept, but whose events are not about the corpus's subject.
UNRELATED_SEGMENTS = frozenset({"unrelated", "comments", "comment"})

_DATED_PRECISIONS = frozenset({"day", "month", "season", "quarter", "year", "week", "decade", "time"})

# Where one clause ends and the next begins, inside a sentence.
_CLAUSE_BREAK = re.compile(
    r";\s+|:\s+(?=[A-Z\u201c\"])"
    r"|,?\s+(?:who|which|and)\s+(?:subsequently|later|then|also|thereafter)\s+"
    r"|,[\u201d\"]?\s+(?:and|but|while|before|after|whereupon)(?:\s+|\u2026|\.\.\.)"
    r"|,[\u201d\"]?\s+[\u201c\"]?(?:following|prompting)\s+"
    r"|(?P<result>,[\u201d\"]?\s+[\u201c\"]?(?:resulting in|leading to|causing)\s+)"
    r"|\s+(?:before|after)\s+(?=\w+ing\b)"
    r"|(?P<when>\s+(?:when|until)\s+)(?=(?:he|she|they|it|his|her|its|their)\s)"
    r"|\s+(?:after|before)\s+(?=(?:he|she|they|it|his|her|its|their)\s)"
    # "held it until Ethiopian troops drove it out that December": what ended it is a happening of its own
    r"|\s+until\s+(?=(?:[\w'\u2019-]+\s+){1,3}(?:\w+ed|drove|took|fell|won|lost|struck|began|broke|came|left|fled|overran"
    r"|retook)\b)"
    # (not "was captured and killed": one person's end, told as two steps)
    r"|(?<!captured)(?<!arrested)(?<!abducted)(?<!kidnapped)(?<!seized)(?<!tortured)(?<!detained)"
    r"(?P<and>\s+and\s+)(?=(?:\w+ly\s+)?(?:\w+ed|chose|took|began|swore|struck|fought|won|lost|led|met|fell|broke|"
    # a timeline's present: "confirms his death and names X as its emir", "break with Y and form Z"
    r"names|appoints|forms|form|declares|announces|claims|seizes|takes|launches|pledges|joins|bans|designates|"
    r"arrests|captures|releases|storms|signs|chooses|elects|selects|orders|announce|name|appoint|declare|admit)\b)"
    r"(?!(?:killed|executed|beheaded|hanged|murdered)\b)"
    # the comma closing a fronted phrase: "Following the loss of X in 2019, the group ..."
    r"|(?<=[\w\u201d\")])(?P<fronted>,\s+)(?=(?:(?:the|a|an|its|his|her|their)?\s*[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*"
    r"|(?:the|its|his|her|their)\s+[a-z]+)\s+(?:\w+ly\s+)?(?:had|has|was|were|is|are|underwent|\w+ed)\b)",
)
_SELF_KILLED = re.compile(r"\s+(?:himself|herself)\b")
_PASSIVE_KILLED = re.compile(
    r"(?:(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:\w+ed\s+and\s+)?killed\b)"  # "was captured and killed"
    r"|(?:killed\s+(?:in|on|during|at(?!\s+least)|when|while|near|outside|inside|along|alongside|together)\b)"
    r"|(?:[(,]\s*killed\s+by\b)", re.I)  # "Hafiz Saeed Khan (killed by a U.S. airstrike in 2016)"
_COUNT_BEFORE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|scores|"
                           r"people|civilians|soldiers|others|several|many)\b", re.I)
# Agents that make an attack a state's military operation: general words for state forces.
_STATE_AGENT = re.compile(
    r"\b(?:U\.\s?S\.|US|American|NATO|[Cc]oalition|(?:[Ss]ecurity|[Aa]rmed|[Gg]overnment|[Ss]pecial|[Aa]ir|[Gg]round)\s+[Ff]orces"
    r"|Forces|forces|troops|[Aa]rmy|[Mm]ilitary|[Aa]ir [Ff]orce|[Nn]avy|[Pp]olice|Pentagon|[Mm]inistry of [Dd]efen[cs]e"
    r"|warplanes|(?:fighter )?jets|aircraft|gunships|commandos|paratroopers|marines)\b"
    r"(?!\s+(?:uniforms?|fatigues|vehicles?\s+stolen))")  # "gunmen wearing police uniforms": a disguise, not the state
_LINE_END = re.compile(r"[.\n]")
_WORDS = re.compile(r"[A-Za-z][\w'-]*")
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from"})
# "claimed its first attack in Mozambique, an attack on soldiers near ...", "claimed the abduction of 300 boys from a
# school in ...": a claim naming one attack by its target or scene
_CLAIMED_ATTACK = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:an?|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|raids?|assaults?|ambush(?:es)?|abductions?|kidnappings?|killings?"
    r"|massacres?|beheadings?|shootings?|blasts?)\b(?:\s+(?:on|of|at|near|against|from)\b|\s+in\s+(?-i:[A-Z])|[^.;]{0,60}?,\s+an?\s+"
    r"(?:attack|raid|assault|ambush|bombing)\s+(?:on|in|at|near|against)\b)", re.I)
_TOLL_VERB = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at least |more than |over |nearly |some |about )?\d", re.I)
# a clause that opens with a bare toll: "..., and 20 hostages were killed before ...", "and three people were hurt"
_BARE_TOLL = re.compile(
    r"(?:and\s+)?(?:(?:at least|more than|over|nearly|some|about|around|another)\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)"
    r"(?:\s+(?:of\s+)?[\w-]+){0,3}?\s+(?:were|was)\s+(?:also\s+|reportedly\s+)?(?:killed|wounded|injured|hurt|dead)\b",
    re.I)
_SUBJECT_HEAD = re.compile(r"\b[A-Z][a-z][\w'-]*\s+(?:was|had been|has been)\s+(?:\w+ly\s+)?$")
_DATE_WORDS = re.compile(r"\b(?:1[0-9]|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
                         r"|(?<=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b")
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\s+(?:was|had been|has been)\s+(?:\w+ly\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|get|got)\s+(?:\w+ly\s+)?$", re.I)
_BY_AGENT = re.compile(r"\s+by\b")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'.-]*)\W{1,3}$")
_CASED_OK = frozenset({"the", "a", "an", "on", "in", "at", "when", "after", "and", "then", "its", "their"})
_INDEFINITE_SUBJECT = re.compile(r"(?:^|[.:;]\s|,\s)(?:an?|one)\s+[a-z][\w-]*(?:\s+\([^)]*\))?[^,.;]{0,80}?"
                                 r"\b(?:was|were|had been)\s+(?:\w+ly\s+)?$", re.I)
# "an army base", "a police station": a facility of the forces, the target of an attack, not its agent
_FACILITY_AFTER = re.compile(r"\s+(?:base|bases|post|posts|outposts?|camps?|convoys?|checkpoints?|barracks|headquarters"
                             r"|stations?|academy|positions?|patrols?|vehicles?)\b", re.I)
# "killed Raul Reyes, the group's spokesman", "killed AQIM's leader, Abdelmalek Droukdel": a named person
_KILLED_OBJECT_GAP = re.compile(r"\s+(?:(?:the|its|their|a)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:leader|chief|commander|emir|head|"
                                r"founder|spokesman|deputy)?,?\s*$|\s+$", re.I)
_STRIKE_BEFORE = re.compile(r"\b(?:air ?strikes?|drone strikes?|strikes?|raids?|operations?)\b", re.I)
_NOT_OBJECT = re.compile(r"\s+(?:by|in|on|at|during|with|when|while|near|along|alongside)\b", re.I)
# a state's forces named as the target, or as the disguise of the attackers ("militants dressed as police")
_TARGET_CUE = re.compile(r"\b(?:against|on|at|targeting|toward|towards|(?:dressed|disguised|posing)\s+as)\s+"
                         r"(?:the\s+|an?\s+)?\S*\s*$", re.I)


# A date written on the calendar (not "today", "tomorrow"), and a finite verb in the sentence.
_CALENDAR = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)", re.I)
_FINITE_VERB = re.compile(r"\b(?:is|was|were|are|has|had|have|became|began|left|went|came|made|took|[a-z]{2,}ed)\b")
# A credit line inside a page ("Reporting by ...", "Photo by ...", "Source: ...").
_CREDIT = re.compile(r"(?:(?:additional\s+)?reporting|reported|written|compiled|edited|photo(?:graph)?s?)\s+by\b"
                     r"|sources?:"
                     # a page's own dates: "Published: 24 May 2017", "Last updated on 3 June", "Posted 2 Jan 2020"
                     r"|(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|dated?)(?:\s+on)?\s*:?\s*"
                     r"(?=[\w,. :/-]{4,40}$))", re.I)


@dataclass(frozen=True, slots=True)
class SegmentInfo:
    id: str
    kind: str
    start: int
    end: int
    parent: str | None


def _usable(e: TimeExpression) -> bool:
    return e.kind in ("DATE", "TIME") and e.value is not None and e.precision in _DATED_PRECISIONS


def _segment_for(segments: Sequence[SegmentInfo], starts: list[int], pos: int) -> tuple[SegmentInfo | None, SegmentInfo | None]:
    """The top-level segment and the innermost child segment holding ``pos``."""
    top = child = None
    i = bisect_right(starts, pos) - 1
    while i >= 0:
        seg = segments[i]
        if seg.start <= pos < seg.end:
            if seg.parent is None:
                top = seg
                break
            if child is None:
                child = seg
        i -= 1
    return top, child


def _choose_type(text: str, triggers: list[Trigger], a: int, b: int) -> Trigger | None:
    """The trigger that gives the clause its type.

    The happening outranks the talk about it ("announces the death of ...", "says it is pledging
    allegiance"), but what a speaker's verb introduces is what was said, unless it is told as a
    finished act: "states that ISIS is conducting operations" and "condemns reports of peace talks"
    are statements; "reports fighters arrested 60 men" is a detention. Deaths, pledges and
    declarations of groups are speech acts or facts in themselves and keep their type."""
    if not triggers:
        return None
    # "When I visited Nangarhar in 2017, I was told of an operation ...": the writer's own doings are how
    # he learnt of the happening, not it
    triggers = [t for t in triggers if not _AUTHOR_BEFORE.search(text, max(a, t.start - 24), t.start)
                and not _states_noun(text, t)]
    if not triggers:
        return None
    statements = [t for t in triggers if t.type == "statement"]
    speaker_verb = next((t for t in statements if _speaker_verb(text, t)), None)
    first_statement = statements[0].start if statements else b
    content = [t for t in triggers if t.type != "statement" and not _negated(text, t) and not (
        t.start > first_statement and ((t.type in WEAK and not _TRUCE_ACT.search(t.text))
                                       or (t.type in REPORTED_NOUNS and _noun_use(text, t)))
        and not (speaker_verb is not None and _STARTED.match(text, speaker_verb.end, t.start)))]
    # "gunmen", "prisoners", "hostages": who took part, not what happened, when the clause says what did
    acts = [t for t in content if not _PARTICIPANT.fullmatch(t.text)]
    content = acts or content
    if speaker_verb is not None and not any(t.start < speaker_verb.start and not _quoted(text, a, t.start)
                                            for t in content):
        content = [t for t in content if t.type in SAID_IS_DONE or _finite_past(text, t) or _TRUCE_ACT.search(t.text)
                   or _STARTED.match(text, speaker_verb.end, t.start) or _LAUNCHED_BY_NAME.match(text, speaker_verb.end, t.start)
                   and t.type == "military_operation" and t.text[:1].isupper()]
        if not content:
            return speaker_verb
    doubted = next((t for t in statements if _DOUBTED.search(text, max(a, t.start - 30), t.start)
                    and _AMBIGUOUS_NOUN.match(t.text)), None)
    if doubted is not None and not any(t.start < doubted.start for t in content):
        # "officials appeared cautious about claims the group was behind the bombing in which 35 were
        # killed": what the clause tells is the doubt about a claim, a statement
        return doubted
    main = [t for t in content if not _BACKGROUND_BEFORE.search(text, max(a, t.start - 40), t.start)]
    content = main or content
    if len(content) > 1:
        # "The United States designated the group in March 2021, naming X as its leader": a participle
        # after the clause's own happening says more of it, and is not a second happening's type
        first = min(content, key=lambda t: t.start)
        content = [t for t in content if t is first or not (
            t.type in ("leadership", "organization") and _PARTICIPLE_ADJUNCT.search(text, max(a, t.start - 3), t.start)
            and _PARTICIPLE_WORD.match(t.text))] or content
    if len(content) > 1:
        # "police arrest X, the last surviving suspect of the Paris attacks": an attack named after the
        # clause's own happening, in a phrase that refers back to it, is not what the clause tells
        first = min(content, key=lambda t: t.start)
        told = [t for t in content if t is first or not (
            t.type in REPORTED_NOUNS and _REFERENCE_BEFORE.search(text, max(a, t.start - 40), t.start))]
        content = told or content
    if any(t.type == "attack" for t in content):
        # "blew himself up at the church, where at least 25 people died": the dead are the attack's toll
        tolls = [t for t in content if t.type == "death" and _COUNTED_DEAD.search(text, max(a, t.start - 40), t.start)]
        content = [t for t in content if t not in tolls] or content
    if content:
        return min(content, key=lambda t: (RANK.get(t.type, len(RANK)), t.start))
    return statements[0] if statements else triggers[0]


_PARTICIPLE_ADJUNCT = re.compile(r",\s*$")
_PARTICIPLE_WORD = re.compile(r"[a-z]+ing\b")
_COUNTED_DEAD = re.compile(r"(?:\b\d[\d,]*|\b(?:dozens|hundreds|scores|several|many|two|three|four|five|six|seven|"
                           r"eight|nine|ten))\s+(?:[\w-]+\s+){0,3}?(?:(?:had|have|has)\s+)?$", re.I)


_PARTICIPANT = re.compile(r"gunm[ae]n|hostages?|prisoners?|custody|mortar|grenades?|IEDs?", re.I)
# "announces the start of the offensive": the announcement opens the happening it names
# A natural disaster or a disease as the subject of a killing: "the floods that began in mid-June have killed ...",
# "an earthquake killed 300", "cholera has killed dozens"
_HAZARD_BEFORE = re.compile(
    r"\b(?:floods?|flooding|earthquakes?|quakes?|tremors?|cyclones?|typhoons?|hurricanes?|tornado(?:e?s)?|"
    r"landslides?|mudslides?|avalanches?|tsunamis?|heat\s?waves?|droughts?|famine|wildfires?|epidemics?|pandemic|"
    r"cholera|measles|malaria|covid(?:-19)?|outbreak)\b(?:(?!\b(?:bomb|attack|gunm|militant|insurgent|fighter)\w*)[^.;])*$",
    re.I)
# A list of leaders under its heading ("Leaders:", "Emirs", "Leadership"), each line a name and a tenure
# ("- Hakeemullah Mehsud, 2009-2013", "- Mufti Noor Wali Mehsud, since June 2018"): each line is that
# person's tenure, a leadership event, though it names no role
_ROSTER_HEADING = re.compile(r"(?im)^[ \t]*(?:leaders?|leadership|emirs?|amirs?|commanders?|chiefs?|heads?|"
                             r"successive\s+leaders|leaders?\s+and\s+tenures?)[ \t]*:?[ \t]*$")
_TENURE = r"(?:since|from)[ \t]+(?:\w+[ \t]+)?\d{4}|\d{4}[ \t]*[-\u2013][ \t]*(?:\d{2,4}|present)"
_ROSTER_LINE = re.compile(r"[ \t]*[-*\u2022\u2013][ \t]*(?-i:[A-Z])[^\n,;]{2,80}?,[ \t]*(?:[^\n,;]{0,40}?[ \t])?"
                          rf"(?P<tenure>{_TENURE})", re.I)
_TENURE_TEXT = re.compile(_TENURE, re.I)  # a roster's tenure, as its trigger text
_LOWER_PAST = re.compile(r"(?:reportedly\s+|later\s+)?[a-z]+(?:ed|en|d)\b")
_ROSTER_REACH = 600  # characters a list of leaders runs on from its heading


def _roster_tenure(text: str, a: int, b: int) -> Trigger | None:
    """The tenure of a line of a list of leaders (see ``_ROSTER_HEADING``), as a leadership trigger."""
    line_start = text.rfind("\n", 0, a) + 1
    m = _ROSTER_LINE.match(text, line_start, b)
    if m is None or m.start("tenure") < a:
        return None
    head = None
    for found in _ROSTER_HEADING.finditer(text, max(0, line_start - _ROSTER_REACH), line_start):
        head = found  # the last heading before the line
    if head is None or "\n\n" in text[head.end():line_start].strip("\n"):
        return None  # no heading, or a blank line between it and the list: another list
    return Trigger("leadership", m.start("tenure"), m.end("tenure"), m.group("tenure"))


# A truce declared, ended or told as over: a speech act that is the happening ("told its fighters that the
# ceasefire was over", "announced a truce")
_TRUCE_ACT = re.compile(
    r"^(?:declar|announc|call|end|broke|break|abandon|scrap|extend|produc|brokered|reached|agreed)\w*\s.*(?:cease-?fire|truce)$"
    r"|^(?:cease-?fire|truce)\s.*\s(?:over|off|ended)$|^(?:halt|pause|suspension|end|stop)\s(?:to|in|of)\s", re.I)
# "announces Operation Zarb-e-Azb": a named operation announced is launched
_LAUNCHED_BY_NAME = re.compile(r"\s+(?:the\s+)?$")
_STARTED = re.compile(r"\s+(?:the\s+)?(?:start|launch|beginning|opening)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                      r"(?:[\w-]+\s+){0,2}$", re.I)
_AUTHOR_BEFORE = re.compile(r"(?-i:\bI|\b[Ww]e)\s+(?:(?:was|were|have|had|am|are|have been|had been)\s+)?(?:\w+ly\s+)?$")
# Kinds of happening that a statement reporting them still is ("the group announced its province").
SAID_IS_DONE = frozenset({"death", "allegiance", "organization"})
# Statement triggers that are nouns, not a speaker's verb.
_STATEMENT_NOUN = re.compile(
    r"(?:statements?|announcement|denial|videos?|audio|magazine|credit|responsibility|questions|concern|interview"
    r"|(?:death )?toll|tally|speech|briefings?|press conference|figures? of|broadcast|according to|citing)$", re.I)
_AMBIGUOUS_NOUN = re.compile(r"(?:reports?|claims?|estimates?|warnings?)$", re.I)
# "was reported to have", "are believed to": a hedge on a fact, not somebody speaking
_HEDGE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|no|nor|without|n't)\s+(?:\w+ly\s+)?$", re.I)
_IRREGULAR_PAST = frozenset({
    "died", "fought", "met", "took", "seized", "lost", "fell", "overran", "swore", "led", "shot", "blew",
    "broke", "struck", "won", "began", "killed", "stormed",
    # past participles of a perfect ("says it has retaken the town")
    "taken", "retaken", "retook", "overrun", "fallen", "driven", "sworn", "held", "begun", "beaten", "thrown",
})


# "following the death of ...", "since its inception": what came before the clause's own happening
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:following|after|since|amid|despite|before|in the wake of|in response to)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I)
_QUOTES = re.compile(r"[\u201c\u201d\"]")
_DOUBTED = re.compile(r"\b(?:cautious|sceptical|skeptical|doubts?|doubted|doubtful|questioned|dismissed|rejected|"
                      r"disputed|denied|wary)\s+(?:about\s+|of\s+|over\s+|the\s+|such\s+)*$", re.I)
_REFERENCE_BEFORE = re.compile(r"\b(?:of|in|for|over|behind|to)\s+(?:the|those|these|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I)


_STATES_ADJECTIVES = frozenset("the these those other several many some all member nation island gulf frontline "
                               "neighbouring neighboring western eastern arab african european muslim baltic balkan "
                               "central asian sovereign two three four five six".split())


def _states_noun(text: str, t: Trigger) -> bool:
    """"Arab states", "member states", "the Gulf states": countries, not a speaker's "states that"."""
    if t.text.lower() != "states" or _STATES_VERB_AFTER.match(text, t.end):
        return False
    before = text[max(0, t.start - 30):t.start].split()
    prev = before[-1].strip("\"'“‘(") if before else ""
    return bool(prev) and (prev.islower() or prev.lower() in _STATES_ADJECTIVES or country_for_adjective(prev) is not None)


_STATES_VERB_AFTER = re.compile("\\s*(?:that\\b|[\u201c\"':,])")


def _quoted(text: str, a: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened after ``a`` (direct speech before its speaker)."""
    marks = _QUOTES.findall(text, a, pos)
    return bool(marks) and (marks[-1] == "\u201c" or (marks[-1] == '"' and marks.count('"') % 2 == 1))


def _speaker_verb(text: str, t: Trigger) -> bool:
    """A statement trigger used as a speaker's verb ("states that", "announced"), not a noun or a hedge."""
    if _STATEMENT_NOUN.match(t.text) or (_AMBIGUOUS_NOUN.match(t.text) and (
            _noun_use(text, t) or text[t.start].isupper())):
        return False
    window = max(0, t.start - 30)
    return not (_HEDGE_BEFORE.search(text, window, t.start) and text.startswith(" to ", t.end))


def _negated(text: str, t: Trigger) -> bool:
    """'has not established', 'never pledged': the clause denies the happening."""
    return bool(_NEGATION_BEFORE.search(text, max(0, t.start - 24), t.start))


def _finite_past(text: str, t: Trigger) -> bool:
    """A trigger told as a finished act ("arrested 60 fighters", "was killed"), not a noun or a
    progressive ("is conducting")."""
    word = t.text.split()[0].lower()
    if not (word.endswith("ed") or word in _IRREGULAR_PAST):
        return False
    return not _noun_use(text, t)


_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|these|those|its|their|his|her|of|for|about|any|such|recent|latest|deadly)\s+"
    r"(?:[\w-]+\s+){0,2}$", re.I)


def _noun_use(text: str, t: Trigger) -> bool:
    """Whether a trigger word is used as a noun ("the bombing", "for a suicide attack")."""
    return bool(_DETERMINER_BEFORE.search(text, max(0, t.start - 40), t.start))


def _clauses(text: str, a: int, b: int, triggers: list[Trigger],
             dates: Sequence[tuple[int, str]] = ()) -> list[tuple[int, int, list[Trigger], str | None]]:
    """Split a sentence into clauses that each state one kind of happening.

    Each clause comes with how it is linked to the clause before it: ``"fronted"`` for the main
    clause after a fronted phrase ("Captured in April 2020, X was one of the prisoners freed ..."),
    whose date is not the main clause's; ``"when"`` for "... to August 2018 when he was killed",
    whose time is the one just before it. A later clause with a date of its own that differs from the
    clause before it tells another happening though of the same kind ("caught X on 2 March 2006, and four
    days later arrested Y"; ``dates`` are the sentence's (start, value) of usable dates)."""
    dated = len({v for _, v in dates}) > 1
    if len(triggers) < 2 or (len({t.type for t in triggers}) < 2 and triggers[0].type not in VIOLENT and not dated):
        return [(a, b, triggers, None)]
    cuts = [(m.start(), m.end(), m.lastgroup) for m in _CLAUSE_BREAK.finditer(text, a, b)]
    # "The FARC, founded in 1964, signed a peace accord ...": the founding told in an apposition is a
    # happening of its own, with its own date; the predicate after it is the sentence's
    cuts += [(m.start(1), m.end(), "apposed") for m in _FOUNDED_APPOSITION.finditer(text, a, b)
             if not any(s0 <= m.start(1) < e0 for s0, e0, _ in cuts)]
    # a leader's tenure in a list of leaders, and what the line goes on to tell of him ("- X, 2007-2009, killed
    # in a drone strike in August 2009"): two happenings
    cuts += [(t.end, t.end + 2, "apposed") for t in triggers if t.type == "leadership" and _TENURE_TEXT.fullmatch(t.text)
             and text.startswith(", ", t.end) and any(u.start > t.end and u.type != "leadership" for u in triggers)]
    cuts.sort()
    if not cuts:
        return [(a, b, triggers, None)]
    pieces: list[tuple[int, int, str | None]] = []
    pos, link = a, None
    for c_start, c_end, c_link in cuts:
        if c_start < pos:
            continue
        pieces.append((pos, c_start, link))
        pos, link = c_end, c_link
    pieces.append((pos, b, link))
    out: list[tuple[int, int, list[Trigger], str | None]] = []
    cur_a, cur_b, cur_f = pieces[0]
    cur_tr = [t for t in triggers if cur_a <= t.start < cur_b]
    for pa, pb, pf in pieces[1:]:
        tr = [t for t in triggers if pa <= t.start < pb]
        cur_types = {t.type for t in cur_tr}
        new_types = {t.type for t in tr if t.type != "statement"}
        own = {v for p, v in dates if cur_b <= p < pb} if dated else set()  # the cut may hold it: ", and later that month"
        before = {v for p, v in dates if cur_a <= p < cur_b} if own else set()
        # (a meeting "and" what it decided, "the shura meets near X and selects Y as leader", is one happening)
        if cur_types and not (pf == "and" and cur_types == {"meeting"}) and (
                new_types - cur_types or (pf == "and" and any(_new_incident(text, t) for t in tr))
                or (new_types and own and before and not own & before)):
            out.append((cur_a, cur_b, cur_tr, cur_f))
            cur_a, cur_b, cur_tr, cur_f = pa, pb, tr, pf
        else:
            cur_b, cur_tr = pb, cur_tr + tr
    out.append((cur_a, cur_b, cur_tr, cur_f))
    return out


_FOUNDED_APPOSITION = re.compile(
    r"(?<=[\w)]),\s+(?:which\s+was\s+|who\s+were\s+)?(?:founded|formed|established|created|set\s+up)\s+"
    r"(?:in|on|around|about|during)\s+[^,;()]{2,40}?(?:\s+by\s+[^,;()]{2,60}?)?(,\s+)(?=(?:\w+ly\s+)?[a-z]+(?:ed|s)\b)")
_THAT_CLAUSE = re.compile(r"\s+that\s+")
_YEAR_IN = re.compile(r"\b\d{4}\b")
_FOR_BEFORE = re.compile(r"\b(?:for|of|about|over)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                         r"(?:(?!(?:for|of|about|over|on|in)\b)[\w-]+\s+){0,3}$", re.I)


def _told_with_own_date(text: str, clauses: list[tuple[int, int, list[Trigger], str | None]],
                        dates: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, list[Trigger], str | None]]:
    """"The Islamic State claimed responsibility on Tuesday for the suicide bombings that tore through churches
    on Easter Sunday": a statement dated by its own day, and the attack it names dated by another day written
    after it, are two events (the claim, and a mention of the attack)."""
    out: list[tuple[int, int, list[Trigger], str | None]] = []
    for a, b, tr, link in clauses:
        said = next((t for t in tr if t.type == "statement"), None)
        told = next((t for t in tr if said is not None and t.start > said.end and (t.type in VIOLENT or t.type == "death")
                     and not t.text.startswith("Operation")), None)  # not a title "... for Operation X, issued ..."
        if said is None or told is None:
            out.append((a, b, tr, link))
            continue
        first = [v for s0, _, v in dates if a <= s0 < told.start]
        later = [v for s0, _, v in dates if told.end <= s0 < b]
        later_text = next((text[s0:e0] for s0, e0, _ in dates if told.end <= s0 < b), "")
        if not first or not later or later[0] in first or (told.type == "death" and not _YEAR_IN.search(later_text)):
            # (a death reported with a calendar date of its own: "announces that X died in April 2013"; not
            # "reports emerge that X died over a year ago", which the report dates)
            out.append((a, b, tr, link))
            continue
        m = _FOR_BEFORE.search(text, max(said.end, told.start - 40), told.start)
        cut = m.start() if m is not None else told.start
        that = _THAT_CLAUSE.match(text, said.end, told.start)
        if m is None and that is not None:
            cut = that.end()  # "announces that Mullah Omar died in April 2013": the reported clause with its subject
        if cut <= said.end or any(cut <= s0 < told.start for s0, _, _ in dates):
            out.append((a, b, tr, link))
            continue
        out.append((a, cut, [t for t in tr if t.start < cut], link))
        out.append((cut, b, [t for t in tr if t.start >= cut], "told"))
    return out


def _dated_clauses(text: str, a: int, b: int, triggers: list[Trigger], usable: Sequence[TimeExpression],
                   starts: list[int]) -> list[Trigger]:
    """'The first agreement was signed on 26 September 2016, but voters rejected it on 2 October 2016':
    a later clause that carries a calendar date of its own, and no trigger of a happening, still states a
    dated happening of its own (type "other" unless a statement verb says more)."""
    lo, hi = bisect_right(starts, a - 1), bisect_right(starts, b - 1)
    dated = [e for e in usable[lo:hi] if e.anchor is None and _CALENDAR.search(e.text)]
    if len(dated) < 2 or not triggers:
        return triggers
    cuts = [a] + [m.end() for m in _CLAUSE_BREAK.finditer(text, a, b)] + [b]
    out = list(triggers)
    for e in dated[1:]:
        k = bisect_right(cuts, e.start) - 1
        pa, pb = cuts[k], cuts[min(k + 1, len(cuts) - 1)]
        if pa == a or any(pa <= t.start < pb and t.type != "statement" for t in triggers):
            continue
        if not any(pa <= t.start < pb for t in out if t.type != "statement") and any(d.start < pa for d in dated) \
                and len(text[pa:pb].split()) >= 4 and _FINITE_VERB.search(text, pa, pb):
            out.append(Trigger("other", e.start, e.end, e.text))
    return sorted(out, key=lambda t: t.start)


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _new_incident(text: str, t: Trigger) -> bool:
    """'... killed four officials and carried out a suicide attack at the funeral': an indefinite
    noun of the same kind introduces another happening."""
    return t.type in VIOLENT and bool(_INDEFINITE_BEFORE.search(text, max(0, t.start - 30), t.start))


# "the group claimed responsibility", "the terror group has been gaining ground": the group just named
_GROUP_NP = re.compile(r"\b[Tt]he\s+(?:(?:terror(?:ist)?|militant|jihadist|extremist|armed|insurgent)\s+)?"
                       r"(?:group|organi[sz]ation)\b(?!\s+of\b)(?!\s+(?-i:[A-Z]))")
_PRONOUN = re.compile(r"\b(?:he|she)\b")
_SUBJECT_PRONOUN = re.compile(r"(?:He|She)\s")
_PRONOUN_REACH = 400  # characters of the paragraph looked back for the person "He" refers to
_HEADS = "shura|council|front|movement|network|party|army|alliance|committee|brigade|commission"
_HEAD_NP = re.compile(rf"(?:\b(?:[Tt]he|[Ss]ame|[Tt]his)\s+({_HEADS})|\b({_HEADS.title()}))\b(?!\s+[A-Z])(?!\s+of\b)")
_COORDINATED_PREDICATE = re.compile(r"\band\s+$")
_PAST_VERB = re.compile(r"[a-z]{3,}ed\b")
_GROUP_REACH = 2000  # characters looked back for the group "the group" refers to


def _context_actors(text: str, mentions: Sequence[Any], starts: list[int], actors: list[EventActor],
                    clause: tuple[int, int], sentence: tuple[int, int], split: bool) -> list[EventActor]:
    """Actors a clause refers to without naming them: the group or person its sentence names in another
    clause ("Taking over as IS-KP leader in April 2017, ... after he was killed"), and the group just
    named when it says "the group". Each keeps the text that refers to it."""
    ca, cb = clause
    out: list[EventActor] = []
    has_org = any(a.kind == "org" for a in actors)
    has_person = any(a.kind == "person" for a in actors)
    if split:
        lo, hi = bisect_right(starts, sentence[0] - 1), bisect_right(starts, sentence[1] - 1)
        dateline = _dateline_end(text, sentence[0])
        others = [m for m in mentions[lo:hi] if not ca <= m.start < cb and not m.source and m.end > dateline]
        if not has_org:
            for m in others:
                if m.kind == "org" and all(a.name != m.canonical for a in out):
                    out.append(EventActor(m.canonical, m.text, m.kind, None, m.start, m.end))
        roster = _LOWER_PAST.match(text, ca) is not None and _ROSTER_LINE.match(text, text.rfind("\n", 0, ca) + 1) is not None
        if not has_person and (_PRONOUN.search(text, ca, cb) or roster or _COORDINATED_PREDICATE.search(
                text, max(0, ca - 8), ca) and _PAST_VERB.match(text, ca)):
            before = [m for m in others if m.kind == "person" and m.start < ca]
            # "X, a veteran of ..., broke with Y and pledged allegiance to Z": a coordinated predicate has
            # its sentence's subject, taken only when the sentence names one person before it
            # (a line of a list of leaders goes on with its leader: "- X, 2007-2009, killed in a strike in 2009")
            if before and (_PRONOUN.search(text, ca, cb) or len({m.canonical for m in before}) == 1):
                m = before[-1]
                out.append(EventActor(m.canonical, m.text, m.kind, None, m.start, m.end))
    if not has_person and not any(a.kind == "person" for a in out):
        # "He was released in 2007.": the person the paragraph has just named
        p = _SUBJECT_PRONOUN.match(text, ca) if ca == sentence[0] else None
        if p is not None:
            para = text.rfind("\n", 0, ca) + 1
            lo, hi = bisect_right(starts, max(para, ca - _PRONOUN_REACH) - 1), bisect_right(starts, ca - 1)
            persons = [m for m in mentions[lo:hi] if m.kind == "person" and not m.source]
            if persons and len({m.canonical for m in persons[-3:]}) == 1:
                m = persons[-1]  # only when the recent persons are one man: no guessing between two
                out.append(EventActor(m.canonical, p.group(0).strip(), m.kind, None, ca, ca + len(p.group(0).strip())))
    if not has_org and not any(a.kind == "org" for a in out):
        g = _GROUP_NP.search(text, ca, cb)
        m = _anaphor_group(text, mentions, starts, g.start(), lambda m: not m.source) if g is not None else None
        if g is not None and m is not None:
            out.append(EventActor(m.canonical, g.group(0), "org", None, g.start(), g.end()))
    if not has_org and not out:
        # "in June 1998 its fighters set fire to ...", "On 17 August 2005 it set off some 500 bombs", "the rebels
        # seized ...": the armed group just named (not a state, a company, the UN or a source)
        g = _ARMED_ANAPHOR.search(text, ca, cb)
        at = g.start() if g is not None else 0
        m = _anaphor_group(text, mentions, starts, at, lambda m: not m.source and _ARMED_NAME.search(m.canonical)
                           is not None, lambda m: _prior_org_distance_ok(text, m, at)) if g is not None else None
        if g is not None and m is not None:
            out.append(EventActor(m.canonical, g.group(0), "org", None, g.start(), g.end()))
    # "Same shura appoints ...", "7/31 Shura grants ...": the head word of a body named just before
    for h in _HEAD_NP.finditer(text, ca, cb):
        head = (h.group(1) or h.group(2)).lower()
        prev = _WORD_BEFORE.search(text, max(0, h.start() - 40), h.start())
        if h.group(2) and prev is not None and prev.group(1)[0].isupper() and text[prev.end(1):h.start()] == " ":
            continue  # part of a longer name
        m = _prior_org(mentions, starts, h.start(), lambda m, head=head: m.text.lower().endswith(" " + head))
        if m is not None and all(a.name != m.canonical for a in [*actors, *out]):
            out.append(EventActor(m.canonical, h.group(0), "org", None, h.start(), h.end()))
            break
    return out


# "fighters close to al-Qaeda", "channels linked to X", "sympathy for the Islamic State": a group named to
# describe others, not taking part
_RELATED_TO = re.compile(r"\b(?:(?:close|allied|aligned|tied|sympathetic)\s+(?:to|with)|"
                         r"sympathy\s+for|sympathi[sz]ers\s+of|supporters\s+of"
                         # "X, the local branch of the Islamic State": the parent names what X is
                         r"|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:branch|affiliate|offshoot|wing|franchise|province)\s+of)"
                         r"\s+(?:the\s+)?$")
# "attributed to X by", "blamed on X by": who names the perpetrator, not a party to the act
_ATTRIBUTED_BY = re.compile(r"\b(?:attributed\s+to|blamed\s+on)\s+[^.;:]{1,80}?\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
# a subject that refers back to an armed group: its men, "it" before a violent verb, "the rebels"
_ARMED_ANAPHOR = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir)\s+(?:own\s+)?(?:fighters|militants|men|gunmen|members|cadres|commanders|suicide\s+bombers|forces"
    r"|leader|emir|founder|commander|chief|spokesman)\b"
    r"|(?:^|(?<=[,;]\s)|(?<=\d\s)|(?<=\d,\s))(?:[Ii]t|[Tt]hey)\s+(?:\w+ly\s+)?(?:set\s+off|attacked|bombed|stormed|killed|"
    r"seized|captured|kidnapped|abducted|ambushed|raided|overran|massacred|beheaded|executed|carried\s+out|launched|struck)\b"
    r"|\b[Tt]he\s+(?:rebels|insurgents|militants|jihadists)\b(?=\s+(?:\w+ly\s+)?\w+(?:ed|ok|ew|ought|ught)\b)")
# the name of an armed group: a word such groups are named with in many languages
_ARMED_NAME = re.compile(
    r"\b(?:Front|Movement|Army|Forces|Brigades?|Battalions?|Mujahideen|Mujahidin|Jama'?at\w*|Jama'?ah?|Jema'?ah?|Islamiy+ah?|Jamaat\w*|State|Province|"
    r"Taliban|Ansar\w*|Lashkar|Jaish|Harakat|Hizb\w*|Tehr[ei]e?k\w*|Haram|Shabaa?b|Qaeda|Tigers|Militia|Jihad\w*|"
    r"Emirate|Wilayat|Mourabitoun|Muslimin|Sunna\w*|Liberation|Resistance|Insurgents)\b")


def _prior_org_distance_ok(text: str, m: Any, pos: int) -> bool:
    """The group is named in the same paragraph or the one before."""
    return text.count("\n\n", m.end, pos) <= 1


def _anaphor_group(text: str, mentions: Sequence[Any], starts: list[int], pos: int, fits: Any,
                   near: Any = None) -> Any:
    """The group "the group" or "its fighters" at ``pos`` refers to: one named before it in its paragraph (a
    group of any name there: "The Maute group ... Its fighters"); else the one armed group the document's title
    names (a profile: "Group profile: X"); else the last one named within reach that ``fits`` (and is ``near``)."""
    para = text.rfind("\n\n", 0, pos) + 1
    m = _prior_org(mentions, starts, pos, lambda x: x.start >= para and not x.source and (
        fits(x) or _A_GROUP.search(x.text) is not None))
    if m is not None:
        return m
    title = _title_group(text, mentions)
    if title is not None and fits(title):
        return title
    return _prior_org(mentions, starts, pos, lambda x: fits(x) and (near is None or near(x)))


# "the Maute group", "the Qarvel network": a group called by a generic head word in lowercase
_A_GROUP = re.compile(r"\s(?:group|faction|cell|network|gang|sect)$")


# "Shekau's fighters", "fighters loyal to X": a leader's men are his group
_HIS_MEN = re.compile(r"(?:'s|\u2019s)\s+(?:own\s+)?(?:faction|men|fighters|forces|followers|loyalists|militants|gunmen)\b")
_LOYAL_TO = re.compile(r"\b(?:fighters|men|forces|militants|gunmen)\s+loyal\s+to\s+$")
# "X, the BLA's commander", "leader of Y": a word that ties a person to a group
_MEMBERSHIP = re.compile(r"\b(?:leader|commander|chief|emir|amir|head|founder|co-founder|deputy|wali)\b", re.I)


def _group_of(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Any], person: str) -> Any:
    """The armed group a person leads or belongs to, as the document first says it: the one armed group named in
    the first sentence that names the person with a word of leadership ("X, leader of the Y, ..."); or None."""
    starts = [a for a, _ in sentences]
    done: set[int] = set()
    for m in mentions:
        if m.kind != "person" or m.canonical != person:
            continue
        k = bisect_right(starts, m.start) - 1
        if k < 0 or k in done:
            continue
        done.add(k)
        a, b = sentences[k]
        if not _MEMBERSHIP.search(text, a, b):
            continue
        groups = {x.canonical: x for x in mentions if a <= x.start < b and x.kind == "org" and not x.source
                  and _ARMED_NAME.search(x.canonical)}
        return next(iter(groups.values())) if len(groups) == 1 else None
    return None


_CLAIM_WORD = re.compile(r"\bclaim", re.I)


def _previous_paragraph(text: str, line: int) -> tuple[int, int] | None:
    """The span of the paragraph (a line of prose) before the line starting at ``line``, past one short heading
    line; None in a chronology (when that line is a dated entry) or at the document's start."""
    end = line - 1
    for _ in range(3):
        start = text.rfind("\n", 0, max(0, end)) + 1
        body = text[start:end].strip()
        if body and (len(body) > 80 or body.endswith(".")):
            return (start, end) if not re.match(r"\d{1,2}/\d{1,2}\b", body) else None
        if start == 0:
            return None
        end = start - 1
    return None


def _umbrellas() -> frozenset[str]:
    from chronica.actors.known import umbrella_groups

    return umbrella_groups()


# characters of its paragraph looked back for the one group an unclaimed attack's passage names; an umbrella
# group with branches of its own ("Islamic State", "al-Qaeda") is credited only where the text names it for the act
_PASSAGE_REACH = 1500


def _profile_group(text: str, mentions: Sequence[Any], starts: list[int], pos: int, alone: bool) -> Any:
    """In a profile of one group (its title names it: "Group profile: X"), a leadership entry or an attack that
    names no group is the group's own ("- Y, emir 2015-2017"; "two suicide bombers struck a bus terminal").
    With ``alone``, only when the paragraph before names no other armed group."""
    title = _title_group(text, mentions)
    if title is None:
        return None
    if alone:
        para = text.rfind("\n\n", 0, pos) + 1
        if any(m.canonical != title.canonical for m in _armed_between(mentions, starts, para, pos).values()):
            return None
    return title


def _armed_between(mentions: Sequence[Any], starts: list[int], lo: int, hi: int) -> dict[str, Any]:
    """The armed groups named in ``[lo, hi)``, by canonical name, each with its last mention."""
    out: dict[str, Any] = {}
    for m in mentions[bisect_right(starts, lo - 1):bisect_right(starts, hi - 1)]:
        if m.kind == "org" and not m.source and _ARMED_NAME.search(m.canonical):
            out[m.canonical] = m
    return out


def _title_group(text: str, mentions: Sequence[Any]) -> Any:
    """The group a document's title is the name of ("Group profile: X (XY)", "The X"): a profile of that group.
    The title is its first line, short and with no full stop at its end; None for any other title."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    if end > 120 or text[:end].rstrip().endswith("."):
        return None
    name = _PROFILE_LABEL.sub("", text[:end]).strip().lower()
    if not name:
        return None
    groups = {m.canonical: m for m in mentions if m.kind == "org" and _ARMED_NAME.search(m.canonical)
              and m.text.lower() == name}
    return next(iter(groups.values())) if len(groups) == 1 else None


# what a profile's title says besides the group's name: "Group profile:", "The", an acronym in brackets
_PROFILE_LABEL = re.compile(r"^(?:[\w ]{0,30}\bprofile\s*:\s*)?(?:the\s+)?|\s*\([^)]{1,20}\)\s*$", re.I)


def _prior_org(mentions: Sequence[Any], starts: list[int], pos: int, fits: Any) -> Any:
    """The last organisation named within ``_GROUP_REACH`` characters before ``pos`` that ``fits``."""
    lo, hi = bisect_right(starts, pos - _GROUP_REACH), bisect_right(starts, pos - 1)
    return next((m for m in reversed(mentions[lo:hi]) if m.kind == "org" and fits(m)), None)


def _dateline_at(text: str, pos: int) -> re.Match[str] | None:
    """The news dateline ("PARIS, Nov. 14 --") opening the line that holds ``pos``, if any."""
    from chronica.ingest.metadata import DATELINE

    line_start = text.rfind("\n", 0, pos) + 1
    return DATELINE.match(text, line_start, min(len(text), line_start + 120))


def _in_dateline(text: str, expr: TimeExpression) -> bool:
    """Whether a date is the dateline of a news report ("PARIS, Nov. 14 --") or the stamp of a reader comment
    at the head of its line ("Nadia S., 19 December 2022: Yesterday ..."): when the text was written."""
    m = _dateline_at(text, expr.start)
    if m is not None and m.start("month") <= expr.start < m.end():
        return True
    line = text.rfind("\n", 0, expr.start) + 1
    return bool(_STAMP_HEAD.fullmatch(text, line, expr.start)) and text.startswith(":", expr.end)


# the name of a reader comment's author before its date stamp: "Nadia S., ", "Imran K., ", "Farid, "
_STAMP_HEAD = re.compile(r"[ \t]*(?-i:[A-Z])[\w'\u2019.-]*(?:[ \t]+(?-i:[A-Z])[\w'\u2019.-]*){0,3},[ \t]+")


# "France woke on Saturday to a state of emergency after gunmen struck on Friday night": the event is
# told in a clause of its own opened by a conjunction of time; a date inside that clause is its date.
_THAT_AFTER = re.compile(r",?\s+that\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|reported|announced|confirmed|stated|added)\s+(?:\w+\s+)?$", re.I)
_SUBORDINATOR = re.compile(r"\b(?:after|before|following|when|since)\b", re.I)


def _inside_date(usable: Sequence[TimeExpression], starts: list[int], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and usable[k].start <= pos < usable[k].end


_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _later_step(own: TimeExpression, lead: TimeExpression) -> bool:
    """A later clause of a timeline entry dated by a day of its own a few weeks after the entry's ("12/10 ...
    killing 71 soldiers; IS claims the attack two days later", "... IS claims control of the town on 3/29"):
    that step's own day, not the entry's."""
    a, b = str(own.value or ""), str(lead.value or "")
    if own is lead or own.start < lead.end or not (_DAY_VALUE.match(a) and _DAY_VALUE.match(b)):
        return False
    try:
        gap = (day.fromisoformat(a) - day.fromisoformat(b)).days
    except ValueError:
        return False
    return 0 < gap <= 60


_AND_BEFORE = re.compile(r"\band\s+(?:then\s+)?(?:in\s+|on\s+)?(?:the\s+)?$")
_COORDINATED = re.compile(r",\s+(?:and|but|while|whereas)\s+")


def _date_of_subordinate(text: str, usable: Sequence[TimeExpression], starts: list[int], own: TimeExpression,
                         trigger: Trigger, clause_end: int) -> TimeExpression:
    """The date of a subordinate clause that tells the event, when the clause's first date is the main
    clause's: if a conjunction of time comes between the first date and the trigger, the first date
    after the conjunction inside the clause."""
    m = next((x for x in _SUBORDINATOR.finditer(text, own.end, trigger.start)
              if not _inside_date(usable, starts, x.start())), None)  # not "the following April"
    if m is None:
        # "Five days later X was awarded the prize, and a revised accord was signed on 24 November": the
        # coordinated clause holding the trigger has a date of its own after the break
        co = max(_COORDINATED.finditer(text, own.end, trigger.start), key=lambda x: x.start(), default=None)
        if co is None:
            # "took Derna in June 2018 and the following April launched an offensive": a date opening the
            # second predicate, right after "and", before its verb
            k = bisect_right(starts, own.end - 1)
            while k < len(usable) and usable[k].start < trigger.start:
                if _AND_BEFORE.search(text, max(own.end, usable[k].start - 12), usable[k].start) and \
                        _FINITE_VERB.search(text, usable[k].end, trigger.end + 1) is not None:
                    return usable[k]
                k += 1
        if co is not None:
            k = bisect_right(starts, co.end() - 1)
            if k < len(usable) and usable[k].start < clause_end and not _in_dateline(text, usable[k]):
                return usable[k]
        if _THAT_AFTER.match(text, own.end) and _SAID_BEFORE.search(text, max(0, own.start - 40), own.start):
            # "officials said on Friday that 148 people were killed ... on Thursday": Friday is the
            # saying's; the reported clause's own date after the trigger is the event's
            k = bisect_right(starts, trigger.end - 1)
            if k < len(usable) and usable[k].start < clause_end and not _in_dateline(text, usable[k]):
                return usable[k]
        return own
    k = bisect_right(starts, m.end() - 1)
    if k < len(usable) and usable[k].start < clause_end:
        return usable[k]
    return own


def _outside_names(places: list[Any], actors: Sequence[Any]) -> list[Any]:
    """Places that are not part of a person's full name ("reporter Bryan Bender", "Abdul Rahman
    Kabul"): a name of two words or more that the actor recognition read as a person. A place that is
    the whole name ("Dera Ismail Khan") stays a place, and one that opens a two-word name too; one that
    opens a longer name does not ("Aden Hashi Farah Ayro")."""
    spans = [(m.start, m.end, len(m.text.split())) for m in actors if m.kind == "person" and " " in m.text.strip()]
    if not spans:
        return places
    starts = [a for a, _, _ in spans]
    out = []
    for p in places:
        k = bisect_right(starts, p.start) - 1
        if k >= 0 and p.end <= spans[k][1] and (
                spans[k][0] < p.start or (spans[k][0] == p.start and p.end < spans[k][1] and (
                    spans[k][2] >= 3 or ascii_fold(p.text).lower() != ascii_fold(p.place.name).lower()))):
            continue  # (a place read from another spelling, "Aman" for Amman, that opens a man's name is his name)
        out.append(p)
    return out


def _dateline_end(text: str, pos: int) -> int:
    """Where the dateline of a news report ends when ``pos`` opens one ("PARIS, Nov. 14 --"), or -1:
    the place that heads a report is where it was filed, not a party to what it tells."""
    m = _dateline_at(text, pos)
    return m.end() if m is not None and m.end() > pos else -1


def _label(text: str, a: int, b: int) -> bool:
    """A few words before a colon ("Second emir: ...") label what follows; they state no happening."""
    return text[b:b + 1] == ":" and len(text[a:b].split()) <= 3


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n,;:-\u2013\u2014":
        a += 1
    while b > a and text[b - 1] in " \t\n,;":
        b -= 1
    return a, b


_TIME_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T.*$")


_UNTIL = re.compile(r"\s+(?:until|till|to)\s+(?:(?:his|her|its|their)\s+[\w-]+\s+in\s+)?", re.I)


def _tenure(text: str, usable: Sequence[TimeExpression], starts: list[int], own: TimeExpression,
            end: int) -> EventDate | None:
    """A tenure told from one date to another: "emir from 2007 until his arrest in 2010", "leader from about 2014
    until 2016" (``2007/2010``, ``2014~/2016``), when the engine read the two ends apart."""
    i = bisect_right(starts, own.start)
    if i >= len(usable) or usable[i].start >= end or own.value is None or "/" in str(own.value):
        return None
    nxt = usable[i]
    gap = _UNTIL.fullmatch(text, own.end, nxt.start)
    if gap is None or nxt.value is None or "/" in str(nxt.value):
        return None
    return EventDate(f"{own.value}/{nxt.value}", text[own.start:nxt.end], own.start, nxt.end, own.earliest,
                     nxt.latest, own.precision, own.anchor, False)


def _within(inner: TimeExpression, outer: TimeExpression) -> bool:
    """The finer date lies inside the coarser one's bounds ("12 October 2002" inside "two years later": 2002)."""
    return (inner.earliest is not None and inner.latest is not None and outer.earliest is not None
            and outer.latest is not None and outer.earliest <= inner.earliest and inner.latest <= outer.latest
            and (inner.earliest, inner.latest) != (outer.earliest, outer.latest))


def _event_date(expr: TimeExpression, inherited: bool) -> EventDate:
    """An event's date is calendar EDTF: a time of day ("that evening", TIMEX's ``TEV``) keeps its day."""
    value = expr.value or ""
    precision = expr.precision
    m = _TIME_OF_DAY.match(value)
    if m:
        value, precision = m.group(1), "day"
    return EventDate(value, expr.text, expr.start, expr.end, expr.earliest, expr.latest, precision, expr.anchor,
                     inherited)


class _Annotators:
    """The annotators (actors, places, casualties), loaded once; one that is missing is skipped."""

    def __init__(self) -> None:
        self.actors: Any = _load("chronica.actors", "find_actors", "actor_roles")
        self.geo: Any = _load("chronica.geo", "geocode_document", "best_place")
        self.casualties: Any = _load("chronica.events.casualties", "casualties")


def _load(module: str, *names: str) -> Any:
    import importlib

    try:
        mod = importlib.import_module(module)
    except ImportError:  # pragma: no cover - present in a full install
        return None
    return mod if all(hasattr(mod, n) for n in names) else None


_ANNOTATORS: _Annotators | None = None


def _annotators() -> _Annotators:
    global _ANNOTATORS
    if _ANNOTATORS is None:
        _ANNOTATORS = _Annotators()
    return _ANNOTATORS


def extract_events(
    text: str,
    sentences: Sequence[tuple[int, int]],
    *,
    doc_id: str = "",
    dct: str | None = None,
    segments: Sequence[SegmentInfo] = (),
) -> list[Event]:
    """Every event mention in a document, in reading order."""
    if not text or not sentences:
        return []
    ann = _annotators()
    expressions = find_dates(text, dct)
    usable = [e for e in expressions if _usable(e)]
    usable_starts = [e.start for e in usable]
    sdates: list[SentenceDate | None] = date_sentences(text, list(sentences), dct, expressions)
    actor_mentions = ann.actors.find_actors(text, list(sentences)) if ann.actors else []
    actor_starts = [m.start for m in actor_mentions]
    place_mentions = ann.geo.geocode_document(text) if ann.geo else []
    if ann.actors and ann.geo:
        shared.remember(text, sentences, dct, actor_mentions, place_mentions, expressions)
    if place_mentions and actor_mentions:
        place_mentions = _outside_names(place_mentions, actor_mentions)
    place_starts = [m.start for m in place_mentions]
    seg_list = sorted(segments, key=lambda s: (s.start, s.parent is not None))
    seg_starts = [s.start for s in seg_list]

    events: list[Event] = []
    last_violent_sentence = -10
    home: str | None = None  # the document's own country, found when first needed
    for si, ((sa, sb), sdate) in enumerate(zip(sentences, sdates, strict=True)):
        top, child = _segment_for(seg_list, seg_starts, sa) if seg_list else (None, None)
        if (top is not None and top.kind in SKIP_SEGMENTS) or (child is not None and child.kind in SKIP_SEGMENTS):
            continue
        relevant = not ((top is not None and top.kind in UNRELATED_SEGMENTS)
                        or (child is not None and child.kind in UNRELATED_SEGMENTS))
        if _CREDIT.match(text, sa, sb):
            continue  # "Reporting by ...": who wrote the source, not a happening
        triggers = [t for t in find_triggers(text, sa, sb) if not _in_name(text, t, sa)]
        if not any(t.type == "leadership" for t in triggers) and (roster := _roster_tenure(text, sa, sb)) is not None:
            triggers = sorted([*triggers, roster], key=lambda t: t.start)
        if not triggers:
            # a sentence that dates something with no trigger word for it ("Khorasan was divided into
            # three provinces on 29 September 2004") is an event of type "other"
            if sdate is None or sdate.inherited or len(text[sa:sb].split()) < 6 or not _CALENDAR.search(
                    sdate.expression.text) or not _FINITE_VERB.search(text, sa, sb):
                continue
            e0 = sdate.expression
            triggers = [Trigger("other", e0.start, e0.end, e0.text)]
        triggers = _dated_clauses(text, sa, sb, triggers, usable, usable_starts)
        lo, hi = bisect_right(usable_starts, sa - 1), bisect_right(usable_starts, sb - 1)
        clauses = _told_with_own_date(text, _clauses(text, sa, sb, triggers, [(e.start, str(e.value)) for e in usable[lo:hi]]),
                                      [(e.start, e.end, str(e.value)) for e in usable[lo:hi]])
        prev_violent = False
        for ci, (ca, cb, ctr, link) in enumerate(clauses):
            # "conducted a strike, resulting in the death of eight": the result states the strike's toll
            toll_end = clauses[ci + 1][1] if ci + 1 < len(clauses) and clauses[ci + 1][3] == "result" else cb
            if ci + 1 < len(clauses):
                nxt = _bare_toll(text, clauses[ci + 1][0], clauses[ci + 1][1])
                if nxt is not None and any(t.type in VIOLENT for t in ctr):
                    toll_end = max(toll_end, nxt)  # "stormed the hotel, and 20 hostages were killed before ..."
            toll_from = ca
            if prev_violent and (told := _bare_toll(text, ca, cb)) is not None:
                # the toll belongs to the incident just told; what else the clause says stands on its own
                ctr = [t for t in ctr if not (t.type in VIOLENT and t.start < told)]
                if not ctr:
                    continue
                toll_from = told
            prev_violent = False
            ca, cb = _strip(text, ca, cb)
            toll_from = max(toll_from, ca)
            if cb - ca < 8 or _label(text, ca, cb):
                continue
            chosen = _choose_type(text, ctr, ca, cb)
            if chosen is None:
                continue
            etype = chosen.type
            # own date of the clause first, then the sentence's
            i = bisect_right(usable_starts, ca - 1)
            if ci > 0 and i > 0 and clauses[ci - 1][1] <= usable[i - 1].start < ca:
                i -= 1  # the clause break held the clause's date: ", and later that month ..."
            own = usable[i] if i < len(usable) and usable[i].start < cb else None
            if own is not None and i + 1 < len(usable) and usable[i + 1].start < cb and _in_dateline(text, own):
                own = usable[i + 1]  # "PARIS, Nov. 14 -- ... struck on Friday night": the report's date is not the event's
            if own is not None and own.end <= chosen.start:
                own = _date_of_subordinate(text, usable, usable_starts, own, chosen, cb)
            if own is not None and own.anchor is not None and i + 1 < len(usable) and usable[i + 1] is not own \
                    and usable[i + 1].anchor is None and (usable[i + 1].start < min(cb, chosen.start) or (
                        usable[i + 1].start < cb and _within(usable[i + 1], own))):
                # "Two years ago, on 14 July 2016, a lorry ...", "The worst attack came two years later: on the
                # night of 12 October 2002 ...": the calendar date says it
                own = usable[i + 1]
            date: EventDate | None
            if link == "told" and own is not None and own.start >= ca:
                date = _event_date(own, False)  # the attack a statement names, by the day written for it
            elif own is not None and (sdate is None or sdate.inherited or own.start >= sa):
                if sdate is not None and not sdate.inherited and sdate.expression.start < ca:
                    # a timeline entry's leading date governs its later clauses
                    date = _event_date(sdate.expression, True) if _leads_line(text, sdate.expression) and not _later_step(
                        own, sdate.expression) else _event_date(own, False)
                else:
                    date = _event_date(own, False)
            elif link == "when" and i > 0 and usable[i - 1].start >= sa and text[usable[i - 1].end:ca].strip(" ,") in (
                    "when", "until"):
                before = usable[i - 1]  # "led the group from July 2017 to August 2018 when he was killed"
                date = _event_date(before.parts[-1] if before.parts else before, True)
            elif sdate is not None and (
                    (not sdate.inherited and not (link == "fronted" and sdate.expression.start < ca
                                                  and not _leads_line(text, sdate.expression)))
                    or (sdate.inherited and carries(text, sdate.expression, ca))):
                date = _event_date(sdate.expression, sdate.inherited or sdate.expression.start < ca)
                if sdate.expression.start >= cb and _bracketed(text, sa, sdate.expression.start):
                    date = None  # "The first Emir of ISKP, X (killed in 2016), ...": the aside's date is its own
            else:
                date = None
            # actors inside the clause
            actors: list[EventActor] = []
            if actor_mentions:
                lo, hi = bisect_right(actor_starts, ca - 1), bisect_right(actor_starts, cb - 1)
                inside = actor_mentions[lo:hi]
                roles = ann.actors.actor_roles(text, ca, cb, inside) if inside else {}
                seen: set[str] = set()
                dateline = _dateline_end(text, ca) if inside and inside[0].start < ca + 60 else -1
                for k, m in enumerate(inside):
                    if m.end > cb or m.canonical in seen or m.end <= dateline:
                        continue
                    if m.kind == "org" and _RELATED_TO.search(text, max(ca, m.start - 40), m.start):
                        continue  # "gunmen allied to the Islamic State": the group describes them, takes no part
                    if _ATTRIBUTED_BY.search(text, max(ca, m.start - 120), m.start):
                        continue  # "an attack attributed to X by President Y": Y tells who did it
                    seen.add(m.canonical)
                    actors.append(EventActor(m.canonical, m.text, m.kind, roles.get(k), m.start, m.end))
                actors += _context_actors(text, actor_mentions, actor_starts, actors, (ca, cb), (sa, sb),
                                          len(clauses) > 1)
            if etype == "leadership" and date is not None and own is not None and date.start == own.start:
                date = _tenure(text, usable, usable_starts, own, sb) or date
            toll_claim = False
            said_on = date is not None and not date.inherited and any(
                t.type == "statement" and t.end <= date.start and _SAID_ON.fullmatch(text, t.end, date.start) for t in ctr)
            incident = next((e for e in reversed(events[-4:]) if e.type in VIOLENT), None)
            if ((date is None or said_on) and etype in ("statement", "death") and incident is not None
                    and incident.date is not None and si - last_violent_sentence <= _CONTINUATION_SENTENCES + 1
                    and _ATTRIBUTED_TOLL.search(text, ca, cb)):
                toll = ann.casualties.casualties(text, ca, cb)
                if (toll.killed is not None or toll.wounded is not None) and not all(f.subset for f in toll.figures) and (
                        etype == "statement" or (toll.killed or 0) >= 2):  # a count of dead, not a named man's death
                    # (not "38 of the dead were foreigners": a part of a toll told already)
                    # '"We have received 100 dead," said a hospital spokeswoman', 'a police officer said 93 deaths
                    # had been confirmed': a source's own toll of the incident just told, a claim of its own
                    etype, toll_claim = incident.type, True
                    date = dataclasses.replace(incident.date, inherited=True)
            if date is None and etype == "statement" and actors:
                date = _speakers_date(text, events, actors, ca)
            if date is None and dct:
                date = _recent(text, dct, ca, cb)
            if chosen.type == "statement" and (_TOLL_VERB.search(text, ca, cb) or (
                    _CLAIMED_ATTACK.search(text, ca, cb) and not _told_just_before(text, events, ca))):
                attack = next((t for t in ctr if t.type == "attack"), None)
                # "claimed responsibility for a bombing that killed 33", "IS claimed an attack on soldiers near
                # X" where nothing before tells that attack: the claim is the document's telling of the attack
                if attack is not None:
                    chosen, etype = attack, "attack"
            suicide = next((t for t in ctr if t is not chosen and t.type == "attack"
                            and _SELF_KILLED.match(text, t.end) and _is_death(text, t, actors)), None)
            if suicide is not None:
                chosen = suicide  # "...; Baghdadi kills himself during the raid": his death, not the raid
            if own is not None and etype in VIOLENT and founded_before(text, max(ca, own.start - 60), own.start,
                                                                         since_only=True):
                etype = "organization"  # "has killed thousands since its inception in 2015": a tally, dated by the founding
            elif etype == "statement" and _DECLARED_MEASURE.search(text, ca, cb):
                etype = "other"  # "declared a state of emergency in three states": a measure taken, not words
            elif etype in VIOLENT and _HAZARD_BEFORE.search(text, max(ca, chosen.start - 80), chosen.start):
                etype = "other"  # "the monsoon floods have killed 1,700 people": a disaster, not an attack
            elif _is_death(text, chosen, actors) or (etype in VIOLENT and _died_by_own_hand_or_in_custody(
                    text, actors, (ca, cb), (sa, sb))):
                etype = "death"
            elif etype in ("detention", "military_operation") and (
                    (slain := next((t for t in ctr if t is not chosen and t.type == "attack" and _is_death(text, t, actors)),
                                   None)) is not None or _died_by_own_hand_or_in_custody(text, actors, (ca, cb), (sa, sb))):
                # "Gaddafi was captured and killed", "special forces raided a cave complex and killed X": the
                # named person's death is what the clause tells
                chosen = slain or chosen
                etype = "death"
            elif (etype in ("military_operation", "attack") and actors and all(a.kind == "org" for a in actors)
                  and any(t.type == "military_operation" and _RAID.fullmatch(t.text) for t in ctr)
                  and not _STATE_AGENT.search(text, ca, cb)):
                etype = "attack"  # "they raided the Foreign Ministry, killing three": an armed group's raid
            elif etype == "attack" and not toll_claim and _state_operation(text, chosen, ca, ctr):
                etype = "military_operation"
            elif etype in ("detention", "leadership") and _TAKEN_PLACE.fullmatch(chosen.text) and _place_follows(
                    place_mentions, place_starts, chosen.end, text):
                etype = "territory"  # "ISIS captures Mosul", "took over Zinjibar": a place taken, not a man
            elif etype == "military_operation" and _OFFENSIVE.search(chosen.text) and actors \
                    and not any(x.kind == "state" for x in actors) and any(x.kind == "org" for x in actors):
                etype = "clash"  # "rebel forces led by HTS launched an offensive": armed groups fighting, not a state's
            if (etype in VIOLENT and (date is None or date.inherited) and events and events[-1].type in VIOLENT
                    and (_anaphoric(text, chosen) or _toll_of_the_incident(text, ctr)) and si - last_violent_sentence <= _CONTINUATION_SENTENCES
                    and _continues(text, events[-1].end, ca)):
                continue  # "... were wounded in the attack": the incident just told, its toll already joined
            if (own is None or own.start >= cb) and _refers_back(text, chosen, ca):
                continue  # "In the video, militants are seen ...", "In the wake of this pledge": told already
            location = event_location(text, place_mentions, place_starts, (ca, cb), (sa, sb))
            if etype in VIOLENT or etype in ("death", "detention", "territory"):
                taken = [(x.start, x.end) for x in actors] + [(p.start, p.end) for p in mentions_in(
                    place_mentions, place_starts, ca, cb)]
                location = unlisted_scene(text, location, (ca, cb), taken)
            if location is not None and (etype in VIOLENT or etype == "death"):
                for span in _continuation(text, sentences, sdates, si):
                    location = finer_place(text, place_mentions, place_starts, location, span)
            if etype == "attack":
                # "a convoy of the X", "X camps", "the X building": the group's men or premises are attacked
                actors = [dataclasses.replace(a, role="target") if a.role is None and a.kind == "org" and (
                    _PREMISES_OF.search(text, max(ca, a.start - 30), a.start) or _PREMISES_AFTER.match(text, a.end))
                    else a for a in actors]
            if etype == "territory" and any(a.kind != "person" for a in actors):
                # "fighters enter the capital as President Y flies out", "hours after President Y left": a man told
                # in a clause of his own beside the taking is no party to it
                actors = [a for a in actors if not (a.kind == "person" and a.role is None and a.end > a.start
                                                    and _BESIDE_CLAUSE.search(text, max(ca, a.start - 40), a.start))]
            if etype in ("death", "attack", "military_operation"):
                # "kills the X's deputy leader, Y", "Y, the founder of X, is killed": the group tells who the dead
                # man was; it takes no part in his death
                actors = [a for a in actors if not (a.kind == "org" and a.role in (None, "victim", "target") and a.end > a.start and (
                    _OFFICE_OF.search(text, max(ca, a.start - 40), a.start) or _OFFICE_AFTER.match(text, a.end))
                    and (etype == "death" or _KILL_BEFORE.search(text, max(ca, a.start - 50), a.start)))]
            if etype == "attack":
                # "outside the Indian embassy", "fired on the US consulate": the state's mission is the target; a
                # state named only as the owner of the building takes no part, even when no one else is named
                actors = [a for a in actors if not (a.kind == "state" and a.role is None and a.end > a.start and (
                    _MISSION_AFTER.match(text, a.end) or _MISSION_OF.search(text, max(ca, a.start - 30), a.start)))]
            if etype == "attack" and any(a.role in ("target", "victim") for a in actors):
                # the victims take no part; a state attacked stays a party when no one else is named
                alone = not any(a.role not in ("target", "victim") for a in actors)
                actors = [a for a in actors if a.role not in ("target", "victim") or (alone and a.kind == "state")]
            if etype == "attack" and actor_mentions and not any(a.kind == "org" for a in actors):
                line = text.rfind("\n", 0, ca) + 1  # its paragraph, or its entry in a chronology
                raw = _armed_between(actor_mentions, actor_starts, max(line, ca - _PASSAGE_REACH), ca)
                # an umbrella group in the passage may be the branch the passage is about: no guess then
                named = {} if any(k in _umbrellas() for k in raw) else raw
                eol = text.find("\n", ca)
                if not raw and line > 0 and text[line:ca].count(". ") < 2 and not _CLAIM_WORD.search(
                        text, ca, eol if eol >= 0 else len(text)):
                    # the paragraph opens with the attack and tells no claim: the paragraph before (past a heading)
                    # names the group
                    prev = _previous_paragraph(text, line)
                    if prev is not None:
                        named = {k: v for k, v in _armed_between(actor_mentions, actor_starts, *prev).items()
                                 if k not in _umbrellas()}
                if len(named) == 1:
                    group = next(iter(named.values()))
                    actors.append(EventActor(group.canonical, group.text, "org", None, group.start, group.end))
            if etype in ("leadership", "attack") and actor_mentions and not any(a.kind == "org" for a in actors):
                group = _profile_group(text, actor_mentions, actor_starts, ca, etype == "attack")
                if group is not None:
                    actors.append(EventActor(group.canonical, group.text, "org", None, group.start, group.end))
            if actor_mentions and not any(a.kind == "org" and _ARMED_NAME.search(a.name) for a in actors):
                men = next((a for a in actors if a.kind == "person" and (_HIS_MEN.match(text, a.end) or _LOYAL_TO.search(
                    text, max(ca, a.start - 30), a.start))), None)
                group = _group_of(text, sentences, actor_mentions, men.name) if men is not None else None
                if group is not None and men is not None:
                    actors.append(EventActor(group.canonical, men.text, "org", None, men.start, men.end))
            if actors and location is not None and location.get("country"):
                actors = _bodies_as_states(actors, str(location["country"]))
            if ann.actors and etype != "attack" and not any(a.kind == "state" for a in actors):
                parties = etype in ("agreement", "meeting")
                if parties and home is None:
                    home = _home_country(place_mentions)
                acting = _acting_state(text, ca, cb, actors, {"country": home} if parties else location,
                                       etype != "death", parties, etype in ("detention", "death", "other"))
                if acting is not None:
                    actors.append(acting)
            killed = wounded = None
            figures: tuple[dict[str, Any], ...] = ()
            if ann.casualties is not None:
                cas = ann.casualties.casualties(text, toll_from, toll_end if etype in VIOLENT else cb)
                killed, wounded = cas.killed, cas.wounded
                found = list(cas.figures)
                if etype == "death" and all(f.qualifier is None for f in found if f.kind == "killed"):
                    killed = None  # "X was killed": the person's death, not a toll
                if (etype in VIOLENT or etype == "death") and (killed is None or wounded is None):
                    # the toll of the incident a named person died in counts him ("killed X and four others")
                    k2, w2, more = _continued_toll(ann, text, sentences, sdates, si)
                    if killed is None and k2 is not None:
                        killed = k2
                        found += [f for f in more if f.kind == "killed"]
                    if wounded is None and w2 is not None:
                        wounded = w2
                        found += [f for f in more if f.kind == "wounded"]
                figures = tuple(_figure(f) for f in found)
            if etype in VIOLENT:
                last_violent_sentence = si
                prev_violent = True
            confidence = 0.9 if etype != "statement" else 0.7
            if date is not None and date.inherited:
                confidence -= 0.1
            events.append(
                Event(
                    doc_id=doc_id, start=ca, end=cb, quote=text[ca:cb], type=etype, trigger=chosen.text,
                    date=date, actors=tuple(actors), location=location, killed=killed, wounded=wounded,
                    casualties=figures, relevant=relevant, segment_id=top.id if top else None,
                    confidence=round(confidence, 2),
                )
            )
    events = _dated_by_a_happening(text, events)
    events = _timed_by_a_person(text, events)
    if actor_mentions:
        events = _claimed_after(text, sentences, events, actor_mentions, actor_starts)
    events = _same_passage_violence(text, events)
    events = _between_entries(text, events, usable)
    return link_branches(text, events, branch_areas(actor_mentions, place_mentions, sentences)) if actor_mentions else events


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
# "launched coordinated attacks", "carried out raids": a past verb that tells the noun after it as done
_LIGHT_VERBS = frozenset("launched conducted staged mounted carried waged unleashed began executed".split())
_TIMELINE_ENTRIES = 5  # day-dated entries that make a document a chronology


# a report going on with the same incident: "Another bomber blew himself up ...", "Within minutes, three more ..."
_GOES_ON = re.compile(r"^(?:one|the\s+other|the\s+last)\b|\b(?:another|more|further|also|then|within\s+(?:minutes|hours|moments)|moments?\s+later|"
                      r"minutes\s+later|shortly\s+(?:after|afterwards)|the\s+same\s+(?:day|morning|night|evening)|"
                      r"(?:second|third|fourth|fifth|sixth|seventh)\s+(?:blast|bomb|bomber|explosion|attack|attacker))\b",
                      re.I)


def _same_passage_violence(text: str, events: list[Event]) -> list[Event]:
    """An undated violent record that goes on with the violent incident the sentence before it dated, in the
    same paragraph ("The first blasts struck during Easter services ... Another bomber blew himself up at the
    Zion Church ..."), happened that day; the date is marked inherited. Other undated sentences keep no date."""
    out = list(events)
    last: Event | None = None
    for n, ev in enumerate(out):
        if ev.date is not None:
            last = ev if ev.type in VIOLENT else None
            continue
        if last is None or last.date is None or ev.type not in VIOLENT or "\n\n" in text[last.end:ev.start] \
                or not _GOES_ON.search(ev.quote[:80]):
            continue
        out[n] = dataclasses.replace(ev, date=dataclasses.replace(last.date, inherited=True))
        last = out[n]
    return out


def _between_entries(text: str, events: list[Event], usable: Sequence[TimeExpression]) -> list[Event]:
    """In a chronology of dated entries, an undated violent record told between two entries (a quoted
    report set apart under an entry) happened between their dates: ``2015-08-28/2015-09-26``."""
    entries = [e for e in usable if e.precision == "day" and e.earliest and e.latest and _leads_line(text, e)]
    if len(entries) < _TIMELINE_ENTRIES or not any(e.date is None for e in events):
        return events
    starts = [e.start for e in entries]
    out = list(events)
    for n, ev in enumerate(out):
        if ev.date is not None or not (ev.type in VIOLENT or ev.type in ("death", "detention", "territory")):
            continue
        # only a happening told as one: an actor doing it in the past tense ("Wilayat Khorasan launched attacks
        # on ...", "X attacked a convoy"), not a reference to one ("[his] killing", "the Death of Mullah Omar")
        at = ev.quote.find(ev.trigger or "\0")
        head = (ev.trigger or " ").split()[0].lower()
        light = {w.lower() for w in ev.quote[max(0, at - 30):max(0, at)].split()[-2:]} & _LIGHT_VERBS
        if at < 0 or not (head.endswith("ed") or head in _IRREGULAR_PAST or light) \
                or not any(x.start < ev.start + at and x.kind != "state" for x in ev.actors) \
                or _PASSIVE_BEFORE.search(ev.quote, max(0, at - 16), at):
            continue
        k = bisect_right(starts, ev.start) - 1
        if k < 0 or k + 1 >= len(entries):
            continue
        before, after = entries[k], entries[k + 1]
        lo, hi = str(before.earliest), str(after.latest)
        if not lo < hi or not str(before.value or "")[:4].isdigit() or not str(after.value or "")[:4].isdigit():
            continue
        value = f"{before.value}/{after.value}"
        out[n] = dataclasses.replace(ev, date=EventDate(value, "", before.start, after.end, lo, hi, "interval",
                                                        "between the entries it is listed between", True))
    return out


# "within months of al-Muhajir's leadership", "weeks after his appointment", "soon after X's death": a time
# told from another happening of the document, which dates it
_AFTER_HAPPENING = re.compile(
    r"\b(?i:(?:with)?in\s+(?:the\s+)?(?:first\s+)?(?:a\s+)?(?:few\s+)?(?:days|weeks|months|year)|(?:days|weeks|months|shortly|soon)\s+after)"
    r"\s+(?:of\s+)?(?P<who>(?:his|her|their)|(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+){0,3}(?:'s|’s))\s+"
    r"(?:(?:own|first|new)\s+)?(?P<what>leadership|appointment|election|accession|succession|rise|takeover|arrival"
    r"|death|killing|release|capture|arrest)\b")
_HAPPENING_TYPES = {"death": ("death", "attack"), "killing": ("death", "attack"), "release": ("detention",),
                    "capture": ("detention",), "arrest": ("detention",)}


def _dated_by_a_happening(text: str, events: list[Event]) -> list[Event]:
    """Undated events whose clause dates them from a person's appointment or death that another record of the
    document dates: the year of that record, approximate (the source gives no more)."""
    out = list(events)
    for n, e in enumerate(out):
        if e.date is not None:
            continue
        lo = max(text.rfind(". ", 0, e.start), text.rfind("\n", 0, e.start)) + 1  # the clause's sentence
        m = _AFTER_HAPPENING.search(text, lo, e.end)
        if m is None or (m.start() < e.start and e.type == "leadership" and m.end() >= e.end - 1):
            continue
        people = [a for a in e.actors if a.kind == "person"]
        who = m.group("who")
        if who.lower() in ("his", "her", "their"):
            # "X ... within months of his appointment", "Weeks after his appointment, X ordered ..."
            person = next((a.name for a in people if a.start < m.start()), people[0].name if people else None)
        else:
            person = next((a.name for a in people if m.start("who") <= a.start < m.end("who")), None)
        if person is None:
            continue
        kinds = _HAPPENING_TYPES.get(m.group("what").lower(), ("leadership",))
        anchor = next((o for o in out if o is not e and o.type in kinds and o.date is not None and not o.date.inherited
                       and o.date.value[:4].isdigit() and any(a.name == person for a in o.actors)), None)
        if anchor is None or anchor.date is None:
            continue
        year = anchor.date.value[:4]
        out[n] = dataclasses.replace(e, date=EventDate(f"{year}~", m.group(0), m.start(), m.end(), f"{year}-01-01",
                                                       f"{year}-12-31", "year", anchor.quote[:80], True))
    return out


VIOLENT = frozenset({"attack", "military_operation", "clash"})


def _timed_by_a_person(text: str, events: list[Event]) -> list[Event]:
    """A person named only to tell when a violent event happened ("Within months of al-Muhajir's leadership,
    IS-KP staged a suicide attack") takes no part in it."""
    out = list(events)
    for n, e in enumerate(out):
        if e.type not in VIOLENT or not any(a.kind == "person" for a in e.actors):
            continue
        lo = max(text.rfind(". ", 0, e.start), text.rfind("\n", 0, e.start)) + 1
        spans = [(m.start("who"), m.end("who")) for m in _AFTER_HAPPENING.finditer(text, lo, e.end)]
        if not spans:
            continue
        kept = tuple(a for a in e.actors if not (a.kind == "person" and any(x <= a.start < y for x, y in spans)))
        if len(kept) < len(e.actors):
            out[n] = dataclasses.replace(e, actors=kept)
    return out


# a court or ministry named with no country ("the South Tarvin District Court", "the Health Ministry")
_STATE_BODY = re.compile(r"(?:[A-Z][\w'-]*\s+){0,3}(?:District\s+|High\s+|Supreme\s+|Appeals?\s+|Anti-Terrorism\s+)?Court"
                         r"|(?:[A-Z][\w'-]*\s+)?Ministry(?:\s+of\s+[A-Z][\w'-]*(?:\s+Affairs)?)?")
_NOT_A_STATE_BODY = re.compile(r"\b(?:International|European|African|Arab|Islamic|Sharia|Criminal|UN|United|World)\b")


def _bodies_as_states(actors: list[EventActor], iso: str) -> list[EventActor]:
    """A court or ministry named with no country acts as the state of the event's country ("the South Tarvin
    District Court banned the group": the state bans it); one of another state keeps its own name."""
    from chronica.actors.states import country_by_adjective, country_by_iso

    out: list[EventActor] = []
    country = None
    for a in actors:
        if a.kind == "org" and a.role not in ("target", "victim") and _STATE_BODY.fullmatch(a.name) \
                and not _NOT_A_STATE_BODY.search(a.name) and country_by_adjective(a.name.split()[0]) is None:
            country = country or country_by_iso(iso)
            if country is None:
                return actors
            if all(x.name != country.name for x in [*actors, *out]):
                out.append(EventActor(country.name, a.text, "state", a.role, a.start, a.end))
            continue
        out.append(a)
    return out


_PREMISES = r"(?:convoys?|camps?|bases?|posts?|headquarters|offices?|buildings?|stations?|patrols?|checkpoints?|compounds?|barracks|premises|vehicles?|buses|bus)"
_PREMISES_OF = re.compile(rf"\b{_PREMISES}\s+of\s+(?:the\s+)?$")
_PREMISES_AFTER = re.compile(rf"(?:'s)?\s+{_PREMISES}\b")
_BESIDE_CLAUSE = re.compile(r"\b(?:as|while|(?:(?:hours|days|minutes)\s+)?(?:after|before))\s+(?:(?-i:[A-Z])[\w.]*\s+){0,2}$",
                            re.I)
_OFFICE = (r"(?:(?:deputy|second|former|top|senior|military|supreme|overall)\s+)?(?:leader|chief|founder|co-founder|emir|amir"
           r"|head|commander|spokesman|spokesperson)")
_OFFICE_OF = re.compile(rf"\b(?:the|its|their)\s+{_OFFICE}\s+of\s+(?:the\s+)?$", re.I)
_OFFICE_AFTER = re.compile(rf"(?:'s|\u2019s)\s+(?:[\w-]+\s+)?{_OFFICE}\b", re.I)
_KILL_BEFORE = re.compile(r"\b(?:kill(?:s|ed|ing)?|assassinat\w+|eliminat\w+)\b[^.;]*$", re.I)
_MISSION = r"(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?:-[Gg]eneral)?|[Hh]igh\s+[Cc]ommission)"
_MISSION_AFTER = re.compile(rf"(?:'s)?\s+{_MISSION}\b")
_MISSION_OF = re.compile(rf"\b{_MISSION}\s+of\s+(?:the\s+)?$")
_PASSIVE_START = re.compile(r"(?:was|were|had|has|have|is|are|being)\b", re.I)


def _home_country(places: Sequence[Any]) -> str:
    """The country most of a document's places lie in (ISO code), or "" when no country holds half of them."""
    counts: dict[str, int] = {}
    for p in places:
        iso = getattr(p.place, "country", None)
        if iso:
            counts[iso] = counts.get(iso, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    return best[0] if best[1] * 2 >= sum(counts.values()) else ""


def _acting_state(text: str, ca: int, cb: int, actors: list[EventActor], location: dict[str, Any] | None,
                  speaking: bool, parties: bool, held: bool) -> EventActor | None:
    """The state of the event's country when the clause names its forces or institutions acting by a common
    noun ("Security forces kill X in Anantnag district", "was shot dead by police in Batu"): the noun names
    no country, the place does. Not for an attack (the forces there are its targets or respond to it), and in a
    death only the forces that kill or hold the person, not the ones that report it."""
    from chronica.actors.agents import acting_state_noun
    from chronica.actors.states import country_by_iso

    iso = (location or {}).get("country")
    if not iso:
        return None
    span = acting_state_noun(text, ca, cb, [(a.start, a.end) for a in actors], speaking, parties, held)
    if span is not None and _PASSIVE_START.match(text, span[0]) and (location or {}).get("basis") not in (
            "clause", "sentence", "adjective"):
        return None  # "was arrested": the state of a place the sentence names, not one of the paragraph
    country = country_by_iso(str(iso)) if span is not None else None
    if span is None or country is None or any(a.name == country.name for a in actors):
        return None
    return EventActor(country.name, text[span[0]:span[1]], "state", None, span[0], span[1])


_CLAIMABLE = frozenset({"attack", "clash"})


def _claimed_after(text: str, sentences: Sequence[tuple[int, int]], events: list[Event], mentions: Sequence[Any],
                   starts: list[int]) -> list[Event]:
    """An attack whose claimant (or the group blamed for it) is named after it, in the rest of its sentence or
    the next sentence of its line or paragraph ("... killing 14. The BLA claims the attack."), has that claimant
    among its actors. The claim reaches back only to the nearest incident told before it."""
    from chronica.actors.claims import claimants

    out = list(events)
    sent_starts = [a for a, _ in sentences]
    for n, ev in enumerate(out):
        if ev.type not in _CLAIMABLE:
            continue
        k = bisect_right(sent_starts, ev.end - 1) - 1
        if k < 0:
            continue
        hi = sentences[k + 1][1] if k + 1 < len(sentences) else sentences[k][1]
        line = text.find("\n", ev.end)
        if 0 <= line < hi:
            hi = line
        nxt = next((o for o in out[n + 1:] if o.start >= ev.end and o.type in VIOLENT), None)
        if nxt is not None and nxt.start < hi and not claimants(text, nxt.start, nxt.end, mentions, starts):
            hi = nxt.start  # a later incident told before the claim takes it
        if hi <= ev.end:
            continue
        have = {a.name for a in ev.actors}
        extra = []
        for m in claimants(text, ev.end, hi, mentions, starts):
            if m.canonical not in have:
                have.add(m.canonical)
                extra.append(EventActor(m.canonical, m.text, m.kind, "perpetrator", m.start, m.end))
        if extra:
            out[n] = dataclasses.replace(ev, actors=(*ev.actors, *extra))
    return out
# A sentence that introduces another incident does not continue the previous one's toll.
_ANOTHER = re.compile(
    r"\b(?:another|separate|second|earlier|later|previous|similar)\s+(?:[\w-]+\s+)?(?:attacks?|bomb\w*|blasts?|explosions?"
    r"|incidents?|strikes?|raids?|assaults?|shootings?|ambush\w*|clash\w*|operations?)\b"
    r"|\balso\s+(?:\w+\s+)?(?:attack|bomb|target|strik|raid|ambush|stor)\w*", re.I)
_CONTINUATION_SENTENCES = 3
# a figure told by a source: "said", "told", "according to"
# the date of a saying, right after its verb: "said on Friday morning that 95 had died"
_SAID_ON = re.compile(r"\s+(?:late\s+|early\s+)?(?:on|this|last)\s+", re.I)
_ATTRIBUTED_TOLL = re.compile(r"\b(?:said|says|told|according\s+to|reported|confirmed)\b", re.I)


def _figure(f: Any) -> dict[str, Any]:
    return {"kind": f.kind, "best": f.best, "low": f.low, "high": f.high, "qualifier": f.qualifier,
            "who": f.who, "start": f.start, "end": f.end, "text": f.text}


def _continuation(text: str, sentences: Sequence[tuple[int, int]], sdates: list[SentenceDate | None],
                  si: int) -> Iterator[tuple[int, int]]:
    """The sentences that continue an incident's report: the same paragraph, or the source quoted under
    its entry, up to a sentence with a date of its own or one that tells of another incident."""
    prev_end = sentences[si][1]
    for j in range(si + 1, min(len(sentences), si + 1 + _CONTINUATION_SENTENCES)):
        a, b = sentences[j]
        if not _continues(text, prev_end, a):
            return
        d = sdates[j]
        if d is not None and not d.inherited:
            return  # a sentence with a date of its own tells of its own happening
        if _ANOTHER.search(text, a, b):
            return
        yield a, b
        prev_end = b


def _continued_toll(ann: Any, text: str, sentences: Sequence[tuple[int, int]], sdates: list[SentenceDate | None],
                    si: int) -> tuple[int | None, int | None, list[Any]]:
    """The toll stated in the sentences that continue an incident's report in the same paragraph
    ("A bomb exploded in the market. Three people were killed and 12 wounded.")."""
    killed = wounded = None
    figures: list[Any] = []
    for a, b in _continuation(text, sentences, sdates, si):
        cas = ann.casualties.casualties(text, a, b)
        if killed is None and cas.killed is not None:
            killed = cas.killed
        if wounded is None and cas.wounded is not None:
            wounded = cas.wounded
        figures.extend(cas.figures)
        if killed is not None and wounded is not None:
            break
    return killed, wounded, figures


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BULLETS = frozenset("\u2022\u25aa\u25cf*-\u2013")
# a paragraph opening with a quotation mark quotes the source of the entry above it (for its toll)
_CONTINUES = _BULLETS | frozenset("\u201c\"")


def carries(text: str, expr: TimeExpression, pos: int) -> bool:
    """Whether a date carries to a later sentence that has none of its own.

    Only a date that opens its line does (a timeline entry's date, a date heading): the entry's
    later sentences and lines, down to the next blank line, tell of that date ("1/10 X was appointed.
    With other commanders, X appears in a video ..."). A date inside prose dates its own sentence
    only: the sentences after it may tell of anything ("Analysts said the group was weakened")."""
    if not _leads_line(text, expr):
        return False
    line_start = text.rfind("\n", 0, expr.start) + 1
    if text[line_start:expr.start].strip() and text.find("\n", expr.end, pos) >= 0:
        return False  # a dated list item ends at its line: the next line is another item or new prose
    # a paragraph that ends in a colon, or a list, continues the dated passage ("Several points stand out:")
    return _passage_goes_on(text, expr.end, pos)


# "recently", "in recent weeks": shortly before the document was written, which dates it about that day, month
# or year
_RECENT = re.compile(r"\b(?:(?P<day>recently|lately|in\s+recent\s+days|(?:earlier\s+)?this\s+week)"
                     r"|in\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+)?(?P<unit>weeks|months))\b", re.I)


def _recent(text: str, dct: str, a: int, b: int) -> EventDate | None:
    m = _RECENT.search(text, a, b)
    if m is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
        return None
    y, mo = dct[:4], dct[5:7]
    if m.group("day"):
        value, lo, hi, prec = dct, dct, dct, "day"
    elif (m.group("unit") or "").lower() == "weeks":
        last = calendar.monthrange(int(y), int(mo))[1]
        value, lo, hi, prec = f"{y}-{mo}", f"{y}-{mo}-01", f"{y}-{mo}-{last:02d}", "month"
    else:
        value, lo, hi, prec = y, f"{y}-01-01", f"{y}-12-31", "year"
    return EventDate(value + "~", m.group(0), m.start(), m.end(), lo, hi, prec, "document date", False)


_TAKEN_PLACE = re.compile(r"captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|took over|takes over|take over", re.I)
_OFFENSIVE = re.compile(r"offensives?|campaigns?|operations?", re.I)


_PLACE_KIND_OF = re.compile(r"\s+the\s+(?:[\w-]+\s+){0,2}?(?:port|town|city|village|district\s+capital|capital|"
                            r"provincial\s+capital|district|border\s+town|garrison\s+town)\s+of\s+")


def _place_follows(mentions: Sequence[Any], starts: list[int], pos: int, text: str = "") -> bool:
    """A place mention begins right after ``pos`` ("captures Mosul", "took over the town of Zinjibar",
    "capture the port of Mocimboa da Praia")."""
    k = bisect_right(starts, pos)
    if k >= len(mentions) or mentions[k].place.feature == "country":
        return False
    gap = mentions[k].start - pos
    return gap <= 18 or (gap <= 45 and _PLACE_KIND_OF.fullmatch(text, pos, mentions[k].start) is not None)


def _bracketed(text: str, a: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a parenthesis opened after ``a``."""
    return text.rfind("(", a, pos) > text.rfind(")", a, pos)


def _passage_goes_on(text: str, a: int, b: int) -> bool:
    """No paragraph break between ``a`` and ``b`` other than after a colon or before a list item."""
    return all(text[max(0, m.start() - 8):m.start()].rstrip().endswith(":")
               or text[m.end():m.end() + 3].lstrip()[:1] in _BULLETS
               for m in _BLANK_LINE.finditer(text, a, b))


_SPEAKER_REACH = 4000  # characters a briefing's date is carried through its speaker's later statements


def _speakers_date(text: str, events: list[Event], actors: list[EventActor], a: int) -> EventDate | None:
    """The date of the statement or meeting a person last gave with a date of its own, for an undated
    statement of that person in the same passage ("On October 7, X gave a briefing ... Several points
    stand out: * X states that ..."): the briefing he is still reported on."""
    people = {x.name for x in actors if x.kind == "person"}
    if not people:
        return None
    for e in reversed(events):
        if e.end < a - _SPEAKER_REACH:
            break
        if e.date is None or e.date.inherited or e.type not in ("statement", "meeting"):
            continue
        if people & {x.name for x in e.actors if x.kind == "person"}:
            if not _passage_goes_on(text, e.end, a):
                return None
            d = e.date
            return EventDate(d.value, d.text, d.start, d.end, d.earliest, d.latest, d.precision, d.anchor, True)
    return None


def _told_just_before(text: str, events: list[Event], a: int) -> bool:
    """A violent event was told just before ``a`` in the same paragraph (the claim that follows is a statement
    about it: "... carried out an attack at the hotel, killing three. The group claimed responsibility ...")."""
    return any(e.type in VIOLENT and a - e.end <= 600 and same_paragraph(text, e.end, a) for e in events[-3:])


def _continues(text: str, prev_end: int, a: int) -> bool:
    """Whether the sentence at ``a`` continues the report that ended at ``prev_end``: the same paragraph,
    or the next line when it opens with a bullet or a quotation mark (the source quoted under an entry)."""
    return same_paragraph(text, prev_end, a) or (
        "\n" not in text[prev_end:a].strip("\n") and text[a:a + 1] in _CONTINUES)


_ANAPHORA = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$", re.I)


_TOLL_WORD = re.compile(r"(?:kill|wound|injur|martyr)\w*|died|dead", re.I)


def _bare_toll(text: str, a: int, b: int) -> int | None:
    """The end of the bare toll a clause opens with ("20 hostages were killed"), or None."""
    a, b = _strip(text, a, b)
    m = _BARE_TOLL.match(text, a, b)
    return m.end() if m else None


def _toll_of_the_incident(text: str, triggers: list[Trigger]) -> bool:
    """'Two were killed and another wounded in the attack': only a toll and a reference back."""
    violent = [t for t in triggers if t.type in VIOLENT]
    return any(_anaphoric(text, t) for t in violent) and all(
        _anaphoric(text, t) or _TOLL_WORD.fullmatch(t.text) for t in violent)


def _anaphoric(text: str, trigger: Trigger) -> bool:
    """A definite noun trigger ("in the attack", "the suicide bombing") refers back to a happening already told."""
    return bool(_ANAPHORA.search(text, max(0, trigger.start - 30), trigger.start)) and not text[trigger.start].isupper()


_DEMONSTRATIVE = re.compile(r"\b(?:this|these|that|those|such)\s+(?:[\w-]+\s+)?$", re.I)
_DEFINITE = re.compile(r"\bthe\s+$", re.I)
_BACK_REACH = 400  # characters of the same paragraph or entry looked back for the happening referred to


def _refers_back(text: str, trigger: Trigger, clause_start: int) -> bool:
    """A noun trigger that only refers back to a happening already told: "this pledge", or "the video"
    when the entry or paragraph has just mentioned a video."""
    if text[trigger.start].isupper() and trigger.start > clause_start:
        return False
    window = max(0, trigger.start - 24)
    if _DEMONSTRATIVE.search(text, window, trigger.start):
        return True
    if not _DEFINITE.search(text, window, trigger.start):
        return False
    head = trigger.text.split()[-1].lower().rstrip("s")
    para = max(text.rfind("\n\n", 0, trigger.start), trigger.start - _BACK_REACH)
    return len(head) > 3 and head in text[max(0, para):clause_start].lower()


def same_paragraph(text: str, a: int, b: int) -> bool:
    """Whether no line break separates offsets a and b: a date carries over within its paragraph or entry."""
    return text.find("\n", a, b) < 0


# what may stand before a line's leading date: a list marker ("- ", "• ", "3. ", "(b) ")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*\u2013\u2014\u2022\u25aa\u25cf\u25e6]|\(?\d{1,3}[.)]|\(?[a-z][.)])?[ \t]*")


def _leads_line(text: str, expr: TimeExpression) -> bool:
    """Whether the date opens its line (a timeline entry, a dated list item, a date heading)."""
    line_start = text.rfind("\n", 0, expr.start) + 1
    return _LIST_MARKER.fullmatch(text, line_start, expr.start) is not None


def _is_death(text: str, trigger: Trigger, actors: list[EventActor]) -> bool:
    """'X, a commander, killed in a strike' / 'X was killed': the person is the focus, not the attack."""
    if trigger.type == "attack" and trigger.text.lower() in ("kills", "killed") and _SELF_KILLED.match(text, trigger.end):
        # "Baghdadi kills himself during the raid" (a bomber who "blew himself up" is an attack)
        return any(a.kind == "person" and a.end <= trigger.start for a in actors) or bool(
            _PRONOUN_SUBJECT.search(text, max(0, trigger.start - 30), trigger.start))
    if trigger.type != "attack" or not (trigger.text.lower().startswith("killed")
                                        or trigger.text.lower() in ("kill", "kills")):  # a timeline's present
        return False
    reach = max(0, trigger.start - 100, text.rfind(". ", 0, trigger.start) + 2)  # within its sentence
    if (_STATE_AGENT.search(text, reach, trigger.start) or _STRIKE_BEFORE.search(
            text, reach, trigger.start)) and any(
            a.kind == "person" and 0 <= a.start - trigger.end <= 60
            and _KILLED_OBJECT_GAP.fullmatch(text, trigger.end, a.start)
            and not _NOT_OBJECT.match(text, trigger.end)
            and not _COUNT_BEFORE.search(text, trigger.end, a.start) for a in actors):
        # a state's strike or forces "killed Raul Reyes", "killed AQIM's leader, Abdelmalek Droukdel": the
        # person's death (militants who "killed Ghulam Ali" carried out an attack)
        return True
    window_start = max(0, trigger.start - 24)
    if not (_PASSIVE_KILLED.search(text, window_start, trigger.end + 12)):
        return False
    if _PRONOUN_SUBJECT.search(text, max(0, trigger.start - 30), trigger.start):
        return True  # "after he was killed in a strike"
    subject = _DATE_WORDS.sub(" ", text[max(0, trigger.start - 60):trigger.start])  # "In June 2015 X was killed"
    if _COUNT_BEFORE.search(subject.rsplit(",", 1)[-1] if "," in subject else subject):
        return False
    if _INDEFINITE_SUBJECT.search(text, max(0, trigger.start - 120), trigger.start):
        return False  # "a doctor was killed": a victim of an attack, not a named person's death
    if any(a.kind == "person" and a.end <= trigger.start for a in actors):
        return True
    head = _SUBJECT_HEAD.search(text, max(0, trigger.start - 40), trigger.start)
    if head is None:
        return False
    return not any(a.start <= head.start() < a.end and a.kind != "person" for a in actors)


_RAID = re.compile(r"raid(?:s|ed)?|storm(?:s|ed)?", re.I)
_DECLARED_MEASURE = re.compile(r"\bdeclar(?:ed|es|ing|ation\s+of)\s+(?:a\s+|an\s+)?(?:(?:national|nationwide|partial)\s+)?"
                               r"(?:state\s+of\s+(?:emergency|siege)|force\s+majeure|emergency|curfew|martial\s+law)"
                               r"|\b(?:state\s+of\s+(?:emergency|siege)|force\s+majeure)\s+(?:was\s+|were\s+)?declared\b", re.I)
# a named person who blew himself up rather than be taken ("when his rivals cornered him ..., he blew himself up
# rather than surrender"), and a named person "shot dead while in police hands": that person's death
_SELF_BLAST = re.compile(r"\b(?:blew|blows|blowing|blown)\s+(?:him|her)self\s+up\b|\bdetonat\w*\s+(?:explosives|an?\s+"
                         r"(?:suicide\s+)?(?:vest|belt|bomb|grenade))\s+on\s+(?:him|her)self\b", re.I)
_CORNERED = re.compile(r"\brather\s+than\s+(?:surrender|be(?:ing)?\s+(?:taken|captured|arrested|caught))|\bto\s+avoid\s+"
                       r"(?:capture|arrest|being\s+(?:taken|captured))|\b(?:clos(?:e|ed|es|ing)\s+in|cornered|surrounded|"
                       r"encircled|trapped)\b", re.I)
_PASSIVE_SLAIN = re.compile(r"\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:shot\s+dead|shot\s+and\s+killed|executed|beheaded|"
                            r"assassinated|murdered|hanged|stabbed\s+to\s+death)\b", re.I)


def _died_by_own_hand_or_in_custody(text: str, actors: list[EventActor], clause: tuple[int, int],
                                    sentence: tuple[int, int]) -> bool:
    """A named person the clause tells blew himself up when cornered, or was shot dead (executed ...) as the
    subject of the clause: the person is the focus (SCHEMA's death), not an attack."""
    people = [a for a in actors if a.kind == "person"]
    if not people:
        return False
    if _SELF_BLAST.search(text, *clause) and _CORNERED.search(text, *sentence):
        return True
    m = _PASSIVE_SLAIN.search(text, *clause)
    if m is None or _INDEFINITE_SUBJECT.search(text, max(clause[0], m.start() - 120), m.start()):
        return False
    return any(a.end <= m.start() and m.start() - a.end <= 80 for a in people) or bool(
        _PRONOUN_SUBJECT.search(text, max(0, m.start() - 30), m.start()))


def _state_operation(text: str, trigger: Trigger, clause_start: int, triggers: list[Trigger]) -> bool:
    """An attack carried out by a state's forces is a military operation."""
    if any(t.type == "military_operation" and t.start < trigger.start for t in triggers):
        return True
    if _PASSIVE.search(text, max(clause_start, trigger.start - 30), trigger.start) or _BY_AGENT.match(text, trigger.end):
        return False  # "a convoy was attacked by militants": the forces are the target
    for m in _STATE_AGENT.finditer(text, clause_start, trigger.start):
        if _TARGET_CUE.search(text, max(clause_start, m.start() - 30), m.start()):
            continue
        if _FACILITY_AFTER.match(text, m.end()):
            continue  # "overruns an army base, killing ...": the base is the target
        before = _WORD_BEFORE.search(text, max(clause_start, m.start() - 40), m.start())
        if (before and before.group(1)[0].isupper() and before.group(1).lower() not in _CASED_OK
                and country_for_adjective(before.group(1)) is None):
            continue  # part of a name: "the Liberation Army" (not "Malian troops")
        return True
    return False


def _in_name(text: str, t: Trigger, sentence_start: int) -> bool:
    """A capitalised trigger inside a proper name ("the Jaffaria Alliance") states no happening."""
    if not text[t.start].isupper() or t.start == sentence_start:
        return False
    before = _WORD_BEFORE.search(text, max(sentence_start, t.start - 40), t.start)
    if not (before and before.group(1)[0].isupper()) or text[before.end(1):t.start] != " ":
        return False
    # a headline in title case ("Nuclear Deal Reached with Iran") is not a name
    end = _LINE_END.search(text, t.end)
    tail = text[t.end:end.start() if end else len(text)]
    return any(w[0].islower() for w in _WORDS.findall(tail) if w.lower() not in _SMALL_WORDS)


# the rules searched most, led by a look-ahead for the characters their matches begin with: the same
# matches, each position that cannot begin one failing at one test (chronica/events/leading.py)
_CLAUSE_BREAK = led(_CLAUSE_BREAK)
_HEAD_NP = led(_HEAD_NP)
_TOLL_VERB = led(_TOLL_VERB)
_ANOTHER = led(_ANOTHER)
_BACKGROUND_BEFORE = led(_BACKGROUND_BEFORE)
_STATE_AGENT = led(_STATE_AGENT)
_CREDIT = led(_CREDIT)
_NEGATION_BEFORE = led(_NEGATION_BEFORE)
_FOUNDED_APPOSITION = led(_FOUNDED_APPOSITION)
_DECLARED_MEASURE = led(_DECLARED_MEASURE)
_AUTHOR_BEFORE = led(_AUTHOR_BEFORE)


__all__ = ["SKIP_SEGMENTS", "UNRELATED_SEGMENTS", "SegmentInfo", "extract_events"]
