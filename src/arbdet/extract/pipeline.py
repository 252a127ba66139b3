"""The pipeline: the list of steps that turn one article into its facts, in one place.

A step is a :class:`Tagger`, which adds a layer of mentions to the document
(``tag(doc) -> Layer``), or a :class:`Reader`, which reads facts from the document and its
layers (``read(doc) -> list[Fact]``) and keeps them for the readers after it. Each step
is a pure function of the document and what the steps before it found, so parsing is
deterministic and can run in any order of articles, in any process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import attrs

from ..io import read_source
from ..model import ArticleFacts, PartialDate, Source
from ..text import Document, FactKey, Layer, LayerKey
from . import cues, dates, declarations, detentions, links, people, places, quotes
from .confidence import assign_confidence, confidence_table
from .dates import DATES
from .declarations import DECLARATIONS
from .detentions import DETENTIONS
from .links import LINKS
from .people import ORGS, PEOPLE
from .places import PLACES
from .quotes import STATEMENTS

__all__ = ["STEPS", "Reader", "Tagger", "parse", "parse_document"]

L = TypeVar("L", bound=Layer[Any])
F = TypeVar("F")


@attrs.frozen
class Tagger(Generic[L]):
    """A step that adds the layer ``key`` to a document."""

    key: LayerKey[L]
    tag: Callable[[Document], L]

    def run(self, doc: Document) -> None:
        """Tag ``doc`` and add the layer."""
        doc.add(self.key, self.tag(doc))


@attrs.frozen
class Reader(Generic[F]):
    """A step that reads the facts ``key`` from a document."""

    key: FactKey[F]
    read: Callable[[Document], Sequence[F]]

    def run(self, doc: Document) -> None:
        """Read ``doc`` and keep the facts for the steps after this one."""
        doc.add_facts(self.key, tuple(self.read(doc)))


STEPS: tuple[Tagger[Any] | Reader[Any], ...] = (
    Tagger(PLACES, places.tag),
    Tagger(DATES, dates.tag),
    Tagger(ORGS, people.tag_organizations),
    Tagger(PEOPLE, people.tag),
    Tagger(cues.CUES, cues.tag),
    Reader(STATEMENTS, quotes.read),
    Reader(DETENTIONS, detentions.read),
    Reader(DECLARATIONS, declarations.read),
    Reader(LINKS, links.read),
)
"""Every step, in the order they run."""


def parse_document(doc: Document) -> ArticleFacts:
    """The facts of an already normalised document: run every step, collect the facts."""
    for step in STEPS:
        step.run(doc)
    facts = ArticleFacts(
        doc.source,
        detentions=doc.facts(DETENTIONS),
        statements=doc.facts(STATEMENTS),
        declarations=doc.facts(DECLARATIONS),
        links=doc.facts(LINKS),
    )
    return assign_confidence(facts, confidence_table())


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
            source = attrs.evolve(source, published=date)
    else:
        source = read_source(article, published=published)
    return parse_document(Document.from_source(source))
