"""Knowledge: actor mentions and claims per document; entities, corrections, event clusters, source grades.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _doc_fk() -> sa.ForeignKey:
    return sa.ForeignKey("documents.id", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "knowledge_docs",
        sa.Column("doc_id", sa.String(16), _doc_fk(), primary_key=True),
        sa.Column("version", sa.String(32), nullable=False),
    )
    op.create_table(
        "actor_mentions",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("doc_id", sa.String(16), _doc_fk(), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("doc_name", sa.Text, nullable=False),
        sa.Column("source", sa.Boolean, nullable=False),
        sa.Column("relevant", sa.Boolean, nullable=False),
        sa.Column("context", sa.Text),
        sa.Column("entity_id", sa.Text),
    )
    op.create_index("ix_actor_mentions_doc", "actor_mentions", ["doc_id", "start"])
    op.create_index("ix_actor_mentions_entity", "actor_mentions", ["entity_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("doc_id", sa.String(16), _doc_fk(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("relation", sa.String(24)),
        sa.Column("object", sa.Text),
        sa.Column("date", sa.String(64)),
        sa.Column("end_date", sa.String(64)),
        sa.Column("role", sa.Text),
        sa.Column("ord", sa.Integer),
        sa.Column("end_reason", sa.Text),
        sa.Column("low", sa.Integer),
        sa.Column("high", sa.Integer),
        sa.Column("unit", sa.String(16)),
        sa.Column("by_name", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.Column("relevant", sa.Boolean, nullable=False),
        sa.Column("extra", sa.Text),
        sa.Column("subject_entity", sa.Text),
        sa.Column("object_entity", sa.Text),
        sa.Column("by_entity", sa.Text),
    )
    op.create_index("ix_claims_doc", "claims", ["doc_id"])
    op.create_index("ix_claims_subject", "claims", ["subject_entity"])
    op.create_index("ix_claims_object", "claims", ["object_entity"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("aliases", sa.Text, nullable=False),
        sa.Column("docs", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("names", sa.Text, nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("who", sa.Text),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True)),
        sa.Column("before", sa.Text),
    )
    op.create_table(
        "event_clusters",
        sa.Column("event_id", sa.String(16), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("cluster_id", sa.String(24), nullable=False),
        sa.Column("merged_by", sa.Text),
    )
    op.create_index("ix_event_clusters_cluster", "event_clusters", ["cluster_id"])
    op.create_table(
        "source_grades",
        sa.Column("source", sa.Text, primary_key=True),
        sa.Column("grade", sa.String(1), nullable=False),
        sa.Column("who", sa.Text),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text),
    )


def downgrade() -> None:
    for name in ("source_grades", "event_clusters", "corrections", "entities", "claims", "actor_mentions",
                 "knowledge_docs"):
        op.drop_table(name)
