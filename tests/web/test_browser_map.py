"""Real browser, map page: outlines and one marker per located event, a marker's popup and its
permalink, the time window hiding markers, zoom and pan by keyboard, the Afghan provinces, and
document text staying text. The `page` fixture fails a test on any request to another host."""

from __future__ import annotations

import json
from typing import Any

MARKERS = ".markers .marker"


def _open(page: Any, path: str = "/map") -> dict[str, Any]:
    page.goto(path)
    page.wait_for_selector("svg.map-svg[data-ready]")
    data: dict[str, Any] = page.evaluate("fetch('/api/map/events').then(r => r.json())")
    return data


def _land_transform(page: Any) -> str:
    return str(page.locator("svg.map-svg g.land").get_attribute("transform"))


def test_map_draws_outlines_and_one_marker_per_event(page: Any) -> None:
    data = _open(page)
    assert page.locator("svg.map-svg path.country").count() > 150
    assert page.locator('path.country[data-iso="SO"]').count() == 1
    assert page.locator(MARKERS).count() == data["count"] > 50
    ids = set(page.locator(MARKERS).evaluate_all("ns => ns.map(n => n.dataset.id)"))
    assert ids == {e["id"] for e in data["events"]}
    nairobi = next(e for e in data["events"] if e["place"] == "Nairobi" and e["killed"])
    label = page.locator(f'{MARKERS}[data-id="{nairobi["id"]}"]').get_attribute("aria-label")
    assert label == f'{nairobi["date"] or "undated"}, {nairobi["type"]}, Nairobi, {nairobi["killed"]} killed'
    assert page.locator(f"{MARKERS}.prec-country").count() > 0 and page.locator(f"{MARKERS}.contested").count() > 0
    assert page.get_by_role("status").filter(has_text="located events shown").is_visible()
    assert page.get_by_text("Natural Earth", exact=False).first.is_visible()
    assert page.locator("#map-list tbody tr").count() == data["count"]
    assert page.get_by_role("button", name="Zoom in").is_visible()
    # the type filter asks the server again
    page.get_by_label("Type").select_option("attack")
    page.get_by_role("button", name="Show", exact=True).click()
    attacks = sum(1 for e in data["events"] if e["type"] == "attack")
    page.wait_for_function(f"() => document.querySelectorAll('.markers .marker').length === {attacks}")
    assert "type=attack" in page.url


def test_marker_click_opens_popup_with_permalink(page: Any) -> None:
    _open(page)
    marker = page.locator(f"{MARKERS}:not(.off)").last  # drawn last: on top
    event_id = marker.get_attribute("data-id")
    marker.click()
    popup = page.get_by_role("dialog")
    assert popup.is_visible()
    link = popup.get_by_role("link", name="Open in the timeline")
    assert link.get_attribute("href") == f"/?event={event_id}"
    page.keyboard.press("Escape")
    assert popup.is_hidden()
    assert marker.evaluate("n => n === document.activeElement")
    # keyboard: Enter on a focused marker opens it too
    page.keyboard.press("Enter")
    assert popup.is_visible() and popup.get_by_role("link").get_attribute("href") == f"/?event={event_id}"
    link.click()
    page.wait_for_url(f"**/?event={event_id}")


def test_time_window_hides_markers_outside_it(page: Any) -> None:
    data = _open(page)
    visible = page.locator(f"{MARKERS}:not(.off)")
    assert visible.count() == data["count"]
    page.locator("#map-slide-to").focus()
    page.keyboard.press("Home")  # the window shrinks to the first month of the extent
    lo = page.locator("#map-from").input_value()
    hi = page.locator("#map-to").input_value()
    assert lo == data["extent"]["from"] and hi.startswith(data["extent"]["from"][:7])
    undated = [e for e in data["events"] if not e["earliest"]]
    inside = [e for e in data["events"] if e["earliest"] and e["latest"] >= lo and e["earliest"] <= hi]
    assert visible.count() == len(inside) + len(undated) < data["count"]
    page.get_by_label("show undated events").uncheck()
    assert visible.count() == len(inside)
    assert page.locator("#map-list tbody tr").count() == len(inside)
    page.get_by_label("To", exact=True).fill("2010-12-31")
    page.get_by_label("To", exact=True).dispatch_event("change")
    inside = [e for e in data["events"] if e["earliest"] and e["latest"] >= lo and e["earliest"] <= "2010-12-31"]
    assert visible.count() == len(inside) > 0
    hidden = page.locator(f"{MARKERS}.off").first
    assert hidden.is_hidden() and hidden.get_attribute("tabindex") == "-1"
    page.get_by_role("button", name="All dates").click()
    assert visible.count() == data["count"] - len(undated)
    # the legend's type boxes hide a type, client-side
    attacks = sum(1 for e in data["events"] if e["type"] == "attack" and e["earliest"])
    page.locator("#map-types").get_by_label("attack", exact=False).uncheck()
    assert visible.count() == data["count"] - len(undated) - attacks
    assert page.locator(f'{MARKERS}[data-type="attack"]:not(.off)').count() == 0
    # play moves a window through time, then pause stops it
    play = page.get_by_role("button", name="Play")
    play.click()
    assert page.locator("#map-play").get_attribute("aria-pressed") == "true"
    page.wait_for_function("() => document.getElementById('map-slide-from').value !== '0'")
    page.locator("#map-play").click()
    assert page.locator("#map-play").get_attribute("aria-pressed") == "false"


def test_keyboard_zoom_and_pan(page: Any) -> None:
    _open(page)
    fitted = _land_transform(page)
    page.locator("svg.map-svg").focus()
    page.keyboard.press("+")
    zoomed = _land_transform(page)
    assert zoomed != fitted
    scale = lambda t: float(t.split("scale(")[1].rstrip(")"))  # noqa: E731
    assert scale(zoomed) > scale(fitted)
    page.keyboard.press("ArrowLeft")
    assert _land_transform(page) != zoomed and scale(_land_transform(page)) == scale(zoomed)
    page.keyboard.press("-")
    page.keyboard.press("-")
    assert scale(_land_transform(page)) < scale(fitted)
    page.keyboard.press("0")
    assert _land_transform(page) == fitted
    page.get_by_role("button", name="Zoom in").click()
    assert scale(_land_transform(page)) > scale(fitted)
    box = page.locator("svg.map-svg").bounding_box()
    page.mouse.move(box["x"] + 200, box["y"] + 150)
    page.mouse.down()
    page.mouse.move(box["x"] + 300, box["y"] + 200, steps=4)
    page.mouse.up()
    assert _land_transform(page) != fitted
    # a country with events can be focused and names itself
    page.locator('path.country[data-iso="KE"]').focus()
    assert page.locator("#map-tip").inner_text() == "Kenya"


def test_afghan_provinces_drawn_over_afghanistan(page: Any) -> None:
    page.goto("/map?bbox=60,29,75,39")
    page.wait_for_selector("svg.map-svg[data-ready]")
    page.wait_for_function("() => document.querySelectorAll('svg.map-svg path.province').length === 34")
    assert page.locator('path.province[data-name="Nangarhar province, Afghanistan"]').count() == 1
    assert page.locator("path.district").count() == 0  # districts wait for a closer view
    page.locator("svg.map-svg").focus()
    for _ in range(3):
        page.keyboard.press("+")
    page.wait_for_function("() => document.querySelectorAll('svg.map-svg path.district').length === 398")
    assert page.locator("text.province-label").count() > 0


HOSTILE = "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>"


def test_document_text_stays_text(page: Any) -> None:
    event = {"id": "hostile1", "date": "2012-03-04", "earliest": "2012-03-04", "latest": "2012-03-04",
             "date_precision": "day", "type": "attack", "place": HOSTILE, "feature": "city", "admin1": None,
             "country": "SO", "lat": 2.0, "lon": 45.3, "precision": 1, "killed": 3, "wounded": None,
             "contested": False, "contested_fields": [], "sources": 1, "actors": [HOSTILE], "quote": HOSTILE,
             "relevant": True}
    body = {"events": [event], "count": 1, "undated": 0, "extent": {"from": "2012-03-04", "to": "2012-03-04"},
            "bbox": [45.3, 2.0, 45.3, 2.0], "focus": [40, -2, 50, 6], "types": ["attack"]}
    page.route("**/api/map/events*", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(body)))
    page.goto("/map")
    page.wait_for_selector("svg.map-svg[data-ready]")
    page.locator(MARKERS).click()
    popup = page.get_by_role("dialog")
    assert HOSTILE in popup.inner_text()
    assert popup.locator("img, script").count() == 0 and page.locator("#map-list img").count() == 0
    assert page.locator(MARKERS).get_attribute("aria-label") == f"2012-03-04, attack, {HOSTILE}, 3 killed"
    assert page.evaluate("window.__pwned === undefined")
