"""``chronica serve``: the web workbench over the store."""

from __future__ import annotations

import click

from chronica.cli.common import Context
from chronica.web.server import DEFAULT_HOST, DEFAULT_PORT


@click.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to listen on (loopback by default: other machines cannot reach it).")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("--open/--no-open", "open_browser", default=False, show_default=True,
              help="Open the app in a web browser.")
@click.option("--who", help="Your name, recorded on the corrections you make in the app.")
@click.pass_obj
def serve(ctx: Context, host: str, port: int, open_browser: bool, who: str | None) -> None:
    """Open the web workbench (timeline, map, graph, profiles, documents, ask, corrections) on the store."""
    from chronica.web.server import serve as run

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read and edit the store",
                   err=True)
    try:
        run(ctx.store(), host, port, open_browser=open_browser, announce=click.echo, who=who)
    except OSError as err:
        raise click.ClickException(f"cannot listen on {host}:{port}: {err.strerror or err}") from err
