"""``arbdet demo``: run arbdet on the example corpus shipped with the package."""

from __future__ import annotations

import click

from ..corpus_files import corpus_articles
from ..io import source_from_text
from ..text import Document
from ._output import echo_table


@click.command("demo")
def command() -> None:
    """Read the bundled example corpus and show what was read."""
    rows = []
    for article in corpus_articles():
        source = source_from_text(article.read_text(encoding="utf-8"), name=article.name)
        document = Document.from_source(source)
        title = source.title or ""
        rows.append(
            [
                article.name,
                source.published,
                len(document.paragraphs),
                title if len(title) <= 50 else title[:47] + "...",
            ]
        )
    click.echo(f"arbdet example corpus: {len(rows)} articles\n")
    echo_table(["article", "published", "paragraphs", "title"], rows)
