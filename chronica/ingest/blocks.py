"""Helpers shared by the format readers to build cleaned text out of blocks."""

from __future__ import annotations

from chronica.records import Block


def line_blocks(text: str, hint: str = "") -> list[Block]:
    """One block per non-blank line, trimmed of surrounding spaces."""
    blocks: list[Block] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        a, b = pos, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            blocks.append(Block(a, b, hint))
        pos = end + 1
    return blocks


class TextBuilder:
    """Appends blocks of text separated by blank lines, remembering each block's span and hint."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.length = 0

    def add(self, text: str, hint: str = "", *, sep: str = "\n\n") -> None:
        text = " ".join(text.split()) if "\n" not in text.strip() else text.strip()
        if not text:
            return
        if self.parts:
            self.parts.append(sep)
            self.length += len(sep)
        self.parts.append(text)
        for block in line_blocks(text, hint):
            self.blocks.append(Block(self.length + block.start, self.length + block.end, hint))
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)
