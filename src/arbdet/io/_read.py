"""Read articles from files, bytes or text into :class:`~arbdet.model.Source` objects."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import InputError, ModelError
from ..model import PartialDate, Source
from ._chrome import body_spans, read_date_header
from ._guess_title import guess_title
from ._published import published_in_text

__all__ = ["ARTICLE_SUFFIXES", "MAX_BYTES", "read_source", "read_sources"]

MAX_BYTES = 20 * 1024 * 1024
"""The largest input read, in bytes; a larger one is refused with an :class:`InputError`."""

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".jsonl")
"""File endings :func:`read_sources` reads when given a folder."""

_HTML_SUFFIXES = (".html", ".htm")
_TEXT_KEYS = ("text", "body", "content", "article")
_DATE_KEYS = ("published", "date", "published_date", "publication_date")

Readable = str | bytes | os.PathLike[str]


def _decode(data: bytes, label: str) -> str:
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{label}: {len(data):,} bytes is more than the {MAX_BYTES:,} arbdet reads"
        )
    if b"\x00" in data[:8192]:
        raise InputError(f"{label}: looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1]
        raise InputError(
            f"{label}: not UTF-8 text (byte {error.start} is {bad!r}); convert it to UTF-8 first"
        ) from None


def _parse_date(value: Any, label: str) -> PartialDate | None:
    if value in (None, ""):
        return None
    if isinstance(value, PartialDate):
        return value
    text = str(value).strip()[:10]
    try:
        return PartialDate.parse(text)
    except ModelError:
        raise InputError(f"{label}: publication date {value!r} is not an ISO date") from None


def source_from_text(
    text: str,
    *,
    name: str | None = None,
    published: PartialDate | str | None = None,
    label: str = "<text>",
    **metadata: Any,
) -> Source:
    """A source for plain article text: date header read, title guessed, chrome left out.

    The publication date is ``published`` if given, else a leading ``date YYYY-MM-DD``
    header, else a "Posted/Published/Updated <date>" line near the top or the bottom.
    """
    if "\x00" in text:
        raise InputError(f"{label}: contains NUL characters; not article text")
    if len(text) > MAX_BYTES:
        raise InputError(f"{label}: {len(text):,} characters is more than arbdet reads")
    if not text.strip():
        raise InputError(f"{label}: is empty; there is no article to read")
    header_date, start = read_date_header(text)
    date = _parse_date(published, label) or header_date or published_in_text(text)
    metadata.setdefault("title", guess_title(text, start))
    return Source.create(text, name=name, published=date, body=body_spans(text, start), **metadata)


def _sources_from_jsonl(text: str, label: str, stem: str) -> Iterator[Source]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{label}, line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(
                f"{where}: not valid JSON ({error.msg}, column {error.colno})"
            ) from None
        if not isinstance(record, Mapping):
            raise InputError(f"{where}: expected a JSON object with a 'text' field")
        yield _source_from_record(record, where, f"{stem}:{number}")


def _source_from_record(record: Mapping[str, Any], where: str, default_name: str) -> Source:
    text = next((record[k] for k in _TEXT_KEYS if isinstance(record.get(k), str)), None)
    if text is None:
        raise InputError(f"{where}: no article text (one of the fields {', '.join(_TEXT_KEYS)})")
    published = next((record[k] for k in _DATE_KEYS if record.get(k)), None)

    def field(*keys: str) -> str | None:
        value = next((record[k] for k in keys if record.get(k)), None)
        return None if value is None else str(value)

    return source_from_text(
        text,
        name=field("name", "id", "article") or default_name,
        published=_parse_date(published, where),
        label=where,
        title=field("title", "headline"),
        outlet=field("outlet", "source", "publisher", "sitename"),
        byline=field("byline", "author", "authors"),
        url=field("url", "link"),
    )


def _source_from_html(markup: str, label: str, name: str | None) -> Source:
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            f"{label}: reading HTML needs the 'html' extra: pip install 'arbdet[html]'"
        ) from None
    extracted = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    if extracted is None:
        raise InputError(f"{label}: no article text found in the HTML")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    if not data.get("text"):
        raise InputError(f"{label}: no article text found in the HTML")
    return _source_from_record(
        {**data, "name": name, "outlet": data.get("sitename")}, label, name or label
    )


def _looks_like_path(value: str) -> bool:
    return "\n" not in value and len(value) < 4096 and os.path.isfile(value)


def read_source(
    item: Readable, *, name: str | None = None, published: PartialDate | str | None = None
) -> Source:
    """Read one article from a path, from bytes, or from text.

    A path ending in ``.html`` is read with trafilatura (extra ``html``); a ``.jsonl``
    file must hold exactly one article (use :func:`read_sources` for more). Text may start
    with a ``date YYYY-MM-DD`` line; ``published`` overrides it. Raises
    :class:`~arbdet.InputError` naming the input and the problem.
    """
    if isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
        sources = list(_read_path(Path(item), name=name, published=published))
        if len(sources) != 1:
            raise InputError(f"{item}: holds {len(sources)} articles; use read_sources() for it")
        return sources[0]
    if isinstance(item, bytes):
        return source_from_text(
            _decode(item, "<bytes>"), name=name, published=published, label="<bytes>"
        )
    if isinstance(item, str):
        return source_from_text(item, name=name, published=published)
    raise InputError(
        f"cannot read an article from a {type(item).__name__}; give a path, bytes or text"
    )


def _read_path(
    path: Path, *, name: str | None = None, published: PartialDate | str | None = None
) -> Iterator[Source]:
    label = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{label}: {size:,} bytes is more than the {MAX_BYTES:,} arbdet reads")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a folder; use read_sources() for folders") from None
    except OSError as error:
        raise InputError(f"{label}: cannot be read ({error.strerror})") from None
    text = _decode(data, label)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _sources_from_jsonl(text, label, path.name)
    elif suffix in _HTML_SUFFIXES:
        yield _source_from_html(text, label, name or path.name)
    else:
        yield source_from_text(text, name=name or path.name, published=published, label=label)


def read_sources(paths: Iterable[Readable] | Readable) -> Iterator[Source]:
    """Read every article from files, folders (their article files, sorted) and JSON Lines."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    for item in paths:
        if isinstance(item, bytes):
            yield read_source(item)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield from _read_path(child)
        elif path.exists():
            yield from _read_path(path)
        elif isinstance(item, str) and ("\n" in item or not item.strip() or len(item) > 255):
            yield read_source(item)
        else:
            raise InputError(f"{item}: no such file or folder")
