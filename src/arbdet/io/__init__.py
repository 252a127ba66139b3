"""Readers: plain text, HTML (extra ``html``) and JSON Lines of articles into sources."""

from ._chrome import body_spans, is_chrome
from ._read import ARTICLE_SUFFIXES, MAX_BYTES, read_source, read_sources, source_from_text

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_BYTES",
    "body_spans",
    "is_chrome",
    "read_source",
    "read_sources",
    "source_from_text",
]
