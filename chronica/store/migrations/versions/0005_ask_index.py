"""Ask: a full-text index over the stored sentences (SQLite FTS5 with BM25; PostgreSQL tsvector + GIN).

``ask_passages`` holds one row per sentence of the documents' own text (furniture left out, unrelated
pieces and reader comments flagged); ``ask_index_docs`` records which version of each document is in
it, so the index is refreshed incrementally (``chronica.ask.index.refresh``).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ask_index_docs",
        sa.Column("doc_id", sa.String(16), primary_key=True),
        sa.Column("stamp", sa.Text, nullable=False),  # the document's ingested_at when indexed
        sa.Column("first_row", sa.Integer, nullable=False),
        sa.Column("last_row", sa.Integer, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE ask_passages USING fts5("
            "text, doc_id UNINDEXED, s_start UNINDEXED, s_end UNINDEXED, relevant UNINDEXED, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        op.execute("CREATE VIRTUAL TABLE ask_passages_vocab USING fts5vocab(ask_passages, 'row')")
    else:
        op.create_table(
            "ask_passages",
            sa.Column("rowid", sa.Integer, primary_key=True, autoincrement=False),
            sa.Column("text", sa.Text, nullable=False),
            sa.Column("doc_id", sa.String(16), nullable=False),
            sa.Column("s_start", sa.Integer, nullable=False),
            sa.Column("s_end", sa.Integer, nullable=False),
            sa.Column("relevant", sa.Integer, nullable=False),
        )
        op.execute("CREATE INDEX ix_ask_passages_tsv ON ask_passages USING GIN (to_tsvector('english', text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS ask_passages_vocab")
        op.execute("DROP TABLE IF EXISTS ask_passages")
    else:
        op.drop_table("ask_passages")
    op.drop_table("ask_index_docs")
