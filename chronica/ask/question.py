"""Question analysis: what kind of answer a question wants, and the words a passage must carry to answer it.

``analyze("Who was the second emir of ISKP?")`` gives a :class:`Question` with ``qtype="who"``,
``ordinal=2``, ``role="emir"``, the names in it (``ISKP``) and its other content words. Nothing here
knows a particular group, place or person: the rules are about how questions are asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}
# "the current leader", "the latest emir": the last in the succession.
LAST_WORDS = frozenset({"last", "current", "currently", "latest", "present", "incumbent", "newest", "now", "today",
                        "most recent"})
ROLE_WORDS = {
    "emir": "emir", "emirs": "emir", "amir": "emir", "amirs": "emir", "leader": "leader", "leaders": "leader",
    "wali": "wali", "governor": "governor", "governors": "governor", "chief": "chief", "head": "head",
    "commander": "commander", "commanders": "commander", "spokesman": "spokesman", "spokesperson": "spokesman",
    "deputy": "deputy", "founder": "founder", "founders": "founder", "chairman": "chairman", "president": "president",
}
_SUCCESSION_WORDS = frozenset({"succeeded", "successor", "predecessor", "preceded"})
LEAD_VERBS = frozenset({"led", "lead", "leads", "headed", "heads", "commanded", "commands", "ran", "runs"})
SUCCESSION_WORDS = frozenset({"succeeded", "succeed", "successor", "replaced", "replace", "replacement", "after"})
PREDECESSOR_WORDS = frozenset({"predecessor", "preceded", "before"})

# relation -> the words that ask about it (subject relation object, as chronica.knowledge stores relations)
RELATION_WORDS: dict[str, frozenset[str]] = {
    "merged_into": frozenset({"merged", "merge", "merger", "mergers", "merging", "amalgamated", "combined"}),
    "component_of": frozenset({"component", "components", "faction", "factions", "joined", "join", "part",
                               "subgroup", "subgroups", "branch", "branches", "wing", "affiliate", "affiliates"}),
    "allegiance_to": frozenset({"pledged", "pledge", "pledges", "allegiance", "swore", "sworn", "bay'ah", "loyalty",
                                "loyal", "oath"}),
    "split_from": frozenset({"split", "splinter", "splinters", "splintered", "broke", "defected", "breakaway"}),
    "allied_with": frozenset({"allied", "ally", "allies", "alliance", "alliances", "cooperated", "partnered"}),
    "rival_of": frozenset({"rival", "rivals", "rivalry", "enemy", "enemies", "fought", "fight", "fights"}),
    "ceasefire_with": frozenset({"ceasefire", "truce", "ceasefires", "truces"}),
    "founded_by": frozenset({"founded", "founder", "founders", "established", "created", "formed"}),
    "funded_by": frozenset({"funded", "funds", "funding", "financed", "finances", "financing", "funder", "funders"}),
}
KILLED_WORDS = frozenset({"killed", "kill", "dead", "died", "die", "deaths", "death", "toll", "fatalities",
                          "lives", "perished", "slain", "victims"})
WOUNDED_WORDS = frozenset({"wounded", "injured", "hurt", "injuries", "wounding", "injuring"})
STRENGTH_WORDS = {"fighters": "fighters", "members": "members", "militants": "fighters", "men": "fighters",
                  "troops": "fighters", "strength": "fighters", "strong": "fighters", "big": "fighters",
                  "large": "fighters", "size": "fighters", "recruits": "members",
                  "followers": "members", "combatants": "fighters", "soldiers": "fighters"}
ALIAS_WORDS = frozenset({"alias", "aliases", "known", "called", "names", "name", "spelled", "spelt", "abbreviation",
                         "acronym", "stand", "stands", "nickname", "kunya"})

STOP = frozenset("""
a an the of in on at to for from by with about into onto over under and or but nor not no is are was were be been
being am do does did done doing has have had having will would shall should can could may might must it its it's
this that these those there their them they he him his she her hers we us our you your i me my mine what which who
whom whose when where why how many much did does any some all each every other another than then also as so such
very just only ever yet still ago during before after while since until whether if one ones s
happen happened happens take took taken place occur occurred get got give given make made go went say said tell
told according reportedly report reported first-ever name named list please
""".split())
# Words that set the answer type; they need not appear in the passage that answers.
TYPE_WORDS = (KILLED_WORDS | WOUNDED_WORDS | frozenset(STRENGTH_WORDS) | frozenset({
    "number", "people", "persons", "figure", "figures", "total", "count", "date", "year", "month", "day", "time",
    "groups", "group", "organisations", "organizations", "organization", "organisation", "movement", "person",
    "who", "announce", "announced", "announcement", "declare", "declared", "declaration", "begin",
    "began", "start", "started", "end", "ended", "become", "became", "come", "came", "estimated", "estimate",
    "estimates", "have", "had", "located", "based", "why", "reason", "claimed", "claim", "responsible",
    "responsibility", "carried", "out", "attack", "attacks", "attacked",
}))
GENERIC_NOUNS = frozenset({"group", "province", "branch", "organisation", "organization", "movement", "network",
                           "affiliate", "faction", "wilayat", "wilayah", "insurgency", "militants", "jihadists"})
_AGENT_WORDS = frozenset({"claimed", "claim", "claims", "responsible", "responsibility", "carried", "announced",
                          "declared"})  # "Who claimed the attack?": the claim is what the passage must tell
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "they", "them", "their", "it", "its"})


@dataclass(frozen=True, slots=True)
class Term:
    """A content word of the question. ``hard`` ones (names, years, ordinals) must be in the answering passage."""

    text: str
    hard: bool
    start: int
    end: int
    weak: bool = False  # sets the answer type ("killed", "announce"): searched for, not required


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    qtype: str  # when | who | where | how_many | which | what | why | list | yesno | other
    terms: tuple[Term, ...] = ()
    ordinal: int | None = None
    last: bool = False
    role: str | None = None
    relation: str | None = None
    count: str | None = None  # killed | wounded | fighters | members (how-many questions)
    alias: bool = False
    succession: str | None = None  # after | before: "who succeeded X", "who came before X"
    lead: bool = False  # the question asks about leading (a role word or a verb such as "led")
    years: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()  # "the province", "the group": a group named by its kind
    pronouns: tuple[str, ...] = ()
    words: tuple[str, ...] = field(default=())  # every word, lowercased
    phrases: tuple[tuple[str, int, int], ...] = ()  # multi-word names as written, with their offsets

    @property
    def hard_terms(self) -> list[Term]:
        return [t for t in self.terms if t.hard]

    @property
    def soft_terms(self) -> list[Term]:
        return [t for t in self.terms if not t.hard and not t.weak]

    def harden(self, spans: list[tuple[int, int]]) -> Question:
        """The same question with the words inside ``spans`` (names the store knows) made hard."""
        def inside(t: Term) -> bool:
            return any(a <= t.start and t.end <= b for a, b in spans)

        terms = tuple(replace(t, hard=True, weak=False) if inside(t) else t for t in self.terms)
        role_terms = [t for t in self.terms if self.role is not None and ROLE_WORDS.get(t.text.lower()) == self.role]
        if role_terms and all(inside(t) for t in role_terms):
            # the role word is part of a name ("Qari Wali Rahman"): the question asks of no role
            lead = any(t.text.lower() in LEAD_VERBS | _SUCCESSION_WORDS for t in self.terms if not inside(t))
            return replace(self, terms=terms, role=None, lead=lead)
        return replace(self, terms=terms)


def _qtype(words: list[str], text: str) -> str:
    low = text.lower().strip()
    if re.match(r"^(?:and\s+|so\s+|then\s+)?how\s+(?:many|much)\b", low) or re.search(r"\bhow (?:many|much)\b", low):
        return "how_many"
    if re.search(r"\bhow (?:strong|big|large)\b|\b(?:strength|size) of\b", low):
        return "how_many"
    if re.search(r"\b(?:death toll|toll|number of (?:dead|deaths|people|victims|fighters|members))\b", low) \
            and not low.startswith(("when", "where", "who")):
        return "how_many"
    lead = words[0] if words else ""
    if lead in {"and", "so", "then"} and len(words) > 1:
        lead = words[1]
    if lead in {"when"} or re.search(r"\b(?:what|which) (?:year|date|month|day)\b|\bsince when\b|\bin what year\b", low):
        return "when"
    if lead in {"who", "whom", "whose"}:
        return "who"
    if lead == "where" or re.search(r"\b(?:in )?(?:what|which) (?:city|town|province|country|district|region|place)\b", low):
        return "where"
    if lead == "why" or re.search(r"\bfor what reason\b", low):
        return "why"
    if lead in {"list", "name", "enumerate"} or re.match(r"^(?:give|show) (?:me )?(?:a |the )?list\b", low):
        return "list"
    if lead == "which" or re.match(r"^(?:what|which) (?:groups|organi[sz]ations|factions|people|persons|leaders)\b", low):
        return "which"
    if lead in {"what", "how"}:
        return "what"
    if lead in {"is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "can", "could"}:
        return "yesno"
    return "other"


def analyze(text: str) -> Question:
    """Read a question (see the module docstring)."""
    text = " ".join((text or "").split())
    text = re.sub(r"(?<=\w)['’]s\b", "", text)  # "the Islamic State's province": the name, not a word "State's"
    spans = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [w.lower().strip(".") for w, _, _ in spans]
    qtype = _qtype(words, text)
    low = text.lower()
    ordinal = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    last = any(w in LAST_WORDS for w in words) or "most recent" in low
    role = next((ROLE_WORDS[w] for w in words if w in ROLE_WORDS), None)
    qualified = re.search(r"\b(?:chief|head|commander|leader|director|minister)\s+of\s+(?!the\b)([a-z]+)(?![\w'’-])",
                          text)
    if role is not None and qualified:
        role = f"{role} of {qualified.group(1)}"  # "chief of intelligence" is not the group's leader
    lead = role is not None or any(w in LEAD_VERBS | _SUCCESSION_WORDS for w in words)
    relation = None
    for rel, vocab in RELATION_WORDS.items():
        if any(w in vocab for w in words):
            relation = rel
            break
    if relation == "founded_by" and role == "founder":
        relation = "founded_by"
    count = None
    if qtype == "how_many":
        if any(w in WOUNDED_WORDS for w in words):
            count = "wounded"
        elif any(w in KILLED_WORDS for w in words):
            count = "killed"
        else:
            count = next((STRENGTH_WORDS[w] for w in words if w in STRENGTH_WORDS), None)
    alias = qtype in {"what", "which", "other", "list"} and (
        bool(re.search(r"\b(?:also known as|known as|other names?|aliases?|also called|stand for|stands for|"
                       r"spelled|spelt|acronym|abbreviation)\b", low)))
    succession = None
    if any(w in {"succeeded", "successor", "replaced", "replacement"} for w in words) or re.search(
            r"\b(?:after|next|following)\b", low) and lead:
        succession = "after"
    elif any(w in {"predecessor", "preceded"} for w in words) or (re.search(r"\bbefore\b", low) and lead):
        succession = "before"
    years = tuple(re.findall(r"\b(1[89]\d\d|20\d\d)\b", text))
    terms: list[Term] = []
    generic: list[str] = []
    for i, (w, a, b) in enumerate(spans):
        lw = words[i]
        if lw in PRONOUNS:
            continue
        if lw in STOP and not (w[:1].isupper() and i > 0 and lw not in {"i", "a"} and len(lw) > 2):
            continue
        if lw in ORDINALS:
            terms.append(Term(lw, True, a, b))
            continue
        if re.fullmatch(r"\d+", lw):
            terms.append(Term(lw, True, a, b))
            continue
        name = w[:1].isupper() and (i > 0 or lw not in STOP) and lw not in {"and", "so", "then"}
        if i == 0 and lw in {"when", "who", "where", "why", "how", "which", "what", "list", "name", "and"}:
            continue
        if lw in GENERIC_NOUNS and not name:
            prev = words[i - 1] if i else ""
            before = words[i - 2] if i > 1 else ""
            dets = {"the", "this", "that", "its", "their", "his", "her"}
            if prev in dets or (before in dets and spans[i - 1][0][:1].isupper()):
                generic.append(lw)
                continue
        hard = bool(name) or bool(re.search(r"\d", lw))
        weak = not hard and lw in TYPE_WORDS and not (qtype == "who" and lw in _AGENT_WORDS)
        terms.append(Term(lw, hard, a, b, weak=weak))
    pronouns = tuple(w for w in words if w in PRONOUNS)
    # runs of capitalised words ("Islamic State", "Lord's Resistance Army") are names: matched as a whole
    phrases: list[tuple[str, int, int]] = []
    run: list[tuple[str, int, int]] = []
    for i, (w, a, b) in enumerate(spans + [("", len(text), len(text))]):
        cap = i > 0 and w[:1].isupper() and words[i] not in {"i"} if w else False
        if cap:
            run.append((w, a, b))
            continue
        if len(run) >= 2:
            phrases.append((text[run[0][1]:run[-1][2]], run[0][1], run[-1][2]))
        run = []
    if (re.match(r"^(?:and\s+)?who\s+(?:is|are)\b", low) and role is not None
            or re.match(r"^(?:and\s+)?who\s+(?:now\s+|currently\s+)?(?:leads|heads|runs|commands)\b", low)) and not years:
        last = True  # "Who is the leader of X?", "Who leads X?": the present one
    return Question(text=text, qtype=qtype, terms=tuple(terms), ordinal=ordinal, last=last and ordinal is None,
                    role=role, relation=relation, count=count, alias=alias, succession=succession, lead=lead,
                    years=years, generic=tuple(generic), pronouns=pronouns, words=tuple(words),
                    phrases=tuple(phrases))


__all__ = ["ORDINALS", "Question", "Term", "analyze"]
