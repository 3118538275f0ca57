"""Word (.docx) documents: paragraphs with their heading levels."""

from __future__ import annotations

import io
import zipfile

from chronica.errors import IngestError
from chronica.ingest.blocks import TextBuilder
from chronica.records import Evidence, ParsedDocument


def read_docx(data: bytes, source: str) -> ParsedDocument:
    import docx  # python-docx; imported here, as most piles hold no Word files

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise IngestError(source, f"corrupt or unsupported .docx ({err})") from err
    builder = TextBuilder()
    for para in document.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        hint = "p"
        if style.startswith("Heading"):
            level = style.split()[-1]
            hint = f"h{level}" if level.isdigit() else "h2"
        elif style == "Title":
            hint = "h1"
        elif "List" in style:
            hint = "li"
        builder.add(para.text, hint)
    text = builder.text()
    if not text.strip():
        raise IngestError(source, "no text in .docx document")
    parsed = ParsedDocument(text=text, format="docx", blocks=builder.blocks)
    core = document.core_properties
    if core.title:
        parsed.title = Evidence("docx:core title", core.title)
    if core.author:
        parsed.author = Evidence("docx:core author", core.author)
    if core.created:
        parsed.published = Evidence("docx:core created", core.created.date().isoformat())
    return parsed
