"""Real browser: the timeline page draws the demo's events, zooms by keyboard, filters through the URL,
and opens an event's detail with its sources (by click, by Enter in the table and by permalink)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlparse


def _ready(page: Any) -> None:
    page.wait_for_selector("#tl-list table")
    page.wait_for_function("() => Number(document.getElementById('tl-canvas').dataset.marks) > 0")


def test_chart_draws_and_zooms_by_keyboard(page: Any) -> None:
    page.goto("/")
    _ready(page)
    canvas = page.locator("#tl-canvas")
    assert canvas.get_attribute("aria-label")
    marks = int(canvas.get_attribute("data-marks"))
    rows = page.locator("#tl-list tbody tr").count()
    assert marks == rows > 20
    tick, view = canvas.get_attribute("data-tick"), canvas.get_attribute("data-view")
    canvas.focus()
    for _ in range(4):
        page.keyboard.press("+")
    assert canvas.get_attribute("data-view") != view
    assert int(canvas.get_attribute("data-tick")) < int(tick)  # finer ticks
    assert int(canvas.get_attribute("data-marks")) < marks
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("0")
    assert canvas.get_attribute("data-view") == view
    page.get_by_role("button", name="Zoom in").click()
    assert canvas.get_attribute("data-view") != view


def test_type_filter_narrows_and_goes_in_the_url(page: Any) -> None:
    page.goto("/")
    _ready(page)
    before = page.locator("#tl-list tbody tr").count()
    page.get_by_label("Type").select_option("attack")
    page.get_by_role("button", name="Show").click()
    page.wait_for_function(f"() => document.querySelectorAll('#tl-list tbody tr').length < {before}")
    types = page.locator("#tl-list tbody tr td:nth-child(2)").all_inner_texts()
    assert types and set(types) == {"attack"}
    assert parse_qs(urlparse(page.url).query)["type"] == ["attack"]
    page.reload()
    _ready(page)
    assert page.get_by_label("Type").input_value() == "attack"
    assert set(page.locator("#tl-list tbody tr td:nth-child(2)").all_inner_texts()) == {"attack"}


def test_detail_opens_with_sources_and_escape_returns_focus(page: Any) -> None:
    page.goto("/?contested=1")
    _ready(page)
    first = page.locator("#tl-list tbody tr button.linkish").first
    first.focus()
    page.keyboard.press("Enter")
    panel = page.locator("#tl-detail")
    panel.locator("h2").wait_for()
    assert "contested" in panel.inner_text()
    links = panel.get_by_role("link", name="Show in document")
    assert links.count() >= 2  # a contested event has several sources, each with its own figures
    for href in links.evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert re.fullmatch(r"/documents/[^?]+\?start=\d+&end=\d+", href), href
    assert panel.get_by_role("link", name="Edit this event").get_attribute("href").endswith("/edit")
    event_id = parse_qs(urlparse(page.url).query)["event"][0]
    page.keyboard.press("Escape")
    assert panel.is_hidden()
    assert first.evaluate("el => el === document.activeElement")
    # the permalink opens it directly
    page.goto(f"/?event={event_id}")
    panel.locator("h2").wait_for()
    assert panel.is_visible()


def test_click_on_a_mark_opens_it(page: Any) -> None:
    page.goto("/?type=attack")
    _ready(page)
    box = page.evaluate("""() => {
        const c = document.getElementById('tl-canvas');
        const r = c.getBoundingClientRect();
        return {x: r.left, y: r.top};
    }""")
    # the page keeps the drawn marks' boxes; click the middle of the first one
    mark = page.evaluate("() => window.__chronicaTimeline && window.__chronicaTimeline.marks[0]")
    assert mark, "the page exposes its drawn marks for tests"
    page.mouse.click(box["x"] + (mark["x0"] + mark["x1"]) / 2, box["y"] + (mark["y0"] + mark["y1"]) / 2)
    page.locator("#tl-detail h2").wait_for()
    assert mark["id"] in page.url


def test_a_source_opens_in_the_reader_with_its_passage_marked(page: Any) -> None:
    """Across areas: timeline detail -> "Show in document" -> the reader with the quoted passage marked."""
    page.goto("/?contested=1")
    _ready(page)
    page.locator("#tl-list tbody tr button.linkish").first.click()
    panel = page.locator("#tl-detail")
    panel.locator("h2").wait_for()
    quote = panel.locator("ol.sources blockquote").first.inner_text()
    panel.get_by_role("link", name="Show in document").first.click()
    page.wait_for_url("**/documents/**")
    mark = page.locator("mark#passage")
    mark.wait_for()
    assert " ".join(mark.inner_text().split()) == " ".join(quote.split())
    assert mark.evaluate("el => el.contains(document.activeElement) || el === document.activeElement")


def test_words_filter_searches_the_passages(page: Any) -> None:
    page.goto("/")
    _ready(page)
    page.get_by_label("Words").fill("Westgate")
    page.get_by_label("Words").press("Enter")
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'Westgate'")
    rows = page.locator("#tl-list tbody tr")
    rows.first.wait_for()
    assert 0 < rows.count() < 20


def test_undated_events_are_listed_on_request(page: Any) -> None:
    page.goto("/")
    _ready(page)
    assert page.locator("#tl-list tbody tr button", has_text="undated").count() == 0
    page.get_by_label("list undated events too").check()
    page.get_by_role("button", name="Show").click()
    page.locator("#tl-list tbody tr button", has_text="undated").first.wait_for()
    assert parse_qs(urlparse(page.url).query)["undated"] == ["1"]
