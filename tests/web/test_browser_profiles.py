"""Real browser: find al-Shabaab in the profiles index, open its dossier, read the leadership
succession chart (bars, keyboard focus shows the end reason and sources) and the strength-estimates
plot with their tables, and follow the citations to the reader; a hostile name stays text."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script> al-Qaeda"


def test_index_search_opens_the_profile(page: Any) -> None:
    page.goto("/profiles")
    rows = page.locator(".profiles-table tbody tr")
    expect(rows.first).to_be_visible()
    page.get_by_label("Kind").select_option("person")
    expect(page.locator(".profiles-table tbody tr .badge").first).to_have_text("person")
    page.get_by_label("Kind").select_option("")
    page.get_by_role("searchbox", name="Name or alias").fill("shabab")
    expect(page).to_have_url(re.compile(r"q=shabab"))
    expect(page.locator("#profiles-count")).to_contain_text("1 of")
    link = page.locator(".profiles-table").get_by_role("link", name="al-Shabaab", exact=True)
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/profiles/org(%3A|:)al-shabaab$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("al-Shabaab")


def test_dossier_charts_and_citations(page: Any) -> None:
    page.goto("/profiles/al-Shabaab")
    chart = page.get_by_role("group", name=re.compile("^Leadership succession chart"))
    expect(chart).to_be_visible()
    tenures = chart.locator("g.tenure")
    assert tenures.count() >= 3
    assert chart.locator("rect.bar").count() >= 3
    godane = chart.locator('g.tenure[data-person="Ahmed Abdi Godane"]')
    assert "killed" in (godane.get_attribute("aria-label") or "")
    assert chart.locator("rect.open-end").count() >= 1  # Diriye: no end stated
    assert chart.locator("rect.uncertain").count() >= 1  # Godane: from about 2008
    godane.focus()
    detail = page.locator("#succession-detail")
    expect(detail).to_contain_text("ended: killed")
    href = detail.get_by_role("link").first.get_attribute("href")
    assert re.fullmatch(r"/documents/[0-9a-f]+\?start=\d+&end=\d+", href)
    page.keyboard.press("Tab")  # the next bar
    expect(detail).not_to_contain_text("Ahmed Abdi Godane")
    assert page.locator(".succession-table tbody tr").count() == tenures.count()

    plot = page.get_by_role("group", name=re.compile("^Strength estimates over time"))
    expect(plot).to_be_visible()
    marks = plot.locator("g.estimate")
    assert marks.count() == page.locator(".estimates-table tbody tr").count() == 3
    assert plot.locator("line.range").count() == 2  # 5,000-9,000 and 7,000-12,000; 2,000 is a point
    assert page.locator(".estimates-legend li").count() >= 3  # one colour per estimator
    marks.nth(1).focus()
    expect(page.locator("#estimates-detail")).to_contain_text("5,000\u20139,000 fighters")

    events = page.locator("#events a.event-link")
    assert events.count() >= 5
    assert events.first.get_attribute("href").startswith("/?event=")
    relations = page.locator("#relations")
    expect(relations.get_by_role("link", name="al-Qaeda")).to_have_attribute("href", "/profiles/org%3Aal-qaeda")
    # every citation is a link to the reader at its passage (the reader itself is the documents area's)
    cites = page.locator("a.cite")
    assert cites.count() >= 10
    for href in cites.evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert re.fullmatch(r"/documents/[0-9a-f]+\?start=\d+&end=\d+", href), href


def _workbench(live_server: Any) -> Any:
    """The live server's Workbench."""
    return live_server.workbench


def test_no_estimates_is_said_and_a_hostile_name_stays_text(page: Any, live_server: Any) -> None:
    from chronica.knowledge import corrections

    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    wb = _workbench(live_server)
    row = corrections.rename(live_server.store, "org:al-qaeda", HOSTILE, who="browser-test")
    wb.changed()
    try:
        page.goto("/profiles/org:al-qaeda")
        expect(page.get_by_role("heading", level=1)).to_have_text(HOSTILE)
        expect(page.locator("#no-estimates")).to_have_text("No strength estimates stated in the documents.")
        page.goto("/graph")
        node = page.locator('g.node[data-id="org:al-qaeda"]')
        expect(node).to_have_attribute("aria-label", re.compile(re.escape(HOSTILE)))
        node.locator(".shape").click()
        expect(page.locator("#panel-name")).to_have_text(HOSTILE)
        assert page.locator("#graph-root img, #graph-root script, #profile-root img").count() == 0
    finally:
        corrections.undo(live_server.store, row["id"])
        wb.changed()
    assert not dialogs
