"""The context of each actor mention, as :func:`chronica.knowledge.aliases.name_mentions` records it.

What is read from the text around a name: the other names and the places and years of its sentence,
the role nouns written next to it ("the group's emir", "spokesman X", "commander of"), an honorific
or title written just before it, explicit alias lists ("Known as: X, Y", "X, better known as Y")
and warnings that another actor bears the same name ("not to be confused with", "namesake").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from chronica.actors import lexicon as lx

__all__ = [
    "HONORIFIC_FORMS",
    "ROLE_WORDS",
    "alias_lists",
    "namesake_cues",
    "roles_near",
    "sentence_index",
    "title_before",
]

# Role nouns that tie a person to a position ("emir", "spokesman", "commander of") and kin nouns that
# tie a person to another ("brother of"); spellings of one role are folded to one word.
ROLE_WORDS: dict[str, str] = {w: w for w in lx.ROLE_NOUNS}
ROLE_WORDS.update(
    {
        "amir": "emir", "wali": "emir", "spokesperson": "spokesman", "spokeswoman": "spokesman",
        "members": "member", "officials": "official", "commanders": "commander", "leaders": "leader",
        "brother": "brother", "son": "son", "father": "father", "nephew": "nephew", "cousin": "cousin",
        "uncle": "uncle", "daughter": "daughter", "wife": "wife", "financier": "financier",
        "qazi": "judge", "judge": "judge", "caliph": "caliph", "khalifa": "caliph", "fighter": "fighter",
        "militant": "militant", "cleric": "cleric", "preacher": "cleric", "recruiter": "recruiter",
        "negotiator": "negotiator", "envoy": "envoy", "general": "general", "minister": "minister",
    }
)
# spellings of one honorific or rank, folded to one form: agreeing honorifics are context
HONORIFIC_FORMS: dict[str, str] = {
    **{w: "mullah" for w in ("mullah", "mulla", "mullo", "mollah", "molla")},
    **{w: "mawlavi" for w in ("mawlavi", "maulavi", "mawlawi", "maulawi", "molvi", "maulvi", "moulvi", "mowlavi")},
    **{w: "maulana" for w in ("maulana", "mawlana", "mowlana", "molana")},
    **{w: "sheikh" for w in ("sheikh", "shaikh", "shaykh", "sheik", "shaikh")},
    **{w: "hafiz" for w in ("hafiz", "hafidh", "hafez")},
    **{w: "haji" for w in ("haji", "hajji", "hajj", "alhaj")},
    "qari": "qari", "mufti": "mufti", "ustad": "ustad", "ustaz": "ustad", "imam": "imam",
    "ayatollah": "ayatollah", "sufi": "sufi", "pir": "pir",
    **{w: "general" for w in ("gen", "general", "lt", "lieutenant", "maj", "major")},
    **{w: "colonel" for w in ("col", "colonel")},
}
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_TITLE_BEFORE = re.compile(r"([A-Z][A-Za-z]*\.?)\s+$")
_TITLE_WORDS = frozenset(lx.HONORIFICS | lx.NAME_HONORIFICS | lx.TITLES)
# "Known as: X, Y" / "Aliases: X; Y" at a line start, and "X, (also|better) known as Y" after a name
_LIST_CUE = re.compile(
    r"(?im)^[ \t]*(?:also[ \t]+)?(?:known[ \t]+as|aliases?|a\.k\.a\.?|aka|other[ \t]+names?|also[ \t]+called)"
    r"[ \t]*:[ \t]*(?P<items>[^\n]+)"
)
_INLINE_CUE = re.compile(
    r"(?i)^[ \t]*[,(]?[ \t]*(?:also|better|widely|commonly|locally|popularly)?[ \t]*"
    r"(?:known(?:[ \t]+(?:in|to|by)[ \t]+(?:the[ \t]+)?[A-Za-z]+)?[ \t]+as|called|nicknamed|alias|a\.k\.a\.?|aka)"
    r"[ \t]+(?:the[ \t]+)?[\"\u201c\u2018']?"
)
_ITEM_SPLIT = re.compile(r"\s*(?:[,;/]|\bor\b|\band\b)\s*")
_NAMESAKE = re.compile(
    r"(?i)not (?:to )?be confused|\bconfused with\b|\bnamesake\b|\bsame name\b|\bsimilarly named\b|\bno relation\b|\bunrelated to\b"
    r"|\banother (?:man|person|commander|militant|figure|group|organi[sz]ation) (?:also )?(?:named|called)\b"
)


def sentence_index(sentences: Sequence[tuple[int, int]], text_len: int) -> tuple[list[int], list[tuple[int, int]]]:
    """Sorted sentence starts and spans; a text without sentences is one sentence."""
    spans = sorted((int(a), int(b)) for a, b in sentences if b > a) or [(0, text_len)]
    return [a for a, _ in spans], spans


def sentence_of(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def title_before(text: str, start: int) -> str:
    """An honorific or title written right before ``start`` ("Mullah", "Gen.", "Sheikh"), or ""."""
    window = text[max(0, start - 24) : start]
    match = _TITLE_BEFORE.search(window)
    if match is None:
        return ""
    word = match.group(1)
    return word if word.lower().rstrip(".") in _TITLE_WORDS else ""


def roles_near(text: str, start: int, end: int, lo: int, hi: int) -> tuple[str, ...]:
    """Role nouns written next to a name inside its sentence ``[lo, hi)``.

    The three words before it ("IS spokesman X", "the emir, X") and, after it, an apposition up to
    its closing comma ("X, the group's deputy emir,") or the next three words ("X's deputy").
    """
    before = [w.lower() for w in _WORD.findall(text[max(lo, start - 40) : start])][-3:]
    tail = text[end : min(hi, end + 120)]
    stripped = tail.lstrip()
    if stripped.startswith((",", "(", "[")):
        parts = re.split(r"[,)\]]", stripped[1:], maxsplit=1)
        after = [w.lower() for w in _WORD.findall(parts[0])][:8]
        if len(parts) > 1:  # "X, a former commander of Y, is named its governor"
            after += [w.lower() for w in _WORD.findall(parts[1])][:4]
    else:
        after = [w.lower() for w in _WORD.findall(tail)][:3]
    out: list[str] = []
    for word in before + after:
        word = word.removesuffix("'s").removesuffix("\u2019s")
        role = ROLE_WORDS.get(word)
        if role is not None and role not in out:
            out.append(role)
    return tuple(out)


def namesake_cues(text: str) -> list[int]:
    """Offsets of phrases warning that another actor has the same name."""
    return [m.start() for m in _NAMESAKE.finditer(text)]


def alias_lists(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, str, int, list[str]]]:
    """Explicit alias lists: (subject mention index or -1, subject name, cue offset, names).

    ``spans`` are the (start, end) of the document's actor mentions in order. A line "Known as: X, Y"
    names the last actor before it (within 300 characters), or else the heading it stands under
    ("Profile: X" -> X, given as the subject name with index -1); "X, better known as Y" names X, the
    mention that ends right before the cue. A name of the list is what stands between separators
    (commas, semicolons, "or", "and"), at most six words and starting with a capital letter.
    """
    out: list[tuple[int, str, int, list[str]]] = []
    ends = [e for _, e in spans]
    for match in _LIST_CUE.finditer(text):
        cue = match.start()
        k = bisect_right(ends, cue) - 1
        items = _items(match.group("items"))
        if k >= 0 and cue - spans[k][1] <= 300:
            out.append((k, "", cue, items))
            continue
        heading = _heading_before(text, cue)
        if heading:
            out.append((-1, heading, cue, items))
    for k, (_, end) in enumerate(spans):
        tail = text[end : end + 40]
        inline = _INLINE_CUE.match(tail)
        if inline is None or not inline.group().strip(" \t,(\"'\u201c\u2018"):
            continue
        rest = text[end + inline.end() : end + inline.end() + 120]
        name = re.split(r"[,;:)\]\"\u201d\u2019.\n]|\s(?:is|was|who|which|that|and|in|on|at)\s", rest, maxsplit=1)[0]
        items = _items(name)
        if items:
            out.append((k, "", end, items[:1]))
    return out


def _heading_before(text: str, cue: int) -> str:
    """The nearest non-empty line above ``cue`` when it is a short heading ("Profile: X" -> "X")."""
    lines = text[max(0, cue - 400) : cue].splitlines()
    for line in reversed(lines):
        line = line.strip()
        if not line:
            continue
        if ":" in line:
            label, _, rest = line.partition(":")
            if len(label.split()) <= 3 and rest.strip():
                line = rest.strip()
        words = line.split()
        if 1 <= len(words) <= 8 and words[0][:1].isupper() and not line.endswith((".", "?", "!")):
            return line
        return ""
    return ""


_PAREN = re.compile(r"\s*\(([^()]*)\)")
_PERIOD = re.compile(r"^(?:from\s+|since\s+|until\s+)?\d{4}(?:\s*[-\u2013/]\s*\d{2,4})?$")
_SHORT_NAME = re.compile(r"^[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}$")


def _items(raw: str) -> list[str]:
    """The names of an alias list. A parenthesis holding one short name or acronym gives it as a name of its own
    ("Islamic State West Africa Province (ISWAP)"); one holding a gloss is dropped ("Boko Haram (Hausa, roughly
    'Western education is forbidden')"); a name followed by its years is a name of a period only ("X, 2015-2016":
    a name the group bore for a while, which the document may tell apart as a group of its own) and is left out,
    with its acronym."""
    raw = raw.strip().rstrip(".")

    def paren(m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        if _PERIOD.match(inner):
            return ", " + inner  # "(2015-2016)": the years of the name before it
        return f"\x00{inner}\x00" if _SHORT_NAME.match(inner) else ""

    raw = _PAREN.sub(paren, raw)
    parts = [p.strip(" \t\"'\u201c\u201d\u2018\u2019()[]") for p in _ITEM_SPLIT.split(raw)]
    out: list[str] = []
    for n, part in enumerate(parts):
        inner = re.findall(r"\x00([^\x00]*)\x00", part)
        part = re.sub(r"\x00[^\x00]*\x00", "", part).strip()
        part = re.sub(r"^(?:the|The)\s+", "", part)
        words = part.split()
        if not words or len(words) > 6 or not words[0][:1].isupper():
            continue
        if n + 1 < len(parts) and _PERIOD.match(parts[n + 1]):
            continue
        out.append(" ".join(words))
        out.extend(x for x in inner if x not in out)
    return out
