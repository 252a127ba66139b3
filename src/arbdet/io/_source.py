"""Article text to a :class:`~arbdet.model.Source`: date, title and body found, nothing lost."""

from __future__ import annotations

import email.utils
import re
import warnings
from typing import Any

from ..errors import InputError, ModelError, UndatedArticleWarning
from ..model import PartialDate, Source
from ._chrome import body_spans, read_date_header
from ._files import MAX_BYTES
from ._guess_title import guess_title
from ._published import published_in_text

__all__ = ["parse_published", "source_from_text"]

# Half of a UTF-16 pair on its own: Python strings may hold one, UTF-8 files cannot.
_SURROGATE = re.compile("[\ud800-\udfff]")
_LOOKED_IN_TEXT = "a date header, Date:/Published:/Posted:/Updated: lines or a dateline"


def parse_published(value: object, label: str) -> PartialDate | None:
    """A publication date given as a :class:`PartialDate`, an ISO 8601 or an RFC 2822 string.

    ``None`` and ``""`` are no date; anything else that is not a date is an
    :class:`~arbdet.InputError` naming ``label``.
    """
    if value is None or value == "":
        return None
    if isinstance(value, PartialDate):
        return value
    text = str(value).strip()
    try:
        return PartialDate.parse(text[:10])
    except ModelError:
        parsed = email.utils.parsedate(text)
    if parsed is not None:
        try:
            return PartialDate(parsed[0], parsed[1], parsed[2])
        except ModelError:
            pass
    raise InputError(f"{label}: publication date {value!r} is not an ISO 8601 or RFC 2822 date")


def source_from_text(
    text: str,
    *,
    name: str | None = None,
    published: PartialDate | str | None = None,
    label: str | None = None,
    date_from_text: bool = True,
    **metadata: Any,
) -> Source:
    """A source for plain article text: date header read, title guessed, chrome left out.

    The publication date is ``published`` if given, else (with ``date_from_text``) a
    leading ``date YYYY-MM-DD`` header, else a "Date:", "Posted", "Published" or "Updated"
    line or a wire dateline near the top (or a line near the bottom). An article left
    with no date gives an :class:`~arbdet.UndatedArticleWarning`: its relative dates
    ("on Monday") cannot be resolved. ``label`` names the text in messages (default: its
    ``name``, else ``<text>``).
    """
    label = label or name or "<text>"
    if "\x00" in text:
        raise InputError(f"{label}: contains NUL characters; not article text")
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        raise InputError(
            f"{label}: holds a lone surrogate (U+{ord(surrogate.group()):04X}) at character "
            f"{surrogate.start()}; not valid Unicode text"
        )
    if len(text) > MAX_BYTES:
        raise InputError(f"{label}: {len(text):,} characters is more than arbdet reads")
    if not text.strip():
        raise InputError(f"{label}: is empty; there is no article to read")
    header_date, start = read_date_header(text)
    date = parse_published(published, label)
    if date is None and date_from_text:
        date = header_date or published_in_text(text)
    if date is None:
        looked = _LOOKED_IN_TEXT if date_from_text else "the page's metadata"
        warnings.warn(
            f"{label}: no publication date (looked for {looked}); its relative dates stay "
            "unresolved; give published= (--published) to set one",
            UndatedArticleWarning,
            stacklevel=2,
        )
    metadata.setdefault("title", guess_title(text, start))
    return Source.create(text, name=name, published=date, body=body_spans(text, start), **metadata)
