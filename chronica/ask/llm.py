"""Optional: phrase an answer with a language model behind any OpenAI-compatible HTTP endpoint
(a local Ollama, vLLM or llama.cpp server). Off unless a URL is given; nothing is downloaded.

The model only rewords: it gets the question, the extractive answer and the cited passages. Its
phrasing is kept only when the passages support it: every number, year and name it states must be in
the cited passages (or the extractive answer), and it must keep every value the sources disagree on.
Otherwise, or when the server fails, the extractive answer stands and ``Answer.llm`` says why.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import replace
from typing import Any

from chronica.ask.match import fold
from chronica.ask.model import Answer

SYSTEM = ("You phrase answers for an analyst. Use only the numbered passages. Answer in one or two short "
          "sentences, keep every figure and date exactly as the passages give it, give every value the "
          "sources disagree on, and add nothing that the passages do not state.")
_NUMBER = re.compile(r"\d[\d,.]*")
_NAME = re.compile(r"\b[A-Z][\w'’-]{2,}")
_COMMON = frozenset({"The", "This", "That", "These", "Those", "According", "Sources", "Source", "Passage",
                     "Passages", "Both", "Some", "Other", "One", "Its", "Their", "His", "Her", "After", "Before",
                     "However", "While", "When", "Where", "Who", "What", "Which", "Reports", "Report", "Another",
                     "Initially", "Later", "Between", "About", "Around", "January", "February", "March", "April",
                     "May", "June", "July", "August", "September", "October", "November", "December", "And", "But",
                     "There", "They", "Killed", "Died", "Earlier", "Officials", "Several"})


def supported(text: str, ans: Answer) -> tuple[bool, str]:
    """Whether a phrasing says only what the cited passages (and the extractive answer) say."""
    if not text.strip():
        return False, "empty reply"
    if len(text) > 1200:
        return False, "reply too long"
    evidence = " ".join([c.quote for c in ans.citations] + [ans.answer or ""] + [c.value for c in ans.claims])
    ev_numbers = {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(evidence)}
    for n in _NUMBER.findall(text):
        v = n.replace(",", "").rstrip(".")
        if v and v not in ev_numbers:
            return False, f"{n} is not in the cited passages"
    ev_words = set(fold(evidence).split())
    for m in _NAME.finditer(text):
        w = m.group(0)
        if w in _COMMON:
            continue
        if not all(part in ev_words for part in fold(w).split()):
            return False, f"{w} is not in the cited passages"
    said = set(fold(text).split())
    for c in ans.claims:
        nums = [x.replace(",", "") for x in _NUMBER.findall(c.value)]
        if nums and not any(x in {y.replace(",", "").rstrip(".") for y in _NUMBER.findall(text)} for x in nums):
            return False, f"the disputed value {c.value!r} was dropped"
        if not nums and not set(fold(c.value).split()) <= said:
            return False, f"the disputed value {c.value!r} was dropped"
    return True, ""


class LLMBackend:
    """An OpenAI-compatible chat-completions endpoint, used only to phrase answers."""

    def __init__(self, url: str, model: str, *, api_key: str | None = None, timeout: float = 30.0) -> None:
        url = url.rstrip("/")
        if not url.endswith("/chat/completions"):
            url = url + ("/chat/completions" if re.search(r"/v\d+$", url) else "/v1/chat/completions")
        self.url = url
        self.model = model
        self.api_key = api_key
        self.timeout = timeout

    def complete(self, messages: list[dict[str, str]]) -> str:
        body = json.dumps({"model": self.model, "messages": messages, "temperature": 0, "stream": False}).encode()
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 (a URL the user configured)
            data: Any = json.loads(resp.read().decode("utf-8"))
        return str(data["choices"][0]["message"]["content"]).strip()

    def messages(self, ans: Answer) -> list[dict[str, str]]:
        passages = "\n".join(f"[{i}] ({c.doc}) {' '.join(c.quote.split())}" for i, c in enumerate(ans.citations, 1))
        disputed = "".join(f"\n- {c.value}" for c in ans.claims)
        user = (f"Question: {ans.question}\n\nPassages:\n{passages}\n\nExtractive answer: {ans.answer}"
                + (f"\nValues the sources disagree on:{disputed}" if disputed else "")
                + "\n\nWrite the answer.")
        return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]

    def rephrase(self, ans: Answer) -> Answer:
        """The answer phrased by the model when the passages support the phrasing; else the answer as it was."""
        try:
            text = self.complete(self.messages(ans))
        except (OSError, urllib.error.URLError, ValueError, KeyError, IndexError, TypeError) as err:
            return replace(ans, llm=f"error: {err.__class__.__name__}: {err}")
        ok, why = supported(text, ans)
        if not ok:
            return replace(ans, llm=f"rejected: {why}")
        return replace(ans, answer=text, method=f"{ans.method}+llm", llm="used")


__all__ = ["LLMBackend", "supported"]
