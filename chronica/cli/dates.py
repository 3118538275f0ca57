"""`chronica dates FILE...`: every temporal expression of each file, one JSON line each."""

from __future__ import annotations

import json
from pathlib import Path

import click

from chronica.time import find_dates, parse_dct, to_json


def _load(path: str) -> tuple[str, str | None]:
    """The file's text and its creation date when the file itself says so (None for now)."""
    return Path(path).read_text(encoding="utf-8", errors="replace"), None


@click.command("dates")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--dct", default=None, help="Document creation time, YYYY-MM-DD (overrides what the page says).")
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
