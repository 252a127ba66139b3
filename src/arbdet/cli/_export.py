"""``arbdet export``: a knowledge base as tables (JSON Lines, Parquet, DuckDB) or facts."""

from __future__ import annotations

import click

from .. import export
from ..io import atomic_write, check_output
from ..serialize import json_text
from ._kb_options import kb_option, load_kb, min_confidence_option


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "parquet", "duckdb", "facts"]),
    default="jsonl",
    show_default=True,
    help="jsonl: every record with its table; parquet: a folder, one file per kind; "
    "duckdb: one table per kind; facts: one arbdet-facts/1 document.",
)
@click.option("-o", "--output", required=True, type=click.Path(), help="The file or folder.")
@kb_option
@min_confidence_option
def command(fmt: str, output: str, kb_path: str, min_confidence: float | None) -> None:
    """Export the knowledge base's records (parquet and duckdb need arbdet[tabular]).

    Each file is written whole or not at all: an existing one is replaced once the new
    one is complete.
    """
    check_output(output, folder=fmt == "parquet")
    kb = load_kb(kb_path, min_confidence)
    if fmt == "jsonl":
        count = export.to_jsonl(kb, output)
        click.echo(f"{count} records written to {output}")
    elif fmt == "parquet":
        paths = export.to_parquet(kb, output)
        click.echo(f"{len(paths)} tables written to {output}/")
    elif fmt == "duckdb":
        export.to_duckdb(kb, output)
        click.echo(f"{len(export.TABLES)} tables written to {output}")
    else:
        with atomic_write(output) as file:
            file.write(json_text(kb.to_facts(), indent=1) + "\n")
        click.echo(f"facts written to {output}")
