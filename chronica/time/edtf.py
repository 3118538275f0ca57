"""EDTF values: formatting, validation, calendar arithmetic and earliest/latest bounds."""

from __future__ import annotations

import calendar
import datetime as dt
import re

MIN_YEAR, MAX_YEAR = -9999, 2200

# season code -> (first month, last month); winter runs into the next year
SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}

_VALUE = re.compile(
    r"(?P<neg>-)?(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-Q(?P<q>[1-4])|-W(?P<w>\d{2})(?P<we>-WE)?)?"
    r"(?:T[\dA-Z:]+)?(?P<q2>[~?%]?)"
)
_DECADE = re.compile(r"(?P<c>\d{3})X[~?%]?")
# unspecified digits on the right (EDTF level 1): "1915-XX-XX" a day of 1915, "1915-10-XX" one of October
_UNSPEC = re.compile(r"(?P<y>-?\d{4})-(?:XX-XX|(?P<m>\d{2})-XX)(?:T[\dA-Z:]+)?[~?%]?")
_CENTURY = re.compile(r"(?P<c>\d{2})XX[~?%]?")


def days_in_month(year: int, month: int) -> int:
    if year < 1:  # astronomical years: proleptic Gregorian leap rule
        return 29 if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else (
            calendar.monthrange(2001, month)[1])
    return calendar.monthrange(year, month)[1]


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= days_in_month(year if year >= 1 else 2000 + year % 400, month)


def fmt_year(year: int) -> str:
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def unspecified_day(year: int, month: int | None = None) -> str:
    """A day the text does not date beyond its year (and month): "1915-XX-XX", "1915-10-XX"."""
    return f"{fmt_year(year)}-{month:02d}-XX" if month else f"{fmt_year(year)}-XX-XX"


def fmt(year: int, month: int | None = None, day: int | None = None) -> str:
    out = fmt_year(year)
    if month is not None:
        out += f"-{month:02d}"
        if day is not None:
            out += f"-{day:02d}"
    return out


def add_days(year: int, month: int, day: int, n: int) -> tuple[int, int, int]:
    d = dt.date(year, month, day) + dt.timedelta(days=n)
    return d.year, d.month, d.day


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def iso_week(year: int, month: int, day: int) -> tuple[int, int]:
    y, w, _ = dt.date(year, month, day).isocalendar()
    return y, w


def weekday(year: int, month: int, day: int) -> int:
    """Monday = 0."""
    return dt.date(year, month, day).weekday()


def _narrow(lo: tuple[int, int, int], hi: tuple[int, int, int], mod: str | None) -> tuple[
        tuple[int, int, int], tuple[int, int, int]]:
    """Cut [lo, hi] to its first, middle or last third for EARLY / MID / LATE."""
    if mod not in ("EARLY", "MID", "LATE", "START", "END") or lo[0] < 1:
        return lo, hi
    a = dt.date(*lo).toordinal()
    b = dt.date(*hi).toordinal()
    third = (b - a + 1) // 3
    if mod in ("EARLY", "START"):
        b = a + third - 1
    elif mod in ("LATE", "END"):
        a = b - third + 1
    else:
        a, b = a + third, b - third
    x, y = dt.date.fromordinal(a), dt.date.fromordinal(b)
    return (x.year, x.month, x.day), (y.year, y.month, y.day)


def _fmt3(t: tuple[int, int, int]) -> str:
    return fmt(*t)


def bounds(value: str | None, mod: str | None = None) -> tuple[str | None, str | None]:
    """Earliest and latest calendar day covered by an EDTF value (None for durations, refs)."""
    if not value:
        return None, None
    if "/" in value:
        first, _, second = value.partition("/")
        return bounds(first)[0], bounds(second)[1]
    m = _DECADE.fullmatch(value)
    if m:
        y = int(m.group("c")) * 10
        lo, hi = (y, 1, 1), (y + 9, 12, 31)
        lo, hi = _narrow(lo, hi, mod)
        return _fmt3(lo), _fmt3(hi)
    m = _UNSPEC.fullmatch(value)
    if m:
        return bounds(m.group("y") + (f"-{m.group('m')}" if m.group("m") else ""))
    m = _CENTURY.fullmatch(value)
    if m:
        y = int(m.group("c")) * 100
        lo, hi = _narrow((max(y, 1), 1, 1), (y + 99, 12, 31), mod)
        return _fmt3(lo), _fmt3(hi)
    m = _VALUE.fullmatch(value)
    if not m:
        return None, None
    year = int(m.group("y")) * (-1 if m.group("neg") else 1)
    if m.group("d"):
        mo, d = int(m.group("m")), int(m.group("d"))
        return fmt(year, mo, d), fmt(year, mo, d)
    if m.group("m"):
        mo = int(m.group("m"))
        if 33 <= mo <= 36:
            q = mo - 32
            lo, hi = (year, 3 * q - 2, 1), (year, 3 * q, days_in_month(year, 3 * q))
        elif mo in (40, 41):  # semestrals: the first and second half of the year
            lo, hi = ((year, 1, 1), (year, 6, 30)) if mo == 40 else ((year, 7, 1), (year, 12, 31))
        elif mo in SEASON_MONTHS:
            a, b = SEASON_MONTHS[mo]
            y2, b2 = (year + 1, b - 12) if b > 12 else (year, b)
            lo, hi = (year, a, 1), (y2, b2, days_in_month(y2, b2))
        elif 1 <= mo <= 12:
            lo, hi = (year, mo, 1), (year, mo, days_in_month(year, mo))
        else:
            return None, None
    elif m.group("q"):
        q = int(m.group("q"))
        lo, hi = (year, 3 * q - 2, 1), (year, 3 * q, days_in_month(year, 3 * q))
    elif m.group("w"):
        try:
            monday = dt.date.fromisocalendar(year, int(m.group("w")), 1)
        except ValueError:
            return None, None
        sunday = monday + dt.timedelta(days=6)
        if m.group("we"):
            monday = monday + dt.timedelta(days=5)
        return monday.isoformat(), sunday.isoformat()
    else:
        lo, hi = (year, 1, 1), (year, 12, 31)
    lo, hi = _narrow(lo, hi, mod)
    return _fmt3(lo), _fmt3(hi)


def precision_of(value: str | None) -> str | None:
    """The granularity of an EDTF value."""
    if not value:
        return None
    if value.endswith("_REF"):
        return "ref"
    if value.startswith("P"):
        return "duration"
    if "/" in value:
        a, _, b = value.partition("/")
        pa, pb = precision_of(a), precision_of(b)
        order = ["day", "week", "month", "season", "quarter", "half", "year", "decade", "century"]
        if pa in order and pb in order:
            return max(pa, pb, key=order.index)
        return pa
    v = value.rstrip("~?%")
    u = _UNSPEC.fullmatch(v)
    if u:
        return "month" if u.group("m") else "year"
    if _DECADE.fullmatch(v):
        return "decade"
    if _CENTURY.fullmatch(v):
        return "century"
    m = _VALUE.fullmatch(v)
    if not m:
        return None
    if "T" in v:
        return "time"
    if m.group("d"):
        return "day"
    if m.group("m"):
        mo = int(m.group("m"))
        return "half" if mo >= 40 else "quarter" if mo > 30 else "season" if mo > 20 else "month"
    if m.group("q"):
        return "quarter"
    if m.group("w"):
        return "week"
    return "year"
