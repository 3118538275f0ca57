from __future__ import annotations

import os
from pathlib import Path

import pytest

from chronica.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
PG_URL = os.environ.get("CHRONICA_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(str(tmp_path / "store.db"))
    yield s
    s.close()


def pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_URL.replace("postgresql://", "postgresql://", 1), connect_timeout=2):
            return True
    except Exception:
        return False


@pytest.fixture
def pg_store() -> Store:
    if not pg_available():
        pytest.skip("PostgreSQL is not reachable at " + PG_URL)
    from sqlalchemy import create_engine, text

    engine = create_engine(PG_URL)
    with engine.begin() as conn:  # every table of an earlier run, whatever migrations it had
        names = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars().all()
        if names:
            conn.execute(text("DROP TABLE IF EXISTS " + ", ".join(f'"{n}"' for n in names) + " CASCADE"))
    engine.dispose()
    s = Store.open(PG_URL)
    yield s
    s.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "sqlite":
        s = Store.open(str(tmp_path / "store.db"))
        yield s
        s.close()
    else:
        yield request.getfixturevalue("pg_store")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample corpus ingested and resolved (`chronica demo`'s store), built once per session:
    read-only, copy it to write (``demo_store``)."""
    from chronica.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def demo_store(demo_db: Path, tmp_path: Path) -> Store:
    """A private, writable copy of the demo store."""
    import shutil

    shutil.copyfile(demo_db, tmp_path / "demo-copy.db")
    s = Store.open(str(tmp_path / "demo-copy.db"))
    yield s
    s.close()
