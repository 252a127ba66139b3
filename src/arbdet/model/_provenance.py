"""Where a fact was read: character spans of a source and the evidence they hold."""

from __future__ import annotations

import attrs

from ..errors import ModelError
from ._validate import instance_of, non_empty, optional

__all__ = ["Evidence", "Span"]


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a source's text."""

    start: int = attrs.field(validator=instance_of(int))
    end: int = attrs.field(validator=instance_of(int))

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ModelError(
                f"Span must have 0 <= start <= end, got start={self.start}, end={self.end}"
            )

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end})"


@attrs.frozen
class Evidence:
    """The exact words of a source that support a fact, and the extractor that read them.

    ``text`` always equals ``source.text[span.start:span.end]`` of the source whose id is
    ``source_id``; ``field`` names the fact's field these words support, if only one.
    """

    source_id: str = attrs.field(validator=non_empty)
    span: Span = attrs.field(validator=instance_of(Span))
    text: str = attrs.field(validator=instance_of(str))
    extractor: str = attrs.field(validator=non_empty)
    field: str | None = attrs.field(default=None, validator=optional(str))

    def __attrs_post_init__(self) -> None:
        if len(self.text) != len(self.span):
            raise ModelError(
                f"Evidence.text has {len(self.text)} characters but its span "
                f"{self.span.start}-{self.span.end} covers {len(self.span)}"
            )

    def __repr__(self) -> str:
        shown = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        about = f" field={self.field!r}" if self.field else ""
        return (
            f"<Evidence {self.source_id}[{self.span.start}:{self.span.end}] {shown!r}"
            f" by {self.extractor}{about}>"
        )
