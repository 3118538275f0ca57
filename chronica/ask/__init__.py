"""Questions over the corpus, answered with the passages that support them (``chronica ask``, ``chronica chat``).

Structured facts first (leadership successions, relations, estimates, aliases, from ``chronica.knowledge``),
extractive spans from a BM25 passage index second, and ``answer=None`` ("not in these documents") when
nothing supports an answer. Values sources disagree on are each given with their sources.
"""

from __future__ import annotations

from chronica.ask.answer import Asker, ask
from chronica.ask.model import Answer, Citation, ClaimValue
from chronica.ask.question import Question, analyze

__all__ = ["Answer", "Asker", "Citation", "ClaimValue", "Question", "analyze", "ask"]
