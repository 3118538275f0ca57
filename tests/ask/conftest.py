from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from chronica.api import ingest
from chronica.knowledge.build import update
from chronica.sample import corpus_path
from chronica.store import Store

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ask") / "sample.db"
    store = Store.open(str(db))
    assert all(r.status != "failed" for r in ingest(store, [corpus_path()]))
    update(store)
    store.close()
    return db


@pytest.fixture
def sample_store(sample_db: Path) -> Store:
    s = Store.open(str(sample_db))
    yield s
    s.close()


def load_questions() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (HERE / "questions_sample.jsonl").read_text("utf-8").splitlines() if line.strip()]


def norm(text: str | None) -> str:
    """The normalisation the project's QA scorer applies before comparing strings."""
    text = (text or "").lower()
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = re.sub(r"[\u2018\u2019\u201c\u201d'\"`]", "", text)
    text = re.sub(r"[^0-9a-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff]+", " ", text)
    return text.strip()
