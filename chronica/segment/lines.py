"""What each block of a page looks like: heading, date line, comment header, caption, cue, prose."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronica.records import Block
from chronica.segment import cues

_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*", re.U)
_SMALL = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
    "into", "over", "than", "via", "vs", "per", "de", "al", "el", "la", "le", "du", "des", "von", "van", "bin",
    "ibn", "is", "are", "be", "it", "its", "up", "off", "out", "so", "if", "that", "this",
}
_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[\u2022\u25aa\u25e6*\u2013-])\s+\S")
_TERMINAL = re.compile(r"[.;,!]['\"\u2019\u201d)\]]*$")


@dataclass(slots=True)
class Line:
    """One block with the features the segmenter reasons about."""

    index: int
    start: int
    end: int
    text: str
    hint: set[str]
    words: int
    blank_before: int
    kind: str = "prose"  # prose | heading | date | entry | comment_head | comments_start | chrome | caption
    #                     | byline | bio | newsletter | footer | nav | biblio_head | source | list

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading"


def title_case_ratio(text: str) -> float:
    """Share of content words that start with a capital letter."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL and len(w) > 1]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def heading_shaped(text: str, words: int) -> bool:
    """Short, no sentence-final punctuation, starts with a capital, a digit or an opening quote."""
    if not 1 <= words <= 16 or len(text) > 140:
        return False
    if _TERMINAL.search(text) and not text.endswith(("?", "!")):
        return False
    first = text.lstrip("\"'\u201c\u2018([")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def classify(text: str, blocks: list[Block]) -> list[Line]:
    lines: list[Line] = []
    prev_end = 0
    for i, block in enumerate(blocks):
        s = text[block.start : block.end]
        gap = text.count("\n", prev_end, block.start)
        prev_end = block.end
        words = len(s.split())
        hint = set(block.hint.split()) if block.hint else set()
        line = Line(i, block.start, block.end, s, hint, words, max(0, gap - 1))
        line.kind = _kind(s, words, hint)
        lines.append(line)
    _mark_repeats(lines)
    return lines


def _kind(s: str, words: int, hint: set[str]) -> str:
    low = s.lower()
    if "comment" in hint and "main" not in hint:
        if cues.COMMENT_CHROME.match(s):
            return "chrome"
        if cues.DATE_LINE.match(s):
            return "date"
    if words <= 8 and cues.COMMENTS_START.match(s):
        return "comments_start"
    if words <= 14 and cues.COMMENT_HEAD.match(s) and (s.lower().startswith("by:") or low.rstrip(":").endswith(
            ("says", "said", "wrote", "commented", "replied"))):
        return "comment_head"
    if words <= 10 and cues.DATE_LINE.match(s):
        return "date"
    if words <= 6 and cues.COMMENT_CHROME.match(s):
        return "chrome"
    if words <= 8 and cues.BIBLIOGRAPHY.match(s):
        return "biblio_head"
    if words <= 8 and cues.FOOTER.match(s):
        return "footer"
    if words <= 30 and cues.NEWSLETTER.search(s) and ("newsletter" in hint or words <= 20):
        return "newsletter"
    if words <= 10 and (cues.NAVIGATION.match(s) or cues.NAVIGATION_PREFIX.match(s)):
        return "nav"
    if "caption" in hint or cues.CAPTION.match(s) or cues.CAPTION_PREFIX.match(s) and words <= 14 or (words <= 8 and cues.CAPTION_SUFFIX.search(s)
                                                       and not s.endswith(".")):
        return "caption"
    if "byline" in hint and words <= 20 or words <= 12 and cues.BYLINE.match(s):
        return "byline"
    if words <= 60 and cues.AUTHOR_BIO.match(s):
        return "bio"
    if _LIST_ITEM.match(s):
        return "list"
    if cues.ENTRY_START.match(s):
        return "entry"
    if hint & {"h1", "h2", "h3", "h4", "h5", "h6"}:
        return "heading"
    if "li" in hint:
        return "list"
    if heading_shaped(s, words) and not hint & {"li", "td", "th", "dd", "dt", "caption", "code", "pre"}:
        if s.rstrip().endswith(",") or cues.SOURCE_LINE.match(s):
            return "source"
        return "heading"
    return "prose"


def _mark_repeats(lines: list[Line]) -> None:
    """A line repeated right away (or doubled inside itself) is an image caption the page printed twice."""
    for a, b in zip(lines, lines[1:], strict=False):
        if a.text == b.text and a.words <= 40 and a.kind in ("prose", "heading", "caption"):
            a.kind = b.kind = "caption"
    for a, b in zip(lines, lines[1:], strict=False):
        if b.kind == "bio" and a.kind in ("heading", "prose") and b.text.startswith(a.text) and a.words <= 5:
            a.kind = "byline"
    for line in lines:
        t = line.text
        half = len(t) // 2
        if len(t) >= 20 and len(t) % 2 == 0 and t[:half] == t[half:]:
            line.kind = "caption"
