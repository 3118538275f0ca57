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
def demo(out: str) -> None:
    """Build a fresh store from the bundled sample corpus and print what is in it."""
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
