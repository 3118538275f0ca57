"""Within-document canonical names: group the mentions of one actor and name the group.

Organisations: same folded name, acronym defined in the text ("Full Name (ACR)"), acronym whose
letters are the initials of one organisation named in the document, "also known as" aliases, and
the usual names of widely reported groups (:mod:`chronica.actors.known`).

People: transliteration variants (same folded keys, :func:`chronica.actors.names.name_key`) and
shorter forms of a fuller name. A shorter name joins a fuller one only when it shares the surname
and all its words occur in the fuller name, and only when exactly one fuller name qualifies; string
similarity alone never merges two names ("Ghazi"/"Ghazni", "Omar Ghazi"/"Osman Ghazi").

The canonical name of a group is its longest full form (an organisation's expansion rather than
its acronym), or the usual name of a widely reported group.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from chronica.actors import lexicon as lx
from chronica.actors.known import known_canonical
from chronica.actors.names import ascii_fold, name_key, ou_glide, phrase_key
from chronica.actors.recognize import Candidate
from chronica.actors.states import country_by_name

_CONNECTOR_PARTS = frozenset(lx.NAME_CONNECTORS | {"and", "for", "the", "on", "in", "a", "an"})
_INITIAL = re.compile(r"^[A-Z]\.?$")
_ABBREVIATED_COUNTRY = re.compile(r"^(?:U\.S\.|US|U\.K\.|UK|USA|U\.S\.A\.)(?=\s+Department\b)")


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """Upper-case initials of the content words of a name ("Tehrik-i-Taliban Pakistan" -> "TTP")."""
    out = []
    for word in re.split(r"[\s]+", name):
        for part in re.split(r"[-\u2013]", word):
            if not part or part.lower() in _CONNECTOR_PARTS:
                continue
            out.append(part[0].upper())
    return "".join(out)


@lru_cache(maxsize=65536)
def acronym_key(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def _core_words(cand: Candidate) -> list[str]:
    """Name words of a person without honorifics and titles."""
    words = [w for w in cand.words if w not in (".",)]
    out = []
    for w in words:
        low = w.lower().rstrip(".")
        if low in lx.HONORIFICS or low in lx.TITLES:
            continue
        if low in lx.NAME_CONNECTORS or _INITIAL.match(w):
            continue
        if lx.title_compound(low):
            continue  # "Amir-ul-Muminin", "ISIS-leader": a title written onto the name
        out.append(w)
    return out or words


def _person_keys(cand: Candidate) -> tuple[str, ...]:
    return tuple(k for k in (name_key(w) for w in _core_words(cand) if len(w) > 1) if k)


def _linkable_keys(keys: Sequence[str], words: Sequence[str]) -> set[str]:
    """Keys a one-word mention may match: not particles such as Abu or Abdul."""
    out = set()
    for key, word in zip(keys, words, strict=False):
        if word.lower() in lx.NAME_PARTICLES or word.lower() in lx.NAME_HONORIFICS:
            continue
        out.add(key)
    return out


@lru_cache(maxsize=65536)
def _clean_org(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"\s+", " ", text)
    match = _ABBREVIATED_COUNTRY.match(text)
    if match is not None:
        country = country_by_name(match.group())
        if country is not None:
            text = country.name + text[match.end() :]
    words = text.split(" ")
    if words and words[-1].islower() and words[-1] in lx.ORG_HEADS:
        words[-1] = words[-1].capitalize()
    return " ".join(words)


def _clean_person(cand: Candidate) -> str:
    if cand.full_name:
        return cand.full_name
    if cand.honorific:
        return cand.text
    words = [w for w in cand.text.split() if not _INITIAL.match(w)]
    while len(words) > 2 and words[0].lower().rstrip(".") in lx.HONORIFICS:
        words = words[1:]
    return " ".join(words)


def canonicalise(cands: list[Candidate], speaker_tokens: set[int],
                 kin: set[int] | None = None) -> list[tuple[Candidate, str, str]]:
    """(candidate, kind, canonical) for every candidate kept, in document order.

    ``speaker_tokens`` are first-token indices of one-word names followed by a verb of saying;
    such a name is kept as a person even without a fuller form in the document. ``kin`` are the
    indices of people told as another's kin ("Father: X"): their name is not folded into a fuller
    name that holds it.
    """
    kin = kin or set()
    n = len(cands)
    uf = _Union(n)
    # --- organisations and acronyms -------------------------------------------------------
    by_key: dict[str, int] = {}
    org_like = [i for i, c in enumerate(cands) if c.kind in ("org", "acronym", "state")]
    _shortened_names(cands, org_like, uf)
    # before states are grouped, so that "U.S. forces" joins "U.S. Forces-Afghanistan" alone
    _link_agents(cands, org_like, uf)
    for i in org_like:
        c = cands[i]
        if c.canonical is not None:
            key = ("state:" if c.kind == "state" else "known:") + c.canonical
        elif c.kind == "acronym":
            key = "acr:" + acronym_key(c.text)
        else:
            key = "org:" + phrase_key(_clean_org(c.text).lower())
        if key in by_key:
            uf.union(by_key[key], i)
        else:
            by_key[key] = i
    for i, c in enumerate(cands):
        if c.expansion_of is not None:
            uf.union(i, c.expansion_of)
        if c.alias_of is not None:
            uf.union(i, c.alias_of)
    # acronyms without a definition: initials of exactly one organisation in the document
    org_initials: dict[str, set[int]] = {}
    for i in org_like:
        c = cands[i]
        if c.kind == "org" and len(c.words) > 1:
            org_initials.setdefault(initials(_clean_org(c.text)), set()).add(uf.find(i))
    for i in org_like:
        c = cands[i]
        if c.kind != "acronym" or c.expansion_of is not None:
            continue
        roots = org_initials.get(acronym_key(c.text), set())
        if len(roots) == 1:
            uf.union(i, next(iter(roots)))
    # --- people ---------------------------------------------------------------------------
    people = [i for i, c in enumerate(cands) if c.kind == "person"]
    keys = {i: _person_keys(cands[i]) for i in people}
    groups: dict[tuple[str, ...], int] = {}
    for i in people:
        sig = tuple(sorted(keys[i]))
        if sig in groups:
            uf.union(groups[sig], i)
        else:
            groups[sig] = i
    # shorter full names into the one fuller name that contains them with the same surname
    sigs = list(groups)
    kin_sigs = {tuple(sorted(keys[i])) for i in people if i in kin}
    for sig in sigs:
        if len(sig) < 2 or sig in kin_sigs:
            continue
        small = groups[sig]
        surname = keys[small][-1]
        hosts = {
            uf.find(groups[other])
            for other in sigs
            if len(other) > len(sig) and set(sig) <= set(other) and keys[groups[other]][-1] == surname
        }
        if len(hosts) == 1:
            uf.union(small, next(iter(hosts)))
    # one-word names: exactly one person (after merging) has that word
    word_index: dict[str, set[int]] = {}
    exact: dict[str, set[int]] = {}
    spellings: dict[int, set[str]] = {}  # the name words each person (as indexed) is written with
    for i in people:
        words = _core_words(cands[i])
        root = uf.find(i)
        spellings.setdefault(root, set()).update(words)
        for key in _linkable_keys(keys[i], words):
            word_index.setdefault(key, set()).add(root)
        if len(keys[i]) == 1:
            exact.setdefault(keys[i][0], set()).add(root)
    root_keys: dict[int, set[str]] = {}
    for i in people:
        root_keys.setdefault(uf.find(i), set()).update(keys[i])
    kinds: dict[int, str] = {i: cands[i].kind for i in range(n)}
    keep = [True] * n
    # a one-word name the document gives as another name of a group or person ("usually shortened to ...
    # or simply Nusra", "al-Julani (also transliterated al-Jawlani)") is that actor, and so is the same word
    # written again on its own ("al-Nusra was being folded into ...")
    aliased: dict[str, int] = {}
    for i, c in enumerate(cands):
        host = _alias_host(cands, i)
        if c.kind == "partial" and host is not None and c.words:
            kinds[i] = "person" if cands[host].kind == "person" else "org"
            if kinds[i] == "org":
                aliased.setdefault(name_key(c.words[-1]), host)
    # "the Houthis" after "the Houthi movement": the plural of a group's name word is its members, the group
    group_first: dict[str, set[int]] = {}
    for i in org_like:
        c = cands[i]
        if c.kind == "org" and len(c.words) == 2 and c.words[-1].lower() in _MEMBER_HEADS:
            group_first.setdefault(name_key(c.words[0]), set()).add(uf.find(i))
    titled_solo: dict[str, int] = {}  # a one-word name kept as a person (told with a title or role)
    for i, c in enumerate(cands):
        if c.kind != "partial" or kinds[i] != "partial":
            continue
        key = name_key(c.words[-1]) if c.words else ""
        if key in aliased and not (exact.get(key) or word_index.get(key)):
            uf.union(i, aliased[key])
            kinds[i] = "org"
            continue
        plural = c.words[-1] if c.words else ""
        hosts = group_first.get(name_key(plural[:-1]), set()) if len(plural) > 4 and plural.endswith("s") else set()
        if len(hosts) == 1 and not (exact.get(key) or word_index.get(key)):
            uf.union(i, next(iter(hosts)))
            kinds[i] = "org"
            continue
        roots = exact.get(key) or word_index.get(key, set())
        # one key but another word is not a reference back ("Sunni" / "al-Shishani", "al-Nusra" / "Nasir")
        roots = {uf.find(r) for r in roots if any(_spelled_alike(c.words[-1], w) for w in spellings.get(r, ()))}
        if len(roots) > 1:
            roots = _nested_host(roots, root_keys)
        if len(roots) == 1:
            uf.union(i, next(iter(roots)))
            kinds[i] = "person"
        elif c.titled or c.first_token in speaker_tokens:
            kinds[i] = "person"
            titled_solo.setdefault(key, i)
        elif key in titled_solo:
            uf.union(i, titled_solo[key])  # "Santoso, the leader of ..." and then "Santoso was shot dead"
            kinds[i] = "person"
        else:
            keep[i] = False
    # one-word names kept on their own merge by key
    solo: dict[str, int] = {}
    for i, c in enumerate(cands):
        if keep[i] and c.kind == "partial" and uf.find(i) == i:
            key = name_key(c.words[-1])
            if key in solo:
                uf.union(solo[key], i)
            else:
                solo[key] = i
    # --- name each group --------------------------------------------------------------------
    members: dict[int, list[int]] = {}
    for i in range(n):
        if keep[i]:
            members.setdefault(uf.find(i), []).append(i)
    names: dict[int, tuple[str, str]] = {}
    for root, idx in members.items():
        names[root] = _name_group([cands[i] for i in idx], [kinds[i] for i in idx])
    out = []
    for i, c in enumerate(cands):
        if not keep[i]:
            continue
        kind, canonical = names[uf.find(i)]
        if c.canonical and c.kind == "org" and canonical == "Islamic State" and c.canonical != canonical:
            canonical = c.canonical  # a province of the Islamic State named by its sentence
        if kind == "acronym-only" and c.confidence < 0.6:
            kind = "org"
        out.append((c, "org" if kind == "acronym-only" else kind, canonical or c.text))
    return out


def _shortened_names(cands: list[Candidate], org_like: list[int], uf: _Union) -> None:
    """A group name a reference list knows only as another group's alias ("Mujahideen Shura Council", which
    several coalitions were called) is, where the document also writes a fuller name it begins
    ("the Mujahideen Shura Council of Derna"), that fuller name shortened: the document's group, not the list's."""
    full: dict[str, int] = {}
    for i in org_like:
        c = cands[i]
        if c.kind == "org" and c.canonical is None and len(c.words) > 2:
            full.setdefault(_clean_org(c.text).lower(), i)
    if not full:
        return
    for i in org_like:
        c = cands[i]
        if c.kind != "org" or c.canonical is None or len(c.words) < 2:
            continue
        short = _clean_org(c.text).lower()
        if short == c.canonical.lower():
            continue  # the list's own name for the group ("Islamic State"), not one of its aliases
        hosts = {j for name, j in full.items() if name.startswith(short + " ")}
        if len(hosts) == 1:
            c.canonical = None
            c.own_name = True
            uf.union(i, hosts.pop())


# the heads of a group named for a person, a clan or a people, whose plural names its members
_MEMBER_HEADS = frozenset({"movement", "rebels", "militia", "militias", "group", "clan", "tribe", "fighters", "insurgents"})


def _alias_host(cands: list[Candidate], i: int) -> int | None:
    """The group or person ``cands[i]`` is written as another name of (through a chain of "also known as"
    links), when that is a full name rather than another one-word name; else None."""
    seen = {i}
    j = cands[i].alias_of
    while j is not None and j not in seen:
        if cands[j].kind != "partial":
            return j
        seen.add(j)
        j = cands[j].alias_of
    return None


def _nested_host(roots: set[int], root_keys: dict[int, set[str]]) -> set[int]:
    """The one person among ``roots`` whose name words hold every other's ("Abdul Khadim" and "Abdul Khadim
    Rauf": a one-word "Khadim" is the fuller name), else ``roots`` unchanged (two different full names)."""
    hosts = [r for r in roots if all(root_keys.get(o, set()) <= root_keys.get(r, set()) for o in roots)]
    return {hosts[0]} if len(hosts) == 1 else roots


def _link_agents(cands: list[Candidate], org_like: list[int], uf: _Union) -> None:
    """"Afghan security forces" -> the one organisation of the document with those words
    ("Afghan National Defense and Security Forces"); "the Afghan government" -> "Government of
    Afghanistan" when the document names it so."""
    orgs: dict[str, tuple[int, frozenset[str]]] = {}
    for i in org_like:
        c = cands[i]
        if c.kind == "org" and c.canonical is None and len(c.words) > 1:
            name = _clean_org(c.text)
            if name not in orgs:
                orgs[name] = (i, frozenset(w.lower() for w in re.split(r"[\s\-]+", name)))
    if not orgs:
        return
    by_word: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for entry in orgs.values():
        for word in entry[1]:
            by_word.setdefault(word, []).append(entry)
    for i in org_like:
        c = cands[i]
        if c.kind != "state" or not c.agent or c.canonical is None:
            continue
        country = c.canonical.lower()
        written = c.words[0].lower() if c.words else ""
        hits = {
            uf.find(j)
            for j, words in by_word.get(c.agent[-1], ())
            if set(c.agent) <= words and (written in words or set(country.split()) <= words)
        }
        if len(hits) == 1:
            root = next(iter(hits))
            c.kind = "org"
            c.canonical = None
            c.end = c.agent_end_char
            uf.union(i, root)


def _fold_word(word: str) -> str:
    word = re.sub(r"^(?:al|el|ul|ad|ar|as|ash|at|az)[-\u2010\u2011']", "", ascii_fold(word).lower()).replace("'", "")
    return ou_glide(word)  # French "Sahraoui" is English "Sahrawi"


def _spelled_alike(partial: str, word: str) -> bool:
    """A one-word mention refers back to a name word of the document when it is that word, give or take
    one letter (two in a long word): writers repeat a name as they wrote it ("Khadim" after "Abdul Rauf
    Khadim", "Khadem" beside it), while a word that only shares the consonant key is another word."""
    a, b = _fold_word(partial), _fold_word(word)
    if a == b:
        return True
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    if abs(len(a) - len(b)) > limit:
        return False
    return Levenshtein.distance(a, b, score_cutoff=limit) <= limit


def _name_group(group: list[Candidate], kinds: list[str]) -> tuple[str, str]:
    """(kind, canonical name) of a group of mentions of one actor."""
    states = [c.canonical for c, k in zip(group, kinds, strict=True) if k == "state" and c.canonical]
    if states:
        return "state", Counter(states).most_common(1)[0][0]
    known = [c for c, k in zip(group, kinds, strict=True) if c.canonical and k != "state"]
    if known:
        best = max(known, key=lambda c: (len(c.words), -c.start))
        return "org", best.canonical or best.text
    own = any(c.own_name for c in group)
    if any(k == "org" for k in kinds):
        full = [c for c, k in zip(group, kinds, strict=True) if k == "org"]
        for c in full:
            hit = None if own else known_canonical(_clean_org(c.text))
            if hit is not None:
                return "org", hit
        primary = [c for c in full if c.alias_of is None]
        if primary:
            full = primary  # "X (also rendered as Y)": the group is named X
        counts = Counter(_clean_org(c.text) for c in full)
        best_name = max(counts, key=lambda t: (len(t.split()), counts[t], len(t)))
        return "org", best_name
    if all(k == "acronym" for k in kinds):
        hit = None if own else known_canonical(group[0].text)
        return ("org", hit) if hit else ("acronym-only", group[0].text)
    persons = [c for c, k in zip(group, kinds, strict=True) if k == "person" and c.kind == "person"]
    if not persons:
        persons = [c for c, k in zip(group, kinds, strict=True) if k == "person"]
    if not persons:
        return "org", group[0].text
    primary = [c for c in persons if c.alias_of is None]
    if primary and len(primary) < len(persons):
        persons = primary  # "X (aka Y)": the person is named X
    counts = Counter(_clean_person(c) for c in persons)
    order = {name: pos for pos, name in reversed(list(enumerate(_clean_person(c) for c in persons)))}
    # the spelling of each word most used in the document ("Khadim" over "Kaddim")
    spelling = Counter(w for c in group for w in c.words)
    best_name = max(
        counts,
        key=lambda t: (len(_core(t)), sum(spelling[w] for w in t.split()), counts[t], -order[t]),
    )
    return "person", best_name


def _core(name: str) -> list[str]:
    return [w for w in name.split() if w.lower().rstrip(".") not in lx.HONORIFICS]
