"""Which reader handles which file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from chronica.ingest.docx import read_docx
from chronica.ingest.html import read_html
from chronica.ingest.markdown import read_markdown
from chronica.ingest.pdf import read_pdf
from chronica.ingest.text import read_text
from chronica.records import ParsedDocument

Reader = Callable[[bytes, str], ParsedDocument]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}


def reader_for(path: Path, head: bytes = b"") -> Reader | None:
    """The reader for a path, by extension, or by sniffing the first bytes of a file without one."""
    reader = READERS.get(path.suffix.lower())
    if reader or path.suffix:
        return reader
    if head.startswith(b"%PDF"):
        return read_pdf
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return read_html
    return read_text
