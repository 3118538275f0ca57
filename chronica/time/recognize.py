"""Recognition: find temporal expressions and their family with one precompiled pattern."""

from __future__ import annotations

import re
from typing import NamedTuple

MON = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
       r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.(?=\s)|\b))")
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# time zones a clock time is given in besides GMT / UTC ("1234 GMT (2034 HKT)", "10 a.m. EDT"), capitals only
ZONE = r"(?-i:HKT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|JST|AEST|AEDT|SGT|ET|PT)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
ERA = r"(?:B\.\s?C\.(?:E\.)?|BCE?\b|A\.\s?D\.|AD\b|CE\b)"
YEAR = (rf"(?:(?:{ERA}\s?)?[12]\d{{3}}(?![\d,]\d)(?:\s?{ERA})?|\d{{1,4}}\s?(?:B\.\s?C\.(?:E\.)?|BCE?\b)"
        rf"|(?:A\.\s?D\.|AD)\s?\d{{1,4}}(?!\d)|['’]\d\d(?!\d|\s+(?-i:Minutes|Hours|Days|Seconds)\b))")
YEAR4 = r"[12]\d{3}(?![\d,]\d)"
NUMW = (r"(?:\d+(?:,\d{3})*(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|six|seven|eight"
        r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        r"|(?:a|one)\s+hundred|a\s+dozen|half\s+a|a\s+couple\s+of|couple\s+of|a\s+few|several|few|many|some|a|an"
        r"|a\s+number\s+of|dozens\s+of|hundreds\s+of|numerous)")
UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?"
        r"|decades?|century|centuries|millennium|millennia)")
PART = r"(?:morning|afternoon|evening|night)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
MODW = (r"(?:(?:the\s+)?(?:end|beginning|start|middle|close|turn|dawn|outset|height)\s+of(?:\s+the)?"
        r"|(?:very\s+)?(?:early|late|mid|middle)\s+(?:in|on)(?:\s+the)?|the\s+(?:early|late|mid)|early|late"
        r"|mid|middle|around|about|approximately|circa|ca\.|c\.|roughly|nearly|almost)")
MODJ = r"(?:\s*-\s*|\s+)"
REL_HEAD = (r"(?:the\s+(?:very\s+)?(?:same|following|next|previous|preceding|prior|past|coming|current|last"
            r"|subsequent)|that\s+(?:same|very)|this\s+past|this|last|next|past|coming|previous|following"
            r"|preceding|that|same)")
QORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
YEAR_DEICTIC = r"(?:(?:last|this|next)\s+year|the\s+(?:previous|following|same|current)\s+year)"
DMY = rf"(?:the\s+)?{DAY}(?:\s*(?:-|–|and|to)\s*{DAY})?(?:\s+of)?\s+{MON}(?:,?\s*{YEAR})?"
MDY = rf"{MON}\s*{DAY}(?:\s*(?:-|–)\s*{DAY}|\s+(?:and|to)\s+{DAY}(?!\s+{MON}))?(?:,?\s*{YEAR})?"
MY = rf"{MON},?\s+(?:of\s+)?{YEAR}"
DATEW = rf"(?:(?:{REL_HEAD}\s+)?{WD},?[^\S\n]+)?(?:{DMY}|{MDY}|{MY}|{MON})"
RANGE_SEP = r"\s*(?:-|–|—|to|until|till|through|thru)\s*"

FAMILIES: list[tuple[str, str]] = [
    ("iso", r"\d{4}-\d{2}-\d{2}(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])"),
    ("numeric", r"(?<![\d/.,$])\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})(?![\d/-]|\.\d)"
                r"|(?<![\d/.,$])\d{1,2}/\d{1,2}(?:\s*[-–]\s*\d{1,2}/\d{1,2})?(?![/\d])"),
    ("range", rf"(?:(?:{MODW}{MODJ})?(?:{DMY}|{MDY}|{MY}|{MON})){RANGE_SEP}"
              rf"(?:(?:{MODW}{MODJ})?(?:{DMY}|{MDY}|{MY}|{MON}))"
              rf"|(?<=between\s)(?:{DMY}|{MDY}|{MY}|{MON})\s+and\s+(?:{DMY}|{MDY}|{MY}|{MON})"),
    ("date", rf"(?:(?:the\s+)?{PART}\s+of\s+)?(?:{MODW}{MODJ})?"
             rf"(?:(?:last|next|this\s+past|this\s+coming)\s+(?={MON}\s*{DAY}))?{DATEW}(?:\s+{PART})?"
             rf"(?:\s+of\s+(?:(?:that|the\s+same)\s+year|{YEAR4})"
             r"|(?<![\d,])\s+(?:of\s+)?(?:last|this|next|the\s+previous|the\s+following|that|the\s+same)\s+year)?"),
    ("yearrange", rf"{YEAR4}\s*(?:-|–|—|/)\s*(?:{YEAR4}|\d\d(?!\d|,\d))(?!\s*(?:-|–|—|/)\s*\d)"
                  rf"|{YEAR}\s+(?:to|until|till|through)\s+{YEAR}|(?<=between\s){YEAR}\s+and\s+{YEAR}"),
    ("decade", rf"(?:the\s+)?(?:{MODW}{MODJ})?(?:[12]\d\d0|['’]\d0|[1-9]0)['’]?s\b"
               r"|the\s+(?:(?:early|late|mid)[\s-]+)?(?:twenties|thirties|forties|fifties|sixties|seventies"
               r"|eighties|nineties)"),
    ("century", rf"(?:the\s+)?(?:{MODW}{MODJ})?(?:\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|fifth"
                r"|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
                r"|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first)[\s-]+century"
                rf"(?:\s+{ERA})?"),
    ("season", rf"(?:{MODW}{MODJ})?(?:(?:{REL_HEAD}|the)\s+)?(?:(?:early|late|mid)[\s-]+)?{SEASON}"
               rf"(?:(?:\s+of)?,?\s+{YEAR}|\s+of\s+(?:that|the\s+same|last|this|next)\s+year)?(?:\s*(?:-|–|/)\s*(?:{YEAR4}|\d\d(?!\d)))?"),
    ("quarter", r"(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|quarter|month)(?:\s+of)?,?\s+(?:a\s+year"
                r"\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior|last)\s+year|the\s+year\s+before)"
                r"|the\s+(?:quarter|period|month)\s+a\s+year\s+(?:ago|earlier)"
                r"|the\s+latest\s+period"
                rf"|(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year-(?:ago|earlier)|{YEAR4}(?:['’]s)?"
                rf"|(?:this|last|next)\s+year['’]s)(?:\s+(?:fiscal[\s-]+)?{QORD})?[\s-]+(?:fiscal\s+)?(?:quarter|period)\b"
                rf"|(?:the\s+)?(?:fiscal[\s-]+)?(?:{QORD}|final|last|latest|current|past"
                rf"|previous|this|next|same)[\s-]*(?:fiscal\s+|calendar\s+)?quarter"
                rf"(?:\s+(?:of|in)(?:\s+fiscal)?\s+(?:{YEAR}|{YEAR_DEICTIC}|the\s+year(?![\s-]+(?:before|ago|earlier|\d)))|[\s-]+{YEAR4}(?![\w-]))?|\bQ[1-4](?:\s*{YEAR})?"
                r"|the\s+quarter(?![\s-]+(?:century|mile|of\b|final)|-(?:to|over|on)-)"
                rf"|(?:the\s+)?(?:first|second|last|latter)\s+half\s+of\s+(?:{YEAR}|{YEAR_DEICTIC}|(?:the|that)\s+year)"
                r"|the\s+(?:first|second)\s+half(?![\s-]+(?:of|century|time|mile)\b)"
                rf"|(?:(?:this|last|next)\s+year|{YEAR4})['’]s\s+(?:first|second)[\s-]+half\b"
                # "first-half profit", "second-half sales": a half year, as "third-quarter profit" is a quarter
                r"|\b(?:first|second)-half(?=\s+(?:[a-z]+\s+)?(?:profits?|earnings|sales|revenues?|results|loss(?:es)?"
                r"|income|growth|output|performance|figures|net|deliveries|demand)\b)"
                r"|year-(?:ago|earlier)"),
    ("holiday", r"(?:(?:Christmas|New\s+Year['’]?s)(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday"
                rf"|Monday))?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|(?:Maundy|Holy)\s+(?:Thursday|Saturday)"
                rf"|Holy\s+Week|(?:St\.?|Saint)\s+Patrick['’]?s\s+Day|Boxing\s+Day|Halloween|Valentine['’]?s\s+Day|Armistice\s+Day|(?-i:Election\s+Day))(?:,?\s+{YEAR})?"
                r"(?:(?:(?<=Christmas)|(?<=Easter)|(?<=Thanksgiving))\s+week(?![\w-]|\s+of\b))?"),
    # "the eighth day of the strike", "for a second consecutive day", "fourth week in a row": a count of days
    # (weeks) that names the day (week) it has reached
    ("nthday", r"(?:(?:the|a|its|their|his|her)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
               r"|tenth|[1-9]\d?(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?(?:day|week|night)"
               r"(?![\w-]|\s+of\s+(?:the|each|every|a)\s+(?:month|year|week)\b|\s+(?:of|in)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September"
               r"|October|November|December)\b))"),
    # "the last week of March", "the week of March 6": one week (TimeML: the value as fine as the expression)
    ("weekof", rf"(?:the\s+)?(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of\s+{MON}"
               rf"(?:,?\s+{YEAR4})?(?!\s*{DAY})|the\s+week\s+of\s+(?:{MON}\s*{DAY}|{DAY}\s+{MON})(?:,?\s*{YEAR4})?"
               # "the last day of February": that day
               rf"|(?:the\s+)?(?:first|last|final)\s+day\s+of\s+{MON}(?:,?\s+{YEAR4})?(?!\s*{DAY})"),
    ("rel", rf"(?:the\s+(?:day|night)\s+(?:before|after)\s+)?(?:yesterday|today|tomorrow|tonight)"
            rf"(?:\s+{PART})?"
            rf"|(?:(?:earlier|later)\s+(?:in\s+)?)?{REL_HEAD}\s+(?:(?:early|late|mid)[\s-]+)?"
            rf"(?:days?|weeks?|weekend|months?|years?|quarter|decade|century|{PART}|{WD}|{MON}|{SEASON})"
            rf"(?:\s+{PART})?(?!(?:-|–)\w|\s*(?:-|–)\s*(?:\d|{MON}|{WD}|(?:this|last|next|that)\b)|\s*(?:-|–)(?!\s))"
            rf"|(?:(?:about|around|nearly|almost|some|over|more\s+than|roughly|approximately|just|only)\s+)?"
            rf"(?:{NUMW}[\s-]+(?:and\s+a\s+half\s+)?{UNIT}|the\s+(?:day|week|month|year|night|morning)|a\s+while)"
            r"\s+(?:ago|later|earlier|before|after|afterwards?|previously|previous|prior|from\s+now|hence"
            rf"|on(?!\s+(?:the|a|an|his|her|its|their|board|end|duty|trial|foot)\b|\s+(?:{WD}|{MON}|\d)))(?!\w)"
            r"|(?:hours|days|weeks|months|years|decades)\s+(?:ago|later|earlier)(?!\w)"
            r"|(?:earlier|later)\s+(?:that|this|the\s+same|in\s+the)\s+(?:day|week|month|year|decade|century)"
            r"|(?:(?<=\bend\s)|(?<=\bended\s)|(?<=\bending\s)|(?<=\bends\s)|(?<=\bfinish\s)|(?<=\bfinished\s)"
            r"|(?<=\bfinishing\s)|(?<=\bclosed\s)|(?<=\bclosing\s)|(?<=\bfor\s))the\s+day"
            r"(?=\s*[,.;]|\s+(?:at|down|up|with|higher|lower|on|in)\b)"
            r"|the\s+weekend(?![\s-]+(?:of|before|after)\b)"
            # "at month's end", "by year's end": the end of the month (year) the text is on
            r"|(?:the\s+)?(?:month|year|week)['’]s\s+end(?![\w-])"
            r"|the\s+year(?!-(?:to|over|on)-|[\s-]+(?:\d|of\b(?!\s+(?:US|C|A)?[$£€])|before|after|ago|earlier|later|when|in\s+which|[ivx]+\b|two\b|one\b"
            r"|nineteen\b|twenty\b|end\b|-end\b|-?long\b))"
            r"|the\s+(?:full|entire|whole)\s+year(?![\s-]+(?:of|before|after)\b)|(?:the\s+(?:(?:current|latest|last|past|next|coming)\s+)?|(?:this|last|next)\s+)fiscal\s+year(?![\s-]+(?:\d|of\b))|(?:the\s+)?year[-\s]end(?!\w|[\s-]+(?!(?:and|or|to|in|at|on|for|of|the|a|as|was|is|were|will)\b)[a-z])"
            r"|(?:the\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder|latter\s+part|first\s+half"
            r"|second\s+half|latter\s+half)\s+of\s+(?:the|that|this|next|last)\s+(?:year|month|week|decade|century)"
            # (not the idiom "at the end of the day", ultimately)
            r"|(?:the\s+)?(?:beginning|start|(?<!\bat\s)(?<!\bAt\s)the\s+(?:end|close))\s+of\s+(?:the|that)\s+day"
            r"(?![\s-]+(?:before|after|of)\b)"),
    ("set", rf"(?:every|each)\s+(?:other\s+)?(?:{NUMW}\s+)?(?:{UNIT}|{WD}|{MON}|{SEASON})"
            rf"|(?:{NUMW}|(?:{NUMW}\s+)?times|once|twice)\s+(?:a|an|per|each)\s+(?:day|week|month|year)"
            r"(?!\s+(?:earlier|ago|later|before|after)\b)"
            r"|annually|yearly|monthly|weekly|daily|hourly|nightly"
            rf"|(?<=on\s){WD}s"),
    ("dur", rf"(?:(?:the|a|its|their|his|her)\s+)?(?:(?:past|last|next|previous|first|final|following|coming"
            r"|preceding|initial|remaining|ensuing|intervening)\s+)?(?:(?:about|around|nearly|almost|some|over"
            r"|more\s+than|less\s+than|at\s+least|up\s+to|roughly|approximately|only|just|another|another"
            r"|the\s+better\s+part\s+of)\s+)?"
            rf"{NUMW}(?:\s+or\s+(?:so|{NUMW}))?(?:\s+(?:and\s+a\s+half|1/2|more|full|long|consecutive|straight|additional|extra"
            rf"|trading|business|working))?[\s-]+{UNIT}"
            r"(?:\s+and\s+a\s+half)?(?:[\s-]+(?:old|long))?(?!-(?:ago|earlier)\b)"
            rf"|(?:(?<=for\s)|(?<=within\s)|(?<=over\s)|(?<=recent\s)|(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)"
            rf"|(?<=\btaking\s)|(?<=\btaken\s)|(?<=\blasted\s)|(?<=\blasts\s)|(?<=\bspent\s))"
            rf"(?:years|months|weeks|days|decades|hours)"
            # "the first hours of the ground war", "the early years", "the final years of": an unstated
            # stretch at one end of a period (not "the early hours of 7 October", "the first days after")
            rf"|the\s+(?:very\s+)?(?:first|early|earliest|final|closing|opening)\s+(?:hours|days|weeks|months|years"
            rf"|decades)(?!\s+(?:of\s+(?:\d|{MON}|{WD}|the\s+\d)|(?:after|before|since|ago|later|earlier)\b))"
            # "the worst single-day fall", "in a single day": one day
            r"|(?:a\s+)?single[\s-]+(?:day|week|month|year|night|hour|season)(?![\w-])"
            # "lost 300 points in minutes", "within just minutes": not "minutes apart", "the minutes of"
            r"|(?=(?:just\s+|only\s+|mere\s+)?minutes\b)(?:(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bfor\s))(?:(?:just|only|mere)\s+)?minutes"
            r"(?![\s-]+(?:apart|later|earlier|ago)\b)"
            rf"|(?:in\s+)?recent\s+(?:years|months|weeks|days|decades)"
            r"|(?:day|week|month|year|decade|hour|night|century|centurie)s?-long"
            # AP's closed spellings: "a yearlong siege", "weeklong talks"
            r"|(?:day|week|month|year|night)long(?![\w-])"
            # "over the years", "in the weeks ahead" (not "the weeks before the shooting": an event's time)
            r"|(?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bduring\s))the\s+(?:years|months|weeks|decades|days|centuries)"
            r"(?:\s+ahead)?(?![\s-]+(?:before|after|of|when|since|between|leading|prior|following|preceding|to)\b|[\s-]+\d)"
            r"|(?<=\bin\s)(?:years|decades|months)(?=\s*[,.;:)]|\s+(?:and|but|as|because|when|that)\b)"),
    # "in the morning", "by mid afternoon", "late in the evening", "in morning trading": a part of the day
    # the story is on (not "the morning show", "at night": a habit as often as a time)
    ("daypart", r"(?=(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?(?:morning|afternoon|evening)\b)(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bat\s)|(?<=\bduring\s)|(?<=\buntil\s)|(?<=\bthrough\s))"
                r"(?:(?:the\s+(?:(?:early|late|mid)[\s-]*)?(?:morning|afternoon|evening)"
                r"(?![\s-]+(?:of|before|after|when|that|in\s+which|hours|prayers?|shows?|papers?|news|programs?"
                r"|programmes?|editions?|rush|commute|star|sessions?|services?|paper|light|sun|air|mist|fog|dew)\b)"
                r"|(?:(?:early|late|mid)[\s-]*)?(?:morning|afternoon)(?=\s+trading\b)|mid[\s-]?(?:morning|afternoon))(?:\s+(?:yesterday|today))?)"
                r"|(?:early|late)\s+in\s+the\s+(?:morning|afternoon|evening|day)(?![\s-]+of\b)"
                r"(?:\s+(?:yesterday|today))?"),
    ("time", r"(?:\d{1,2}(?::\d{2})?\s+(?:o['’]clock\s+)?in\s+the\s+(?:morning|afternoon|evening)|\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?<=at\s)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
             r"|\d{1,2}:\d{2}(?=\s*(?:GMT|UTC)\b)|(?=noon|midnight|midday)(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s)|(?<=\bpast\s)|(?<=\bfrom\s)|(?<=\bsince\s)|(?<=\babout\s))(?:noon|midnight|midday)(?![\w-]|\s+(?:mass|prayers?|sun|deadline|news|shows?|flights?|train|hour)\b)|12\s+(?:noon|midnight)|(?:noon|midnight)(?=,?\s+(?:(?:on\s+)?(?-i:[A-Z])[a-z]+day|today|tonight|tomorrow|yesterday)\b)|(?<![\d,.$])(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC|" + ZONE + r")\b))"
             r"(?:\s*(?:GMT|UTC|" + ZONE + r"|local\s+time))?"
             rf"(?:,?\s+(?:on\s+)?(?:(?={WD}\b)(?-i:[A-Z])[a-z]+day\b|(?=(?-i:[A-Z])){MON}\s*{DAY})"
             r"|\s+(?:today|tonight|yesterday|tomorrow)\b)?"),
    ("year", rf"(?:{MODW}{MODJ})?(?:the\s+year\s+)?{YEAR}(?!\s*(?:-|–)\s*\d)"
             # a broadcast transcript's spelled-out years: "nineteen ninety-six", "the year two thousand"
             r"|nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three"
             r"|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
             r"|eighteen|nineteen)(?![\s-]+(?:percent|per|of|people|men|women|dollars|million|billion|thousand"
             r"|hundred|years?|months?|days?|weeks?)\b)"
             r"|the\s+year\s+two\s+thousand(?:[\s-]+(?:and[\s-]+)?(?:one|two|three|four|five|six|seven|eight"
             r"|nine|ten))?"),
    ("weekday", rf"{WD}(?:\s+{PART})?"),
    ("anaphor", r"(?:this|that|the\s+same)\s+(?:time|period|point\s+in\s+time)(?![\s-]+(?:of|when|that|in\s+which)\b)"
                r"|(?:the\s+)?(?:dry|rainy|wet|monsoon)\s+seasons?"),
    ("refs", r"now|currently|recently|nowadays|presently|at\s+present|the\s+present(?:[\s-]day)?"
             r"|the\s+(?:near|short|long)\s+term(?![\s-]+(?:care|debt|loans?|bonds?|notes?|rates?|contracts?|financing|investments?|interests?)\b)|the\s+near\s+future"
             r"|present[\s-]day|the\s+past|the\s+future|these\s+days|former"
             # "in future quarters", "at a later date": some time ahead (a bare "future" qualifies things)
             r"|future\s+(?:years|months|quarters|weeks|decades)|(?<=\bat\s)a\s+later\s+date|future|current|recent"),
]



def _compile(names: set[str] | None = None) -> re.Pattern[str]:
    alts = "|".join(f"(?P<{name}>{pat})" for name, pat in FAMILIES if names is None or name in names)
    return re.compile(r"(?<![\w\-/])(?:" + alts + r")(?![\w])", re.IGNORECASE)


PATTERN = _compile()
# narrower patterns for the commonest first words: a number, a month name, a weekday
_BY_DIGIT = _compile({"iso", "numeric", "range", "date", "yearrange", "decade", "century", "quarter", "rel",
                      "set", "dur", "time", "year"})
_BY_MONTH = _compile({"range", "date"})
_BY_WEEKDAY = _compile({"date", "weekday", "set"})
_MONTH_NAMES = frozenset("january february march april may june july august september october november december"
                         " jan feb mar apr jun jul aug sept sep oct nov dec".split())
_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

_MONTH_WORD = re.compile(MON, re.IGNORECASE)
# words that make a lone month or weekday name an ordinary word when lower-cased
_NEEDS_CAPITAL = re.compile(r"\b(?:may|march|mar|jan|jun|jul|aug|sep|sept|oct|nov|dec|apr|feb)\b\.?")
_COUNT_NOUN = re.compile(
    r"\s+(?:people|men|women|troops|soldiers|fighters|casualties|dead|killed|wounded|prisoners|refugees"
    r"|tons|tonnes|km|kilometers|kilometres|miles|metres|meters|feet|dollars|euros|pounds|rubles|yuan"
    r"|ships|tanks|aircraft|planes|guns|rifles|members|votes|seats|militants|civilians|others|more|of\b"
    r"|were|men\b|cases|units|vehicles|homes|houses|acres|mm\b|cm\b|kg\b|calories|rounds|shares)",
    re.IGNORECASE)
_TRAILING_YEAR = re.compile(r"(?<![\d,.])\d{4}$")
# a lowercase plural noun right after the number (not "1990s", not a verb such as "was")
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+[- ])?[a-z]{2,}[^siu\W]s\b(?!\s+(?:ago|later|earlier|before|after)\b)")
# "in 1994 elections were held": after a preposition of time the number is a year
_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|by|during|until|till|before|after|from|to|between|through|circa|c\.|ca\.)\s+$",
                               re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
_GMT_RESTATED = re.compile(r"(?:[ap]\.?m\.?|noon|midnight|\d:\d\d|local\s+time|\d{4}\s*(?:GMT|UTC))\s*\(\s*$", re.IGNORECASE)
_SEASON_CUE = re.compile(
    r"(?:\b(?:in|during|by|since|until|till|through|throughout|before|after|that|this|last|next|early|late"
    r"|mid|the)[\s-]+)$", re.IGNORECASE)


# a programme's or paper's title: "This Week", "Next Week" with both words capitalised; "USA Today", "VOA Today"
_TITLE_CASE = re.compile(r"(?:This|Next|Last)\s+Week(?:end)?")
_TITLE_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t]+$")  # "USA Today", "VOA Today"; not a title-case headline's "Today"
_TITLE_AFTER = re.compile(r"\s+With\b|[,.]?[\"”]")
_INDEX_NAME = re.compile(r"\b(?:Russell|Russel|Wilshire|Nikkei|FTSE|S&P|DAX|CAC|Stoxx|STOXX|TOPIX|Kospi|KOSPI|Sensex)\s+$")
_SPAN_BEFORE = re.compile(r"\b(?:past|next|last|previous|first|after|for|over|within|in)\s+$", re.IGNORECASE)
_FRACTION_OF = re.compile(r"\s+of\s+(?:(?i:the|a|an|its|their|his|her|our|all|them|those|these|this|that)\b|[A-Z\d])")
_COUNTED_QUARTERS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|several|few|\d+)\s+(?:consecutive\s+|straight\s+)?"
                               r"quarters$", re.IGNORECASE)
_NAMED_WEEKDAY = re.compile(r"\b(?-i:Black|Bloody|Super|Cyber|Mega)\s+$")
_HOLIDAY_THING = re.compile(r"[\s-]+(?:trees?|cards?|carols?|lights|decorations?|ornaments?|crackers?|stockings?"
                            r"|puddings?|jumpers?|sweaters?|eggs?|bunny|bunnies|costumes?|masks?|pumpkins?)\b", re.IGNORECASE)
_SPAN_SUPERLATIVE = re.compile(r"\b(?:(?:time|level|levels|high|low)\s+|(?:[a-z]+est|best|worst|first|most)\s+(?:[\w'’-]+\s+){0,3})"
                               r"in\s+$", re.IGNORECASE)


_BARE_UNITS = frozenset(("years", "months", "weeks", "days", "decades", "hours"))
_OR_UNITS = re.compile(r",?\s+(?:or|if\s+not)\s+(?:even\s+|perhaps\s+|possibly\s+)?(years|months|weeks|days|decades|hours)\b",
                       re.IGNORECASE)


class Mention(NamedTuple):
    start: int
    end: int
    family: str
    text: str


def _keep(text: str, m: re.Match[str], family: str) -> bool:
    s = m.group(0)
    if family == "date":
        mw = _MONTH_WORD.search(s)
        if mw and mw.group(0)[0].islower() and _NEEDS_CAPITAL.fullmatch(mw.group(0).lower()):
            return False
        if s == "March" and re.match(r"\s+(?:to|of|on)\s+(?:the\s+)?[A-Z]", text[m.end():m.end() + 20]):
            return False  # "the March to the Sea", "the March on Rome": a name
        if mw and mw.end() == len(s) and mw.start() == 0 and mw.group(0).lower().rstrip(".") in (
                "may", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "apr", "feb"):
            # a lone abbreviation or the modal "May" at a sentence start is not a month
            return mw.group(0) in ("May",) and (not _looks_modal(text, m.end()) or bool(
                _AFTER_PREP.search(text, max(0, m.start() - 12), m.start())) or bool(
                _THE_BEFORE.search(text, max(0, m.start() - 5), m.start())
                and _EVENT_AFTER_MONTH.match(text, m.end())))
        return True
    if family == "year":
        s2 = s.strip()
        if s2.isdigit() and len(s2) == 4 or _TRAILING_YEAR.search(s2):
            before = text[max(0, m.start() - 2):m.start()]
            if before.endswith(("$", "£", "€", "#", "No", "no")):
                return False
            if len(before) == 2 and before[1] in ".," and before[0].isdigit():
                return False  # "$4.1556 a share": the decimals of a number
            if _INDEX_NAME.search(text, max(0, m.start() - 12), m.start()):
                return False  # "the Russell 2000", "the Nikkei 225": a stock index's name
            if (_COUNT_NOUN.match(text, m.end()) or (s2.endswith("00") and _PLURAL_AFTER.match(text, m.end()))) \
                    and not _YEAR_PREPOSITION.search(text, max(0, m.start() - 12), m.start() + len(s) - len(s.lstrip())):
                # "the release of 1000 inmates", "about 1500 mourners": a count ("1913 levels" is a year);
                # "in 2014 militants attacked": a year
                return False
            nxt = text[m.end():m.end() + 2]
            if nxt[:1] == "%" or nxt.startswith((".0", ".1", ".2", ".3", ".4", ".5", ".6", ".7", ".8", ".9")):
                return False
        return True
    if family == "decade" and _AGE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False  # "a man in his 30s": an age, not a decade
    if family == "season":
        low = s.lower()
        if low.endswith("fall") and re.match(r"\s+of\s+(?!\d)", text[m.end():m.end() + 8]):
            return False  # "the fall of Saigon"
        if any(ch.isdigit() for ch in low) or " " in low.strip() or "-" in low:
            return True
        return bool(_SEASON_CUE.search(text, max(0, m.start() - 12), m.start()))
    if family == "numeric" and "/" in s and s.count("/") == 1:
        a, b = s.split("-")[0].split("/")[:2] if "-" not in s else s.split("/")[:2]
        try:
            mo, dd = int(a), int(b.split("-")[0].strip())
        except ValueError:
            return False
        if not (1 <= mo <= 12 and 1 <= dd <= 31):
            return False
        line_start = text.rfind("\n", 0, m.start()) + 1
        prefix = text[line_start:m.start()].strip(" \t*•-–—>#·")
        if not prefix:
            return True
        return bool(re.search(r"(?:\b(?:on|since|until|till|by|from|to|through|before|after|and|of)\s+|\()$",
                              text[max(0, m.start() - 8):m.start()], re.IGNORECASE))
    if family == "dur" and re.search(r"\bquarters?\b|^an?\s+second$", s, re.IGNORECASE) and not (
            _COUNTED_QUARTERS.search(s) and not _FRACTION_OF.match(text, m.end()) and not (
                re.match(r"\s+of\b", text[m.end():m.end() + 4]) and re.fullmatch(r"(?i:two|three)\s+quarters", s)
                and not _SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start()))):
        return False  # "a quarter of the vote", "three quarters of the city"; not "two consecutive quarters"
    if family == "rel":
        if _TITLE_CASE.fullmatch(s) and (text[max(0, m.start() - 1):m.start()] in ("\"", "“", "'", "‘")
                                          or _TITLE_AFTER.match(text, m.end())):
            return False  # ABC's "This Week", "This Week With David Brinkley": a title, not a time
        if s == "Today" and m.start() and _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return False
        mw = _MONTH_WORD.search(s)
        return not (mw and mw.group(0)[0].islower() and _NEEDS_CAPITAL.fullmatch(mw.group(0).lower()))
    if family == "time" and m.start() > 1 and text[m.start() - 1] in ":." and text[m.start() - 2].isdigit():
        return False  # "6:00pm" after a dash ("1:00pm-6:00pm"), "$7.30 pm": its minutes are not a time of their own
    if family == "time" and s[:1].isdigit() and _GMT_RESTATED.search(text, max(0, m.start() - 30), m.start()):
        return False  # "10:35 a.m. (0735 GMT)": the same time restated in another zone, not another time
    if family == "weekday" and _NAMED_WEEKDAY.search(text, max(0, m.start() - 8), m.start()):
        return False  # "Black Monday", "Bloody Sunday", "Super Tuesday": a named day, not the week's
    if family == "holiday" and not s[0].isupper():
        return False  # "good friday prices", "easter" as a common word: names are capitalised
    if family == "holiday" and _HOLIDAY_THING.match(text, m.end()):
        return False  # "a Christmas tree", "Easter eggs", "a Halloween costume": a thing named for the feast
    if family == "refs" and s.lower() == "now":
        return not text[m.end():m.end() + 1] == "-"
    if family == "set" and s[0].isupper() and s.lower() in ("monthly", "weekly", "yearly", "daily", "nightly"):
        # "the Weekly Standard", "Daily Mail": a title, unless the word opens a sentence
        before = text[max(0, m.start() - 3):m.start()].strip(" \t\"'“‘(")
        return not before or before[-1] in ".!?\n"
    if family == "dur" and s.lower() in ("years", "decades", "months") and text[max(0, m.start() - 4):m.start()].lower() \
            == " in " and not _SPAN_SUPERLATIVE.search(text, max(0, m.start() - 30), m.start()):
        return False  # "the first time in years", "its highest level in decades", not "in years past"
    if family == "dur" and re.search(r"\bold$", s, re.IGNORECASE):
        return False  # an age ("a 44-year-old"), not a period of the story
    return True


def _looks_modal(text: str, pos: int) -> bool:
    nxt = re.match(r"\s+([A-Za-z]+)", text[pos:pos + 30])
    return bool(nxt and nxt.group(1).islower() and nxt.group(1) not in ("and", "or", "to", "through", "until"))


_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# the words a temporal expression can start with; every other word is skipped without trying the pattern
TRIGGERS = frozenset("""
january february march april may june july august september october november december jan feb mar apr jun
jul aug sept sep oct nov dec monday tuesday wednesday thursday friday saturday sunday spring summer autumn
fall winter the early late mid middle end beginning start close turn dawn outset height very around about
approximately circa ca c roughly nearly almost this last next past coming previous following preceding that
same yesterday today tomorrow tonight earlier later one two three four five six seven eight nine ten eleven
twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety a an half several few many some dozens hundreds numerous every each once twice annually yearly
monthly weekly daily hourly nightly its their rest remainder latter his her more less at up only just another over now currently recently
nowadays presently present midday christmas thanksgiving easter halloween valentine armistice good new q ad b morning afternoon evening night noon midnight recent former future
current dry rainy wet monsoon year years months weeks days decades hours these minutes single palm ash maundy holy st
saint boxing q1 q2 q3 q4
mondays tuesdays wednesdays thursdays fridays saturdays sundays first second third fourth fifth sixth
seventh eighth ninth tenth
tmr tmrw tmrow tmw tomo tonite tdy nite nites xmas nxt yr mon tue tues wed thu thur thurs fri sat sun
day-long week-long weeks-long month-long months-long year-long years-long decade-long hour-long night-long
century-long centuries-long election month week daylong weeklong monthlong yearlong nightlong
""".split())
# frequent words that start an expression only when the next word could continue one
WEAK = frozenset("""
the in a an that at his her its their this new over more some only up just another less very each every
many several few c b q half dozens hundreds numerous one two three four five six seven eight nine ten
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety end start close turn middle height present may march first second third fourth
dry rainy wet monsoon good year month week election palm ash maundy holy st saint boxing
""".split())
NEXT_OK = TRIGGERS | frozenset("""
second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight
fortnights month months quarter quarters year years decade decades century centuries millennium millennia
first third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
sixteenth seventeenth eighteenth nineteenth twentieth final latest current future present meantime
least than to of or and couple dozen hundred better subsequent prior initial remaining ensuing intervening
full entire whole consecutive additional extra long other s d year's years' m p day's eve times fiscal comparable corresponding ago half
twenties thirties forties fifties sixties seventies eighties nineties time period dry rainy wet monsoon season seasons
near short long straight trading business working patrick
""".split())


def _trie(words: frozenset[str]) -> str:
    """A regex alternation of ``words`` factored by prefix, which the regex engine scans quickly."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_MAY_MARCH = frozenset(("may", "march"))
# one pre-filter pass in the regex engine: a number, a strong trigger word, or a weak one (the, a, that ...)
# only when the next word could continue an expression; everything else is never looked at in Python
# (written "\d\d*" so that the engine passes over a position without a digit at one test, with the two word
# alternatives behind one look-behind: the same matches as "\d+|(?<!L)(?:strong)(?!L)|(?<!L)(?:weak)(?=...)",
# a third faster)
_CANDIDATE_SRC = (
    r"\d\d*|(?<![^\W\d_])(?:(?:" + _trie((TRIGGERS - WEAK) | _MAY_MARCH) + r")(?![^\W\d_])"
    r"|(?:" + _trie((WEAK & TRIGGERS) - _MAY_MARCH) + r")"
    r"(?=[\s\-.,'’]+(?:\d|(?:" + _trie(NEXT_OK) + r")(?![^\W\d_]))))")
# scanned over the lower-cased text (twice as fast as a case-insensitive scan) when lower-casing keeps
# every offset; otherwise case-insensitively over the text itself
_CANDIDATE_LOWER = re.compile(_CANDIDATE_SRC)
_CANDIDATE = re.compile(_CANDIDATE_SRC, re.IGNORECASE)
# "In May, ...", "by March": a capitalised May or March right after a preposition is the month
_AFTER_PREP = re.compile(r"\b(?:in|by|of|for|from|until|till|since|to|early|late|mid|during|before|after|and|through"
                         r"|between|last|next|this|that|each|every|until)[\s-]+$", re.IGNORECASE)
_NEXT = re.compile(r"[\s\-.,]+([^\W\d_]+|\d)")
# "the March accession", "the May elections": a capitalised May or March after "the" naming an event of the
# month (not "the March to the Sea", nor a person's: "the May government")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_EVENT_AFTER_MONTH = re.compile(r"\s+(?:elections?|vote|votes|polls?|referendum|accession|deadline|offensive|attacks?"
                                r"|bombings?|uprising|protests?|summit|ceasefire|truce|talks|meeting|agreement|accord"
                                r"|deal|coup|massacre|raid|crackdown|strike|strikes|invasion|report|figures|data"
                                r"|sales|issue|session|visit|launch)\b")
_HAS_DIGIT = re.compile(r"\d")


# a broadcast transcript's spelled-out day and year after a month or season: "March eighth", "March the
# eighth", "January nineteen ninety-seven", "the winter of nineteen ninety-four"; and before a month: "the
# eighth of March" (a day only where nothing but punctuation, a year or a conjunction follows: not "in
# March, the first convoy", "March third-quarter sales")
ORD_DAY = (r"(?:twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[\s-]first"
           r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
           r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
SPELLED_YEAR = (r"nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two"
                r"|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                r"|seventeen|eighteen|nineteen)(?![\w-]|\s+(?:percent|per|of|people|men|women|dollars|million"
                r"|billion|thousand|hundred|years?|months?|days?|weeks?)\b)")
_DAY_THEN = r"(?=\s*(?:[,.;:!?)\"'”]|$)|\s+(?:and|or|at|in|when|to|until|nineteen)\b)"
_MONTH_TAIL = re.compile(rf"(?:\s+(?:the\s+)?{ORD_DAY}{_DAY_THEN})?(?:,?\s+(?:of\s+)?{SPELLED_YEAR})?", re.IGNORECASE)
_SEASON_TAIL = re.compile(rf"(?:\s+of)?,?\s+{SPELLED_YEAR}", re.IGNORECASE)
_ORD_OF_BEFORE = re.compile(rf"(?<![\w-])(?:the\s+)?{ORD_DAY}\s+of\s+$", re.IGNORECASE)


def _spelled(text: str, s: int, e: int, family: str, last: int) -> tuple[int, int]:
    """The span of a month or season mention with a spelled-out day or year joined to it."""
    tail = _MONTH_TAIL.match(text, e) if family == "date" else _SEASON_TAIL.match(text, e)
    if tail is not None:
        e = tail.end()
    if family == "date":
        before = _ORD_OF_BEFORE.search(text, max(0, s - 30), s)
        if before is not None and before.start() >= last:
            s = before.start()
    return s, e


# informal spellings the scan notes in passing (chronica.time.informal rewrites them): "tmr", "tonite", "Xmas",
# a weekday's abbreviation after a word that introduces a day ("this Sat"), a digit joined to a unit or to
# am / pm ("2hrs", "430pm", "2 hrs", "7.30pm")
INFORMAL_WORDS = frozenset("tmr tmrw tmrow tmw tomo tonite tdy nite nites xmas nxt yr mon tue tues wed thu thur thurs fri sat sun".split())
_INFORMAL_WEEKDAY = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_INFORMAL_DAY_BEFORE = re.compile(r"(?:\b(?:this|next|last|coming|on|every|by|until|till|from)\s|day(?:\s+and|\s+or|\s+to|,|\s*-|\s*/|\s*&)\s?"
                                  r"|\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:\s+and|\s+or|\s+to|,|\s*-|\s*/|\s*&)\s?)$", re.IGNORECASE)
_INFORMAL_AFTER_DIGIT = re.compile(r"(?:[.]\d\d)?\s?(?:hrs?|mins?|yrs?|secs?|[ap]\.?m)\b|[^\W\d_]", re.IGNORECASE)


def recognize(text: str) -> list[Mention]:
    """All temporal expressions in ``text``, left to right, not overlapping."""
    return recognize_noting_informal(text)[0]


def recognize_noting_informal(text: str) -> tuple[list[Mention], list[int]]:
    """All temporal expressions in ``text``, and where the text may hold an informal spelling of one."""
    out: list[Mention] = []
    informal: list[int] = []
    informal_words, informal_wd = INFORMAL_WORDS, _INFORMAL_WEEKDAY
    last = 0
    full, by_digit, by_month, by_weekday = PATTERN.match, _BY_DIGIT.match, _BY_MONTH.match, _BY_WEEKDAY.match
    months, weekdays = _MONTH_NAMES, _WEEKDAY_NAMES
    may_march, next_ok = _MAY_MARCH, NEXT_OK
    low_text = text.lower()
    scan = _CANDIDATE_LOWER.finditer(low_text) if len(low_text) == len(text) else _CANDIDATE.finditer(text)
    for tok in scan:
        s = tok.start()
        if s < last:
            continue
        w = text[s:tok.end()]
        if w[0].isdigit():
            if _INFORMAL_AFTER_DIGIT.match(text, tok.end()):
                informal.append(s)
            match = by_digit
            if s and text[s - 1] in "'’":
                m = PATTERN.match(text, s - 1)
                if m is not None and m.end() > m.start() and _keep(text, m, m.lastgroup or ""):
                    out.append(Mention(m.start(), m.end(), m.lastgroup or "", m.group(0)))
                    last = m.end()
                    continue
        else:
            if s and text[s - 1] == "#":
                continue  # a hashtag ("#Friday", "#Christmas"): a post's topic, not a time it tells
            low = w.lower()
            if low in informal_words:
                if low not in informal_wd or _INFORMAL_DAY_BEFORE.search(text, max(0, s - 12), s):
                    informal.append(s)
                if low not in months:
                    continue
            if low in may_march and not (w[0] == "M" and _AFTER_PREP.search(text, max(0, s - 12), s)):
                nm = _NEXT.match(text, tok.end())
                if nm is None or not (nm.group(1)[0].isdigit() or nm.group(1).lower() in next_ok or (
                        w[0] == "M" and _THE_BEFORE.search(text, max(0, s - 5), s)
                        and _EVENT_AFTER_MONTH.match(text, tok.end()))):
                    continue
            match = by_month if low in months else by_weekday if low in weekdays else full
        m = match(text, s)
        if m is None or m.end() == s:
            continue
        family = m.lastgroup or ""
        if not _keep(text, m, family):
            continue
        e = m.end()
        if family in ("date", "season") and not _HAS_DIGIT.search(text, s, e):
            s, e = _spelled(text, s, e, family, last)
            out.append(Mention(s, e, family, text[s:e]))
        else:
            o = _OR_UNITS.match(text, e) if family == "dur" and m.group(0).lower() in _BARE_UNITS else None
            if o is not None:
                # "within weeks or months", "could take months or even years": one expression (TimeML), the
                # first unit's unstated span
                e = o.end()
            out.append(Mention(s, e, family, text[s:e]))
        last = e
    return out, informal
