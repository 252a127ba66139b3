"""``arbdet demo``: build a knowledge base from the example corpus and question it."""

from __future__ import annotations

import click

from ..corpus_files import corpus_articles
from ..demo import demo_report
from ..io import source_from_text
from ..knowledge_base import KnowledgeBase


@click.command("demo")
@click.option(
    "--person", "subject", help="Follow this person (default: the most reported detainee)."
)
@click.option("--jobs", type=click.IntRange(min=1), help="Parse in this many processes.")
def command(subject: str | None, jobs: int | None) -> None:
    """Build the example corpus into a knowledge base; print a timeline, links and conflicts."""
    sources = [
        source_from_text(article.read_text(encoding="utf-8"), name=article.name)
        for article in corpus_articles()
    ]
    kb = KnowledgeBase.build(sources, jobs=jobs, progress=False)
    click.echo(f"arbdet example corpus: {len(sources)} articles written for the project\n")
    click.echo(demo_report(kb, subject), nl=False)
