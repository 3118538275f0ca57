"""Split a page into its pieces: header, articles or posts, unrelated articles, comments, footer.

Top-level segments tile the page in order; parts inside them (captions, bylines, sub-headings,
single comments, navigation and newsletter lines) are child segments pointing at their parent.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from chronica.records import Block, SegmentSpan
from chronica.segment import cues
from chronica.segment.cohesion import bag, cosine, first_content_word
from chronica.segment.lines import Line, classify, title_case_ratio

TITLE_THRESHOLD = 3.0
_CHILD_KIND = {
    "heading": "heading",
    "caption": "caption",
    "byline": "byline",
    "bio": "byline",
    "nav": "navigation",
    "chrome": "navigation",
    "newsletter": "newsletter",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_CONTENT = {"prose", "entry", "list", "heading", "source"}
_BOILER_KIND = {"nav": "navigation", "chrome": "navigation", "newsletter": "newsletter", "footer": "footer",
                "caption": "caption", "byline": "boilerplate", "bio": "boilerplate"}


@dataclass(slots=True)
class _Piece:
    kind: str
    first: int  # line index
    last: int
    title: int | None = None
    author: str | None = None
    date: int | None = None
    teaser: bool = False
    children: list[tuple[str, int, int, str | None]] = field(default_factory=list)


def segment_page(text: str, blocks: list[Block], fmt: str = "txt") -> list[SegmentSpan]:
    """The segments of a document: top-level pieces tiling it, then their parts."""
    lines = classify(text, blocks)
    if not lines:
        return [SegmentSpan("article", 0, len(text))]
    structured = fmt in ("html", "md", "docx")
    in_comments = _comment_regions(lines, structured)
    titles = _titles(lines, in_comments, structured)
    pieces = _assemble(lines, in_comments, titles)
    pieces = _title_after_body(lines, pieces)
    _assign_kinds(lines, pieces, structured)
    return _to_spans(text, lines, pieces)


# -- comments ----------------------------------------------------------------------------------


def _comment_regions(lines: list[Line], structured: bool) -> list[bool]:
    n = len(lines)
    flags = [False] * n
    if structured:
        for line in lines:
            if "comment" in line.hint and "main" not in line.hint:
                flags[line.index] = True
    i = 0
    while i < n:
        line = lines[i]
        if line.kind in ("comments_start", "comment_head") and not flags[i]:
            heads = [j for j in range(i, min(n, i + 40)) if lines[j].kind == "comment_head"]
            if line.kind == "comments_start" and not heads:
                i += 1
                continue
            if line.kind == "comment_head" and len(heads) < 2 and not (
                i + 1 < n and lines[i + 1].kind == "date"
            ):
                i += 1
                continue
            j = i
            while j < n and lines[j].kind not in ("footer", "newsletter", "biblio_head"):
                flags[j] = True
                j += 1
            i = j
        i += 1
    return flags


# -- titles ------------------------------------------------------------------------------------


def _next_content(lines: list[Line], i: int, skip: set[str]) -> Line | None:
    for line in lines[i + 1 :]:
        if line.kind not in skip:
            return line
    return None


def title_score(lines: list[Line], i: int) -> float:
    """How much a heading-shaped line of plain text looks like the title of a new piece."""
    line = lines[i]
    score = 0.0
    if line.words >= 5:
        score += 1
    if re.search(r"\S:\s+\S", line.text):
        score += 1
    if title_case_ratio(line.text) >= 0.6:
        score += 1
    following = lines[i + 1 : i + 4]
    for nxt in following:
        if nxt.kind in ("heading", "entry", "prose") and nxt.words > 30:
            break
        if nxt.kind == "date":
            score += 2
            break
        if nxt.kind in ("caption", "byline", "bio"):
            score += 1
            break
    after = _next_content(lines, i, {"caption", "byline", "bio", "date", "nav", "chrome"})
    before = next((ln for ln in reversed(lines[:i]) if ln.kind not in ("source", "caption", "heading")), None)
    if after is not None and after.kind == "prose" and after.words >= 30:
        score += 1
    if after is not None and after.kind == "entry":
        score -= 1
        if before is not None and before.kind == "entry":
            score -= 2
    return score


def _shared_prefix_headings(lines: list[Line]) -> set[int]:
    """Headings that open with the same three words are sections of one piece."""
    heads = [ln for ln in lines if ln.kind == "heading"]
    prefixes = Counter(" ".join(ln.text.lower().split()[:3]) for ln in heads if ln.words >= 4)
    prefixes = Counter({p: c for p, c in prefixes.items()})
    distinct = {p for p, c in prefixes.items() if c >= 2}
    texts_by_prefix: dict[str, set[str]] = {}
    for ln in heads:
        key = " ".join(ln.text.lower().split()[:3])
        if key in distinct:
            texts_by_prefix.setdefault(key, set()).add(" ".join(ln.text.lower().split()))
    return {
        ln.index
        for ln in heads
        if " ".join(ln.text.lower().split()[:3]) in distinct
        and len(texts_by_prefix[" ".join(ln.text.lower().split()[:3])]) >= 2
    }


STRONG_TITLE = 4.0  # a plain-text page is split into pieces only if one title is this clear


def _titles(lines: list[Line], in_comments: list[bool], structured: bool) -> list[int]:
    """Indices of the lines that open a new piece."""
    if structured:
        has_h1 = any("h1" in ln.hint for ln in lines)
        top = "h1" if has_h1 else None
        found = []
        for ln in lines:
            if in_comments[ln.index] or ln.kind != "heading":
                continue
            if top and top in ln.hint and ("related" not in ln.hint):
                found.append(ln.index)
            elif "related" in ln.hint and ln.hint & _HEADINGS and not cues.NAVIGATION.match(ln.text):
                found.append(ln.index)
        return found
    sections = _shared_prefix_headings(lines)
    scored: list[tuple[int, float]] = []
    seen: set[str] = set()
    for ln in lines:
        i = ln.index
        if in_comments[i] or ln.kind != "heading" or i in sections:
            continue
        norm = " ".join(ln.text.lower().split())
        if norm in seen:
            continue
        score = title_score(lines, i)
        if score >= TITLE_THRESHOLD:
            scored.append((i, score))
            seen.add(norm)
    found = [i for i, _ in scored] if any(score >= STRONG_TITLE for _, score in scored) else []
    # "Elsewhere on this site" / "Related articles", then a headline: another article of the page
    for ln in lines[1:]:
        prev = lines[ln.index - 1]
        if (ln.kind == "heading" and ln.index not in found and cues.ELSEWHERE.match(prev.text)
                and any(x.index < ln.index for x in lines if x.kind in _CONTENT)):
            found.append(ln.index)
    found.sort()
    head = lines[: found[0] if found else min(len(lines), 4)]
    if not found or sum(ln.words for ln in head if ln.kind in _CONTENT) > 40:
        candidates = [ln for ln in head[:3] if ln.kind == "heading" and not in_comments[ln.index]]
        first = next((ln for ln in candidates if ln.words >= 3), candidates[0] if candidates else None)
        if first is not None and first.index not in found:
            found.insert(0, first.index)
    return found


# -- assembly ----------------------------------------------------------------------------------


def _assemble(lines: list[Line], in_comments: list[bool], titles: list[int]) -> list[_Piece]:
    n = len(lines)
    title_set = set(titles)
    pieces: list[_Piece] = []
    current: _Piece | None = None

    def open_piece(kind: str, i: int, title: int | None = None) -> _Piece:
        nonlocal current
        if current is not None:
            current.last = i - 1
            pieces.append(current)
        current = _Piece(kind, i, i, title)
        return current

    first_title = titles[0] if titles else None
    for i, line in enumerate(lines):
        if in_comments[i]:
            if current is None or current.kind != "comments":
                open_piece("comments", i)
            continue
        if i in title_set:
            open_piece("piece", i, i)
            continue
        if current is None:
            kind = "header" if first_title is not None and first_title > i else "piece"
            if kind == "header" and sum(ln.words for ln in lines[:first_title] if ln.kind in _CONTENT) > 40:
                kind = "piece"
            open_piece(kind, i)
            continue
        if line.kind == "biblio_head" and current.kind != "bibliography" and not _prose_notes(lines, i, title_set):
            open_piece("bibliography", i)
            continue
        if line.kind == "footer" and current.kind != "footer" and (
            current.kind == "comments" or _only_boilerplate_after(lines, i, title_set)
        ) and not any(t > i for t in titles):
            open_piece("footer", i)
            continue
        if line.kind == "newsletter" and current.kind not in ("footer", "newsletter") and _only_boilerplate_after(
            lines, i, title_set
        ):
            open_piece("newsletter", i)
            continue
        if current.kind == "comments":
            open_piece(_BOILER_KIND.get(line.kind, "piece"), i)
    if current is not None:
        current.last = n - 1
        pieces.append(current)
    return pieces


def _prose_notes(lines: list[Line], i: int, titles: set[int]) -> bool:
    """A "Notes" (or "Sources") heading followed by paragraphs of prose, not by citations: the author's
    background notes, part of the piece. A citation names a work: a link, a year in brackets, pages, "Retrieved"."""
    words = 0
    for ln in lines[i + 1 :]:
        if ln.index in titles or ln.kind in ("heading", "biblio_head", "comments_start", "comment_head"):
            break
        if ln.kind not in ("prose", "list"):
            return False
        if cues.CITATION.search(ln.text):
            return False
        words += ln.words
    return words >= 30


def _only_boilerplate_after(lines: list[Line], i: int, titles: set[int]) -> bool:
    """No substantial content follows line ``i`` before the next piece."""
    words = 0
    for ln in lines[i + 1 :]:
        if ln.index in titles or ln.kind in ("comments_start", "comment_head"):
            break
        if ln.kind in ("prose", "entry", "list") and not cues.NEWSLETTER.search(ln.text):
            words += ln.words
    return words < 60


def _title_after_body(lines: list[Line], pieces: list[_Piece]) -> list[_Piece]:
    """A scraped page can print an article's headline, standfirst and byline after its body."""
    if not pieces or pieces[0].kind != "piece" or pieces[0].title is not None:
        return pieces
    first = pieces[0]
    body_words = sum(ln.words for ln in lines[first.first : first.last + 1] if ln.kind in ("prose", "entry"))
    if len(pieces) > 1 and pieces[1].kind == "piece" and pieces[1].title is not None and body_words >= 150:
        second = pieces[1]
        rest = lines[second.first + 1 : second.last + 1]
        prose = [ln for ln in rest if ln.kind in _CONTENT]
        if any(ln.kind in ("byline", "bio") for ln in rest) and sum(ln.words for ln in prose) < 80:
            return [_Piece("piece", first.first, second.last, second.title)] + pieces[2:]
    words = 0
    for ln in lines[first.first : first.last + 1]:
        if ln.kind in ("prose", "entry", "list"):
            words += ln.words
        if ln.kind != "heading" or words < 150:
            continue
        following = lines[ln.index + 1 : min(first.last + 1, ln.index + 4)]
        prose = [f for f in following if f.kind == "prose"]
        if any(f.kind in ("byline", "bio") for f in following) and sum(f.words for f in prose) < 80:
            first.title = ln.index
            break
    return pieces


def _assign_kinds(lines: list[Line], pieces: list[_Piece], structured: bool) -> None:
    content = [p for p in pieces if p.kind == "piece"]
    for piece in content:
        body = lines[piece.first : piece.last + 1]
        tail = [ln for ln in body[-3:]]
        piece.teaser = any(ln.kind == "nav" and cues.NAVIGATION_PREFIX.match(ln.text) for ln in tail)
        if structured and piece.title is not None and "related" in lines[piece.title].hint:
            piece.teaser = True
        if piece.title is not None and piece.title > 0 and cues.ELSEWHERE.match(lines[piece.title - 1].text):
            piece.teaser = True  # "Elsewhere on this site" before its headline: another article of the page
    if len(content) == 1:
        has_comments = any(p.kind == "comments" for p in pieces)
        content[0].kind = "post" if has_comments and not structured else "article"
    elif content:
        first = content[0]
        first_lines = lines[first.first : first.last + 1]
        article_end = any(ln.kind in ("byline", "bio") for ln in first_lines[3:][-6:])
        if article_end or any(p.teaser for p in content[1:]):
            first.kind = "article"
            for piece in content[1:]:
                piece.kind = "unrelated"
        else:
            for piece in content:
                piece.kind = "post"
    for piece in pieces:
        if piece.kind == "piece":
            piece.kind = "article"


# -- output ------------------------------------------------------------------------------------


def _to_spans(text: str, lines: list[Line], pieces: list[_Piece]) -> list[SegmentSpan]:
    spans: list[SegmentSpan] = []
    compared = [k for k, piece in enumerate(pieces) if piece.kind in ("article", "post", "unrelated")]
    bags: dict[int, Counter[str]]
    if len(compared) == 1:
        # one piece, measured against itself: 1.0, or 0.0 with no word to count; a bag with one word
        # (the first one found) gives the same
        piece = pieces[compared[0]]
        word = first_content_word([ln.text for ln in lines[piece.first : piece.last + 1]])
        bags = {compared[0]: Counter([word] if word else [])}
    else:
        bags = {k: bag([ln.text for ln in lines[pieces[k].first : pieces[k].last + 1]]) for k in compared}
    main_bag = bags[min(bags)] if bags else None  # relevance is measured against the first piece
    for k, piece in enumerate(pieces):
        start = lines[piece.first].start if k > 0 else 0
        end = lines[pieces[k + 1].first].start if k + 1 < len(pieces) else len(text)
        end = _trim_end(text, start, end)
        title = lines[piece.title] if piece.title is not None else None
        date_line = next(
            (ln for ln in lines[piece.first : min(piece.last + 1, piece.first + 5)]
             if ln.kind == "date" or ln.kind == "byline" and cues.DATE_IN_LINE.search(ln.text)), None
        )
        author = _author(lines[piece.first : piece.last + 1])
        relevance = None
        if k in bags and main_bag is not None:
            relevance = round(cosine(bags[k], main_bag), 3)
        spans.append(
            SegmentSpan(
                kind=piece.kind,
                start=start,
                end=end,
                title=title.text if title else None,
                title_start=title.start if title else None,
                title_end=title.end if title else None,
                author=author,
                date_text=_date_text(date_line),
                date_start=_date_start(date_line),
                relevance=relevance,
            )
        )
    parents = len(spans)
    for k in range(parents):
        piece = pieces[k]
        if piece.kind == "comments":
            spans.extend(_comments(text, lines, piece, k))
            continue
        for ln in lines[piece.first : piece.last + 1]:
            kind = _CHILD_KIND.get(ln.kind)
            if kind is None or ln.index == piece.title:
                continue
            if piece.kind in ("footer", "newsletter", "header", "boilerplate") and kind in ("newsletter", "navigation"):
                continue
            spans.append(SegmentSpan(kind=kind, start=ln.start, end=ln.end, title=None, parent=k))
    return spans


def _date_text(line: Line | None) -> str | None:
    if line is None:
        return None
    if line.kind == "date":
        return line.text
    m = cues.DATE_IN_LINE.search(line.text)
    return m.group(0) if m else None


def _date_start(line: Line | None) -> int | None:
    if line is None:
        return None
    m = cues.DATE_IN_LINE.search(line.text) if line.kind != "date" else None
    return line.start + m.start() if m else line.start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _author(body: list[Line]) -> str | None:
    for ln in body:
        if ln.kind == "byline":
            m = re.match(r"^(?:by:?\s+|--\s*|\u2014\s*|\u2013\s*|(?:written|posted|reported) by\s+|author:\s*)(.+)$",
                         ln.text, re.I)
            name = (m.group(1) if m else ln.text).strip()
            name = re.split(r"\s*[,\u00b7|\u2022\u2014\u2013]\s*|\s+-\s+", name)[0]
            name = re.sub(r"^(?:\S.{0,40}?\s)?by\s+", "", name, flags=re.I) if " by " in f" {name}" else name
            return name.strip() or None
        if ln.kind == "bio":
            m = cues.AUTHOR_BIO.match(ln.text)
            if m:
                return m.group("name")
    return None


def _comments(text: str, lines: list[Line], piece: _Piece, parent: int) -> list[SegmentSpan]:
    out: list[SegmentSpan] = []
    body = lines[piece.first : piece.last + 1]
    heads = [ln for ln in body if ln.kind == "comment_head"]
    if not heads:
        # Markup-marked comments without a recognisable header: each run of comment lines is one comment.
        return [SegmentSpan("comment", ln.start, ln.end, parent=parent) for ln in body if ln.kind == "prose"]
    for h, head in enumerate(heads):
        stop = heads[h + 1].start if h + 1 < len(heads) else lines[piece.last].end
        end = _trim_end(text, head.start, stop)
        m = cues.COMMENT_HEAD.match(head.text)
        author = None
        if m:
            author = (m.group("by") or m.group("says") or "").strip() or None
        nxt = lines[head.index + 1] if head.index + 1 < len(lines) else None
        date = nxt if nxt is not None and nxt.kind == "date" and nxt.start < end else None
        out.append(
            SegmentSpan(
                "comment", head.start, end, author=author,
                date_text=date.text if date else None, date_start=date.start if date else None, parent=parent,
            )
        )
    return out
