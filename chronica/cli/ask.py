"""``chronica ask`` and ``chronica chat``: questions over the corpus, answered with their passages."""

from __future__ import annotations

import json
import sys
from typing import IO, Any

import click

from chronica.cli.common import Context


def _asker(ctx: Context, llm_url: str | None, llm_model: str | None, llm_key: str | None) -> Any:
    from chronica.ask import Asker
    from chronica.ask.llm import LLMBackend
    from chronica.errors import ChronicaError

    llm = LLMBackend(llm_url, llm_model or "", api_key=llm_key) if llm_url else None
    try:
        return Asker(ctx.store(), llm=llm)
    except ChronicaError as err:
        raise click.ClickException(str(err)) from err


def _show(ans: Any, out: IO[str]) -> None:
    if ans.error:
        out.write(f"error: {ans.error}\n")
        return
    if ans.answer is None:
        out.write("Not in these documents.\n")
        return
    out.write(ans.answer + "\n")
    if ans.claims:
        out.write("Sources disagree:\n")
        for c in ans.claims:
            out.write(f"  - {c.value}: " + ", ".join(f"{s.doc}:{s.start}" for s in c.sources) + "\n")
    for c in ans.citations:
        quote = " ".join(c.quote.split())
        out.write(f"  [{c.doc}:{c.start}-{c.end}] {quote[:200]}{' …' if len(quote) > 200 else ''}\n")


_LLM_OPTIONS = [
    click.option("--llm-url", envvar="CHRONICA_LLM_URL", help="OpenAI-compatible endpoint (e.g. a local Ollama, "
                 "vLLM or llama.cpp server, http://127.0.0.1:11434/v1) to phrase answers; off by default."),
    click.option("--llm-model", envvar="CHRONICA_LLM_MODEL", help="Model name for --llm-url."),
    click.option("--llm-key", envvar="CHRONICA_LLM_KEY", help="API key for --llm-url, when the server wants one."),
]


def _llm_options(f: Any) -> Any:
    for opt in reversed(_LLM_OPTIONS):
        f = opt(f)
    return f


def read_batch(path: str) -> list[tuple[str | None, str | None, str | None]]:
    """(id, question, error) per line of a batch file: plain questions, or JSON Lines with "id" and "q"."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise click.ClickException(f"cannot read {path}: {err.__class__.__name__}: {err}") from err
    out: list[tuple[str | None, str | None, str | None]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if line.lstrip().startswith(("{", "[")):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                out.append((f"line-{n}", None, f"line {n}: not JSON: {err.msg}"))
                continue
            if not isinstance(row, dict):
                out.append((f"line-{n}", None, f"line {n}: not a JSON object"))
                continue
            qid = row.get("id")
            q = row.get("q", row.get("question"))
            qid = str(qid) if qid is not None else f"line-{n}"
            if not isinstance(q, str):
                out.append((qid, None, f"line {n}: no question (\"q\")"))
                continue
            out.append((qid, q, None))
        else:
            out.append((f"line-{n}", line.strip(), None))
    return out


@click.command()
@click.argument("question", required=False)
@click.option("--batch", "batch", type=click.Path(dir_okay=False), help="Questions, one a line (or JSON Lines "
              "with \"id\" and \"q\"); writes one JSON answer a line with the same id.")
@click.option("--json", "as_json", is_flag=True, help="The answer as JSON.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Where to write.")
@_llm_options
@click.pass_obj
def ask(ctx: Context, question: str | None, batch: str | None, as_json: bool, output: IO[str],
        llm_url: str | None, llm_model: str | None, llm_key: str | None) -> None:
    """Answer QUESTION from the documents, citing the passages that support it.

    Values that sources disagree on are each given with their sources; when nothing in the documents
    supports an answer the answer is null ("not in these documents")."""
    if batch is None and question is None:
        raise click.UsageError("give a QUESTION or --batch FILE")
    if batch is not None and question is not None:
        raise click.UsageError("give a QUESTION or --batch FILE, not both")
    rows = read_batch(batch) if batch is not None else [(None, question, None)]
    asker = _asker(ctx, llm_url, llm_model, llm_key)
    from chronica.ask.model import abstain

    failed = False
    for qid, q, error in rows:
        if error is not None or q is None:
            ans = abstain(q or "", error=error or "no question")
            ans.id = qid
        else:
            try:
                ans = asker.ask(q, id=qid)
            except Exception as err:  # one bad question must not lose the others' answers
                ans = abstain(q, error=f"{err.__class__.__name__}: {err}")
                ans.id = qid
        failed = failed or ans.error is not None
        if batch is not None or as_json:
            output.write(json.dumps(ans.as_dict(), ensure_ascii=False) + "\n")
        else:
            _show(ans, output)
    if failed and batch is None:
        sys.exit(1)


@click.command()
@_llm_options
@click.pass_obj
def chat(ctx: Context, llm_url: str | None, llm_model: str | None, llm_key: str | None) -> None:
    """Ask questions in turn; follow-ups ("when was he killed?", "and the one after him?") lean on the last answer.

    `:quit` (or end of input) leaves, `:history` shows the turns so far, `:json` toggles JSON answers."""
    from chronica.ask.chat import Session

    session = Session(_asker(ctx, llm_url, llm_model, llm_key))
    interactive = sys.stdin.isatty()
    if interactive:
        try:
            import readline  # noqa: F401  (line editing and history with the arrow keys)
        except ImportError:
            pass
        click.echo("Ask about the documents; :quit to leave, :history for the turns so far.")
    as_json = False
    while True:
        try:
            line = input("> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            break
        line = line.strip()
        if not line:
            continue
        if line in {":quit", ":q", ":exit"}:
            break
        if line == ":history":
            for i, t in enumerate(session.history, 1):
                click.echo(f"{i}. {t.question} -> {t.answer.answer or 'not in these documents'}")
            continue
        if line == ":json":
            as_json = not as_json
            continue
        ans = session.ask(line)
        if as_json:
            click.echo(json.dumps({**ans.as_dict(), "resolved": session.history[-1].question}, ensure_ascii=False))
        else:
            resolved = session.history[-1].question
            if resolved != line:
                click.echo(f"({resolved})")
            _show(ans, sys.stdout)
