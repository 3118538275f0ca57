"""The chat area: its page and its API routes.

``POST /api/ask {"question", "session"?}`` answers a question (a follow-up leans on the session's earlier
turns, see :mod:`chronica.ask.chat`) and returns ``{"session", "turn", "asked", "question", "answer"}``;
``GET /api/ask/sessions/<id>`` gives the conversation so far; ``GET /api/ask/suggestions`` gives example
questions the store answers. Sessions live in this process's memory only (a bounded LRU): a restart forgets them.
"""

from __future__ import annotations

import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, current_app, render_template, request

from chronica.web.errors import ApiError

bp = Blueprint("chat", __name__)

MAX_QUESTION = 1000
MAX_SESSIONS = 256
MAX_TURNS = 200
_SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


@dataclass
class Conversation:
    """One conversation's turns (:class:`chronica.ask.chat.Turn`), guarded by its own lock."""

    id: str
    turns: list[Any] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Conversations:
    """The conversations of one app, most recently used last; the oldest go past ``limit``."""

    def __init__(self, limit: int = MAX_SESSIONS) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._items: OrderedDict[str, Conversation] = OrderedDict()

    def get(self, sid: str) -> Conversation | None:
        with self._lock:
            conv = self._items.get(sid)
            if conv is not None:
                self._items.move_to_end(sid)
            return conv

    def new(self) -> Conversation:
        with self._lock:
            conv = Conversation(secrets.token_urlsafe(16))
            self._items[conv.id] = conv
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
            return conv

    def __len__(self) -> int:
        return len(self._items)


def conversations() -> Conversations:
    """This app's conversations (made on first use)."""
    ext = current_app.extensions
    convs = ext.get("chronica.chat")
    if convs is None:
        with _INIT:
            convs = ext.get("chronica.chat")
            if convs is None:
                convs = ext["chronica.chat"] = Conversations()
    return convs  # type: ignore[no-any-return]


_INIT = threading.Lock()


def _asker() -> Any:
    """The store's :class:`Asker`, built once per store version (its passage index refreshed, its knowledge loaded)."""
    from chronica.ask import Asker
    from chronica.web.app import workbench

    wb = workbench()

    def build() -> Any:
        asker = Asker(wb.store)
        asker.kb  # noqa: B018  (load the knowledge now, not in the first question)
        return asker

    return wb.cached("chat:asker", build)


def _titles() -> dict[str, dict[str, str]]:
    """Each stored document's title and file name, by id."""
    from chronica.web.app import workbench

    wb = workbench()

    def build() -> dict[str, dict[str, str]]:
        out = {}
        for d in wb.store.documents():
            name = str(d.get("source") or "").replace("\\", "/").rsplit("/", 1)[-1]
            out[d["id"]] = {"title": str(d.get("title") or name), "name": name}
        return out

    return wb.cached("chat:titles", build)


def _cite(c: Any, titles: dict[str, dict[str, str]], *, quote: bool = True) -> dict[str, Any]:
    doc_id = c.doc_id or next((i for i, t in titles.items() if t["name"] == c.doc), "")
    out: dict[str, Any] = {"doc_id": doc_id, "doc": c.doc, "title": titles.get(doc_id, {}).get("title", c.doc),
                           "start": c.start, "end": c.end}
    if quote:
        out["quote"] = c.quote
    return out


def answer_json(ans: Any) -> dict[str, Any]:
    """An :class:`chronica.ask.Answer` for the page: its text (``None``: not in these documents), a status
    (``supported``, ``contested``: sources disagree, ``abstained``: not in these documents, ``error``),
    its citations and, when contested, each value with its sources."""
    titles = _titles()
    if ans.error is not None:
        status = "error"
    elif ans.answer is None or not ans.citations:
        status = "abstained"
    elif ans.claims:
        status = "contested"
    else:
        status = "supported"
    out: dict[str, Any] = {
        "question": ans.question,
        "text": ans.answer if status in {"supported", "contested"} else None,
        "status": status,
        "method": ans.method,
        "citations": [_cite(c, titles) for c in ans.citations] if status in {"supported", "contested"} else [],
        "claims": [{"value": cv.value, "sources": [_cite(s, titles, quote=False) for s in cv.sources]}
                   for cv in ans.claims] if status == "contested" else [],
    }
    if status == "abstained":
        out["note"] = "not in these documents"
    if ans.error is not None:
        out["error"] = ans.error
    return out


def _turn_json(n: int, turn: Any) -> dict[str, Any]:
    return {"turn": n, "asked": turn.asked, "question": turn.question, "answer": answer_json(turn.answer)}


def _unknown(sid: str) -> ApiError:
    return ApiError(404, "unknown_session", f"no conversation {sid[:64]!r} (sessions are kept in the server's "
                                            "memory: it may have restarted)")


@bp.get("/chat")
def page() -> str:
    return render_template("chat.html", page="chat")


@bp.post("/api/ask")
def ask() -> dict[str, Any]:
    from chronica.ask.chat import Session

    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", 'send a JSON object {"question": "...", "session": "..."}')
    question = body.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ApiError(400, "bad_question", "the question is empty")
    if len(question) > MAX_QUESTION:
        raise ApiError(400, "bad_question", f"the question is too long ({len(question)} characters, at most "
                                            f"{MAX_QUESTION})")
    sid = body.get("session")
    convs = conversations()
    if sid is None or sid == "":
        conv = convs.new()
    elif not isinstance(sid, str) or not _SESSION_ID.match(sid):
        raise ApiError(400, "bad_session", "the session must be an id this server gave")
    else:
        found = convs.get(sid)
        if found is None:
            raise _unknown(sid)
        conv = found
    asker = _asker()
    with conv.lock:
        session = Session(asker, history=conv.turns)  # the current asker over this conversation's turns
        session.ask(question)
        if len(conv.turns) > MAX_TURNS:
            del conv.turns[: len(conv.turns) - MAX_TURNS]
        turn = conv.turns[-1]
        n = len(conv.turns)
    return {"session": conv.id, **_turn_json(n, turn)}


@bp.get("/api/ask/sessions/<sid>")
def conversation(sid: str) -> dict[str, Any]:
    conv = conversations().get(sid) if _SESSION_ID.match(sid) else None
    if conv is None:
        raise _unknown(sid)
    with conv.lock:
        turns = list(conv.turns)
    return {"session": conv.id, "turns": [_turn_json(i, t) for i, t in enumerate(turns, 1)]}


@bp.get("/api/ask/suggestions")
def suggestions() -> dict[str, Any]:
    """Example questions built from the store's most mentioned group and person, kept only when answered."""
    from chronica.web.app import workbench

    return {"questions": workbench().cached("chat:suggestions", _suggest)}


def _suggest(limit: int = 5) -> list[str]:
    asker = _asker()
    ents = sorted(asker.kb.entities, key=lambda e: -int(e.get("mentions") or 0))
    orgs = [e["name"] for e in ents if e["kind"] == "org"][:2]
    persons = [e["name"] for e in ents if e["kind"] == "person"][:2]
    candidates: list[str] = []
    for org in orgs[:1]:
        candidates += [f"Who leads {org}?", f"Who was the first leader of {org}?",
                       f"What other names is {org} known by?", f"How many fighters does {org} have?",
                       f"Which group did {org} pledge allegiance to?"]
    for person in persons:
        candidates += [f"When was {person} killed?", f"Who is {person}?"]
    for org in orgs[1:]:
        candidates += [f"Who leads {org}?"]
    out: list[str] = []
    for q in candidates:
        try:
            ans = asker.ask(q)
        except Exception:  # a suggestion that fails is simply not offered
            continue
        if ans.answer is not None and ans.citations and ans.error is None:
            out.append(q)
        if len(out) >= limit:
            break
    return out
