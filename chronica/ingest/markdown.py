"""Markdown documents: rendered to plain blocks (headings, paragraphs, list items, code)."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from chronica.errors import IngestError
from chronica.ingest.blocks import TextBuilder
from chronica.ingest.decode import clean_text, decode
from chronica.records import Evidence, ParsedDocument

_md = MarkdownIt("commonmark").enable("table")


def _inline_text(token: Token) -> str:
    out: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            out.append(child.content)
    return "".join(out)


def read_markdown(data: bytes, source: str) -> ParsedDocument:
    raw, encoding = decode(data, source)
    try:
        tokens = _md.parse(clean_text(raw))
    except Exception as err:  # markdown-it is lenient; this guards against the unexpected
        raise IngestError(source, f"cannot parse Markdown: {err}") from err
    builder = TextBuilder()
    title: Evidence | None = None
    hint = "p"
    in_list = 0
    for token in tokens:
        if token.type == "heading_open":
            hint = token.tag
        elif token.type == "paragraph_open":
            hint = "li" if in_list else "p"
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            in_list += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            in_list -= 1
        elif token.type == "th_open" or token.type == "td_open":
            hint = "td"
        elif token.type == "inline":
            text = _inline_text(token)
            start = builder.length + (2 if builder.parts else 0)
            builder.add(text, hint)
            if title is None and hint == "h1" and text.strip():
                title = Evidence("markdown:first-h1", " ".join(text.split()), start, builder.length)
        elif token.type in ("fence", "code_block"):
            builder.add(token.content, "code")
        elif token.type == "html_block":
            builder.add(token.content, "html")
    text = builder.text()
    if not text.strip():
        raise IngestError(source, "no text in Markdown document")
    return ParsedDocument(text=text, format="md", blocks=builder.blocks, encoding=encoding, title=title)
