"""The temporal engine: recognise, normalise (EDTF) and anchor the dates in a document.

    find_dates(text, dct)        every temporal expression, with offsets, value and anchor
    date_sentences(text, spans)  the date that applies to each sentence
    to_json(expr, doc)           the JSON line shape of ``chronica dates``
"""

from __future__ import annotations

from typing import Any

from chronica.time.anchor import parse_dct
from chronica.time.model import SentenceDate, TimeExpression
from chronica.time.normalize import find_dates
from chronica.time.sentences import date_sentences

__all__ = ["SentenceDate", "TimeExpression", "date_sentences", "find_dates", "parse_dct", "to_json"]


def to_json(expr: TimeExpression, doc: str) -> dict[str, Any]:
    """One CLI line: {"doc", "start", "end", "text", "value", "earliest", "latest", "precision", "anchor"}."""
    out: dict[str, Any] = {
        "doc": doc, "start": expr.start, "end": expr.end, "text": expr.text, "value": expr.value,
        "earliest": expr.earliest, "latest": expr.latest, "precision": expr.precision, "anchor": expr.anchor,
        "type": expr.kind,
    }
    if expr.mod:
        out["mod"] = expr.mod
    if expr.value is None:
        out["reason"] = expr.reason
    if expr.ambiguous:
        out["ambiguous"] = True
    return out
