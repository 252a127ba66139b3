"""``arbdet sql``: a DuckDB query over a folder of Parquet tables, read in place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .. import export
from ._kb_options import as_json_option
from ._output import echo_json, echo_table


def _plain(value: Any) -> Any:
    """A DuckDB value as JSON data: dates, decimals and the like as their text."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


@click.command("sql")
@click.argument("query")
@click.option(
    "--facts",
    "folder",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="The Parquet folder ('arbdet facts --format parquet' or 'arbdet export').",
)
@as_json_option
def command(query: str, folder: Path, as_json: bool) -> None:
    """Run a DuckDB QUERY over the tables of a Parquet folder, without loading them first.

    Each table is a view named after its kind: people, detentions, statements,
    declarations, signatories, counts, links, timeline, conflicts. Needs arbdet[tabular].

        arbdet sql "SELECT detainee, count(*) AS n FROM detentions GROUP BY 1" --facts facts/
    """
    columns, rows = export.sql(query, folder)
    if as_json:
        echo_json([dict(zip(columns, _plain(row), strict=True)) for row in rows])
        return
    echo_table(columns, rows)
