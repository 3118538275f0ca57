"""Typed records passed between pipeline stages.

Every annotation is a ``(start, end)`` span of character offsets into a document's cleaned
text, which is never edited after ingest: ``text[start:end]`` is the annotated string.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of top-level segments (they tile a document) and of parts inside them.
SEGMENT_KINDS = (
    "article",  # the main piece of a page
    "post",  # one of several posts on a blog page
    "unrelated",  # another article sharing the page (teasers, "more from", related stories)
    "comments",  # a reader-comment thread
    "comment",  # one reader comment (a part inside "comments")
    "header",  # page masthead, crawl date, site name before the first piece
    "caption",  # photo caption or photo credit
    "byline",  # author line, signature or author bio
    "heading",  # a sub-heading inside a piece
    "newsletter",  # subscribe / sign-up text
    "footer",  # about-this-site, copyright, closing boilerplate
    "navigation",  # menus, share buttons, "read more" links
    "bibliography",  # references, sources, notes
    "boilerplate",  # any other non-content text
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a piece of metadata came from: a method name and, if it is in the text, a span."""

    method: str
    value: str
    start: int | None = None
    end: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """A run of cleaned text (a line, paragraph, heading or list item) as a format reader saw it.

    ``hint`` is what the source markup says about the block (``h1``..``h6``, ``li``, ``comment``,
    ``nav``, ``footer``, ``caption``, ``main``, ``boilerplate`` or ``""`` for plain text).
    """

    start: int
    end: int
    hint: str = ""


@dataclass(frozen=True, slots=True)
class SegmentSpan:
    """A segment found by the segmenter, before it gets an id in the store."""

    kind: str
    start: int
    end: int
    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    author: str | None = None
    date_text: str | None = None
    date_start: int | None = None
    parent: int | None = None  # index of the enclosing segment in the same list
    relevance: float | None = None


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int
    segment: int  # index into the document's segment list (top-level segment)


@dataclass(slots=True)
class ParsedDocument:
    """What a format reader returns: cleaned text, its blocks and the metadata it could find."""

    text: str
    format: str
    blocks: list[Block]
    encoding: str | None = None
    title: Evidence | None = None
    author: Evidence | None = None
    published: Evidence | None = None
    language: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
