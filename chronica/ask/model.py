"""The records ``chronica ask`` hands out: an answer, the passages that support it, disputed values."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Citation:
    """A passage: the document's file name, offsets into its stored text, and the exact quote."""

    doc: str
    start: int
    end: int
    quote: str
    doc_id: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True, slots=True)
class ClaimValue:
    """One value a question's answer takes in some sources, with those sources."""

    value: str
    sources: tuple[Citation, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "sources": [{"doc": s.doc, "start": s.start, "end": s.end} for s in self.sources]}


@dataclass(slots=True)
class Answer:
    """A question's answer (``None``: not in these documents) with its citations and disputed values."""

    question: str
    answer: str | None
    citations: list[Citation] = field(default_factory=list)
    claims: list[ClaimValue] = field(default_factory=list)
    id: str | None = None
    method: str = "none"  # which answerer produced it: leaders, relations, events, estimates, aliases, extractive, llm
    entity: str | None = None  # the entity the answer is about (for follow-up questions)
    items: list[str] = field(default_factory=list)  # the persons or groups the answer names, in order
    error: str | None = None
    llm: str | None = None  # what the optional language model did: used, rejected: why, error: why

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        out["question"] = self.question
        out["answer"] = self.answer
        out["citations"] = [c.as_dict() for c in self.citations]
        out["claims"] = [c.as_dict() for c in self.claims]
        if self.answer is None and self.error is None:
            out["note"] = "not in these documents"
        if self.error is not None:
            out["error"] = self.error
        out["method"] = self.method
        if self.llm is not None:
            out["llm"] = self.llm
        return out


def abstain(question: str, *, error: str | None = None) -> Answer:
    return Answer(question=question, answer=None, error=error)


__all__ = ["Answer", "Citation", "ClaimValue", "abstain"]
