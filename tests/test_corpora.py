"""End to end: the bundled sample corpus, the demo, and the seed documents when they are present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronica.api import IngestSummary, document_listing, ingest
from chronica.cli import main
from chronica.sample import corpus_path
from chronica.store import Store
from tests.conftest import SEEDS

EXPECTED = Path(__file__).parent / "data" / "sample_expected.json"
PIECES = {"article", "post", "unrelated", "comments"}


def _ingest(store: Store, path: Path) -> dict[str, dict[str, object]]:
    summary = IngestSummary()
    for result in ingest(store, [path]):
        summary.add(result)
    assert not summary.failed, [(r.source, r.error) for r in summary.failed]
    return {Path(str(d["source"])).name: d for d in document_listing(store)}


def test_sample_corpus_structure(store: Store) -> None:
    docs = _ingest(store, corpus_path())
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert len(docs) >= 6
    for name, want in expected.items():
        if name.startswith("_"):
            continue
        got = docs[name]
        got_kinds = [s["kind"] for s in got["segments"] if s["kind"] in PIECES]  # type: ignore[union-attr]
        want_kinds = [p["kind"] for p in want["pieces"] if p["kind"] in PIECES]
        assert got_kinds == want_kinds, name
        text = store.document(str(got["id"]))["text"]
        for fact in want.get("facts", []):
            assert fact["quote"] in text, (name, fact["quote"])


def test_demo_command(tmp_path: Path) -> None:
    out = CliRunner().invoke(main, ["demo", "--no-serve", "--out", str(tmp_path / "demo.db")])
    assert out.exit_code == 0, out.output
    assert "0 failed" in out.output and "documents stored" in out.output
    again = CliRunner().invoke(main, ["demo", "--no-serve", "--out", str(tmp_path / "demo.db")])
    assert again.exit_code == 0 and "0 failed" in again.output  # a fresh store each time


needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed corpus not present")


@needs_seeds
def test_seed_pages_are_segmented(store: Store) -> None:
    docs = _ingest(store, SEEDS)
    kinds = {name[:3]: [s["kind"] for s in d["segments"]] for name, d in docs.items()}  # type: ignore[union-attr]
    assert kinds["000"].count("post") == 6
    assert kinds["001"][:4] == ["header", "post", "comments", "footer"]
    assert [k for k in kinds["002"] if k in PIECES] == ["article", "unrelated", "unrelated", "unrelated"]
    assert [k for k in kinds["003"] if k in PIECES] == ["article"]
    assert [k for k in kinds["004"] if k in PIECES] == ["article"]
    seed1 = next(d for n, d in docs.items() if n.startswith("001"))
    assert seed1["published"] == "../2014-10-15"  # the 2016 page header is a crawl date
    assert any(e.get("role") == "rejected" for e in seed1["published_evidence"])  # type: ignore[union-attr]
    comments = [s for s in store.segments(str(seed1["id"])) if s["kind"] == "comment"]
    assert len(comments) == 7 and all(c["date_text"] for c in comments)
    for doc in store.documents(status="ok"):
        text = store.document(doc["id"])["text"]
        for sent in store.sentences(doc["id"]):
            assert text[sent["start"] : sent["end"]] == sent["text"]
