"""Events: one row per event mention, with its date, type, actors, place and casualty figures.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("doc_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("segment_id", sa.String(16)),
        sa.Column("ord", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("type", sa.String(24), nullable=False),
        sa.Column("trigger", sa.Text),
        sa.Column("date", sa.String(64)),
        sa.Column("date_text", sa.Text),
        sa.Column("date_start", sa.Integer),
        sa.Column("date_end", sa.Integer),
        sa.Column("earliest", sa.String(16)),
        sa.Column("latest", sa.String(16)),
        sa.Column("precision", sa.String(16)),
        sa.Column("date_anchor", sa.Text),
        sa.Column("date_inherited", sa.Boolean),
        sa.Column("actors", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("killed", sa.Integer),
        sa.Column("wounded", sa.Integer),
        sa.Column("casualties", sa.Text),
        sa.Column("relevant", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Float),
    )
    op.create_index("ix_events_doc", "events", ["doc_id", "ord"])
    op.create_index("ix_events_earliest", "events", ["earliest"])


def downgrade() -> None:
    op.drop_index("ix_events_earliest", "events")
    op.drop_index("ix_events_doc", "events")
    op.drop_table("events")
