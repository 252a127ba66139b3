"""``arbdet build``: a knowledge base from articles and facts files."""

from __future__ import annotations

import click

from ..knowledge_base import KnowledgeBase
from ._reading import follow_symlinks_option


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "-o",
    "--output",
    default="kb.json",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Where to write the knowledge base.",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Parse in this many processes.")
@click.option(
    "--no-reference", is_flag=True, help="Leave out the reference sources shipped with arbdet."
)
@follow_symlinks_option
def command(
    paths: tuple[str, ...],
    output: str,
    jobs: int | None,
    no_reference: bool,
    follow_symlinks: bool,
) -> None:
    """Build a knowledge base from articles (text, HTML, JSON Lines) and facts files (.json).

    Articles are parsed; facts files (arbdet-facts/1) are read as they are.
    """
    kb = KnowledgeBase.build(
        paths, jobs=jobs, references=not no_reference, follow_symlinks=follow_symlinks
    )
    kb.save(output)
    click.echo(kb.describe())
    click.echo(f"\nwritten to {output}")
