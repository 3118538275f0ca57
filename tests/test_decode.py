"""Bytes to text: encodings, byte-order marks, binary junk."""

from __future__ import annotations

import pytest

from chronica.errors import IngestError
from chronica.ingest.decode import clean_text, decode

TEXT = "Café “quoted” — 9/26 entry.\nSecond line"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_text_encodings(data: bytes, encoding: str) -> None:
    text, found = decode(data, "f.txt")
    assert text.replace("\ufeff", "") == TEXT
    assert found == encoding


def test_latin1_bytes_outside_cp1252_fall_back() -> None:
    data = "caf\u00e9 ".encode("latin-1") + b"\x81 end"
    text, encoding = decode(data, "f.txt")
    assert encoding == "latin-1" and text.startswith("café")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (bytes(range(256)) * 40, "binary content"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 500, "binary content"),
    ],
)
def test_rejects_empty_and_binary(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as err:
        decode(data, "junk.txt")
    assert reason in str(err.value) and "junk.txt" in str(err.value)


def test_clean_text_normalises_newlines_and_controls() -> None:
    assert clean_text("a\r\nb\rc\x00d\x07e\ufeff") == "a\nb\ncde"
