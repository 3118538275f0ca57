"""Real browser: the layout's navigation works with the keyboard and every page loads without an
error or a request to another host (the `page` fixture checks both)."""

from __future__ import annotations

from typing import Any


def test_navigation_by_keyboard(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert skip.evaluate("el => el === document.activeElement")
    nav = page.get_by_role("navigation", name="Main")
    for label in ("Timeline", "Map", "Graph", "Profiles", "Documents", "Ask", "Corrections"):
        assert nav.get_by_role("link", name=label).is_visible()
    nav.get_by_role("link", name="Documents").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/documents")
    assert page.locator('nav a[aria-current="page"]').inner_text() == "Documents"
    assert page.get_by_role("searchbox", name="Search the documents").is_visible()
