"""The ``arbdet`` command line: ``arbdet --help`` lists the commands."""

from __future__ import annotations

import warnings
from typing import TextIO

import click

from .. import __version__
from ..errors import ArbdetWarning
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
    _score,
    _show,
    _sql,
    _statements,
    _timeline,
)
from ._errors import ArbdetGroup

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
    _sql,
    _mentions,
    _score,
    _show,
)


@click.group("arbdet", cls=ArbdetGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="arbdet")
def cli() -> None:
    """Read news articles about state-to-state arbitrary detention into typed facts."""


for _module in _COMMAND_MODULES:
    cli.add_command(_module.command)


def _arbdet_warnings_as_lines() -> None:
    """Print arbdet's warnings as ``arbdet: warning: ...`` lines, others as Python does."""
    python_show = warnings.showwarning

    def show(  # noqa: PLR0917 - the signature warnings.showwarning must have
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        if issubclass(category, ArbdetWarning):
            click.echo(f"arbdet: warning: {message}", err=True)
        else:
            python_show(message, category, filename, lineno, file, line)

    warnings.showwarning = show


def main() -> None:
    """Run the command line.

    A failure prints ``arbdet: <what>: <why>[; <what to do>]`` on stderr and exits 2 for
    bad input or usage, 1 when a query finds nothing. A warning (an article with no date,
    a link skipped in a folder) prints ``arbdet: warning: ...`` and the command goes on.
    """
    with warnings.catch_warnings():
        _arbdet_warnings_as_lines()
        cli.main(prog_name="arbdet")
