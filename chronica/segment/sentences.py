"""Sentences with exact offsets, never crossing a paragraph, heading or list item (a hard-wrapped
paragraph's lines are read as one)."""

from __future__ import annotations

import re
from collections.abc import Collection

import blingfire

from chronica.records import Block

_MAX_BLOCK = 200_000  # blingfire works on bounded chunks; longer blocks are cut at whitespace


def split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        stop = min(end, pos + _MAX_BLOCK)
        if stop < end:
            cut = text.rfind(" ", pos, stop)
            stop = cut if cut > pos else stop
        chunk = text[pos:stop]
        _, offsets = blingfire.text_to_sentences_and_offsets(chunk)
        for a, b in offsets or [(0, len(chunk))]:
            a2, b2 = pos + a, pos + b
            while a2 < b2 and text[a2].isspace():
                a2 += 1
            while b2 > a2 and text[b2 - 1].isspace():
                b2 -= 1
            if b2 > a2:
                out.append((a2, b2))
        pos = stop
    return out


def split_sentences(text: str, blocks: list[Block], breaks: Collection[int] = ()) -> list[tuple[int, int]]:
    """Sentence spans over every block, in order; the lines of a hard-wrapped paragraph are read as one.

    ``breaks`` are offsets where a new paragraph begins whatever the wrapping (segment starts)."""
    spans: list[tuple[int, int]] = []
    for start, end in wrapped_paragraphs(text, blocks, breaks):
        spans.extend(split_block(text, start, end))
    return spans


_WRAP_WIDTH = 120  # a text whose longest lines are no longer than this may be hard-wrapped
_WRAP_FILL = 0.6  # a wrapped line fills at least this share of the text's width
_NEW_ITEM = re.compile(r"[-*\u2022\u25aa\u25cf\u2013\u2014>|#]|\(?\d{1,4}[.)/:-]|[A-Z][A-Z ]{3,}$")


_MIN_RUNONS = 2  # lines that run on into a lower-case next line: the sign of a hard-wrapped text


def _lowercase_runons(text: str, blocks: list[Block]) -> int:
    n = 0
    for prev, block in zip(blocks, blocks[1:], strict=False):
        if text[block.start:block.start + 1].islower() and text[prev.end - 1:prev.end].isalnum() \
                and text.count("\n", prev.end, block.start) == 1:
            n += 1
            if n >= _MIN_RUNONS:
                break
    return n


def wrapped_paragraphs(text: str, blocks: list[Block], breaks: Collection[int] = ()) -> list[tuple[int, int]]:
    """The spans sentences are split in: each block, with the lines of a hard-wrapped paragraph joined
    ("... fighting inside Somalia on the" + "side of the government.").

    A text is read as hard-wrapped when its lines are no longer than ``_WRAP_WIDTH``; a line then runs
    on into the next one when it fills most of that width, the next line follows right below it and
    opens no list item, numbered entry or heading, and the line does not end a sentence unless the
    next one begins in lower case."""
    if not blocks:
        return []
    width = max(b.end - b.start for b in blocks)
    if width > _WRAP_WIDTH or _lowercase_runons(text, blocks) < _MIN_RUNONS:
        return [(b.start, b.end) for b in blocks]
    out: list[tuple[int, int]] = []
    start, end = blocks[0].start, blocks[0].end
    prev = blocks[0]
    for block in blocks[1:]:
        line = text[prev.start:prev.end]
        nxt = text[block.start:block.end]
        joined = (
            text.count("\n", prev.end, block.start) == 1
            and block.hint == prev.hint
            and block.start not in breaks
            and prev.end - prev.start >= _WRAP_FILL * width
            and not _NEW_ITEM.match(nxt)
            and " | " not in line
            and (nxt[:1].islower() or (line[-1:] not in ".!?:;\"\u201d)]" and not _NEW_ITEM.match(line)))
        )
        if joined:
            end = block.end
        else:
            out.append((start, end))
            start, end = block.start, block.end
        prev = block
    out.append((start, end))
    return out
