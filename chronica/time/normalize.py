"""Normalisation and anchoring: turn recognised mentions into EDTF values, in reading order."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace as dc_replace

from chronica.time import edtf
from chronica.time.anchor import Ref, is_heading, is_line_initial, line_bounds, parse_dct, stamp_lines
from chronica.time.informal import canonical
from chronica.time.lexicon import (
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    TIME_UNITS,
    UNITS,
    VAGUE,
    WEEKDAYS,
    number,
)
from chronica.time.model import TimeExpression
from chronica.time.recognize import (
    ERA,
    MODJ,
    MODW,
    ORD_DAY,
    SPELLED_YEAR,
    Mention,
    recognize,
    recognize_noting_informal,
)

_I = re.IGNORECASE
_MOD_PREFIX = re.compile(rf"^{MODW}{MODJ}", _I)
_YEAR_TOK = re.compile(
    rf"(?P<e1>{ERA})\s?(?P<y1>\d{{1,4}})(?!\d)|(?P<y2>\d{{1,4}})\s?(?P<e2>{ERA})|(?<![\d,])(?P<y>\d{{3,4}})(?!\d)"
    rf"(?:\s?(?P<e3>{ERA}))?|['’](?P<yy>\d\d)(?!\d)", _I)
_WORD = re.compile(r"[A-Za-z]+|\d+(?:st|nd|rd|th)?")
_FUTURE = re.compile(r"\b(?:will|'ll|shall|going to|(?<!the\s)(?<!a\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!their\s)plans?|planned|planning|scheduled|expected|due|next|upcoming|to be"
                     r"|would|should(?!\s+have)|payable|of\s+record)\b", _I)
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|said|met|told|began|came|went|gave|took|made|held|left|saw|found|fell|rose|spoke|wrote"
    r"|sent|won|lost|struck|brought|got|put|ran|paid|led|fled|shot|hit|was|were|had|did|broke|fought|drew|threw|flew"
    r"|stood|spent|sought|caught|kept|blew|grew|sold|bought|built|became|withdrew|overthrew|stole|hid|sank|swept"
    r"|shook)(?:\s+(?:down|up|out|off|back|away|over))?(?:\s+(?:on|late|early))?\s+$", _I)
# "will be paid", "is to be held": a participle after a future or "to", which tells nothing done
_TO_BE_DONE = re.compile(r"\b(?:will|would|shall|'ll|to)\s+(?:not\s+)?(?:be|have\s+been)\s+[a-z]+", _I)
_BE_BEFORE = re.compile(r"\b(?:be|been|being)\s+$", _I)
_SOON = re.compile(r"\b(?:as\s+(?:soon|early)\s+as|until|till|by|planned\s+for|scheduled\s+for|set\s+for|due|effective"
                   r"|ahead\s+of|in\s+advance\s+of|(?:prepar(?:e|es|ing)|brac(?:e|es|ing))\s+for|(?<!that\s)(?<!which\s)(?<!who\s)(?:is|are)(?:\s+on)?)"
                   r"\s+(?:on\s+)?(?:(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)"
                   r"(?:\s+[A-Z]{2,4})?,?\s+)?$", _I)
# a clause that goes on to say what is planned: "On Tuesday, the league plans to hold a conference"
# a second predicate of the subject's, in the future, after a weekday ("... on Sunday and will travel")
_AND_THEN_FUTURE = re.compile(r"\s*,?\s*(?:and|but)\s+(?:then\s+|later\s+)?(?:will|'ll|plans?\s+to|intends?\s+to"
                              r"|(?:is|are)\s+(?:set|due|expected|scheduled)\s+to)\b", _I)
_FUTURE_AFTER = re.compile(r"[^.;:!?]{0,80}?\b(?:will|'ll|must(?!\s+have)|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:set\s+|due\s+"
                           r"|expected\s+|scheduled\s+)?to\s+(?!be\s+[a-z]+ed\b)[a-z]+)\b", _I)
_PAST_WORD = re.compile(r"\b(?:was|were|had|did|said|told|began|came|went|took|made|held|left|saw|found|fell|rose"
                        r"|spoke|wrote|sent|won|lost|struck|brought|got|ran|paid|led|fled|shot|met|gave|broke|fought|drew"
                        r"|threw|flew|stood|spent|sought|caught|kept|blew|grew|became|withdrew|overthrew|stole|hid"
                        # (past forms that are no participle: "is heard", "was sold" tell no time of their own)
                        r"|sank|swept|shook|shrank|sprang|swam|sang|rang|rode|drove|chose|froze|knew|swore|tore|wore"
                        r"|arose|forbade|overtook|undertook|overran|[a-z]{3,}ed)\b",
                        _I)
_REPORTED = re.compile(r"\b(?:said|says|saying|told|telling|announc[a-z]*|report[a-z]*"
                       r"|(?!(?:expected|scheduled|slated)\b)[a-z]{3,}ed)\b", _I)
_SET_TO = re.compile(r"\b(?:set|due|scheduled|expected|is|are)\s+to\s+[a-z]+\s+(?:[a-z]+\s+){0,3}$", _I)
_BC = re.compile(r"B\.?\s?C", _I)
_TODAY_AFTER = re.compile(r",?[ \t]+today\b", re.I)
# the event a date premodifies ("the January 2015 attack", "the 2001 invasion"): a lowercase noun
_EVENT_NOUN_AFTER = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?[a-z][\w-]*(?=[\s,.;:)]|$)")
# a reporting verb, after which the reported clause tells its own tense
_SAID_THAT = re.compile(r"\b(?:said|says|announced|reported|added|noted|stated|told\s+\w+)(?:\s+that)?\s+", _I)
# a plan told in the past: "had been due to", "was scheduled to"
_WAS_DUE = re.compile(r"\b(?:had\s+been|was|were)\s+(?:originally\s+|previously\s+|initially\s+)?(?:due|scheduled|set"
                      r"|supposed|planned|expected)\s+to\b", _I)
# "Wednesday's ruling", "Sunday’s bombing": a weekday owning an act already done, whatever the clause's
# tense ("will appeal Wednesday's ruling")
_DONE_OWNED = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?:ruling|decision|verdict|announcement|attacks?|bombings?|shootings?"
                         r"|killings?|blast|explosion|crash|massacre|raid|arrests?|remarks|statement|comments|speech"
                         r"|incident|assault|ambush|quake|earthquake|resignation|collapse|sell-?off|plunge|drop|rally"
                         r"|killed|dead|deaths)\b", _I)
# past perfect in the weekday's own clause: "had filed reports by Wednesday", "until Thursday, they had not"
_HAD_DONE = re.compile(r"\bhad\s+(?:not\s+|never\s+|already\s+|n't\s+)?(?!to\b)[a-z]{3,}", _I)
# a participle of a done act before the month or day: "plans announced in January", "a deal signed on Friday"
# (not one that looks ahead: "expected in January", "scheduled for", nor "to be held in": see _BE_BEFORE)
_DONE_IN = re.compile(r"\b(?!(?:expected|scheduled|planned|slated|proposed|intended|needed|required|delayed"
                      r"|postponed|projected|forecast|anticipated|targeted|timed|set|due|hoped|destined)\b)"
                      r"(?:[a-z]{3,}ed|held|made|taken|given|signed|won|lost|built|sold|bought|begun|written"
                      r"|shown|seen|found|paid|struck|hit|shot|killed)\s+(?:in|during|on)\s+$", _I)
# "today's youth", "in today's world", "today's GM.": the present age, not the day. TimeBank's annotators
# leave the generic noun unmarked (_TODAY_GENERIC without a TIMEX); MEANTIME marks "today's GM." PRESENT_REF
_TODAY_GENERIC = re.compile(r"['’]s\s+(?:(?:young|youth|world|society|generations?|children|kids|teenagers|students"
                            r"|economy|standards|terms|dollars|prices|technology|computers|consumers|voters|politics"
                            r"|media|workforce|workers|families|parents|culture|music|fashion)\b"
                            r"|(?P<name>(?-i:[A-Z])[\w&.-]*(?=\s*[,.;:!?\"”)])))", _I)
# the reason of an expression found but not listed: a count of days in a history or a past clause
_NOT_LISTED = "a count of days the text does not date"
_AUX = re.compile(r"(?:\b|(?<=\w))(is|are|was|were|has|have|had|will|would|shall|'ll|['’]s|['’]re)\b", _I)
# the futurate present of a scheduled act: "the two leaders meet Monday", "talks resume on Tuesday"
_FUTURATE = re.compile(r"\b(?P<verb>meet|begin|start|open|resume|arrive|leave|travel|visit|vote|face|return|head|hold"
                       r"|launch|end|expire|convene|reconvene|takes?\s+(?:office|effect)|comes?\s+into\s+(?:force|effect)"
                       r"|go(?:es)?\s+into\s+effect|run|last|continue|go)(?P<s>s|es)?(?:\s+(?:again|separately|jointly"
                       r"|formally)|\s+to\s+the\s+polls)?\s+(?:on\s+|in\s+|from\s+)?$", _I)
# a determiner (and at most one word) before a bare futurate verb makes it a noun: "after the vote on Monday",
# "the final vote on Friday", "Sunday's vote" (not "the leaders meet Monday")
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|any|no)|['’]s)\s+(?:[\w-]*[^s\W]\s+)?$", _I)
_IS_DONE = re.compile(r"\b(?:is|are)\s+[a-z]+\b", _I)
# a present progressive before a weekday, the words after it ("is flying to Paris on ")
_PROGRESSIVE = re.compile(r"\b(?:am|is|are|['’]m|['’]re)\s+(?:(?:not|also|still|now|then)\s+)?(?:[a-z]+ly\s+)?"
                          r"(?P<v>[a-z]{2,}ing)\b(?P<rest>[^.;:!?]*)$", _I)
# "is questioning the man arrested on", "are investigating an attack on": the day is a noun's, a thing done
_NOUN_BETWEEN = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that|these|those)\s+(?:[\w'’-]+\s+){1,4}(?:on\s+)?$"
                           r"|\b[a-z]+ed\s+(?:on\s+)?$|\b(?:after|since|from|following|of|over|during|amid|despite|about)\b", _I)
_EVERY_LIST = re.compile(r"\b(?:every|each)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s*,\s*|\s+(?:and|or|to|through|thru|till|until)\s+|\s*,\s*(?:and|or)\s+|\s*[-–]\s*))+$",
                         _I)
_RESTATED_THEN_WEEKDAY = re.compile(r"\s*\([^()\n]{1,30}\)\s*,?\s*(?:on\s+)?((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
# an act put off to a day: "postponed to Monday", "rescheduled for Friday", "pushed back until Tuesday"
_DEFERRED = re.compile(r"\b(?:postpon|delay|deferr?|adjourn|reschedul|mov|push|put|extend|shift)(?:e|es|ed|ing|s)?"
                       r"(?:\s+(?:back|off|forward))?(?:\s+(?:it|them|the\s+\w+|a\s+\w+|\w+ing))?"
                       r"\s+(?:to|until|till|for|through)\s+(?:(?:next|this|the\s+coming)\s+)?$", _I)
_SEPT_11 = re.compile(r"9/11|(?:Sept?\.?|September)\s*11(?:th)?")
_ATTACKS_AFTER = re.compile(r"(?:\s+|-)(?:(?:terrorist|terror|al[\s-]Qaeda)\s+)?(?:attacks?|hijackings?|hijackers|commission|plot"
                            r"|plotters|victims|memorial|anniversary|strikes)\b", _I)
_A_BEFORE = re.compile(r"\ban?\s+$", _I)  # "on a Friday": any Friday, no day of the calendar
_PRESENT_CUE = re.compile(r"\b(?:is|are|faces?|expects?|awaits?|looms?|remains?|will|'ll)\b", _I)
_SPELLED_YEAR = re.compile(r"nineteen[\s-]+(.+)$|two\s+thousand(?:[\s-]+(and[\s-]+)?(.+))?$")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|'ll|hopes?\s+(?:to|that\s+\w+|\w+))\s+(?:\w+\s+)?$",
                           _I)
# the word before a period that makes it an abbreviation, not a sentence end
_ABBREV_END = re.compile(r"(?:^|[^\w.])(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Gov|Prof|Rev"
                         r"|Gov|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$")
_RANGE_SPLIT = re.compile(r"\s*[-–—]\s*|\s+(?:to|until|till|through|thru|and)\s+", _I)
_DUR = re.compile(
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+)*?)(?:\s+or\s+(?:so|\S+))?"
    r"(?P<half0>\s+and\s+a\s+half|\s+1/2)?(?:\s+(?:more|full|long|consecutive|straight|additional|extra|trading|business|working))?"
    r"[\s-]+(?P<unit>[a-z]+?)s?"
    r"(?P<half>\s+and\s+a\s+half)?"
    r"(?:[\s-]+(?:old|long))?$", _I)
# a wire dateline: "WASHINGTON (AP) --", "NAIROBI, Kenya (Reuters) -"
_AGENCY_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z .'-]{2,}(?:,[^\n(]{0,40})?\s*\((?:AP|AFP|Reuters|Xinhua|UPI|dpa|Kyodo"
                          r"|ANSA|PTI|IANS|Bloomberg|[A-Z]{2,6})\)\s*(?:--|[-_—–])")
# the unit a fraction of a duration is told in, and how many of it make one ("M" after "T" is minutes)
_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "M": ("S", 60)}
_A_NUMBER = re.compile(r"^an?\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                       r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
                       r"|seventy|eighty|ninety|several|few|many)\b)")
_PART_OF = re.compile(r"(?:the\s+)?(end|beginning|start|middle|close|turn|rest|remainder|latter part|first half"
                      r"|second half|latter half)\s+of\s+(the|that|this|next|last)\s+(year|month|week|decade|century|day)$")
_DUR_MODS = (("more than", "MORE_THAN"), ("over", "MORE_THAN"), ("less than", "LESS_THAN"),
             ("up to", "LESS_THAN"), ("at least", "EQUAL_OR_MORE"), ("nearly", "APPROX"), ("almost", "APPROX"),
             ("about", "APPROX"), ("around", "APPROX"), ("some", "APPROX"), ("roughly", "APPROX"),
             ("approximately", "APPROX"))
# a vague count of units the text has just lived through: "the last few months", "the past several
# quarters", "past years" (bare): TimeML's PAST_REF, not an unspecified span (a stated count stays one:
# "the past two months" P2M)
_VAGUE_PAST = re.compile(r"(?:the\s+(?:past|last)\s+(?:few|several)\s+|past\s+)(?:years|months|quarters|decades)$", _I)
_END_STRETCH = re.compile(r"the\s+(?:very\s+)?(?:first|early|earliest|final|closing|opening)\s+(hours|days|weeks|months"
                          r"|years|decades)$", _I)
# "two to three weeks", "between 60 and 90 days": the first count of a range of durations, written before the
# duration that names the unit ("the next 12 to 18 months" is one vague span)
_DUR_RANGE_BEFORE = re.compile(
    r"(?P<lead>\b(?:the\s+)?(?:next|past|last|coming|previous|first|final)\s+)?(?P<between>\bbetween\s+)?"
    r"(?<![\d,.$£€-])(?P<num>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty)\s+(?P<sep>to|and)\s+$", _I)
_DUR_PLAIN = re.compile(r"(?:\d+|[a-z]+)[\s-]+[a-z]+$", _I)
_DUR_LEAD = re.compile(
    r"^(?:(?:the|its|their|his|her)\s+)?(?:(?:past|last|next|previous|first|final|following|coming|preceding"
    r"|initial|remaining|ensuing|intervening)\s+)?(?:(?:about|around|nearly|almost|some|over|more\s+than"
    r"|less\s+than|at\s+least|up\s+to|roughly|approximately|only|just|another|the\s+better\s+part\s+of)\s+)?",
    _I)
_DAY_SEP = re.compile(r"(?<=\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(?=\d)", _I)
_COORD_GAP = re.compile(r",?\s+(?:and|or|to|through|until|till)\s+|\s*[-–/]\s*", _I)
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_WORD = re.compile(rf"\b({_MONTH_RE})\b", _I)
_HISTORY_ONLY = frozenset(("former", "future"))
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"“]?$")
_BY_BEFORE = re.compile(r"(?:by|until|till)\b", _I)
_FISCAL_YEAR_REL = re.compile(r"(?:the\s+)?(latest|last|past|next|coming)\s+fiscal\s+year")
_MOST_BEFORE = re.compile(r"\b(?:most|more)\s+$", _I)
# a report's rate: "save $500 million a year", "four flights a week", "24 hours a day", "358,000 a month"
# (TimeBank marks 2 of its 9; "three times a year" is a set and stays)
_RATE_UNIT = re.compile(r"(?:[\d,.]+\s+)?(?:a|an|per)\s+(?:day|night|hour|week|month|year)", _I)
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|hundred|dozen|two|three|four|five|six|seven|eight|nine|ten"
                          r"|twelve|twenty|thirty|forty|fifty|hundreds|thousands))(?:\s+(?!times\b)[a-z]+)?\s+$", _I)
# "revenue to rise 20% annually", "10,000 units annually": a rate of growth or output (TimeBank marks 2 of 6 "annually")
_RATE_OF = re.compile(r"(?:%|\bpercent|\bunits|\bprofits?|\bsales|\brevenues?)\s+$", _I)
_RATE_AFTER = re.compile(r"\s*(?:ago|earlier|before|later|after|or|and\s+a\s+half|of)\b", _I)
# "24 hours a day, seven days a week": a stretch per unit is how often, round the clock, not a span of time (the
# rate "a day" after it already goes; AQUAINT leaves the pair unmarked)
_PER_UNIT = re.compile(r"\s+(?:a|per)\s+(?:day|week|month|year)\b(?!\s+(?:after|before|earlier|later|ago)\b)", _I)
# a span that measures an amount of money or of recording ("a bonus of six months of base pay", "holds 75 hours
# of video"): a quantity, not a time (TimeBank and MEANTIME leave both unmarked; "two days of talks" stays)
_AMOUNT_OF = re.compile(r"\s+of\s+(?:(?:his|her|their|its|your|base|basic|full|back|annual)\s+)?"
                        r"(?:pay|salary|salaries|wages|severance|video|footage|audio|recordings?|playback|talk\s+time)\b",
                        _I)
_NARRATIVE_WINDOW = 1500
_NEWS_WINDOW = 200
_COMMENTS_LINE = re.compile(r"(?im)^[ \t]*(?:\d+\s+)?(?:reader\s+)?(?:comments?|responses|replies)(?:\s*\(\d+\))?:?[ \t]*$")
_COMMENT_HEAD_BEFORE = re.compile(r"[ \t>*]*[@A-Z][\w.'\u2019 -]{0,40}?(?:,|\s[-\u2013\u2014|])\s*(?:on\s+)?")
_COMMENT_HEAD_AFTER = re.compile(r"\s*(?::|[-\u2013\u2014]\s|\s*$|\n)")
# a date told as the time of the sentence ("in June 2021", "on 4 November 2020"), not as a modifier ("the August 1988
# cease-fire")
_ADJUNCT_BEFORE = re.compile(r"\b(?:in|on|during|by|from|since|until|of|early|late|mid-?)\s+$", re.I)
# how far (characters) a timeline entry's year carries to the next year-less entry; beyond it the
# narrative's year is used (a new section after prose is not a continuation of the old timeline)
CURSOR_REACH = 2500
_DEICTIC = re.compile(r"\b(?:yesterday|today|tomorrow|tonight|this|last|next|ago)\b", _I)
ROLLOVER = 6
# the month a season stands for when it moves the story (a winter, December to February, its December)
SEASON_MIDDLE = {21: 4, 22: 7, 23: 10, 24: 12}
ROLLOVER_NARRATIVE = True
PASSING_YEARS = 5
NEWS_PASSING = False
NEWS_DCT_FIRST = True
FUTURE_GAP = 1
# a report's year-less month up to this many months ahead of its date is this year's, unless the clause is
# told in the past
NEAR_AHEAD = 3
STORY_WORDS = 2
# families whose mentions may state their own year
_EXPLICIT = frozenset(("date", "numeric", "iso", "year", "range", "yearrange", "season", "holiday", "quarter"))
_DEICTIC_YEAR = re.compile(r"\b(last|this|next|the\s+previous|the\s+following)\s+year$", _I)
# a participle that tells no time of its own before a month: "the fiscal year ending in May" (in a past
# clause the coming May all the same)
_TENSELESS_BEFORE = re.compile(r"\b(?:ending|beginning|starting|expiring|due|scheduled|set|planned|slated)\s+(?:in\s+|on\s+|for\s+)?$", _I)
_PERIOD_END_BEFORE = re.compile(r"\b(?:quarter|year|period|months|weeks|half)\s+(?:that\s+|which\s+)?(?:ended|ending"
                                r"|ends|end)\s+(?:on\s+|in\s+)?$", _I)
# the expression's own verb right after it looks ahead: "growth in the second half would depend on Europe"
_FUTURE_VERB_AFTER = re.compile(r"\s+(?:will|would|should|could|may|might|is\s+(?:expected|likely|set|due)|are"
                                r"\s+(?:expected|likely|set|due))\b", _I)
_PERFECT = re.compile(r"\b(?:has|have|'s|'ve)\s+(?:also\s+|now\s+|just\s+)?[a-z]+", _I)
_AS_MANY = re.compile(r"many\s+(day|week|month|year|decade|hour|night)s")
_ORDINAL_WORD = re.compile(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", _I)
_QUOTE_CLOSE = re.compile(r"[,.!?]?\s*(?:\"|”|'')")
# "... ," the commander said in a speech on: a reporting verb, its subject and a little more, then the date
_SAID_AFTER_QUOTE = re.compile(r"\s*(?:[A-Za-z.'-]+\s+){0,4}?(?:said|told\s+\w+|wrote|declared|announced|added)"
                               r"(?:\s+[a-z]+){0,4}?\s+(?:on|in)\s+", _I)
# the months a season spans (winter, across the year's end, is left to its own convention)
_SEASON_SPAN = {21: (3, 5), 22: (6, 8), 23: (9, 11)}
_WEEKDAY_SPAN_GAP = re.compile(r"\s*(?:-|–|to|through|thru|until|till)\s*", _I)
_EXPECTED = re.compile(r"(?:expected|scheduled|planned|slated|due|set)\b", _I)
_IS_BEFORE = re.compile(r"\b(?:is|are|'s|'re)\s+$", _I)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", _I)
_OF_THAT_YEAR = re.compile(r"(?:\bof)?\s+(?:that|the\s+same)\s+year$", _I)
# words that refer back to the date just stated
_ANAPHOR = re.compile(r"\b(?:that|the\s+same)\s+(?:year|month|day)\b", _I)
_YEAR_BACK = re.compile(r"\b(?:same|corresponding|comparable)\s+(?:period|quarter|month)\b.*\b(?:last|previous|prior)\s+year$",
                        _I)
_LOOK_BACK = re.compile(r"\b(?:ago|earlier|before|previously|prior)$", _I)
# how far (characters) the text may go before returning to the story's year after an aside
ASIDE_REACH = 2000
# how far (characters) a report's quarter makes "a year ago" the year-ago quarter
QUARTER_REACH = 3000
# a document with a creation time and fewer explicit years than this is read as a report
NEWS_FEW_YEARS = 5


def _mod_of(prefix: str) -> str | None:
    p = prefix.lower()
    if any(w in p for w in ("early", "beginning", "start", "dawn", "outset")):
        return "EARLY"
    if any(w in p for w in ("mid", "middle", "height")):
        return "MID"
    if any(w in p for w in ("late", "end", "close", "turn")):
        return "LATE"
    if p.strip():
        return "APPROX"
    return None


def _split_mod(s: str) -> tuple[str | None, str]:
    """("early", "late", "around" ...) prefix as a TIMEX mod, and the rest of the phrase."""
    pm = _MOD_PREFIX.match(s)
    return (_mod_of(pm.group(0)), s[pm.end():]) if pm else (None, s)


# a reported clause told in the present after "said": "(that) it expects", "the bank sees", "he is"
_REPORTED_PRESENT = re.compile(r"(?:that\s+)?(?:[\w.'-]+\s+){1,4}?(?:is|are|has|have|expects?|sees|plans?|hopes?"
                               r"|forecasts?|predicts?|anticipates?|projects?|estimates?|intends?|aims?|wants?|remains?)\b", _I)
# a clause's verb in the simple present after its subject (a name, a pronoun, a noun after a determiner):
# "the bank reopens on Tuesday", "Obama travels to Jordan on Friday", "the court hears the case Monday"
_PRESENT_3S = re.compile(r"(?:\b(?:[Hh]e|[Ss]he|[Ii]t)|\b[A-Z][\w'’-]*[^s\W]|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"[a-z][\w'’-]*[^s\W])\s+(?:also\s+|again\s+|then\s+|formally\s+|officially\s+)?"
                         r"(?P<v>[a-z]{2,}[^su\W']s|[a-z]{2,}(?:sh|ch|ss|x|z)es)\b")
_PRESENT_PL = re.compile(r"\s*(?:(?:The|These|Both|All|Some|Many|Most|Two|Three|Several)\s+)?(?:[\w'’-]+\s+){0,2}?[A-Za-z][\w'’-]*[^s\W'’]s"
                         r"\s+(?:(?:also|again|then|formally|officially|will)\s+)?(?P<v>meet|vote|debate|gather|convene|reconvene"
                         r"|decide|travel|visit|return|resume|hold|open|close(?!\s+(?:higher|lower|up|down|flat|mixed|at\s+\d+[,.]\d))|begin|start|end|hear|consider|discuss|review"
                         r"|announce|release|publish|face|leave|arrive|head|fly|launch|sign|elect|choose|testify|rally|march"
                         r"|hold|host|attend|join|play|compete|race|run|take\s+(?:office|effect|part|place))\b")
_PAST_VERB_ANY = re.compile(r"\b(?:put|hit|cut|set|let|shut|quit|spread|cast|beat|read|began|won|lost|met|led)\b", _I)
_NOT_PRESENT_3S = frozenset(("says", "has", "does", "goes", "means", "seems", "appears", "remains", "needs", "wants",
                             "knows", "thinks", "believes", "hopes", "claims", "denies", "insists", "argues", "admits",
                             "shows", "suggests", "reports", "warns", "notes", "adds", "tells", "writes", "recalls",
                             "likes", "loves", "lives", "works", "owns", "holds", "contains", "includes", "marks",
                             "comes", "becomes", "looks", "feels", "sounds", "depends", "involves", "follows"))
# a verb of expectation before a period: "expects to report a loss for the quarter", "is on track to"
_EXPECTS = re.compile(r"\b(?:expects?|expecting|anticipates?|anticipating|predicts?|predicting|on\s+track)\b", _I)
# the report's own unit: "last month", "this year", "last week" (what "the previous month" counts back from)
_DEICTIC_UNIT = re.compile(r"(?:last|this|next|past)\s+(year|month|week)", _I)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|do|said|says)\b|\b[a-z]{3,}(?:ed|es)\b", _I)
_THAT_WILL = re.compile(r"\b(?:that|which|who|amid|amidst|as)\b", _I)
_THROUGH = re.compile(r"\b(?:through|thru)\s+$", _I)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", _I)
_SPELLED_HINT = re.compile(r"(?:th|first|second|third)\b|nineteen", _I)
_SPELLED_YEAR_IN = re.compile(rf"\b{SPELLED_YEAR}", _I)
_ORD_DAY_IN = re.compile(rf"(?<![\w-])(?:the\s+)?({ORD_DAY})(?![\w-])", _I)
_ORD_UNITS = {w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                          "eighth", "ninth"), start=1)}


def _ord_day(word: str) -> int:
    w = word.lower().replace("-", " ").split()
    if len(w) == 2:
        return (20 if w[0] == "twenty" else 30) + _ORD_UNITS[w[1]]
    return _ORD_UNITS.get(w[0]) or ORDINALS.get(w[0]) or {"thirtieth": 30}[w[0]]


def _respell(s: str) -> str:
    """A date phrase with its spelled-out year and day in digits ("March eighth" -> "March 8th")."""
    if not _SPELLED_HINT.search(s):
        return s
    s = _SPELLED_YEAR_IN.sub(lambda t: str(1900 + int(number(re.split(r"[\s-]+", t.group(0), maxsplit=1)[1]) or 0)), s)
    return _ORD_DAY_IN.sub(lambda t: f"{_ord_day(t.group(1))}th", s)


def _year_of(tok: re.Match[str], bc_all: bool = False) -> int:
    if tok.group("yy"):
        yy = int(tok.group("yy"))
        return 2000 + yy if yy < 40 else 1900 + yy
    y = int(tok.group("y") or tok.group("y1") or tok.group("y2"))
    era = (tok.group("e1") or "") + (tok.group("e2") or "") + (tok.group("e3") or "")
    if _BC.search(era) or bc_all:
        return 1 - y  # astronomical numbering: 1 BC = year 0
    return y


def _dur_value(unit: str, n: int | None) -> str:
    """An ISO 8601 duration of ``n`` units ("X" when the number is not stated): decades and centuries
    in years, hours and smaller after "T"."""
    letter, mult = UNITS[unit]
    if letter in ("DE", "CE"):
        letter, mult = "Y", (10 if letter == "DE" else 100) * mult
    return ("PT" if unit in TIME_UNITS else "P") + ("X" if n is None else str(int(n * mult))) + letter


def _year_part(start: int, text: str, year: int) -> TimeExpression:
    """One endpoint of a range of years, with its own span."""
    v = edtf.fmt_year(year)
    return TimeExpression(start, start + len(text), text, v, *edtf.bounds(v), "year")


def _holiday_day(name: str, year: int | None) -> tuple[int, int]:
    """Month and day of a holiday in ``year`` (its usual date when the year is not known yet)."""
    if name.startswith("christmas"):
        return (12, 24) if "eve" in name else (12, 25)
    if name.startswith("new year"):
        return (12, 31) if "eve" in name else (1, 1)
    if name == "halloween":
        return 10, 31
    if name.startswith("valentine"):
        return 2, 14
    if name.startswith("armistice"):
        return 11, 11
    if name.startswith("election"):
        if year is None:
            return 11, 4
        first = edtf.weekday(year, 11, 1)
        return 11, 2 + (0 - first) % 7  # the Tuesday after the first Monday of November
    if name.startswith("thanksgiving"):
        if year is None:
            return 11, 25
        first = edtf.weekday(year, 11, 1)
        return 11, 1 + (3 - first) % 7 + 21  # the fourth Thursday of November
    if name.startswith(("st", "saint")):
        return 3, 17  # St. Patrick's Day
    if name.startswith("boxing"):
        return 12, 26
    if year is None:
        return (2, 20) if name.startswith("ash") else (4, 1)
    # Easter Sunday (Gregorian computus), Good Friday two days before, Easter Monday one after; Palm Sunday
    # a week before, Holy (Maundy) Thursday three days, Holy Saturday one, Ash Wednesday 46
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * mm + 114, 31)
    day += 1
    shift = {"good": -2, "palm": -7, "ash ": -46, "maun": -3, "holy": -3}.get(name[:4], 0)
    if name.endswith("monday"):
        shift = 1
    elif name.endswith("saturday"):
        shift = -1
    elif name.endswith("week"):
        shift = -2 if name.startswith("holy") else shift  # Holy Week: the week of Good Friday
    _, m2, d2 = edtf.add_days(year, month, day, shift)
    return m2, d2


def _explicit_years(mentions: list[Mention]) -> tuple[list[int], list[int]]:
    """Where the text states a year itself, and which: the positions and years of explicit dates."""
    pos: list[int] = []
    years: list[int] = []
    for m in mentions:
        if m.family not in _EXPLICIT:
            continue
        if m.family in ("iso", "numeric"):
            t = re.search(r"(\d{4})\b", m.text)
            if t:
                pos.append(m.start)
                years.append(int(t.group(1)))
            continue
        toks = [t for t in _YEAR_TOK.finditer(m.text) if not (t.group("y") and len(t.group("y")) < 3)]
        if toks:
            pos.append(m.start)
            years.append(_year_of(toks[-1], m.family == "yearrange" and bool(_BC.search(m.text))))
    return pos, years


# the first and last months of each season (a winter from the December of its year)
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}


# a sentence whose first verb is a present perfect or a present of "be": "Violence has risen since ...",
# "Attacks have grown ...", "The group is stronger than ..."
_PRESENT_OPENING = re.compile(r"\s*(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,5}?\s+(?:has|have|is|are)\s+(?!been\s+\w+ed\s+(?:in|on)\b)")


def _season_roll(code: int, month: int) -> int:
    """The year step from a story at ``month`` to "the spring" or "the winter" it goes on to: a spring
    after November is next year's; a winter read in January or February began the December before."""
    if code == 24:
        return -1 if month <= 2 else 0
    return 1 if SEASON_MIDDLE[code] < month - ROLLOVER else 0


class Resolver:
    """Walks the mentions of one document in order, keeping the anchors a careful reader keeps."""

    def __init__(self, text: str, mentions: list[Mention], dct: str | None) -> None:
        self.text = text
        self.mentions = [m for m in mentions if not (m.family == "dur" and _AMOUNT_OF.match(text, m.end))]
        mentions = self.mentions
        self._starts: list[int] | None = None
        self._named_days: set[int] = set()  # where a date names an event ("the Sept. 11 attacks"), not the story's time
        self._prev_weekday: tuple[int, tuple[int, int, int]] | None = None  # where the last weekday ended, its day
        self.dct = parse_dct(dct)
        self.dct_anchor = "dct"
        self.ref: Ref | None = None
        self.aside: Ref | None = None
        self.day_ref: Ref | None = None
        self.cursor: Ref | None = None
        self.cursor_src = "year-cursor"
        self.cursor_pos = -1
        self.roll_month: int | None = None
        self.last_quarter: tuple[str, int] | None = None
        self.next_m: Mention | None = None
        self.prev_year_at, self.prev_year = -1, 0  # where the last expression of a year's precision started
        self.last_rel: dict[str, tuple[int, str]] = {}  # "last month", "this year": where and what, by unit
        self.dm_first = self._numeric_convention()
        self.stamps: set[int] = set()
        self.news = self._news_like()
        self.explicit_pos, self.explicit_year = _explicit_years(mentions)
        if self.news:
            # "former", "future" as bare adjectives (a former minister, future payments) are time references
            # in a history's TIMEX2 style; in a report they mostly qualify things, not times. A report's
            # "the recent collapse", "recent moves" is the near past (TIMEX3 PAST_REF; "the most recent
            # model" is the latest, no time)
            self.mentions = [m for m in mentions if m.family != "anaphor" and (
                m.family != "refs" or m.text.lower() not in _HISTORY_ONLY) and not (
                m.family == "refs" and m.text.lower() == "recent" and _MOST_BEFORE.search(text, max(0, m.start - 6), m.start))
                and not self._rate(m) and not self._show_title(m)
                and not (m.family == "dur" and _PER_UNIT.match(text, m.end))
                and not (m.family == "set" and m.text.lower() == "annually"
                         and _RATE_OF.search(text, max(0, m.start - 40), m.start))]
        if self.dct is None and dct is None:
            self._detect_dct()

    def _show_title(self, m: Mention) -> bool:
        """CBS's '60 Minutes', "48 Hours": a programme's title (a number and a capitalised unit after a quote
        mark or a possessive), no time."""
        return bool(re.fullmatch(r"\d+\s+(?-i:Minutes|Hours)", m.text)
                    and re.search(r"(?:['‘’`\"“]|['’]s\s+)$", self.text[max(0, m.start - 4):m.start]))

    def _rate(self, m: Mention) -> bool:
        """A report's "a year" after an amount is a rate ("$2 million a year"), which TimeBank seldom marks."""
        if not _RATE_UNIT.fullmatch(m.text) or _RATE_AFTER.match(self.text, m.end):
            return False
        before = self.text[max(0, m.start - 30):m.start]
        if re.search(r"\brate\s+of\s+(?:\S+\s+)?$", before, _I):
            return False  # "at a rate of 15 a year" says it is a rate, and MEANTIME marks it
        return m.text[0].isdigit() or bool(_RATE_BEFORE.search(before))

    # ---- document-level anchors -------------------------------------------------------------
    def _detect_dct(self) -> None:
        """A page date near the top is the creation time unless the content shows it is a crawl date."""
        stamps = []
        for m in stamp_lines(self.text, self.mentions):
            self.stamps.add(m.start)
            e = self._absolute(m)
            if e is not None and e.precision == "day" and e.value:
                y, mo, d = (int(x) for x in e.value[:10].split("-"))
                stamps.append((m.start, (y, mo, d)))
        if not stamps:
            return
        head_pos, head = stamps[0]
        if head_pos > 600:
            return
        later = [s for p, s in stamps[1:]]
        if later and all((dt.date(*head) - dt.date(*s)).days > 60 for s in later):
            # the header is later than every dated part of the page: a crawl date, not authorship
            self.dct = min(later)
            self.dct_anchor = f"dct-page@{stamps[1][0]}"
            return
        self.dct = head
        self.dct_anchor = f"dct-page@{head_pos}"

    def _news_like(self) -> bool:
        """A report written at its creation time: deictic words (yesterday, Thursday, last week) are common."""
        if self.dct is None:
            return False
        deictic = sum(1 for m in self.mentions if m.family == "weekday" or (
            m.family == "rel" and _DEICTIC.search(m.text)))
        years = sum(1 for m in self.mentions if m.family in ("year", "date", "yearrange"))
        if deictic >= 2 and deictic >= 0.2 * years:
            return True
        if self._dateline():
            return True
        # a report about its own time: most explicit years are the creation year or the one before
        near = far = far_dated = 0
        for m in self.mentions:
            if m.family in ("year", "date") and (m.text[-4:].isdigit() or _BC.search(m.text)):
                toks = list(_YEAR_TOK.finditer(m.text))
                if not toks:
                    continue
                year = _year_of(toks[-1])
                if self.dct[0] - 1 <= year <= self.dct[0] + 1:
                    near += 1
                else:
                    far += 1
                    far_dated += m.family == "date" and year < self.dct[0]
        # a dated text that states only a handful of years (background) is still a report, unless one of
        # them is a month or day of a distant past year: the story is set then
        return near >= far or (near + far < NEWS_FEW_YEARS and not far_dated)

    def _dateline(self) -> bool:
        """A wire dateline ("WARSAW, Feb. 26 (Reuters) -"): a day within a few days of the creation
        time, alone or after a place at the top of the text."""
        assert self.dct is not None
        if _AGENCY_LINE.search(self.text, 0, 400):
            return True
        for m in self.mentions:
            if m.start > 300:
                break
            if m.family != "date":
                continue
            _, month, days, year, _, _ = self._date_parts(m.text)
            if month is None or len(days) != 1 or year not in (None, self.dct[0]) \
                    or not edtf.valid_day(self.dct[0], month, days[0]):
                continue
            gap = (dt.date(*self.dct) - dt.date(self.dct[0], month, days[0])).days
            a, _ = line_bounds(self.text, m.start)
            if 0 <= gap <= 3 and (m.start - a < 40 or is_line_initial(self.text, m.start)):
                return True
        return False

    def _numeric_convention(self) -> bool:
        md = dm = 0
        for m in self.mentions:
            if m.family == "numeric":
                parts = re.split(r"[/.-]", m.text)
                try:
                    a, b = int(parts[0]), int(parts[1])
                except (ValueError, IndexError):
                    continue
                md += b > 12 >= a
                dm += a > 12 >= b
        return dm > md

    # ---- helpers ----------------------------------------------------------------------------
    def _expr(self, m: Mention, value: str | None, *, kind: str = "DATE", anchor: str | None = None,
              mod: str | None = None, reason: str | None = None, ambiguous: bool = False,
              parts: tuple[TimeExpression, ...] = ()) -> TimeExpression:
        if value is None and reason is None:
            reason = "unresolved"
        if kind == "DATE" and value and mod in ("EARLY", "MID", "LATE", "APPROX") and value[-1] not in "~?%" \
                and not value.endswith("_REF") and "/" not in value:
            value += "~"
        lo, hi = edtf.bounds(value, mod) if kind == "DATE" else (None, None)
        prec = edtf.precision_of(value) if value else None
        if kind == "SET":
            prec = "set"
        elif kind == "TIME" and value and value[-1] not in "~":
            prec = "time"
        return TimeExpression(m.start, m.end, m.text, value, lo, hi, prec, kind, anchor, mod,
                              None if value else reason, ambiguous, parts)

    def _speech_time(self, m: Mention) -> tuple[tuple[int, int, int] | None, str | None]:
        """The moment deictic words refer to: a dated statement the quote belongs to, or the dct."""
        said = self._said_on(m)
        if said is not None:
            return said
        q = self.text.rfind("\n", 0, m.start)
        if (self._in_quote(m) or self.dct is None) and self.day_ref and self.day_ref.pos > q:
            r = self.day_ref
            return (r.year, r.month or 1, r.day or 1), f"narrative@{r.pos}"
        if self.dct:
            return self.dct, self.dct_anchor
        if self.day_ref:
            r = self.day_ref
            return (r.year, r.month or 1, r.day or 1), f"narrative@{r.pos}"
        return None, None

    def _said_on(self, m: Mention) -> tuple[tuple[int, int, int], str] | None:
        """""We will win this year," the commander said in a speech on Jan. 3, 2011: the day of a quoted
        statement that the sentence dates right after the quote, with its own year."""
        if self.dct is None or not self._in_quote(m):
            return None
        close = _QUOTE_CLOSE.search(self.text, m.end, self._sentence_end(m) + 1)
        if close is None:
            return None
        if self._starts is None or len(self._starts) != len(self.mentions):
            self._starts = [x.start for x in self.mentions]
        for n in self.mentions[bisect_left(self._starts, close.end()):]:
            if n.start > close.end() + 70 or not _SAID_AFTER_QUOTE.fullmatch(self.text, close.end(), n.start):
                break
            e = self._absolute(n) if n.family in ("date", "numeric", "iso") else None
            got = re.fullmatch(r"(-?\d{4})-(\d{2})-(\d{2})", (e.value or "") if e else "")
            if got:
                return (int(got.group(1)), int(got.group(2)), int(got.group(3))), f"explicit@{n.start}"
            break
        return None

    def _in_quote(self, m: Mention) -> bool:
        q = self.text.rfind("\n", 0, m.start)
        para = self.text[q + 1:m.start]
        return para.count("\"") % 2 == 1 or para.count("“") > para.count("”")

    def _story_this(self, m: Mention) -> bool:
        """"This day", "this year" in a history's own voice: the story's day or year, not the writer's."""
        return not self.news and self.ref is not None and not self._in_quote(m)

    def _future(self, m: Mention) -> bool:
        return bool(_FUTURE.search(self.text, self._clause_start(m, "."), m.start))

    def _clause_start(self, m: Mention, marks: str) -> int:
        """Where the sentence (or clause, with ",") holding ``m`` starts, looking back 120 characters."""
        lo = max(0, m.start - 120)
        text = self.text
        best = max([lo] + [text.rfind(ch, lo, m.start) + 1 for ch in marks.replace(".", "") + "\n"])
        if "." in marks:
            k = text.rfind(".", best, m.start)
            # the period of an abbreviation or initial ("Mr. Schwarz", "Daniel P. Davison", "a.m.") ends nothing
            while k >= best and _ABBREV_END.search(text, max(0, k - 6), k):
                k = text.rfind(".", best, k)
            best = max(best, k + 1)
        return best

    def _ref_across_dct(self, r: Ref, m: Mention) -> bool:
        """A report's story point on the other side of its date from what the clause tells: a past
        year for something ahead ("will join on March 12"), a coming month for something done."""
        assert self.dct is not None
        if r.year < self.dct[0]:
            return self._future_day(m)
        if (r.year, r.month or 0) > self.dct[:2]:
            return self._past_clause(m) and not self._future_day(m)
        return False

    def _opens_in_present(self, m: Mention) -> bool:
        """Whether the sentence holding ``m`` opens in the report's present, its main verb in the present perfect
        or the present ("Violence has risen since the group called off its truce in late November"): a report
        back from its background paragraph, whose months are the report's own recent ones."""
        lo = max(0, m.start - 400)
        a = max(self.text.rfind("\n", lo, m.start), self.text.rfind(". ", lo, m.start) + 1, lo)
        return bool(_PRESENT_OPENING.match(self.text, a, m.start))

    def _past_clause(self, m: Mention) -> bool:
        """Whether the clause before ``m`` is told in the past ("he was found on Nov. 25"); after a reporting
        verb, the reported clause's own tense ("Conseco said it is calling the shares on Dec. 7")."""
        a = self._clause_start(m, ".,;")
        clause = self.text[a:m.start]
        said = max(_SAID_THAT.finditer(clause), key=lambda x: x.start(), default=None)
        if said is not None and re.search(r"[a-z]{2,}\s+\S", clause[said.end():]):
            clause = clause[said.end():]
        return bool(_PAST_WORD.search(_FUTURE.sub(" ", _TO_BE_DONE.sub(" ", clause))))

    def _period_told_past(self, m: Mention) -> bool:
        """Whether a report tells a quarter or half-year in the past, before or after it ("announced a drop
        in profits for the fourth quarter", "third-quarter profit fell"); a present perfect is not ("has
        announced cuts during the fourth quarter"), nor is the reporting verb before a clause of its own
        ("Acme said it expects a recovery in the fourth quarter")."""
        a, b = self._clause_start(m, "."), self._sentence_end(m)
        said = max(_SAID_THAT.finditer(self.text, a, m.start), key=lambda x: x.start(), default=None)
        if said is not None and _REPORTED_PRESENT.match(self.text, said.end(), m.start):
            a = said.end()
        return self._past_clause(m) or bool(_PAST_WORD.search(_PERFECT.sub(" ", self.text[a:b])))

    def _past_subject(self, m: Mention) -> bool:
        """Whether ``m`` is in a sentence's subject told in the past after it: "The May elections were tense",
        "Elections in May were marred by fraud" (no verb before it in its clause)."""
        a = self._clause_start(m, ".;,")
        if _FINITE.search(self.text, a, m.start) or _PAST_WORD.search(self.text, a, m.start):
            return False
        b = self.text.find(",", m.end, self._sentence_end(m))
        rest = self.text[m.end:b if b >= 0 else self._sentence_end(m)]
        return bool(re.match(r"\s+(?:[a-z]+\s+){0,3}?(?:was|were|had)\b", rest)) and not _FUTURE.search(rest)

    def _past_after(self, m: Mention) -> bool:
        """Whether the rest of the sentence after a leading ``m`` is told in the past ("By then, most had fled")."""
        a = self._clause_start(m, ".;")
        if self.text[a:m.start].strip(" \t\n\"'“(").lower() not in ("", "by", "at", "in", "until", "before", "after",
                                                                  "around", "towards", "toward", "from", "since"):
            return False
        rest = self.text[m.end:self._sentence_end(m)]
        return bool(_PAST_WORD.search(rest)) and not _FUTURE.search(rest)

    def _future_day(self, m: Mention) -> bool:
        """Whether a bare weekday looks ahead: "will meet Bush on Thursday", not "said Wednesday"."""
        if _WAS_DUE.search(self.text, self._clause_start(m, ".;"), m.start):
            return False  # "it had been due to expire Friday evening": a time now past
        if _DONE_OWNED.match(self.text, m.end):
            return False  # "will appeal Wednesday's ruling": the ruling is done
        a = self._clause_start(m, ".;")
        if _HAD_DONE.search(self.text, self._clause_start(m, ".,;"), m.start) or (_HAD_DONE.search(self.text, m.end, self._sentence_end(m))
                                                       and not _FUTURE.search(self.text, a, m.start)):
            return False  # "had filed reports by Wednesday", "Until Thursday, police had not named him"
        pv = _PAST_VERB.search(self.text, max(0, m.start - 30), m.start)
        if pv and not _BE_BEFORE.search(self.text, max(0, pv.start() - 10), pv.start()) and not (
                _EXPECTED.match(pv.group(0)) and _IS_BEFORE.search(self.text, max(0, pv.start() - 10), pv.start())):
            return False  # (not "results are expected Friday")
        before = self.text[max(0, m.start - 8):m.start].lower()
        dn = _DONE_IN.search(self.text, max(0, m.start - 30), m.start) if before.endswith(
            (" in ", " on ", " during ")) else None
        if dn and not _BE_BEFORE.search(self.text, max(0, dn.start() - 10), dn.start()) \
                and not _TO_BE_DONE.search(self.text, max(0, dn.start() - 25), dn.end()):
            return False  # "the plan, announced in January, will cut jobs": the announcing is done
        if _THROUGH.search(self.text, max(0, m.start - 10), m.start) and not self._past_clause(m):
            return True  # "the festival runs through Sunday" (not "ran through Sunday")
        fut = _FUTURATE.search(self.text, max(0, m.start - 30), m.start)
        if fut and (fut.group("s") or " " in fut.group("verb") or not _NOUN_BEFORE.search(self.text, max(0, fut.start() - 30), fut.start())):
            return True
        if fut:
            # the act named by a noun ("faces a vote on Friday", "a vote on Friday is expected", not "there
            # was a vote on Friday", "after the vote on Monday, the party split"): ahead in a present sentence
            a, b = self._clause_start(m, ".,;"), self._sentence_end(m)
            c = self.text.find(",", m.end, b)
            clause = self.text[a:c if c >= 0 else b]
            if _PRESENT_CUE.search(clause) and not _PAST_WORD.search(_IS_DONE.sub(" ", clause)):
                return True  # "He and the minister meet separately Monday"
        soon = _SOON.search(self.text, max(0, m.start - 45), m.start)
        if soon and _BY_BEFORE.match(soon.group(0)) and _OPENS_SENTENCE.search(self.text, max(0, soon.start() - 4), soon.start()):
            # "By Wednesday evening, it was over": a sentence that opens with the deadline and goes on in the
            # past tells what was done by then (not "By Friday, the talks will end")
            end = self._sentence_end(m)
            rest = self.text[m.end:end]
            if _PAST_WORD.search(rest) and not _FUTURE.search(rest):
                return False
        if _DEFERRED.search(self.text, max(0, m.start - 50), m.start):
            return True  # "the vote was postponed to Monday", "talks were moved to Friday": a later day
        if soon or _SET_TO.search(self.text, max(0, m.start - 50), m.start):
            return True  # "until 9 a.m. Tuesday", "set to resume Monday in Belfast"
        after = _FUTURE_AFTER.match(self.text, m.end) if m.text[-1] not in ".!?" else None
        if after and _AND_THEN_FUTURE.match(self.text, m.end) and _PAST_WORD.search(
                self.text, self._clause_start(m, ".,;"), m.start):
            after = None  # "celebrated Mass on Sunday and will travel to Brazil": the day is the done act's
        if after and not _REPORTED.search(after.group(0)) and not (
                _THAT_WILL.search(after.group(0)) and self._past_clause(m)) and not (
                self.text.startswith(",", m.end) and self._past_clause(m)):
            # (not a done act with a worry or a plan of its own after it: "stocks closed lower on Monday,
            # amid fears that the bank will fail")
            return True
        a = self._clause_start(m, ".,")
        if _FUTURE.search(self.text, a, m.start):
            return True
        if m.family == "weekday" and self._ahead_by_aspect(m):
            return True
        # "flights would leave from March 30, with the third departing from August 6": a clause with no
        # tense of its own goes on in the sentence's future
        s = self._clause_start(m, ".")
        return s < a and not _FINITE.search(self.text, a, m.start) and bool(_FUTURE.search(self.text, s, a))

    def _ahead_by_aspect(self, m: Mention) -> bool:
        """A bare weekday that a present progressive or a question in the present looks ahead to: "he is flying
        to Paris on Sunday", "we're meeting them Monday", "Are you free on Sunday?", "How about Friday?" (not
        "police are questioning the man arrested on Sunday", "Did you see it on Sunday?")."""
        a = self._clause_start(m, ".,;:!?")
        before = self.text[a:m.start]
        prog = _PROGRESSIVE.search(before) if not self.text.startswith(("'s", "’s"), m.end) else None
        if prog is not None and not _NOUN_BETWEEN.search(prog.group("rest")) and not _PAST_WORD.search(before):
            return True
        end = self._sentence_end(m)
        if end < len(self.text) and self.text[end] == "?" and not _A_BEFORE.search(self.text, max(0, m.start - 3), m.start):
            s = self._clause_start(m, ".!?")
            return not _PAST_WORD.search(self.text, s, end) and not _PERFECT.search(self.text, s, end)
        return False

    def _present_schedule(self, m: Mention) -> bool:
        """A report's simple present with a weekday is scheduled: "the bank reopens on Tuesday", "Obama travels
        to Jordan on Friday" (the clause's one verb, after its subject; nothing in it told in the past or
        perfect: not "the attack on Monday killed five", "shares have fallen since Monday")."""
        if not self.news:
            return False
        a = self._clause_start(m, ".,;")
        pres = _PRESENT_3S.search(self.text, a, m.start)
        if pres is None or pres.group("v").lower() in _NOT_PRESENT_3S:
            # a plural subject opening the sentence and a verb of a scheduled act: "Lawmakers debate the
            # measure on Tuesday", "Polls close at 8 p.m. Sunday", "Ministers gather in Brussels on Sunday"
            s = self._clause_start(m, ".;")
            pl = _PRESENT_PL.match(self.text, s)
            if pl is None or pl.end() > m.start or _PAST_WORD.search(self.text, s, m.start) \
                    or _PERFECT.search(self.text, s, m.start):
                return False
            return True
        c = self.text.find(",", m.end, self._sentence_end(m))
        clause = self.text[a:c if c >= 0 else self._sentence_end(m)]
        return not (_PAST_WORD.search(clause) or _PERFECT.search(clause) or _PAST_VERB_ANY.search(clause))

    def _sentence_end(self, m: Mention) -> int:
        """Where the sentence holding ``m`` ends after it, looking ahead 80 characters (a clause mark ends it)."""
        hi = min(len(self.text), m.end + 80)
        ends = [k for k in (self.text.find(ch, m.end, hi) for ch in ".;!?\n") if k >= 0]
        return min(ends, default=hi)

    def _coordinated_year(self, m: Mention) -> int | None:
        """"April and June 1955", "the summer and autumn of 481 BC": the year the next date states."""
        n = self.next_m
        if n is None or n.start - m.end > 12 or n.family not in ("date", "season", "range"):
            return None
        if not _COORD_GAP.fullmatch(self.text, m.end, n.start):
            return None
        toks = list(_YEAR_TOK.finditer(n.text))
        tok = toks[-1] if toks else None
        if tok is None or (tok.group("y") and len(tok.group("y")) < 3 and not tok.group("e3")):
            return None
        y = _year_of(tok)
        return y if edtf.MIN_YEAR <= y <= edtf.MAX_YEAR else None

    def _year_for(self, m: Mention, month: int, day: int | None, timeline: bool) -> tuple[int | None, str | None]:
        if timeline and self.cursor is not None and m.start - self.cursor_pos <= CURSOR_REACH:
            c = self.cursor
            if self.roll_month and month < self.roll_month:
                return c.year + 1, f"year-cursor@{c.pos}"
            return c.year, f"{self.cursor_src}@{c.pos}"
        coord = self._coordinated_year(m)
        if coord is not None:
            return coord, f"explicit@{self.next_m.start if self.next_m else m.end}"
        r = self.ref
        window = _NEWS_WINDOW if self.news else _NARRATIVE_WINDOW
        # a day of the month the paragraph has just named with its year ("The war turned in June 2021: ... retook
        # Mekelle on 28 June"; "began on 4 November 2020 ... took the capital on 28 November") is that month's
        same_month = (r is not None and r.month == month and day is not None and (r.day is None or day > r.day)
                      and "\n" not in self.text[r.pos : m.start]
                      and _ADJUNCT_BEFORE.search(self.text, max(0, r.pos - 12), r.pos) is not None)
        if r is not None and (self.dct is None or not self.news or (
                (m.start - r.pos < window or same_month) and (r.month is not None or not NEWS_DCT_FIRST) and not r.inferred
                and not (r.year > self.dct[0] and r.pos < self._clause_start(m, ".") and self._future_day(m))
                and r.year != self.dct[0] and (r.month != month or same_month or (
                    r.day is not None and day is not None and day > r.day))
                and not self._ref_across_dct(r, m)
                and not ("\n" in self.text[r.pos : m.start] and self._opens_in_present(m)))):
            # (a report naming the month of its story's other year again means another year's: "took
            # office in January 2009, began his second term in January"; a later day of that month is the
            # same month's: "On 16 November 2021 ... On 30 November")
            year = r.year
            if r.month and month < r.month - ROLLOVER and (timeline or (ROLLOVER_NARRATIVE and not self.news)):
                year += 1
            elif r.month and self.news and abs(month - r.month) > ROLLOVER and not timeline:
                # a report's dates lie near one another, on the side of it the clause's tense tells
                if month < r.month and not self._past_clause(m):
                    year += 1
                elif month > r.month:
                    year -= 1
            return year, f"narrative@{r.pos}"
        if self.dct is not None:
            y, mo, d = self.dct
            ahead = self._future_day(m)
            if (month, day or 1) > (mo, d) and month - mo > 1 and not ahead and (
                    month - mo > NEAR_AHEAD or ((self._past_clause(m) or self._past_subject(m) or self._past_after(m))
                                                and not _TENSELESS_BEFORE.search(self.text, max(0, m.start - 25), m.start))):
                return y - 1, self.dct_anchor
            if month - mo == 1 and day is None and not ahead and (self._past_subject(m) or self._past_after(m)):
                return y - 1, self.dct_anchor  # "In April, the rebels were routed" told in March: last April
            if (month, day or 1) < (mo, d) and mo - month > FUTURE_GAP and ahead:
                return y + 1, self.dct_anchor
            return y, self.dct_anchor
        if r is not None:
            return r.year, f"narrative@{r.pos}"
        return None, None

    # ---- families -----------------------------------------------------------------------------
    def _absolute(self, m: Mention) -> TimeExpression | None:
        """Value of a mention that needs no anchor, or None."""
        if m.family == "iso":
            return self.resolve(m, peek=True)
        if m.family in ("date", "numeric"):
            e = self.resolve(m, peek=True)
            return e if e.anchor is None else None
        return None

    def _date_parts(self, s: str) -> tuple[str | None, int | None, list[int], int | None, str | None, str]:
        """mod, month, days, year, weekday-head, rest of a date phrase."""
        mod, s = _split_mod(_respell(s))
        month = None
        days: list[int] = []
        year = None
        mon = _MONTH_WORD.search(s)
        if mon:
            month = MONTHS[mon.group(1).lower()]
            before, after = s[:mon.start()], s[mon.end():]
            yt = _YEAR_TOK.search(after)
            ds = re.findall(r"(?<![\d'’])(\d{1,2})(?:st|nd|rd|th)?(?!\d)", before)
            if ds:
                days = [int(d) for d in ds]
            else:
                tail = after if yt is None else after[:yt.start()]
                dd = re.match(r"\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:\s*(?:-|–|and|to)\s*(\d{1,2}))?", tail)
                if dd:
                    days = [int(x) for x in dd.groups() if x]
                    if yt is None:
                        rest = after[dd.end():]
                        yt = _YEAR_TOK.search(rest)
                    elif yt.start() < dd.end():
                        yt = None
            if yt is not None:
                year = _year_of(yt)
        head = None
        h = re.match(r"(?:the\s+)?(?:very\s+)?(following|next|previous|preceding|last|this|coming|same|prior"
                     r"|subsequent)\s", s, _I)
        if h:
            head = h.group(1).lower()
        return mod, month, days, year, head, s

    def _part_suffix(self, s: str) -> str:
        low = s.lower()
        for w, code in PARTS_OF_DAY.items():
            if re.search(rf"\b{w}\b", low):
                return "T" + code
        return ""

    def _date(self, m: Mention, peek: bool) -> TimeExpression:
        mod, month, days, year, head, rest = self._date_parts(m.text)
        if month is None:
            return self._expr(m, None, reason="no month")
        anchor = None
        timeline = is_line_initial(self.text, m.start)
        if year is None:
            if peek:
                return self._expr(m, None, anchor="partial", reason="partial")
            dy = _DEICTIC_YEAR.search(m.text)
            lead = re.match(r"(last|next|this\s+past|this\s+coming)\s", m.text, _I)
            if self.ref is not None and _OF_THAT_YEAR.search(m.text):
                # "In 2011, protests began. In March of that year ...": the year just stated, in a report too
                year, anchor = self.ref.year, f"narrative@{self.ref.pos}"
            elif dy:
                year, anchor = self._deictic_year(m, dy.group(1).lower())
            elif lead and days:
                # "last Oct. 23": the latest such day before the speaker's; "next May 2" the first after
                base, anchor = self._speech_time(m)
                if base is None:
                    return self._expr(m, None, reason="no document date")
                back = lead.group(1).lower() in ("last", "this past")
                year = base[0] - ((month, days[0]) >= base[1:]) if back else base[0] + ((month, days[0]) <= base[1:])
            else:
                year, anchor = self._year_for(m, month, days[0] if days else None, timeline)
            if year is None:
                return self._expr(m, None, reason="no year in context")
        if not edtf.MIN_YEAR <= year <= edtf.MAX_YEAR:
            return self._expr(m, None, reason="year out of range")
        suffix = self._part_suffix(rest) if days else ""
        if not days:
            return self._expr(m, edtf.fmt(year, month), anchor=anchor, mod=mod)
        for d in days:
            if not edtf.valid_day(year, month, d):
                return self._expr(m, None, anchor=anchor, reason=f"invalid day {d} for month {month}")
        if len(days) > 1 and days[1] > days[0] and re.search(r"\d\s*(?:-|–|to)\s*\d", m.text):
            v1, v2 = edtf.fmt(year, month, days[0]), edtf.fmt(year, month, days[1])
            return self._expr(m, f"{v1}/{v2}", anchor=anchor, mod=mod,
                              parts=self._day_parts(m, v1, v2, anchor))
        if len(days) > 1 and days[1] != days[0]:
            # "April 24 and 25": the first day, with each day as a part of its own
            v1, v2 = edtf.fmt(year, month, days[0]), edtf.fmt(year, month, days[1])
            return self._expr(m, v1 + suffix, anchor=anchor, mod=mod, parts=self._day_parts(m, v1, v2, anchor))
        return self._expr(m, edtf.fmt(year, month, days[0]) + suffix, anchor=anchor, mod=mod)

    def _deictic_year(self, m: Mention, word: str) -> tuple[int | None, str | None]:
        """"June last year", "in January this year": the speaker's year (the story's for "the
        previous year", "the following year") and its step."""
        shift = -1 if word in ("last", "the previous") else 1 if word in ("next", "the following") else 0
        if word.startswith("the "):
            if self.ref is None:
                return None, None
            return self.ref.year + shift, f"narrative@{self.ref.pos}"
        base, anchor = self._speech_time(m)
        if base is None:
            return None, None
        return base[0] + shift, anchor

    def _day_parts(self, m: Mention, v1: str, v2: str, anchor: str | None) -> tuple[TimeExpression, ...]:
        """The two endpoints of "6-7 January 1916" / "March 5-9, 1918", each with its own span."""
        sep = _DAY_SEP.search(m.text)
        if sep is None:
            return ()
        a = Mention(m.start, m.start + sep.start(), "date", m.text[:sep.start()])
        b = Mention(m.start + sep.end(), m.end, "date", m.text[sep.end():])
        return (self._expr(a, v1, anchor=anchor), self._expr(b, v2, anchor=anchor))

    def _iso(self, m: Mention) -> TimeExpression:
        y, mo, d = int(m.text[:4]), int(m.text[5:7]), int(m.text[8:10])
        if not edtf.valid_day(y, mo, d):
            return self._expr(m, None, reason="invalid calendar date")
        v = edtf.fmt(y, mo, d)
        if len(m.text) > 10:
            v += "T" + m.text[11:16]
        return self._expr(m, v)

    def _numeric(self, m: Mention, peek: bool) -> TimeExpression:
        txt = m.text
        first = re.split(r"\s*[-–]\s*(?=\d{1,2}/)", txt)[0] if txt.count("/") >= 2 and "-" in txt else txt
        nums = [int(x) for x in re.findall(r"\d+", first)]
        a, b = nums[0], nums[1]
        ambiguous = a <= 12 and b <= 12 and a != b
        mo, d = (b, a) if (self.dm_first and b <= 12) or a > 12 else (a, b)
        anchor = None
        if len(nums) >= 3 and len(re.findall(r"[/.-]", first)) >= 2:
            y = nums[2]
            if y < 100:
                y += 2000 if y < 40 else 1900
        else:
            if peek:
                return self._expr(m, None, anchor="partial", reason="partial")
            yy, anchor = self._year_for(m, mo, d, True)
            if yy is None:
                return self._expr(m, None, reason="no year in context", ambiguous=ambiguous)
            y = yy
        if not edtf.valid_day(y, mo, d):
            return self._expr(m, None, anchor=anchor, reason="invalid calendar date", ambiguous=ambiguous)
        return self._expr(m, edtf.fmt(y, mo, d), anchor=anchor, ambiguous=ambiguous)

    def _year(self, m: Mention) -> TimeExpression:
        mod, s = _split_mod(m.text)
        tok = _YEAR_TOK.search(s)
        spelled = _SPELLED_YEAR.search(s.lower()) if tok is None else None
        if spelled:
            if spelled.group(1):
                rest = number(spelled.group(1))
                return self._expr(m, None if rest is None else edtf.fmt_year(1900 + int(rest)), mod=mod)
            rest = number(spelled.group(3)) if spelled.group(3) else 0
            return self._expr(m, None if rest is None else edtf.fmt_year(2000 + int(rest)), mod=mod)
        if tok is None:
            return self._expr(m, None, reason="no year")
        y = _year_of(tok)
        if not edtf.MIN_YEAR <= y <= edtf.MAX_YEAR:
            return self._expr(m, None, reason="year out of range")
        return self._expr(m, edtf.fmt_year(y), mod=mod)

    def _yearrange(self, m: Mention) -> TimeExpression:
        toks = list(_YEAR_TOK.finditer(m.text))
        short = re.search(r"[-–—/]\s*(\d\d)$", m.text)
        if short and toks:
            y1 = _year_of(toks[0])
            y2 = (y1 // 100) * 100 + int(short.group(1))
            if y2 <= y1:
                y2 += 100
            parts = (_year_part(m.start + toks[0].start(), toks[0].group(0), y1),
                     _year_part(m.start + short.start(1), short.group(1), y2))
            return self._expr(m, f"{edtf.fmt_year(y1)}/{edtf.fmt_year(y2)}", parts=parts)
        if len(toks) < 2:
            return self._expr(m, None, reason="unreadable range")
        bc = bool(_BC.search(m.text))
        y1, y2 = _year_of(toks[0], bc), _year_of(toks[1], bc)
        if not (edtf.MIN_YEAR <= y1 <= edtf.MAX_YEAR and edtf.MIN_YEAR <= y2 <= edtf.MAX_YEAR):
            return self._expr(m, None, reason="year out of range")
        parts = (_year_part(m.start + toks[0].start(), toks[0].group(0), y1),
                 _year_part(m.start + toks[1].start(), toks[1].group(0), y2))
        return self._expr(m, f"{edtf.fmt_year(y1)}/{edtf.fmt_year(y2)}", parts=parts)

    def _range(self, m: Mention) -> TimeExpression:
        pieces = [(p.start(), p.end()) for p in _RANGE_SPLIT.finditer(m.text)]
        if not pieces:
            return self._expr(m, None, reason="unreadable range")
        cut_a, cut_b = pieces[0]
        left = Mention(m.start, m.start + cut_a, "date", m.text[:cut_a])
        right = Mention(m.start + cut_b, m.end, "date", m.text[cut_b:])
        lp = self._date_parts(left.text)
        rp = self._date_parts(right.text)
        if lp[3] is None and rp[3] is not None and lp[1] is not None:
            # "May to July 1940": the left side borrows the right side's year
            y = rp[3] - (1 if rp[1] is not None and lp[1] > rp[1] else 0)
            left = Mention(left.start, left.end, "date", left.text)
            le = self._date_with_year(left, y)
        else:
            le = self._date(left, False)
        re_ = self._date(right, False)
        if lp[3] is None and rp[3] is None and lp[1] and rp[1] and rp[1] < lp[1] and le.value:
            # "from October to March": the range crosses a new year; when the story has already reached
            # the right end's month, the left end is in the year before, else the right one is next year
            ly = re.match(r"-?\d{4}", le.value)
            if ly and self.ref is not None and self.ref.month is not None and self.ref.month >= rp[1]:
                le = self._date_with_year(left, int(ly.group(0)) - 1)
            elif ly:
                re_ = self._date_with_year(right, int(ly.group(0)) + 1)
        elif lp[3] is None and rp[3] is None and lp[1] and rp[1] and rp[1] >= lp[1] and le.value and re_.value:
            # "the April-June quarter were poor" (in March): one year's months, that of the end the tense
            # placed (not April of this year to June of the last)
            ly, ry = re.match(r"-?\d{4}", le.value), re.match(r"-?\d{4}", re_.value)
            if ly and ry and int(ry.group(0)) < int(ly.group(0)):
                le = self._date_with_year(left, int(ry.group(0)))
        if le.value and re_.value:
            return self._expr(m, f"{le.value.rstrip('~')}/{re_.value.rstrip('~')}", anchor=re_.anchor or le.anchor,
                              parts=(le, re_))
        return self._expr(m, None, reason=le.reason or re_.reason, parts=(le, re_))

    def _date_with_year(self, m: Mention, year: int) -> TimeExpression:
        mod, month, days, _, _, _ = self._date_parts(m.text)
        if month is None:
            return self._expr(m, None, reason="no month")
        if days:
            if not edtf.valid_day(year, month, days[0]):
                return self._expr(m, None, reason="invalid calendar date")
            return self._expr(m, edtf.fmt(year, month, days[0]), mod=mod)
        return self._expr(m, edtf.fmt(year, month), mod=mod)

    def _decade(self, m: Mention) -> TimeExpression:
        s = m.text.lower()
        mod = None
        pm = _MOD_PREFIX.match(re.sub(r"^the\s+", "", s))
        if pm:
            mod = _mod_of(pm.group(0))
        for w, n in DECADE_WORDS.items():
            if w in s:
                return self._expr(m, f"19{n}X", mod=mod)
        d = re.search(r"(\d+)0['’]?s", s)
        if not d:
            return self._expr(m, None, reason="unreadable decade")
        digits = d.group(1)
        if len(digits) == 1:
            digits = ("20" if digits in "012" and self.dct and self.dct[0] >= 2000 and digits == "0" else "19") + digits
        if len(digits) == 3 and digits.endswith("0") and "1000" <= digits + "0" < "2000":
            # "the 1800s", "the early 1900s": a century (its hundred years), as English reads a round
            # hundred's plural; "the 2000s" is the decade
            return self._expr(m, f"{digits[:2]}XX", mod=mod)
        return self._expr(m, f"{digits}X", mod=mod)

    def _century(self, m: Mention) -> TimeExpression:
        s = m.text.lower()
        mod = None
        pm = _MOD_PREFIX.match(re.sub(r"^the\s+", "", s))
        if pm:
            mod = _mod_of(pm.group(0))
        n = None
        d = re.search(r"(\d{1,2})(?:st|nd|rd|th)", s)
        if d:
            n = int(d.group(1))
        else:
            for w, k in sorted(ORDINALS.items(), key=lambda kv: -len(kv[0])):
                if re.search(rf"\b{w}\b", s) and k <= 21 and w not in ("final", "last"):
                    n = k if "twenty" not in w else 21
                    break
        if n is None or n < 1:
            return self._expr(m, None, reason="unreadable century")
        if _BC.search(m.text):
            return self._expr(m, f"-{n - 1:02d}XX", mod=mod)
        return self._expr(m, f"{n - 1:02d}XX", mod=mod)

    def _season(self, m: Mention) -> TimeExpression:
        mod, s = _split_mod(m.text)
        low = s.lower()
        code = next(v for k, v in SEASONS.items() if k in low)
        if re.search(r"\b(?:early|late|mid)\b", low) and mod is None:
            mod = _mod_of(re.search(r"\b(?:early|late|mid)\b", low).group(0))  # type: ignore[union-attr]
        tok = _YEAR_TOK.search(_respell(s))
        anchor = None
        of_year = re.search(r"\bof\s+(this|last|next)\s+year$", low)
        if tok:
            year = _year_of(tok)
        elif of_year and self.dct:
            # "the summer of last year", "the winter of next year": the report's year, shifted
            year = self.dct[0] + {"last": -1, "next": 1}.get(of_year.group(1), 0)
            anchor = self.dct_anchor
        else:
            h = re.search(r"\b(this|last|next|coming|past|previous|following|preceding|that|same)\b", low)
            shift = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "next": 1, "coming": 1,
                     "following": 1}.get(h.group(1) if h else "", 0)
            deictic = h is not None and h.group(1) in ("this", "last", "next", "coming", "past") \
                and not low.startswith("the") and not (h.group(1) == "this" and self._story_this(m))
            if deictic and self.dct:
                year, anchor = self.dct[0] + shift, self.dct_anchor
            else:
                r = self.ref
                coord = self._coordinated_year(m) if shift == 0 else None
                if r is None and self.dct is None and coord is None:
                    return self._expr(m, None, reason="no year in context")
                if coord is not None:
                    # "the spring and early summer of 1943"
                    year, anchor = coord, f"explicit@{self.next_m.start if self.next_m else m.end}"
                elif r is not None:
                    year, anchor = r.year + shift, f"narrative@{r.pos}"
                    if shift == 0 and r.month is not None:
                        year += _season_roll(code, r.month)
                    elif shift and r.month is not None and not r.season:
                        # "In February 2009 ... The following spring": the first spring after February
                        # 2009 is that year's; "the previous autumn" told in May 2010 is 2009's
                        first, last = _SEASON_MONTHS[code]
                        if shift > 0:
                            year = r.year if r.month < first else r.year + 1
                        else:
                            year = r.year if r.month > last and code != 24 else r.year - 1
                else:
                    assert self.dct is not None
                    year, anchor = self.dct[0] + shift, self.dct_anchor
                    if shift == 0 and self.news and code in _SEASON_SPAN:
                        # a report's "in the summer" told in March is last summer when told in the past,
                        # and "in the spring" told in November next spring when it looks ahead
                        first, last = _SEASON_SPAN[code]
                        if self.dct[1] < first and (self._past_clause(m) or self._past_subject(m)
                                                    or self._past_after(m)) and not self._future(m):
                            year -= 1
                        elif self.dct[1] > last and self._future_day(m):
                            year += 1
        return self._expr(m, f"{edtf.fmt_year(year)}-{code}", anchor=anchor, mod=mod)

    def _half(self, m: Mention, low: str) -> TimeExpression:
        """"The first half of 2012", "the second half": a half year, EDTF semestral 40 / 41."""
        n = 1 if "first" in low else 2
        tok = _YEAR_TOK.search(m.text)
        dy = _DEICTIC_YEAR.search(low)
        owner = re.match(r"(last|this|next)\s+year['’]s\s", low)
        if owner:
            dy = owner  # "last year's first half"
        anchor: str | None = None
        year: int | None
        if tok:
            year = _year_of(tok)
        elif dy:
            year, anchor = self._deictic_year(m, dy.group(1))
        elif self.ref is not None and (low.endswith("that year") or (low.endswith("the year") and not self.news)):
            year, anchor = self.ref.year, f"narrative@{self.ref.pos}"
        elif self.news and self.dct is not None:
            # a report's "second half" before July is last year's when told in the past, as a quarter still
            # ahead is ("profit fell in the second half"); a present or coming clause looks ahead ("expects
            # growth in the second half", "growth in the second half would depend on Europe")
            year, anchor = self.dct[0], self.dct_anchor
            if n == 2 and self.dct[1] <= 6 and not self._future(m) and not _FUTURE_VERB_AFTER.match(self.text, m.end) \
                    and self._period_told_past(m):
                year -= 1
        elif self.ref is not None:
            year, anchor = self.ref.year, f"narrative@{self.ref.pos}"
        else:
            year = None
        if year is None:
            return self._expr(m, None, reason="no year in context")
        return self._expr(m, f"{edtf.fmt_year(year)}-{39 + n}", anchor=anchor)

    def _period(self, m: Mention, low: str) -> TimeExpression:
        """A report's comparison period: "the year-ago quarter", "this year's third quarter", "the 1988
        period", "year-earlier" (results): the quarter the report is about (or named), in that year."""
        n = next((ORDINALS[w] for w in ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")
                  if re.search(rf"\b{w}\b", low)), None)
        lq = self.last_quarter if self.last_quarter and m.start - self.last_quarter[1] < QUARTER_REACH else None
        tok = _YEAR_TOK.search(m.text)
        anchor: str | None
        if "year-ago" in low or "year-earlier" in low:
            if lq is not None:
                year, anchor = int(lq[0][:-3]) - 1, f"explicit@{lq[1]}"
            elif self.dct is not None:
                year, anchor = self.dct[0] - 1, self.dct_anchor
            else:
                return self._expr(m, None, reason="no reference time")
        elif tok:
            year, anchor = _year_of(tok), None
        else:
            yd = re.search(r"\b(this|last|next) year", low)
            base, anchor = self._speech_time(m)
            if base is None or yd is None:
                return self._expr(m, None, reason="no document date")
            year = base[0] + {"last": -1, "next": 1}.get(yd.group(1), 0)
        if n is None and lq is not None:
            n = int(lq[0][-2:]) - 32
        if n is None and lq is None and low.endswith("quarter") and ("year-ago" in low or "year-earlier" in low) \
                and self.dct is not None:
            # "the year-ago quarter" in a report that names no quarter: the one just ended, a year back
            k = self.dct[0] * 4 + (self.dct[1] - 1) // 3 - 1 - 4
            return self._expr(m, f"{edtf.fmt_year(k // 4)}-{33 + k % 4}", anchor=self.dct_anchor)
        if n is None:
            return self._expr(m, edtf.fmt_year(year), anchor=anchor)
        return self._expr(m, f"{edtf.fmt_year(year)}-{32 + n}", anchor=anchor)

    def _year_back(self, m: Mention, low: str) -> TimeExpression:
        """"The same period last year", "the corresponding quarter a year earlier", "the same month a year
        ago": one expression (TimeML), the period the report is about, a year back: its quarter when it has
        named one, else the month the story is in."""
        lq = self.last_quarter if self.last_quarter and m.start - self.last_quarter[1] < QUARTER_REACH else None
        r = self.ref
        if "month" not in low and lq is not None:
            y, q = int(lq[0][:-3]), int(lq[0][-2:])
            return self._expr(m, f"{edtf.fmt_year(y - 1)}-{q}", anchor=f"explicit@{lq[1]}")
        if "quarter" not in low and r is not None and r.month is not None and not r.season:
            return self._expr(m, f"{edtf.fmt_year(r.year - 1)}-{r.month:02d}", anchor=f"narrative@{r.pos}")
        if self.dct is None:
            return self._expr(m, None, reason="no reference time")
        y, mo, _ = self.dct
        if "month" in low:
            return self._expr(m, f"{edtf.fmt_year(y - 1)}-{mo:02d}", anchor=self.dct_anchor)
        k = y * 4 + (mo - 1) // 3 - 1 - 4  # the quarter just ended, a year back
        return self._expr(m, f"{edtf.fmt_year(k // 4)}-{33 + k % 4}", anchor=self.dct_anchor)

    def _quarter(self, m: Mention) -> TimeExpression:
        low = " ".join(m.text.lower().split())
        if re.match(r"(?:the )?(?:(?:same|corresponding|comparable) )?(?:period|quarter|month)(?: of)?,? (?:a year|last year"
                    r"|the (?:previous|prior|last) year|the year before)", low):
            return self._year_back(m, low)
        if low == "the latest period":
            # a report's "the latest period": the quarter it reports on, else the one just ended
            lq = self.last_quarter if self.last_quarter and m.start - self.last_quarter[1] < QUARTER_REACH else None
            if lq is not None:
                return self._expr(m, lq[0], anchor=f"explicit@{lq[1]}")
            low = "the latest quarter"
        if low.endswith("half") or " half of " in low:
            return self._half(m, low)
        if low.startswith(("year-", "the year-", "the comparable", "the corresponding", "the same year")) or \
                "year's" in low or "year’s" in low or low.endswith("period") or re.match(r"(?:the )?\d{4}\b", low):
            return self._period(m, low)
        q = re.search(r"q([1-4])", low)
        tok = _YEAR_TOK.search(m.text, q.end() if q else 0)
        n = None
        if q:
            n = int(q.group(1))
        else:
            for w in ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"):
                if re.search(rf"\b{w}\b", low):
                    n = ORDINALS[w]
                    break
            if n is None and (tok or _DEICTIC_YEAR.search(low)) and re.search(r"\b(?:final|last)\b", low):
                n = 4  # "the final quarter of 2009", "the last quarter of last year"
        anchor = None
        ended = re.match(rf"\s+(?:ended|ending)\s+({_MONTH_RE})", self.text[m.end:m.end + 30], _I)
        if low == "the quarter" and ended and self.dct:
            # "the quarter ended Sept. 30": the quarter that month closes, the last such before the report
            mo = MONTHS[ended.group(1).lower()]
            year = self.dct[0] - (1 if mo > self.dct[1] else 0)
            return self._expr(m, f"{edtf.fmt_year(year)}-{32 + (mo - 1) // 3 + 1}", anchor=self.dct_anchor)
        if low == "the quarter" and self.last_quarter is not None:
            # "the quarter" after "the third quarter": the one the report is about
            return self._expr(m, self.last_quarter[0], anchor=f"explicit@{self.last_quarter[1]}")
        dy = _DEICTIC_YEAR.search(low)
        if tok:
            year = _year_of(tok)
        elif dy and n is not None:
            # "the fourth quarter of last year"
            y2, anchor = self._deictic_year(m, dy.group(1))
            if y2 is None:
                return self._expr(m, None, reason="no year in context")
            year = y2
        elif self.dct:
            year, anchor = self.dct[0], self.dct_anchor
            cur = (self.dct[1] - 1) // 3 + 1
            if n is None:
                # "the quarter" with no other: results reported for the quarter just ended
                back = re.search(r"\b(?:last|latest|past|previous|final)\b", low) or (
                    low == "the quarter" and not self._future(m)
                    and not _EXPECTS.search(self.text, self._clause_start(m, "."), m.start))
                shift = -1 if back else (1 if "next" in low else 0)
                k = year * 4 + cur - 1 + shift
                year, n = k // 4, k % 4 + 1
            elif n > cur and not self._future(m) and self._period_told_past(m):
                # a quarter still ahead of the report is last year's when told in the past ("announced a
                # drop in profits for the fourth quarter"), not in a present perfect ("has announced cuts,
                # resulting in closures during the fourth quarter")
                year -= 1
        elif self.ref:
            year, anchor = self.ref.year, f"narrative@{self.ref.pos}"
        else:
            return self._expr(m, None, reason="no year in context")
        if n is None:
            return self._expr(m, None, reason="no quarter number")
        value = f"{edtf.fmt_year(year)}-{32 + n}"
        if not (self.news and self.dct is not None and (year, n) >= (
                self.dct[0], (self.dct[1] - 1) // 3 + 1)):
            self.last_quarter = (value, m.start)  # not a quarter a report looks ahead to
        return self._expr(m, value, anchor=anchor)

    def _nth_day(self, m: Mention) -> TimeExpression:
        """"Today is the eighth day of the strike", "suspended for a second consecutive day": in a report
        told in the present, the day (week) the count has reached, the report's own; counted in a past or
        a coming clause ("was the worst", "on his first day in office if elected") it is left undated."""
        if not self.news:
            return self._expr(m, None, reason=_NOT_LISTED)
        a = self._clause_start(m, ".;")
        aux = [x.group(1).lower() for x in _AUX.finditer(self.text, a, m.start)]
        if not aux:
            after = _AUX.search(self.text, m.end, self._sentence_end(m))
            aux = [after.group(1).lower()] if after else []
        if aux and aux[-1] in ("was", "were", "had", "will", "would", "'ll", "shall"):
            return self._expr(m, None, reason=_NOT_LISTED)
        base, anchor = self._speech_time(m)
        if base is None:
            return self._expr(m, None, reason="no document date")
        if m.text.lower().endswith("week"):
            y, w = edtf.iso_week(*base)
            return self._expr(m, f"{y:04d}-W{w:02d}", anchor=anchor)
        return self._expr(m, edtf.fmt(*base), anchor=anchor)

    def _week_of(self, m: Mention) -> TimeExpression:
        """"The last week of March": the ISO week holding most of that week's days in the month (the one
        with its Thursday there); "the week of March 6": the week that holds the day."""
        dm = re.search(r"\bof\s+(.+)$", m.text, _I)
        assert dm is not None
        inner = Mention(m.start + dm.start(1), m.end, "date", dm.group(1))
        e = self._date(inner, False)
        v = (e.value or "").rstrip("~")
        got = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", v)
        if not got:
            return self._expr(m, None, reason="no month for the week")
        y, mo = int(got.group(1)), int(got.group(2))
        if re.search(r"\bday\s+of\b", m.text, _I):
            # "the last day of February" (2013-02-28), "the first day of March"
            first = re.search(r"\bfirst\b", m.text, _I) is not None
            return self._expr(m, edtf.fmt(y, mo, 1 if first else calendar.monthrange(y, mo)[1]), anchor=e.anchor)
        if got.group(3):
            day = int(got.group(3))
        else:
            low = m.text.lower()
            cut = low.find(" week")
            if cut < 0:  # "the last\nweek of March": a hard-wrapped line (str.index had raised here)
                wrapped = re.search(r"\sweek", low)
                cut = wrapped.start() if wrapped else 0
            nth = (low[:cut].split() or [""])[-1]
            last = calendar.monthrange(y, mo)[1]
            k = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(nth)
            day = last - 3 if k is None else 4 + 7 * (k - 1)
        wy, w = edtf.iso_week(y, mo, day)
        return self._expr(m, f"{wy:04d}-W{w:02d}", anchor=e.anchor)

    def _day_part(self, m: Mention) -> TimeExpression:
        """"In the morning", "by mid afternoon": that part of the day the story is on (the document's day
        when it has reached none)."""
        low = m.text.lower()
        word = next(w for w in ("morning", "afternoon", "evening", "day") if w in low)
        em = re.search(r"\b(early|late|mid)", low)
        mod = _mod_of(em.group(1)) if em else None
        if re.search(r"\s(?:yesterday|today)$", low):
            said, anchor = self._speech_time(m)
            base = edtf.add_days(*said, -low.endswith("yesterday")) if said is not None else None
        else:
            base, prec, anchor = self._anchor_ref(True)
            r = self.day_ref
            if (base is None or prec != "day") and self.news and r is not None and r.day is not None:
                # a report that went on to a month ("sales rose in February") is still on the day it
                # stated: "Ford said on Tuesday ... the stock rose in morning trading"
                base, anchor = (r.year, r.month or 1, r.day), f"narrative@{r.pos}"
            elif base is None or prec != "day":
                base, anchor = self._speech_time(m)
        if base is None:
            return self._expr(m, None, reason="no document date")
        return self._expr(m, edtf.fmt(*base) + ("T" + PARTS_OF_DAY[word] if word != "day" else ""), anchor=anchor,
                          mod=mod)

    def _holiday(self, m: Mention) -> TimeExpression:
        low = " ".join(m.text.lower().split())
        tok = _YEAR_TOK.search(m.text)
        anchor = None
        if tok:
            year: int | None = _year_of(tok)
        else:
            # the year from the holiday's usual month and day; the exact day of a moveable feast after
            year, anchor = self._year_for(m, *_holiday_day(low, None), False)
        if year is None:
            return self._expr(m, None, reason="no year in context")
        if not 1583 <= year <= edtf.MAX_YEAR and not low.startswith(("christmas", "new year")):
            return self._expr(m, None, anchor=anchor, reason="moveable feast outside the Gregorian calendar")
        mo, d = _holiday_day(low, year)
        if not tok and self.dct is not None and (anchor or "").startswith("dct") and year == self.dct[0]:
            # a report's feast with no year: this year's, unless told in the past when it is still ahead
            # ("services were held on Good Friday" in March, before Easter) or ahead when it has passed
            first = (mo, d)
            if low.endswith(" week"):
                wk = dt.date(year, mo, d)
                wk -= dt.timedelta(days=wk.weekday())
                first = (wk.month, wk.day) if wk.year == year else (1, 1)  # the week's Monday
            if first > self.dct[1:] and (self._past_clause(m) or self._past_subject(m) or self._past_after(m)) \
                    and not self._future_day(m):
                year -= 1
            elif (mo, d) < self.dct[1:] and self._future_day(m) and self.dct[1] - mo > 1:
                year += 1
            mo, d = _holiday_day(low, year)
        if low.endswith(" week"):
            # "Easter week", "Christmas week": the ISO week holding the day
            iy, iw, _ = dt.date(year, mo, d).isocalendar()
            return self._expr(m, f"{iy:04d}-W{iw:02d}", anchor=anchor)
        return self._expr(m, edtf.fmt(year, mo, d), anchor=anchor)

    def _shift(self, base: tuple[int, int, int], unit: str, n: int, prec: str) -> str | None:
        y, mo, d = base
        try:
            if unit in ("day", "night"):
                return edtf.fmt(*edtf.add_days(y, mo, d, n)) if prec == "day" else None
            if unit in ("week", "fortnight"):
                k = 14 if unit == "fortnight" else 7
                return edtf.fmt(*edtf.add_days(y, mo, d, n * k)) if prec == "day" else None
            if unit == "month":
                return edtf.fmt(*edtf.add_months(y, mo, n)) if prec in ("day", "month") else None
            if unit == "year":
                return edtf.fmt_year(y + n)
            if unit == "decade":
                return f"{(y + 10 * n) // 10:03d}X"
            if unit in ("century", "centurie"):
                return f"{(y + 100 * n) // 100:02d}XX"
            if unit == "quarter":
                k = y * 4 + (mo - 1) // 3 + n
                return f"{edtf.fmt_year(k // 4)}-{33 + k % 4}"
        except (ValueError, OverflowError):
            return None
        return None

    def _anchor_ref(self, need_day: bool) -> tuple[tuple[int, int, int] | None, str, str | None]:
        r = self.day_ref if need_day else self.ref
        if need_day and (r is None or (self.ref is not None and self.ref.pos > r.pos and self.ref.day is None)):
            r = self.ref if self.ref and self.ref.day else None
        if r is None:
            return None, "none", None
        prec = "day" if r.day else ("month" if r.month else "year")
        return (r.year, r.month or 1, r.day or 1), prec, f"narrative@{r.pos}"

    def _rel(self, m: Mention, nxt: Mention | None) -> TimeExpression:
        # "later in the day" is "later that day": the day (or year) the text has reached
        low = re.sub(r"^(earlier|later) in the ", r"\1 that ", " ".join(m.text.lower().split()))
        # "at month's end", "by year's end": "the end of the month (year)"
        low = re.sub(r"^(?:the )?(month|year|week)['’]s end$", r"the end of the \1", low)
        # today, yesterday, tomorrow, tonight
        dw = re.search(r"\b(yesterday|today|tomorrow|tonight)\b", low)
        if dw:
            gen = _TODAY_GENERIC.match(self.text, m.end) if low == "today" else None
            if gen:
                if gen.group("name"):
                    return self._expr(m, "PRESENT_REF")  # "today's GM.": the company as it is now
                # "today's youth", "in today's world": the present age, which TimeBank's annotators do not
                # mark (none of its generic "today's" is a TIMEX; "today's editions" is the day)
                return self._expr(m, None, reason=_NOT_LISTED)
            base, anchor = self._speech_time(m)
            if base is None:
                return self._expr(m, None, reason="no document date")
            n = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[dw.group(1)]
            if low.startswith("the day before"):
                n -= 1
            elif low.startswith("the day after"):
                n += 1
            suffix = self._part_suffix(low[dw.end():]) or ("TNI" if dw.group(1) == "tonight" else "")
            return self._expr(m, edtf.fmt(*edtf.add_days(*base, n)) + suffix, anchor=anchor)
        # N units ago / later / before / after
        g = re.search(r"\s(ago|later|earlier|before|after|afterwards?|previously|previous|prior|from now|hence|on)$", low)
        if g:
            return self._offset(m, low[:g.start()], g.group(1), nxt)
        part = _PART_OF.match(low)
        if part:
            return self._part_of(m, part)
        if low in ("the year", "the full year", "the entire year", "the whole year", "the fiscal year",
                   "the current fiscal year", "this fiscal year"):
            return self._the_year(m)
        fy = _FISCAL_YEAR_REL.fullmatch(low)
        if fy:
            # "last fiscal year", "the latest fiscal year" (the last one closed), "next fiscal year": a year
            # from the report's (TimeML writes a fiscal year as its year)
            this = self._the_year(Mention(m.start, m.end, m.family, "the fiscal year"))
            if this.value is None or not this.value.lstrip("-").isdigit():
                return this
            n = 1 if fy.group(1) in ("next", "coming") else -1
            return self._expr(m, edtf.fmt_year(int(this.value) + n), anchor=this.anchor)
        if low.endswith(("year-end", "year end")):
            e = self._the_year(m)  # the last day of the report's (or story's) year
            if e.value and e.value.isdigit() and _SINCE_BEFORE.search(self.text, max(0, m.start - 8), m.start):
                # "up 5% since year-end": the year-end already passed, the one before the report's year
                return self._expr(m, f"{edtf.fmt_year(int(e.value) - 1)}-12-31", anchor=e.anchor)
            return self._expr(m, f"{e.value}-12-31", anchor=e.anchor) if e.value else e
        if low == "the weekend":
            return self._the_weekend(m)
        if low == "the day":
            low = "that day"  # "ended the day down 31 points", "for the day": the day the report tells
        h = re.search(r"(?:^|\s)(the\s+(?:very\s+)?(?:same|following|next|previous|preceding|prior|past|coming"
                      r"|current|last|subsequent)|that\s+same|that\s+very|this\s+past|this|last|next|past|coming"
                      r"|previous|following|preceding|that|same)\s+(?:(?:early|late|mid)[\s-]+)?([a-z]+)", low)
        if not h:
            return self._expr(m, None, reason="unreadable relative expression")
        head, word = h.group(1), h.group(2)
        if _VAGUE_PAST.match(low):
            return self._expr(m, "PAST_REF")  # "in past years": some time back, no span
        if word.endswith("s") and word[:-1] in UNITS:
            return self._expr(m, _dur_value(word[:-1], None), kind="DURATION")
        if head in ("the past", "the last") and word == "year" and self.news and low == f"{head} year":
            # a report's "over the past year": TimeBank annotates the year before the report's, a date
            said, anchor = self._speech_time(m)
            if said is not None:
                return self._expr(m, edtf.fmt_year(said[0] - 1), anchor=anchor)
        if head in ("the past", "the last", "past", "this past") and word in UNITS and word != "weekend":
            return self._expr(m, _dur_value(word, 1), kind="DURATION")
        core = head.replace("the ", "").replace("very ", "").replace("that same", "same").replace(
            "that very", "same").replace("this past", "last")
        shift = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "next": 1,
                 "following": 1, "coming": 1, "subsequent": 1}.get(core, 0)
        deictic = not head.startswith("the ") and core in ("this", "last", "next", "coming", "past", "current")
        if head.startswith("the current"):
            deictic = True
        if core == "this" and self._story_this(m):
            deictic = False
        mod = None
        if re.search(r"\b(early|late|mid)[\s-]", low):
            mod = _mod_of(re.search(r"\b(early|late|mid)", low).group(1))  # type: ignore[union-attr]
        if word in WEEKDAYS:
            return self._weekday_rel(m, WEEKDAYS[word], shift if core != "this" else 0, deictic)
        if word in MONTHS:
            if deictic:
                base, ref_prec, anchor = self.dct, "day", self.dct_anchor
            else:
                base, ref_prec, anchor = self._anchor_ref(False)
            if base is None:
                return self._expr(m, None, reason="no anchor")
            mo = MONTHS[word]
            if ref_prec not in ("day", "month", "week") and shift:
                y = base[0] + shift  # "in late 2011 ... the following September": a September after that year
            else:
                y = base[0] + (-1 if shift < 0 and mo >= base[1] else 1 if shift > 0 and mo <= base[1] else 0)
            return self._expr(m, edtf.fmt(y, mo), anchor=anchor, mod=mod)
        if word in SEASONS:
            return self._season(m)
        if word in PARTS_OF_DAY:
            if deictic:
                base, anchor = self._speech_time(m)
                if base is None:
                    return self._expr(m, None, reason="no document date")
                base = edtf.add_days(*base, shift)
            else:
                base, prec, anchor = self._anchor_ref(True)
                if base is None or prec != "day":
                    return self._expr(m, None, reason="reference time has no day")
                base = edtf.add_days(*base, shift)
            return self._expr(m, edtf.fmt(*base) + "T" + PARTS_OF_DAY[word], anchor=anchor)
        if word not in UNITS:
            return self._expr(m, None, reason="unreadable relative expression")
        lr = self.last_rel.get(word) if not deictic and shift and head.startswith("the ") else None
        if lr is not None and m.start - lr[0] < 300 and (self.ref is None or lr[0] > self.ref.pos):
            # "sales rose last month from the previous month": a unit before the report's own just named
            v0 = lr[1]
            if word == "year":
                return self._expr(m, edtf.fmt_year(int(v0) + shift), anchor=f"explicit@{lr[0]}")
            if word == "month":
                y0, m0 = edtf.add_months(int(v0[:4]), int(v0[5:7]), shift)
                return self._expr(m, f"{y0:04d}-{m0:02d}", anchor=f"explicit@{lr[0]}")
            d0 = dt.date.fromisocalendar(int(v0[:4]), int(v0[6:8]), 1) + dt.timedelta(days=7 * shift)
            y1, w1, _ = d0.isocalendar()
            return self._expr(m, f"{y1:04d}-W{w1:02d}", anchor=f"explicit@{lr[0]}")
        if deictic:
            said, anchor = self._speech_time(m)
            if said is None:
                return self._expr(m, None, reason="no document date")
            base, prec = said, "day"
        else:
            base, prec, anchor = self._anchor_ref(word in ("day", "night", "week", "weekend"))
            r = self.day_ref
            if (base is None or prec != "day") and word in ("day", "night") and self.news and r is not None \
                    and r.day is not None:
                # "ending the day at 8,017" after "posted gains on Friday ... jobs in March": the report's day
                base, prec, anchor = (r.year, r.month or 1, r.day), "day", f"narrative@{r.pos}"
            if base is None and word in ("day", "night") and not self.news and self.ref is not None:
                return self._coarse_day(m, shift)
            if base is None:
                if self.dct is None:
                    return self._expr(m, None, reason="no reference time")
                base, prec, anchor = self.dct, "day", self.dct_anchor
        if word in ("week", "weekend"):
            if prec != "day":
                return self._expr(m, None, anchor=anchor, reason="reference time has no day")
            y, w = edtf.iso_week(*edtf.add_days(*base, 7 * shift))
            return self._expr(m, f"{y:04d}-W{w:02d}" + ("-WE" if word == "weekend" else ""), anchor=anchor)
        v = self._shift(base, word, shift, prec)
        if v is None and word in ("day", "night") and not self.news and self.ref is not None:
            return self._coarse_day(m, shift)
        if v is None:
            return self._expr(m, None, anchor=anchor, reason="reference time too coarse")
        if word == "month":
            v = v[:7]
        elif word == "day" and prec == "day":
            v = v[:10]
        return self._expr(m, v, anchor=anchor, mod=mod)

    def _coarse_day(self, m: Mention, days: int) -> TimeExpression:
        """"Four days later" when the story has reached only a month or a year: a day of that year
        (of that month, for the same, next or previous day), its day unspecified."""
        r = self.ref
        assert r is not None
        month = r.month if abs(days) <= 1 and not r.season else None
        return self._expr(m, edtf.unspecified_day(r.year, month), anchor=f"narrative@{r.pos}")

    def _the_weekend(self, m: Mention) -> TimeExpression:
        """"Over the weekend" in a report: the last weekend before it (the coming one when the clause
        looks ahead, "ahead of the weekend"); in a history, the weekend of the story's day."""
        if self.news:
            base, anchor = self._speech_time(m)
            if base is None:
                return self._expr(m, None, reason="no document date")
            wd = edtf.weekday(*base)
            ahead = self._future_day(m) or bool(re.search(r"\b(?:ahead\s+of|before|until|by)\s+$",
                                                          self.text[max(0, m.start - 12):m.start], _I))
            back = 0 if wd >= 5 or ahead else -7
        else:
            b2, prec, anchor = self._anchor_ref(True)
            if b2 is None or prec != "day":
                return self._expr(m, None, reason="reference time has no day")
            base, back = b2, 0
        y, w = edtf.iso_week(*edtf.add_days(*base, back))
        return self._expr(m, f"{y:04d}-W{w:02d}-WE", anchor=anchor)

    def _the_year(self, m: Mention) -> TimeExpression:
        """"for the year", "a high for the year": the report's year (or the story's); "the year ended
        March 31" is a fiscal year, a span of one year."""
        if re.match(rf"\s+(?:ended|ending)\b|\s+to\s+(?:the\s+end\s+of\s+)?(?:{_MONTH_RE})\b", self.text[m.end:m.end + 40], _I):
            # (and "in the year to January": twelve months up to the month, a span)
            return self._expr(m, "P1Y", kind="DURATION")
        r = self.ref
        if self.news and r is not None and r.pos > self.text.rfind(". ", 0, m.start) and self.dct is not None \
                and r.year != self.dct[0] and "current" not in m.text.lower():
            # "a loss of $4.8 billion in the fourth quarter of 2005 and of $8.6 billion for the entire year":
            # the year the sentence has just named
            return self._expr(m, edtf.fmt_year(r.year), anchor=f"narrative@{r.pos}")
        if self.news and self.dct is not None:
            return self._expr(m, edtf.fmt_year(self.dct[0]), anchor=self.dct_anchor)
        if self.ref is not None:
            return self._expr(m, edtf.fmt_year(self.ref.year), anchor=f"narrative@{self.ref.pos}")
        if self.dct is not None:
            return self._expr(m, edtf.fmt_year(self.dct[0]), anchor=self.dct_anchor)
        return self._expr(m, None, reason="no reference time")

    def _part_of(self, m: Mention, part: re.Match[str]) -> TimeExpression:
        """"the end of the year", "the rest of that month": the current year or month, narrowed."""
        unit, which = part.group(3), part.group(2)
        anchor: str | None
        shift = {"next": 1, "last": -1}.get(which, 0)
        if unit == "day":
            # "at the start of the day", "by the end of that day": the day the story is on
            base, prec, anchor = self._anchor_ref(True)
            if base is None or prec != "day":
                base, anchor = self._speech_time(m)
            if base is None:
                return self._expr(m, None, reason="no reference time")
            mod = {"end": "END", "close": "END"}.get(part.group(1), "START")
            return self._expr(m, edtf.fmt(*base), anchor=anchor, mod=mod)
        r = self.ref
        story = r is not None and self.news and which == "the" and self.dct is not None \
            and m.start - r.pos < _NEWS_WINDOW and (r.year, r.month) != tuple(self.dct[:2]) \
            and (unit != "month" or r.month is not None) and (self._past_clause(m) or self._past_after(m))
        if not story and (which in ("this", "next", "last") or (self.news and which == "the") or r is None):
            # (a report's "the end of the month" is its own month; not in a past clause right after
            # the story's other month: "the siege began on 3 March 2012; by the end of the month ...")
            base, prec, anchor = self.dct, "day", self.dct_anchor
        else:
            base, prec, anchor = self._anchor_ref(unit == "week")
        if base is None:
            return self._expr(m, None, reason="no reference time")
        mod = {"end": "END", "close": "END", "turn": "END", "beginning": "START", "start": "START",
               "middle": "MID", "first half": "EARLY"}.get(part.group(1), "LATE")
        if unit == "week":
            # "by the end of the week": the week, narrowed
            if prec != "day":
                return self._expr(m, None, anchor=anchor, reason="reference time has no day")
            y, w = edtf.iso_week(*edtf.add_days(*base, 7 * shift))
            return self._expr(m, f"{y:04d}-W{w:02d}", anchor=anchor, mod=mod)
        if shift:
            shifted = self._shift(base, unit, shift, prec)
            if shifted is None:
                return self._expr(m, None, anchor=anchor, reason="reference time too coarse")
            return self._expr(m, shifted, anchor=anchor, mod=mod)
        if unit == "month":
            if prec == "year":
                return self._expr(m, None, anchor=anchor, reason="reference time has no month")
            return self._expr(m, edtf.fmt(base[0], base[1]), anchor=anchor, mod=mod)
        v = self._shift(base, unit, 0, prec)
        return self._expr(m, v, anchor=anchor, mod=mod)

    def _offset(self, m: Mention, amount: str, direction: str, nxt: Mention | None) -> TimeExpression:
        amount = re.sub(r"^(?:about|around|nearly|almost|some|over|more than|roughly|approximately|just|only)\s+",
                        "", amount)
        sign = 1 if direction in ("later", "after", "afterward", "afterwards", "from now", "hence", "on") else -1
        if amount.startswith("the "):
            unit, n = amount.split()[1], 1
        elif amount == "a while":
            return self._expr(m, "FUTURE_REF" if sign > 0 else "PAST_REF")
        elif amount in ("hours", "days", "weeks", "months", "years", "decades"):
            # "days later", "years ago": how long is not said
            return self._vague_offset(amount[:-1], sign, m, direction)
        else:
            dm = re.match(r"(.+?)[\s-]+(?:and a half\s+)?([a-z]+?)s?$", amount)
            if not dm:
                return self._expr(m, None, reason="unreadable offset")
            nv = number(dm.group(1))
            unit = dm.group(2)
            if unit == "centurie":
                unit = "century"
            if nv is None or nv != int(nv):
                return self._vague_offset(unit, sign, m, direction)
            n = int(nv)
        if unit in TIME_UNITS:
            # "an hour later": no clock time to count from; the span of time itself is what is known
            return self._expr(m, _dur_value(unit, n), kind="DURATION")
        if unit not in UNITS:
            return self._expr(m, None, reason="unreadable offset")
        anchor: str | None
        lq = self.last_quarter
        year_before = lq is not None and lq[1] < self.prev_year_at > self.text.rfind(". ", 0, m.start)
        if unit == "year" and sign < 0 and self.news and year_before and direction != "ago":
            # in a report on a quarter, "costs of $118 billion last year, $19 billion less than the year
            # previous": a year back from the year the sentence has just named
            return self._expr(m, edtf.fmt_year(self.prev_year - n), anchor=f"explicit@{self.prev_year_at}")
        if unit == "year" and sign < 0 and self.news and lq is not None and m.start - lq[1] < QUARTER_REACH \
                and not (nxt is not None and 0 <= nxt.start - m.end <= 5) and not year_before:
            # "net income of $5 million a year earlier" in a report on a quarter: the year-ago quarter
            y, q = int(lq[0][:-3]), int(lq[0][-2:])
            return self._expr(m, f"{edtf.fmt_year(y - n)}-{q}", anchor=f"explicit@{lq[1]}")
        if direction in ("ago", "from now", "hence"):
            base, anchor = self._speech_time(m)
            prec = "day"
        elif nxt is not None and 0 <= nxt.start - m.end <= 7 and nxt.family in ("date", "iso", "numeric", "year"):
            e = self.resolve(nxt, peek=True)
            gap = self.text[m.end:nxt.start].strip(" ,").lower()
            if e.value and gap in ("in", "on"):
                # "two years earlier, in 2013": the explicit date is the value itself
                return self._expr(m, e.value, anchor=f"explicit@{nxt.start}")
            # "two years after 2001", "ten months after the January 2015 attack": a date, or an event
            # named with its date, is what the span is counted from
            of_event = gap in ("the", "his", "her", "its", "their") and direction in ("after", "before") and bool(
                _EVENT_NOUN_AFTER.match(self.text, nxt.end))
            if e.value and e.precision in ("day", "month", "year") and (not gap or of_event):
                v = e.value.rstrip("~")
                y, mo, d = int(v[:4]), int(v[5:7]) if len(v) > 5 else 1, int(v[8:10]) if len(v) > 8 else 1
                base, prec, anchor = (y, mo, d), e.precision or "year", f"explicit@{nxt.start}"
            elif gap and direction in ("after", "before") and self.news:
                # "four years after his 2009 speech in Cairo": counted from an event the engine does not
                # date, so the span itself is what the report states (not a span from the story's day)
                return self._expr(m, _dur_value(unit, n), kind="DURATION")
            else:
                base, prec, anchor = self._anchor_ref(unit in ("day", "night", "week"))
        else:
            if direction in ("after", "before") and self.news and amount.startswith("the ") and unit in ("day", "week",
                                                                                                      "month", "year"):
                day = self._the_day_before(m, unit, -1 if direction == "before" else 1, nxt)
                if day is not None:
                    return day
            if direction in ("after", "before") and self.news:
                # "twenty years after the first astronauts were chosen": anchored on an event the engine
                # cannot date, so the span of time itself is what the text states
                return self._expr(m, _dur_value(unit, n), kind="DURATION")
            base, prec, anchor = self._anchor_ref(unit in ("day", "night", "week"))
        # "four days later" in a story that has reached only a year; not "the day before <an event>"
        coarse = unit in ("day", "night") and not self.news and self.ref is not None \
            and direction not in ("before", "after") and not (anchor or "").startswith("explicit")
        if base is None and coarse:
            return self._coarse_day(m, sign * n)
        if base is None and self.news and direction == "on":
            # "three decades on, the dispute persists": counted from an event the report does not date,
            # up to the report's present, so the span is what is stated
            return self._expr(m, _dur_value(unit, n), kind="DURATION")
        if base is None and self.news:
            # "sales a year earlier" in a report that has stated no other time: the report's own
            base, anchor = self._speech_time(m)
            prec = "day"
        if base is None:
            return self._expr(m, None, reason="no reference time")
        if direction == "ago" and prec == "day" and unit in ("year", "month") and _TODAY_AFTER.match(self.text, m.end):
            # "three years ago today": the same day, so many years back (an anniversary)
            y, mo, d = base
            if unit == "month":
                y, mo = edtf.add_months(y, mo, sign * n)
            else:
                y += sign * n
            d = min(d, calendar.monthrange(y, mo)[1]) if 1 <= y <= 9999 else d
            return self._expr(m, edtf.fmt(y, mo, d), anchor=anchor)
        if unit in ("decade", "century", "centurie") and direction == "ago" and self.news and n:
            # a report's "a decade ago", "two decades ago", "a century ago": the year so many years back, as
            # "ten years ago" is (TimeML dates an "ago" at the precision of the year, not a decade)
            return self._expr(m, edtf.fmt_year(base[0] - (10 if unit == "decade" else 100) * n), anchor=anchor)
        shifted = self._shift(base, unit, sign * n, prec)
        if shifted is None and coarse:
            return self._coarse_day(m, sign * n)
        if shifted is None:
            return self._expr(m, None, anchor=anchor, reason="reference time too coarse")
        v = shifted
        if unit in ("week", "fortnight") and direction == "ago" and self.news and prec == "day" and len(v) == 10 \
                and n > 1:
            # "six weeks ago": the value is as fine as the expression, a week (TimeML), not a day ("a week
            # ago" is this day last week, as "a year ago" is)
            iy, iw, _ = dt.date(int(v[:4]), int(v[5:7]), int(v[8:10])).isocalendar()
            return self._expr(m, f"{iy:04d}-W{iw:02d}", anchor=anchor)
        if unit == "month":
            v = v[:7]
        elif unit == "year":
            v = v[:4] if not v.startswith("-") else v[:5]
        return self._expr(m, v, anchor=anchor)

    def _the_day_before(self, m: Mention, unit: str, sign: int, nxt: Mention | None) -> TimeExpression | None:
        """"The day before last Tuesday's hearing": a day from the date that follows; "Oct. 12, the day before
        the plunge": the date it restates (TimeML annotates the phrase as that date)."""
        if nxt is not None and 0 <= nxt.start - m.end <= 1 and nxt.family in ("rel", "weekday", "date", "iso"):
            e = self._rel(nxt, None) if nxt.family == "rel" else self._weekday(nxt) if nxt.family == "weekday" \
                else self.resolve(nxt, peek=True)
            v = (e.value or "")[:10]
            if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                shifted = self._shift((int(v[:4]), int(v[5:7]), int(v[8:10])), unit, sign, "day")
                if shifted is not None:
                    cut = {"day": 10, "week": 10, "month": 7, "year": 4}[unit]
                    return self._expr(m, shifted[:cut], anchor=f"explicit@{nxt.start}")
        r = self.day_ref
        if unit == "day" and r is not None and r.day is not None and r.month is not None and 0 < m.start - r.pos < 30 \
                and re.fullmatch(r"[^,;:!?]{1,25},\s*", self.text[r.pos:m.start]) \
                and not re.search(r"[.!?]\s+[A-Z]", self.text[r.pos:m.start]):
            return self._expr(m, edtf.fmt(r.year, r.month, r.day), anchor=f"narrative@{r.pos}")
        return None

    def _vague_offset(self, unit: str, sign: int, m: Mention, direction: str = "") -> TimeExpression:
        """"A few days later": a report states the span of time (PXD, TimeML's reading); a history a time
        after or before the story's (FUTURE_REF / PAST_REF, TIMEX2's). "Several years ago", "months ago"
        count back from the speaker: a time in the past, PAST_REF, never a span (TimeML dates an "ago")."""
        if direction == "ago":
            return self._expr(m, "PAST_REF")
        if self.news and unit in UNITS:
            return self._expr(m, _dur_value(unit, None), kind="DURATION")
        return self._expr(m, "FUTURE_REF" if sign > 0 else "PAST_REF")

    def _weekday_rel(self, m: Mention, wd: int, shift: int, deictic: bool) -> TimeExpression:
        if deictic:
            base, anchor = self._speech_time(m)
            if base is None:
                return self._expr(m, None, reason="no document date")
        else:
            base, prec, anchor = self._anchor_ref(True)
            if base is None or prec != "day":
                return self._expr(m, None, reason="reference time has no day")
        cur = edtf.weekday(*base)
        if shift < 0:
            delta = -((cur - wd) % 7 or 7)
        elif shift > 0:
            delta = (wd - cur) % 7 or 7
        else:
            delta = wd - cur
        return self._expr(m, edtf.fmt(*edtf.add_days(*base, delta)), anchor=anchor)

    def _weekday(self, m: Mention) -> TimeExpression:
        wd = WEEKDAYS[m.text.split()[0].lower()]
        suffix = self._part_suffix(m.text)
        if _EVERY_LIST.search(self.text, max(0, m.start - 60), m.start):
            # "every Monday, Wednesday and Friday": each of the days the list names recurs
            return self._expr(m, f"XXXX-WXX-{wd + 1}{suffix}", kind="SET")
        r = self.day_ref
        if r is not None and r.day is not None and r.month is not None and not self.news and (
                self.dct is None or m.start - r.pos < 800):
            base, anchor = (r.year, r.month, r.day), f"narrative@{r.pos}"
        else:
            base2, anchor2 = self._speech_time(m)
            if base2 is None:
                return self._expr(m, None, reason="no document date")
            base, anchor = base2, anchor2 or "dct"
        prev = self._prev_weekday
        if prev is not None and _WEEKDAY_SPAN_GAP.fullmatch(self.text, prev[0], m.start):
            # "from Monday to Wednesday": the end of a span of days is the first such day after its start
            py, pm, pd = prev[1]
            day = edtf.add_days(py, pm, pd, (wd - edtf.weekday(py, pm, pd)) % 7 or 7)
        else:
            cur = edtf.weekday(*base)
            delta = (wd - cur) % 7 if self._future_day(m) or self._present_schedule(m) else -((cur - wd) % 7)
            day = edtf.add_days(*base, delta)
        self._prev_weekday = (m.end, day)
        return self._expr(m, edtf.fmt(*day) + suffix, anchor=anchor)

    def _time(self, m: Mention) -> TimeExpression:
        wd = re.search(rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day$|\b(?:{_MONTH_RE})\b\.?\s*\d+\w*$", m.text, _I)
        deictic = re.search(r"\s(today|tonight|yesterday|tomorrow)$", m.text, _I)
        low = m.text[:wd.start()].lower() if wd else m.text[:deictic.start()].lower() if deictic else m.text.lower()
        if "noon" in low or "midnight" in low or "midday" in low:
            hh, mm = (0, 0) if "midnight" in low else (12, 0)
        else:
            t = re.match(r"(\d\d)(\d\d)(?=\s*[a-z]{2,4}\b)|(\d{1,2})(?::(\d{2}))?", low)  # "0600 GMT", "10:30"
            assert t is not None
            hh, mm = int(t.group(1) or t.group(3)), int(t.group(2) or t.group(4) or 0)
            if ("p" in low or "afternoon" in low or "evening" in low) and hh < 12:
                hh += 12
            elif "a" in low and hh == 12:
                hh = 0
        if hh > 23 or mm > 59:
            return self._expr(m, None, kind="TIME", reason="invalid time of day")
        if not wd and not deictic:
            # "at 5 p.m. (2100 GMT) on Thursday": the weekday after the time restated in brackets is its day
            wd = _RESTATED_THEN_WEEKDAY.match(self.text, m.end)
            if wd:
                day = self._weekday(Mention(m.start, m.end, "weekday", wd.group(1)))
                if day.value is not None:
                    return self._expr(m, f"{day.value[:10]}T{hh:02d}:{mm:02d}", kind="TIME", anchor=day.anchor)
        if wd:
            # "10 p.m. Wednesday", "until 9 a.m. EST Tuesday": the time on that weekday
            # (the day's tense is read from where the whole expression starts)
            if wd.group(0)[-3:].lower() == "day":
                day = self._weekday(Mention(m.start, m.end, "weekday", wd.group(0)))
            else:
                day = self._date(Mention(m.start + wd.start(), m.end, "date", wd.group(0)), False)
            if day.value is None:
                return self._expr(m, None, kind="TIME", reason=day.reason)
            return self._expr(m, f"{day.value[:10]}T{hh:02d}:{mm:02d}", kind="TIME", anchor=day.anchor)
        if deictic:
            # "16:00 UTC today", "10 a.m. yesterday": the time on the day the word names
            said, anchor = self._speech_time(m)
            if said is None:
                return self._expr(m, None, kind="TIME", reason="no document date")
            n = {"yesterday": -1, "tomorrow": 1}.get(deictic.group(1).lower(), 0)
            return self._expr(m, f"{edtf.fmt(*edtf.add_days(*said, n))}T{hh:02d}:{mm:02d}", kind="TIME", anchor=anchor)
        base, prec, anchor = self._anchor_ref(True)
        if base is None or prec != "day":
            base, anchor = self._speech_time(m)
            if base is None:
                return self._expr(m, None, kind="TIME", reason="no date for the time of day")
        return self._expr(m, f"{edtf.fmt(*base)}T{hh:02d}:{mm:02d}", kind="TIME", anchor=anchor)

    def _dur(self, m: Mention, ranged: bool = True) -> TimeExpression:
        low = " ".join(m.text.lower().split())
        # "weeks or months", "months or even years": the first unit's span
        low = re.sub(r",?\s+(?:or|if\s+not)\s+(?:even\s+|perhaps\s+|possibly\s+)?(?:years|months|weeks|days|decades|hours)$",
                     "", low)
        many = _AS_MANY.fullmatch(low)
        if many and self.text[max(0, m.start - 3):m.start].lower() == "as ":
            # "the third attack in as many days": as many days as the ordinal before counts
            ords = _ORDINAL_WORD.findall(self.text, max(0, m.start - 60), m.start)
            if ords and ORDINALS.get(ords[-1].lower(), 0) > 1:
                return self._expr(m, _dur_value(many.group(1), ORDINALS[ords[-1].lower()]), kind="DURATION")
        if low == "one day" and _MODAL_BEFORE.search(self.text, max(0, m.start - 30), m.start):
            return self._expr(m, "FUTURE_REF")  # "Islam will one day be ...": some time ahead, not a day's span
        mod = None
        for w, code in _DUR_MODS:
            if re.search(rf"\b{w}\b", low):
                mod = code
                break
        if _VAGUE_PAST.match(low):
            return self._expr(m, "PAST_REF")  # "the last few months", "in past years": some time back, no span
        rng = _DUR_RANGE_BEFORE.search(self.text, max(0, m.start - 40), m.start) if ranged and _DUR_PLAIN.fullmatch(low) else None
        if rng and (rng.group("sep").lower() == "to" or rng.group("between")):
            return self._dur_range(m, rng)
        end = _END_STRETCH.match(low)
        if end:
            unit = end.group(1)[:-1]  # "the first hours of the war" PTXH, "the early years" PXY
            return self._expr(m, _dur_value(unit, None), kind="DURATION")
        body = low[_DUR_LEAD.match(low).end():]  # type: ignore[union-attr]
        body = _A_NUMBER.sub("", body)
        if body.startswith("recent ") or body.startswith("in recent "):
            unit = body.split()[-1][:-1]
            if unit in ("year", "decade") and not re.match(r"(?:the\s+)?(?:most\s+)?recent\s+(?:\w+\s+)?(?:years|decades)\s+of\b",
                                                       self.text[m.start:m.end + 4], _I):
                # "in recent years": TIMEX3 writes the vague stretch of years back as the past (PAST_REF),
                # as "in past years"; weeks, months and days stay unspecified spans (PXW, PXM, PXD)
                return self._expr(m, "PAST_REF")
            return self._expr(m, _dur_value(unit if unit in UNITS else "year", None), kind="DURATION")
        body = re.sub(r"\s+ahead$", "", body)
        if body == "centuries":
            return self._expr(m, _dur_value("century", None), kind="DURATION")
        if body in ("years", "months", "weeks", "days", "decades", "hours", "minutes"):
            return self._expr(m, _dur_value(body[:-1], None), kind="DURATION")
        lm = re.fullmatch(r"(?:an?\s+)?([a-z]+?)(s?)-?long", body)
        if lm and lm.group(1).replace("centurie", "century") in UNITS:
            # "a day-long meeting" P1D, "a decades-long dispute" PXY
            return self._expr(m, _dur_value(lm.group(1).replace("centurie", "century"), None if lm.group(2) else 1),
                              kind="DURATION")
        body = re.sub(r"^(?:a\s+)?single(?=[\s-])", "one", body)
        dm = _DUR.match(body)
        if not dm or dm.group("unit") not in UNITS:
            unit_m = re.search(r"([a-z]+?)s?(?:[\s-]+(?:old|long))?$", body)
            unit = unit_m.group(1) if unit_m else ""
            if unit == "centurie":
                unit = "century"
            if unit not in UNITS:
                return self._expr(m, None, kind="DURATION", reason="unreadable duration")
            nv = None
        else:
            unit = dm.group("unit")
            nv = number(dm.group("num"))
            if (dm.group("half") or dm.group("half0")) and nv is not None:
                nv += 0.5
            if nv is None and dm.group("num") in VAGUE or dm.group("num").split()[0] in VAGUE:
                nv = None
            elif nv is None:
                return self._expr(m, None, kind="DURATION", reason="unreadable number")
        letter, mult = UNITS[unit]
        if letter == "DE":
            letter, mult = "Y", 10 * mult
        elif letter == "CE":
            letter, mult = "Y", 100 * mult
        if nv is None:
            qty = "X"
        else:
            q = nv * mult
            if q != int(q) and letter in _SMALLER and (letter != "M" or unit in TIME_UNITS):
                # "two and a half years" P2Y6M, "5 1/2 hours" PT5H30M: the fraction in the next unit
                small, k = _SMALLER[letter]
                rest = (q - int(q)) * k
                if rest == int(rest):
                    whole = f"{int(q)}{letter}" if int(q) else ""
                    if unit in TIME_UNITS:
                        return self._expr(m, f"PT{whole}{int(rest)}{small}", kind="DURATION", mod=mod)
                    tail = f"T{int(rest)}H" if small == "H" else f"{int(rest)}{small}"
                    return self._expr(m, f"P{whole}{tail}", kind="DURATION", mod=mod)
            qty = str(int(q)) if q == int(q) else f"{q:g}"
        value = ("PT" if unit in TIME_UNITS else "P") + qty + letter
        return self._expr(m, value, kind="DURATION", mod=mod)

    def _dur_range(self, m: Mention, rng: re.Match[str]) -> TimeExpression:
        """"two to three weeks", "between 60 and 90 days": TimeML marks the two counts apart, the first
        with the unit the second names ("two" P2W, "three weeks" P3W); the whole is at least the first.
        "the next 12 to 18 months" is one span of unstated length (PXM)."""
        hi = self._dur(m, ranged=False)
        unit_v = re.fullmatch(r"(PT?)\d+([A-Z])", hi.value or "")
        if unit_v is None:
            return hi
        if rng.group("lead"):
            whole = Mention(rng.start(), m.end, m.family, self.text[rng.start():m.end])
            return self._expr(whole, f"{unit_v.group(1)}X{unit_v.group(2)}", kind="DURATION")
        n = number(rng.group("num").lower())
        if n is None:
            return hi
        lo_m = Mention(rng.start("num"), rng.end("num"), m.family, rng.group("num"))
        lo = self._expr(lo_m, f"{unit_v.group(1)}{int(n)}{unit_v.group(2)}", kind="DURATION")
        whole = Mention(lo_m.start, m.end, m.family, self.text[lo_m.start:m.end])
        return self._expr(whole, lo.value, kind="DURATION", mod="EQUAL_OR_MORE", parts=(lo, hi))

    def _set(self, m: Mention) -> TimeExpression:
        low = " ".join(m.text.lower().split())
        simple = {"annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W", "daily": "P1D",
                  "hourly": "PT1H",
                  "nightly": "P1D"}
        if low in simple:
            return self._expr(m, simple[low], kind="SET")
        for w, i in WEEKDAYS.items():
            if w in low:
                return self._expr(m, f"XXXX-WXX-{i + 1}", kind="SET")
        for w, i in MONTHS.items():
            if re.search(rf"\b{w}\b", low) and len(w) > 3:
                return self._expr(m, f"XXXX-{i:02d}", kind="SET")
        u = re.search(r"([a-z]+?)s?$", low)
        unit = u.group(1) if u else ""
        if unit not in UNITS:
            return self._expr(m, None, kind="SET", reason="unreadable set")
        if unit == "weekend":
            return self._expr(m, "XXXX-WXX-WE", kind="SET")
        n: int | str = 2 if "other" in low else 1
        mm = re.search(r"(?:every|each)\s+(.+?)\s+\S+$", low)
        if mm and mm.group(1) != "other":
            # "every few years", "every several months": a period of unstated length (PXY)
            n = "X" if mm.group(1).split()[-1] in ("few", "several", "many") else int(number(mm.group(1)) or 1)
        letter = UNITS[unit][0]
        return self._expr(m, ("PT" if unit in TIME_UNITS else "P") + f"{n}{letter}", kind="SET")

    def _anaphor(self, m: Mention) -> TimeExpression:
        """"This period", "the same time", "the dry season": a history's reference to a time it dates
        elsewhere or not at all (TIMEX2 marks them without a value); reports do not list them. "This
        time" (at this time) is the story's present, PRESENT_REF in TIMEX style."""
        if " ".join(m.text.lower().split()) == "this time":
            return self._expr(m, "PRESENT_REF")
        return self._expr(m, None, reason="refers to a time the text does not date here")

    def _refs(self, m: Mention) -> TimeExpression:
        low = m.text.lower()
        if "past" in low or "recent" in low or low == "former":
            return self._expr(m, "PAST_REF")
        if "future" in low or "later" in low or low.endswith("term"):
            return self._expr(m, "FUTURE_REF")  # "the near term", "the long term" (TimeML FUTURE_REF)
        return self._expr(m, "PRESENT_REF")

    # ---- driver -------------------------------------------------------------------------------
    def resolve(self, m: Mention, nxt: Mention | None = None, peek: bool = False) -> TimeExpression:
        f = m.family
        if f in ("date", "numeric") and not peek and _SEPT_11.fullmatch(m.text) and (
                m.text == "9/11" or _ATTACKS_AFTER.match(self.text, m.end)):
            # "since 9/11", "the Sept. 11 attacks": the day of the 2001 attacks, which the name stands for
            self._named_days.add(m.start)
            return self._expr(m, "2001-09-11")
        if f == "date":
            return self._date(m, peek)
        if f == "iso":
            return self._iso(m)
        if f == "numeric":
            return self._numeric(m, peek)
        if f == "year":
            return self._year(m)
        if peek:
            return self._expr(m, None, anchor="partial", reason="partial")
        handler = {"year": self._year, "yearrange": self._yearrange, "range": self._range,
                   "decade": self._decade, "century": self._century, "season": self._season,
                   "quarter": self._quarter, "holiday": self._holiday, "weekday": self._weekday,
                   "time": self._time, "dur": self._dur, "set": self._set, "refs": self._refs,
                   "anaphor": self._anaphor, "weekof": self._week_of, "daypart": self._day_part, "nthday": self._nth_day}.get(f)
        if handler is not None:
            return handler(m)
        if f == "rel":
            return self._rel(m, nxt)
        return self._expr(m, None, reason=f"unknown family {f}")

    def _update(self, m: Mention, e: TimeExpression) -> None:
        if m.start in self.stamps or m.start in self._named_days:
            return  # page dates and comment time stamps (and the days events are named by) are not part of the story
        if e.kind != "DATE" or not e.value or e.value.endswith("_REF"):
            return
        v = e.value.split("/")[-1].rstrip("~?%")
        if "X" in v:
            return  # "four days later" in a story that has reached only a year keeps the story where it is
        mt = re.match(r"(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
        if not mt or e.precision in ("decade", "century"):
            return
        y = int(mt.group(1))
        mo = int(mt.group(2)) if mt.group(2) and int(mt.group(2)) <= 12 else None
        if e.precision == "season" and mt.group(2) and not self.news:
            mo = SEASON_MIDDLE[int(mt.group(2))]  # a history's seasons carry its months forward
        d = int(mt.group(3)) if mt.group(3) and mo else None
        if e.precision == "week":
            return
        ref = Ref(y, mo, d, m.start, e.precision == "season",
                  self.news and m.family in ("date", "season") and (e.anchor or "").startswith("dct"))
        if m.family == "year" and self._in_passing(m, y):
            return
        if e.anchor is None and m.family in _EXPLICIT and self._aside(m, y):
            self.aside = ref
            return
        if m.family == "rel" and self.ref is not None and (y, mo or 0) < (self.ref.year, self.ref.month or 0) \
                and e.anchor and e.anchor.startswith("narrative"):
            return  # "the previous year" looks back without moving the story
        if self.news and m.family == "rel" and _LOOK_BACK.search(m.text):
            return  # a report's "a year earlier", "two weeks ago": a comparison, not where the story is
        if m.family == "quarter" and (_LOOK_BACK.search(m.text) or _YEAR_BACK.search(m.text)):
            return  # "the same month a year ago", "the corresponding period last year": a comparison too
        if self.news and _SINCE_BEFORE.search(self.text, max(0, m.start - 8), m.start):
            return  # a report's "the worst attack since January": a bound looked back to, not the story's time
        dct_based = m.family in ("rel", "weekday") and e.anchor is not None and e.anchor.startswith("dct")
        if not dct_based:
            self.ref = ref
        # (a report's "earned $3 million in the quarter that ended Feb. 28": a period's bound, which "a year
        # earlier" counts from but not the day the report's "in morning trading" is on)
        bound = self.news and _PERIOD_END_BEFORE.search(self.text, max(0, m.start - 40), m.start)
        if d is not None and (self.news or not dct_based) and not bound:
            self.day_ref = ref  # a history's "today" is the writer's, not a day of the story
        if m.family in ("date", "numeric", "iso", "year", "range", "yearrange"):
            heading = is_heading(self.text, m.start)
            if heading or is_line_initial(self.text, m.start):
                if e.precision in ("day", "month") or heading:
                    partial = e.anchor is not None
                    # the month a later entry must go below to roll the year over: that of the last
                    # year-less entry; a dated citation within the same year does not reset it
                    if partial or self.cursor is None or self.cursor.year != y or self.roll_month is None:
                        self.roll_month = mo
                    self.cursor = ref
                    self.cursor_pos = m.start
                    self.cursor_src = "heading" if heading and mo is None else "year-cursor"
                    if heading and mo is None:
                        self.cursor = Ref(y, None, None, m.start)
                        self.roll_month = None

    def _aside(self, m: Mention, year: int) -> bool:
        """An explicit date in another year than the ones the text states just before and just after
        it, both the same, within the same section: a look ahead or back ("a siege that lasted until
        February 1945" in the account of 1944), which does not move the story."""
        if self.news or self.ref is None or year == self.ref.year:
            return False
        pos = self.explicit_pos
        i = bisect_left(pos, m.start)
        if i == 0 or i + 1 >= len(pos) or pos[i] != m.start:
            return False
        before, after = self.explicit_year[i - 1], self.explicit_year[i + 1]
        if before != after or before == year or pos[i + 1] - m.end > ASIDE_REACH \
                or m.start - pos[i - 1] > ASIDE_REACH:
            return False
        if is_heading(self.text, m.start) or is_line_initial(self.text, m.start):
            return False
        return "\n\n" not in self.text[pos[i - 1]:pos[i + 1]] and not self._section_break(pos[i - 1], m.start)

    def _section_break(self, a: int, b: int) -> bool:
        """Whether a heading line stands between positions ``a`` and ``b``."""
        k = self.text.find("\n", a, b)
        while k >= 0:
            if is_heading(self.text, k + 1) and k + 1 < b:
                return True
            k = self.text.find("\n", k + 1, b)
        return False

    def _in_passing(self, m: Mention, year: int) -> bool:
        """A bare year far from the story's current year, not where a narrative step is stated
        ("declassified in 2005", "the Estates-General of 1614"): it does not move the story."""
        r = self.ref
        if self.news and self.dct is not None:
            if year == self.dct[0]:
                return False
            if NEWS_PASSING:
                return True
        if r is None or year == r.year:
            return False
        if is_heading(self.text, m.start) or is_line_initial(self.text, m.start):
            return False
        if self.text[m.start - 1:m.start] == "(" and self.text[m.end:m.end + 1] == ")":
            return True  # "the Civil Constitution of the Clergy (1790)"
        if year > r.year and not self.news and self._future(m):
            return True  # "a planned campaign in 1976"
        if abs(year - r.year) <= PASSING_YEARS:
            return False
        a = max(self.text.rfind(".", max(0, m.start - 40), m.start),
                self.text.rfind("\n", max(0, m.start - 40), m.start))
        if a < 0:
            return True
        return len(_WORD.findall(self.text, a + 1, m.start)) > STORY_WORDS

    def _comment_stamps(self) -> list[tuple[int, tuple[int, int, int]]]:
        """Reader comments' own dates ("Hamid, 11 October 2024: ...", "Abdi K. - 3 February 2023" on a line of its
        own) after a "Comments" line: each is the time its comment was written."""
        marker = _COMMENTS_LINE.search(self.text)
        if marker is not None and self.dct is None:
            return []
        after = marker.end() if marker is not None else 0
        out = []
        for m in self.mentions:
            if m.start < after or m.family not in ("date", "numeric"):
                continue
            line_start = self.text.rfind("\n", 0, m.start) + 1
            if not _COMMENT_HEAD_BEFORE.fullmatch(self.text, line_start, m.start) or not _COMMENT_HEAD_AFTER.match(
                    self.text, m.end):
                continue
            e = self._absolute(m)
            if e is not None and e.precision == "day" and e.value:
                y, mo, d = (int(x) for x in e.value[:10].split("-"))
                out.append((m.start, (y, mo, d)))
        if marker is None and len(out) < 2:
            # without a "Comments" line, only a series of dated entries, each headed by a label and its day
            # ("Reader question, 3 September 2021:", "Update, 4 May 2022:"), is read so
            return []
        return out

    def run(self) -> list[TimeExpression]:
        out: list[TimeExpression] = []
        ms = self.mentions
        stamps = self._comment_stamps()
        for pos, _ in stamps:
            self.stamps.add(pos)
        k = 0
        for i, m in enumerate(ms):
            while k < len(stamps) and stamps[k][0] <= m.start:
                # what a comment says is read from the day it was written ("Yesterday's bomber" in a comment
                # of 10 November 2024 is 9 November), not from the post's date
                self.dct, self.dct_anchor = stamps[k][1], f"comment@{stamps[k][0]}"
                k += 1
            self.next_m = ms[i + 1] if i + 1 < len(ms) else None
            if self.aside is not None:
                if _ANAPHOR.search(m.text):
                    # "stalemated by 1940. In August of that year": the aside is the story after all
                    self.ref = self.aside
                    if self.aside.day is not None:
                        self.day_ref = self.aside
                if m.family in _EXPLICIT or m.family == "rel":
                    self.aside = None
            e = self.resolve(m, self.next_m)
            if e.reason == _NOT_LISTED:
                continue
            if e.precision == "year" and e.kind == "DATE" and e.value and e.value.lstrip("-").isdigit():
                self.prev_year_at, self.prev_year = m.start, int(e.value)
            lr = _DEICTIC_UNIT.fullmatch(m.text) if m.family == "rel" and e.value else None
            if lr is not None and re.fullmatch(r"\d{4}(?:-\d\d|-W\d\d)?", e.value or ""):
                self.last_rel[lr.group(1).lower()] = (m.start, e.value or "")
            self._update(m, e)
            out.append(e)
        return out


def find_dates(text: str, dct: str | None = None) -> list[TimeExpression]:
    """Recognise, normalise and anchor every temporal expression in a document."""
    if not text:
        return []
    mentions, spots = recognize_noting_informal(text)
    informal = canonical(text, spots) if spots else None
    if informal is None:
        return Resolver(text, mentions, dct).run()
    # "tmr", "this Sat", "2 hrs": read in the standard words, reported with the spans of the text as written
    canon, starts, ends = informal

    def back(e: TimeExpression) -> TimeExpression:
        a, b = starts[e.start], ends[e.end]
        return dc_replace(e, start=a, end=b, text=text[a:b], parts=tuple(back(p) for p in e.parts))

    return [back(e) for e in Resolver(canon, recognize(canon), dct).run()]
