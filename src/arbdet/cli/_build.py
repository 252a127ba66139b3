"""``arbdet build``: a knowledge base from articles and facts files."""

from __future__ import annotations

import click

from .. import distributed
from ..io import check_output
from ..knowledge_base import KnowledgeBase
from ._kb_options import jobs_option, partition_option, scheduler_option
from ._reading import follow_symlinks_option


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "-o",
    "--output",
    default="kb.json",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Where to write the knowledge base (replaced whole once it is complete).",
)
@jobs_option
@scheduler_option
@partition_option(50, "input files")
@click.option(
    "--no-reference", is_flag=True, help="Leave out the reference sources shipped with arbdet."
)
@follow_symlinks_option
def command(
    *,
    paths: tuple[str, ...],
    output: str,
    jobs: int | None,
    scheduler: str | None,
    partition_size: int,
    no_reference: bool,
    follow_symlinks: bool,
) -> None:
    """Build a knowledge base from articles (text, HTML, JSON Lines) and facts files (.json).

    Articles are parsed (in --jobs processes, or on a dask cluster with --scheduler);
    facts files (arbdet-facts/1) are read as they are.
    """
    check_output(output)
    if scheduler:
        kb = distributed.build(
            paths,
            partition_size=partition_size,
            scheduler=scheduler,
            references=not no_reference,
            follow_symlinks=follow_symlinks,
        )
    else:
        kb = KnowledgeBase.build(
            paths, jobs=jobs, references=not no_reference, follow_symlinks=follow_symlinks
        )
    kb.save(output)
    click.echo(kb.describe())
    click.echo(f"\nwritten to {output}")
