"""``arbdet facts``: the facts of articles in the ``arbdet-facts/1`` format, one line each."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..extract.pipeline import parse
from ..facts import to_facts
from ..io import read_sources


@click.command("facts")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write JSON Lines here instead of to standard output.",
)
def command(paths: tuple[Path, ...], output: Path | None) -> None:
    """Extract facts from articles (files or folders) as arbdet-facts/1 JSON Lines."""
    lines = [
        json.dumps(to_facts(parse(source)), ensure_ascii=False) for source in read_sources(paths)
    ]
    text = "".join(line + "\n" for line in lines)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{len(lines)} articles -> {output}", err=True)
