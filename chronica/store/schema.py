"""The store's tables, in one place. Changes go through a migration in ``migrations/versions``."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("source", Text, nullable=False, unique=True),
    Column("content_hash", String(64)),
    Column("size", Integer),
    Column("mtime", Float),
    Column("format", String(16)),
    Column("encoding", String(32)),
    Column("title", Text),
    Column("title_source", Text),
    Column("author", Text),
    Column("author_source", Text),
    Column("published", String(64)),
    Column("published_source", Text),
    Column("published_evidence", Text),  # JSON list of candidate dates with spans and notes
    Column("language", String(16)),
    Column("status", String(16), nullable=False),  # ok | failed | duplicate
    Column("error", Text),
    Column("duplicate_of", String(16)),
    Column("text", Text),
    Column("char_count", Integer),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("pipeline_version", String(32), nullable=False),
)
Index("ix_documents_hash", documents.c.content_hash)

segments = Table(
    "segments",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("doc_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("parent_id", String(16)),
    Column("ord", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("title", Text),
    Column("title_start", Integer),
    Column("title_end", Integer),
    Column("author", Text),
    Column("date_text", Text),
    Column("date_start", Integer),
    Column("relevance", Float),
)
Index("ix_segments_doc", segments.c.doc_id, segments.c.ord)

sentences = Table(
    "sentences",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("doc_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("segment_id", String(16), nullable=False),
    Column("ord", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
Index("ix_sentences_doc", sentences.c.doc_id, sentences.c.ord)

events = Table(
    "events",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("doc_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("segment_id", String(16)),
    Column("ord", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("type", String(24), nullable=False),
    Column("trigger", Text),
    Column("date", String(64)),  # EDTF
    Column("date_text", Text),
    Column("date_start", Integer),
    Column("date_end", Integer),
    Column("earliest", String(16)),
    Column("latest", String(16)),
    Column("precision", String(16)),
    Column("date_anchor", Text),
    Column("date_inherited", Boolean),
    Column("actors", Text),  # JSON list of {name, text, kind, role, start, end}
    Column("location", Text),  # JSON {place, feature, admin1, country, lat, lon, precision, text, start, end}
    Column("killed", Integer),
    Column("wounded", Integer),
    Column("casualties", Text),  # JSON list of the stated figures with spans
    Column("relevant", Boolean, nullable=False),
    Column("confidence", Float),
)
Index("ix_events_doc", events.c.doc_id, events.c.ord)
Index("ix_events_earliest", events.c.earliest)
