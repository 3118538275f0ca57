"""The store: a SQLite file or a PostgreSQL database behind one small interface."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, Table, bindparam, create_engine, delete, event, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from chronica.errors import NotFoundError, StoreError
from chronica.store.schema import documents, events, segments, sentences

DEFAULT_DB = "chronica.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(db: str | None) -> str:
    """Turn a ``--db`` value (a file path or a database URL) into an SQLAlchemy URL."""
    value = db or os.environ.get("CHRONICA_DB") or DEFAULT_DB
    if "://" in value:
        if value.startswith("postgres://"):
            value = "postgresql://" + value[len("postgres://") :]
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


@dataclass(frozen=True, slots=True)
class SourceState:
    """What the store remembers about a source path, to decide whether to re-ingest it."""

    doc_id: str
    content_hash: str | None
    size: int | None
    mtime: float | None
    status: str
    pipeline_version: str


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class _Batch:
    """One connection that writes the documents of a batch in shared transactions (see :meth:`Store.batch`)."""

    def __init__(self, engine: Engine, documents: int, seconds: float) -> None:
        self.engine = engine
        self.conn = engine.connect()
        self.thread = threading.get_ident()
        self.every = documents
        self.seconds = seconds
        self.pending = 0
        self.since = 0.0
        self._open()

    def usable(self) -> Connection:
        """The batch's connection, a new one in a new transaction if an error or an interruption has
        invalidated the old one (its uncommitted documents are lost, none half written)."""
        if self.conn.invalidated or not self.trans.is_active:
            self.conn.close()
            self.conn = self.engine.connect()
            self._open()
        return self.conn

    def _open(self) -> None:
        self.trans = self.conn.begin()
        if self.conn.dialect.name == "sqlite":
            # pysqlite starts its implicit transaction only before a data change, so a savepoint
            # would open (and its release commit) a transaction of its own: begin one explicitly
            self.conn.exec_driver_sql("BEGIN")
        self.pending = 0
        self.since = time.monotonic()

    def commit(self) -> None:
        if self.trans.is_active and not self.conn.invalidated:
            self.trans.commit()

    def _renew(self) -> None:
        self.commit()
        if not self.conn.invalidated:
            self._open()  # (an invalidated connection is replaced at its next use)

    def commit_pending(self) -> None:
        if self.pending:
            self._renew()

    def document_written(self) -> None:
        self.pending += 1
        if self.pending >= self.every or time.monotonic() - self.since >= self.seconds:
            self._renew()


class Store:
    """Documents, segments and sentences, with provenance, in a SQL database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._batch: _Batch | None = None

    @contextmanager
    def batch(self, *, documents: int = 64, seconds: float = 1.0) -> Iterator[None]:
        """Within this block, this thread's reads and writes share one connection, and the documents
        written are committed together, every ``documents`` documents or ``seconds`` seconds, whichever
        comes first, and when the block ends, however it ends. Each document is still all or nothing:
        it is written under a savepoint, and a document whose write fails is rolled back alone, the
        others of the transaction kept. A process killed outright (no exception) loses at most the
        documents since the last commit; none is ever half written."""
        if self._batch is not None:
            yield
            return
        try:
            batch = _Batch(self.engine, documents, seconds)
        except SQLAlchemyError as err:
            raise StoreError(f"cannot open a batch: {err.__class__.__name__}: {err}") from err
        self._batch = batch
        try:
            yield
        finally:
            self._batch = None
            try:
                batch.commit()
            finally:
                batch.conn.close()

    def commit_batch(self) -> None:
        """Commit the documents this thread's batch has written so far (nothing outside a batch)."""
        batch = self._own_batch()
        if batch is not None:
            batch.commit_pending()

    def _own_batch(self) -> _Batch | None:
        batch = self._batch
        return batch if batch is not None and batch.thread == threading.get_ident() else None

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        batch = self._own_batch()
        if batch is not None:
            yield batch.usable()
            return
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A connection in a transaction: this document's own, or a savepoint in the batch's."""
        batch = self._own_batch()
        if batch is None:
            with self.engine.begin() as conn:
                yield conn
            return
        conn = batch.usable()
        savepoint = conn.begin_nested()
        try:
            yield conn
        except BaseException:
            try:
                savepoint.rollback()
            except SQLAlchemyError:
                pass  # the connection is gone (an interruption invalidates it): so is this document
            raise
        savepoint.commit()
        batch.document_written()

    @classmethod
    def open(cls, db: str | None = None, *, migrate: bool = True) -> Store:
        """Open (and create or upgrade) the store at ``db``: a path, or a ``postgresql://`` URL."""
        url = resolve_url(db)
        try:
            if url.startswith("sqlite:///"):
                path = Path(url[len("sqlite:///") :])
                if not path.parent.is_dir():
                    raise StoreError(f"cannot create store {path}: folder {path.parent} does not exist")
            engine = create_engine(url)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            store = cls(engine)
            if migrate:
                store.migrate()
            return store
        except (SQLAlchemyError, ImportError) as err:
            raise StoreError(f"cannot open store {db or url}: {err.__class__.__name__}: {err}") from err

    def migrate(self) -> None:
        """Bring the schema to the newest migration."""
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            head = ScriptDirectory.from_config(cfg).get_current_head()
            if current == head:
                return
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    # -- writing -----------------------------------------------------------------------------

    def source_state(self, source: str) -> SourceState | None:
        with self._reading() as conn:
            row = conn.execute(
                select(
                    documents.c.id,
                    documents.c.content_hash,
                    documents.c.size,
                    documents.c.mtime,
                    documents.c.status,
                    documents.c.pipeline_version,
                ).where(documents.c.source == source)
            ).first()
        return SourceState(*row) if row else None

    def touch_source(self, source: str, size: int, mtime: float) -> None:
        """Record a new mtime for a source whose content did not change."""
        with self._writing() as conn:
            conn.execute(
                documents.update().where(documents.c.source == source).values(size=size, mtime=mtime)
            )

    def find_by_hash(self, digest: str) -> tuple[str, str] | None:
        """The (id, source) of a stored, readable document with these bytes, if any."""
        with self._reading() as conn:
            row = conn.execute(
                select(documents.c.id, documents.c.source).where(
                    documents.c.content_hash == digest, documents.c.status == "ok"
                )
            ).first()
        return (row[0], row[1]) if row else None

    def write_document(
        self,
        row: dict[str, Any],
        segment_rows: Sequence[dict[str, Any]] = (),
        sentence_rows: Sequence[dict[str, Any]] = (),
        event_rows: Sequence[dict[str, Any]] = (),
    ) -> None:
        """Replace whatever the store had for ``row['source']`` (and ``row['id']``), in one transaction."""
        row = dict(row)
        row.setdefault("ingested_at", datetime.now(UTC))
        if isinstance(row.get("published_evidence"), list | dict):
            row["published_evidence"] = json.dumps(row["published_evidence"], ensure_ascii=False)
        with self._writing() as conn:
            old = conn.execute(
                select(documents.c.id).where(
                    (documents.c.source == row["source"]) | (documents.c.id == row["id"])
                )
            ).scalars().all()
            for doc_id in old:
                _delete_document(conn, doc_id)
            conn.execute(documents.insert(), [row])
            _insert_many(conn, segments, segment_rows)
            _insert_many(conn, sentences, sentence_rows)
            _insert_many(conn, events, [_json_columns(r) for r in event_rows])

    def delete_document(self, doc_id: str) -> None:
        with self._writing() as conn:
            _delete_document(conn, doc_id)

    # -- reading -----------------------------------------------------------------------------

    def documents(self, *, status: str | None = None) -> list[dict[str, Any]]:
        """Every document (without its text), in source order."""
        cols = [c for c in documents.c if c.name != "text"]
        query = select(*cols).order_by(documents.c.source)
        if status:
            query = query.where(documents.c.status == status)
        with self._reading() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def document(self, ref: str) -> dict[str, Any]:
        """One document by id, id prefix, source path or file name."""
        with self._reading() as conn:
            row = conn.execute(select(documents).where(documents.c.id == ref)).first()
            if row is None:
                path = str(Path(ref).expanduser().resolve()) if not ref.startswith(("http:", "https:")) else ref
                row = conn.execute(select(documents).where(documents.c.source == path)).first()
            if row is None:
                rows = conn.execute(
                    select(documents).where(
                        documents.c.id.startswith(ref, autoescape=True)
                        | documents.c.source.endswith("/" + ref, autoescape=True)
                        | documents.c.source.contains("/" + ref, autoescape=True)
                    )
                ).all()
                if len(rows) > 1:
                    raise NotFoundError(f"{ref!r} matches {len(rows)} documents; give more of the id")
                row = rows[0] if rows else None
        if row is None:
            raise NotFoundError(f"no document {ref!r} in the store")
        return dict(row._mapping)

    def segments(self, doc_id: str) -> list[dict[str, Any]]:
        with self._reading() as conn:
            rows = conn.execute(
                select(segments).where(segments.c.doc_id == doc_id).order_by(segments.c.ord)
            )
            return [dict(r._mapping) for r in rows]

    def sentences(self, doc_id: str) -> list[dict[str, Any]]:
        with self._reading() as conn:
            rows = conn.execute(
                select(sentences).where(sentences.c.doc_id == doc_id).order_by(sentences.c.ord)
            )
            return [dict(r._mapping) for r in rows]

    def iter_sentences(self) -> Iterator[dict[str, Any]]:
        """Every sentence of every readable document, streamed."""
        with self._reading() as conn:
            result = conn.execution_options(stream_results=True).execute(
                select(sentences).order_by(sentences.c.doc_id, sentences.c.ord)
            )
            for row in result:
                yield dict(row._mapping)

    def events(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Event mentions (JSON columns decoded), in document and reading order, with their document's source."""
        query = (
            select(events, documents.c.source, documents.c.published)
            .join(documents, documents.c.id == events.c.doc_id)
            .order_by(documents.c.source, events.c.ord)
        )
        if doc_id is not None:
            query = query.where(events.c.doc_id == doc_id)
        with self._reading() as conn:
            return [_event_row(r) for r in conn.execute(query)]

    def counts(self) -> dict[str, int]:
        with self._reading() as conn:
            by_status: dict[str, int] = dict(
                conn.execute(select(documents.c.status, func.count()).group_by(documents.c.status)).all()
            )
            n_sent = conn.execute(select(func.count()).select_from(sentences)).scalar_one()
            n_seg = conn.execute(select(func.count()).select_from(segments)).scalar_one()
            n_ev = conn.execute(select(func.count()).select_from(events)).scalar_one()
        return {
            "documents": sum(by_status.values()),
            **{f"documents_{k}": v for k, v in by_status.items()},
            "segments": n_seg,
            "sentences": n_sent,
            "events": n_ev,
        }

    def sentence_counts(self) -> dict[str, int]:
        with self._reading() as conn:
            rows = conn.execute(select(sentences.c.doc_id, func.count()).group_by(sentences.c.doc_id))
            return {doc_id: n for doc_id, n in rows}


_INSERTS: dict[tuple[str, str, tuple[str, ...]], Any] = {}


def _insert_many(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys. Where the driver takes positional parameters
    (SQLite), the rows go to its executemany as tuples: these tables' columns (text, numbers,
    booleans) need none of SQLAlchemy's per-row processing, which would cost more than the insert."""
    if not rows:
        return
    keys = tuple(rows[0])
    cache_key = (conn.dialect.name, table.name, keys)
    compiled = _INSERTS.get(cache_key)
    if compiled is None:
        compiled = _INSERTS[cache_key] = table.insert().values({k: bindparam(k) for k in keys}).compile(
            dialect=conn.dialect)
    if compiled.positiontup is None:
        conn.execute(table.insert(), list(rows))
        return
    order = compiled.positiontup
    if len(order) > 1:
        values = list(map(itemgetter(*order), rows))
    else:
        values = [tuple(r[k] for k in order) for r in rows]
    conn.exec_driver_sql(compiled.string, values)


_JSON_COLUMNS = ("actors", "location", "casualties")


def _json_encoder() -> Any:
    """``json.dumps(value, ensure_ascii=False)`` for the JSON columns: the C encoder that ``dumps`` builds
    for every call (with a fresh dict of the containers met, to report a circular structure), built once
    without that dict: the same text for these rows' plain lists and dicts, which are never circular."""
    settings = json.JSONEncoder(ensure_ascii=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return settings.encode
    chunks = make(None, settings.default, json.encoder.encode_basestring, None, settings.key_separator,
                  settings.item_separator, False, False, True)
    join = "".join

    def encode(value: Any) -> str:
        return join(chunks(value, 0))

    return encode


_ENCODE = _json_encoder()


def _json_columns(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    for key in _JSON_COLUMNS:
        value = row.get(key)
        if value is not None and not isinstance(value, str):
            row[key] = _ENCODE(value)
    return row


def _event_row(row: Any) -> dict[str, Any]:
    out = dict(row._mapping)
    for key in _JSON_COLUMNS:
        if out.get(key):
            out[key] = json.loads(out[key])
    return out


def _delete_document(conn: Connection, doc_id: str) -> None:
    conn.execute(delete(events).where(events.c.doc_id == doc_id))
    conn.execute(delete(sentences).where(sentences.c.doc_id == doc_id))
    conn.execute(delete(segments).where(segments.c.doc_id == doc_id))
    conn.execute(delete(documents).where(documents.c.id == doc_id))
