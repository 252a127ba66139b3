"""The one view of a source that every step of the pipeline reads, built once.

A :class:`Document` holds the source's body normalised for reading, its paragraphs,
sentences, tokens and quotation regions, and the layers that taggers add (places, dates,
people...). Nothing after it splits or tokenises the text again.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import accumulate
from typing import Any, TypeVar

import attrs

from ..errors import ArbdetError
from ..model import Evidence, PartialDate, Source, Span
from . import _segment
from ._layers import FactKey, Layer, LayerKey, Spanned
from ._normalize import Splitter, normalize
from ._offsets import OffsetMap
from ._quotations import Quotation, find_quotations
from ._segment import Paragraph, Sentence
from ._tokens import TOKEN_PATTERN, Tokens
from ._words import split_glued_numbers, split_run_together

__all__ = ["DEFAULT_SPLITTERS", "Document"]

DEFAULT_SPLITTERS: tuple[Splitter, ...] = (split_run_together, split_glued_numbers)
"""What :meth:`Document.from_source` splits unless told otherwise."""

_TOKEN_SPLIT = re.compile(f"({TOKEN_PATTERN.pattern})")  # gaps and tokens, in turn
_MIN_DUPLICATE = 40  # characters: shorter repeated paragraphs ("Read more") are not leads

M = TypeVar("M", bound=Spanned)
L = TypeVar("L", bound=Layer[Any])
F = TypeVar("F")


def _tokenize(text: str, sentences: list[tuple[int, int, int]]) -> tuple[Tokens, list[int]]:
    """Tokens of every sentence, and where each sentence's tokens begin.

    One pass over the whole text: sentences hold every character but white space, and no
    token holds white space, so the text's tokens are the sentences' tokens. Splitting on
    the token pattern gives gaps and tokens in turn, whose running lengths are the offsets.
    """
    parts = _TOKEN_SPLIT.split(text)
    ends_of_parts = list(accumulate(map(len, parts)))
    starts = ends_of_parts[0:-1:2]
    words = parts[1::2]
    # one lower() over every token; a token never holds the newline that joins them
    lower = "\n".join(words).lower().split("\n") if words else []
    firsts = [bisect_left(starts, start) for start, _, _ in sentences]
    firsts.append(len(starts))
    owner: list[int] = []
    for number in range(len(sentences)):
        owner.extend([number] * (firsts[number + 1] - firsts[number]))
    return Tokens(starts, ends_of_parts[1::2], words, lower, owner), firsts


@attrs.frozen(repr=False, eq=False)
class Document:
    """A source's body, normalised and segmented, with a map back to the source's offsets.

    ``text`` has plain quotation marks, dashes and spaces, site chrome masked out as
    newlines, and spaces inserted where words ran together; offsets into ``text`` become
    source spans through :meth:`source_span`, and evidence through :meth:`evidence`.
    ``sentences`` are every sentence in order (those of repeated paragraphs marked
    ``duplicate``); ``tokens`` every token of them; ``quotations`` the quoted stretches of
    paragraphs that are not repeats. Taggers add layers with :meth:`add`; readers ask for
    them with :meth:`layer`.
    """

    source: Source
    text: str
    offsets: OffsetMap
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: Tokens
    quotations: tuple[Quotation, ...]
    _layers: dict[str, Layer[Any]] = attrs.field(factory=dict)
    _facts: dict[str, tuple[Any, ...]] = attrs.field(factory=dict)
    _sentence_starts: list[int] = attrs.field(
        init=False,
        default=attrs.Factory(lambda self: [s.start for s in self.sentences], takes_self=True),
    )

    @classmethod
    def from_source(cls, source: Source, splitters: tuple[Splitter, ...] | None = None) -> Document:
        """Normalise, segment and tokenise ``source``.

        ``splitters`` override :data:`DEFAULT_SPLITTERS` (the run-together word splitters).
        """
        if splitters is None:
            splitters = DEFAULT_SPLITTERS
        text, offsets = normalize(source.text, ((s.start, s.end) for s in source.body), splitters)
        bounds: list[tuple[int, int, int]] = []  # (start, end, paragraph) of every sentence
        repeats: list[int | None] = []
        seen: dict[str, int] = {}
        for index, (start, end) in enumerate(_segment.paragraphs(text)):
            duplicate_of = None
            if end - start >= _MIN_DUPLICATE:
                paragraph = text[start:end]  # one line: its only white space is spaces
                key = (" ".join(paragraph.split()) if "  " in paragraph else paragraph).casefold()
                if len(key) >= _MIN_DUPLICATE:
                    duplicate_of = seen.get(key)
                seen.setdefault(key, index)
            repeats.append(duplicate_of)
            bounds.extend((s, e, index) for s, e in _segment.sentences(text, start, end))
        tokens, firsts = _tokenize(text, bounds)
        sentences = tuple(
            Sentence(
                start,
                end,
                paragraph,
                number,
                firsts[number],
                firsts[number + 1],
                repeats[paragraph] is not None,
            )
            for number, (start, end, paragraph) in enumerate(bounds)
        )
        grouped: list[list[Sentence]] = [[] for _ in repeats]
        for sentence in sentences:
            grouped[sentence.paragraph].append(sentence)
        paragraphs = tuple(
            Paragraph(group[0].start, group[-1].end, index, repeats[index], tuple(group))
            for index, group in enumerate(grouped)
        )

        def glyph(offset: int) -> str:
            span = offsets.source_span(offset, offset + 1)
            return source.text[span.start : span.end]

        quotations = find_quotations(text, [p for p in paragraphs if p.duplicate_of is None], glyph)
        return cls(source, text, offsets, paragraphs, sentences, tokens, tuple(quotations))

    @property
    def published(self) -> PartialDate | None:
        """The source's publication date, if known."""
        return self.source.published

    def reading(self) -> Iterator[Sentence]:
        """Every sentence but those of repeated paragraphs, in order."""
        return (sentence for sentence in self.sentences if not sentence.duplicate)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character ``offset``, if any."""
        number = bisect_right(self._sentence_starts, offset) - 1
        if number < 0 or offset >= self.sentences[number].end:
            return None
        return self.sentences[number]

    # ------------------------------------------------------------------ layers

    def add(self, key: LayerKey[L], layer: L) -> None:
        """Add the layer a tagger made; each key is added once."""
        if key.name in self._layers:
            raise ArbdetError(f"layer {key.name!r} was already added to {self!r}")
        self._layers[key.name] = layer

    def layer(self, key: LayerKey[L]) -> L:
        """The layer added under ``key``."""
        try:
            return self._layers[key.name]  # type: ignore[return-value]
        except KeyError:
            raise ArbdetError(
                f"layer {key.name!r} has not been added to {self!r}; run its tagger first"
            ) from None

    def has(self, key: LayerKey[Any]) -> bool:
        """Whether a layer was added under ``key``."""
        return key.name in self._layers

    def new_layer(self, items: list[M]) -> Layer[M]:
        """A layer of ``items`` over this document's tokens."""
        return Layer(items, self.tokens)

    def add_facts(self, key: FactKey[F], facts: tuple[F, ...]) -> None:
        """Keep what a reader found, for the readers after it; each key is added once."""
        if key.name in self._facts:
            raise ArbdetError(f"facts {key.name!r} were already added to {self!r}")
        self._facts[key.name] = facts

    def facts(self, key: FactKey[F]) -> tuple[F, ...]:
        """What the reader of ``key`` found."""
        try:
            return self._facts[key.name]
        except KeyError:
            raise ArbdetError(
                f"facts {key.name!r} have not been read in {self!r}; run their reader first"
            ) from None

    # --------------------------------------------------------------- offsets

    def source_span(self, start: int, end: int) -> Span:
        """The source span behind the normalised characters ``[start, end)``."""
        return self.offsets.source_span(start, end)

    def evidence(self, start: int, end: int, extractor: str, field: str | None = None) -> Evidence:
        """Evidence for the normalised characters ``[start, end)``, read by ``extractor``."""
        span = self.source_span(start, end)
        return Evidence(self.source.id, span, self.source.slice(span), extractor, field)

    def token_evidence(
        self, first: int, stop: int, extractor: str, field: str | None = None
    ) -> Evidence:
        """Evidence for tokens ``[first, stop)``, read by ``extractor``."""
        start, end = self.tokens.span(first, stop)
        return self.evidence(start, end, extractor, field)

    def source_text(self, start: int, end: int) -> str:
        """The original source characters behind ``[start, end)`` of the normalised text."""
        return self.source.slice(self.source_span(start, end))

    def __repr__(self) -> str:
        return (
            f"<Document {self.source.name or self.source.id}: {len(self.paragraphs)} "
            f"paragraphs, {len(self.sentences)} sentences, {len(self.tokens)} tokens>"
        )
