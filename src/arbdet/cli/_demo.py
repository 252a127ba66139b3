"""``arbdet demo``: build a knowledge base from the example corpus and question it."""

from __future__ import annotations

import warnings

import click

from ..corpus_files import corpus_articles
from ..demo import main_person
from ..errors import UndatedArticleWarning
from ..io import source_from_text
from ..knowledge_base import KnowledgeBase
from ._conflicts import echo_conflicts
from ._kb_options import echo_titled_table
from ._output import wide_option


@click.command("demo")
@click.option(
    "--person", "subject", help="Follow this person (default: the most reported detainee)."
)
@click.option("--jobs", type=click.IntRange(min=1), help="Parse in this many processes.")
@wide_option
def command(subject: str | None, jobs: int | None, wide: bool) -> None:
    """Build the example corpus into a knowledge base; print a timeline, links and conflicts.

    The person followed is the detainee with linked cases whom most articles mention,
    unless --person names another; then come every detention and every conflict.
    """
    with warnings.catch_warnings(record=True) as undated:
        warnings.simplefilter("always", UndatedArticleWarning)
        sources = [
            source_from_text(article.read_text(encoding="utf-8"), name=article.name)
            for article in corpus_articles()
        ]
    kb = KnowledgeBase.build(sources, jobs=jobs, progress=False)
    click.echo(f"arbdet example corpus: {len(sources)} articles written for the project")
    if undated:
        click.echo(
            f"({len(undated)} of them carry no publication date, as some pages do: "
            "their relative dates stay unresolved)"
        )
    click.echo()
    click.echo(kb.describe() + "\n")
    person = kb.person(subject) if subject is not None else main_person(kb)
    if person is not None:
        echo_titled_table(kb.timeline(person), wide=wide)
        click.echo()
        echo_titled_table(kb.linked(person), wide=wide)
        click.echo()
    echo_titled_table(kb.detentions(), wide=wide)
    click.echo()
    echo_conflicts(kb.conflicts())
