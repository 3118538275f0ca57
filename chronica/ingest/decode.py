"""Bytes to clean text: byte-order marks, UTF-8, Windows-1252 and Latin-1, binary detection."""

from __future__ import annotations

import codecs
import re

from chronica.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 and C1 controls other than tab, newline and carriage return / form feed.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\x0c\x85\u2028\u2029]")


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode a text file's bytes; return ``(text, encoding)`` or raise :class:`IngestError`."""
    if not data.strip():
        raise IngestError(source, "empty file")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as err:
                raise IngestError(source, f"invalid {name} text after its byte-order mark: {err.reason}") from err
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise IngestError(source, "binary content (NUL bytes), not a text document")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
    sample = text[:65536]
    if len(_CONTROLS.findall(sample)) > max(8, len(sample) // 100):
        raise IngestError(source, "binary content (control characters), not a text document")
    return text, encoding


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: every other byte of ASCII text is NUL."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def clean_text(text: str) -> str:
    """The canonical cleaned text: one newline convention, no control characters, no BOM."""
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    return text.replace("\ufeff", "")
