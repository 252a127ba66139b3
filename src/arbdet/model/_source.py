"""An article (or a reference table) that facts are read from."""

from __future__ import annotations

import hashlib

import attrs

from ..errors import ModelError
from ._dates import PartialDate
from ._provenance import Span
from ._validate import instance_of, optional, to_tuple, tuple_of

__all__ = ["Source", "content_id"]


def content_id(text: str) -> str:
    """The stable id of a text: the first 16 hex digits of its UTF-8 SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _default_body(source: Source) -> tuple[Span, ...]:
    return (Span(0, len(source.text)),) if source.text else ()


@attrs.frozen
class Source:
    """An article's text exactly as read, with its metadata.

    ``id`` is :func:`content_id` of ``text``, so the same text always has the same id.
    ``body`` lists the spans of ``text`` that are the article itself, in order and
    without overlap: a date header, navigation, share buttons and other site chrome
    fall outside them, while every span still points into the original ``text``.
    Build one with :meth:`Source.create` (or :func:`arbdet.read_source`).
    """

    id: str = attrs.field(validator=instance_of(str))
    text: str = attrs.field(repr=False, validator=instance_of(str))
    name: str | None = attrs.field(default=None, validator=optional(str))
    title: str | None = attrs.field(default=None, validator=optional(str))
    outlet: str | None = attrs.field(default=None, validator=optional(str))
    byline: str | None = attrs.field(default=None, validator=optional(str))
    url: str | None = attrs.field(default=None, validator=optional(str))
    published: PartialDate | None = attrs.field(default=None, validator=optional(PartialDate))
    retrieved: PartialDate | None = attrs.field(default=None, validator=optional(PartialDate))
    body: tuple[Span, ...] = attrs.field(
        default=attrs.Factory(_default_body, takes_self=True),
        converter=to_tuple,
        validator=tuple_of(Span),
        repr=False,
    )

    def __attrs_post_init__(self) -> None:
        expected = content_id(self.text)
        if self.id != expected:
            raise ModelError(
                f"Source.id must be the content hash {expected!r} of its text, got {self.id!r}"
            )
        previous_end = 0
        for span in self.body:
            if span.start < previous_end or span.end > len(self.text):
                raise ModelError(
                    f"Source.body spans must be ordered, disjoint and within the text "
                    f"(length {len(self.text)}), got {span!r}"
                )
            previous_end = span.end

    @classmethod
    def create(cls, text: str, **metadata: object) -> Source:
        """A source for ``text``, its id computed from the text; metadata by keyword."""
        if not isinstance(text, str):
            raise ModelError(f"Source.text must be str, got {type(text).__name__}")
        return cls(id=content_id(text), text=text, **metadata)  # type: ignore[arg-type]

    def slice(self, span: Span) -> str:
        """The text a span of this source covers."""
        return self.text[span.start : span.end]

    @property
    def body_text(self) -> str:
        """The article without site chrome (the body spans, joined by blank lines)."""
        return "\n\n".join(self.text[s.start : s.end] for s in self.body)

    def __repr__(self) -> str:
        label = self.name or self.title or ""
        label = label if len(label) <= 50 else label[:47] + "..."
        date = f" {self.published}" if self.published else ""
        return f"<Source {self.id}{date} {label!r} ({len(self.text)} chars)>"
