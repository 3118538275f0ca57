"""``chronica events edit|undo`` and ``chronica entities suggest|reject``: the analyst's corrections of
events, and suggested merges."""

from __future__ import annotations

import json
import sys

import click

from chronica.cli.common import Context
from chronica.errors import ChronicaError


@click.group()
def events() -> None:
    """Correct an event's date, type or place; each edit is recorded and undoable."""


@events.command("edit")
@click.argument("event_id")
@click.option("--date", help="The event's date (EDTF: 2015-04-02, 2015-04, 2015, 2015-Q2, a/b).")
@click.option("--type", "type_", help="The event's type (attack, clash, detention, ... or other).")
@click.option("--place", help='A place name from the gazetteer ("Name, Country" narrows it).')
@click.option("--who", help="Who makes the correction (recorded).")
@click.pass_obj
def events_edit(ctx: Context, event_id: str, date: str | None, type_: str | None, place: str | None,
                who: str | None) -> None:
    """Edit the event EVENT_ID (a merged or a passage id, as `chronica timeline` shows them)."""
    from chronica.knowledge.event_edits import edit_event

    changes = {k: v for k, v in (("date", date), ("type", type_), ("place", place)) if v is not None}
    try:
        rows = edit_event(ctx.store(), event_id, changes, who)
    except (ChronicaError, ValueError) as err:
        raise click.ClickException(str(err)) from err
    if not rows:
        click.echo("nothing changed: the event has those values already")
    for r in rows:
        click.echo(f"recorded: {r['id']}  {r['field']} of {r['event_id']}: {json.dumps(r['before'], ensure_ascii=False)}"
                   f" -> {json.dumps(r['after'], ensure_ascii=False)}")


@events.command("undo")
@click.argument("correction_id")
@click.pass_obj
def events_undo(ctx: Context, correction_id: str) -> None:
    """Undo one event edit (or any correction) by its id (`chronica entities log` lists them)."""
    from chronica.knowledge.event_edits import undo_any

    try:
        row = undo_any(ctx.store(), correction_id)
    except ChronicaError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"undone: {row['id']}")


@click.command("suggest")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def entities_suggest(ctx: Context, fmt: str) -> None:
    """Pairs of entities kept apart whose names look alike, best first, with the evidence."""
    from chronica.knowledge.suggestions import suggest

    rows = suggest(ctx.store())
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if not rows:
        click.echo("No suggested merges.")
    for s in rows:
        ev = s["evidence"]
        click.echo(f"{s['score']:.2f}  {s['a']['id']} + {s['b']['id']}  ({ev['rule']}: {ev['names'][0]!r} / "
                   f"{ev['names'][1]!r})")


@click.command("reject")
@click.argument("a")
@click.argument("b")
@click.option("--who", help="Who decides (recorded).")
@click.pass_obj
def entities_reject(ctx: Context, a: str, b: str, who: str | None) -> None:
    """Record that entities A and B are not one: the pair is not suggested again and the resolver keeps
    them apart from then on, whatever later documents bring (undoable; an analyst's merge still wins)."""
    from chronica.knowledge.suggestions import reject

    try:
        row = reject(ctx.store(), a, b, who)
    except (ChronicaError, ValueError) as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"recorded: {row['id']}  reject {a} + {b}")


def add_to(entities: click.Group) -> None:
    """The ``suggest`` and ``reject`` commands, on the ``entities`` group."""
    entities.add_command(entities_suggest)
    entities.add_command(entities_reject)


__all__ = ["add_to", "entities_reject", "entities_suggest", "events"]
