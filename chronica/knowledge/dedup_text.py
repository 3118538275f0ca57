"""The wording side of event deduplication: content words, what was hit, revision wording, name keys.

General English vocabulary only (no word here was taken from a particular document): a stop list,
the nouns that name what an attack hit, grouped by synonym, and the words that present a figure as a
revision of an earlier one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from chronica.events.founding import founded_before

_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['\u2019-](?=[^\W\d_]))*", re.UNICODE)

# Function words, reporting verbs and words every event sentence shares: they say nothing about which
# event a passage tells.
STOPWORDS = frozenset(
    """
    a about above after again against ago all also although among an and another any are around as at
    be because been before being below between both but by can could did do does done during each
    either else even ever every few for from further had has have having he her here hers him his how
    however i if in into is it its itself just last later least less many may might more most much must
    my near nearly neither no nor not now of off on once one only onto or other others our out over own
    per perhaps quite rather same several she should since so some still such than that the their them
    then there these they this those though three through thus to too two under until up upon us very
    via was we were what when where whether which while who whom whose why will with within without
    would yet you your
    said says say saying told according reported reports report reporting stated state states statement
    claimed claims claim announced announces confirmed confirms added noted described officials official
    people persons person killed killing kills kill dead death deaths died dying wounded wounding injured
    injuring injuries toll figure figures number numbers count total
    attack attacks attacked attacking carried conducted launched took take taking made make
    day days week weeks month months year years time times today yesterday tomorrow morning afternoon
    evening night tonight
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    first second third fourth fifth early mid late later earlier ago
    group groups
    """.split()
)

# What an attack hit, by synonym group. Two passages naming the same kind of target support one
# event; two passages naming only different kinds of target count against it.
_TARGETS: dict[str, tuple[str, ...]] = {
    "mall": ("mall", "shopping centre", "shopping center", "shopping complex"),
    "university": ("university", "college", "campus"),
    "school": ("school", "madrasa", "madrassa", "seminary", "education centre", "education center",
               "academy", "classroom", "schoolgirl", "schoolboy", "schoolchildren", "pupil"),
    "mosque": ("mosque", "masjid", "imambargah"),
    "shrine": ("shrine", "mausoleum", "tomb"),
    "church": ("church", "cathedral", "chapel"),
    "temple": ("temple", "gurdwara", "synagogue"),
    "hospital": ("hospital", "clinic", "maternity", "medical centre", "medical center"),
    "hotel": ("hotel", "guesthouse", "guest house", "resort"),
    "restaurant": ("restaurant", "cafe", "café", "bar", "eatery"),
    "market": ("market", "bazaar", "marketplace"),
    "embassy": ("embassy", "consulate", "diplomatic mission"),
    "airport": ("airport", "airfield", "air base", "airbase"),
    "prison": ("prison", "jail", "gaol", "detention centre", "detention center"),
    "checkpoint": ("checkpoint", "check point", "roadblock"),
    "military base": ("military base", "army base", "barracks", "garrison", "cantonment"),
    "police": ("police station", "police post", "police headquarters", "police compound"),
    "convoy": ("convoy",),
    "bus": ("bus", "minibus", "coach"),
    "train": ("train", "railway", "metro", "subway", "underground station"),
    "stadium": ("stadium", "arena", "sports ground", "rugby", "football ground", "cricket ground"),
    "concert": ("concert", "music venue", "theatre", "theater", "festival"),
    "wedding": ("wedding",),
    "funeral": ("funeral", "mourners", "burial"),
    "rally": ("rally", "protest", "demonstration", "march", "procession"),
    "parliament": ("parliament", "assembly building"),
    "ministry": ("ministry",),
    "junction": ("junction", "intersection", "crossroads", "roundabout", "square"),
}
_TARGET_OF = {w: group for group, words in _TARGETS.items() for w in words}
_TARGET_FIRST = frozenset(w.split()[0] for w in _TARGET_OF)
_LOWER_WORD = re.compile(r"[^\W\d_]+")
# A ministry, a hospital or the police that speaks is the source of a figure, not what was hit ("the
# interior ministry said", "according to the hospital").
_SPEAKS = frozenset("said says say told stated reported confirmed announced added spokesman spokeswoman "
                    "spokesperson officials official statement sources source figures".split())

# A figure presented as a revision or as one of several counts: far-apart figures then do not count
# against one event.
_REVISION = re.compile(
    r"\b(?:revis\w*|updat\w*|ros[ea]|risen|rising|climb\w*|increas\w*|initial\w*|preliminary|provisional|"
    r"final|earlier|later|first reported|at first|now|range[sd]?|ranging|between|toll\w*|tall(?:y|ies)|"
    r"counts?|estimat\w*|some reports|other reports|other accounts)\b",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Case- and accent-folded text, apostrophes and hyphens kept out of the way."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("\u2019", "'")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stem: enough to make 'bombs', 'bombing' and 'bombed' one word."""
    for suffix in ("ings", "ing", "ers", "ies", "ied", "es", "ed", "er", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                word += "y"
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "stopped" -> "stopp" -> "stop"
    return word


@lru_cache(maxsize=262144)
def _content(word: str) -> str | None:
    w = word.strip("'-")
    if w.startswith(("al-", "el-")):
        w = w[3:]
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) < 3 or w in STOPWORDS:
        return None
    s = stem(w)
    return None if s in STOPWORDS else s


def content_words(text: str) -> frozenset[str]:
    """The stemmed content words of a passage, without stop words and one- or two-letter words."""
    return frozenset(w for w in map(_content, _WORD.findall(fold(text))) if w is not None)


def targets(text: str) -> frozenset[str]:
    """The kinds of target a passage names ("mosque", "hospital", "mall" ...)."""
    found = set()
    raw = _LOWER_WORD.findall(text)
    words = [w.casefold() for w in raw]
    for k, w in enumerate(words):
        base = w if w in _TARGET_FIRST else (w[:-2] if w.endswith("es") and w[:-2] in _TARGET_FIRST else
                                             w[:-1] if w.endswith("s") and w[:-1] in _TARGET_FIRST else None)
        if base is None or raw[k] == "March":  # the month, not a protest march
            continue
        nxt = words[k + 1] if k + 1 < len(words) else ""
        two = f"{base} {nxt.removesuffix('s')}" if nxt else ""
        group = _TARGET_OF.get(two) or _TARGET_OF.get(f"{base} {nxt}") or _TARGET_OF.get(base)
        after = words[k + 1: k + 3] if group and _TARGET_OF.get(base) == group else words[k + 2: k + 4]
        if group and (any(w in _SPEAKS for w in after[:1]) or words[max(0, k - 3): k][:2] == ["according", "to"]):
            continue  # the speaker, not the target
        if group:
            found.add(group)
    return frozenset(found)


# The happenings a passage typed as a statement (or as nothing in particular) may report rather than be
# about ("X withdraws its fighters from the city, describing the move as tactical", "the group announced
# that Y would succeed him"), by type: general English wording. Violence is left out: a statement naming an
# attack is most often a claim, a toll or a comment on it, which is an event of its own.
_TELLS = re.compile(
    r"(?P<territory>\bwithdr[ae]w\w*(?:\s+[\w'\u2019-]+){0,5}?\s+from\b|\bpull\w*(?:\s+\w+){0,4}?\s+out\b|"
    r"\bretreat\w*\s+from\b|\b(?:los[te]|loses|losing)\s+(?:(?:all\s+)?control\s+(?:of|over)\s+|the\s+)?(?-i:[A-Z])|"
    r"\b(?:took|seized?|seizes|gained|regained|retook|recaptured?)\s+(?:\w+\s+){0,2}?(?:control|territory)\b|"
    r"\boverr?an\b|\bfell\s+to\b|\b(?:took|seized|retook)\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?-i:[A-Z]))|"
    r"(?P<designation>\bdesignat\w*|\bsanction(?:s|ed|ing)\b|\bblacklist\w*|\bproscri\w*|\bterrorist\s+list\b|"
    r"\blisted\s+(?:as|by)\b)|"
    r"(?P<leadership>\bsucce(?:ed\w*|ssor\w*|ssion)|\bappoint\w*|\btook\s+over\s+as\b|"
    r"\b(?:named|became|becomes|chosen\s+as)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:leader|emir|amir|head|chief|commander|deputy)\b)|"
    r"(?P<organization>\b(?:founding|formation|creation|establishment)\s+of\b|\b(?:was|were)\s+(?:formed|founded|established)\b|"
    r"\bdeclar\w*\s+(?:a|an|the|its)\s+(?:\w+\s+)?(?:province|wilayat?|caliphate|branch|emirate)\b|\bmerg(?:ed|er|ing)\b)|"
    r"(?P<allegiance>\ballegiance\b|\bpledg\w*|\bsw[oe]re\s+(?:an\s+)?oath\b|\bdefect(?:ed|s|ing|ion)\b)|"
    r"(?P<detention>\barrest\w*|\bdetain\w*|\bcaptur\w*|\btaken\s+into\s+custody\b)",
    re.IGNORECASE,
)
# Every match of _TELLS holds one of these (a cheap test before the pattern)
_TELLS_KEYS = ("withdr", "pull", "retreat", "los", "took", "seiz", "gained", "retook", "recaptur", "overan", "overran",
               "fell to", "designat", "sanction", "blacklist", "proscri", "terrorist list", "listed", "succe", "appoint",
               "named", "became", "becomes", "chosen", "founding", "formation", "creation", "establishment", "formed",
               "founded", "established", "declar", "merg", "allegiance", "pledg", "swore", "swere", "defect", "arrest",
               "detain", "captur", "custody")
# Wording that makes a statement an act of its own: a claim, a denial, a blame, a warning, a toll.
_OWN_ACT = re.compile(
    r"\b(?:claim\w*|responsib\w*|behind|blam\w*|den(?:y|ies|ied|ying|ial)|condemn\w*|credit\w*|accus\w*|"
    r"attribut\w*|warn\w*|threat\w*|vow\w*|urg\w*|toll\w*|tall(?:y|ies)|estimat\w*|figures?|counts?|"
    r"rumou?rs?|alleg\w*|speculat\w*|plan\w*|would\s+(?:be|seek|try))\b",
    re.IGNORECASE,
)


_NONE: frozenset[str] = frozenset()


def reported_types(text: str, etype: str) -> frozenset[str]:
    """The event types a passage typed ``statement`` or ``other`` tells beside its reporting verb ("Y
    withdraws from the city, describing the move as tactical": territory), when it is no claim, denial,
    blame, warning or toll of its own; empty for every other type."""
    return _reported(text) if _untyped(text, etype) else _NONE


# What a meeting is told with: a record typed "meeting" whose passage has none of it was mistyped ("its
# fighters took the town that hosted the headquarters of the task force") and is read as an "other".
_MEETING = re.compile(r"\b(?:meet\w*|met|talks|summit\w*|conferenc\w*|visit\w*|gather\w*|sessions?|negotiat\w*|"
                      r"delegat\w*|envoys?|congress\w*|council|assembl\w*|rall(?:y|ies)|hosts?\s+(?:a|the)\s+\w+\s+of)\b",
                      re.IGNORECASE)


def _untyped(text: str, etype: str) -> bool:
    """A statement, an "other", or a meeting whose passage tells no meeting (a mistype)."""
    return etype in ("statement", "other") or (etype == "meeting" and not _MEETING.search(text))


@lru_cache(maxsize=16384)
def _reported(text: str) -> frozenset[str]:
    low = text.lower()
    if not any(k in low for k in _TELLS_KEYS) or _OWN_ACT.search(text):
        return _NONE
    return frozenset(m.lastgroup for m in _TELLS.finditer(text) if m.lastgroup)


def dated_happening(text: str, date_text: str | None, etype: str) -> frozenset[str]:
    """The happenings a passage typed ``statement`` or ``other`` tells in the very clause that carries
    its date ("officials blamed the group, which lost control of the city in August 2011, ..."): the
    record is dated by that happening, so it tells it, whatever else the sentence claims or blames."""
    if not _untyped(text, etype) or not date_text or date_text not in text:
        return _NONE
    low = text.lower()
    if not any(k in low for k in _TELLS_KEYS):
        return _NONE
    at = text.index(date_text)
    found = set()
    for m in _TELLS.finditer(text):
        between = text[m.end(): at] if at >= m.end() else text[at + len(date_text): m.start()]
        if m.lastgroup and len(between) <= 40 and not re.search(r"[,;:.()]", between):
            found.add(m.lastgroup)
    return frozenset(found)


_VIOLENCE = re.compile(r"\b(?:bomb(?:ing|ings|s)?|blasts?|attacks?|assaults?|massacres?|shootings?)\b", re.I)


def dated_clause(text: str, date_text: str | None) -> str:
    """The words around a passage's date up to the nearest punctuation, folded ("the Kampala bombings
    of July 2010" in "... including the Kampala bombings of July 2010 and the assault on ..."): the
    clause the record's date comes from, in which its own happening and place are told."""
    if not date_text or date_text not in text:
        return ""
    at = text.index(date_text)
    before = re.split(r"[,;:.()\[\]]", text[max(0, at - 60): at])[-1]
    after = re.split(r"[,;:.()\[\]]", text[at + len(date_text): at + len(date_text) + 40])[0]
    return " " + " ".join(re.findall(r"[^\W_]+", fold(f"{before} {date_text} {after}"))) + " "


def dated_violence(text: str, date_text: str | None, etype: str) -> bool:
    """A passage typed ``statement`` or ``other`` that names an attack in the clause carrying its date
    ("its attacks abroad, including the Kampala bombings of July 2010") and claims, blames or counts
    nothing: the record is that attack's mention."""
    if etype not in ("statement", "other") or _OWN_ACT.search(text):
        return False
    return bool(_VIOLENCE.search(dated_clause(text, date_text)))


# A passage that reports a death rather than telling it ("the Pentagon confirmed his death on 5 September"):
# a reporting verb, a few words, the death.
_REPORTS_DEATH = re.compile(r"\b(?:confirm\w*|announc\w*|acknowledg\w*)\s+(?:[\w'\u2019-]+\s+){0,4}?deaths?\b")


def reported_death(text: str, date_text: str | None, etype: str) -> frozenset[str]:
    """A passage typed ``death`` whose dated clause confirms or announces the death ("The Pentagon
    confirmed his death on 5 September"): the record is that statement (``{"statement"}``), dated by it."""
    if etype != "death" or "death" not in text.lower():
        return _NONE
    return frozenset({"statement"}) if _REPORTS_DEATH.search(dated_clause(text, date_text)) else _NONE


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A reporting verb with its own day right after it: "the ministry announced 10 February 2015 the deaths
# of ...", "officials said on Tuesday", "police confirmed on March 3 that ...".
_DATED_REPORT = re.compile(
    r"\b(?i:announc(?:ed|es)|said|says|stated|confirm(?:ed|s)|report(?:ed|s)|told|disclosed|revealed)\s+"
    r"(?:(?i:on)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH
    + r"(?!\w)|" + _MONTH + r"\s+\d{1,2}\b)"
)


_REPORT_VERBS = ("announc", "said", "says", "stated", "confirm", "report", "told", "disclosed", "revealed")


def dated_report(text: str) -> bool:
    """Whether a passage gives the day something was announced or reported ("the ministry announced
    10 February 2015 the deaths of ..."): the day the record carries may be the report's, not the event's."""
    low = text.lower()
    return any(v in low for v in _REPORT_VERBS) and bool(_DATED_REPORT.search(text))


def states_revision(text: str) -> bool:
    """Whether a passage presents its figure as a revision, a range or one of several counts."""
    return bool(_REVISION.search(text))


_RUN = re.compile(r"(?<![\w'\u2019-])[A-Z][A-Za-z'\u2019]*(?: [A-Z][A-Za-z'\u2019]*)+")
_OPENERS = frozenset("the a an on in at by for from of to as after before during when while this that these "
                     "those his her its their our".split())


@lru_cache(maxsize=65536)
def name_pairs(text: str) -> frozenset[str]:
    """Two capitalised words in a row, folded ('massive ordnance', 'ordnance air', 'air blast' for "a
    Massive Ordnance Air Blast bomb"): the parts of the names a passage gives to things (a weapon, a named
    operation, a building), to be shared by the passages that tell one event."""
    if text.islower():
        return frozenset()
    out: set[str] = set()
    for m in _RUN.finditer(text):
        words = fold(m.group()).split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        out.update(f"{x} {y}" for x, y in zip(words, words[1:], strict=False))
    return frozenset(out)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name folded for comparison: 'the Islamic State' and 'Islamic State' are one key."""
    words = [w for w in re.findall(r"[^\W_]+", fold(name)) if w not in ("the", "al", "el")]
    return " ".join(words)


_TITLES = frozenset(
    "mullah mawlavi maulvi maulana mawlana hafiz sheikh shaykh qari gen general col colonel maj major capt "
    "captain lt dr mr mrs ms sir president minister commander emir amir abu ibn bin abd abdul abdel".split()
)


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> frozenset[str]:
    """The distinctive words of a person's name (titles and name particles left out)."""
    return frozenset(w for w in name_key(name).split() if len(w) >= 3 and w not in _TITLES)


@lru_cache(maxsize=65536)
def place_key(value: str | None) -> str | None:
    """A place name folded for comparison ('Nangarhar Province' -> 'nangarhar')."""
    if not value:
        return None
    key = re.sub(r"\b(?:province|district|city|region|governorate|state|county|prefecture)\b", " ", fold(value))
    key = re.sub(r"[^\w]+", " ", key).strip()
    return key or None


# -- foundings, spellings and counts of attacks ------------------------------------------------------

# The wording of a founding: a group formed, founded, established, declared, announced or come into being
# ("Formed in 2015 by members of ...", "IS formally announced the formation of its province", "the
# Islamic State's expansion to X", "the declaration of Wilayat X").
_FOUNDING = re.compile(
    r"\b(?:found(?:s|ed|ing|ation)|form(?:s|ed|ing|ation)?|creat(?:es?|ed|ing|ion)|establish(?:es|ed|ing|ment)?|incepti?on|emerge[ds]?|"
    r"emergence|expan(?:sion|ded|ds)\s+(?:in)?to|declar(?:ed|es|ation|ing)|set\s+up|launch(?:ed|es)\s+(?:a|an|its)\s+"
    r"(?:new\s+)?(?:group|branch|province|wing|affiliate))\b", re.IGNORECASE)

# A founding worded with the group founded as its object ("to form X", "the founding of X") or its
# participle after the name ("X, founded in", "X (XF), formed", "X was established"); "the formation of its
# province" has the founding group before it, not after.
_FOUNDS_BEFORE = re.compile(
    r"\b(?:found(?:s|ed|ing)?|form(?:s|ed|ing)?|creat(?:es?|ed|ing)|establish(?:es|ed|ing)?|set\s+up|launch(?:es|ed)?|"
    r"(?:founding|formation|creation|establishment)\s+of)\s+(?:the\s+|a\s+|an\s+|(?:a\s+)?new\s+)?$", re.IGNORECASE)
_FOUNDS_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*|\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)"
    r"(?:\w+ly\s+)?(?:founded|formed|established|created|set\s+up|launched)\b", re.IGNORECASE)


def founds_name(text: str, name: str) -> bool:
    """Whether ``text`` words ``name`` as the group a founding founded (see ``_FOUNDS_BEFORE``)."""
    at = text.find(name)
    while at >= 0:
        if _FOUNDS_BEFORE.search(text[max(0, at - 40):at]) or _FOUNDS_AFTER.match(text[at + len(name):at + len(name) + 60]):
            return True
        at = text.find(name, at + 1)
    return False


def tells_founding(text: str) -> bool:
    """Whether a passage words a founding (see ``_FOUNDING``)."""
    return bool(_FOUNDING.search(text))


def dated_founding(text: str, date_text: str | None) -> bool:
    """Whether the passage's date is that of a founding: the words right before its date tell one
    ("... has killed thousands since its inception in 2015": the 2015 is the group's founding)."""
    if not date_text or date_text not in text:
        return False
    at = text.index(date_text)
    return founded_before(text, max(0, at - 60), at)


# A date told as the start of a campaign still going on: "where its troops have fought the group since
# October 2011", "forces deployed there since March 2007"; the record is dated by that campaign's start.
_CAMPAIGN_SINCE = re.compile(
    r"\b(?:fought|fighting|battl(?:ed|ing)|deployed|operat(?:ed|ing)|stationed|intervened|been\s+(?:at\s+war|in\s+combat))"
    r"\b[^,;:.()]{0,40}?\bsince\s*$", re.IGNORECASE)


def dated_campaign(text: str, date_text: str | None) -> bool:
    """Whether the passage's date is the start of a military campaign it tells as going on ("Kenyan
    troops have fought the group since October 2011")."""
    if not date_text or date_text not in text:
        return False
    at = text.index(date_text)
    return bool(_CAMPAIGN_SINCE.search(text[max(0, at - 80): at]))


# Words of the names of groups that every group of a kind shares: they tell no group apart.
_GENERIC_NAME = frozenset(
    "islamic state states province provinces wilayat wilayah wilaya vilayat isis isil daesh daish caliphate "
    "khilafah khilafat movement front army group organisation organization party brigade brigades battalion "
    "council union network forces force jihad jihadi mujahidin mujahideen ansar jamaat jamaat tehrik harakat "
    "harakat hizb lashkar jaish jaysh emirate branch affiliate".split())


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """A word's spelling folded across transliterations: doubled letters once, vowels dropped after the
    first letter ('Khurasan' and 'Khorasan' -> 'khrsn'; 'Dhuusamarreeb' and 'Dhusamareb' -> 'dhsmrb')."""
    w = re.sub(r"[^a-z]", "", fold(word))
    w = re.sub(r"(.)\1+", r"\1", w)
    return w[:1] + re.sub(r"[aeiouy]", "", w[1:]) if w else ""


def spelled_alike(a: str, b: str) -> bool:
    """Two names that are one name spelled two ways (transliterations): every word of the one has a word
    of the other with the same ``spelling_key``, the keys at least four letters long."""
    wa = [spelling_key(w) for w in a.split()]
    wb = [spelling_key(w) for w in b.split()]
    if not wa or not wb or len(wa) != len(wb):
        return False
    return all(len(k) >= 4 for k in wa + wb) and sorted(wa) == sorted(wb)


_CAP = re.compile(r"(?<![\w\u2019])(?<!\w')[A-Z][a-z'\u2019]+[A-Za-z]*")


@lru_cache(maxsize=65536)
def distinctive_names(text: str) -> frozenset[str]:
    """The spelling keys of the capitalised words of a passage that may name what was founded (a province,
    a region, a group's own name: 'Khorasan' in "ISIS-Khorasan"), not the first word of a sentence, nor a
    month, a weekday, a stop word or the words every group name has ("Islamic", "State", "Front")."""
    out = set()
    for m in _CAP.finditer(text):
        before = text[: m.start()].rstrip(" \"'\u201c\u2018\u2019")
        if not before or before[-1] in ".!?\u2026" or re.search(r"\d$", before):
            continue  # the first word of a sentence (or of a dated line: "1/26 In a video ...")
        w = fold(m.group()).replace("\u2019", "'").split("'")[0]
        if len(w) < 4 or w in STOPWORDS or w in _GENERIC_NAME:
            continue
        out.add(spelling_key(w))
    return frozenset(k for k in out if len(k) >= 4)


# Several attacks of one kind told as one: "twin bombings", "two suicide bombings", "a double blast",
# "three explosions". Two passages telling the same number of the same kind on one day tell one event.
_NUMBERS = {"twin": 2, "two": 2, "double": 2, "2": 2, "three": 3, "triple": 3, "3": 3, "four": 4, "4": 4}
_KINDS = {"bomb": "bomb", "blast": "bomb", "explosion": "bomb", "shooting": "shooting", "attack": "attack",
          "assault": "attack", "strike": "strike", "airstrike": "strike", "raid": "raid", "suicide": "bomb"}
_COUNTED = re.compile(
    r"\b(twin|two|double|triple|three|four|[234])\s+(?:[\w-]+\s+){0,2}?"
    r"(bomb\w*|blasts?|explosions?|shootings?|attacks?|assaults?|(?:air)?strikes?|raids?)\b", re.IGNORECASE)


def counted_attacks(text: str) -> frozenset[tuple[int, str]]:
    """(number, kind) of the attacks a passage tells together ("two terrorist bombings": (2, 'bomb'))."""
    out = set()
    for m in _COUNTED.finditer(text):
        kind = m.group(2).lower()
        key = next((v for k, v in _KINDS.items() if kind.startswith(k)), None)
        if key:
            out.add((_NUMBERS[m.group(1).lower()], key))
    return frozenset(out)


_FORCE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d{3,6})\s+(?:[a-z-]+\s+){0,2}?(?:soldiers|troops|police(?:men)?|personnel|"
                    r"marines|commandos|paratroopers|peacekeepers|special\s+forces)\b", re.IGNORECASE)


def force_sizes(text: str) -> frozenset[int]:
    """The sizes of the forces a passage says were sent ("deploying 1,000 soldiers and police": 1000); a hundred
    or more only, as smaller numbers are as often casualties."""
    return frozenset(int(m.group(1).replace(",", "")) for m in _FORCE.finditer(text))


__all__ = ["force_sizes", "STOPWORDS", "content_words", "dated_clause", "dated_happening", "dated_report", "dated_violence", "fold",
           "name_key", "name_pairs", "name_tokens", "place_key", "reported_death", "reported_types",
           "states_revision", "stem", "targets", "tells_founding", "dated_founding", "dated_campaign", "spelling_key",
           "spelled_alike", "distinctive_names", "counted_attacks"]
