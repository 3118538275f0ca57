"""The words before a date that make it a group's founding date.

"... has killed thousands since its inception in 2015", "since it was founded in 2009", "founded in 2015":
the date is when the group was founded, whatever else the passage tells. Event extraction reads a tally
"since" a founding as the founding itself; same-event linking compares such a record as the founding.
"""

from __future__ import annotations

import re

# ends right before the date it governs
FOUNDED_BEFORE_DATE = re.compile(
    r"\b(?:(?P<since>since)\s+(?:its|their|the\s+(?:group|movement)[\u2019']s)\s+(?:inception|founding|formation|"
    r"creation|establishment|emergence|birth)"
    r"|(?:after|before)\s+(?:its|their|the\s+group[\u2019']s)\s+(?:inception|founding|formation|creation|"
    r"establishment|emergence)"
    r"|(?P<since_it>since)\s+(?:it|they)\s+(?:was|were)\s+(?:formed|founded|established|created|set\s+up)"
    r"|(?:formed|founded|established|created)(?:\s+\w+){0,3}?)"
    r"\s+(?:in|on)\s*(?:(?:early|late)\s+|mid-?\s*)?$",
    re.IGNORECASE,
)


def founded_before(text: str, start: int, end: int, *, since_only: bool = False) -> bool:
    """Whether ``text[start:end]`` ends with the words of a founding date; ``since_only``: only a time
    counted since the founding ("since its inception in"), not "founded in"."""
    m = FOUNDED_BEFORE_DATE.search(text, start, end)
    return m is not None and (not since_only or bool(m.group("since") or m.group("since_it")))


__all__ = ["FOUNDED_BEFORE_DATE", "founded_before"]
