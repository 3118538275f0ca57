"""Event triggers: the words that state that something happened, grouped by event type.

The vocabulary is general English news and analysis usage (verbs in their inflections, and the
nouns that report the same happenings); nothing here names a particular group, place or date.
One compiled pattern finds every trigger of every type in a single pass over a clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Each type's triggers, as regex fragments matched on word boundaries, case-insensitively.
LEXICON: dict[str, tuple[str, ...]] = {
    "death": (
        r"died", r"dies", r"mortally wound(?:s|ed|ing)",
        # the present of a timeline entry ("21 militants die in the day's fighting"), not "ready to die"
        r"(?<!to )(?<!not )(?<!n't )(?<!will )(?<!would )(?<!could )(?<!may )(?<!might )die(?= (?:in|during|when|after|as) )",
        r"death of", r"(?:his|her) death", r"killing of", r"passed away", r"body (?:of|was) found",
        r"(?:was|were) assassinated", r"assassination of", r"(?:is|was) dead",
    ),
    "attack": (
        r"attack(?:s|ed|ing)", r"(?<!to )attack", r"bomb(?:s|ed|ing|ings)?", r"suicide[- ]bomb(?:er|ers|ing|ings)",
        r"blasts?", r"explosions?", r"explod(?:ed|es|ing)", r"detonat(?:ed|es|ing|ion)", r"shootings?",
        r"shot dead", r"gunm[ae]n", r"ambush(?:ed|es|ing)?", r"assault(?:s|ed|ing)?", r"massacre[sd]?",
        r"execut(?:e|ed|es|ing|ion|ions)", r"behead(?:ed|s|ing|ings)?", r"kidnap(?:ped|s|ping|pings)?",
        r"abduct(?:ed|s|ing|ion|ions)?", r"assassinat(?:e|ed|es|ing|ion)", r"opened fire", r"open fire",
        r"storm(?:s|ed|ing)", r"storm (?:a|an|the)", r"car[- ]bombs?", r"IEDs?", r"grenades?", r"massacred", r"stabb(?:ed|ing)",
        r"kill(?:s|ed|ing)", r"(?<!the )(?<!targeted )killings",
        # the present of a timeline entry ("Militants kill at least 110 ..."), not "vowed to kill"
        r"kill(?= (?:at least |about |some |more than |over |nearly |up to )?(?:\d|one |two |three |four |five |six |seven |"
        r"eight |nine |ten |dozens |scores |hundreds ))",
        r"(?<!to )(?<!not )kill(?= (?-i:[A-Z][a-z]))",  # "Security forces kill Burhan Wani": a named man
        # "Gunmen kill rice farmers near ...": the present of a timeline entry or headline with a common-noun
        # object; not after a modal, "to", "not" or an article ("will kill them", "a kill list")
        r"(?<!to )(?<!not )(?<!n't )(?<!will )(?<!would )(?<!could )(?<!can )(?<!may )(?<!might )(?<!must )"
        r"(?<!should )(?<!a )(?<!the )kill(?= (?:the |a |an |their |his |her |its |local |\w+ )?(?-i:[a-z]\w*s)\b)",
        r"ramm(?:ed|ing)", r"(?:drove|driven|ploughed|plowed|ploughing|plowing|smashed) (?:\w+ ){0,4}?(?:into|through) "
        r"(?:the |a )?(?:\w+ )?(?:crowds?|pedestrians|people|worshippers|shoppers|protesters|marchers|revellers|spectators)",
        # "Yesterday the BLA hit an army convoy", "militants hit a checkpoint"
        r"(?<=(?-i:\b[A-Z]{3}) )hit(?= (?:a|an|the|two|three|four|several) )", r"(?<=(?-i:\b[A-Z]{4}) )hit(?= (?:a|an|the|two|three|four|several) )",
        r"(?<=militants )hit(?= (?:a|an|the) )", r"(?<=insurgents )hit(?= (?:a|an|the) )", r"(?<=rebels )hit(?= (?:a|an|the) )",
        r"murder(?:ed|ing)", r"(?<=bomber )struck", r"(?<=bombers )struck", r"(?<=attacker )struck",
        r"(?<=attackers )struck", r"(?<=gunmen )struck", r"(?<=militants )struck",
        r"martyred", r"hostages?", r"foil(?:ed|s|ing)", r"thwart(?:ed|s|ing)", r"offensives?", r"bl[eo]w(?:s|n)? (?:\w+ )?up", r"siege", r"rocket (?:attack|fire)", r"mortar", r"targeted",
    ),
    "military_operation": (
        r"air ?strikes?", r"drone strikes?", r"(?:air|military|counter-?terrorism|clearance|security|ground) operations?",
        r"raids?", r"raided", r"deploy(?:ed|s|ing|ment|ments)?", r"airstrike", r"shelling",
        r"dropped", r"strikes? (?:on|against)", r"conduct(?:ed|s|ing)? (?:a |an )?(?:[\w-]+ ){0,2}strikes?",
        r"precision strikes?", r"counter-?offensive",
        r"crackdown", r"bombard(?:ed|ment)", r"sen(?:t|d|ds|ding) (?:[\w,]+ ){0,3}(?:troops|forces|soldiers)",
        r"(?:end(?:ed|s|ing)?|conclud(?:ed|es|ing)|wound down) (?:its|their) (?:[\w-]+ )?mission",
        r"(?:troops|forces|soldiers) (?:entered|crossed|moved) into",
        r"launch(?:ed|es|ing) (?:a |an |the |its |their )?(?:[\w-]+ ){0,2}(?:operations?|offensives?|counter-?offensives?)",
        r"Operation (?-i:[A-Z][\w-]+)",  # a named operation (the name capitalised; the word plain to see)
        r"joint operations?", r"an operation (?:[\w-]+ ){0,3}(?:in which|against)",
        r"(?:air|bombing|aerial|military) campaigns?",
        r"(?:troops|forces|soldiers|army) (?:entered|enters|crossed|crosses|marched)(?: into)?",
        # "the operation cleared it once", "troops cleared the valley of militants"
        r"(?:cleared|clears|clearing) (?:it|them|the (?:[\w-]+ ){0,2}(?:area|valley|town|city|district|region|agency|province|"
        r"border|belt|mountains))\b",
    ),
    "clash": (
        r"clash(?:es|ed|ing)?", r"fighting (?:between|with|against)", r"(?:fighting|clashes|violence) (?:broke|breaks|break|had broken) out", r"fought", r"firefights?",
        r"gun ?battles?", r"skirmish(?:es)?", r"battles? (?:for|of|between|with|against)", r"battled",
        r"infighting", r"turf (?:war|battle)s?", r"(?:attempted|failed|abortive) (?:a |military )?coup", r"coup attempt",
        r"rebellions?", r"uprisings?", r"revolts?",
    ),
    "detention": (
        r"arrest(?:s|ed|ing)?", r"captur(?:e|ed|es|ing)", r"detain(?:ed|s|ing)?", r"detention",
        r"imprison(?:ed|ment)?", r"jailed", r"surrender(?:ed|s|ing)?", r"released from", r"(?:was|were) released",
        r"escap(?:ed|es|ing)", r"custody", r"prisoners?", r"extradit(?:ed|ion)", r"sentenced", r"convicted",
        r"interned", r"freed",
        # "police caught the bomber": not "caught fire", "caught in crossfire", "caught on camera", "caught up"
        r"caught(?! fire| in| on| up| between| sight| off| the attention| a glimpse)",
    ),
    "allegiance": (
        r"allegiance", r"pledg(?:e|ed|es|ing)", r"sw[oe]re? (?:an )?oath", r"bay[`'\u2019]?ah", r"defect(?:ed|s|ing|ion|ions)",
        r"join(?:ed|s|ing)? (?:the )?(?:[\w-]+ ){0,2}(?:ranks|group|movement|network|faction|organi[sz]ation)",
        r"to join", r"siding with", r"sided with", r"switch(?:ed|ing) sides",
        r"declared (?:its |their |his )?(?:support|loyalty)", r"loyalty to",
        # not "joined it in the 2019 bus killings", "joined the army in the offensive": taking part in an act
        r"joined(?! (?:[\w'’-]+ ){0,4}?in (?:the |a |an |its |their |that |this )?(?:[\w'’-]+ ){0,3}?"
        r"(?:attacks?|bombings?|killings?|raids?|assaults?|ambush(?:es)?|fighting|offensives?|massacres?|operations?|"
        r"battles?|siege|kidnappings?)\b)",
    ),
    "organization": (
        r"(?:form(?:ed|s|ing)|creat(?:ed|es|ing)|establish(?:ed|es|ing)|launch(?:ed|es)|set up|sets up) (?:a|an|the|its|their|his|new)"
        r"(?! (?:[\w-]+ )?(?:rebellion|uprising|revolt|insurgency|offensive|operation|attack|assault|campaign|raid)s?\b)",
        r"(?:formation|creation|establishment|founding) of", r"(?:was|were|been) (?:formed|founded|created|established)",
        r"founded", r"set up (?:in|by)", r"(?:was|were|been|is|are|being|newly|first|originally) (?:formed|founded|created|established)",
        r"(?:formed|founded|created|established) in \d{4}", r"(?:first )?emerged",
        r"(?:group|branch|province|wing|faction|cell) was (?:formed|founded|created|established)", r"(?:declar|proclaim)(?:ed|es|s|ing) (?:a |an |the |its |their )?(?:[\w-]+ ){0,3}(?:province|wilayat?|caliphate|branch|emirate|state(?! of emergency))",
        r"wilayat?", r"provinces? of the", r"announc(?:ed|es|ing) (?:the |a |its )?(?:\w+ )?(?:province|wilayat?|caliphate|branch|formation)",
        r"merg(?:ed|er|ers|es|ing)",
        r"(?<=and )form (?:the |a |an )?(?-i:[A-Z])[\w'\u2019-]+", r"(?:folded|absorbed) into", r"splinter(?:ed|s)?(?! (?:group|faction|movement|organi[sz]ation|cell|wing)s?\b)", r"split(?:s)? (?:from|with|off)", r"broke away",
        r"restructur(?:ed|e|ing)", r"renam(?:ed|ing)", r"dissol(?:ved|ution)", r"disband(?:ed|ing)?",
        r"expansion to", r"rejoin(?:ed|s|ing)?", r"(?:taken|brought|welcomed) back into",
        r"announc(?:ed|es|ing|e) (?:a |an |the )?(?:new )?(?:umbrella|militant|armed|rebel|jihadist)? ?(?:movement|coalition|alliance|front)",
        # "The movement began as a Salafi sect in the coastal districts around 2007"
        r"(?:began|started|emerged) as (?:a |an )?(?:[\w-]+ ){0,2}?(?:sect|group|movement|network|cell|militia|faction|"
        r"offshoot|splinter|wing|branch|study circle)",
        # "his followers met in Batu to form JAD": what a meeting was for, when it names the group it founded
        r"(?<!plans )(?<!plan )(?<!planned )(?<!hopes )(?<!hoped )to (?:form|found|establish|create) (?:the )?(?-i:[A-Z][\w'-]*)",
        # "made the country a province of its own", "making Mozambique a separate branch"
        r"(?:made|makes|making) (?:[\w'\u2019-]+ ){1,3}(?:a|an|its) (?:separate |new |full |own )?(?:province|wilayat?|branch)",
    ),
    "leadership": (
        r"appoint(?:ed|s|ing|ment)", r"named (?:as )?(?:the )?(?:new )?(?:head|leader|emir|chief|commander|deputy|governor|wali)",
        r"(?:was|were|is) named (?:as )?(?:the )?(?:new |acting |interim |caretaker )?(?:[\w-]+ )?(?:minister|spokesman|governor)\b",
        r"successor", r"succeed(?:ed|s|ing)", r"succession", r"elect(?:ed|ion)",
        r"chosen", r"took over", r"(?:became|becomes|become) (?:the )?(?:new )?(?:leader|emir|head|chief|commander)",
        r"(?:new|second|first|third|former) (?:leader|emir|chief|head|wali)",
        r"(?:leader|emir|head|chief) of (?:the )?(?:[\w-]+ ){1,4}(?:became|was named)", r"select(?:ed|s|ing)\b[^.;]{0,40}?\bas",
        r"(?:is|was|were|are|been) (?:\w+ly )?leading", r"replac(?:ed|es|ing)", r"demot(?:ed|ion)", r"handing over the command", r"handed over (?:the )?command",
        r"as (?:his|its|their) deput(?:y|ies)", r"deputies", r"title of", r"promot(?:ed|ion)", r"(?:new|second|first) emir",
        # "led the group for nine months", "led IS-KP from 2017 to 2018": a tenure, not an operation
        r"led (?:the )?(?:(?:rival|new|breakaway|main|larger|smaller) )?(?-i:[A-Z][\w-]*)(?: (?-i:[A-Z][\w-]*)){0,3} "
        r"(?:from|for|until|since|between)",
        r"(?:his|her|their) tenure", r"resign(?:ed|s|ation)",
        # a profile's tenure: "founder and emir, 1998-2006", "emir from 2007 until his arrest", "deputy, until 2006"
        r"(?:emir|amir|leader|commander|chief|head|founder|deputy|spokesman|governor|wali)"
        r"(?=(?: of (?:the )?[\w'\u2019-]+(?: (?:and of |of |and )?(?:the )?[\w'\u2019-]+){0,5})?,? "
        r"(?:from (?:about |around |c\. )?\d{4}|until (?:(?:his|her) \w+ in )?\d{4}|\d{4} ?[-\u2013] ?\d{2,4}\b|since \d{4}))", r"stepped down", r"steps down", r"(?:was |were )?(?:ousted|deposed)",
        r"named (?:him|her|them) (?:as )?(?:its|their|the) (?:new )?(?:emir|leader|head|chief|commander|deputy|governor|wali)",
        r"(?:is|was|were) named to (?:lead|head|command)", r"(?:took|takes|taking) (?:his|her) place (?:at the head|as (?:leader|head|emir|chief))",
        r"(?:nam(?:es|ed|ing)|choos(?:es|e|ing)|chose|select(?:s|ed)?|elect(?:s|ed)?|announc(?:es|e|ed)) (?:[\w'\u2019.,-]+ ){1,10}?as (?:the |its |their |his |her )?(?:new )?(?:head|leader|emir|chief|commander|deputy|governor|wali)", r"tak(?:e|es|ing) over as",
        r"(?:leadership|command|emirate) (?:had |has )?passed (?:\w+ ){0,5}?to", r"took (?:his|her) place\b",
        r"(?:was|were) named in (?:his|her) place", r"(?:made|makes|making) (?:[\w'\u2019-]+ ){1,3}?(?:one of (?:his|its|their) "
        r"(?:\w+ )?deputies|(?:a|his|its|their) (?:deputy|successor|second-in-command))",
    ),
    "agreement": (
        r"(?:cease-?fire|truce) (?:[\w-]+ ){0,4}?(?:was|is|had been|has been) (?:over|off|ended)",
        r"agreements?", r"agreed", r"deals?", r"accords?", r"cease-?fires?", r"truces?", r"alliances?", r"allied",
        r"treat(?:y|ies)", r"pacts?", r"intelligence[- ]sharing", r"memorandum", r"coordinat(?:ed|es|ing) with",
        r"cooperat(?:ed|ion) with", r"peace (?:deal|agreement|accord)", r"(?:was|were|been) signed",
        # a truce declared, ended or broken: "declares an indefinite ceasefire", "calls off the ceasefire"
        r"(?:declar(?:es|ed|ing)|announc(?:es|ed|ing)|call(?:s|ed|ing) off|end(?:s|ed|ing)|broke|breaks|abandon(?:s|ed)|"
        r"scrap(?:s|ped)|extend(?:s|ed)|produc(?:es|ed)|brokered|reached|agreed) (?:a |an |the |its |their |on )?(?:\w+ ){0,2}?"
        r"(?:cease-?fire|truce)",
        r"(?:halt|pause|suspension|end|stop) (?:to|in|of) (?:all |its |their |the )?(?:attacks|hostilities|fighting|offensive operations)",
    ),
    "meeting": (
        r"meet(?:s|ing|ings)?", r"met", r"talks", r"summit", r"conferences?", r"visit(?:ed|s|ing)?", r"hosted",
        r"convene[sd]?", r"consultations?", r"negotiat(?:ed|ions?|ing)", r"arriv(?:ed|es) in",
    ),
    "designation": (
        r"designat(?:ed|es|ing|ion)", r"sanction(?:ed|s)?", r"blacklist(?:ed|s)?", r"proscrib(?:ed|es)", r"banned",
        r"terrorist list", r"listed as",
        r"add(?:ed|s|ing)? (?:[\w'\u2019-]+ ){1,5}?to (?:its|the|their|a) (?:[\w'\u2019-]+ ){0,3}?(?:list|blacklist|register)",
        r"bans(?= (?:the )?(?-i:[A-Z]))",
        r"nam(?:es|ed) (?:[\w'\u2019-]+ ){1,5}?(?:a|as a) (?:foreign |specially designated )?(?:global )?terrorist",
        r"plac(?:es|ed) (?:[\w'\u2019-]+ ){1,4}?on (?:its|the|a) (?:[\w'\u2019-]+ ){0,3}?(?:list|blacklist)", r"listed (?:\w+ ){0,3}?as (?:a |an )?(?:foreign |specially designated )?terrorist", r"outlaw(?:ed|s|ing)", r"proscrib(?:ing|ed)",
    ),
    "territory": (
        r"(?:took|take|taken|seiz(?:ed|es)|gain(?:ed|s|ing)?|hold(?:s|ing)?|held|lost|los(?:s|es|ing)|regain(?:ed|s)?) (?:\w+ ){0,4}(?:control|territory|ground|towns?|districts?|villages?|valley|valleys|region|countryside)",
        # "troops were back in Mingora", "the Taliban's return to power", "seized power"
        r"(?:were|was) back in (?-i:[A-Z])[\w'-]+", r"(?:return(?:ed|s)?|came|come|swept) (?:back )?to power", r"return to power",
        r"seiz(?:ed|es|ing) power",
        r"(?:under|in|took|take|taken|seized|gained|lost|regained|wrested) (?:\w+ )?control",
        r"pull(?:ed|s|ing) (?:\w+ ){0,4}out of", r"(?:retreat|withdr[ae]w)(?:ed|s|ing|n)? from", r"control (?:of|over)",
        r"occup(?:ied|ation|y|ies)", r"overr?an", r"fell to", r"retook", r"retak(?:en|es|e|ing)", r"recaptur(?:ed|e|es|ing)",
        r"liberat(?:ed|es|ion)", r"declar(?:ed|es|ing) victory", r"entered", r"enters", r"withdr[ae]wn?",
        r"withdrawal(?! (?:deal|agreement|accord|treaty|pact))",
        r"takeover", r"foothold", r"inroads", r"presence in", r"strongholds?", r"expand(?:ed|ing)? (?:its|their)", r"spread (?:to|into|across)",
        r"loss(?:es)? of territory", r"seiz(?:ed|ure)", r"expel(?:led)?",
        r"dr(?:ove|iven|ive|ives|iving) (?:[\w-]+ ){0,3}out of",
        r"(?:drove|driven|pushed|forced) (?:it|them|him|the (?:[\w-]+ ){0,2}(?:group|insurgents|militants|fighters|rebels)) out\b",
        # "fighters seize the port town of X", "walked into the port of X": a place taken in a timeline's present
        r"seiz(?:e|es|ing) (?:the |a )?(?:[\w-]+ ){0,2}(?:town|city|village|port|capital|district|base|airport|headquarters)",
        r"(?:took|retook|captured|recaptured) (?:the |a )(?:[\w-]+ ){0,2}(?:town|city|village|port|capital|district capital)\b",
        # "the Taliban took Kabul", "the Taliban enter Kabul": a named place taken or entered
        r"(?:takes|retakes|enter|enters|entering) (?-i:[A-Z][a-z]+)(?! (?-i:[A-Z]))",
        r"(?:took|retook) (?-i:[A-Z][a-z]+)(?= (?:in|on) (?:\d|(?-i:[A-Z]))|[.;]|,? (?:and|but) )",
        r"(?:advanced|advances|advance|pushed|pushes|push) (?:\w+ ){0,3}?into",
        r"(?:city|town|capital|district|province) fell\b",
        r"(?:walked|marched|swept|rolled|moved|poured) into (?:the )?(?:[\w-]+ ){0,2}(?:town|city|village|port|capital|district)",
    ),
    "statement": (
        r"said", r"says", r"stat(?:ed|es|ement|ements)", r"announc(?:ed|es|ement|ing)", r"claim(?:ed|s|ing)?",
        r"den(?:ied|ies|y|ying)", r"denial", r"warn(?:ed|s|ing)", r"report(?:ed|s|ing)?", r"according to", r"told",
        r"testif(?:ied|ies|y)", r"confirm(?:ed|s|ing)?", r"assert(?:ed|s)", r"describ(?:ed|es|ing)", r"argu(?:ed|es|ing)",
        r"saying", r"stating", r"noting", r"adding that",
        r"condemn(?:ed|s)?", r"releas(?:ed|es) (?:a |an |the )?(?:\w+ ){0,3}(?:video|audio|statement|message|recording|book|magazine)",
        r"publish(?:ed|es)", r"videos?", r"audio", r"magazine", r"speculat(?:ed|es)", r"estimat(?:ed|es)",
        r"noted", r"wrote", r"quoted", r"depicts?", r"urged", r"threaten(?:ed|s)", r"offer(?:ed|s)", r"propos(?:ed|es)",
        r"broadcast", r"credit", r"responsibility", r"disclaim(?:ed|s)?", r"acknowledg(?:ed|es)", r"admitted",
        r"insisted", r"explained", r"tells(?= (?:the|a|an|reporters|journalists|parliament|congress|(?-i:[A-Z])))",
        r"admits?(?= (?:the|that|his|her|its|their|(?-i:[A-Z])))", r"questions", r"concern", r"called (?:for|it|on)", r"assessed", r"believe[sd]?",
        r"produced", r"interview", r"sermons?", r"(?:gave|gives|give|giving|delivered|delivers) (?:a |an |his |her |their )?(?:[\w-]+ )?(?:speech|address|lecture)", r"puts? the (?:dead|toll|number|figure)",
        # a strength estimate: "officials put the movement's fighters at 20,000", "put its strength at"
        r"put (?:the |its |their |his )?(?:[\w-]+(?:'s|\u2019s) )?(?:[\w-]+ )?(?:fighters|strength|members|membership|numbers?|ranks) at", r"gave (?:a |the )?(?:\w+ )?(?:figure|toll|number)",
        r"(?:death )?toll", r"tally", r"citing", r"figures? of", r"emphasi[sz]ed", r"stressed", r"comment(?:ed|s)", r"intimated", r"reiterat(?:ed|es)",
        r"highlighted", r"suggest(?:ed|s)", r"indicated", r"declar(?:ed|es|ing)", r"proclaim(?:ed|s|ing)", r"alleg(?:ed|es)", r"accus(?:ed|es)",
        r"blam(?:ed|es)", r"prais(?:ed|es)", r"critici[sz](?:ed|es)", r"reject(?:ed|s)", r"dismiss(?:ed|es)", r"hinted",
        r"cited", r"outlined", r"defend(?:ed|s)", r"responded(?! by \w+ing\b)", r"replied", r"briefed", r"recalled", r"revealed",
        r"disclosed", r"appeared cautious", r"speech", r"briefings?", r"press conference",
    ),
}

# Which type wins when one clause holds triggers of several types: the happening over the talk about it.
PRIORITY: tuple[str, ...] = (
    "death", "attack", "military_operation", "clash", "organization", "leadership", "allegiance", "territory",
    "detention", "designation", "agreement", "meeting", "statement",
)
# Types that a statement verb before them turns into what was said ("condemns reports of peace talks").
WEAK = frozenset({"meeting", "clash", "agreement"})
# Types whose nouns ("the bombing", "a raid") after a statement verb are what was talked about.
REPORTED_NOUNS = frozenset({"attack", "military_operation"})
RANK = {t: i for i, t in enumerate(PRIORITY)}

# PLOVER (the successor of CAMEO) event types, where one fits.
PLOVER: dict[str, str] = {
    "attack": "ASSAULT",
    "military_operation": "MILITARY_OPERATION",
    "clash": "FIGHT",
    "death": "ASSAULT",
    "detention": "ARREST",
    "allegiance": "COOPERATE",
    "agreement": "AGREE",
    "meeting": "CONSULT",
    "statement": "ACCUSE",
    "designation": "SANCTION",
    "territory": "SEIZE",
    "leadership": "CHANGE_LEADERSHIP",
}



def _pattern(lexicon: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    alternatives = "|".join(f"(?P<{t}>" + "|".join(lexicon[t]) + ")" for t in PRIORITY if lexicon.get(t))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])", re.IGNORECASE)


TRIGGERS = _pattern(LEXICON)


# --- trying fewer alternatives -------------------------------------------------------------
# The pattern tried at a word start is TRIGGERS cut down to the fragments whose matches can begin
# with the word's first two letters, in the same order (so the same alternative wins); a word
# start that no fragment can begin with is not tried at all.


def _prefixes(fragment: str, n: int = 2) -> set[str] | None:
    """The lower-case first two letters a fragment's matches can begin with, or None when that is not
    plain to see: two literal letters ("attack(?:s|ed)?"), or a leading group of alternatives that each
    begin so ("(?:his|her) death", "(?:first )?emerged"). With ``n=3``, the first three characters, the
    third a letter or a space ("is dead" begins "is ")."""
    if _ODD_PARENTHESES.search(fragment):
        return None
    if fragment.startswith(("(?<!", "(?<=")):
        # a leading look-behind takes no letters: the match begins with what follows it
        # ("(?<!to )kill(?= ...)" begins "ki")
        close = _group_end(fragment)
        if fragment[close + 1 : close + 2] in ("?", "*", "+", "{"):
            return None
        return _prefixes(fragment[close + 1 :], n)
    parts = _alternatives(fragment)
    if len(parts) > 1:
        return _union([_prefixes(p, n) for p in parts])
    literal = re.match(r"[A-Za-z]{2}(?![?*{])" if n == 2 else r"[A-Za-z]{2}[A-Za-z ](?![?*{])", fragment)
    if literal:
        return {literal.group().lower()}
    if not fragment.startswith("(?:"):
        return None
    close = _group_end(fragment)
    body, rest = fragment[3:close], fragment[close + 1 :]
    optional = rest.startswith("?")
    if optional:
        rest = rest[1:]
    elif rest[:1] in ("*", "+", "{"):
        return None
    return _union([_prefixes(alt + rest, n) for alt in _alternatives(body) + ([""] if optional else [])])


_ODD_PARENTHESES = re.compile(r"\\[()]|\[[^\]]*[()]")  # escaped or in a class: not counted as groups


def _union(sets: list[set[str] | None]) -> set[str] | None:
    out: set[str] = set()
    for s in sets:
        if s is None:
            return None
        out |= s
    return out


def _group_end(fragment: str) -> int:
    """The index of the parenthesis that closes the group opening the fragment."""
    depth = 0
    for k, ch in enumerate(fragment):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return k
    return len(fragment)


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    out, depth, start = [], 0, 0
    for k, ch in enumerate(body):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(body[start:k])
            start = k + 1
    out.append(body[start:])
    return out


_PREFIXES = {f: _prefixes(f) for fragments in LEXICON.values() for f in fragments}
_KEYS = sorted(set().union(*(p for p in _PREFIXES.values() if p)))
_PLAIN = None not in _PREFIXES.values()  # every fragment's beginning is plain to see
_BY_PREFIX = {
    key: _pattern({t: tuple(f for f in fragments if (p := _PREFIXES[f]) is None or key in p)
                   for t, fragments in LEXICON.items()})
    for key in _KEYS
}


# The same cut by the first three characters, where a fragment's are plain to see; a fragment whose are
# not goes with every three beginning with its first two letters ("bl[eo]w ... up" with "bla", "ble", ...).
# A match is at least as long as the literal beginning its fragment, and its characters are ASCII when the
# text's are: three such characters lower-cased tell which fragments can begin there.
def _cut(selected: Callable[[str], bool]) -> re.Pattern[str] | None:
    lexicon = {t: tuple(f for f in fragments if selected(f)) for t, fragments in LEXICON.items()}
    if not any(lexicon.values()):
        return None
    key = tuple(lexicon.items())
    if key not in _CUTS:
        _CUTS[key] = _pattern(lexicon)
    return _CUTS[key]


_CUTS: dict[tuple[tuple[str, tuple[str, ...]], ...], re.Pattern[str]] = {}
_PREFIXES3 = {f: _prefixes(f, 3) for f in _PREFIXES}


def _begins(key: str) -> Callable[[str], bool]:
    """Whether a fragment's matches can begin with the three characters ``key``."""
    def test(f: str) -> bool:
        p = _PREFIXES3[f]
        return key in p if p is not None else key[:2] in (_PREFIXES[f] or ())
    return test


def _rest(key: str) -> Callable[[str], bool]:
    """Whether a fragment whose first three characters are not plain to see begins with the letters ``key``."""
    return lambda f: _PREFIXES3[f] is None and key in (_PREFIXES[f] or ())


_BY_PREFIX3 = {key: _cut(_begins(key)) for key in sorted(set().union(*(p for p in _PREFIXES3.values() if p)))}
# tried at a word start whose three characters begin no fragment plain to see
_REST = {key: _cut(_rest(key)) for key in _KEYS}


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    start: int
    end: int
    text: str


_WORD_START = re.compile(r"(?<![\w-])[A-Za-z]")


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Every trigger word in ``text[start:end]``, with offsets into ``text``.

    The trigger pattern is tried at word starts only (a word-start scan is cheap; the pattern's
    many alternatives are not), which gives the same matches as scanning every character; and at
    each, only the alternatives that can begin with the word's first two letters."""
    end = len(text) if end is None else end
    out: list[Trigger] = []
    pos = start
    by_prefix, by_three, rest = _BY_PREFIX, _BY_PREFIX3, _REST
    for w in _WORD_START.finditer(text, start, end):
        at = w.start()
        if at < pos:
            continue
        key = text[at : at + 3]
        if _PLAIN and key.isascii():
            key = key.lower()
            pattern = by_three.get(key) or rest.get(key[:2])
            if pattern is None:
                continue  # no fragment begins so
        else:
            key = text[at : at + 2].lower()
            pattern = by_prefix.get(key)
            if pattern is None:
                if key.isascii() and _PLAIN:
                    continue  # no fragment begins so
                pattern = TRIGGERS  # a letter that case-folds to another ("ſ" to "s"), or a fragment not plain to see
        m = pattern.match(text, at, end)
        if m is None:
            continue
        kind = m.lastgroup
        if kind is not None:
            out.append(Trigger(kind, m.start(), m.end(), m.group()))
        pos = m.end()
    return out


__all__ = ["LEXICON", "PLOVER", "PRIORITY", "RANK", "REPORTED_NOUNS", "TRIGGERS", "WEAK", "Trigger", "find_triggers"]
