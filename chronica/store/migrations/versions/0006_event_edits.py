"""Event edits: an analyst's corrections to an event's date, type or place, applied whenever events are
read until undone. Keyed by the member passage ids (``members``, a JSON list) so that an edit survives a
re-resolution that changes the merged record's id.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_edits",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("event_id", sa.String(24), nullable=False),
        sa.Column("members", sa.Text, nullable=False),
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.Column("who", sa.Text),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    op.drop_table("event_edits")
