"""HTML pages: the article by trafilatura (extra ``html``), its date from metadata only.

trafilatura's own date (htmldate) may come from the body of the page ("December 2018"
in the story becomes 2018-12-01), and every relative date would be resolved against it;
so the publication date is read here from the page's metadata alone: ``<meta>`` tags,
JSON-LD ``datePublished`` and ``itemprop="datePublished"`` markup.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputError, MissingExtraError, ModelError
from ..model import PartialDate
from ._json import decode_json

__all__ = ["article_from_html"]

# Names (in a meta tag's property, name or itemprop) of the publication date, then of the
# last-modified date, which is used only when the first is missing.
_PUBLISHED = frozenset(
    {
        "article:published_time",
        "og:article:published_time",
        "datepublished",
        "date",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.issued",
        "dcterms.created",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "parsely-pub-date",
        "sailthru.date",
        "citation_publication_date",
        "citation_date",
    }
)
_MODIFIED = frozenset(
    {"article:modified_time", "datemodified", "dcterms.modified", "last-modified"}
)
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_JSON_LD_DEPTH = 6


def _metadata_date(value: object) -> PartialDate | None:
    """A date written as ISO 8601 or RFC 2822 in a metadata value; ``None`` if neither."""
    if not isinstance(value, str):
        return None
    try:
        iso = _ISO_DAY.match(value)
        if iso is not None:
            return PartialDate(*(int(part) for part in iso.groups()))
        parsed = email.utils.parsedate(value)
        return None if parsed is None else PartialDate(parsed[0], parsed[1], parsed[2])
    except ModelError:
        return None


def _json_ld_dates(value: Any, depth: int = 0) -> Iterator[tuple[str, object]]:
    """The ``datePublished`` and ``dateModified`` values of JSON-LD, in document order."""
    if depth > _JSON_LD_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _json_ld_dates(item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("datePublished", "dateModified"):
                yield key.lower(), item
            else:
                yield from _json_ld_dates(item, depth + 1)


def _metadata_values(tree: Any, label: str) -> Iterator[tuple[str, object]]:
    for element in tree.iter("meta"):
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().lower()
            if key:
                yield key, element.get("content")
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        yield "datepublished", element.get("datetime") or element.get("content")
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = decode_json(script.text or "", f"{label}: JSON-LD")
        except InputError:
            continue  # a page's broken structured data is not an error in the article
        yield from _json_ld_dates(data)


def published_in_metadata(tree: Any, label: str) -> PartialDate | None:
    """The publication date an HTML page's metadata gives (else its last-modified date)."""
    modified: PartialDate | None = None
    for key, value in _metadata_values(tree, label):
        date = _metadata_date(value)
        if date is None:
            continue
        if key in _PUBLISHED:
            return date
        if key in _MODIFIED and modified is None:
            modified = date
    return modified


def article_from_html(markup: str, label: str) -> tuple[dict[str, Any], PartialDate | None]:
    """The fields trafilatura reads from a page (text, title, sitename...) and its date.

    The fields leave out trafilatura's ``date``; the date returned is the metadata's.
    """
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError(f"{label}: reading HTML", "html", "trafilatura") from None
    tree = trafilatura.load_html(markup)
    if tree is None:
        raise InputError(f"{label}: no HTML document found")
    published = published_in_metadata(tree, label)
    extracted = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        # htmldate always runs; its answer is not used (see above), so keep its search short
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None:
        raise InputError(f"{label}: no article text found in the HTML")
    data: dict[str, Any] = extracted if isinstance(extracted, dict) else extracted.as_dict()
    if not data.get("text"):
        raise InputError(f"{label}: no article text found in the HTML")
    data.pop("date", None)  # htmldate's, which may come from the body
    return data, published
