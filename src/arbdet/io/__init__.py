r"""Readers: plain text, HTML (extra ``html``), JSON and JSON Lines of articles into sources.

Also the careful reading other layers build on: regular files only and no more than
:data:`MAX_BYTES` of them (:func:`read_file`), folders walked without following links
(:func:`find_files`), JSON with a bounded depth (:func:`decode_json`) and JSON Lines split
on ``\n`` only (:func:`json_lines`).

**What is a file and what is text.** A :class:`os.PathLike` (a :class:`~pathlib.Path`)
is always a path, and so is a string naming something that exists. Any other string
given to :func:`read_source` (and so to :func:`arbdet.parse`) is article text, except a
one-line string that ends like a file name (``.txt``, ``.html``, ``.jsonl``, ``.json``...):
that is a missing file, an :class:`~arbdet.InputError`, not a one-line article. To read
such a string as text, use :func:`source_from_text`. :func:`read_sources` takes paths:
there, only a string with a newline or of more than 255 characters is text.

And the writer every output goes through: whole or not at all (:func:`atomic_write`).
"""

from ._chrome import body_spans, is_chrome
from ._counts import ReadCounts
from ._decode import decode_text
from ._documents import read_json_documents
from ._files import MAX_BYTES, find_files, read_file
from ._json import MAX_JSON_DEPTH, decode_json, json_lines
from ._read import ARTICLE_SUFFIXES, SourceReader, read_source, read_sources
from ._source import source_from_text
from ._write import atomic_path, atomic_write, check_output

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_BYTES",
    "MAX_JSON_DEPTH",
    "ReadCounts",
    "SourceReader",
    "atomic_path",
    "atomic_write",
    "body_spans",
    "check_output",
    "decode_json",
    "decode_text",
    "find_files",
    "is_chrome",
    "json_lines",
    "read_file",
    "read_json_documents",
    "read_source",
    "read_sources",
    "source_from_text",
]
