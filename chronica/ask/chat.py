"""A conversation: each question may lean on the previous turn ("when was he killed?", "and the one after him?").

``Session.ask(text)`` rewrites a follow-up into a question that stands on its own, from the previous
turn's question and answer, then answers it; ``history`` keeps every turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chronica.ask.answer import Asker
from chronica.ask.model import Answer
from chronica.ask.question import ORDINALS, analyze

_NUMBER_WORDS = {v: k for k, v in ORDINALS.items() if not k[0].isdigit()}
_NEXT = re.compile(r"^(?:and\s+|so\s+|then\s+)?(?:who\s+(?:was|is|came)\s+)?(?:the\s+)?(?:one|next|person|leader|emir)?\s*"
                   r"(?:one\s+)?(?:after|next|following|succeeded)\b(?:\s+(?:him|her|them|that|this|that one))?\s*\??$",
                   re.IGNORECASE)
_PREV = re.compile(r"^(?:and\s+|so\s+|then\s+)?(?:who\s+(?:was|is|came)\s+)?(?:the\s+)?(?:one|person|leader|emir)?\s*"
                   r"(?:before|preceded|previous)\b(?:\s+(?:him|her|them|that|this|that one))?\s*\??$", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(he|him|his|she|her|hers|they|them|their|it|its|the group|this group|that group)\b",
                      re.IGNORECASE)


@dataclass(slots=True)
class Turn:
    asked: str
    question: str  # the question as answered, follow-ups resolved
    answer: Answer


@dataclass
class Session:
    asker: Asker
    history: list[Turn] = field(default_factory=list)

    def resolve(self, text: str) -> str:
        """The follow-up as a question that stands on its own (the text itself when it does)."""
        text = " ".join(text.split())
        if not self.history:
            return text
        last = self.history[-1]
        prev_q = analyze(last.question)
        step = 1 if _NEXT.match(text) else -1 if _PREV.match(text) else 0
        if step:
            person = last.answer.items[0] if last.answer.items and last.answer.method.startswith("leaders") else None
            if person:
                return f"Who succeeded {person}?" if step > 0 else f"Who was the leader before {person}?"
            if prev_q.ordinal is not None:
                n = prev_q.ordinal + step
                word = _NUMBER_WORDS.get(n)
                if word is None or n < 1:
                    return text
                return re.sub(r"\b(" + "|".join(ORDINALS) + r")\b", word, last.question, count=1, flags=re.IGNORECASE)
            return text
        subject = self._subject(last)
        if subject and _PRONOUN.search(text):
            return _PRONOUN.sub(lambda m: subject + ("'s" if m.group(1).lower() in {"his", "her", "their", "its"}
                                                     else ""), text, count=1)
        return text

    def _subject(self, last: Turn) -> str | None:
        """Whom a pronoun points at: the person or group the previous answer named, else the one it was about."""
        if last.answer.items:
            return last.answer.items[0]
        kb = self.asker.kb
        ments = kb.find(analyze(last.question))
        if ments:
            return str(ments[0].entity["name"])
        return None

    def ask(self, text: str) -> Answer:
        question = self.resolve(text)
        ans = self.asker.ask(question)
        self.history.append(Turn(text, question, ans))
        return ans


__all__ = ["Session", "Turn"]
