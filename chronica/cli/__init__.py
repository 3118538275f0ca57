"""The ``chronica`` command: a thin shell over the library API."""

from __future__ import annotations

import click

from chronica import __version__
from chronica.cli.ask import ask, chat
from chronica.cli.common import Context
from chronica.cli.corrections import add_to as add_correction_commands
from chronica.cli.corrections import events as events_group
from chronica.cli.demo import demo
from chronica.cli.docs import docs, show
from chronica.cli.events import export, timeline
from chronica.cli.ingest import ingest
from chronica.cli.knowledge import add_exports, entities, profile, resolve, sources
from chronica.cli.serve import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="CHRONICA_DB",
    default="chronica.db",
    show_default=True,
    help="Store: a SQLite file path or a postgresql:// URL (also $CHRONICA_DB).",
)
@click.version_option(__version__, prog_name="chronica")
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """chronica: cited timelines, event datasets and profiles from piles of documents, offline."""
    ctx.obj = Context(db)


main.add_command(ingest)
main.add_command(docs)
main.add_command(show)
main.add_command(demo)
main.add_command(timeline)
main.add_command(export)
add_exports(export)
main.add_command(resolve)
main.add_command(entities)
add_correction_commands(entities)
main.add_command(events_group)
main.add_command(profile)
main.add_command(sources)
main.add_command(ask)
main.add_command(chat)
main.add_command(serve)

try:
    from chronica.cli.dates import dates
except ImportError:  # the temporal engine is optional until it lands
    pass
else:
    main.add_command(dates)
