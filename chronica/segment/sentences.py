"""Sentences with exact offsets, never crossing a paragraph, heading or list item (a hard-wrapped
paragraph's lines are read as one)."""

from __future__ import annotations

import ctypes
import re
from collections.abc import Collection

import blingfire

from chronica.records import Block

_MAX_BLOCK = 200_000  # blingfire works on bounded chunks; longer blocks are cut at whitespace
_LIB = getattr(blingfire, "blingfire", None)  # the library behind blingfire's Python wrapper


def _sentence_offsets(chunk: str) -> list[tuple[int, int]]:
    """blingfire's sentence spans of ``chunk``, as its ``text_to_sentences_and_offsets`` gives them,
    without that wrapper's byte-by-byte loop in Python.

    The library gives UTF-8 byte offsets: for ASCII text they are the character offsets; otherwise
    the decoded pieces between them give the character offsets. Offsets not plainly in order at
    character starts go to the wrapper, to get whatever it makes of them."""
    if _LIB is None:
        return _wrapper(chunk)
    data = chunk.encode("utf-8")
    size = len(data) * 2  # what the wrapper allows for the output, told to the library as it does
    # buffers of a power-of-two length: a ctypes array type made for every other length costs more
    # than the splitting; the library writes no further than it is told
    room = 1 << (size - 1).bit_length()
    out = (ctypes.c_char * room)()
    starts = (ctypes.c_int32 * room)()
    ends = (ctypes.c_int32 * room)()
    n_out = _LIB.TextToSentencesWithOffsets(
        ctypes.c_char_p(data), ctypes.c_int(len(data)), ctypes.byref(out), ctypes.byref(starts),
        ctypes.byref(ends), ctypes.c_int(size),
    )
    if n_out == -1 or n_out > size:
        return []
    count = out.value.count(b"\n") + 1
    if count > size:
        return _wrapper(chunk)
    # each sentence's first byte and the byte after its last one, in order
    bounds = [x for a, b in zip(starts[:count], ends[:count], strict=True) for x in (a, b + 1)]
    ascii_text = len(data) == len(chunk)
    if not _plain(bounds, data, ascii_text):
        return _wrapper(chunk)
    if ascii_text:
        chars = [min(x, len(data)) for x in bounds]
    else:
        chars, pos, at = [], 0, 0
        for x in bounds:
            x = min(x, len(data))
            pos += len(data[at:x].decode("utf-8"))
            chars.append(pos)
            at = x
    return list(zip(chars[::2], chars[1::2], strict=True))


def _plain(bounds: list[int], data: bytes, ascii_text: bool) -> bool:
    """Offsets in order, each at the start of a character (the last may be the end of the text)."""
    prev = 0
    for k, x in enumerate(bounds):
        if x >= len(data) and k == len(bounds) - 1:
            return x >= prev
        if x < prev or x >= len(data) or (not ascii_text and data[x] & 0xC0 == 0x80):
            return False
        prev = x
    return True


def _wrapper(chunk: str) -> list[tuple[int, int]]:
    return blingfire.text_to_sentences_and_offsets(chunk)[1]  # type: ignore[no-any-return]


def split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        stop = min(end, pos + _MAX_BLOCK)
        if stop < end:
            cut = text.rfind(" ", pos, stop)
            stop = cut if cut > pos else stop
        chunk = text[pos:stop]
        offsets = _sentence_offsets(chunk)
        for a, b in offsets or [(0, len(chunk))]:
            a2, b2 = pos + a, pos + b
            while a2 < b2 and text[a2].isspace():
                a2 += 1
            while b2 > a2 and text[b2 - 1].isspace():
                b2 -= 1
            if b2 > a2:
                # (a lone title is three to five characters long)
                if out and out[-1][1] - out[-1][0] <= 5 and _LONE_TITLE.fullmatch(text, out[-1][0], out[-1][1]):
                    a2 = out.pop()[0]  # "Gen." cut off from "Dostum left."
                out.extend(_title_splits(text, a2, b2))
        pos = stop
    return out


# A sentence that ends in a word and is followed by one opening with a title ("... in Syria and Iraq.
# Mr. Hollande called ..."): the splitter reads the title's full stop as the only break and runs the two
# together. English titles written with a full stop (Chicago Manual of Style, 10.17).
_TITLES = r"(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Brig|Prof|Sen|Rep|Gov|Rev|Fr)"
_LONE_TITLE = re.compile(rf"{_TITLES}\.")
_TITLE_START = re.compile(
    rf"(?<![A-Za-z])(?!{_TITLES}\.)([A-Za-z]*[a-z]{{2}}[.!?])[\s\u201d\"')]*\s(?={_TITLES}\.\s+[A-Z])"
)
_TITLE_NEXT = re.compile(rf"{_TITLES}\.\s+[A-Z]")  # what _TITLE_START looks ahead for: a cheap first test


def _title_splits(text: str, a: int, b: int) -> list[tuple[int, int]]:
    if not _TITLE_NEXT.search(text, a, b):  # (it holds the title's full stop)
        return [(a, b)]
    out: list[tuple[int, int]] = []
    for m in _TITLE_START.finditer(text, a, b):
        end = m.end()
        while end > a and text[end - 1].isspace():
            end -= 1
        out.append((a, end))
        a = m.end()
    out.append((a, b))
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
