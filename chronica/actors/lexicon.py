"""General English and regional vocabulary used to recognise actors.

These are reference lists of ordinary words (titles, honorifics, organisation head nouns,
connectors inside names, attack verbs), not names taken from any document.
"""

from __future__ import annotations

# Religious honorifics and forms of address written before a name. Stripped from the canonical
# name when a name of two or more words remains ("Mullah Abdul Rauf X" -> "Abdul Rauf X"), kept
# when it is the commonly used form ("Mullah Omar").
HONORIFICS = frozenset(
    """mullah mulla mullo maulavi molvi mawlawi maulvi mawlavi maulvi moulvi mawlawi maulawi maulana mowlana mawlana sheikh shaikh
    shaykh sheik hajji hajj ayatollah hojatoleslam imam mufti ustad ustaz amir emir""".split()
)

# Honorifics that are so commonly part of the name as used that they stay in the canonical form
# ("Hafiz X Khan", "Haji X", "Qari X").
NAME_HONORIFICS = frozenset("hafiz hafidh haji qari sufi pir syed sayyid".split())

# Titles, ranks and offices written before a person's name (lowercase, without the dot).
TITLES = frozenset(
    """president vice-president minister premier secretary chancellor chairman chairwoman chair
    governor ambassador envoy senator congressman congresswoman representative mayor king queen
    prince crown emir amir caliph khalifa commander general gen lieutenant lt colonel col major maj
    captain capt brigadier brig admiral adm sergeant sgt sgt. marshal corporal cpl private pvt
    spokesman spokeswoman spokesperson chief director deputy judge justice dr doctor prof professor
    mr mrs ms miss sir lord dame pope bishop archbishop rev reverend father sen rep gov amb
    ambassador-at-large commissioner inspector superintendent officer agent""".split()
)

# Capitalised words that can modify a title ("Deputy Foreign Minister", "Chief of Staff").
TITLE_MODIFIERS = frozenset(
    """deputy foreign defense defence interior prime vice acting former senior supreme chief army
    navy air force staff joint special first second third state national provincial district
    assistant under executive general major lieutenant brigadier military top grand wing squadron flight""".split()
)

# Role nouns that say a person holds a position in an organisation ("X's emir", "commander of").
ROLE_NOUNS = frozenset(
    """emir amir leader head chief commander founder spokesman spokesperson spokeswoman deputy
    governor wali successor predecessor chairman president member members ideologue mufti
    secretary minister director official officials""".split()
)

# Head nouns ending an organisation name ("the X Network", "X Forces", "Ministry of X").
ORG_HEADS = frozenset(
    """network movement front party army forces force council ministry agency group groups brigade
    brigades battalion battalions corps command committee commission foundation organization
    organisation institute institution directorate department office service services bureau
    union league alliance coalition federation association society assembly parliament senate
    congress court government administration authority authorities police guard guards militia
    mission caliphate emirate state tribunal center centre university school academy
    company corporation bank fund trust media news times post journal tribune herald gazette
    telegraph network report radio television tv channel press wire agency review monitor
    observatory watch program programme project initiative commandos regiment division unit
    squad cell wing shura""".split()
)

# Words that start or characterise jihadist and insurgent group names in the region, in common
# transliterations (they make a capitalised sequence an organisation).
ORG_MARKERS = frozenset(
    """islamic tehrik tehreek tahrik harakat harkat harakatul harkatul lashkar jaish jaysh jamaat
    jamaat-ul jamiat jamiat-ul hizb hezb hizbul hezbollah hizbollah ansar ansarul jabhat jabha
    jund junud tanzim tanzeem sipah sepah sipah-e sepah-e katibat katiba liwa majlis al-shabaab
    shabaab boko wilayat wilayah vilayat jamia jamiya madrasa madrassa madrasah
    jama'a jama'ah jama'at jama'ath jama'atu jamaa jamaah jamaath jamaatu jemaah jemaa jama’a jama’ah
    jama’at jama’ath""".split()
)

# Lowercase words allowed inside a capitalised name ("Islamic Movement of Uzbekistan",
# "Abu Bakr al-Baghdadi", "Sami ul Haq", "Tehrik-i-Taliban", "Institute for the Study of War").
NAME_CONNECTORS = frozenset("of al el ul ur ud bin ibn bint e i u ash da de del van von ag ould ben la las los der den".split())
# Connectors that may only join parts of an organisation name.
ORG_CONNECTORS = frozenset("of for the and on in".split())

# Person name particles that start a name.
NAME_PARTICLES = frozenset("abu abou abdul abdel abd abdur abdullah umm ibn bin".split())

# Capitalised words that are not names on their own (sentence starts, headings, calendar words).
NON_NAMES = frozenset(
    """the a an in on at to of for from with by as and or but nor so yet if then than that this
    these those there here it its he she they we i you his her their our my your him them who whom
    whose which what when where why how after before during since until while although though
    because despite following according about above across against along among around behind
    below beneath beside besides between beyond into near off onto out outside over past per
    through throughout toward towards under underneath unlike up upon via within without also
    however meanwhile moreover furthermore nevertheless still instead indeed thus hence now later
    earlier today yesterday tomorrow tonight some many several most more much few other others
    another both each every all any no none not one two three four five six seven eight nine ten
    first second third last next former latter such same own only just even once again
    read see click share photo image video audio map source sources note notes update updated
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday early mid late spring summer autumn fall winter meanwhile yes no mr mrs ms nb ps ad bc
    id trans rep ed eds vol pp p am pm day days week weeks month months year years part chapter
    section table figure fig appendix introduction conclusion background summary abstract contents
    timeline history overview analysis profile reference references external links related
    comments comment reply posted tags category home about contact search menu login subscribe
    unknown anonymous unnamed god allah prophet islam muslim muslims christian christians jews jew
    suspected alleged presumed purported unidentified so-called self-styled self-proclaimed""".split()
)

# Words that make a capitalised sequence a place, not an actor.
PLACE_HEADS = frozenset(
    """province provinces district districts region regions valley village villages city town
    county state's airport hotel mosque prison jail camp base bridge road highway street square
    river mountain mountains mountain's pass border borders area areas zone territory territories
    island islands lake sea ocean gulf peninsula desert plain plains hospital school embassy
    market bazaar shrine temple church hall stadium university gate palace compound hills hill
    airbase port harbour harbor tunnel dam crossing checkpoint academy college seminary barracks garrison
    pipeline refinery mall""".split()
)

# Directional and regional words that make "Central Asia", "Middle East" places.
REGION_WORDS = frozenset(
    """north south east west northern southern eastern western central middle far near upper lower
    greater northeast northwest southeast southwest""".split()
)

# Prepositions after which a capitalised name is usually a place.
LOCATIVE_PREPOSITIONS = frozenset(
    "in near at into from to across throughout inside outside within around toward towards through "
    "via of over beyond between".split()
)

# Lowercase nouns that make a nationality adjective or country name an acting state
# ("U.S. forces", "the Afghan government", "Russian officials").
STATE_AGENT_NOUNS = frozenset(
    """government governments forces force troops troop military army armies navy airforce air
    officials official authorities authority administration intelligence security police diplomats
    diplomat soldiers soldier regime leadership leaders leader envoy envoys ministry warplanes
    aircraft jets drones drone airstrike airstrikes strike strikes raid raids commandos
    special-forces service-members personnel state side delegation negotiators embassy partners
    counterparts warships navy occupation invasion intervention involvement""".split()
)

# Verbs (lowercase, any inflection listed) after which the subject is a perpetrator and the
# object a target or victim.
ATTACK_VERBS = frozenset(
    """attack attacks attacked attacking kill kills killed killing bomb bombs bombed bombing shoot
    shoots shot shooting assassinate assassinates assassinated assassinating ambush ambushes
    ambushed storm stormed storms target targets targeted targeting strike strikes struck
    execute executes executed executing behead beheaded beheads kidnap kidnaps kidnapped
    kidnapping abduct abducts abducted abducting murder murders murdered massacre massacred
    detonate detonated detonates raid raided raids overran overrun seize seized seizes capture
    captured captures launch launched launches hit hits blew wound wounded wounds injure injured
    injures slay slew slain""".split()
)

# Verbs common in news headlines, which write every word with a capital ("X Meets Y", "Buildup Continues").
# Base forms; the -s, -ed and -ing forms are derived where used.
HEADLINE_VERBS = frozenset(
    """meet visit warn vow call urge continue emerge face seek plan move push hold open close end win lose
    take give make reject accept condemn deny tell ask agree sign name appoint arrest free release fall rise
    grow fear deploy expand extend mark return flee join leave quit resign die fail try threaten demand
    begin resume halt stop remain retake reclaim surrender pledge split merge form unite rally protest
    mourn honor honour hail slam blast probe charge convict sentence jail hang deport order ban""".split()
)

# Phrases after a subject that make it the perpetrator without an object.
PERPETRATOR_CUES = (
    "claimed responsibility",
    "claims responsibility",
    "claiming responsibility",
    "carried out",
    "carries out",
    "conducted",
    "conducts",
    "staged",
    "stages",
    "was responsible",
    "were responsible",
    "is responsible",
    "are responsible",
)

# Verbs of saying: the subject is a speaker.
SPEECH_VERBS = frozenset(
    """said says say stated states state told tells announced announces announce declared declares
    claimed claims claim denied denies deny warned warns warn confirmed confirms confirm reported
    reports report added adds noted notes insisted insists argued argues wrote writes explained
    explains asserted asserts estimated estimates acknowledged acknowledges admitted admits
    alleged alleges testified testifies tweeted posted issued issues released releases published
    publishes""".split()
)

# Cues before a name that make it the source of a claim.
SOURCE_CUES = ("according to", "quoted by", "reported by", "cited by", "citing", "sources in", "quoting")


def title_compound(low: str) -> bool:
    """A hyphenated title written onto a name: "amir-ul-muminin", "isis-leader" (lowercased)."""
    parts = low.split("-")
    return len(parts) > 1 and (parts[0] in TITLES or parts[-1] in ROLE_NOUNS or parts[-1] in TITLES)
