"""`chronica dates FILE...`: every temporal expression of each file, one JSON line each."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click

from chronica.time import find_dates, parse_dct, to_json

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _load(path: str) -> tuple[str, str | None]:
    """The file's text as the ingest readers see it (HTML, PDF, DOCX ... as plain text) and its creation
    date from the document's metadata (publication date), or None when it has none.

    A file no reader accepts is read as UTF-8 text, so that any text file still works."""
    from chronica.errors import IngestError
    from chronica.ingest.pipeline import parse

    p = Path(path)
    data = p.read_bytes()
    if not data:
        return "", None
    try:
        parsed = parse(data, p, path)
    except IngestError:
        return data.decode("utf-8", errors="replace"), None
    from chronica.events.rows import creation_date
    from chronica.ingest.metadata import document_metadata
    from chronica.segment import segment_page

    # the same creation date as ingest: metadata, a date line, a dateline, reader comments
    published = document_metadata(parsed, segment_page(parsed.text, parsed.blocks, parsed.format)).get("published")
    dct = creation_date(published if isinstance(published, str) else None)
    return parsed.text, dct if dct and parse_dct(dct) is not None else None


@click.command("dates")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--dct", default=None,
              help="Document creation time, YYYY-MM-DD (default: the document's own publication date).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def dates(files: tuple[str, ...], dct: str | None, fmt: str) -> None:
    """Find, normalise (EDTF) and anchor the dates in FILE..."""
    if dct is not None and parse_dct(dct) is None:
        raise click.BadParameter("expected YYYY-MM-DD", param_hint="--dct")
    for path in files:
        text, detected = _load(path)
        for expr in find_dates(text, dct or detected):
            row = to_json(expr, path)
            if fmt == "jsonl":
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                shown = " ".join(expr.text.split())[:40]
                click.echo(f"{path}\t{expr.start}\t{expr.end}\t{shown:<40}\t{expr.value or '-':<22}\t"
                           f"{expr.precision or '-':<8}\t{expr.anchor or '-'}\t{expr.reason or ''}")
