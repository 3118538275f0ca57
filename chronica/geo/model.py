"""Value types of the geo package."""

from __future__ import annotations

from dataclasses import dataclass

FEATURES = ("country", "admin1", "admin2", "city", "village", "region")


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical gazetteer name, e.g. "Jalalabad"
    feature: str  # "country" | "admin1" | "admin2" | "city" | "village" | "region"
    admin1: str | None  # e.g. "Nangarhar"
    country: str | None  # ISO 3166-1 alpha-2, e.g. "AF"
    lat: float | None
    lon: float | None
    precision: int  # UCDP where_prec: 1 exact, 2 within 25 km, 3 admin2, 4 admin1, 6 country, 7 region
    source: str  # dataset the row came from


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place
    confidence: float
