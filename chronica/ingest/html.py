"""HTML documents: every visible block kept in page order, each marked with what the page says it is.

Nothing is deleted: navigation, comments, captions, newsletters and footers stay in the cleaned
text with a hint, and trafilatura's boilerplate remover decides which blocks are the main content.
"""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.html
from lxml import etree

from chronica.errors import IngestError
from chronica.ingest.blocks import TextBuilder
from chronica.ingest.decode import clean_text, decode
from chronica.records import Evidence, ParsedDocument

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select", "button"}
_BLOCK = {
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "li", "ul", "ol", "dl", "dt",
    "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td",
    "th", "address", "form", "fieldset", "body", "html", "hr", "time_block",
}
# Class/id words that say what a page region is (common web conventions).
_ROLE_WORDS = (
    ("comment", re.compile(r"comment|reply|respon[sd]|discussion|disqus", re.I)),
    ("newsletter", re.compile(r"newsletter|subscri|signup|sign-up|mailing", re.I)),
    ("related", re.compile(r"related|more-from|morefrom|recommend|teaser|promo|trending|popular|read-next", re.I)),
    ("nav", re.compile(r"\bnav|menu|breadcrumb|share|social|pagination|toolbar|skip-link", re.I)),
    ("footer", re.compile(r"footer|copyright|colophon|legal", re.I)),
    ("caption", re.compile(r"caption|credit|wp-caption", re.I)),
    ("byline", re.compile(r"byline|author|contributor", re.I)),
)
_TAG_ROLE = {"nav": "nav", "footer": "footer", "aside": "aside", "figcaption": "caption", "address": "byline"}


def _role(el: Any) -> str | None:
    tag = el.tag if isinstance(el.tag, str) else ""
    by_class = _class_role(el)
    if by_class:
        return by_class
    if tag in _TAG_ROLE:
        return _TAG_ROLE[tag]
    if tag == "header" and not any(a.tag in ("article", "main") for a in el.iterancestors()):
        return "header"
    return None


def _class_role(el: Any) -> str | None:
    words = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"), el.get("itemprop"))))
    if el.get("rel") == "author":
        return "byline"
    if not words:
        return None
    for role, pattern in _ROLE_WORDS:
        if pattern.search(words):
            return role
    return None


class _Walker:
    def __init__(self) -> None:
        self.builder = TextBuilder()
        self.buffer: list[str] = []
        self.buffer_hint = ""

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer = []
        lines = [" ".join(line.split()) for line in text.split("\n")]
        for line in lines:
            if line:
                self.builder.add(line, self.buffer_hint)

    def walk(self, el: Any, roles: tuple[str, ...], block_tag: str) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP or el.get("hidden") is not None or "display:none" in (el.get("style") or "").replace(" ", ""):
            if el.tail:
                self.buffer.append(el.tail)
            return
        role = _role(el)
        if role:
            roles = roles + (role,)
        is_block = tag in _BLOCK
        if is_block:
            self.flush()
            block_tag = tag if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "li", "p", "td", "th", "pre", "blockquote",
                                       "figcaption", "dt", "dd") else block_tag
            self.buffer_hint = " ".join(dict.fromkeys((block_tag,) + roles))
        if tag == "br":
            self.buffer.append("\n")
        elif tag == "img" and el.get("alt") and not is_block:
            pass  # alt text is not visible text
        if el.text:
            self.buffer.append(el.text)
        for child in el:
            self.walk(child, roles, block_tag)
            if is_block:
                self.buffer_hint = " ".join(dict.fromkeys((block_tag,) + roles))
        if is_block:
            self.flush()
        if el.tail:
            self.buffer.append(el.tail)


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def _main_lines(html: str) -> set[str]:
    import trafilatura

    main = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
    return {_norm(line) for line in main.split("\n") if line.strip()}


def _meta(tree: Any, *names: str) -> tuple[str, str] | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip(), f"html:meta[{attr}={name}]"
    return None


def _json_ld(tree: Any, key: str) -> str | None:
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get(key), str):
                return str(item[key])
            if isinstance(item, dict) and key == "author":
                author = item.get("author")
                if isinstance(author, dict) and isinstance(author.get("name"), str):
                    return str(author["name"])
    return None


def _locate(text: str, value: str) -> tuple[int | None, int | None]:
    pos = text.find(value)
    return (pos, pos + len(value)) if pos >= 0 and value else (None, None)


def read_html(data: bytes, source: str) -> ParsedDocument:
    raw, encoding = decode(data, source)
    html = clean_text(raw)
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as err:
        raise IngestError(source, f"cannot parse HTML ({err})") from err
    walker = _Walker()
    body = tree.find("body")
    walker.walk(body if body is not None else tree, (), "p")
    walker.flush()
    text = walker.builder.text()
    if not text.strip():
        raise IngestError(source, "no visible text in HTML page")
    main = _main_lines(html)
    blocks = []
    for block in walker.builder.blocks:
        hint = block.hint
        if _norm(text[block.start : block.end]) in main:
            hint = (hint + " main").strip()
        blocks.append(type(block)(block.start, block.end, hint))
    parsed = ParsedDocument(text=text, format="html", blocks=blocks, encoding=encoding)
    parsed.language = (tree.get("lang") or "").split("-")[0] or None

    found = _meta(tree, "og:title", "twitter:title", "dc.title")
    h1 = tree.xpath("//h1")
    if h1:
        value = " ".join(h1[0].text_content().split())
        start, end = _locate(text, value)
        parsed.title = Evidence("html:first h1", value, start, end)
    elif found:
        parsed.title = Evidence(found[1], found[0])
    else:
        titles = tree.xpath("//title/text()")
        if titles and titles[0].strip():
            parsed.title = Evidence("html:title", " ".join(titles[0].split()))

    author = _meta(tree, "author", "article:author", "dc.creator")
    if author:
        parsed.author = Evidence(author[1], author[0])
    elif (ld_author := _json_ld(tree, "author")) is not None:
        parsed.author = Evidence("html:json-ld author", ld_author)

    published = _meta(tree, "article:published_time", "datePublished", "dc.date", "date", "pubdate")
    if published:
        parsed.published = Evidence(published[1], published[0])
    elif (ld_date := _json_ld(tree, "datePublished")) is not None:
        parsed.published = Evidence("html:json-ld datePublished", ld_date)
    else:
        times = tree.xpath("//time[@datetime]")
        if times:
            value = " ".join(times[0].text_content().split())
            start, end = _locate(text, value)
            parsed.published = Evidence("html:first time[datetime]", times[0].get("datetime"), start, end, value)
        else:
            try:
                import htmldate

                found_date = htmldate.find_date(html, extensive_search=False, original_date=True)
            except Exception:  # htmldate raises assorted errors on odd pages; a date is optional
                found_date = None
            if found_date:
                parsed.published = Evidence("htmldate", found_date)
    return parsed
