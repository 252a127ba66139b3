"""``arbdet facts``: the facts of articles, as ``arbdet-facts/1`` lines or Parquet tables."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import IO, Any

import click

from .. import distributed
from ..build import Confident, Parser, facts_lines, write_parquet_parts
from ..errors import ArbdetError
from ..extract.pipeline import parse
from ..io import atomic_write, check_output, read_sources
from ._kb_options import (
    jobs_option,
    min_confidence_option,
    partition_option,
    scheduler_option,
)
from ._reading import echo_counts, follow_symlinks_option, published_option


def _lines_to(output: Path | None) -> contextlib.AbstractContextManager[IO[Any]]:
    if output is None:
        return contextlib.nullcontext(sys.stdout)
    return atomic_write(check_output(output))


@click.command("facts")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "parquet"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one arbdet-facts/1 document a line; parquet: a folder of tables, "
    "KIND/part-NNNNN.parquet, one file per partition (the columns of 'arbdet export').",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="The JSON Lines file (default: standard output), or the Parquet folder.",
)
@min_confidence_option
@published_option
@follow_symlinks_option
@jobs_option
@scheduler_option
@partition_option(500, "articles (input files with --scheduler)")
def command(
    *,
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    min_confidence: float | None,
    published: str | None,
    follow_symlinks: bool,
    jobs: int | None,
    scheduler: str | None,
    partition_size: int,
) -> None:
    """Extract facts from articles (files or folders).

    Query a Parquet folder in place with 'arbdet sql "SELECT ..." --facts FOLDER'.
    """
    parser: Parser = parse if min_confidence is None else Confident(parse, min_confidence)
    if fmt == "parquet" and output is None:
        raise ArbdetError("facts --format parquet: needs a folder to write to; add -o FOLDER")
    if fmt != "parquet" and scheduler:
        raise ArbdetError("facts --scheduler: writes --format parquet only; add --format parquet")
    if fmt == "parquet" and scheduler:
        assert output is not None
        written = distributed.to_parquet(
            paths,
            check_output(output, folder=True),
            partition_size=partition_size,
            scheduler=scheduler,
            parse_with=parser,
            published=published,
            follow_symlinks=follow_symlinks,
        )
        click.echo(f"{len(written)} Parquet files -> {output}/", err=True)
        return
    reader = read_sources(paths, published=published, follow_symlinks=follow_symlinks)
    if fmt == "parquet":
        assert output is not None
        check_output(output, folder=True)
        write_parquet_parts(reader, output, partition_size=partition_size, jobs=jobs, parse=parser)
    else:
        with _lines_to(output) as target:
            for line in facts_lines(reader, jobs=jobs, parse=parser):
                target.write(line + "\n")
    echo_counts(reader, output)
