"""``arbdet export``: a knowledge base as tables (JSON Lines, Parquet, DuckDB) or facts."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .. import export
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
    """Export the knowledge base's records (parquet and duckdb need arbdet[tabular])."""
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
        text = json.dumps(kb.to_facts(), ensure_ascii=False, indent=1)
        Path(output).write_text(text + "\n", encoding="utf-8")
        click.echo(f"facts written to {output}")
