"""Title, author and publication date of a document, each with the evidence it was found from.

A date at the top of a page can be when the page was crawled or printed rather than when the piece
was published: it is checked against the dates of reader comments, which cannot precede the piece.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from dateutil import parser as dateparser

from chronica.records import Evidence, ParsedDocument, SegmentSpan

_PIECES = ("article", "post")


def parse_date(value: str) -> date | None:
    """A calendar date from a date line or a metadata value, or None."""
    value = re.sub(r"^(?:posted|published|updated|last updated)(?:\s+on)?:?\s+", "", value.strip(), flags=re.I)
    if not re.search(r"\d{4}", value):
        return None
    try:
        parsed = dateparser.parse(value, fuzzy=False, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if parsed is None or not 1000 <= parsed.year <= 2200:
        return None
    return parsed.date()


def _iso(value: str) -> str:
    """Keep the precision a metadata date was given with (a year, a month or a day)."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if m:
        return "-".join(p for p in m.groups() if p)
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else value


def document_metadata(parsed: ParsedDocument, spans: list[SegmentSpan]) -> dict[str, Any]:
    top = [s for s in spans if s.parent is None]
    main = next((s for s in top if s.kind in _PIECES), None)
    out: dict[str, Any] = {}

    title = parsed.title
    if title is None and main is not None and main.title:
        title = Evidence("text:title of the main piece", " ".join(main.title.split()), main.title_start,
                         main.title_end)
    out["title"] = title.value if title else None
    out["title_source"] = title.method if title else None

    author = parsed.author
    if author is None and main is not None and main.author:
        author = Evidence("text:byline of the main piece", main.author)
    out["author"] = author.value if author else None
    out["author_source"] = author.method if author else None

    evidence: list[dict[str, Any]] = []
    comment_dates = [
        (d, s) for s in spans if s.kind == "comment" and s.date_text and (d := parse_date(s.date_text)) is not None
    ]
    earliest_comment = min(comment_dates, key=lambda pair: pair[0]) if comment_dates else None
    if earliest_comment:
        d, s = earliest_comment
        evidence.append({"method": "text:earliest reader comment", "value": d.isoformat(), "start": s.date_start,
                         "text": s.date_text, "role": "upper bound"})
    chosen: tuple[str, str] | None = None
    candidates: list[tuple[str, str, int | None, str | None]] = []
    if parsed.published is not None:
        candidates.append((parsed.published.method, _iso(parsed.published.value), parsed.published.start,
                           parsed.published.note or None))
    if main is not None and main.date_text:
        d = parse_date(main.date_text)
        if d:
            candidates.append(("text:date line under the title", d.isoformat(), main.date_start, main.date_text))
    header = next((s for s in top if s.kind == "header" and s.date_text), None)
    if header is not None and header.date_text:
        d = parse_date(header.date_text)
        if d:
            candidates.append(("text:date in the page header", d.isoformat(), header.date_start, header.date_text))
    for method, value, start, text in candidates:
        record: dict[str, Any] = {"method": method, "value": value, "start": start, "text": text}
        if earliest_comment and value[:10] > earliest_comment[0].isoformat():
            record["role"] = "rejected"
            record["note"] = (f"later than the earliest reader comment ({earliest_comment[0].isoformat()}): "
                              "a crawl or print date, not the publication date")
        elif chosen is None:
            record["role"] = "chosen"
            chosen = (value, method)
        evidence.append(record)
    if chosen is None and main is not None:
        found = labelled_date(parsed.text, main.start, main.end)
        if found is not None:
            value, record = found
            if earliest_comment and value > earliest_comment[0].isoformat():
                record["role"] = "rejected"
            else:
                record["role"] = "chosen"
                chosen = (value, record["method"])
            evidence.append(record)
    if chosen is None and main is not None:
        found = dateline_date(parsed.text, main.start, main.end)
        if found is not None:
            value, record = found
            evidence.append(record)
            if earliest_comment and value > earliest_comment[0].isoformat():
                record["role"] = "rejected"
            else:
                record["role"] = "chosen"
                chosen = (value, record["method"])
    if chosen is None and earliest_comment:
        chosen = ("../" + earliest_comment[0].isoformat(), "text:on or before the earliest reader comment")
    out["published"] = chosen[0] if chosen else None
    out["published_source"] = chosen[1] if chosen else None
    out["published_evidence"] = evidence
    return out


_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
# "PARIS, Nov. 14 --", "MANCHESTER, England, May 24 —", "KABUL (Reuters) - ", "NAIROBI, Sept. 22, 2013 -"
DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z.'\- ]{1,40})(?:,[ \t]+[A-Z][\w.'\- ]{1,30})?,?[ \t]+(?:\([A-Za-z .]+\)[ \t]+)?"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]+(?P<day>\d{1,2})"
    r"(?:,?[ \t]+(?P<year>\d{4}))?[ \t]*(?:\([A-Za-z .]+\)[ \t]*)?(?:--|[\u2014\u2013-])", re.M)
# a month with its year ("January 2015", "Jan. 7, 2015", "7 January 2015"): the story's recent past
_MONTH_YEAR = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:[ \t]+\d{1,2},?)?[ \t]+((?:19|20)\d\d)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_IN_TEXT = re.compile(r"\b(?:on|late|early|last)?[ \t]*(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_DATELINE_REACH = 1500  # characters from the start of the piece a dateline may stand


# A line of its own that labels the piece's date, at its top or its foot: "Published: Tuesday 31 January
# 2023", "Filed: 11 December 2019, 18:40 local time", "First published on 3 May 2021"; an update's date is
# taken only when no publication date is labelled
_LABELLED = re.compile(
    r"^[ \t]*(?:(?P<pub>(?:first[ \t]+)?published|filed|posted|dated?)|(?P<upd>(?:last[ \t]+)?updated))"
    r"(?:[ \t]+on)?[ \t]*:?[ \t]+(?P<date>[^\n]{6,160})$", re.I | re.M)


def labelled_date(text: str, start: int, end: int) -> tuple[str, dict[str, Any]] | None:
    """The date a line of the piece labels as its publication ("Published: Tuesday 31 January 2023"), with
    its evidence; a full calendar date only (a time after it is left out)."""
    found: list[tuple[bool, int, str, str]] = []
    for m in _LABELLED.finditer(text, start, end):
        # the date before a time ("..., 09:40 GMT") or the end of its sentence ("2021. Updated as ...")
        raw = re.split(r",?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}\b|\.(?=[ \t]+[A-Z])|\.$|;|\|", m.group("date"))[0]
        if len(raw) > 60:
            continue
        if not re.search(r"\b\d{1,2}\b", re.sub(r"\d{4}", " ", raw)):
            continue  # a month and a year only: no day to read
        d = parse_date(raw)
        if d is not None:
            found.append((m.group("pub") is None, m.start(), d.isoformat(), m.group(0).strip()))
    if not found:
        return None
    _, at, value, line = min(found)
    return value, {"method": "text:labelled date line", "value": value, "start": at, "text": line}


def dateline_date(text: str, start: int, end: int) -> tuple[str, dict[str, Any]] | None:
    """The date of a news dateline ("PARIS, Nov. 14 --") at the top of a piece, with its evidence.

    A dateline without a year takes it from the text: the latest year the piece names with a month ("the
    January 2015 attack"), provided the dateline's day then falls on a weekday the lead paragraph names
    when it names one ("France woke on Saturday ..."). Otherwise no date: a bare year, or a month and
    year that do not fit the lead's weekday, may be any background."""
    m = DATELINE.search(text, start, min(end, start + _DATELINE_REACH))
    if m is None:
        return None
    month = _MONTHS.get(m.group("month")[:3].lower())
    day = int(m.group("day"))
    if month is None:
        return None
    record: dict[str, Any] = {"method": "text:dateline", "start": m.start(), "text": m.group(0).strip()}
    if m.group("year"):
        try:
            value = date(int(m.group("year")), month, day).isoformat()
        except ValueError:
            return None
        return value, {**record, "value": value}
    years = [int(y) for y in _MONTH_YEAR.findall(text, start, end)]
    if not years:
        return None  # a bare year ("since 2005") may be any background: no guess
    latest = max(years)
    para_end = text.find("\n", m.end(), end)
    lead = text[m.end():para_end if para_end >= 0 else end]
    named = {_WEEKDAYS.index(w.lower()) for w in _WEEKDAY_IN_TEXT.findall(lead)}
    try:
        choice = date(latest, month, day)
    except ValueError:
        return None
    if named and choice.weekday() not in named:
        return None  # the lead's weekday does not fit that year: the year named is background, no guess
    how = f"{latest}, the latest year the piece names with a month" + (
        f", whose {choice:%B} {day} is the {choice:%A} the lead names" if named else "")
    value = choice.isoformat()
    return value, {**record, "value": value, "note": f"year-less dateline; year from {how}"}
