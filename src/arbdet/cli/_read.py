"""``arbdet read``: what arbdet reads from articles (metadata, body, paragraphs)."""

from __future__ import annotations

import click

from ..io import read_sources
from ..text import Document
from ._output import echo_json, echo_table
from ._reading import echo_counts, follow_symlinks_option, published_option


@click.command("read")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@published_option
@follow_symlinks_option
def command(
    paths: tuple[str, ...], as_json: bool, published: str | None, follow_symlinks: bool
) -> None:
    """Read articles (files, folders, JSON Lines) and show what was read."""
    rows = []
    reader = read_sources(paths, published=published, follow_symlinks=follow_symlinks)
    for source in reader:
        document = Document.from_source(source)
        rows.append(
            {
                "name": source.name,
                "id": source.id,
                "published": None if source.published is None else str(source.published),
                "title": source.title,
                "characters": len(source.text),
                "body_characters": sum(len(s) for s in source.body),
                "paragraphs": len(document.paragraphs),
                "sentences": sum(len(p.sentences) for p in document.paragraphs),
            }
        )
    echo_counts(reader)
    if as_json:
        echo_json(rows)
        return
    echo_table(
        ["article", "published", "paragraphs", "sentences", "title"],
        [[r["name"], r["published"], r["paragraphs"], r["sentences"], r["title"]] for r in rows],
    )
