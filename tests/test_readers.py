"""Format readers: HTML, Markdown, PDF, Word."""

from __future__ import annotations

import io

import pytest

from chronica.errors import IngestError
from chronica.ingest.docx import read_docx
from chronica.ingest.html import read_html
from chronica.ingest.markdown import read_markdown
from chronica.ingest.pdf import read_pdf
from chronica.segment import segment_page

BODY = " ".join(["The coastal authority reported that the storm closed three ports and damaged the harbour wall."] * 4)

PAGE = f"""<!doctype html><html lang="en"><head><title>Storm report | Coast Daily</title>
<meta property="article:published_time" content="2023-03-04T10:00:00Z">
<meta name="author" content="Ines Varga"><script>var x = "<p>not text</p>";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Storm closes three ports on the northern coast</h1>
<p class="byline">By Ines Varga</p>
<figure><figcaption>Waves over the harbour wall. Photo: Coast Daily</figcaption></figure>
<p>{BODY}</p><p>{BODY}</p><p>Officials said repairs would take weeks &amp; cost millions.</p></article>
<section class="comments"><h2>Comments</h2>
<div class="comment"><p class="comment-author">Ravi</p><p>When will the ferry run again?</p></div></section>
<aside class="related"><h2>More from Coast Daily</h2><h3>Library opens a new reading room</h3>
<p>The city library opened a reading room for students on Monday.</p></aside>
<div class="newsletter"><p>Sign up for our weekly newsletter.</p></div>
<footer><p>© 2023 Coast Daily. All rights reserved.</p></footer></body></html>"""


def test_html_keeps_every_block_with_its_role() -> None:
    doc = read_html(PAGE.encode(), "page.html")
    assert "not text" not in doc.text
    assert "repairs would take weeks & cost millions" in doc.text
    hints = {doc.text[b.start : b.end]: b.hint for b in doc.blocks}
    assert "nav" in hints["Home"]
    assert "comment" in hints["When will the ferry run again?"]
    assert "footer" in hints["© 2023 Coast Daily. All rights reserved."]
    assert "main" in hints[BODY]
    assert doc.title is not None and doc.title.value == "Storm closes three ports on the northern coast"
    assert doc.published is not None and doc.published.value.startswith("2023-03-04")
    assert doc.author is not None and doc.author.value == "Ines Varga"
    for b in doc.blocks:
        assert doc.text[b.start : b.end].strip() == doc.text[b.start : b.end]


def test_html_page_segments() -> None:
    doc = read_html(PAGE.encode(), "page.html")
    kinds = [s.kind for s in segment_page(doc.text, doc.blocks, "html") if s.parent is None]
    assert "article" in kinds and "comments" in kinds and "unrelated" in kinds
    assert kinds.index("article") < kinds.index("comments") < kinds.index("unrelated")


def test_markdown_blocks_and_title() -> None:
    md = "# The Northern Ports\n\nSome *emphasis* and a [link](http://x).\n\n## History\n\n- one item\n- two item\n"
    doc = read_markdown(md.encode(), "a.md")
    assert doc.text.startswith("The Northern Ports\n\nSome emphasis and a link.")
    assert doc.title is not None and doc.title.value == "The Northern Ports"
    assert [b.hint for b in doc.blocks][:3] == ["h1", "p", "h2"]


def _pdf_bytes(paragraphs: list[str], **encryption: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for para in paragraphs:
        pdf.multi_cell(0, 6, para)
        pdf.ln(4)
    if encryption:
        pdf.set_encryption(**encryption)
    return bytes(pdf.output())


def test_pdf_paragraphs_are_rejoined() -> None:
    long = " ".join(["The delegation met the harbour master to discuss the storm damage."] * 5)
    doc = read_pdf(_pdf_bytes(["Briefing note", long]), "b.pdf")
    assert "Briefing note" in doc.text
    assert long in doc.text  # the wrapped lines were joined back into one paragraph


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4\n%garbage that is not a pdf", "corrupt"),
        (b"%PDF-1.7\n" + b"\x00" * 100, "corrupt"),
    ],
)
def test_corrupt_pdf(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        read_pdf(data, "bad.pdf")


def test_encrypted_pdf() -> None:
    data = _pdf_bytes(["secret text"], owner_password="o", user_password="u")
    with pytest.raises(IngestError, match="encrypted PDF"):
        read_pdf(data, "locked.pdf")


def test_pdf_without_text() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    with pytest.raises(IngestError, match="no extractable text"):
        read_pdf(bytes(pdf.output()), "scan.pdf")


def test_docx_headings() -> None:
    import docx

    document = docx.Document()
    document.add_heading("Port Report", level=1)
    document.add_paragraph("The ports reopened after the storm.")
    buf = io.BytesIO()
    document.save(buf)
    doc = read_docx(buf.getvalue(), "r.docx")
    assert doc.text == "Port Report\n\nThe ports reopened after the storm."
    assert doc.blocks[0].hint == "h1"


def test_corrupt_docx() -> None:
    with pytest.raises(IngestError, match="corrupt"):
        read_docx(b"PK\x03\x04 not really a zip", "bad.docx")
