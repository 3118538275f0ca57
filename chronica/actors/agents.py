"""A state acting through its forces or institutions named by a common noun: "Security forces kill X", "X was
shot dead by police", "The army says ...", "Police arrested ...", "a court sentenced ...", "died in police custody".

The noun names no country, so the caller supplies it (the event's country). Only a noun that acts counts:
the subject of a verb, the agent after "by", or the holder of custody; never the victims or targets ("killing
19 soldiers", "attacked police posts", "two police officers").
"""

from __future__ import annotations

import re

from chronica.actors import lexicon as lx

_NOUN = (r"(?:security\s+forces|police(?:men)?|(?:the\s+)?army(?:\s+commandos)?|(?:the\s+)?military|troops|soldiers|"
         r"commandos|special\s+forces|(?:government|federal|state)\s+(?:forces|troops)|(?:the\s+)?government|"
         r"(?:the\s+)?authorities|(?:the\s+)?parliament|(?:the\s+|a\s+)?(?:[A-Z][a-z]+\s+)?court)")
_BY = re.compile(rf"\bby\s+(?:the\s+)?{_NOUN}\b(?!\s+(?:of|officers?|posts?|stations?|headquarters|camps?|bases?)\b)",
                 re.I)
_CUSTODY = re.compile(r"\bin\s+(?:police|army|military|government|state)\s+(?:custody|hands|detention)\b", re.I)
_SUBJECT = re.compile(rf"\b{_NOUN}(?:\s+and\s+{_NOUN})?(?:\s+(?:later|also|then|reportedly|quickly|finally|soon|had|have|has))?\s+([a-z]+)\b", re.I)
_VERBS = frozenset(lx.SPEECH_VERBS | lx.ATTACK_VERBS | {
    "took", "take", "takes", "began", "begin", "begins", "shot", "fought", "drove", "held", "holds", "led", "sent",
    "freed", "frees", "broke", "ended", "ends", "opened", "opens", "arrested", "arrest", "arrests", "detained",
    "detain", "detains", "rescued", "rescue", "rescues", "sentenced", "sentences", "banned", "bans", "passed",
    "closed", "closes", "declared", "declares", "retook", "retake", "retakes", "recaptured", "recaptures",
    "deployed", "deploys", "surrounded", "cordoned", "clashed", "pushed", "named", "identified", "charged",
    "convicted", "executed", "hanged", "extradited", "handed", "imposed", "carried", "conducted", "mounted",
    "staged", "killed", "raided", "stormed", "launched", "captured", "seized", "blamed", "accused", "found",
})
# what the noun does as a victim or a thing: "killing 19 soldiers", "police posts", "the army's base"
_NOT_BEFORE = re.compile(r"(?:(?:(?<![/\d])(?!(?:19|20)\d\d\b)\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|"
                         r"several|many|some|of|on|at|against|killing|killed|attacked|attacking|targeting|"
                         r"injuring|wounding|and|with|among|including|as|local))\s+(?:the\s+|a\s+)?)$", re.I)


# a party to talks or a deal: "signed a peace agreement with the government", "the government and X agreed"
_PARTY = re.compile(r"\b(?:with|between)\s+(?:the\s+)?(?:government|authorities)\b|\b[Tt]he\s+government\s+and\b")


# held or punished by the state, with no one else named as doing it: "was arrested in Dhaka", "were executed by
# firing squad", "had been jailed in 2010"
_HELD = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|is|are|being)\s+(?:\w+ly\s+)?(?:later\s+)?"
                   r"(?:arrested|detained|jailed|imprisoned|sentenced|convicted|executed|hanged|extradited|interned)\b"
                   r"(?!\s+by\s+(?!firing\b))", re.I)


def acting_state_noun(text: str, start: int, end: int, taken: list[tuple[int, int]],
                      speaking: bool = True, parties: bool = False, held: bool = False) -> tuple[int, int] | None:
    """The span of the first common noun in ``text[start:end]`` that names a state's forces or institutions
    acting (subject, agent after "by", custody), outside the ``taken`` spans (names already read); or None.
    With ``speaking`` false, a noun that only says something ("police said ...") does not count; with
    ``parties``, the government as a party to talks or a deal ("agreed with the government") counts too; with
    ``held``, a passive arrest, sentence or execution that names no one doing it ("was arrested in X") too."""
    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    for m in _BY.finditer(text, start, end):
        if free(m.start(), m.end()) and not (m.end() < len(text) and text[m.end():m.end() + 2] == "'s"):
            return m.start(), m.end()
    found = _HELD.search(text, start, end) if held else None
    if found is not None and free(found.start(), found.end()):
        return found.start(), found.end()
    found = _PARTY.search(text, start, end) if parties else None
    if found is not None and free(found.start(), found.end()):
        return found.start(), found.end()
    found = _CUSTODY.search(text, start, end)
    if found is not None and free(found.start(), found.end()):
        return found.start(), found.end()
    for m in _SUBJECT.finditer(text, start, end):
        verb = m.group(1)
        if not verb.islower() or verb not in _VERBS and not (verb.endswith("ed") and len(verb) > 4) or (
                not speaking and verb in lx.SPEECH_VERBS):
            continue
        if _NOT_BEFORE.search(text, max(start, m.start() - 30), m.start()) or not free(m.start(), m.end()):
            continue
        before = text[max(start, m.start() - 12):m.start()]
        if text[m.start()].isupper() and before.strip() and not re.search(r"(?:[;:,.]|\d|\b[Tt]he|\b[Aa])\s+$", before):
            continue  # a capitalised word inside a sentence: part of a name ("the Central Police Force")
        if before.endswith("'s ") or not re.match(r"(?:the|a)\s", text[m.start():m.start() + 4], re.I) and re.search(r"\b[A-Z][a-z]+\s+$", before) and not re.search(r"\b(?:The|A)\s+$", before):
            continue  # "Pakistan's army", "Uganda army": the state is named
        return m.start(), m.end(1)
    return None
