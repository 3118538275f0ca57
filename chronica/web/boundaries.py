"""The boundary outlines the map draws: world countries (Natural Earth 1:110m, public domain) and the
provinces and districts of Afghanistan (geoBoundaries ADM1 and ADM2, public domain), shipped in ``chronica/web/data/`` as small
GeoJSON feature collections built by ``scripts/build_boundaries.py`` (see the NOTICE file).

The geometry helpers here (Douglas-Peucker simplification, rounding, ring area and point-in-ring) are
the ones the build script uses; at run time this module only reads the shipped files and serves their
bytes with a content hash as ETag."""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"

# level name -> shipped file
LEVELS: dict[str, str] = {
    "countries": "countries.geojson",
    "afg-adm1": "afg_adm1.geojson",
    "afg-adm2": "afg_adm2.geojson",
}

ATTRIBUTION: dict[str, str] = {
    "countries": "Country outlines: Made with Natural Earth (1:110m admin-0, public domain).",
    "afg-adm1": "Administrative boundaries courtesy of geoBoundaries.org (Runfola et al. 2020).",
    "afg-adm2": "Administrative boundaries courtesy of geoBoundaries.org (Runfola et al. 2020).",
}

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Payload:
    """One level's file as served: its bytes and a strong ETag (a hash of the bytes)."""

    level: str
    body: bytes
    etag: str


def _check(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(f"unknown boundary level {level!r}; use one of: {', '.join(LEVELS)}")
    return LEVELS[level]


@cache
def payload(level: str) -> Payload:
    """The shipped file of ``level`` (read once per process)."""
    body = (DATA / _check(level)).read_bytes()
    return Payload(level, body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')


@cache
def version() -> str:
    """A short hash of every shipped file: the page asks for ``?v=<version>`` so that the browser may keep
    the files for good (a new chronica with new outlines gives a new version, hence new URLs)."""
    digest = hashlib.sha256("".join(payload(level).etag for level in LEVELS).encode()).hexdigest()
    return digest[:12]


def load(level: str) -> dict[str, Any]:
    """The parsed feature collection of ``level``."""
    data: dict[str, Any] = json.loads(payload(level).body)
    return data


def data_size() -> int:
    """Bytes of every shipped boundary file together."""
    return sum((DATA / name).stat().st_size for name in LEVELS.values())


# --- geometry helpers (used by scripts/build_boundaries.py) -------------------------------------------

def _segment_distance(p: Point, a: Point, b: Point) -> float:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    if dx == 0 and dy == 0:
        return math.hypot(p[0] - ax, p[1] - ay)
    t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy))


def simplify(line: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker: the points of ``line`` that keep it within ``tolerance`` of the original (the
    first and last points always stay; for a closed ring they are the same point)."""
    if len(line) < 3 or tolerance <= 0:
        return list(line)
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = -1.0, -1
        for i in range(first + 1, last):
            d = _segment_distance(line[i], line[first], line[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(line, keep, strict=True) if k]


def simplify_ring(ring: list[Point], tolerance: float) -> list[Point]:
    """A closed ring simplified: split at the point farthest from the start so that a ring whose first
    and last points coincide does not collapse, then rejoined and closed."""
    if len(ring) < 4:
        return list(ring)
    pts = ring[:-1] if ring[0] == ring[-1] else list(ring)
    far = max(range(len(pts)), key=lambda i: (pts[i][0] - pts[0][0]) ** 2 + (pts[i][1] - pts[0][1]) ** 2)
    first = simplify(pts[: far + 1], tolerance)
    second = simplify([*pts[far:], pts[0]], tolerance)
    out = first[:-1] + second
    return out


def round_ring(ring: list[Point], digits: int = 2) -> list[Point]:
    """Coordinates rounded to ``digits`` decimals, repeated points dropped, the ring kept closed."""
    out: list[Point] = []
    for x, y in ring:
        p = (round(x, digits) + 0.0, round(y, digits) + 0.0)  # + 0.0 turns -0.0 into 0.0
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def ring_area(ring: list[Point]) -> float:
    """Signed area (shoelace; positive when counter-clockwise)."""
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        s += x1 * y2 - x2 * y1
    return s / 2


def ring_centroid(ring: list[Point]) -> Point:
    a = ring_area(ring)
    if a == 0:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        return (sum(xs) / len(xs), sum(ys) / len(ys))
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        f = x1 * y2 - x2 * y1
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    return (cx / (6 * a), cy / (6 * a))


def in_ring(p: Point, ring: list[Point]) -> bool:
    """Whether ``p`` lies inside ``ring`` (even-odd rule)."""
    x, y = p
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


__all__ = ["ATTRIBUTION", "LEVELS", "Payload", "data_size", "in_ring", "load", "payload", "ring_area",
           "ring_centroid", "round_ring", "simplify", "simplify_ring", "version"]
