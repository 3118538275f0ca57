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

# --- knowledge (chronica.knowledge): per-document mentions and claims, corpus-level entities -----------

knowledge_docs = Table(
    "knowledge_docs",  # which documents have their mentions and claims extracted, by which version
    metadata,
    Column("doc_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("version", String(32), nullable=False),
)

actor_mentions = Table(
    "actor_mentions",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("doc_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(8), nullable=False),
    Column("doc_name", Text, nullable=False),  # the canonical name within the document
    Column("source", Boolean, nullable=False),  # cited as the source of a claim
    Column("relevant", Boolean, nullable=False),  # not in an unrelated piece or a reader comment
    Column("context", Text),  # JSON: the NameMention context (co-names, places, years, roles, ...)
    Column("entity_id", Text),  # set by resolution
)
Index("ix_actor_mentions_doc", actor_mentions.c.doc_id, actor_mentions.c.start)
Index("ix_actor_mentions_entity", actor_mentions.c.entity_id)

claims = Table(
    "claims",  # relations, leadership tenures and strength estimates as each passage states them
    metadata,
    Column("id", String(16), primary_key=True),
    Column("doc_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),  # relation | leadership | estimate
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("relation", String(24)),
    Column("object", Text),
    Column("date", String(64)),
    Column("end_date", String(64)),
    Column("role", Text),
    Column("ord", Integer),
    Column("end_reason", Text),
    Column("low", Integer),
    Column("high", Integer),
    Column("unit", String(16)),
    Column("by_name", Text),
    Column("confidence", Float),
    Column("relevant", Boolean, nullable=False),
    Column("extra", Text),  # JSON
    Column("subject_entity", Text),  # set by resolution
    Column("object_entity", Text),
    Column("by_entity", Text),
)
Index("ix_claims_doc", claims.c.doc_id)
Index("ix_claims_subject", claims.c.subject_entity)
Index("ix_claims_object", claims.c.object_entity)

entities = Table(
    "entities",  # rebuilt by every resolution
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(8), nullable=False),
    Column("aliases", Text, nullable=False),  # JSON list
    Column("docs", Text, nullable=False),  # JSON list of document ids
    Column("evidence", Text, nullable=False),  # JSON list of {rule, names, docs, detail}
    Column("mentions", Integer, nullable=False),
)

corrections = Table(
    "corrections",  # an analyst's merges, splits and renames: applied on every resolution until undone
    metadata,
    Column("id", String(16), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("action", String(16), nullable=False),
    Column("names", Text, nullable=False),  # JSON list
    Column("value", Text),
    Column("who", Text),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
    Column("before", Text),  # JSON: the entities the names belonged to when the correction was made
)

event_clusters = Table(
    "event_clusters",  # events that tell of one real-world event (rebuilt by every resolution)
    metadata,
    Column("event_id", String(16), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("cluster_id", String(24), nullable=False),
    Column("merged_by", Text),  # JSON list of the rules that linked it
)
Index("ix_event_clusters_cluster", event_clusters.c.cluster_id)

source_grades = Table(
    "source_grades",  # Admiralty-code reliability of a source (by its path, so a re-ingest keeps it)
    metadata,
    Column("source", Text, primary_key=True),
    Column("grade", String(1), nullable=False),
    Column("who", Text),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("note", Text),
)

event_edits = Table(
    "event_edits",  # an analyst's edits of an event's date, type or place: applied on every read until undone
    metadata,
    Column("id", String(16), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("event_id", String(24), nullable=False),  # the record edited (a merged id or a passage's id)
    Column("members", Text, nullable=False),  # JSON list of its member passage ids: the key edits apply by
    Column("field", String(16), nullable=False),  # date | type | place
    Column("before", Text),  # JSON: the field's value(s) on the record when edited
    Column("after", Text),  # JSON: the new value(s)
    Column("who", Text),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
)
