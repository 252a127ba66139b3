"""Span layers: what one tagger found over a document, mapped to tokens both ways.

A :class:`Layer` holds a tagger's mentions in text order with, for each mention, the
tokens it covers and, for each token, the mention covering it. Readers ask "which person
starts at this token", "which state ends just before it", "which dates lie in this
sentence" in constant or logarithmic time, never by scanning characters again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import repeat
from operator import attrgetter
from typing import Any, Generic, Protocol, TypeVar

import attrs

from ._tokens import Tokens

__all__ = ["FactKey", "Layer", "LayerKey", "Spanned"]


class Spanned(Protocol):
    """Anything with a ``start`` and an ``end`` offset into a document's text."""

    @property
    def start(self) -> int:
        """Where it begins."""

    @property
    def end(self) -> int:
        """Where it ends (exclusive)."""


M = TypeVar("M", bound=Spanned)
_START = attrgetter("start")
_END = attrgetter("end")
L_co = TypeVar("L_co", bound="Layer[Any]", covariant=True)
F_co = TypeVar("F_co", covariant=True)


@attrs.frozen
class LayerKey(Generic[L_co]):
    """The typed name of a layer: ``doc.layer(PLACES)`` returns the type ``PLACES`` names."""

    name: str


@attrs.frozen
class FactKey(Generic[F_co]):
    """The typed name of the facts one reader found, for the readers after it."""

    name: str


class Layer(Generic[M]):
    """Mentions of one kind over a document's tokens, in text order.

    A mention covers the tokens that overlap its characters. Where mentions overlap, a
    token belongs to the first of them (the layer's tagger decides which comes first).
    """

    __slots__ = ("_at", "_firsts", "first", "items", "stop")

    def __init__(self, items: Sequence[M], tokens: Tokens) -> None:
        # by start, the longer first (two stable sorts in C rather than a key made per item)
        ordered = sorted(sorted(items, key=_END, reverse=True), key=_START)
        self.items: tuple[M, ...] = tuple(ordered)
        # the tokens each mention covers (Tokens.covering), found for all mentions in C
        firsts = list(map(bisect_right, repeat(tokens.end), map(_START, ordered)))
        stops = map(bisect_left, repeat(tokens.start), map(_END, ordered), firsts)
        self.first: list[int] = firsts
        self.stop: list[int] = list(map(max, firsts, stops))
        at = [-1] * len(tokens)
        # last mention first, so that where mentions overlap the first one's number stays
        for number in range(len(ordered) - 1, -1, -1):
            first, stop = firsts[number], self.stop[number]
            at[first:stop] = [number] * (stop - first)
        self._at = at
        self._firsts = self.first

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[M]:
        return iter(self.items)

    def __repr__(self) -> str:
        return f"<Layer of {len(self.items)}>"

    def index_at(self, token: int) -> int:
        """The number of the mention covering ``token``, or -1 (also outside the text)."""
        return self._at[token] if 0 <= token < len(self._at) else -1

    def at(self, token: int) -> M | None:
        """The mention covering ``token``, if any."""
        number = self.index_at(token)
        return None if number < 0 else self.items[number]

    def starting(self, token: int) -> M | None:
        """The mention whose first token is ``token``."""
        number = self.index_at(token)
        return self.items[number] if number >= 0 and self.first[number] == token else None

    def ending(self, stop: int) -> M | None:
        """The mention whose last token is ``stop - 1``."""
        number = self.index_at(stop - 1)
        return self.items[number] if number >= 0 and self.stop[number] == stop else None

    def tokens_of(self, number: int) -> tuple[int, int]:
        """The tokens ``[first, stop)`` of mention ``number``."""
        return self.first[number], self.stop[number]

    def within(self, first: int, stop: int) -> Iterator[tuple[int, M]]:
        """Every mention that begins in tokens ``[first, stop)``, with its number."""
        number = bisect_left(self._firsts, first)
        while number < len(self.items) and self.first[number] < stop:
            yield number, self.items[number]
            number += 1
