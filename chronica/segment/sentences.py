"""Sentences with exact offsets, never crossing a block (line, paragraph, heading) boundary."""

from __future__ import annotations

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


def split_sentences(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    """Sentence spans over every block, in order."""
    spans: list[tuple[int, int]] = []
    for block in blocks:
        spans.extend(split_block(text, block.start, block.end))
    return spans
