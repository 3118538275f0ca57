"""Real browser: the relationship graph draws nodes and edges, the time slider (keyboard and step
buttons) changes the edges shown, and selecting a node (click or Enter) opens the panel with the
passages behind each relation."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

GODANE = "person:ahmed-abdi-godane|leader_of|org:al-shabaab"
DIRIYE = "person:ahmad-umar|leader_of|org:al-shabaab"  # Ahmad Umar, also known as Ahmed Diriye
ALLEGIANCE = "org:al-shabaab|allegiance_to|org:al-qaeda"


HIDDEN = re.compile(r"(^|\s)hidden(\s|$)")


def _edge(page: Any, edge_id: str) -> Any:
    return page.locator(f'path.edge[data-id="{edge_id}"]')


def _visible_edges(page: Any) -> set[str]:
    return set(page.eval_on_selector_all("#graph-svg path.edge:not(.hidden)", "els => els.map(e => e.dataset.id)"))


def test_graph_draws_and_the_slider_moves_time(page: Any) -> None:
    page.goto("/graph")
    page.wait_for_selector("#graph-svg g.node")
    assert page.locator("#graph-svg g.node").count() >= 5
    assert page.locator("#graph-svg path.edge").count() >= 4
    assert page.get_by_role("group", name="Relationship network").count() == 1
    assert page.locator('g.node[aria-label^="al-Shabaab, group"]').count() == 1
    every = _visible_edges(page)
    assert {GODANE, DIRIYE, ALLEGIANCE} <= every
    assert page.locator("#edge-table tbody tr").count() == len(every)

    slider = page.get_by_role("slider", name="Date shown")
    slider.focus()
    page.keyboard.press("Home")  # the first month any relation is dated: January 2006
    expect(page.locator("#time-readout")).to_have_text("January 2006")
    expect(page.locator("#all-dates")).to_have_attribute("aria-pressed", "false")
    expect(_edge(page, GODANE)).to_have_class(HIDDEN)
    early = _visible_edges(page)
    assert ALLEGIANCE in early and GODANE not in early and DIRIYE not in early
    assert page.locator("#edge-table tbody tr").count() == len(early)

    page.keyboard.press("End")  # September 2014: Godane killed on the 1st, Diriye named on the 6th
    expect(_edge(page, DIRIYE)).not_to_have_class(HIDDEN)
    late = _visible_edges(page)
    assert {ALLEGIANCE, DIRIYE} <= late and late != early

    page.get_by_role("button", name="One year earlier").click()  # September 2013
    expect(page.locator("#time-readout")).to_have_text("September 2013")
    expect(_edge(page, DIRIYE)).to_have_class(HIDDEN)
    assert GODANE in _visible_edges(page)
    assert "at=2013-09" in page.url

    page.get_by_role("button", name="All dates").click()
    expect(page.locator("#time-readout")).to_have_text("all dates")
    expect(_edge(page, DIRIYE)).not_to_have_class(HIDDEN)
    assert _visible_edges(page) == every


def test_selecting_a_node_opens_its_sources(page: Any) -> None:
    page.goto("/graph?at=2010-06")
    page.wait_for_selector("#graph-svg g.node")
    expect(page.locator("#time-readout")).to_have_text("June 2010")
    page.locator('g.node[data-id="org:al-shabaab"] .shape').click()
    panel = page.get_by_role("complementary", name="Selected entity")
    panel.get_by_role("heading", name="al-Shabaab").wait_for()
    assert panel.get_by_role("link", name="Profile of al-Shabaab").get_attribute("href") == "/profiles/org%3Aal-shabaab"
    lines = panel.locator(".edge-line").all_inner_texts()
    assert any("Ahmed Abdi Godane leader of al-Shabaab" in t and "2008~ to 2014-09-01" in t for t in lines)
    assert not any("Ahmed Diriye" in t for t in lines)  # not yet leader in June 2010
    href = panel.locator("a.source-link").first.get_attribute("href")
    assert href.startswith("/documents/") and "?start=" in href and "&end=" in href
    assert panel.locator("blockquote.quote").first.inner_text().strip()

    # keyboard: Tab to another node and press Enter
    page.locator('g.node[data-id="org:al-qaeda"]').focus()
    page.keyboard.press("Enter")
    panel.get_by_role("heading", name="al-Qaeda").wait_for()
    assert "focus=org%3Aal-qaeda" in page.url or "focus=org:al-qaeda" in page.url

    # drag a node: it moves and its edges follow
    node = page.locator('g.node[data-id="org:al-qaeda"]')
    before = node.get_attribute("transform")
    box = page.locator('g.node[data-id="org:al-qaeda"] .shape').bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 60, box["y"] + 40, steps=5)
    page.mouse.up()
    assert node.get_attribute("transform") != before
    page.get_by_role("button", name="Zoom in").click()
    page.get_by_role("button", name="Fit").click()
