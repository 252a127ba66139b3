"""Articles as JSON records: JSON Lines files, JSON files, and the fields of a record."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..errors import InputError
from ..model import PartialDate, Source
from ._json import decode_json, json_lines
from ._source import parse_published, source_from_text

__all__ = [
    "refuse_arbdet_document",
    "source_from_record",
    "sources_from_json",
    "sources_from_jsonl",
]

_TEXT_KEYS = ("text", "body", "content", "article")
_DATE_KEYS = ("published", "date", "published_date", "publication_date")


def refuse_arbdet_document(record: Mapping[str, Any], where: str) -> None:
    """Raise :class:`~arbdet.InputError` if ``record`` is an arbdet document, not an article.

    Facts records (``"format": "arbdet-facts/1"``) and serialised model objects
    (``"arbdet/1"``) are told by their ``format`` field, whatever the file is called.
    """
    found = record.get("format")
    if isinstance(found, str) and found.startswith("arbdet"):
        what = "a facts" if found.startswith("arbdet-facts/") else "an arbdet"
        raise InputError(
            f"{where}: is {what} record (format {found!r}), not an article; "
            "read facts files with read_facts() or `arbdet build`"
        )


def source_from_record(
    record: Mapping[str, Any],
    where: str,
    default_name: str,
    published: PartialDate | str | None = None,
    *,
    date_from_text: bool = True,
) -> Source:
    """The article of one JSON record: its text field, its date (``published`` wins), metadata."""
    refuse_arbdet_document(record, where)
    text = next((record[k] for k in _TEXT_KEYS if isinstance(record.get(k), str)), None)
    if text is None:
        raise InputError(f"{where}: no article text (one of the fields {', '.join(_TEXT_KEYS)})")
    if published is None:
        published = parse_published(
            next((record[k] for k in _DATE_KEYS if record.get(k)), None), where
        )

    def field(*keys: str) -> str | None:
        value = next((record[k] for k in keys if record.get(k)), None)
        return None if value is None else str(value)

    return source_from_text(
        text,
        name=field("name", "id", "article") or default_name,
        published=published,
        label=where,
        date_from_text=date_from_text,
        title=field("title", "headline"),
        outlet=field("outlet", "source", "publisher", "sitename"),
        byline=field("byline", "author", "authors"),
        url=field("url", "link"),
    )


def _record(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InputError(f"{where}: expected a JSON object with a 'text' field")
    return value


def sources_from_jsonl(
    text: str, label: str, stem: str, published: PartialDate | str | None = None
) -> Iterator[Source]:
    """The articles of JSON Lines text, one JSON object a line."""
    for number, line in json_lines(text):
        where = f"{label}, line {number}"
        record = _record(decode_json(line, where), where)
        yield source_from_record(record, where, f"{stem}:{number}", published)


def sources_from_json(
    text: str, label: str, stem: str, published: PartialDate | str | None = None
) -> Iterator[Source]:
    """The articles of a JSON document: one object, or a list of them."""
    data = decode_json(text, label)
    if not isinstance(data, list):
        yield source_from_record(_record(data, label), label, stem, published)
        return
    for index, item in enumerate(data):
        where = f"{label}[{index}]"
        yield source_from_record(_record(item, where), where, f"{stem}:{index}", published)
