"""Options and messages shared by the commands that read articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from ..io import SourceReader

__all__ = ["echo_counts", "follow_symlinks_option", "published_option"]

F = TypeVar("F", bound=Callable[..., object])


def follow_symlinks_option(command: F) -> F:
    """The ``--follow-symlinks`` flag: read symbolic links found inside folders."""
    return click.option(
        "--follow-symlinks",
        is_flag=True,
        help="Read symbolic links inside folders (skipped, with a warning, by default).",
    )(command)


def published_option(command: F) -> F:
    """The ``--published`` option: the date every article is taken to be published on."""
    return click.option(
        "--published",
        metavar="YYYY-MM-DD",
        help="Publication date of every article (overrides the dates they give).",
    )(command)


def echo_counts(reader: SourceReader, output: Path | None = None) -> None:
    """Say on stderr what was read: "read 500 files, 50 distinct articles (450 duplicates)".

    With ``output``, where the results went: "... -> facts.jsonl".
    """
    written = "" if output is None else f" -> {output}"
    click.echo(f"read {reader.counts}{written}", err=True)
