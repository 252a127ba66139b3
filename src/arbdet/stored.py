"""How a knowledge base keeps an article once it is parsed: the facts, and the text packed.

An article's facts (with the evidence, which keeps its own words) are what a knowledge
base works from; its text is needed only to show a fact in context or to write the
knowledge base out. So :class:`StoredArticle` keeps the facts as they are and the text
compressed (zlib, about a third of its size), unpacked only when asked for
(:meth:`StoredSource.source`). The source's id is the hash of its text, so two stored
sources with the same id hold the same text.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import attrs

from .model import (
    ArticleFacts,
    Declaration,
    Detention,
    Evidence,
    Link,
    PartialDate,
    Source,
    Span,
    Statement,
    confident_facts,
)

__all__ = ["StoredArticle", "StoredSource", "evidence_of"]

_LEVEL = 6
"""zlib's default level: a good ratio on prose at a few MB/s per core."""


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), _LEVEL)


def _unpack(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8", "surrogatepass")


@attrs.frozen
class StoredSource:
    """A source's metadata, and its text packed (see :class:`~arbdet.Source`)."""

    id: str
    length: int
    """How many characters the text has."""
    packed: bytes = attrs.field(eq=False, repr=False)
    """The text, compressed (equal ids mean equal texts, so equality leaves it out)."""
    name: str | None = None
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    published: PartialDate | None = None
    retrieved: PartialDate | None = None
    body: tuple[Span, ...] = attrs.field(default=(), repr=False)

    @classmethod
    def of(cls, source: Source) -> StoredSource:
        """The stored form of a source."""
        return cls(
            id=source.id,
            length=len(source.text),
            packed=_pack(source.text),
            name=source.name,
            title=source.title,
            outlet=source.outlet,
            byline=source.byline,
            url=source.url,
            published=source.published,
            retrieved=source.retrieved,
            body=source.body,
        )

    @property
    def text(self) -> str:
        """The text, unpacked."""
        return _unpack(self.packed)

    def source(self) -> Source:
        """The source itself, text and all."""
        return Source(
            id=self.id,
            text=self.text,
            name=self.name,
            title=self.title,
            outlet=self.outlet,
            byline=self.byline,
            url=self.url,
            published=self.published,
            retrieved=self.retrieved,
            body=self.body,
        )


@attrs.frozen
class StoredArticle:
    """One article's facts as a knowledge base keeps them (see :class:`~arbdet.ArticleFacts`)."""

    source: StoredSource
    detentions: tuple[Detention, ...] = ()
    statements: tuple[Statement, ...] = ()
    declarations: tuple[Declaration, ...] = ()
    links: tuple[Link, ...] = ()

    @classmethod
    def of(cls, facts: ArticleFacts) -> StoredArticle:
        """The stored form of an article's facts."""
        return cls(
            StoredSource.of(facts.source),
            facts.detentions,
            facts.statements,
            facts.declarations,
            facts.links,
        )

    def filter(self, *, min_confidence: float) -> StoredArticle:
        """The facts whose confidence is at least ``min_confidence`` (as in ``ArticleFacts``)."""
        return attrs.evolve(self, **confident_facts(self, min_confidence))

    def facts(self) -> ArticleFacts:
        """The article's facts, with its source's text unpacked."""
        return ArticleFacts(
            self.source.source(),
            detentions=self.detentions,
            statements=self.statements,
            declarations=self.declarations,
            links=self.links,
        )


def evidence_of(facts: ArticleFacts | StoredArticle) -> Iterator[Evidence]:
    """Every piece of evidence of an article's facts, nested ones (events, counts) included."""
    for detention in facts.detentions:
        yield from detention.evidence
        for event in detention.events:
            yield from event.evidence
    for statement in facts.statements:
        yield from statement.evidence
    for declaration in facts.declarations:
        yield from declaration.evidence
        for count in declaration.counts:
            yield from count.evidence
        for signatory in declaration.signatories:
            yield from signatory.evidence
    for link in facts.links:
        yield from link.evidence
