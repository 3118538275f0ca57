"""The documents area over HTTP: the listing, one document with its segments and annotations, full-text
search (odd characters included), the pages, and a hostile document whose text is returned as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ERROR_KEYS = {"status", "code", "message"}

HOSTILE_TXT = (
    "<script>alert(1)</script> Militants attack Kismayo base\n\n"
    "On 5 May 2020 al-Shabaab militants attacked an army base near Kismayo, killing 3 soldiers. "
    "<img src=x onerror=alert(1)> was written on a wall, with \"><svg onload=alert(1)> and a link "
    "[click](javascript:alert(1)).\n"
)
HOSTILE_HTML = """<!doctype html>
<html><head><title>&lt;img src=x onerror=alert(1)&gt; Hotel attack</title>
<script>alert("raw")</script></head>
<body><article><h1>&lt;script&gt;alert(1)&lt;/script&gt; Gunmen attack Mogadishu hotel</h1>
<p>On 3 March 2021 al-Shabaab gunmen attacked a hotel in Mogadishu, killing 5 people.
&lt;img src=x onerror=alert(1)&gt; was sprayed on the gate.</p>
<p>A post read "&gt;&lt;svg onload=alert(1)&gt; with a link javascript:alert(1) and
<a href="javascript:alert(1)">click me</a>.</p>
<img src=x onerror=alert(1)><svg onload=alert(1)></svg><iframe src="javascript:alert(1)"></iframe>
</article></body></html>
"""
HOSTILE_STRINGS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>',
                   "javascript:alert(1)")


def ingest_hostile(store: Any, folder: Path) -> dict[str, str]:
    """Ingest the hostile .txt and .html into ``store`` and build its knowledge; file name -> document id."""
    from chronica.api import ingest
    from chronica.knowledge.build import update

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    (folder / "hostile.html").write_text(HOSTILE_HTML, encoding="utf-8")
    ids = {Path(r.source).name: r.doc_id for r in ingest(store, [folder / "hostile.txt", folder / "hostile.html"])}
    update(store)
    assert all(ids.values()), ids
    return {k: v for k, v in ids.items() if v}


def assert_error(resp: Any, status: int) -> None:
    assert resp.status_code == status
    body = resp.get_json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status and body["error"]["message"]


@pytest.fixture(scope="module")
def listing(ro_client_module: Any) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = ro_client_module.get("/api/documents").get_json()["documents"]
    return docs


@pytest.fixture(scope="module")
def ro_client_module(ro_app: Any) -> Any:
    return ro_app.test_client()


def _doc(listing: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(d for d in listing if d["name"] == name)


# -- the listing -----------------------------------------------------------------------------------

def test_listing_shape(ro_client: Any) -> None:
    resp = ro_client.get("/api/documents")
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["total"] == len(body["documents"]) >= 8
    for d in body["documents"]:
        assert {"id", "source", "status", "error", "format", "title", "author", "published", "segments",
                "sentences", "name"} <= set(d)
        assert d["status"] == "ok" and d["error"] is None and d["sentences"] > 0
        assert all({"kind", "title", "start", "end"} <= set(s) for s in d["segments"])
    assert {d["format"] for d in body["documents"]} >= {"txt", "md", "html", "pdf"}


def test_listing_shows_a_failed_document_with_its_error(app: Any, client: Any, tmp_path: Path) -> None:
    from chronica.api import ingest

    store = app.extensions["chronica"].store
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot a pdf")
    list(ingest(store, [tmp_path / "empty.txt", tmp_path / "broken.pdf"]))
    app.extensions["chronica"].changed()
    docs = {d["name"]: d for d in client.get("/api/documents").get_json()["documents"]}
    assert docs["empty.txt"]["status"] == "failed" and docs["empty.txt"]["error"] == "empty file"
    assert docs["broken.pdf"]["status"] == "failed" and "\n" not in docs["broken.pdf"]["error"]
    view = client.get(f"/api/documents/{docs['empty.txt']['id']}").get_json()
    assert view["status"] == "failed" and view["text"] == "" and view["annotations"] == []
    page = client.get(f"/documents/{docs['broken.pdf']['id']}")
    assert page.status_code == 200 and 'role="alert"' in page.get_data(as_text=True)


# -- one document ------------------------------------------------------------------------------------

def test_document_shape_and_offsets(ro_client: Any, listing: list[dict[str, Any]]) -> None:
    ref = _doc(listing, "06_analysis_mogadishu_bombing.html")["id"]
    resp = ro_client.get(f"/api/documents/{ref}")
    assert resp.status_code == 200
    d = resp.get_json()
    assert d["id"] == ref and d["format"] == "html" and d["published"] == "2018-10-14"
    text = d["text"]
    assert d["chars"] == len(text) > 1000
    kinds = {s["kind"] for s in d["segments"]}
    assert {"article", "comments", "unrelated"} <= kinds
    for s in d["segments"]:
        assert {"id", "kind", "title", "start", "end", "relevant", "parent"} <= set(s)
        assert 0 <= s["start"] <= s["end"] <= len(text)
    assert not next(s for s in d["segments"] if s["kind"] == "unrelated")["relevant"]
    assert not next(s for s in d["segments"] if s["kind"] == "comments")["relevant"]
    assert next(s for s in d["segments"] if s["kind"] == "article")["relevant"]
    anns = d["annotations"]
    assert {a["kind"] for a in anns} == {"event", "entity", "date", "place"}
    assert d["counts"] == {k: sum(1 for a in anns if a["kind"] == k) for k in ("event", "entity", "date", "place")}
    for a in anns:
        assert set(a) == {"start", "end", "kind", "label", "ref", "relevant"}
        assert 0 <= a["start"] < a["end"] <= len(text) and a["label"] and a["ref"]
    assert [(a["start"], -a["end"]) for a in anns] == sorted((a["start"], -a["end"]) for a in anns)


def test_document_annotations_point_at_the_store(ro_app: Any, ro_client: Any, listing: list[dict[str, Any]]) -> None:
    ref = _doc(listing, "04_wire_westgate_day2.txt")["id"]
    d = ro_client.get(f"/api/documents/{ref}").get_json()
    events = {a["ref"] for a in d["annotations"] if a["kind"] == "event"}
    with ro_app.test_request_context():
        from chronica.web.app import workbench

        records = workbench().event_index()
        mine = {e["id"] for e in workbench().all_events() if any(s["doc_id"] == ref for s in e["sources"])}
    assert events and events <= set(records) and events == mine  # every event of the doc, by its merged id
    entities = {a["ref"]: a for a in d["annotations"] if a["kind"] == "entity"}
    assert "org:al-shabaab" in entities and entities["org:al-shabaab"]["label"].startswith("al-Shabaab")
    for a in d["annotations"]:
        if a["kind"] == "entity":
            assert d["text"][a["start"]:a["end"]].strip()
        if a["kind"] == "date":
            assert a["ref"][:4].isdigit()


@pytest.mark.parametrize("how", ["id-prefix", "file-name"])
def test_document_by_prefix_and_file_name(ro_client: Any, listing: list[dict[str, Any]], how: str) -> None:
    doc = _doc(listing, "01_timeline.txt")
    ref = doc["id"][:8] if how == "id-prefix" else "01_timeline.txt"
    assert ro_client.get(f"/api/documents/{ref}").get_json()["id"] == doc["id"]
    assert ro_client.get(f"/documents/{ref}").status_code == 200


def test_unknown_document_is_404(ro_client: Any) -> None:
    assert_error(ro_client.get("/api/documents/no-such-document"), 404)
    assert ro_client.get("/documents/no-such-document").status_code == 404


# -- search -------------------------------------------------------------------------------------------

def test_search_shape_and_match_offsets(ro_client: Any, listing: list[dict[str, Any]]) -> None:
    resp = ro_client.get("/api/search", query_string={"q": "Westgate toll", "limit": 5})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["query"] == "Westgate toll" and body["total"] >= len(body["hits"]) >= 1 and len(body["hits"]) <= 5
    titles = {d["id"]: d["title"] for d in listing}
    for hit in body["hits"]:
        assert {"doc_id", "title", "doc", "start", "end", "text", "match", "relevant"} <= set(hit)
        assert hit["title"] == titles[hit["doc_id"]]
        words = {hit["text"][a:b].lower() for a, b in hit["match"]}
        assert "westgate" in words and any(w.startswith("toll") for w in words)
        assert all(0 <= a < b <= len(hit["text"]) for a, b in hit["match"])
    # the hit's offsets index into the document's text
    hit = body["hits"][0]
    text = ro_client.get(f"/api/documents/{hit['doc_id']}").get_json()["text"]
    assert text[hit["start"]:hit["end"]] == hit["text"]


def test_search_matches_stems_and_phrases(ro_client: Any) -> None:
    body = ro_client.get("/api/search", query_string={"q": '"death toll"'}).get_json()
    assert body["total"] >= 2
    for hit in body["hits"]:
        assert "death toll" in hit["text"].lower()
        marked = " ".join(hit["text"][a:b].lower() for a, b in hit["match"])
        assert "death" in marked and "toll" in marked
    attacks = ro_client.get("/api/search", query_string={"q": "attacks"}).get_json()
    assert attacks["total"] > 5 and any("attack" == h["text"][a:b].lower() for h in attacks["hits"]
                                        for a, b in h["match"])


def test_search_falls_back_to_any_word(ro_client: Any) -> None:
    both = ro_client.get("/api/search", query_string={"q": "Westgate toll"}).get_json()
    assert both["mode"] == "all" and both["words"] == ["westgate", "toll"]
    either = ro_client.get("/api/search", query_string={"q": "Westgate zzyzxq"}).get_json()
    assert either["mode"] == "any" and either["total"] > 0
    assert all("westgate" in h["text"].lower() for h in either["hits"])


def test_query_phrases_and_match_spans_without_the_index() -> None:
    from chronica.web.routes.documents import match_spans, query_phrases

    assert query_phrases('al-Shabaab "death  toll" NEAR(x) -y* \'z\' ***') == [
        ["al", "shabaab"], ["death", "toll"], ["near", "x"], ["y"], ["z"]]
    text = "Al-Shabaab said the death tolls rose; al killed; attacks on Shabaab."
    spans = match_spans(text, None, [["al", "shabaab"], ["death", "toll"], ["attack"]])
    assert [text[a:b] for a, b in spans] == ["Al-Shabaab", "death tolls", "attacks"]
    # the index's own highlighting, when it has one
    assert match_spans("a toll b", "a \x01toll\x02 b", [["toll"]]) == [[2, 6]]
    assert match_spans("a \x01 b", "a \x01\x01\x02 b", [["b"]]) == [[4, 5]]  # markers in the text: found again


@pytest.mark.parametrize("q", ['"', '"unclosed phrase', "***", "al-Shabaab*", "NEAR(siege toll)", "toll:", "-siege",
                               "a AND OR NOT", "(", "{col}: x", "^siege", "siege + -- ;DROP TABLE x", "'", "\\", "%_",
                               "Şebab ğ", "ٱلشباب", "\u0000x"])
def test_search_with_query_syntax_characters_does_not_fail(ro_client: Any, q: str) -> None:
    resp = ro_client.get("/api/search", query_string={"q": q})
    assert resp.status_code == 200, resp.get_data(as_text=True)
    body = resp.get_json()
    assert body["query"] == q.strip() and isinstance(body["hits"], list) and body["total"] >= len(body["hits"])


def test_search_odd_characters_still_find(ro_client: Any) -> None:
    plain = ro_client.get("/api/search", query_string={"q": "siege"}).get_json()["total"]
    assert plain > 0
    for q in ("siege*", '"siege"', "-siege", "siege:", "(siege)"):
        assert ro_client.get("/api/search", query_string={"q": q}).get_json()["total"] == plain


@pytest.mark.parametrize("qs", [{}, {"q": ""}, {"q": "   "}, {"q": "x" * 201}, {"q": "toll", "limit": "0"},
                                {"q": "toll", "limit": "abc"}, {"q": "toll", "limit": "101"}, {"q": "toll", "limit": "-1"}])
def test_search_bad_parameters_are_400(ro_client: Any, qs: dict[str, str]) -> None:
    assert_error(ro_client.get("/api/search", query_string=qs), 400)


# -- pages ----------------------------------------------------------------------------------------------

def test_pages_render(ro_client: Any, listing: list[dict[str, Any]]) -> None:
    body = ro_client.get("/documents?q=%3Cscript%3Ealert(1)%3C/script%3E").get_data(as_text=True)
    assert "<script>alert(1)" not in body and "&lt;script&gt;alert(1)" in body  # the query in the title, escaped
    assert "documents.js" in body and "documents.css" in body
    doc = _doc(listing, "05_news_westgate_toll.html")
    page = ro_client.get(f"/documents/{doc['id']}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert f'data-doc-id="{doc["id"]}"' in html and "reader.js" in html and doc["title"] in html


# -- a hostile document -----------------------------------------------------------------------------------

def test_hostile_document_is_returned_as_text(app: Any, client: Any, tmp_path: Path) -> None:
    ids = ingest_hostile(app.extensions["chronica"].store, tmp_path / "hostile")
    app.extensions["chronica"].changed()
    for name, doc_id in ids.items():
        resp = client.get(f"/api/documents/{doc_id}")
        assert resp.status_code == 200 and resp.headers["Content-Type"].startswith("application/json")
        d = resp.get_json()
        for s in HOSTILE_STRINGS:
            assert s in d["text"], (name, s)  # literally, not escaped, not stripped
        assert "alert(\"raw\")" not in d["text"]  # the page's own script is not text
        assert {a["kind"] for a in d["annotations"]} >= {"event", "entity"}
        page = client.get(f"/documents/{doc_id}").get_data(as_text=True)
        assert "<script>alert" not in page and "<img src=x" not in page and "<svg onload" not in page
    html = client.get(f"/api/documents/{ids['hostile.html']}").get_json()
    assert html["title"].startswith("<script>alert(1)</script>")
    page = client.get(f"/documents/{ids['hostile.html']}").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Gunmen" in page  # the title in the heading, escaped
    hits = client.get("/api/search", query_string={"q": "onerror alert"}).get_json()["hits"]
    assert {h["doc_id"] for h in hits} == set(ids.values())
    assert any("<img src=x onerror=alert(1)>" in h["text"] for h in hits)
    listing = client.get("/api/documents").get_json()["documents"]
    assert any(d["title"] and d["title"].startswith("<script>") for d in listing)
