"""Real browser, timeline: a hostile document's markup shows as text in the table and the detail panel
(no script runs, no element is made of it); the actor filter comes back from the URL; a member
passage's id is a permalink to its merged event, whose actors link to their profiles."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from chronica.store import Store

HOSTILE = ("Security report\n\nOn 3 March 2015, al-Shabaab fighters attacked a police station in Mogadishu "
           "<script>window.__pwned=1</script> and killed 4 officers <img src=x onerror=\"window.__pwned=2\">.\n")


@pytest.fixture(scope="module")
def hostile_url(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server of its own over a copy of the demo store with one hostile document ingested."""
    from chronica.api import ingest
    from chronica.web.server import make_server

    folder = tmp_path_factory.mktemp("tlhostile")
    db = folder / "store.db"
    shutil.copyfile(demo_db, db)
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    store = Store.open(str(db))
    assert [r.status for r in ingest(store, [folder / "hostile.txt"])] == ["stored"]
    server = make_server(store, "127.0.0.1", 0, who="browser-test")
    url = f"http://127.0.0.1:{server.effective_port}"
    threading.Thread(target=server.run, daemon=True).start()
    yield url
    server.close()
    store.close()


def test_hostile_text_is_shown_as_text(browser: Any, hostile_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 860}, base_url=hostile_url)
    pg = context.new_page()
    problems: list[str] = []
    foreign: list[str] = []

    def _route(route: Any) -> None:
        if route.request.url.startswith(hostile_url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    pg.route("**/*", _route)
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    try:
        pg.goto("/?from=2015-03-03&to=2015-03-03&type=attack")
        row = pg.locator("#tl-list tbody tr", has_text="police station")
        row.wait_for()
        assert "<script>window.__pwned=1</script>" in row.inner_text()
        row.locator("button.linkish").click()
        panel = pg.locator("#tl-detail")
        panel.locator("blockquote.quote").first.wait_for()
        quote = panel.locator("blockquote.quote").first.inner_text()
        assert '<img src=x onerror="window.__pwned=2">' in quote and "<script>" in quote
        assert pg.evaluate("() => window.__pwned") is None
        assert pg.locator("main script, main img").count() == 0
        href = panel.get_by_role("link", name="Show in document").first.get_attribute("href")
        assert href.startswith("/documents/") and "start=" in href and "end=" in href
    finally:
        pg.screenshot(path=str(Path(__file__).resolve().parents[2] / "build" / "screenshots"
                               / "test_hostile_text_is_shown_as_text.png"), full_page=True)
        context.close()
    assert not foreign and not problems, (foreign, problems)


def test_actor_filter_from_the_url_and_member_permalink(page: Any, live_server: Any) -> None:
    page.goto("/?actor=Godane")
    page.wait_for_selector("#tl-list table")
    assert page.get_by_label("Actor").input_value() == "Godane"
    rows = page.locator("#tl-list tbody tr")
    assert rows.count() >= 1
    # a merged event opened by one of its member passages' ids
    from chronica.knowledge.merged import merged_events

    merged = next(e for e in merged_events(live_server.store) if e.get("members"))
    page.goto(f"/?event={merged['members'][-1]}")
    panel = page.locator("#tl-detail")
    panel.locator("h2").wait_for()
    assert panel.get_by_role("link", name="Show in document").count() == len(merged["sources"])
    profile = panel.locator("a[href^='/profiles/']").first
    assert profile.get_attribute("href") == "/profiles/" + quote_name(profile.inner_text())
    assert parse_qs(urlparse(page.url).query)["event"]
    page.keyboard.press("Escape")
    assert panel.is_hidden()


def quote_name(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="-_.!~*'()")
