"""``arbdet facts``: the facts of articles in the ``arbdet-facts/1`` format, one line each."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..extract.pipeline import parse
from ..facts import to_facts
from ..io import read_sources
from ._kb_options import min_confidence_option
from ._reading import echo_counts, follow_symlinks_option, published_option


@click.command("facts")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write JSON Lines here instead of to standard output.",
)
@min_confidence_option
@published_option
@follow_symlinks_option
def command(
    paths: tuple[Path, ...],
    output: Path | None,
    min_confidence: float | None,
    published: str | None,
    follow_symlinks: bool,
) -> None:
    """Extract facts from articles (files or folders) as arbdet-facts/1 JSON Lines."""
    lines = []
    reader = read_sources(paths, published=published, follow_symlinks=follow_symlinks)
    for source in reader:
        facts = parse(source)
        if min_confidence is not None:
            facts = facts.filter(min_confidence=min_confidence)
        lines.append(json.dumps(to_facts(facts), ensure_ascii=False))
    text = "".join(line + "\n" for line in lines)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
    echo_counts(reader, output)
