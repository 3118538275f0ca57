"""An analyst's corrections to the entities: merge, split, rename, undo. Each is recorded (who, when,
the entities before) and re-applied on every resolution until it is undone."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from chronica.errors import NotFoundError
from chronica.knowledge import storage
from chronica.knowledge.build import resolve_entities
from chronica.knowledge.profile import find_entity
from chronica.store import Store


def _name_of(store: Store, ref: str) -> tuple[str, dict[str, Any]]:
    """The name a correction records for ``ref`` (an entity id, display name or alias), and its entity."""
    ent = find_entity(store, ref)
    return (ref if ref != ent["id"] else ent["name"]), ent


def _correction_id(action: str, names: list[str]) -> str:
    key = f"{action}|{'|'.join(names)}|{datetime.now(UTC).isoformat()}"
    return hashlib.blake2b(key.encode(), digest_size=6).hexdigest()


def _record(store: Store, action: str, names: list[str], before: list[dict[str, Any]], value: str | None,
            who: str | None) -> dict[str, Any]:
    row = storage.add_correction(store, _correction_id(action, names), action, names, value, who,
                                 [{"id": e["id"], "name": e["name"], "aliases": e["aliases"]} for e in before])
    resolve_entities(store)
    return row


def merge(store: Store, refs: list[str], who: str | None = None) -> dict[str, Any]:
    """Put the entities (or names) ``refs`` together; returns the correction."""
    if len(refs) < 2:
        raise ValueError("merge needs at least two names or entity ids")
    pairs = [_name_of(store, r) for r in refs]
    kinds = {e["kind"] for _, e in pairs}
    if len(kinds) > 1:
        raise ValueError(f"cannot merge a {' and a '.join(sorted(kinds))}: people, groups and states stay apart")
    return _record(store, "merge", [n for n, _ in pairs], [e for _, e in pairs], None, who)


def split(store: Store, name: str, who: str | None = None) -> dict[str, Any]:
    """Take the mentions written ``name`` out of their entity into one of their own."""
    written, ent = _name_of(store, name)
    if written == ent["name"] and len(ent["aliases"]) <= 1:
        raise ValueError(f"{name!r} is the only name of its entity: nothing to split")
    return _record(store, "split", [written], [ent], None, who)


def rename(store: Store, ref: str, new_name: str, who: str | None = None) -> dict[str, Any]:
    """Give an entity a new display name (its id stays)."""
    if not new_name.strip():
        raise ValueError("the new name is empty")
    written, ent = _name_of(store, ref)
    return _record(store, "rename", [written], [ent], new_name.strip(), who)


def undo(store: Store, correction_id: str | None = None) -> dict[str, Any]:
    """Undo one correction (the latest in force when no id is given) and resolve again."""
    in_force = storage.load_corrections(store, include_undone=False)
    if not in_force:
        raise NotFoundError("no correction to undo")
    target = in_force[-1] if correction_id is None else next((c for c in in_force if c["id"] == correction_id), None)
    if target is None:
        raise NotFoundError(f"no correction {correction_id!r} in force (see `chronica entities log`)")
    storage.undo_correction(store, target["id"])
    resolve_entities(store)
    return target


__all__ = ["merge", "rename", "split", "undo"]
