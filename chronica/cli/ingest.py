"""``chronica ingest PATH...``"""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from chronica.api import IngestSummary
from chronica.api import ingest as run_ingest
from chronica.cli.common import Context
from chronica.ingest import DEFAULT_MAX_BYTES


def _size(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    value = value.strip().lower().rstrip("b")
    if value and value[-1] in units:
        return int(float(value[:-1]) * units[value[-1]])
    return int(value)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--max-size", default=f"{DEFAULT_MAX_BYTES // 1048576}M", show_default=True,
              help="Largest file to read (e.g. 200M); larger files fail with a message.")
@click.option("--force", is_flag=True, help="Re-process files even when they have not changed.")
@click.option("--quiet", "-q", is_flag=True, help="Print only failures.")
@click.option("--no-knowledge", is_flag=True,
              help="Skip building entities and event clusters at the end (run `chronica resolve` later).")
@click.pass_obj
def ingest(obj: Context, paths: tuple[str, ...], max_size: str, force: bool, quiet: bool, no_knowledge: bool) -> None:
    """Ingest files and folders (recursively): .txt, .md, .html, .pdf, .docx.

    Unchanged files are skipped; changed files are re-processed. A file that cannot be read gets a
    one-line error and is recorded as failed; the rest of the batch goes on. Exit code 1 when any failed.
    """
    try:
        max_bytes = _size(max_size)
    except ValueError as exc:
        raise click.BadParameter(f"not a size: {max_size!r}", param_hint="--max-size") from exc
    store = obj.store()
    summary = IngestSummary()
    console = Console(stderr=True, highlight=False)
    results = run_ingest(store, paths, max_bytes=max_bytes, force=force)
    interrupted = False
    try:
        if console.is_terminal and not quiet:
            with Progress(
                TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                TimeElapsedColumn(), console=console, transient=True,
            ) as progress:
                task = progress.add_task("", total=None)
                for result in results:
                    summary.add(result)
                    progress.update(task, advance=1, description=result.source[-50:])
                    _report(result, console)
        else:
            for result in results:
                summary.add(result)
                _report(result, console)
    except KeyboardInterrupt:
        interrupted = True
    stored = summary.stored
    line = (
        f"{stored} stored, {summary.unchanged} unchanged, {summary.duplicate} duplicate, "
        f"{len(summary.failed)} failed ({summary.segments} segments, {summary.sentences} sentences)"
    )
    if not quiet:
        click.echo(line)
    if interrupted:
        click.echo("interrupted: every stored document is complete; run the same command again to resume",
                   err=True)
        sys.exit(130)
    if not no_knowledge and (stored or force):
        from chronica.knowledge.build import update

        try:
            k = update(store)
        except KeyboardInterrupt:
            click.echo("interrupted while building entities: run `chronica resolve` to finish", err=True)
            sys.exit(130)
        if not quiet:
            click.echo(f"knowledge: {k.entities} entities from {k.mentions} mentions, {k.claims} claims, "
                       f"{k.clusters} events linked to others")
    if summary.failed:
        sys.exit(1)


def _report(result: object, console: Console) -> None:
    from chronica.ingest import IngestResult

    assert isinstance(result, IngestResult)
    if result.status == "failed":
        console.print(f"error: {result.source}: {result.error}", markup=False, soft_wrap=True)
