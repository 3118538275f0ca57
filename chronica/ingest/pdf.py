"""PDF documents through pdfium: page text, hard-wrapped lines joined back into paragraphs."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from chronica.errors import IngestError
from chronica.ingest.blocks import TextBuilder
from chronica.ingest.decode import clean_text
from chronica.records import Evidence, ParsedDocument

_END = re.compile(r"[.!?:;\"'\u201d)\]]$")


def _paragraphs(page_text: str) -> list[str]:
    """Join wrapped lines: a line that fills most of the measure continues into the next one."""
    lines = [ln.rstrip() for ln in clean_text(page_text).split("\n")]
    width = max((len(ln) for ln in lines), default=0)
    paras: list[str] = []
    current: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                paras.append(" ".join(current))
                current = []
            continue
        if current and current[-1].endswith("-") and stripped[:1].islower():
            current[-1] = current[-1][:-1] + stripped
        else:
            current.append(stripped)
        if len(line) < 0.7 * width or _END.search(stripped) and len(line) < 0.85 * width:
            paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    return paras


def read_pdf(data: bytes, source: str) -> ParsedDocument:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        message = str(err)
        if "password" in message.lower():
            raise IngestError(source, "encrypted PDF (a password is needed)") from err
        raise IngestError(source, f"corrupt or unsupported PDF ({message})") from err
    try:
        builder = TextBuilder()
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            for para in _paragraphs(textpage.get_text_range()):
                builder.add(para, f"page{index + 1}")
            textpage.close()
            page.close()
        meta = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError as err:
        raise IngestError(source, f"corrupt PDF ({err})") from err
    finally:
        pdf.close()
    text = builder.text()
    if not text.strip():
        raise IngestError(source, "no extractable text (a scanned PDF? OCR is not supported)")
    parsed = ParsedDocument(text=text, format="pdf", blocks=builder.blocks)
    if meta.get("Title"):
        parsed.title = Evidence("pdf:metadata Title", meta["Title"].strip())
    if meta.get("Author"):
        parsed.author = Evidence("pdf:metadata Author", meta["Author"].strip())
    created = meta.get("CreationDate", "")
    m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", created)
    if m:
        parts = [p for p in m.groups() if p]
        parsed.published = Evidence("pdf:metadata CreationDate", "-".join(parts), note=created)
    return parsed
