"""Documents, segments and sentences.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("source", sa.Text, nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("size", sa.Integer),
        sa.Column("mtime", sa.Float),
        sa.Column("format", sa.String(16)),
        sa.Column("encoding", sa.String(32)),
        sa.Column("title", sa.Text),
        sa.Column("title_source", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("author_source", sa.Text),
        sa.Column("published", sa.String(64)),
        sa.Column("published_source", sa.Text),
        sa.Column("published_evidence", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("duplicate_of", sa.String(16)),
        sa.Column("text", sa.Text),
        sa.Column("char_count", sa.Integer),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
    )
    op.create_table(
        "segments",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("doc_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("parent_id", sa.String(16)),
        sa.Column("ord", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("title_start", sa.Integer),
        sa.Column("title_end", sa.Integer),
        sa.Column("author", sa.Text),
        sa.Column("date_text", sa.Text),
        sa.Column("date_start", sa.Integer),
        sa.Column("relevance", sa.Float),
    )
    op.create_index("ix_segments_doc", "segments", ["doc_id", "ord"])
    op.create_table(
        "sentences",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("doc_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("segment_id", sa.String(16), nullable=False),
        sa.Column("ord", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_sentences_doc", "sentences", ["doc_id", "ord"])


def downgrade() -> None:
    op.drop_table("sentences")
    op.drop_table("segments")
    op.drop_table("documents")
