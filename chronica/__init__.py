"""chronica: cited timelines, event datasets and profiles of armed groups from piles of documents."""

__version__ = "0.1.0"

from chronica.api import IngestSummary, document_listing, document_view, ingest  # noqa: E402
from chronica.errors import ChronicaError, IngestError, NotFoundError, StoreError  # noqa: E402
from chronica.store import Store  # noqa: E402

__all__ = [
    "ChronicaError",
    "IngestError",
    "IngestSummary",
    "NotFoundError",
    "Store",
    "StoreError",
    "__version__",
    "document_listing",
    "document_view",
    "ingest",
]
