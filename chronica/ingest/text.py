"""Plain-text documents: the decoded text is the cleaned text; each non-blank line is a block."""

from __future__ import annotations

from chronica.ingest.blocks import line_blocks
from chronica.ingest.decode import clean_text, decode
from chronica.records import ParsedDocument


def read_text(data: bytes, source: str) -> ParsedDocument:
    raw, encoding = decode(data, source)
    text = clean_text(raw)
    return ParsedDocument(text=text, format="txt", blocks=line_blocks(text), encoding=encoding)
