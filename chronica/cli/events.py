"""``chronica timeline`` and ``chronica export events``."""

from __future__ import annotations

import csv
import json
import sys
from typing import IO, Any

import click
from rich.console import Console
from rich.table import Table

from chronica.cli.common import Context
from chronica.events.query import EventFilter
from chronica.events.triggers import PRIORITY
from chronica.knowledge.merged import merged_events

EVENT_TYPES = (*PRIORITY, "other")
CSV_FIELDS = ("id", "date", "earliest", "latest", "type", "plover", "actors", "place", "admin1", "country",
              "lat", "lon", "where_prec", "killed", "wounded", "relevant", "doc", "start", "end", "quote")


def _filter_options(func: Any) -> Any:
    options = [
        click.option("--actor", help="Only events naming this actor (part of a name)."),
        click.option("--type", "type_", type=click.Choice(EVENT_TYPES), help="Only events of this type."),
        click.option("--place", help="Only events at this place, province or ISO country code."),
        click.option("--from", "date_from", metavar="DATE", help="Only events ending on or after DATE."),
        click.option("--to", "date_to", metavar="DATE", help="Only events starting on or before DATE."),
        click.option("--all", "include_all", is_flag=True,
                     help="Also events in unrelated articles and reader comments."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _select(ctx: Context, actor: str | None, type_: str | None, place: str | None, date_from: str | None,
            date_to: str | None, include_all: bool, undated: bool = False) -> list[dict[str, Any]]:
    flt = EventFilter(actor=actor, type=type_, place=place, date_from=date_from, date_to=date_to,
                      include_unrelated=include_all, include_undated=undated)
    try:
        return merged_events(ctx.store(), flt)
    except ValueError as err:
        raise click.UsageError(str(err)) from err


def _csv_row(ev: dict[str, Any]) -> dict[str, Any]:
    loc = ev.get("location") or {}
    src = ev["sources"][0]
    return {
        "id": ev["id"], "date": ev["date"], "earliest": ev["earliest"], "latest": ev["latest"],
        "type": ev["type"], "plover": ev["plover"], "actors": "; ".join(a["name"] for a in ev["actors"]),
        "place": loc.get("place"), "admin1": loc.get("admin1"), "country": loc.get("country"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "where_prec": loc.get("precision"),
        "killed": ev["killed"], "wounded": ev["wounded"], "relevant": ev["relevant"],
        "doc": src["doc"], "start": src["start"], "end": src["end"], "quote": src["quote"],
    }


def write_events(events: list[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    if fmt == "jsonl":
        for ev in events:
            out.write(json.dumps(ev, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump(events, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for ev in events:
            writer.writerow(_csv_row(ev))


def _where(ev: dict[str, Any]) -> str:
    loc = ev.get("location") or {}
    parts = [loc.get("place"), loc.get("admin1") if loc.get("admin1") != loc.get("place") else None,
             loc.get("country")]
    return ", ".join(p for p in parts if p)


def _toll(ev: dict[str, Any]) -> str:
    """'67 killed', or every figure the sources give when they disagree: '74 / 76 killed (sources differ)'."""
    bits = []
    claims = ev.get("claims") or {}
    for field in ("killed", "wounded"):
        values = [c["value"] for c in claims.get(field) or [] if c.get("value") is not None]
        if len(values) > 1:
            bits.append(f"{' / '.join(str(v) for v in values)} {field} (sources differ)")
        elif ev[field] is not None:
            bits.append(f"{ev[field]} {field}")
    return ", ".join(bits)


def print_timeline(events: list[dict[str, Any]], console: Console | None = None, *, quote_width: int = 90) -> None:
    console = console or Console()
    if not events:
        console.print("No events match.")
        return
    table = Table(show_lines=False, header_style="bold")
    for col in ("date", "type", "what (source passage)", "actors", "where", "toll", "source"):
        table.add_column(col, overflow="fold")
    for ev in events:
        src = ev["sources"][0]
        quote = " ".join(src["quote"].split())
        if len(quote) > quote_width:
            quote = quote[: quote_width - 1] + "\u2026"
        table.add_row(
            ev["date"] or "", ev["type"], quote, ", ".join(a["name"] for a in ev["actors"][:4]), _where(ev),
            _toll(ev), f"{src['doc']}:{src['start']}" + (f" +{len(ev['sources']) - 1}" if len(ev["sources"]) > 1 else ""),
        )
    console.print(table)
    console.print(f"{len(events)} events")


@click.command()
@_filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.pass_obj
def timeline(ctx: Context, actor: str | None, type_: str | None, place: str | None, date_from: str | None,
             date_to: str | None, include_all: bool, fmt: str) -> None:
    """The reconstructed timeline: dated events in date order, each with its source passage."""
    events = _select(ctx, actor, type_, place, date_from, date_to, include_all)
    if fmt == "table":
        print_timeline(events)
    else:
        write_events(events, fmt, sys.stdout)


@click.group()
def export() -> None:
    """Export the event dataset, the entities and the relations."""


@export.command("events")
@_filter_options
@click.option("--undated", is_flag=True, help="Also events with no date.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--out", "out_path", type=click.Path(dir_okay=False, writable=True), help="Write here, not stdout.")
@click.pass_obj
def export_events(ctx: Context, actor: str | None, type_: str | None, place: str | None, date_from: str | None,
                  date_to: str | None, include_all: bool, undated: bool, fmt: str, out_path: str | None) -> None:
    """Every event as JSON Lines or CSV; each source carries what it states itself.

    By default this is the whole dataset, unrelated and comment events included (flagged by
    "relevant"); --from/--to/--type/--actor/--place narrow it."""
    events = _select(ctx, actor, type_, place, date_from, date_to, True, undated)
    if out_path:
        with open(out_path, "w", encoding="utf-8", newline="") as fh:
            write_events(events, fmt, fh)
        click.echo(f"{len(events)} events written to {out_path}", err=True)
    else:
        write_events(events, fmt, sys.stdout)
