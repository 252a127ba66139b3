"""An offset map between a normalised text and the source text it was made from."""

from __future__ import annotations

import bisect

import attrs

from ..model import Span

__all__ = ["OffsetMap"]


def _source_keys(inserted: tuple[int, ...]) -> tuple[int, ...]:
    """For each inserted character, the source offset it stands before."""
    return tuple(position - index for index, position in enumerate(inserted))


@attrs.frozen
class OffsetMap:
    """Maps offsets of a normalised text back to its source.

    The normalised text is the source with some characters replaced one for one and some
    characters inserted (never deleted); ``inserted`` holds the normalised offsets of the
    inserted characters, in order. An inserted character has no source characters of its
    own: a span made only of inserted characters maps to an empty source span.
    """

    inserted: tuple[int, ...] = ()
    _keys: tuple[int, ...] = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(lambda self: _source_keys(self.inserted), takes_self=True),
    )

    def to_source(self, offset: int) -> int:
        """The source offset of a normalised offset (a boundary between characters)."""
        if not self.inserted:
            return offset
        return offset - bisect.bisect_left(self.inserted, offset)

    def to_document(self, offset: int, *, end: bool = False) -> int:
        """The normalised offset of a source offset (the inverse of :meth:`to_source`).

        Characters inserted right at a source offset belong before it; for the ``end`` of a
        span they are left outside.
        """
        keys = self._keys
        before = bisect.bisect_left(keys, offset) if end else bisect.bisect_right(keys, offset)
        return offset + before

    def source_span(self, start: int, end: int) -> Span:
        """The source span of the normalised characters ``[start, end)``.

        The result covers exactly the source characters behind them, so leading or
        trailing inserted characters do not widen it.
        """
        if not self.inserted:
            return Span(start, end)
        src_start = self.to_source(start)
        # an inserted character at the start belongs to no source character
        while start < end and self._is_inserted(start):
            start += 1
            src_start = self.to_source(start)
        src_end = self.to_source(end)
        return Span(src_start, max(src_start, src_end))

    def _is_inserted(self, offset: int) -> bool:
        index = bisect.bisect_left(self.inserted, offset)
        return index < len(self.inserted) and self.inserted[index] == offset
