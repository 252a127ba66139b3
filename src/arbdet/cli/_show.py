"""``arbdet show``: an article as an HTML page with every fact's evidence highlighted."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from ..extract.dates import find_dates
from ..extract.people import find_people
from ..extract.pipeline import parse
from ..extract.places import find_places
from ..io import read_source
from ..model import Evidence, Source
from ..text import Document
from ._kb_options import min_confidence_option


def unresolved_mentions(source: Source) -> list[Evidence]:
    """Mentions arbdet could not resolve: people it cannot tell, dates it cannot place."""
    document = Document.from_source(source)
    found: list[Evidence] = []

    def note(start: int, end: int, extractor: str, field: str) -> None:
        span = document.source_span(start, end)
        if span.start < span.end:
            found.append(Evidence(source.id, span, source.slice(span), extractor, field))

    for person in find_people(document, find_places(document)).mentions:
        if person.person is None and not person.group:
            note(person.start, person.end, "people", "person")
    for date in find_dates(document):
        if date.value is None:
            note(date.start, date.end, "dates", "date")
    return sorted(found, key=lambda e: e.span)


@click.command("show")
@click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the page here (default: standard output).",
)
@click.option("--open", "open_page", is_flag=True, help="Open the page in a web browser.")
@min_confidence_option
def command(
    article: Path, output: Path | None, open_page: bool, min_confidence: float | None
) -> None:
    """Show ARTICLE as an HTML page with every fact's evidence highlighted by kind.

    Detentions, releases, quotations and their speakers, declarations and links each have
    a colour; hover a highlight for its fact, and the list beside the text gives every
    fact's fields. Mentions arbdet could not resolve (a pronoun, an undated "Monday") are
    underlined. The page is self-contained (no scripts, nothing fetched).
    """
    source = read_source(article)
    facts = parse(source)
    if min_confidence is not None:
        facts = facts.filter(min_confidence=min_confidence)
    page = facts.to_html(page=True, unresolved=unresolved_mentions(source))
    if output is None and open_page:
        with tempfile.NamedTemporaryFile(
            "w", suffix=".html", prefix=f"{article.stem}-", delete=False, encoding="utf-8"
        ) as handle:
            output = Path(handle.name)
    if output is None:
        click.echo(page, nl=False)
        return
    output.write_text(page, encoding="utf-8")
    click.echo(f"{facts!r} -> {output}", err=True)
    if open_page:
        click.launch(output.resolve().as_uri())
