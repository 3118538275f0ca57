"""What every command shares: the store from ``--db`` and error handling."""

from __future__ import annotations

from dataclasses import dataclass, field

import click

from chronica.errors import ChronicaError
from chronica.store import Store


@dataclass
class Context:
    db: str
    _store: Store | None = field(default=None, repr=False)

    def store(self) -> Store:
        if self._store is None:
            try:
                self._store = Store.open(self.db)
            except ChronicaError as err:
                raise click.ClickException(str(err)) from err
        return self._store
