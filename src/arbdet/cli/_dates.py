"""``arbdet dates``: the date expressions of an article and the dates they resolve to."""

from __future__ import annotations

from pathlib import Path

import click

from ..extract.dates import find_dates
from ..io import read_source
from ..text import Document
from ._output import echo_json, echo_table


@click.command("dates")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date to resolve against (overrides a 'date' header line).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def command(file: Path, published: str | None, as_json: bool) -> None:
    """Find the date expressions of an article FILE and resolve them.

    Offsets are character offsets into FILE's text; a value is an ISO date at the
    precision the text gives ("2018", "2018-12", "2018-12-01"), "START/END" for a range,
    or null where the expression cannot be resolved.
    """
    source = read_source(file, published=published)
    document = Document.from_source(source)
    rows = []
    for mention in find_dates(document):
        span = document.source_span(mention.start, mention.end)
        rows.append(
            {
                "text": source.slice(span),
                "start": span.start,
                "end": span.end,
                "value": None if mention.value is None else str(mention.value),
            }
        )
    if as_json:
        echo_json(rows)
        return
    if source.published is None:
        click.echo("no publication date: relative dates are left unresolved\n", err=True)
    echo_table(
        ["start", "end", "value", "text"],
        [[r["start"], r["end"], r["value"], r["text"]] for r in rows],
    )
