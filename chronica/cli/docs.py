"""``chronica docs`` and ``chronica show DOC``"""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from chronica.api import document_listing, document_view
from chronica.cli.common import Context
from chronica.errors import NotFoundError


@click.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def docs(obj: Context, fmt: str) -> None:
    """List documents with status, title, publication date, segments and sentence count."""
    listing = document_listing(obj.store())
    if fmt == "json":
        click.echo(json.dumps(listing, ensure_ascii=False, indent=2))
        return
    table = Table(show_lines=False)
    for col in ("id", "status", "title", "published", "segments", "sentences"):
        table.add_column(col, overflow="fold")
    for doc in listing:
        segs = ", ".join(s["kind"] for s in doc["segments"])
        title = doc["title"] or doc["source"].rsplit("/", 1)[-1]
        if doc["status"] != "ok":
            title = f"{doc['source']}: {doc['error']}"
        table.add_row(doc["id"], doc["status"], title, doc["published"] or "", segs, str(doc["sentences"]))
    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=200)
    console.print(table)


@click.command()
@click.argument("doc")
@click.option("--segments-only", is_flag=True, help="Only list the segments, not the text.")
@click.pass_obj
def show(obj: Context, doc: str, segments_only: bool) -> None:
    """Print a document's cleaned text with its segment boundaries marked."""
    try:
        record, segments = document_view(obj.store(), doc)
    except NotFoundError as err:
        raise click.ClickException(str(err)) from err
    if record["status"] != "ok":
        raise click.ClickException(f"{record['source']} was not ingested: {record['error']}")
    text = record["text"]
    click.echo(f"# {record['title'] or record['source']}  [{record['id']}]  {record['source']}")
    if record["published"]:
        click.echo(f"# published {record['published']} ({record['published_source']})")
    top = [s for s in segments if s["parent_id"] is None]
    children: dict[str, list[dict[str, object]]] = {}
    for s in segments:
        if s["parent_id"]:
            children.setdefault(s["parent_id"], []).append(s)
    for seg in top:
        title = f" {seg['title']!r}" if seg["title"] else ""
        click.echo(f"\n=== {seg['kind']} [{seg['start']}:{seg['end']}]{title}")
        parts = children.get(seg["id"], [])
        if segments_only:
            for part in parts:
                click.echo(f"    - {part['kind']} [{part['start']}:{part['end']}]")
            continue
        click.echo(text[seg["start"] : seg["end"]])
