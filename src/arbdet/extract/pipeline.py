"""Run every extractor over one article, in order, and collect its facts.

Each step is a pure function of the document and what the steps before it found, so
parsing is deterministic and can run in any order, in any process.
"""

from __future__ import annotations

from ..io import read_source
from ..model import ArticleFacts, PartialDate, Source
from ..text import Document
from .declarations import find_declarations
from .detentions import find_detentions
from .links import find_links
from .people import find_people
from .places import find_places
from .quotes import find_statements
from .timex import find_dates

__all__ = ["parse", "parse_document"]


def parse_document(doc: Document) -> ArticleFacts:
    """The facts of an already normalised document."""
    places = find_places(doc)
    dates = find_dates(doc)
    people = find_people(doc, places)
    quotes, reported = find_statements(doc, people, dates, places)
    detentions = find_detentions(doc, people, places, dates)
    declarations = find_declarations(doc, places, dates, quotes)
    links = find_links(doc, people, places, detentions, (*quotes, *reported))
    return ArticleFacts(
        doc.source,
        detentions=tuple(detentions),
        statements=(*quotes, *reported),
        declarations=tuple(declarations),
        links=tuple(links),
    )


def parse(
    article: Source | str | bytes, *, published: PartialDate | str | None = None
) -> ArticleFacts:
    """Every fact of one article: its detentions, statements, declaration and links.

    ``article`` is a :class:`~arbdet.model.Source` or an article's text (or bytes); a
    ``published`` date, when given, is what relative dates are resolved against (for a
    source, it replaces the source's own date). Raises :class:`~arbdet.ArbdetError` for
    input that cannot be read, never anything else.
    """
    if isinstance(article, Source):
        source = article
        if published is not None:
            date = published if isinstance(published, PartialDate) else PartialDate.parse(published)
            source = Source.create(
                source.text,
                name=source.name,
                title=source.title,
                outlet=source.outlet,
                byline=source.byline,
                url=source.url,
                published=date,
                retrieved=source.retrieved,
                body=source.body,
            )
    else:
        source = read_source(article, published=published)
    return parse_document(Document.from_source(source))
