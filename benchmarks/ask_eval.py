"""Quality of `chronica ask`: build a store from the given documents, answer a question set with
`chronica ask --batch`, and score the answers with the project's score.py (subcommand qa).

    python benchmarks/ask_eval.py --score ../shared/eval/score.py --docs ../shared/corpus/seeds \
        --questions benchmarks/ask_questions_seeds.jsonl [--db /tmp/ask-eval.db] [--answers out.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "chronica", *args], env=env, capture_output=True, text=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", required=True, help="path to score.py")
    ap.add_argument("--docs", required=True, help="folder of documents to ingest")
    ap.add_argument("--questions", required=True, help="gold questions JSONL (id, q, any|all, docs, none?, contested?)")
    ap.add_argument("--db", help="store to build (default: a temporary file); reused when it exists")
    ap.add_argument("--answers", help="where to keep the answers JSONL")
    ap.add_argument("--show", action="store_true", help="print every question with its answer")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="ask-eval-")
    db = args.db or os.path.join(tmp, "store.db")
    res = _run(["--db", db, "ingest", args.docs])
    if res.returncode not in (0, 1):
        sys.stderr.write(res.stderr)
        return 2
    answers = args.answers or os.path.join(tmp, "answers.jsonl")
    res = _run(["--db", db, "ask", "--batch", args.questions, "-o", answers])
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        return 2
    if args.show:
        gold = {json.loads(line)["id"]: json.loads(line) for line in open(args.questions, encoding="utf-8") if line.strip()}
        for line in open(answers, encoding="utf-8"):
            a = json.loads(line)
            g = gold.get(a.get("id"), {})
            print(f"{a.get('id')}: {a['question']}\n   expected {g.get('any') or g.get('all') or 'null'}\n   -> {a['answer']}"
                  f"  {[c['doc'][:3] for c in a['citations']]}")
    res = subprocess.run([sys.executable, args.score, "qa", "--gold", args.questions, "--system", answers, "--json"],
                         capture_output=True, text=True)
    sys.stdout.write(res.stdout)
    sys.stderr.write(res.stderr)
    if not args.db and not args.answers:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
