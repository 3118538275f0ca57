"""An index on documents.content_hash: ingest looks every new file's bytes up by their hash.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_hash", "documents", ["content_hash"])


def downgrade() -> None:
    op.drop_index("ix_documents_hash", "documents")
