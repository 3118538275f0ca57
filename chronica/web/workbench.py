"""What the web app holds between requests: the store, and cached views of it that every change to the
store (a correction, a merge, an ingest) invalidates by bumping :attr:`Workbench.version`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from chronica.store import Store

T = TypeVar("T")


class Workbench:
    """The store behind one app, with a small thread-safe cache keyed by name and the store version."""

    def __init__(self, store: Store, *, who: str | None = None) -> None:
        self.store = store
        self.who = who
        self.version = 0
        self.warm = False  # set once the server's start-up warm-up has built the first views
        self._lock = threading.RLock()
        self._cache: dict[str, tuple[int, Any]] = {}

    def cached(self, key: str, build: Callable[[], T]) -> T:
        """``build()``'s value, computed once per store version (concurrent callers wait for one build)."""
        hit = self._cache.get(key)
        if hit is not None and hit[0] == self.version:
            return hit[1]  # type: ignore[no-any-return]
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == self.version:
                return hit[1]  # type: ignore[no-any-return]
            version = self.version
            value = build()
            self._cache[key] = (version, value)
            return value

    def changed(self) -> None:
        """Call after anything writes to the store: every cached view is rebuilt on its next use."""
        with self._lock:
            self.version += 1
            self._cache.clear()

    def all_events(self) -> list[dict[str, Any]]:
        """Every merged event record, unrelated and undated ones included, in date order."""
        from chronica.events.query import EventFilter
        from chronica.knowledge.merged import merged_events

        return self.cached("events:all", lambda: merged_events(
            self.store, EventFilter(include_unrelated=True, include_undated=True)))

    def event_index(self) -> dict[str, dict[str, Any]]:
        """Merged records by id, and by the id of every member passage, so old links keep working."""
        def build() -> dict[str, dict[str, Any]]:
            out: dict[str, dict[str, Any]] = {}
            for ev in self.all_events():
                out[ev["id"]] = ev
                for member in ev.get("members") or []:
                    out.setdefault(member, ev)
            return out

        return self.cached("events:index", build)
