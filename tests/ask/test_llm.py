"""The optional language-model backend, against a local fake OpenAI-compatible server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from chronica.ask import Asker
from chronica.ask.llm import LLMBackend, supported
from chronica.ask.model import Answer, Citation, ClaimValue
from chronica.cli import main
from chronica.store import Store


class _Fake(BaseHTTPRequestHandler):
    reply = "ok"
    seen: list[dict[str, Any]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).seen.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
        if type(self).reply == "<500>":
            self.send_response(500)
            self.end_headers()
            return
        data = json.dumps({"choices": [{"message": {"role": "assistant", "content": type(self).reply}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def fake_server() -> Iterator[tuple[str, type[_Fake]]]:
    handler = type("Handler", (_Fake,), {"reply": "ok", "seen": []})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", handler
    server.shutdown()
    server.server_close()


def test_a_supported_phrasing_is_used(sample_store: Store, fake_server: tuple[str, type[_Fake]]) -> None:
    url, handler = fake_server
    handler.reply = "Godane was killed in a US air strike in Lower Shabelle on 1 September 2014."
    ans = Asker(sample_store, llm=LLMBackend(url, "test-model", api_key="k")).ask("When was Godane killed?")
    assert ans.answer == handler.reply and ans.llm == "used" and ans.citations
    sent = handler.seen[-1]
    assert sent["path"] == "/v1/chat/completions" and sent["body"]["model"] == "test-model"
    assert sent["auth"] == "Bearer k"
    assert "Passages:" in sent["body"]["messages"][1]["content"]


def test_an_unsupported_phrasing_is_rejected(sample_store: Store, fake_server: tuple[str, type[_Fake]]) -> None:
    url, handler = fake_server
    handler.reply = "Godane was killed by French commandos in Paris on 3 March 2016."
    plain = Asker(sample_store).ask("When was Godane killed?")
    ans = Asker(sample_store, llm=LLMBackend(url, "m")).ask("When was Godane killed?")
    assert ans.answer == plain.answer
    assert ans.llm is not None and ans.llm.startswith("rejected")


def test_a_failing_server_leaves_the_extractive_answer(sample_store: Store, fake_server: tuple[str, type[_Fake]]) -> None:
    url, handler = fake_server
    handler.reply = "<500>"
    ans = Asker(sample_store, llm=LLMBackend(url, "m", timeout=5)).ask("When was Godane killed?")
    assert ans.answer and "2014" in ans.answer and ans.llm and ans.llm.startswith("error")
    dead = Asker(sample_store, llm=LLMBackend("http://127.0.0.1:9", "m", timeout=2)).ask("When was Godane killed?")
    assert dead.answer and dead.llm and dead.llm.startswith("error")


def test_abstentions_never_reach_the_model(sample_store: Store, fake_server: tuple[str, type[_Fake]]) -> None:
    url, handler = fake_server
    handler.reply = "It was in 1999."
    ans = Asker(sample_store, llm=LLMBackend(url, "m")).ask("Who was the leader of Boko Haram?")
    assert ans.answer is None and not handler.seen


def test_dropping_a_disputed_value_is_rejected() -> None:
    cite = Citation("a.txt", 0, 40, "The blast killed 84 people; others said 95.")
    ans = Answer("How many?", "84; 95", [cite], [ClaimValue("84", (cite,)), ClaimValue("95", (cite,))])
    assert supported("The blast killed 84 people, others said 95.", ans)[0]
    ok, why = supported("The blast killed 84 people.", ans)
    assert not ok and "95" in why


def test_cli_takes_the_endpoint_by_url_and_model(sample_db: Path, fake_server: tuple[str, type[_Fake]]) -> None:
    url, handler = fake_server
    handler.reply = "Godane was killed on 1 September 2014."
    result = CliRunner().invoke(main, ["--db", str(sample_db), "ask", "--json", "--llm-url", url, "--llm-model", "x",
                                       "When was Godane killed?"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["answer"] == handler.reply and out["llm"] == "used" and out["citations"]
