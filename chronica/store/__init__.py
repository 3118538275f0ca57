"""Storage behind a small interface: SQLite files and PostgreSQL, one schema, versioned migrations."""

from chronica.store.store import DEFAULT_DB, SourceState, Store, resolve_url

__all__ = ["DEFAULT_DB", "SourceState", "Store", "resolve_url"]
