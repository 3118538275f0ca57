"""``chronica demo``"""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from chronica.cli.events import print_timeline
from chronica.demo import build_demo


@click.command()
@click.option("--out", default="chronica-demo.db", show_default=True, type=click.Path(dir_okay=False),
              help="Where to build the demo store (replaced if it exists).")
@click.option("--serve/--no-serve", "serve_app", default=True, show_default=True,
              help="Then serve the web workbench on it and open it in a browser (--no-serve: build and print only).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port for the app.")
def demo(out: str, serve_app: bool, port: int) -> None:
    """Build a fresh store from the bundled sample corpus, print what is in it, and open the workbench."""
    result = build_demo(out)
    console = Console(highlight=False)
    s = result.summary
    console.print(f"[bold]chronica demo[/bold]: sample corpus ingested into {result.db}")
    console.print(f"{s.stored} documents stored, {len(s.failed)} failed, {s.segments} segments, "
                  f"{s.sentences} sentences")
    table = Table()
    for col in ("document", "format", "published", "pieces"):
        table.add_column(col, overflow="fold")
    for doc in result.listing:
        segments = doc["segments"]
        assert isinstance(segments, list)
        pieces = "; ".join(
            f"{seg['kind']}" + (f" “{seg['title']}”" if seg["title"] else "") for seg in segments
        )
        table.add_row(str(doc["title"] or doc["source"]), str(doc["format"]), str(doc["published"] or ""), pieces)
    console.print(table)
    k = result.knowledge
    console.print(f"{k.entities} groups, people and states from {k.mentions} mentions; {k.claims} relations, "
                  f"tenures and estimates; {k.clusters} passages linked to another that tells the same event")
    console.print(f"[bold]Timeline[/bold] ({len(result.timeline)} dated events; every row cites its passage)")
    print_timeline(result.timeline, console, quote_width=70)
    for failure in s.failed:
        console.print(f"error: {failure.source}: {failure.error}", markup=False)
    console.print(f"Explore it: chronica --db {result.db} timeline --actor NAME; "
                  f"chronica --db {result.db} profile al-Shabaab; chronica --db {result.db} entities list; "
                  f"chronica --db {result.db} export events --format csv; chronica --db {result.db} show DOC")
    if serve_app:
        from chronica.web.server import serve

        try:
            serve(result.db, port=port, open_browser=True, announce=click.echo)
        except OSError as err:
            raise click.ClickException(f"cannot serve the workbench on port {port}: {err.strerror or err} "
                                       f"(try --port 0, or --no-serve)") from err
