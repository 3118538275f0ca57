"""`chronica ask`, `chronica ask --batch` and `chronica chat`: shapes, bad input, follow-ups."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from chronica.cli import main


def _run(db: Path, *args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--db", str(db), *args], input=input)
    return result.exit_code, result.output


def test_ask_prints_the_answer_and_its_passages(sample_db: Path) -> None:
    code, out = _run(sample_db, "ask", "When was Godane killed?")
    assert code == 0
    assert "September 2014" in out and "[03_profile.txt:" in out


def test_ask_json_has_the_documented_shape(sample_db: Path) -> None:
    code, out = _run(sample_db, "ask", "--json", "How many were killed in the attack on Garissa University College?")
    assert code == 0
    ans = json.loads(out)
    assert set(ans) >= {"question", "answer", "citations", "claims"}
    assert isinstance(ans["answer"], str) and "148" in ans["answer"]
    for c in ans["citations"]:
        assert set(c) == {"doc", "start", "end", "quote"} and isinstance(c["start"], int)
    for claim in ans["claims"]:
        assert set(claim) == {"value", "sources"} and claim["sources"]


def test_ask_says_so_when_nothing_supports_an_answer(sample_db: Path) -> None:
    code, out = _run(sample_db, "ask", "When did al-Shabaab capture Addis Ababa?")
    assert code == 0 and "Not in these documents" in out
    code, out = _run(sample_db, "ask", "--json", "When did al-Shabaab capture Addis Ababa?")
    assert json.loads(out)["answer"] is None


def test_empty_question_is_a_one_line_error(sample_db: Path) -> None:
    code, out = _run(sample_db, "ask", "   ")
    assert code == 1 and out.strip() == "error: empty question"
    code, out = _run(sample_db, "ask")
    assert code == 2 and "QUESTION" in out


def test_batch_keeps_ids_and_records_bad_lines(sample_db: Path, tmp_path: Path) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "q1", "q": "When was Godane killed?"}),
        '{"id": "q2", "q": "broken',
        json.dumps({"id": "q3", "q": ""}),
        json.dumps({"id": "q4"}),
        "[1, 2]",
        json.dumps({"id": "q6", "q": "Who was the leader of Boko Haram?"}),
        "",
    ]), "utf-8")
    out_file = tmp_path / "a.jsonl"
    code, _ = _run(sample_db, "ask", "--batch", str(batch), "-o", str(out_file))
    assert code == 0
    rows = [json.loads(line) for line in out_file.read_text("utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["q1", "line-2", "q3", "q4", "line-5", "q6"]
    assert "2014" in rows[0]["answer"]
    assert rows[1]["answer"] is None and rows[1]["error"].startswith("line 2: not JSON")
    assert rows[2]["error"] == "empty question"
    assert rows[3]["error"].startswith("line 4: no question")
    assert rows[4]["error"] == "line 5: not a JSON object"
    assert rows[5]["answer"] is None and "error" not in rows[5]


def test_batch_of_plain_lines(sample_db: Path, tmp_path: Path) -> None:
    batch = tmp_path / "q.txt"
    batch.write_text("When was Godane killed?\nWho succeeded Godane?\n", "utf-8")
    code, out = _run(sample_db, "ask", "--batch", str(batch))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["id"] for r in rows] == ["line-1", "line-2"]


def test_unreadable_batch_file_is_one_line(sample_db: Path, tmp_path: Path) -> None:
    code, out = _run(sample_db, "ask", "--batch", str(tmp_path / "missing.txt"))
    assert code == 1 and out.startswith("Error: cannot read") and len(out.strip().splitlines()) == 1
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    code, out = _run(sample_db, "ask", "--batch", str(binary))
    assert code == 1 and "cannot read" in out


def test_chat_resolves_follow_ups_against_the_previous_turn(sample_db: Path) -> None:
    turns = "Who was the leader of al-Shabaab killed in September 2014?\nWho succeeded Godane?\nwhen was he named?\n" \
            ":history\n:quit\nnever asked\n"
    code, out = _run(sample_db, "chat", input=turns)
    assert code == 0
    assert "never asked" not in out
    assert "Diriye" in out or "Umar" in out
    assert "(when was Ahmed Diriye named?)" in out or "(when was Ahmad Umar named?)" in out
    assert "1. Who was the leader" in out


def test_chat_next_and_previous_in_a_succession(sample_db: Path) -> None:
    code, out = _run(sample_db, "chat", input="Who was the first emir of al-Shabaab?\nand the one after him?\n")
    assert code == 0
    first, _, rest = out.partition("(Who succeeded")
    assert "Godane" in first and ("Diriye" in rest or "Umar" in rest)
