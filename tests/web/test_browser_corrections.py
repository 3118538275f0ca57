"""Real browser: edit an event's type on its edit form (keyboard), see the change in the corrections
log and undo it; a bad date is shown inline; reject a suggested merge and undo it; merge two entities
with the pickers and undo; a hostile document's text stays text. Every change is undone."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from chronica.events.query import EventFilter
from chronica.knowledge.merged import merged_events
from chronica.store import Store

ALL = EventFilter(include_unrelated=True, include_undated=True)


def _event(store: Store) -> dict[str, Any]:
    return next(e for e in merged_events(store, ALL) if e.get("members") and e["type"] == "attack")


def test_edit_type_then_undo_it_on_the_corrections_page(page: Any, live_server: Any) -> None:
    ev = _event(live_server.store)
    page.goto(f"/events/{ev['id']}/edit")
    page.locator("#edit-root[data-loaded]").wait_for(state="attached")
    assert page.get_by_label("Date (EDTF)").input_value() == ev["date"]
    assert page.get_by_label("Type", exact=True).input_value() == "attack"
    assert page.locator("#edit-sources blockquote").first.inner_text() == ev["sources"][0]["quote"]
    page.get_by_label("Type", exact=True).focus()
    page.get_by_label("Type", exact=True).select_option("clash")
    page.get_by_role("button", name="Save").focus()
    page.keyboard.press("Enter")
    status = page.locator("#edit-status")
    status.get_by_text("Recorded type: attack → clash").wait_for()
    page.locator("#edit-history li", has_text="type: attack → clash").first.wait_for()  # the history reloads after
    assert page.get_by_role("link", name="See it on the timeline").get_attribute("href") == f"/?event={ev['id']}"
    page.get_by_role("link", name="Undo it on the corrections page").click()
    page.wait_for_url("**/corrections")
    row = page.locator("table.log tbody tr").first
    row.get_by_text(f"type of event {ev['id']}").wait_for()
    assert "attack" in row.inner_text() and "clash" in row.inner_text() and "browser-test" in row.inner_text()
    row.get_by_role("button", name=f"Undo edit type of event {ev['id']}").click()
    page.locator("#corrections-status").get_by_text("Undone").wait_for()
    page.locator("table.log tbody tr.undone").first.wait_for()
    assert _event(live_server.store)["id"] == ev["id"]
    assert next(e for e in merged_events(live_server.store, ALL) if e["id"] == ev["id"])["type"] == "attack"


def test_a_bad_date_is_shown_inline(page: Any, live_server: Any) -> None:
    ev = _event(live_server.store)
    page.goto(f"/events/{ev['id']}/edit")
    page.locator("#edit-root[data-loaded]").wait_for(state="attached")
    page.get_by_label("Date (EDTF)").fill("the 31st of Smarch")
    page.get_by_role("button", name="Save").click()
    alert = page.locator("#edit-date-error")
    alert.get_by_text("is not an EDTF date").wait_for()
    assert alert.get_attribute("role") == "alert"
    assert page.get_by_label("Date (EDTF)").get_attribute("aria-invalid") == "true"
    page.problems.clear()  # the 400 answer is logged by the browser: expected here


def test_reject_a_suggestion_then_undo(page: Any) -> None:
    page.goto("/corrections")
    page.locator("#corrections-root[data-loaded]").wait_for(state="attached")
    card = page.locator('li.suggestion[data-a="state:kenya"][data-b="state:kenya~7ffef7"]')
    card.wait_for()
    assert "the same name" in card.inner_text()
    card.get_by_role("button", name="Reject: keep Kenya and Kenya apart").click()
    page.locator("#corrections-status").get_by_text("Kept Kenya and Kenya apart").wait_for()
    card.wait_for(state="detached")
    row = page.locator("table.log tbody tr").first
    row.get_by_text("reject merging Kenya, Kenya").wait_for()  # the log reloads beside the suggestions
    row.get_by_role("button", name="Undo reject Kenya, Kenya").click()
    page.locator("#corrections-status").get_by_text("Undone: reject").wait_for()
    card.wait_for()


def test_merge_with_the_pickers_then_undo(page: Any) -> None:
    page.goto("/corrections")
    page.locator("#corrections-root[data-loaded]").wait_for(state="attached")
    page.locator("#entity-list option").first.wait_for(state="attached")
    page.get_by_label("First entity").fill("AMISOM (org:amisom)")
    page.get_by_label("Second entity").fill("ATMIS (org:atmis)")
    page.get_by_label("Second entity").press("Enter")
    page.locator("#corrections-status").get_by_text("Merged AMISOM and ATMIS").wait_for()
    row = page.locator("table.log tbody tr").first
    row.get_by_text("merge AMISOM, ATMIS").wait_for()
    row.get_by_role("button", name="Undo merge AMISOM, ATMIS").click()
    page.locator("#corrections-status").get_by_text("Undone: merge").wait_for()
    page.get_by_label("Entity", exact=True).fill("Daniel (person:daniel)")
    assert page.get_by_label("Written name").locator("option").all_inner_texts() == ["Daniel", "Daniel M"]


HOSTILE = """Hostile Wire

MOGADISHU, 3 March 2015 - Al-Shabaab fighters attacked a police station in Mogadishu <script>window.pwned=1</script>
<img src=x onerror="window.pwned=2"> killing four officers, police said.
"""


def test_hostile_document_text_stays_text(browser: Any, tmp_path: Path) -> None:
    from chronica.api import ingest
    from chronica.knowledge.build import update
    from chronica.web.server import make_server

    doc = tmp_path / "hostile.txt"
    doc.write_text(HOSTILE, encoding="utf-8")
    store = Store.open(str(tmp_path / "h.db"))
    list(ingest(store, [doc]))
    update(store)
    ev = next(e for e in merged_events(store, ALL) if "<script>" in e["sources"][0]["quote"] or "onerror" in e["sources"][0]["quote"])
    server = make_server(store, "127.0.0.1", 0, who="browser-test")
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{server.effective_port}"
    context = browser.new_context(base_url=base)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        pg.goto(f"/events/{ev['id']}/edit")
        pg.locator("#edit-root[data-loaded]").wait_for(state="attached")
        quote = pg.locator("#edit-sources blockquote").first
        quote.wait_for()
        assert quote.inner_text() == ev["sources"][0]["quote"]
        assert pg.locator("#edit-sources script, #edit-sources img").count() == 0
        assert pg.evaluate("window.pwned === undefined")
        assert not errors
    finally:
        context.close()
        server.close()
        store.close()
