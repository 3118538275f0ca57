"""The ingest pipeline: bad input, incremental re-ingest, offsets, interruption, both store backends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronica.api import IngestSummary, ingest
from chronica.cli import main
from chronica.store import Store

GOOD = "Harbour Strike Spreads North\n\n3/14 Dock workers vote to strike.\n3/20 The strike spreads to two more ports.\n"


def run(store: Store, *paths: Path | str, **kw: object) -> IngestSummary:
    summary = IngestSummary()
    for result in ingest(store, list(paths), **kw):  # type: ignore[arg-type]
        summary.add(result)
    return summary


def assert_offsets_round_trip(store: Store) -> None:
    for doc in store.documents(status="ok"):
        text = store.document(doc["id"])["text"]
        for sent in store.sentences(doc["id"]):
            assert text[sent["start"] : sent["end"]] == sent["text"]
        for seg in store.segments(doc["id"]):
            assert 0 <= seg["start"] <= seg["end"] <= len(text)


@pytest.fixture
def pile(tmp_path: Path) -> Path:
    root = tmp_path / "pile"
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "junk.txt").write_bytes(bytes(range(256)) * 64)
    (root / "latin1.txt").write_bytes("Caf\u00e9 attack reported in the old town.\n".encode("latin-1"))
    (root / "cp1252.txt").write_bytes("\u201cQuoted\u201d statement \u2014 issued on 9/26.\n".encode("cp1252"))
    (root / "utf16.txt").write_bytes("Statement issued on 10 February 2015.\n".encode("utf-16"))
    (root / "corrupt.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf at all")
    (root / "sub" / "page.html").write_text("<html><body><h1>Title Of Page</h1><p>Body text here.</p></body></html>")
    os.symlink(root, root / "sub" / "loop")  # a folder symlink back to the root
    os.symlink(root / "a-link", root / "a-link")  # a symlink to itself
    (root / "image.jpg").write_bytes(b"\xff\xd8\xff\xe0 not text")
    return root


def test_bad_input_is_recorded_and_the_batch_goes_on(store: Store, pile: Path) -> None:
    summary = run(store, pile, tmp_path_missing := pile / "does-not-exist.txt")
    failed = {Path(r.source).name: r.error for r in summary.failed}
    assert failed == {
        "empty.txt": "empty file",
        "junk.txt": "binary content (NUL bytes), not a text document",
        "corrupt.pdf": failed["corrupt.pdf"],
        "a-link": "symbolic link loop",
        "does-not-exist.txt": "no such file or directory",
    }
    assert failed["corrupt.pdf"].startswith("corrupt or unsupported PDF")
    assert summary.stored == 5 and summary.skipped == 1  # the .jpg in a folder is skipped, not failed
    stored = {Path(d["source"]).name: d for d in store.documents()}
    assert stored["empty.txt"]["status"] == "failed" and stored["empty.txt"]["error"] == "empty file"
    assert stored[tmp_path_missing.name]["status"] == "failed"
    assert stored["utf16.txt"]["encoding"] == "utf-16"
    assert store.document("latin1.txt")["text"].startswith("Café attack")
    assert "“Quoted”" in store.document("cp1252.txt")["text"]
    assert store.document("utf16.txt")["text"].startswith("Statement issued")
    assert_offsets_round_trip(store)


def test_too_large_file(store: Store, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # a 100 MB file, sparse on disk
    summary = run(store, big)
    assert summary.failed[0].error.startswith("file is 100.0 MB, over the 50 MB limit")


def test_unreadable_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD)
    secret.chmod(0)
    if os.geteuid() != 0:
        env_db = str(tmp_path / "s.db")
        out = CliRunner().invoke(main, ["--db", env_db, "ingest", str(secret)])
        assert out.exit_code == 1 and "permission denied" in out.output
        return
    # root reads anything: run the ingest without the capabilities that let it ignore file modes.
    import shutil

    if shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv (util-linux) is not installed")
    db = tmp_path / "s.db"
    proc = subprocess.run(
        ["setpriv", "--bounding-set", "-dac_override,-dac_read_search",
         sys.executable, "-m", "chronica", "--db", str(db), "ingest", str(secret)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 1, proc.stderr
    assert f"error: {secret}: permission denied" in proc.stderr
    assert Store.open(str(db)).documents()[0]["error"] == "permission denied"


def test_incremental_reingest(store: Store, tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(GOOD)
    first = run(store, doc)
    assert first.stored == 1
    assert run(store, doc).unchanged == 1
    os.utime(doc, (time.time() + 5, time.time() + 5))  # touched, same bytes
    assert run(store, doc).unchanged == 1
    doc.write_text(GOOD + "4/2 The strike ends.\n")
    again = run(store, doc)
    assert again.stored == 1
    docs = store.documents()
    assert len(docs) == 1 and "strike ends" in store.document(docs[0]["id"])["text"]
    counts = store.counts()
    assert counts["sentences"] == len(store.sentences(docs[0]["id"]))


def test_duplicate_content_is_stored_once(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD)
    summary = run(store, tmp_path)
    assert summary.stored == 1 and summary.duplicate == 1
    assert store.counts()["documents_ok"] == 1


def test_ids_are_content_derived(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    one = Store.open(str(tmp_path / "1.db"))
    two = Store.open(str(tmp_path / "2.db"))
    run(one, tmp_path / "a.txt")
    run(two, tmp_path / "a.txt")
    d1, d2 = one.documents()[0], two.documents()[0]
    assert d1["id"] == d2["id"]
    assert [s["id"] for s in one.sentences(d1["id"])] == [s["id"] for s in two.sentences(d2["id"])]


def test_both_backends_store_the_same(any_store: Store, pile: Path) -> None:
    summary = run(any_store, pile)
    assert summary.stored == 5
    assert_offsets_round_trip(any_store)
    assert run(any_store, pile).unchanged == 5


def test_interrupted_batch_is_consistent_and_resumes(tmp_path: Path) -> None:
    pile = tmp_path / "many"
    pile.mkdir()
    body = (GOOD + "The ports stayed closed for a week while negotiations went on. ") * 400
    for i in range(400):
        (pile / f"{i:04}.txt").write_text(f"Copy {i}\n" + body)
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "chronica", "--db", str(db), "ingest", str(pile)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.time() + 60
    store = Store.open(str(db))
    while time.time() < deadline and store.counts()["documents"] < 20:
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err
    done = store.counts()["documents"]
    assert 0 < done < 400
    for doc in store.documents():
        assert doc["status"] == "ok" and store.sentences(doc["id"])  # no half-written document
    summary = run(store, pile)
    assert summary.unchanged == done and summary.stored == 400 - done


def test_cli_ingest_docs_show(tmp_path: Path, pile: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    out = runner.invoke(main, ["--db", db, "ingest", str(pile)])
    assert out.exit_code == 1
    assert "error: " in out.output and "empty.txt: empty file" in out.output
    assert "5 stored" in out.output
    listing = runner.invoke(main, ["--db", db, "docs", "--format", "json"])
    assert listing.exit_code == 0 and '"status": "failed"' in listing.output
    shown = runner.invoke(main, ["--db", db, "show", "good.txt"])
    assert shown.exit_code == 0 and "=== article" in shown.output and "3/14 Dock workers" in shown.output
    missing = runner.invoke(main, ["--db", db, "show", "nothing-like-this"])
    assert missing.exit_code == 1 and "no document" in missing.output


def test_store_in_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    out = CliRunner().invoke(main, ["--db", str(tmp_path / "no" / "where.db"), "docs"])
    assert out.exit_code == 1 and "does not exist" in out.output


def test_a_year_less_dateline_takes_its_year_from_the_text_or_gives_none() -> None:
    from chronica.ingest.metadata import dateline_date

    text = ("Capital wakes to curfew\n\nRIVERTON, Nov. 14 \u2014 The city woke on Saturday to a curfew after "
            "Friday's bombings, ten months after the January 2015 raid on the port.\n")
    value, evidence = dateline_date(text, 0, len(text)) or ("", {})
    assert value == "2015-11-14" and "Saturday" in evidence["note"]
    # a month and year that do not fit the lead's weekday are background: no guess
    text2 = "RIVERTON, May 24 \u2014 Police said on Wednesday that the July 2005 bombers had help.\n"
    assert dateline_date(text2, 0, len(text2)) is None
    # a bare year never dates a dateline
    assert dateline_date("KABUL, Jan. 5 - Officials said the 1996 accord held.", 0, 52) is None
    full = "NAIROBI, Sept. 22, 2013 - Gunmen held the mall."
    assert (dateline_date(full, 0, len(full)) or ("",))[0] == "2013-09-22"


def test_a_labelled_date_line_at_the_foot_of_a_report_dates_it(tmp_path: Path) -> None:
    from chronica.ingest.metadata import labelled_date

    text = "Body of the report.\n\nPublished: Tuesday 31 January 2023\n"
    assert (labelled_date(text, 0, len(text)) or ("",))[0] == "2023-01-31"
    assert (labelled_date("Filed: 11 December 2019, 18:40 local time\n", 0, 41) or ("",))[0] == "2019-12-11"
    # a publication date is preferred over an update's; a month and year alone are no date line
    both = "Updated: 3 May 2021\nText.\nPublished: 2 May 2021\n"
    assert (labelled_date(both, 0, len(both)) or ("",))[0] == "2021-05-02"
    assert labelled_date("Published: May 2021\n", 0, 20) is None
    # through ingest: the weekdays of the report are read from that date
    doc = tmp_path / "report.txt"
    doc.write_text("Toll rises in harbour blast\n\nVELMORA - The toll of the harbour blast rose to 40 on Tuesday, "
                   "officials said. The bomb went off on Monday.\n\nPublished: Tuesday 31 January 2023\n",
                   encoding="utf-8")
    store = Store.open(str(tmp_path / "r.db"))
    run(store, doc)
    row = store.documents()[0]
    store.close()
    assert row["published"] == "2023-01-31"


def _reports(tmp_path: Path, *names: str) -> Path:
    """A folder of small reports, one per name."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in names:
        (docs / f"{name}.txt").write_text(f"Report {name}\n\n" + GOOD, encoding="utf-8")
    return docs


def test_a_failed_write_in_a_batch_loses_only_its_own_document(store: Store, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from chronica.ingest import pipeline

    docs = _reports(tmp_path, "a", "b", "c")
    real = pipeline.build_rows

    def bad_events(parsed, doc_id, source):  # type: ignore[no-untyped-def]
        doc_row, seg_rows, sent_rows, event_rows = real(parsed, doc_id, source)
        if source.endswith("b.txt"):  # a sentence row the schema refuses, after the document and segments
            sent_rows = [*sent_rows, {**sent_rows[0], "segment_id": None, "id": None}]
        return doc_row, seg_rows, sent_rows, event_rows

    monkeypatch.setattr(pipeline, "build_rows", bad_events)
    with store.batch():
        results = list(ingest(store, [docs]))
    assert [r.status for r in results] == ["stored", "failed", "stored"]
    by_source = {Path(d["source"]).name: d for d in store.documents()}
    assert by_source["b.txt"]["status"] == "failed" and not store.sentences(by_source["b.txt"]["id"])
    assert store.sentences(by_source["a.txt"]["id"]) and store.sentences(by_source["c.txt"]["id"])
    assert store.counts()["segments"] == len(store.segments(by_source["a.txt"]["id"])) * 2


def test_an_interrupted_batch_keeps_the_documents_before(store: Store, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from chronica.ingest import pipeline

    docs = _reports(tmp_path, "a", "b", "c")
    real = pipeline.build_rows

    def interrupted(parsed, doc_id, source):  # type: ignore[no-untyped-def]
        if source.endswith("b.txt"):
            raise KeyboardInterrupt
        return real(parsed, doc_id, source)

    monkeypatch.setattr(pipeline, "build_rows", interrupted)
    seen = []
    with pytest.raises(KeyboardInterrupt):
        for result in ingest(store, [docs]):
            seen.append(result.status)
    assert seen == ["stored"]
    other = Store.open(str(store.engine.url.database))  # another connection sees it committed
    assert [Path(d["source"]).name for d in other.documents()] == ["a.txt"]
    other.close()
    monkeypatch.setattr(pipeline, "build_rows", real)
    summary = run(store, docs)
    assert summary.unchanged == 1 and summary.stored == 2


def test_a_batch_commits_every_few_documents(store: Store, tmp_path: Path) -> None:
    docs = _reports(tmp_path, *map(str, range(5)))
    other = Store.open(str(store.engine.url.database))
    seen = []
    with store.batch(documents=2, seconds=3600):
        for _ in ingest(store, [docs]):
            seen.append(other.counts()["documents"])
    assert seen == [0, 2, 2, 4, 4] and other.counts()["documents"] == 5
    other.close()


def test_a_labelled_date_line_with_a_time_and_a_note_after_it() -> None:
    from chronica.ingest.metadata import labelled_date

    line = "Text.\nPublished: Friday 27 August 2021, 09:40 GMT. Updated as more details emerged.\n"
    assert (labelled_date(line, 0, len(line)) or ("",))[0] == "2021-08-27"
    assert (labelled_date("Published: 3 Jan. 2021\n", 0, 22) or ("",))[0] == "2021-01-03"
