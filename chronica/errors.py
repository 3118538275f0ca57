"""The typed exceptions chronica raises; the CLI turns them into one-line messages."""

from __future__ import annotations


class ChronicaError(Exception):
    """Base class of every error chronica raises on purpose."""


class StoreError(ChronicaError):
    """The store cannot be opened, migrated or written."""


class IngestError(ChronicaError):
    """A document cannot be read or parsed; the batch goes on without it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotFoundError(ChronicaError):
    """A document, segment or other record asked for is not in the store."""
