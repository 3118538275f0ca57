"""Where an event happened: the most specific place its own passage names, geocoded.

The place mentions come from ``chronica.geo.geocode_document`` over the whole document (so that
context disambiguates them). An event takes, in order:

1. the best place inside its clause, else inside its sentence. Places named as the scene
   ("in Jalalabad", "near the border of Kunar province") win over places that only qualify something
   ("Pakistan media reported ... in northern Afghanistan" -> Afghanistan); a reference point of a distance
   ("25 km west of Islamabad") is never the scene;
2. a place named in the same paragraph or timeline entry (the nearest earlier sentence first, then the
   following ones), when the clause names no other country by adjective. "The attack killed 5" after
   "A bomb exploded in Quetta." takes Quetta;
3. a country named by adjective in the clause ("Afghan forces");
4. the document's place when the document reports a single incident (one short paragraph whose places
   all agree).

Fallbacks (2, 4) record ``basis`` and never claim a point precision: a point place there is reported
with UCDP where_prec 2 (within about 25 km), since the event is only known to be near it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache, wraps
from typing import Any, TypeVar

from chronica import geo
from chronica.events.leading import led
from chronica.geo.gazetteer import listed_name
from chronica.geo.normalize import fold, name_key

# Words that make the following place the scene of what the clause states.
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|inside|outside|across|into|around|throughout|through|within|along|off|"
    r"(?:attacks?|raids?|assaults?|offensive|ambush(?:es)?)\s+on|"
    # "launched an offensive against Sirte", "the campaign against Raqqa": the place fought for
    r"(?:offensive|operation|campaign|assault|advance|push|march)\s+(?:[\w\u201c\u201d\"()-]+\s+){0,4}?(?:against|on)|"
    # "took Derna", "seized control of Kismayo": the place taken
    r"(?:took|captured|seized|retook|recaptured|overran|liberated)(?:\s+(?:back\s+)?control\s+of)?|"
    r"(?:on\s+)?the\s+outskirts\s+of|in\s+the\s+vicinity\s+of)\s+)"
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:native|home)\s+)?"
    r"(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|restive|remote|volatile|troubled|"
    r"neighbou?ring|upper|lower)\s+)*"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:parts?|heart|province|district|city|town|village|area|region|valley|agency|capital)\s+of\s+"
    r"(?:the\s+)?)?[\"\u201c\u2018']?$",
    re.IGNORECASE,
)
# "French soldiers left Mali", "troops entered Somalia": the country a movement verb takes is the scene
_ENTERED = re.compile(r"\b(?:left|leave|leaves|leaving|entered|enters?|entering|invaded|invades?|invading|reached|"
                      r"quit|quits|crossed|withdr[ae]w\s+from|pulled\s+out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# "in Jalalabad, Nangarhar province, Afghanistan": the later names of a chain join the first one.
_CHAIN = re.compile(r"^(?:\s+(?:province|district|city|town|village|area|agency|region|state)s?)?\s*"
                    r"(?:,|[’']s|,?\s+and|,?\s+or)\s+(?:the\s+)?$", re.IGNORECASE)
# "Hassan colony, Karachi city, Sindh province": a comma chain states the hierarchy, finer names first.
_HIERARCHY = re.compile(r"^(?:\s+(?:province|district|city|town|village|area|agency|tehsil|colony|neighbou?rhood|"
                        r"region|state|division))?\s*,\s*(?:the\s+)?$", re.IGNORECASE)
# "25 kilometers west of Islamabad", "some 30 miles from Kabul": a reference point, not the scene.
_DISTANCE = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilometres?|kilometers?|miles?|mi)\b\s*"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "in eastern Afghanistan": a country named only by a part of it.
_DIRECTION = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:parts\s+of\s+)?(?:the\s+)?$",
                        re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WINDOW = 80  # characters looked at before a mention


def as_location(place: Any, mention: Any | None, basis: str = "clause") -> dict[str, Any]:
    out = {
        "place": place.name if place.feature not in ("country",) else None,
        "feature": place.feature,
        "admin1": place.admin1,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
        "basis": basis,
    }
    if place.feature == "admin1" and not out["admin1"]:
        out["admin1"] = place.name
    institution = _INSTITUTION.match(out["place"] or "")
    if institution:
        out["place"] = institution.group(1)  # "Kichwamba Technical College": the school of Kichwamba
    if basis in ("paragraph", "document") and out["precision"] is not None and out["precision"] < 2:
        out["precision"] = 2
    if mention is not None:
        out.update(text=mention.text, start=mention.start, end=mention.end)
        # the record quotes its document (a dateline's capitals, "NAIROBI", are not a spelling):
        # the source's own spelling when it differs from the gazetteer's only by diacritics ("Bogota" for
        # "Bogotá") or is another of the place's names ("Sanaa" for "Şan‘ā’", "Fallujah" for "Al Fallūjah");
        # or, for a name the gazetteer writes in a scholarly transliteration, one it lists ("Sabratha" for
        # "Şabrātah"; an English name such as "Khorasan" stands for "Khurasan"); a near miss of the gazetteer's spelling
        # ("Nangrahar") is a typo the record corrects
        written = " ".join(mention.text.split())
        if written != place.name and not written.isupper() and (
                fold(written) == fold(place.name) or name_key(written) == name_key(place.name)
                or _other_name(written, place.name) or (
                    not place.name.isascii() and listed_name(written, place))):
            out["gazetteer_name"] = place.name
            for k in ("place", "admin1"):
                if out[k] == place.name:
                    out[k] = written
    return out


# a site the gazetteer lists by an institution of a settlement: the settlement is the place
_INSTITUTION = re.compile(
    r"^((?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)??)\s+(?:(?:Technical|Teachers'?|Secondary|Primary|High|"
    r"Military|Police|Training|Teaching|Agricultural|Vocational|Polytechnic|General|District|Regional)\s+)*"
    r"(?:College|School|University|Institute|Academy|Seminary|Hospital)$")


def _other_name(written: str, name: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(fold(written), fold(name)) < 85


def _before(text: str, m: Any) -> str:
    return _before_offset(text, m.start)


def _before_offset(text: str, pos: int) -> str:
    return text[max(0, pos - _WINDOW) : pos]


# A mention is looked at for every event whose clause, sentence or paragraph holds it: the checks of
# the words before it are remembered by those words.
@lru_cache(maxsize=16384)
def _scene_cue(before: str) -> bool:
    return _LOCATIVE.search(before) is not None


@lru_cache(maxsize=16384)
def _distance_cue(before: str) -> bool:
    return _DISTANCE.search(before) is not None


_SPECIFICITY = {"village": 4, "city": 4, "admin2": 3, "admin1": 2, "country": 1, "region": 0.5}


def _consistent(general: Any, specific: Any) -> bool:
    """Whether ``specific`` may lie inside ``general`` (same country, and same province when known)."""
    if general.country != specific.country:
        return False
    if general.feature == "country" or not general.admin1:
        return True
    return specific.admin1 == general.admin1


def _within(p: Any, unit: Any) -> bool:
    if p.country != unit.country:
        return False
    return unit.feature == "country" or p.admin1 is None or p.admin1 == unit.name or p.name == unit.name


def _contradicted(text: str, inside: list[Any]) -> list[Any]:
    """The mentions that a later province or country of their own comma chain does not contain
    ("Hassan Colony, Karachi city, Sindh province, Pakistan": not Hassan in India)."""
    keep = []
    for k, m in enumerate(inside):
        ok, j = True, k
        while ok and j + 1 < len(inside) and _HIERARCHY.match(text[inside[j].end : inside[j + 1].start]):
            j += 1
            unit = inside[j].place
            if unit.feature in ("country", "admin1") and m.place.country and not _within(m.place, unit):
                ok = False
        if ok:
            keep.append(m)
    return keep


# "drove them into X", "were taken to X", "fled toward X": where people went or were taken, not the scene
_DESTINATION = re.compile(
    r"\b(?:drove|driven|drive|took|taken|take|carried|carry|fled|flee|escaped|withdrew|withdrawn|retreated|moved|"
    r"transferred|brought|marched|dragged)\b(?:\s+[\w'\u2019-]+){0,3}?\s+(?:into|to|toward|towards)\s+"
    r"(?:(?:the|a|an|their|his|her|its)\s+)?$", re.IGNORECASE)

# "X, speaking in Moscow late on Tuesday, said ...": where a speaker was, in an aside, not the scene
_SPEAKING_AT = re.compile(r"\b(?:speaking|spoke|talking|told\s+(?:reporters|journalists|a\s+news\s+conference))\s+"
                          r"(?:(?:late|early|later|earlier)\s+)?(?:in|from|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "under a withdrawal plan agreed in Luanda", "the accord signed in Doha": where a deal was made, named to
# tell which deal, not where the clause's event happened
_DEAL_MADE_AT = re.compile(r"\b(?:plan|deal|agreement|accord|ceasefire|cease-fire|truce|roadmap|framework|pact|"
                           r"treaty|settlement|declaration)\s+(?:[\w-]+\s+){0,2}?(?:agreed|signed|brokered|negotiated|"
                           r"reached|struck|concluded|adopted)\s+(?:(?:earlier|later|last\s+\w+)\s+)?(?:in|at)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
# "militias backed by Iran": who stands behind an actor, not where anything happened
_BACKER = re.compile(r"\b(?:backed|supported|funded|financed|armed|sponsored|trained|aided|led|brokered)\s+by\s+(?:the\s+)?$",
                     re.IGNORECASE)
# "in the Jangal Keli village in Nangarhar", "places in X Province like the Maamand Valley": a place the
# gazetteer does not list, named with its kind and lying inside a listed one
# where a person comes from or once lived, told in an apposition or a relative clause: "X, a veteran of the
# Polisario Front's camps in Algeria, broke with ...", "Y, a cleric who had lived in Sweden and Britain"
_PERSONS_BACKGROUND = re.compile(
    r"(?:,\s+(?:a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:veteran|cleric|preacher|native|citizen|national|student|"
    r"graduate|refugee|former\s+resident)s?\b|\bwho\s+(?:had\s+|has\s+)?(?:lived|studied|grown\s+up|grew\s+up|"
    r"been\s+born|was\s+born|trained|settled)\b"
    # the victims' workplace or destination: "killed two engineers working at the X power plant", "bound for the X dam"
    r"|\b(?:working|employed|stationed)\s+(?:at|on|for|in)\b|\bbound\s+for\b)[^,.;:()]*$",
    re.IGNORECASE)
_UNLISTED = re.compile(
    r"\b(?:in|at|near|like|such as|including)\s+(?:the\s+)?((?-i:[A-Z][\w'\u2019-]+)(?:\s+(?-i:[A-Z][\w'\u2019-]+)){0,2})"
    r"\s+(village|valley|town|camp|neighbou?rhood|bazaar|market)\b", re.IGNORECASE)
_UNLISTED_PRECISION = {"village": 1, "town": 1, "camp": 1, "neighbourhood": 1, "neighborhood": 1, "bazaar": 1,
                       "market": 1, "valley": 2}


_DIVISION_AFTER = re.compile(r"\s+(?:district|province|governorate|region|territory|county|prefecture|state|division)\b",
                             re.IGNORECASE)


# a place name naming a group's branch ("the Islamic State's Khorasan branch", "its Sahel province"): the
# branch, not where the event happened
_BRANCH_NAME = re.compile(r"\s+(?:branch|affiliate|franchise|chapter|wing|offshoot)\b", re.I)


@lru_cache(maxsize=16384)
def _not_the_scene(before: str) -> bool:
    """The words before a mention tell it is not the scene: a distance, a backer, a speaker's or a deal's place,
    where a person once lived."""
    return bool(_distance_cue(before) or _BACKER.search(before) or _SPEAKING_AT.search(before)
                or _DEAL_MADE_AT.search(before) or _PERSONS_BACKGROUND.search(before))


def _choose(text: str, inside: list[Any]) -> tuple[Any, Any] | None:
    """(place, mention) the event happened at among the mentions of one passage, or None."""
    inside = [m for m in inside if not _not_the_scene(_before(text, m)) and not _BRANCH_NAME.match(text, m.end)]
    inside = _contradicted(text, inside)
    if not inside:
        return None
    scene: list[Any] = []
    for k, m in enumerate(inside):
        if _scene_cue(_before(text, m)):
            scene.append(m)
        elif scene and k > 0 and inside[k - 1] is scene[-1] and _CHAIN.match(text[inside[k - 1].end : m.start]):
            scene.append(m)
    if len(scene) > 1:
        # "abducted the girls in Chibok and drove them into the Sambisa forest": where they were taken
        # afterwards is not where it happened, when the passage names that too
        stay = [m for m in scene if not _DESTINATION.search(_before(text, m))]
        scene = stay or scene
    if len(scene) > 1:
        # "in Mpondwe, in Uganda's Kasese district": a name told as a division holds the other scene
        towns = [m for m in scene if not _DIVISION_AFTER.match(text, m.end)]
        scene = towns or scene
    overall = geo.best_place(inside)
    place = overall
    if scene:
        local = geo.best_place(scene)
        if local is not None and (overall is None or not _consistent(local, overall)
                                  or _SPECIFICITY.get(overall.feature, 0) <= _SPECIFICITY.get(local.feature, 0)):
            place = local
    if place is None:
        return None
    mention = next((m for m in inside if m.place == place), None)
    return place, mention


def mentions_in(mentions: Sequence[Any], starts: list[int], a: int, b: int) -> list[Any]:
    """The mentions lying wholly inside ``[a, b)``; ``starts`` are their sorted start offsets."""
    lo, hi = bisect_right(starts, a - 1), bisect_right(starts, b - 1)
    return [m for m in mentions[lo:hi] if m.end <= b]


def _place_in(text: str, mentions: list[Any], starts: list[int], a: int, b: int,
              basis: str = "clause") -> dict[str, Any] | None:
    chosen = _choose(text, mentions_in(mentions, starts, a, b))
    return as_location(*chosen, basis=basis) if chosen else None


def _paragraph(text: str, a: int, b: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    return start, (len(text) if end < 0 else end)


def _sentences(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out, pos = [], a
    for m in _SENTENCE_END.finditer(text, a, b):
        out.append((pos, m.start()))
        pos = m.end()
    if pos < b:
        out.append((pos, b))
    return out


def _place_around(text: str, mentions: list[Any], starts: list[int], sentence: tuple[int, int],
                  scene: bool = False) -> dict[str, Any] | None:
    """A place of the sentence's paragraph: the nearest earlier sentence naming one, else the next ones.

    With ``scene``, only a place written as a scene ("the attack in Jalalabad"), not one merely named
    ("the group lost Baidoa")."""
    pa, pb = _paragraph(text, *sentence)
    sa, sb = sentence
    earlier = _sentences(text, pa, sa) if sa > pa else []
    later = _sentences(text, sb, pb) if pb > sb else []
    for a, b in [*reversed(earlier), *later]:
        if scene:
            cued = [m for m in mentions_in(mentions, starts, a, b) if _scene_cue(_before(text, m))]
            chosen = _choose(text, cued)
            found = as_location(*chosen, basis="paragraph") if chosen else None
        else:
            found = _place_in(text, mentions, starts, a, b, basis="paragraph")
        if found is not None:
            return found
    return None


_SINGLE_INCIDENT_CHARS = 1500


def _document_place(text: str, mentions: list[Any]) -> dict[str, Any] | None:
    """The place of a single-incident report: one short paragraph of text whose places agree."""
    body = text.strip()
    if not body or len(body) > _SINGLE_INCIDENT_CHARS or "\n\n" in body or not mentions:
        return None
    chosen = _choose(text, mentions)
    if chosen is None:
        return None
    place, mention = chosen
    if any(m.place.country != place.country for m in mentions):
        return None
    return as_location(place, mention, basis="document")


# "NIAMEY, December 11 (Wire) -", "KABUL, 3 May (Reuters) -": a news dateline names the reporting city
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'.\- ]{2,40}?)(?:,[^,\n]{0,30})?,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b",
                       re.MULTILINE)
_MAJORITY = 0.6  # the share of a document's geocoded places in one country that makes it the document's country
_MAJORITY_MIN = 4
_T = TypeVar("_T")


def _per_document(fn: Callable[..., _T]) -> Callable[..., _T]:
    """Remember ``fn``'s answer for the document (and mention list) it was last asked about: it is asked once per
    event, and the events of one document come one after another. The arguments are compared by identity."""
    last: list[tuple[tuple[Any, ...], _T]] = []

    @wraps(fn)
    def cached(*args: Any) -> _T:
        if last and len(last[0][0]) == len(args) and all(a is b for a, b in zip(last[0][0], args, strict=True)):
            return last[0][1]
        got = fn(*args)
        last[:] = [(args, got)]
        return got

    return cached


@_per_document
def document_country(text: str, mentions: Sequence[Any]) -> str | None:
    """The country a document reports from, when the evidence is strong: its dateline's city, or a clear
    majority of the places it names. None otherwise."""
    code = None
    head = text[:600]
    for d in _DATELINE.finditer(head):
        m = next((x for x in mentions if x.start == d.start(1) and x.place.country), None)
        if m is not None:
            code = m.place.country
            break
    if code is None:
        counts: dict[str, int] = {}
        for m in mentions:
            if m.place.country:
                counts[m.place.country] = counts.get(m.place.country, 0) + 1
        total = sum(counts.values())
        if counts:
            top, n = max(counts.items(), key=lambda kv: kv[1])
            if n >= _MAJORITY_MIN and n >= _MAJORITY * total:
                code = top
    return code


def _respelled(written: str, name: str) -> bool:
    """The document's name for a province is the gazetteer's name in another spelling or language ("North Kivu" for
    "Nord Kivu"), not a spacing of it ("Khyberpakhtunkhwa") nor another name altogether (a former province merged
    into it, "Federally Administered Tribal Areas" for "Khyber Pakhtunkhwa"): only then does the record keep it."""
    from rapidfuzz import fuzz

    a, b = fold(written), fold(name)
    if a.replace(" ", "") == b.replace(" ", ""):
        return False
    return fuzz.ratio(a, b) >= 70


@_per_document
def document_admin1(text: str, mentions: Sequence[Any]) -> tuple[str | None, dict[str, str]]:
    """(the province a document reports from when a clear majority of its places in its country lie there,
    {gazetteer province name: the document's own spelling of it})."""
    home = document_country(text, mentions)
    counts: dict[str, int] = {}
    written: dict[str, str] = {}
    for m in mentions:
        p = m.place
        if p.feature == "admin1" and p.name not in written:
            w = as_location(p, m)["admin1"]  # the source's spelling where the record keeps it, not a typo's
            if w != p.name and _respelled(w, p.name):
                written[p.name] = w  # "North Kivu" for "Nord Kivu"
        if p.country == home and p.country is not None and p.feature != "country":
            if p.admin1:
                counts[p.admin1] = counts.get(p.admin1, 0) + 1
    top: str | None = None
    total = sum(1 for m in mentions if m.place.country)  # a clear majority of all the document's places
    if counts:
        name, n = max(counts.items(), key=lambda kv: kv[1])
        if n >= _MAJORITY_MIN and n >= _MAJORITY * total:
            top = name
    return top, written


def _country_record(code: str, basis: str, text: str = "", mentions: Sequence[Any] = ()) -> dict[str, Any]:
    admin1 = document_admin1(text, mentions)[0] if mentions else None
    if admin1 is not None:
        # the document's province, when its places agree on one as clearly as on the country
        return {"place": None, "feature": "admin1", "admin1": admin1, "country": code, "lat": None, "lon": None,
                "precision": 4, "basis": "document-admin1"}
    return {"place": None, "feature": "country", "admin1": None, "country": code, "lat": None, "lon": None,
            "precision": 6, "basis": basis}


# a state's military action: where it struck, not the state that acted
_STRIKES = re.compile(r"\b(?:air\s*strikes?|drone\s+strikes?|strikes|bombing\s+campaign|bombardment|shelling|"
                      r"raids|sorties)\b", re.IGNORECASE)
_ADJECTIVE = re.compile(r"\b[A-Z][a-z]{2,}(?:i|ian|an|ese|ish|n)?\b")


_ACTING_NOUNS = re.compile(r"\s+(?:[\w-]+\s+)?(?:air\s*strikes?|drone\s+strikes?|strikes|raids?|sorties|bombing|"
                           r"shelling|troops|forces|soldiers|special\s+forces|commandos|warplanes|jets|drones)\b",
                           re.IGNORECASE)


def _acting_state(text: str, adjective: dict[str, Any], end: int) -> bool:
    """The country adjective qualifies a state's forces or strikes ("American air strikes", "Kenyan troops"):
    who acted, which says nothing of where."""
    return _ACTING_NOUNS.match(text, adjective["end"], end) is not None


_ABROAD_AFTER = re.compile(r"\s+(?:embassy|embassies|consulate|consulates|mission|ambassador|envoy|diplomats?|citizens?|"
                           r"nationals?|tourists?|visitors?|journalists?|aid\s+workers?|engineers?|contractors?|workers?|"
                           r"officials?|officers?|spokes(?:man|woman|person)|sources|authorities|intelligence|diplomacy)\b",
                           re.IGNORECASE)


def _country_by_adjective(text: str, a: int, b: int, prefer: str | None = None) -> dict[str, Any] | None:
    found = []
    for m in _ADJECTIVE.finditer(text, a, b):
        if m.group().endswith("s"):
            continue  # "met with Russians": a people, not the scene
        if _ABROAD_AFTER.match(text, m.end()):
            continue  # "the Indian embassy", "American tourists": a country's post or people abroad, not the scene
        code = geo.country_for_adjective(m.group())
        if code:
            found.append((m, code))
    # "Rwandan and Mozambican troops" in a report from Mozambique: the document's own country
    for m, code in sorted(found, key=lambda mc: mc[1] != prefer):
        if code:
            return {"place": None, "feature": "country", "admin1": None, "country": code, "lat": None,
                    "lon": None, "precision": 6, "basis": "adjective", "text": m.group(), "start": m.start(),
                    "end": m.end()}
    return None


def _unlisted(text: str, found: dict[str, Any], clause: tuple[int, int]) -> dict[str, Any]:
    """A finer place the clause names inside the found province or district, though no gazetteer lists it:
    its name, with the province's admin1, country and (honestly imprecise) coordinates."""
    if found.get("feature") not in ("admin1", "admin2") or "start" not in found:
        return found
    for m in _UNLISTED.finditer(text, *clause):
        gap = text[m.end():found["start"]] if m.end() <= found["start"] else text[found["end"]:m.start()]
        if len(gap) > 40 or "." in gap:
            continue
        kind = m.group(2).lower()
        name = m.group(1) if kind != "valley" else f"{m.group(1)} {m.group(2).title()}"  # a valley's name holds "Valley"
        out = dict(found, place=name, feature="village" if kind != "valley" else "region",
                   text=m.group(0), start=m.start(1), end=m.end(2))
        out["precision"] = max(_UNLISTED_PRECISION.get(kind, 2), 3 if found["lat"] is not None else 4)
        return out
    return found


# "in the Afghanistan-Pakistan region", "along the Iran-Iraq border": a region across two countries
_ACROSS = re.compile(r"\b((?-i:[A-Z][\w]+)[-\u2013/](?-i:[A-Z][\w]+))\s+(region|border(?:\s+(?:area|region)s?)?|borderlands?"
                     r"|frontier|tribal belt)\b", re.IGNORECASE)


def _across_countries(text: str, clause: tuple[int, int]) -> dict[str, Any] | None:
    for m in _ACROSS.finditer(text, *clause):
        first, _, second = re.split(r"([-\u2013/])", m.group(1), maxsplit=1)
        if geo.country_code(first) and geo.country_code(second) and _LOCATIVE.search(
                text, max(0, m.start() - _WINDOW), m.start()):
            name = " ".join(m.group(0).split())
            return {"place": name, "feature": "region", "admin1": None, "country": None, "lat": None, "lon": None,
                    "precision": 7, "basis": "clause", "text": m.group(0), "start": m.start(), "end": m.end()}
    return None


# "the Line of Control (LoC)": an acronym the document defines, by the initials of its words
_DEFINED = re.compile(r"\b((?-i:[A-Z][a-z]+)(?:\s+(?:of|the|(?-i:[A-Z][a-z]+))){1,5})\s+\(((?-i:[A-Z][A-Za-z]{1,5}))\)")
# a line, zone or corridor across a frontier, named as a scene: "across the Line of Control", "near the LoC"
_LINE_NAME = re.compile(r"(?:(?-i:[A-Z][a-z]+)\s+)*(?-i:Line|Zone|Corridor)(?:\s+of(?:\s+(?-i:[A-Z][a-z]+)){1,3})?$")
_LINE_SCENE = re.compile(r"\b(?:across|along|near|on|over|beyond|at|crossed|crossing)\s+the\s+"
                         r"((?-i:[A-Z][A-Za-z]+)(?:\s+(?:of\s+)?(?-i:[A-Z][a-z]+)){0,3})\b", re.IGNORECASE)
# the acronym in its parentheses alone: every match of _DEFINED ends with one, and what comes before it in the
# match is ASCII letters and white space only
_DEFINED_CODE = re.compile(r"\([A-Z][A-Za-z]{1,5}\)")
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _defined(text: str) -> list[re.Match[str]]:
    """The matches ``_DEFINED.finditer(text)`` gives, found by searching only the letters and white space
    before each acronym in parentheses (a match can start nowhere else), not every word of the text."""
    out: list[re.Match[str]] = []
    for code in _DEFINED_CODE.finditer(text):
        a = code.start()
        while a > 0 and (text[a - 1] in _NAME_CHARS or text[a - 1].isspace()):
            a -= 1
        m = _DEFINED.search(text, a, code.end())
        if m is not None:
            out.append(m)
    return out


@_per_document
def _definitions(text: str) -> dict[str, str]:
    """The acronyms the document defines ("the Line of Control (LoC)"), each with the name it stands for."""
    out: dict[str, str] = {}
    for m in _defined(text):
        words = m.group(1).split()
        acronym = m.group(2)
        for k in range(len(words)):  # the shortest tail of the name whose initials spell the acronym
            initials = "".join(w[0] for w in words[k:])
            strict = "".join(w[0] for w in words[k:] if w[0].isupper())
            if acronym.lower() in (initials.lower(), strict.lower()) and words[k][0].isupper():
                out[acronym] = " ".join(words[k:])
                break
    return out


# "around Lake Chad", "in the Rovuma basin": a lake or a basin named as the scene, which no gazetteer row is
_WATER_SCENE = re.compile(r"\b(?:in|on|around|near|across|along|at|off)\s+(?:the\s+)?"
                          r"((?-i:Lake\s+[A-Z][a-z]+)|(?-i:[A-Z][a-z]+)\s+(?i:basin))\b")


def _line_scene(text: str, clause: tuple[int, int]) -> dict[str, Any] | None:
    """A frontier line the clause names as its scene ("strikes across the LoC"), written out or by the acronym
    the document defines, or a lake or basin ("around Lake Chad"): a region of no single country."""
    water = _WATER_SCENE.search(text, *clause)
    if water is not None:
        name = " ".join(water.group(1).split())
        return {"place": name, "feature": "region", "admin1": None, "country": None, "lat": None, "lon": None,
                "precision": 7, "basis": "clause", "text": water.group(1), "start": water.start(1), "end": water.end(1)}
    for m in _LINE_SCENE.finditer(text, *clause):
        name = _definitions(text).get(m.group(1), m.group(1))
        if _LINE_NAME.match(name):
            return {"place": name, "feature": "region", "admin1": None, "country": None, "lat": None, "lon": None,
                    "precision": 7, "basis": "clause", "text": m.group(1), "start": m.start(1), "end": m.end(1)}
    return None


_THE_CITY = re.compile(r"\b(?:in|of|into|inside|across|around|near|on|from|outside)\s+the\s+(city|town)\b(?!\s+of\b)",
                       re.IGNORECASE)
_ANAPHOR_CHARS = 1500


def _the_city(text: str, ms: list[Any], starts: list[int], clause: tuple[int, int]) -> dict[str, Any] | None:
    """"a house in the city", "the last blocks of the city fell": the city or town last named before the
    clause (within its paragraph or the ones just before), when the clause names no place of its own."""
    m = _THE_CITY.search(text, *clause)
    if m is None:
        return None
    kinds = ("city",) if m.group(1).lower() == "city" else ("city", "village")
    lo = bisect_right(starts, clause[0] - _ANAPHOR_CHARS - 1)
    for x in reversed(ms[lo:bisect_right(starts, clause[0] - 1)]):
        if x.place.feature in kinds and not _distance_cue(_before(text, x)):
            return as_location(x.place, x, basis="paragraph")
    return None


def _valley(text: str, found: dict[str, Any]) -> dict[str, Any]:
    """"across the Kashmir valley", "in the Swat valley": a region or division named with its valley, as written."""
    if found.get("feature") not in ("region", "admin1", "admin2") or "end" not in found:
        return found
    m = re.match(r"\s+[Vv]alley\b", text[found["end"]:found["end"] + 12])
    if m is None:
        return found
    end = found["end"] + m.end()
    return dict(found, place=" ".join(text[found["start"]:end].split()), feature="region", end=end,
                text=text[found["start"]:end], precision=max(found.get("precision") or 0, 4))


def _directional(text: str, found: dict[str, Any]) -> dict[str, Any]:
    """'northern Afghanistan': the part of the country the text names, kept as the place."""
    m = _DIRECTION.search(text, max(0, found["start"] - 40), found["start"])
    if m is None:
        return found
    part = " ".join(text[m.start():found["end"]].split())
    return dict(found, place=part, feature="region", text=part, start=m.start())


def finer_place(text: str, mentions: Sequence[Any], starts: list[int], found: dict[str, Any],
                span: tuple[int, int]) -> dict[str, Any]:
    """The found province or district, or a place inside it that ``span`` (a sentence continuing the
    report) names as a scene: "killed in Helmand province ... as they drove through Kajaki district"."""
    if found.get("feature") not in ("admin1", "admin2") or not found.get("admin1"):
        return found
    inside = [m for m in mentions_in(mentions, starts, *span)
              if m.place.admin1 == found["admin1"] and m.place.country == found["country"]
              and _SPECIFICITY.get(m.place.feature, 0) > _SPECIFICITY.get(found["feature"], 0)
              and _scene_cue(_before(text, m))]
    if not inside:
        return found
    best = geo.best_place(inside)
    mention = next(m for m in inside if m.place == best)
    return as_location(best, mention, basis="continuation")


def event_location(text: str, mentions: Sequence[Any], starts: list[int], clause: tuple[int, int],
                   sentence: tuple[int, int]) -> dict[str, Any] | None:
    """The location record of an event stated in ``clause`` within ``sentence``, or None."""
    ms = mentions if isinstance(mentions, list) else list(mentions)  # read only: no copy per event
    across = _across_countries(text, clause)
    if across is not None:
        return across
    found = _located(text, ms, starts, clause, sentence)
    if found is None or found.get("feature") in ("country", "region") or found.get("basis") not in ("clause", "sentence"):
        line = _line_scene(text, clause)
        if line is not None:
            return line
    if found is None:
        return None
    found = _valley(text, found)
    if found.get("admin1") and ms:
        spelled = document_admin1(text, ms)[1].get(found["admin1"])
        if spelled:  # the province as the document writes it ("Beni, in North Kivu" for "Nord Kivu")
            found = dict(found, admin1=spelled)
    return found


def _located(text: str, ms: list[Any], starts: list[int], clause: tuple[int, int],
             sentence: tuple[int, int]) -> dict[str, Any] | None:
    if ms:
        found = _place_in(text, ms, starts, *clause)
        if found is not None and found["feature"] == "country" and clause != sentence and not _DIRECTION.search(
                text[max(0, found.get("start", 0) - 40) : found.get("start", 0)]):
            # "the Governor of Kunduz province reports fighters ... escaped to join the movement in Afghanistan":
            # the sentence's finer place inside that country
            finer = _place_in(text, ms, starts, *sentence, basis="sentence")
            if finer is not None and finer["country"] == found["country"] and finer["feature"] != "country":
                found = finer
        found = found or _place_in(text, ms, starts, *sentence, basis="sentence")
        if found is not None and found["feature"] == "country" and "start" in found and not _LOCATIVE.search(
                _before_offset(text, found["start"])) and not _ENTERED.search(_before_offset(text, found["start"])):
            # "the Tajik president told Putin ... the border with Afghanistan": no scene is named; the
            # subject's country, written by adjective before the country merely mentioned, is where it happened
            subject = _country_by_adjective(text, clause[0], found["start"])
            if subject is not None and subject["country"] != found["country"]:
                return subject
            home = document_country(text, ms)
            if home is not None and found["country"] != home and found["basis"] == "clause" \
                    and _STRIKES.search(text, clause[0], clause[1]):
                # "The United States began air strikes in support of them" in a report from Libya: a country
                # named as who acted, not as a scene; the paragraph's scene in the document's country
                around = _place_around(text, ms, starts, sentence, scene=True)
                return around if around is not None and around["country"] == home else _country_record(
                    home, "document-country", text, ms)
        if found is not None and found["feature"] in ("country", "region"):
            # "raided a house in the city, ... across South-East Asia": the city just named, inside that country
            city = _the_city(text, ms, starts, clause)
            if city is not None and found["country"] in (None, city["country"]):
                return city
        if found is not None:
            if found["feature"] == "country" and "start" in found and _DIRECTION.search(
                    text[max(0, found["start"] - 40) : found["start"]]):
                # "killed 33 people in eastern Afghanistan. ... the attack in Jalalabad": the paragraph's
                # place inside that country, when it names one
                around = _place_around(text, ms, starts, sentence, scene=True)
                if around is not None and around["country"] == found["country"] and around["feature"] != "country":
                    return around
                return _directional(text, found)
            return _unlisted(text, found, sentence)
        city = _the_city(text, ms, starts, clause)
        if city is not None:
            return city
    home = document_country(text, ms) if ms else None
    adjective = _country_by_adjective(text, *clause, prefer=home)
    if ms:
        around = _place_around(text, ms, starts, sentence) or _document_place(text, ms)
        if around is not None and home is not None and around["country"] != home and around["basis"] != "document" \
                and (adjective is None or adjective["country"] != around["country"]):
            # "At talks in Sweden ... A truce took effect": a place of another sentence in another country
            # than the one the document reports from was background, not this event's scene
            around = None
        if around is not None and (adjective is None or adjective["country"] == around["country"]
                                   or _acting_state(text, adjective, clause[1])):
            # "The first American air strikes on the group came in November 2017": the adjective is who
            # struck; the paragraph's place is where
            return around
    if adjective is not None and home is not None and adjective["country"] != home:
        return _country_record(home, "document-country", text, ms)  # "turned to the Russian Wagner Group": who, not where
    if adjective is None and home is not None:
        return _country_record(home, "document-country", text, ms)
    return adjective


# "at Metele in Borno State", "near Koshobe, outside Maiduguri", "raids on Mpeketoni", "in Moura": the scene is
# a name the gazetteer does not list, inside the coarser place the passage names (or none)
_SETTLEMENT = r"(?:village|villages|town|hamlet|settlement|area|neighbou?rhood|quarter|suburb)"
_UNLISTED_SCENE = re.compile(
    r"(?:(?:\b(?:in|at|near|outside|inside|into)|\b(?:attacks?|raids?|assaults?|offensive|ambush(?:es)?)\s+on"
    # "raided the Manda Bay airfield", "stormed the Karlo base": the post attacked (told by its kind, below)
    r"|\b(?:raided|attacked|stormed|overran|shelled|bombed)(?=\s+the\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?"
    r"\s+(?:(?:army|military|police|air\s+force|naval)\s+)?(?:base|camp|post|outpost|barracks|garrison|airfield|airstrip|"
    r"air\s+base)\b))\s+"
    r"(?:(?:the|his|her|their|its|a)\s+)?(?:(?:home|native|border|frontier|remote|nearby|small|mountain|desert|"
    rf"coastal|fishing|farming|market)\s+)?(?:(?:{_SETTLEMENT}|city|port)\s+of\s+)?"
    # "the border town of Bunagana", "his home village of Beighpora": a settlement told as one, any verb before
    rf"|\b(?:{_SETTLEMENT}|port|capital)\s+of\s+)"
    r"((?-i:[A-Z][a-z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][a-z][\w'\u2019-]*)){0,2})"
    rf"(?:\s+(peninsula|island|islands|forest|hills|mountains|plateau|oasis|(?-i:{_SETTLEMENT})\b(?!\s+of\b)))?",
    re.IGNORECASE)
# what a name before these is: a building or a body, not a settlement ("at the Westgate shopping mall")
# buildings and public spaces: a name they follow ("the Serena hotel") or end ("All Saints Church") is no town
_BUILDINGS = (r"hotel|mall|university|college|school|mosque|church|cathedral|chapel|basilica|shrine|temple|prison|hospital|"
              r"stadium|restaurant|embassy|market|bazaar|square|park|plaza")
_FACILITY_AFTER = re.compile(
    rf"\s+(?:[a-z]+\s+)?(?:{_BUILDINGS}|base|airport|station|club|office|compound|checkpoint|camp|valley|district|province|"
    r"state|region|county|city|border|river|lake|group|forces|army)\b", re.IGNORECASE)
# a name whose last word says it is a building or a public space ("All Saints Church", "Times Square",
# "Gulshan-e-Iqbal park"): the scene's town is the place, not the building
_FACILITY_NAME = re.compile(rf"(?:{_BUILDINGS}|masjid)$", re.I)
# "the Sunjuwan army station in Jammu", "the Inates camp": a military post named by its locality
_POST_AFTER = re.compile(r"\s+(?:(?:army|military|police|air\s+force|naval|border|security)\s+)?"
                         r"(?:station|base|camp|post|outpost|barracks|garrison|cantonment|airfield|airstrip|air\s+base)"
                         r"\b(?!\s+of\b)")
# "the rebels seized the border town of X": the place taken is the clause's own scene
_TAKEN_BEFORE = re.compile(r"\b(?:took|captured|seized|retook|recaptured|overran|liberated|stormed)\s+(?:control\s+of\s+)?"
                           r"(?:the\s+)?(?:[a-z]+\s+)?$")
# the words by which a clause names a scene of its own (not "the town of X" alone)
_OWN_SCENE = re.compile(r"(?:in|inside|into|at|attacks?|near|outside)\b", re.IGNORECASE)
_SAINT = frozenset({"St", "St.", "Saint", "San", "Santa", "Sainte"})  # "at St Anthony's": a church, not a town
_NEAR_GAP = re.compile(r"^\s*,?\s*(?:in|outside|near|on the outskirts of|north of|south of|east of|west of)?\s*"
                       r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}$", re.IGNORECASE)
_SCENE_PRECISION = {"city": 2, "village": 2, "admin2": 3, "admin1": 4, "region": 5, "country": 6}


_QUARTER_OF = re.compile(
    r"\b(?:in|at|inside|near)\s+(?P<city>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?)[\u2019']s\s+(?:[a-z-]+\s+){0,3}"
    r"(?:quarter|district|area|neighbou?rhood|suburb|enclave|zone|old\s+town),\s+"
    r"(?P<part>(?-i:[A-Z][a-z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][a-z][\w'\u2019-]*)){0,2})")


def _with_kind(m: re.Match[str], name: str, b: int) -> tuple[str, int]:
    """"the Sambisa forest", "the Bohoma peninsula": a natural feature's kind is part of its name (a
    settlement's is not: "Mukondi village" is Mukondi)."""
    if m.group(2) and not re.fullmatch(_SETTLEMENT, m.group(2)):
        return f"{name} {m.group(2).title()}", m.end(2)
    return name, b


def unlisted_scene(text: str, found: dict[str, Any] | None, clause: tuple[int, int],
                   taken: Sequence[tuple[int, int]]) -> dict[str, Any] | None:
    """A scene the clause names though no gazetteer lists it, located (honestly imprecisely) by the coarser
    place found for the clause: its name, with that place's province, country and point. ``taken`` are the
    spans of the names the clause already gives to actors and places."""
    home = None
    if found is not None and found.get("basis") in ("document-country", "document-admin1"):
        home, found = found, None  # only the document's country: the scene's name is finer
    if found is not None and (found.get("feature") not in _SCENE_PRECISION or "start" not in found):
        return found
    from chronica.geo.matcher import MONTHS_DAYS, is_english_word  # the gazetteer's word tests

    if found is not None and found.get("feature") in ("city", "village"):
        for q in _QUARTER_OF.finditer(text, *clause):
            a, b = q.span("part")
            if a < found["end"] or text[found["start"]:found["end"]] != q.group("city") \
                    or any(s < b and a < e and (s, e) != (a, b) for s, e in taken):
                continue
            # "in Dhaka's diplomatic quarter, Gulshan": the named part of the city
            return dict(found, place=q.group("part"), feature="village", text=q.group("part"), start=a, end=b,
                        precision=max(int(found.get("precision") or 1), 2), basis="unlisted")
    for m in _UNLISTED_SCENE.finditer(text, *clause):
        a, b = m.span(1)
        name = m.group(1)
        institution = _INSTITUTION.match(name)
        if institution:  # "at Kichwamba Technical College": the settlement of the school
            name = institution.group(1)
            b = a + len(name)
        words = name.split()
        if institution and all(is_english_word(w.lower()) for w in words):
            continue  # "the Army Public School": a school named by common words, not by its town
        # "near the village of X": a settlement told as one, though another reading took the name for a group
        told = re.search(rf"\b(?:{_SETTLEMENT}|port)\s+of\s+$", text[max(0, a - 20):a], re.IGNORECASE)
        if any(s < b and a < e and not (told and (s, e) == (a, b)) for s, e in taken) or (
                found is not None and found["start"] < b and a < found["end"]) or words[0].lower() in MONTHS_DAYS or words[0] in _SAINT \
                or geo.country_for_adjective(words[0]) is not None \
                or (len(words) == 1 and is_english_word(name.lower())) or _FACILITY_NAME.search(words[-1]) or (
                    _FACILITY_AFTER.match(text, m.end(), clause[1]) and not _POST_AFTER.match(text, m.end(), clause[1])):
            continue
        outside = found is not None and not (clause[0] <= found["start"] < clause[1])
        if found is not None and not outside:
            gap = text[b:found["start"]] if b <= found["start"] else text[found["end"]:a]
            if found["feature"] in ("city", "village") and not _NEAR_GAP.match(gap) or len(gap) > 60 or "." in gap:
                continue
        if outside and found is not None and (_OWN_SCENE.match(m.group(0)) or _TAKEN_BEFORE.search(
                text, max(clause[0], m.start() - 40), m.start())):
            # the clause names its own scene ("killed two judges in Jhalakathi"); the place found for it lies in
            # another clause ("... and later attacked courts in Chittagong"): only that place's country holds
            base = {"admin1": None, "country": found.get("country"), "lat": None, "lon": None}
            name, b = _with_kind(m, name, b)
            return dict(base, place=name, feature="village", text=text[a:b], start=a, end=b, precision=6,
                        basis="unlisted")
        if outside:
            continue
        name, b = _with_kind(m, name, b)
        base = dict(found) if found is not None else {"admin1": home and home["admin1"], "country": home and home["country"],
                                                      "lat": None, "lon": None}
        prec = _SCENE_PRECISION.get(str(base.get("feature")), 6) if found is not None else (6 if home else 7)
        return dict(base, place=name, feature="village", text=text[a:b], start=a, end=b, precision=prec,
                    basis="unlisted")
    return found if found is not None else home


# the rules searched most, led by a look-ahead for the characters their matches begin with: the same
# matches, each position that cannot begin one failing at one test (chronica/events/leading.py)
_LOCATIVE = led(_LOCATIVE)
_UNLISTED_SCENE = led(_UNLISTED_SCENE)
_THE_CITY = led(_THE_CITY)
_DEAL_MADE_AT = led(_DEAL_MADE_AT)
_LINE_SCENE = led(_LINE_SCENE)
_BACKER = led(_BACKER)
_DESTINATION = led(_DESTINATION)
_SPEAKING_AT = led(_SPEAKING_AT)
_WATER_SCENE = led(_WATER_SCENE)
_ADJECTIVE = led(_ADJECTIVE)


__all__ = ["as_location", "event_location", "finer_place", "mentions_in", "unlisted_scene"]
