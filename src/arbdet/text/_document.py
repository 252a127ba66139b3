"""The normalised, segmented view of a source that every extractor reads."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ..model import Evidence, PartialDate, Source, Span
from . import _segment
from ._normalize import Splitter, normalize
from ._offsets import OffsetMap

__all__ = ["Document", "Paragraph", "Sentence"]

_FOLD_SPACE = re.compile(r"\s+")


@attrs.frozen
class Sentence:
    """A sentence: ``start`` and ``end`` are offsets into :attr:`Document.text`."""

    start: int
    end: int
    paragraph: int

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen
class Paragraph:
    """A paragraph; ``duplicate_of`` is the index of an earlier identical paragraph."""

    start: int
    end: int
    index: int
    duplicate_of: int | None = None
    sentences: tuple[Sentence, ...] = attrs.field(default=(), repr=False)


@attrs.frozen(repr=False)
class Document:
    """A source's body, normalised for reading, with a map back to the source's offsets.

    ``text`` has plain quotation marks, dashes and spaces, site chrome masked out as
    newlines, and spaces inserted where words ran together; offsets into ``text`` become
    source spans through :meth:`source_span`, and evidence through :meth:`evidence`.
    """

    source: Source
    text: str
    offsets: OffsetMap
    paragraphs: tuple[Paragraph, ...]

    @classmethod
    def from_source(cls, source: Source, splitters: tuple[Splitter, ...] | None = None) -> Document:
        """Normalise and segment ``source``; ``splitters`` override the default word splitters."""
        if splitters is None:
            from ._words import split_glued_numbers, split_run_together

            splitters = (split_run_together, split_glued_numbers)
        text, offsets = normalize(source.text, ((s.start, s.end) for s in source.body), splitters)
        paragraphs: list[Paragraph] = []
        seen: dict[str, int] = {}
        for index, (start, end) in enumerate(_segment.paragraphs(text)):
            key = _FOLD_SPACE.sub(" ", text[start:end]).casefold()
            duplicate_of = seen.get(key) if len(key) >= 40 else None
            seen.setdefault(key, index)
            sentences = tuple(
                Sentence(s, e, index) for s, e in _segment.sentences(text, start, end)
            )
            paragraphs.append(Paragraph(start, end, index, duplicate_of, sentences))
        return cls(source, text, offsets, tuple(paragraphs))

    @property
    def published(self) -> PartialDate | None:
        """The source's publication date, if known."""
        return self.source.published

    def sentences(self, *, include_duplicates: bool = False) -> Iterator[Sentence]:
        """Every sentence in order; those of duplicated paragraphs only if asked for."""
        for paragraph in self.paragraphs:
            if include_duplicates or paragraph.duplicate_of is None:
                yield from paragraph.sentences

    def source_span(self, start: int, end: int) -> Span:
        """The source span behind the normalised characters ``[start, end)``."""
        return self.offsets.source_span(start, end)

    def evidence(self, start: int, end: int, extractor: str, field: str | None = None) -> Evidence:
        """Evidence for the normalised characters ``[start, end)``, read by ``extractor``."""
        span = self.source_span(start, end)
        return Evidence(self.source.id, span, self.source.slice(span), extractor, field)

    def source_text(self, start: int, end: int) -> str:
        """The original source characters behind ``[start, end)`` of the normalised text."""
        return self.source.slice(self.source_span(start, end))

    def __repr__(self) -> str:
        sentences = sum(len(p.sentences) for p in self.paragraphs)
        return (
            f"<Document {self.source.name or self.source.id}: {len(self.paragraphs)} paragraphs, "
            f"{sentences} sentences>"
        )
