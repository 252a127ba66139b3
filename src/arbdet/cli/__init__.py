"""The ``arbdet`` command line: ``arbdet --help`` lists the commands."""

from __future__ import annotations

import click

from .. import __version__
from ..errors import ArbdetError
from . import (
    _build,
    _conflicts,
    _dates,
    _demo,
    _detentions,
    _export,
    _facts,
    _linked,
    _mentions,
    _read,
    _statements,
    _timeline,
)

__all__ = ["cli", "main"]

# Each module defines one click command named after it; add a module here to add a command.
_COMMAND_MODULES = (
    _read,
    _demo,
    _dates,
    _facts,
    _build,
    _timeline,
    _linked,
    _detentions,
    _statements,
    _conflicts,
    _export,
    _mentions,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="arbdet")
def cli() -> None:
    """Read news articles about state-to-state arbitrary detention into typed facts."""


for _module in _COMMAND_MODULES:
    cli.add_command(_module.command)


def main() -> None:
    """Run the command line; an :class:`~arbdet.ArbdetError` is a message and exit status 2."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        raise SystemExit(1) from None
    except click.ClickException as error:
        error.show()
        raise SystemExit(error.exit_code) from None
    except ArbdetError as error:
        click.echo(f"arbdet: {error}", err=True)
        raise SystemExit(2) from None
    except SystemExit:
        raise
