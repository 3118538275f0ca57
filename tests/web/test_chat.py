"""HTTP: POST /api/ask (answers with citations, abstentions, follow-ups in one session, error shapes),
GET /api/ask/sessions/<id>, GET /api/ask/suggestions, and the smoke test of the web benchmark's arguments."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _error(resp: Any, status: int) -> dict[str, Any]:
    assert resp.status_code == status
    body = resp.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    return body["error"]  # type: ignore[no-any-return]


def _ask(client: Any, question: str, session: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"question": question}
    if session is not None:
        body["session"] = session
    resp = client.post("/api/ask", json=body)
    assert resp.status_code == 200, resp.get_json()
    return resp.get_json()  # type: ignore[no-any-return]


def test_page(ro_client: Any) -> None:
    resp = ro_client.get("/chat")
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    assert 'aria-live="polite"' in html and 'for="chat-question"' in html and "chat.js" in html


def test_supported_answer_cites_its_passages(ro_client: Any) -> None:
    data = _ask(ro_client, "Who succeeded Godane as leader of al-Shabaab?")
    assert set(data) == {"session", "turn", "asked", "question", "answer"}
    assert data["turn"] == 1 and data["session"]
    ans = data["answer"]
    assert ans["status"] == "supported"
    assert any(n in ans["text"] for n in ("Ahmad Umar", "Abu Ubaidah", "Ahmed Diriye"))
    assert ans["citations"]
    store = ro_client.application.extensions["chronica"].store
    for c in ans["citations"]:
        assert set(c) >= {"doc_id", "doc", "title", "start", "end", "quote"}
        assert c["doc_id"] and c["title"] and 0 <= c["start"] < c["end"]
        # the quote is the document's own text at those offsets (what the reader will highlight)
        assert store.document(c["doc_id"])["text"][c["start"]:c["end"]] == c["quote"]


def test_contested_answer_gives_each_value_with_its_sources(ro_client: Any) -> None:
    ans = _ask(ro_client, "How many people were killed in the Westgate mall attack?")["answer"]
    assert ans["status"] == "contested"
    assert len(ans["claims"]) >= 2
    for cv in ans["claims"]:
        assert cv["value"] and cv["sources"] and all(s["doc_id"] and s["end"] > s["start"] for s in cv["sources"])


def test_abstention_is_not_an_answer(ro_client: Any) -> None:
    ans = _ask(ro_client, "Who was the leader of Boko Haram?")["answer"]
    assert ans["status"] == "abstained"
    assert ans["text"] is None and ans["citations"] == [] and ans["claims"] == []
    assert ans["note"] == "not in these documents"


def test_follow_ups_resolve_against_the_session(ro_client: Any) -> None:
    first = _ask(ro_client, "Who was the first emir of al-Shabaab?")
    sid = first["session"]
    assert "Godane" in first["answer"]["text"]
    when = _ask(ro_client, "when was he killed?", sid)
    assert when["session"] == sid and when["turn"] == 2
    assert when["asked"] == "when was he killed?" and "Godane" in when["question"]
    assert when["answer"]["status"] in {"supported", "contested"} and "2014" in when["answer"]["text"]
    after = _ask(ro_client, "and the one after him?", sid)
    assert "Godane" in after["question"] and after["answer"]["status"] == "supported"
    assert any(n in after["answer"]["text"] for n in ("Ahmad Umar", "Abu Ubaidah", "Ahmed Diriye"))
    # another session does not see this one's turns
    other = _ask(ro_client, "when was he killed?")
    assert other["session"] != sid and other["question"] == "when was he killed?"

    got = ro_client.get(f"/api/ask/sessions/{sid}")
    assert got.status_code == 200
    conv = got.get_json()
    assert conv["session"] == sid
    assert [t["asked"] for t in conv["turns"]] == ["Who was the first emir of al-Shabaab?", "when was he killed?",
                                                     "and the one after him?"]
    assert [t["turn"] for t in conv["turns"]] == [1, 2, 3]
    assert conv["turns"][2]["answer"] == after["answer"]


def test_hostile_question_is_echoed_as_data(ro_client: Any) -> None:
    hostile = "<script>alert(1)</script>"
    data = _ask(ro_client, hostile)
    assert data["asked"] == hostile and data["answer"]["status"] == "abstained"
    resp = ro_client.get(f"/api/ask/sessions/{data['session']}")
    assert resp.mimetype == "application/json"
    assert resp.get_json()["turns"][0]["asked"] == hostile


@pytest.mark.parametrize("body", [{"question": ""}, {"question": "   \n "}, {"question": "x" * 1001},
                                  {"question": 42}, {}, {"question": "Who?", "session": 7},
                                  {"question": "Who?", "session": "../../etc"}])
def test_bad_questions_are_400(ro_client: Any, body: dict[str, Any]) -> None:
    err = _error(ro_client.post("/api/ask", json=body), 400)
    assert err["code"] in {"bad_question", "bad_session"}


def test_not_json_is_400(ro_client: Any) -> None:
    _error(ro_client.post("/api/ask", data="question=hi", content_type="application/x-www-form-urlencoded"), 400)
    _error(ro_client.post("/api/ask", json=["Who?"]), 400)


def test_question_of_1000_characters_is_accepted(ro_client: Any) -> None:
    q = ("Who leads al-Shabaab? " * 60)[:1000]
    assert _ask(ro_client, q)["answer"]["status"] in {"supported", "contested", "abstained"}


def test_unknown_session_is_404(ro_client: Any) -> None:
    err = _error(ro_client.get("/api/ask/sessions/no-such-session-id"), 404)
    assert err["code"] == "unknown_session"
    _error(ro_client.get("/api/ask/sessions/x"), 404)
    err = _error(ro_client.post("/api/ask", json={"question": "Who?", "session": "no-such-session-id"}), 404)
    assert err["code"] == "unknown_session"


def test_sessions_are_bounded() -> None:
    from chronica.web.routes.chat import Conversations

    convs = Conversations(limit=3)
    ids = [convs.new().id for _ in range(3)]
    assert convs.get(ids[0]) is not None  # used: now the newest
    convs.new()
    assert len(convs) == 3
    assert convs.get(ids[1]) is None and convs.get(ids[0]) is not None


def test_suggestions_are_questions_the_store_answers(ro_client: Any) -> None:
    resp = ro_client.get("/api/ask/suggestions")
    assert resp.status_code == 200
    qs = resp.get_json()["questions"]
    assert 1 <= len(qs) <= 5 and all(isinstance(q, str) and q.endswith("?") for q in qs)
    assert any("al-Shabaab" in q for q in qs)
    ans = _ask(ro_client, qs[0])["answer"]
    assert ans["status"] in {"supported", "contested"}


def _bench_module() -> Any:
    spec = importlib.util.spec_from_file_location("web_load", ROOT / "benchmarks" / "web_load.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["web_load"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_arguments() -> None:
    mod = _bench_module()
    args = mod.parse_args([])
    assert args.events == 10_000 and args.concurrency == [8, 32] and args.tool in {"auto", "ab", "python"}
    assert "/" in args.page_urls and "/api/events" in args.page_urls
    args = mod.parse_args(["--page-urls", "/,/api/meta", "--rate-urls", "/api/health", "--concurrency", "4",
                           "--requests", "50", "--tool", "python", "--db", "/tmp/x.db"])
    assert args.page_urls == ["/", "/api/meta"] and args.rate_urls == ["/api/health"]
    assert args.concurrency == [4] and args.requests == 50 and args.tool == "python"
    with pytest.raises(SystemExit):
        mod.parse_args(["--concurrency", "zero"])
