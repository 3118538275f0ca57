"""EDTF values as an analyst reads them: ``2016-07-26`` -> ``26 July 2016``, ``2016-07~`` -> ``about July 2016``."""

from __future__ import annotations

import re

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_SEASONS = {"21": "spring", "22": "summer", "23": "autumn", "24": "winter"}
_ONE = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]*)$")


def _one(value: str) -> str:
    m = _ONE.match(value.strip())
    if not m:
        return value
    y, mo, d, mark = m.groups()
    if mo in _SEASONS:
        out = f"{_SEASONS[mo]} {y}"
    elif mo and 1 <= int(mo) <= 12:
        out = f"{int(d)} {_MONTHS[int(mo) - 1]} {y}" if d else f"{_MONTHS[int(mo) - 1]} {y}"
    else:
        out = y
    return ("about " if "~" in mark or "%" in mark else "") + out + ("?" if "?" in mark else "")


def human(value: str | None) -> str:
    """An EDTF date, interval or open interval in words (the value itself when it is not EDTF)."""
    if not value:
        return ""
    if "/" in value:
        a, b = value.split("/", 1)
        if a in ("", ".."):
            return f"by {_one(b)}"
        if b in ("", ".."):
            return f"from {_one(a)}"
        return f"{_one(a)} to {_one(b)}"
    return _one(value)


def span(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{human(start)} to {human(end)}"
    if start:
        return f"from {human(start)}"
    return f"until {human(end)}" if end else ""


__all__ = ["human", "span"]
