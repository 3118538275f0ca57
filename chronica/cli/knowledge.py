"""``chronica resolve``, ``chronica entities ...``, ``chronica profile`` and the entity and relation exports."""

from __future__ import annotations

import json
import os
import sys
from typing import IO, Any

import click
from rich.console import Console
from rich.table import Table

from chronica.cli.common import Context
from chronica.errors import ChronicaError


def _fail(err: Exception) -> click.ClickException:
    return click.ClickException(str(err))


@click.command()
@click.pass_obj
def resolve(ctx: Context) -> None:
    """Build the knowledge: mentions and claims of new documents, then entities and event clusters.

    `chronica ingest` does this at its end; run it after corrections made by other means."""
    from chronica.knowledge.build import update

    s = update(ctx.store())
    click.echo(f"{s.documents} documents read, {s.mentions} mentions, {s.entities} entities, {s.claims} claims, "
               f"{s.clusters} events linked to others ({s.seconds:.1f} s)")


@click.group()
def entities() -> None:
    """Groups, people and states across the documents: list, show, and correct (merge, split, rename, undo)."""


@entities.command("list")
@click.option("--kind", type=click.Choice(["org", "person", "state"]), help="Only this kind.")
@click.option("--min-mentions", type=int, default=1, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def entities_list(ctx: Context, kind: str | None, min_mentions: int, fmt: str) -> None:
    """Every entity, most mentioned first."""
    from chronica.knowledge import storage

    rows = [e for e in storage.load_entities(ctx.store()) if (kind is None or e["kind"] == kind)
            and e["mentions"] >= min_mentions]
    rows.sort(key=lambda e: (-e["mentions"], e["name"]))
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if not rows:
        click.echo("No entities yet: run `chronica ingest` (or `chronica resolve`).")
        return
    table = Table(header_style="bold")
    for col in ("id", "kind", "name", "mentions", "docs", "also written"):
        table.add_column(col, overflow="fold")
    for e in rows:
        others = [a for a in e["aliases"] if a != e["name"]]
        table.add_row(e["id"], e["kind"], e["name"], str(e["mentions"]), str(len(e["docs"])),
                      ", ".join(others[:6]) + (" ..." if len(others) > 6 else ""))
    Console().print(table)


@entities.command("show")
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def entities_show(ctx: Context, name: str, fmt: str) -> None:
    """One entity: its names, why they were put together, and where each is mentioned."""
    from chronica.knowledge import storage
    from chronica.knowledge.profile import find_entity

    store = ctx.store()
    try:
        ent = find_entity(store, name)
    except ChronicaError as err:
        raise _fail(err) from err
    mentions = storage.entity_mentions(store, ent["id"])
    if fmt == "json":
        out = {**ent, "mention_spans": [{"doc": os.path.basename(m["source"]), "start": m["start"], "end": m["end"],
                                         "text": m["text"]} for m in mentions]}
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    click.echo(f"{ent['name']}  ({ent['kind']}, {ent['id']}): {ent['mentions']} mentions in {len(ent['docs'])} documents")
    click.echo("names: " + ", ".join(ent["aliases"]))
    if ent["evidence"]:
        click.echo("why these names are one:")
        for ev in ent["evidence"]:
            detail = f" ({ev['detail']})" if ev.get("detail") else ""
            click.echo(f"  {ev['rule']}: {ev['names'][0]} = {ev['names'][1]}{detail}")
    click.echo("mentions:")
    for m in mentions[:40]:
        click.echo(f"  {os.path.basename(m['doc_source'])}:{m['start']}  {m['text']}")
    if len(mentions) > 40:
        click.echo(f"  ... {len(mentions) - 40} more (--format json lists them all)")


def _correction_line(row: dict[str, Any]) -> str:
    names = json.loads(row["names"]) if isinstance(row["names"], str) else row["names"]
    value = f" -> {row['value']}" if row.get("value") else ""
    who = f" by {row['who']}" if row.get("who") else ""
    return f"{row['id']}  {row['action']} {', '.join(names)}{value}{who}"


@entities.command("merge")
@click.argument("names", nargs=-1, required=True)
@click.option("--who", help="Who makes the correction (recorded).")
@click.pass_obj
def entities_merge(ctx: Context, names: tuple[str, ...], who: str | None) -> None:
    """Put two or more entities (by name, alias or id) together; recorded and undoable."""
    from chronica.knowledge import corrections

    try:
        row = corrections.merge(ctx.store(), list(names), who)
    except (ChronicaError, ValueError) as err:
        raise _fail(err) from err
    click.echo("recorded: " + _correction_line(row))


@entities.command("split")
@click.argument("name")
@click.option("--who", help="Who makes the correction (recorded).")
@click.pass_obj
def entities_split(ctx: Context, name: str, who: str | None) -> None:
    """Take the mentions written NAME out of their entity; recorded and undoable."""
    from chronica.knowledge import corrections

    try:
        row = corrections.split(ctx.store(), name, who)
    except (ChronicaError, ValueError) as err:
        raise _fail(err) from err
    click.echo("recorded: " + _correction_line(row))


@entities.command("rename")
@click.argument("name")
@click.argument("new_name")
@click.option("--who", help="Who makes the correction (recorded).")
@click.pass_obj
def entities_rename(ctx: Context, name: str, new_name: str, who: str | None) -> None:
    """Give an entity another display name; recorded and undoable."""
    from chronica.knowledge import corrections

    try:
        row = corrections.rename(ctx.store(), name, new_name, who)
    except (ChronicaError, ValueError) as err:
        raise _fail(err) from err
    click.echo("recorded: " + _correction_line(row))


@entities.command("undo")
@click.argument("correction_id", required=False)
@click.pass_obj
def entities_undo(ctx: Context, correction_id: str | None) -> None:
    """Undo a correction (the latest one when no id is given)."""
    from chronica.knowledge import corrections

    try:
        row = corrections.undo(ctx.store(), correction_id)
    except ChronicaError as err:
        raise _fail(err) from err
    click.echo("undone: " + _correction_line(row))


@entities.command("log")
@click.pass_obj
def entities_log(ctx: Context) -> None:
    """Every correction, oldest first, with who made it, when, and whether it was undone."""
    from chronica.knowledge import storage
    from chronica.knowledge.event_edits import load_edits

    rows = storage.load_corrections(ctx.store())
    edits = load_edits(ctx.store())
    if not rows and not edits:
        click.echo("No corrections.")
    lines = []
    for r in rows:
        state = f"undone {r['undone_at']:%Y-%m-%d %H:%M}" if r.get("undone_at") else "in force"
        lines.append((r["at"].replace(tzinfo=None), f"{r['at']:%Y-%m-%d %H:%M}  {_correction_line(r)}  [{state}]"))
    for e in edits:
        state = f"undone {e['undone_at']:%Y-%m-%d %H:%M}" if e.get("undone_at") else "in force"
        who = f" by {e['who']}" if e.get("who") else ""
        after = json.dumps(e["after"], ensure_ascii=False)
        lines.append((e["at"].replace(tzinfo=None), f"{e['at']:%Y-%m-%d %H:%M}  {e['id']}  edit {e['field']} of event "
                                                    f"{e['event_id']} -> {after}{who}  [{state}]"))
    for _, line in sorted(lines, key=lambda x: x[0]):
        click.echo(line)


@click.command()
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.pass_obj
def profile(ctx: Context, name: str, fmt: str) -> None:
    """A dossier on a group or person, every line cited: aliases, leaders, strength, relations, events."""
    from chronica.knowledge.profile import profile as build_profile
    from chronica.knowledge.profile import to_markdown

    try:
        p = build_profile(ctx.store(), name)
    except ChronicaError as err:
        raise _fail(err) from err
    if fmt == "json":
        json.dump(p, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        click.echo(to_markdown(p), nl=False)


def write_entities(store: Any, out: IO[str]) -> int:
    from chronica.knowledge import storage

    rows = storage.load_entities(store)
    for e in rows:
        out.write(json.dumps({"id": e["id"], "name": e["name"], "kind": e["kind"], "aliases": e["aliases"],
                              "docs": e["docs"], "mentions": e["mentions"]}, ensure_ascii=False) + "\n")
    return len(rows)


def write_relations(store: Any, out: IO[str]) -> int:
    from chronica.knowledge import storage

    names = {e["id"]: e["name"] for e in storage.load_entities(store)}
    n = 0
    for c in storage.load_claims(store, kind="relation"):
        if not c["relevant"]:
            continue
        record = {"subject": names.get(c["subject_entity"] or "", c["subject"]), "relation": c["relation"],
                  "object": names.get(c["object_entity"] or "", c["object"]), "date": c["date"],
                  "end_date": c["end_date"], "subject_id": c["subject_entity"], "object_id": c["object_entity"],
                  "sources": [{"doc": os.path.basename(c["source"] or ""), "doc_id": c["doc_id"], "start": c["start"],
                               "end": c["end"], "quote": c["quote"]}]}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def add_exports(export: click.Group) -> None:
    """The ``export entities`` and ``export relations`` commands, on the ``export`` group."""

    @export.command("entities")
    @click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
    @click.pass_obj
    def export_entities(ctx: Context, fmt: str) -> None:
        """Every entity as JSON Lines: {"id", "name", "kind", "aliases", "docs", "mentions"}."""
        write_entities(ctx.store(), sys.stdout)

    @export.command("relations")
    @click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
    @click.pass_obj
    def export_relations(ctx: Context, fmt: str) -> None:
        """Every relation as JSON Lines: {"subject", "relation", "object", "date", "end_date", "sources"}."""
        write_relations(ctx.store(), sys.stdout)




@click.group()
def sources() -> None:
    """Source reliability (the Admiralty code): grade sources A-F; claims get 1-6 from corroboration."""


@sources.command("grade")
@click.argument("doc")
@click.argument("grade")
@click.option("--who", help="Who grades it (recorded).")
@click.option("--note", help="Why (recorded).")
@click.pass_obj
def sources_grade(ctx: Context, doc: str, grade: str, who: str | None, note: str | None) -> None:
    """Grade a source (a document id, file name or path): A completely reliable ... E unreliable, F cannot be judged."""
    from chronica.knowledge import storage
    from chronica.knowledge.reliability import ReliabilityError, check_grade

    store = ctx.store()
    try:
        value = check_grade(grade.upper())
        row = store.document(doc)
    except (ReliabilityError, ChronicaError) as err:
        raise _fail(err) from err
    storage.set_grade(store, row["source"], value, who, note)
    click.echo(f"{os.path.basename(row['source'])}: graded {value}")


@sources.command("list")
@click.pass_obj
def sources_list(ctx: Context) -> None:
    """Every readable source with its grade (F, cannot be judged, unless graded)."""
    from chronica.knowledge import storage

    store = ctx.store()
    grades = storage.load_grades(store)
    for d in store.documents(status="ok"):
        g = grades.get(d["source"])
        extra = f"  ({g['who'] or 'unknown'}: {g['note']})" if g and g.get("note") else ""
        click.echo(f"{g['grade'] if g else 'F'}  {os.path.basename(d['source'])}  {d['title'] or ''}{extra}")


__all__ = ["add_exports", "entities", "profile", "resolve", "sources", "write_entities", "write_relations"]
