"""Real browser over the documents area: the list, a search from the header box, a hit opening the reader
at its passage (marked, scrolled to, focused), the reader's text equal to the document's text, annotation
kinds toggled by keyboard, crossing spans split, and a hostile document that stays text.

This module serves its own copy of the demo store with the two hostile documents added, so the shared
live server's store is left as it was."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import LiveServer
from tests.web.test_documents import HOSTILE_STRINGS, ingest_hostile

ALLOWED_TAGS = {"SECTION", "SPAN", "A", "MARK"}


@pytest.fixture(scope="module")
def live_server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from chronica.store import Store

    folder = tmp_path_factory.mktemp("docs-live")
    db = folder / "store.db"
    shutil.copyfile(demo_db, db)
    store = Store.open(str(db))
    ingest_hostile(store, folder / "hostile")
    from chronica.api import ingest

    (folder / "empty.txt").write_bytes(b"")
    list(ingest(store, [folder / "empty.txt"]))  # a failed document, listed with its error
    store.close()
    server = LiveServer(db)
    yield server
    server.close()


def _api(page: Any, path: str) -> Any:
    return json.loads(page.request.get(path).text())


def _open_reader(page: Any, path: str) -> None:
    page.goto(path)
    page.locator("#legend").wait_for(state="visible")


def test_list_search_from_header_and_open_a_hit(page: Any) -> None:
    page.goto("/documents")
    rows = page.locator("#document-table tbody tr")
    rows.first.wait_for()
    assert rows.count() >= 11
    failed = page.locator("#document-table tbody tr.failed")
    assert failed.count() == 1 and "empty file" in failed.inner_text() and "failed" in failed.inner_text()
    assert page.get_by_role("link", name="Westgate death toll settles at 67 as questions grow over siege").is_visible()
    box = page.get_by_role("searchbox", name="Search the documents")
    box.focus()
    page.keyboard.type("Westgate toll")
    page.keyboard.press("Enter")
    page.wait_for_url("**/documents?q=Westgate+toll")
    hits = page.locator("#search-hits li")
    hits.first.wait_for()
    assert box.input_value() == "Westgate toll"
    assert "match" in page.locator("#search-status").inner_text()
    marks = [m.lower() for m in hits.first.locator("mark").all_inner_texts()]
    assert "westgate" in marks and "toll" in marks
    link = hits.first.get_by_role("link")
    href = link.get_attribute("href")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/documents/*?start=*&end=*")
    mark = page.locator("mark#passage")
    mark.wait_for()
    assert page.evaluate("document.activeElement && document.activeElement.id") == "passage"
    assert mark.evaluate("m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    doc_id = href.split("/documents/")[1].split("?")[0]
    start, end = (int(x.split("=")[1]) for x in href.split("?")[1].split("&"))
    text = _api(page, f"/api/documents/{doc_id}")["text"]
    passage = page.evaluate("[...document.querySelectorAll('mark.passage')].map(m => m.textContent).join('')")
    assert passage == text[start:end]
    assert "westgate" in passage.lower()


def test_reader_text_equals_the_document_text(page: Any) -> None:
    docs = [d for d in _api(page, "/api/documents")["documents"] if d["status"] == "ok"]
    assert len(docs) >= 10
    for d in docs:
        _open_reader(page, f"/documents/{d['id']}?start=5&end=40")
        want = _api(page, f"/api/documents/{d['id']}")
        got = page.locator("#doc-text").evaluate("n => n.textContent")
        assert got == want["text"], d["name"]
        tags = set(page.locator("#doc-text").evaluate("n => [...n.querySelectorAll('*')].map(e => e.tagName)"))
        assert tags <= ALLOWED_TAGS, (d["name"], tags)
        assert page.locator("#doc-text .ann").count() >= len(want["annotations"])


def test_reader_marks_segments_and_links_annotations(page: Any) -> None:
    docs = {d["name"]: d for d in _api(page, "/api/documents")["documents"]}
    doc = docs["06_analysis_mogadishu_bombing.html"]
    _open_reader(page, f"/documents/{doc['id']}")
    unrelated = page.locator("section.seg-unrelated")
    assert unrelated.count() >= 2  # the unrelated piece and the reader comments
    label = unrelated.first.evaluate("s => getComputedStyle(s, '::before').content")
    assert "not about the subject" in label
    assert page.get_by_role("region", name="Unrelated piece: Marine insurers rethink cargo cover as battery shipments grow").count() == 1
    nav = page.get_by_role("navigation", name="Segments")
    assert nav.get_by_role("link").count() == 7
    event = page.locator("a.ev-link").first
    assert (event.get_attribute("href") or "").startswith("/?event=") and event.get_attribute("aria-label").startswith("Event: ")
    entity = page.locator("a.ann-entity").first
    assert (entity.get_attribute("href") or "").startswith("/profiles/")
    # no link inside a link, wherever spans nest
    assert page.locator("#doc-text a a").count() == 0
    event.click()
    page.wait_for_url("**/?event=*")


def test_toggle_annotation_kinds_by_keyboard(page: Any) -> None:
    docs = {d["name"]: d for d in _api(page, "/api/documents")["documents"]}
    _open_reader(page, f"/documents/{docs['04_wire_westgate_day2.txt']['id']}")
    legend = page.get_by_role("group", name="Highlight")
    events = legend.get_by_role("button", name="Events")
    entities = legend.get_by_role("button", name="Entities")
    for kind in ("Events", "Entities", "Dates", "Places"):
        assert legend.get_by_role("button", name=kind).get_attribute("aria-pressed") == "true"
    text = page.locator("#doc-text")
    assert page.locator("a.ev-link").first.is_visible()
    events.focus()
    page.keyboard.press("Space")
    assert events.get_attribute("aria-pressed") == "false"
    assert "hide-event" in (text.get_attribute("class") or "")
    assert not page.locator("a.ev-link").first.is_visible()
    page.keyboard.press("Tab")
    assert entities.evaluate("b => b === document.activeElement")
    page.keyboard.press("Enter")
    assert entities.get_attribute("aria-pressed") == "false"
    assert page.locator("a.ann-entity[href]").count() == 0  # out of the tab order too
    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    assert events.get_attribute("aria-pressed") == "true" and entities.get_attribute("aria-pressed") == "true"
    assert page.locator("a.ann-entity[href]").count() > 0 and page.locator("a.ev-link").first.is_visible()


def test_crossing_spans_are_split_and_keep_the_text(page: Any) -> None:
    docs = {d["name"]: d for d in _api(page, "/api/documents")["documents"]}
    _open_reader(page, f"/documents/{docs['01_timeline.txt']['id']}")
    result = page.evaluate("""async () => {
      const { renderText } = await import('/static/reader.js');
      const box = document.createElement('div');
      const text = 'abcdefghijklmnopqrstuvwxyz';
      const ann = (kind, start, end) => ({ type: kind, start, end,
        ann: { kind, start, end, label: kind, ref: kind + start, relevant: true } });
      renderText(box, text, [ann('event', 2, 12), ann('entity', 8, 18), ann('date', 10, 11), ann('place', 0, 26),
        ann('entity', 9, 14), { type: 'passage', start: 5, end: 20 }, ann('event', 30, 40), ann('date', 4, 4)]);
      return { text: box.textContent, marks: box.querySelectorAll('mark#passage').length,
               nested: box.querySelectorAll('a a').length, entities: box.querySelectorAll('.ann-entity').length,
               passage: [...box.querySelectorAll('mark.passage')].map(m => m.textContent).join('') };
    }""")
    assert result["text"] == "abcdefghijklmnopqrstuvwxyz"
    assert result["marks"] == 1 and result["nested"] == 0 and result["passage"] == "fghijklmnopqrst"
    assert result["entities"] >= 3  # the crossing entity is split where the event ends


def test_hostile_document_stays_text(page: Any) -> None:
    dialogs: list[str] = []

    def _dialog(d: Any) -> None:
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", _dialog)
    page.goto("/documents")
    page.locator("#document-table tbody tr").first.wait_for()
    hostile = [d for d in _api(page, "/api/documents")["documents"] if d["name"].startswith("hostile.")]
    assert len(hostile) == 2
    assert page.get_by_role("link", name="<script>alert(1)</script> Gunmen attack Mogadishu hotel").is_visible()
    page.goto("/documents?q=onerror+alert")
    page.locator("#search-hits li").first.wait_for()
    assert page.locator("#search-hits li").count() == 2
    quotes = " ".join(page.locator("#search-hits blockquote").all_inner_texts())
    assert "<img src=x onerror=alert(1)>" in quotes
    for d in hostile:
        _open_reader(page, f"/documents/{d['id']}")
        want = _api(page, f"/api/documents/{d['id']}")["text"]
        assert page.locator("#doc-text").evaluate("n => n.textContent") == want
        shown = page.locator("#doc-text").inner_text()
        for s in HOSTILE_STRINGS:
            assert s in shown
        tags = set(page.locator("#doc-text").evaluate("n => [...n.querySelectorAll('*')].map(e => e.tagName)"))
        assert tags <= ALLOWED_TAGS
        assert page.locator("main img, main svg, main iframe, main script").count() == 0
        assert page.locator("script").count() == 1  # the page's own module only
        hrefs = page.locator("#doc-text a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        assert all(h is None or h.startswith(("/?event=", "/profiles/")) for h in hrefs)
    page.wait_for_timeout(200)
    assert dialogs == []
