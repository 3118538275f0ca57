"""Sentences with exact offsets, never crossing a block (line, paragraph, heading) boundary."""

from __future__ import annotations

import ctypes

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
                out.append((a2, b2))
        pos = stop
    return out


def split_sentences(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    """Sentence spans over every block, in order."""
    spans: list[tuple[int, int]] = []
    for block in blocks:
        spans.extend(split_block(text, block.start, block.end))
    return spans
