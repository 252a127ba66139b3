"""Read articles from files, folders, bytes or text into :class:`~arbdet.model.Source` objects.

Which strings are paths is the rule in :mod:`arbdet.io`'s docstring.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import PartialDate, Source
from ._counts import ReadCounts
from ._decode import decode_text
from ._files import find_files, read_file
from ._html import article_from_html
from ._json import decode_json
from ._records import (
    refuse_arbdet_document,
    source_from_record,
    sources_from_json,
    sources_from_jsonl,
)
from ._source import source_from_text

__all__ = ["ARTICLE_SUFFIXES", "SourceReader", "read_source", "read_sources"]

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".jsonl")
"""File endings :func:`read_sources` reads when given a folder."""

_HTML_SUFFIXES = (".html", ".htm")
_FILE_NAME_SUFFIXES = (*ARTICLE_SUFFIXES, ".json")
_MAX_FILE_NAME = 255
_MAX_PATH = 4096

Readable = str | bytes | os.PathLike[str]


def _as_path(item: str | os.PathLike[str]) -> Path | None:
    """The path ``item`` names, or ``None`` if it is article text (see the module's rule)."""
    if not isinstance(item, str):
        return Path(item)
    if "\n" in item or len(item) >= _MAX_PATH:
        return None
    if os.path.lexists(item):
        return Path(item)
    name = item.strip()
    if len(name) <= _MAX_FILE_NAME and name.lower().endswith(_FILE_NAME_SUFFIXES):
        raise InputError(
            f"{item}: no such file; a one-line string ending like a file name is taken for "
            "one (to read it as article text, use arbdet.io.source_from_text)"
        )
    return None


def _short_line(text: str) -> bool:
    """Whether ``text`` could be a path (:func:`read_sources` reads longer text as an article)."""
    return "\n" not in text and len(text.strip()) > 0 and len(text) <= _MAX_FILE_NAME


def _refuse_json_text(text: str, label: str) -> None:
    """Refuse a text file whose first line is an arbdet JSON document (facts, say)."""
    first = text.lstrip()
    if first.startswith("{"):
        try:
            record = decode_json(first.split("\n", 1)[0], label)
        except InputError:
            return  # text that happens to open with a brace
        if isinstance(record, dict):
            refuse_arbdet_document(record, label)


def _read_path(
    path: Path, *, name: str | None = None, published: PartialDate | str | None = None
) -> Iterator[Source]:
    label = str(path)
    if path.is_dir():
        raise InputError(f"{label}: is a folder; use read_sources() for folders")
    text = decode_text(read_file(path), label)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from sources_from_jsonl(text, label, path.name, published)
    elif suffix == ".json":
        yield from sources_from_json(text, label, path.name, published)
    elif suffix in _HTML_SUFFIXES:
        fields, date = article_from_html(text, label)
        fields = {**fields, "name": name or path.name, "outlet": fields.get("sitename")}
        yield source_from_record(fields, label, path.name, published or date, date_from_text=False)
    else:
        _refuse_json_text(text, label)
        yield source_from_text(text, name=name or path.name, published=published, label=label)


def read_source(
    item: Readable, *, name: str | None = None, published: PartialDate | str | None = None
) -> Source:
    """Read one article from a path, from bytes, or from text.

    A path ending in ``.html`` is read with trafilatura (extra ``html``); a ``.jsonl``
    or ``.json`` file must hold exactly one article (use :func:`read_sources` for more).
    Text may start with a ``date YYYY-MM-DD`` line; ``published`` overrides any date the
    article gives. Which strings are paths is said in :mod:`arbdet.io`'s rule: ``Path``
    objects and existing paths are files, other strings are text (a missing file name is
    an error). Raises :class:`~arbdet.InputError` naming the input and the problem.
    """
    if isinstance(item, bytes):
        return source_from_text(
            decode_text(item, "<bytes>"), name=name, published=published, label="<bytes>"
        )
    if not isinstance(item, (str, os.PathLike)):
        raise InputError(
            f"cannot read an article from a {type(item).__name__}; give a path, bytes or text"
        )
    path = _as_path(item)
    if path is None:
        assert isinstance(item, str)  # only strings are text
        return source_from_text(item, name=name, published=published)
    sources = list(_read_path(path, name=name, published=published))
    if len(sources) != 1:
        raise InputError(f"{path}: holds {len(sources)} articles; use read_sources() for it")
    return sources[0]


class SourceReader(Iterator[Source]):
    """The articles of files, folders, bytes and texts, read one at a time.

    Made by :func:`read_sources`. :attr:`counts` says, as it goes, how many files and
    articles were read and how many of the articles are distinct.
    """

    def __init__(
        self,
        items: Iterable[Readable],
        *,
        published: PartialDate | str | None = None,
        follow_symlinks: bool = False,
    ) -> None:
        self._published = published
        self._follow_symlinks = follow_symlinks
        self._files = 0
        self._articles = 0
        self._ids: set[str] = set()
        self._sources = self._read_all(items)

    @property
    def counts(self) -> ReadCounts:
        """Files and articles read so far, and how many of the articles are distinct."""
        return ReadCounts(files=self._files, articles=self._articles, distinct=len(self._ids))

    def __iter__(self) -> SourceReader:
        return self

    def __next__(self) -> Source:
        source = next(self._sources)
        self._articles += 1
        self._ids.add(source.id)
        return source

    def _read_file(self, path: Path) -> Iterator[Source]:
        self._files += 1
        yield from _read_path(path, published=self._published)

    def _read_all(self, items: Iterable[Readable]) -> Iterator[Source]:
        for item in items:
            path = None if isinstance(item, bytes) else _as_path(item)
            if path is None and isinstance(item, str) and _short_line(item):
                raise InputError(f"{item}: no such file or folder")
            if path is None:
                yield read_source(item, published=self._published)
            elif path.is_dir():
                for child in find_files(
                    path,
                    ARTICLE_SUFFIXES,
                    follow_symlinks=self._follow_symlinks,
                    looking_for="article files",
                ):
                    yield from self._read_file(child)
            else:
                yield from self._read_file(path)


def read_sources(
    paths: Iterable[Readable] | Readable,
    *,
    published: PartialDate | str | None = None,
    follow_symlinks: bool = False,
) -> SourceReader:
    """Every article in files, folders (their article files, sorted), JSON Lines and texts.

    A string is a path unless it holds a newline or is longer than 255 characters (then it
    is article text). A folder's files are those ending in :data:`ARTICLE_SUFFIXES`, in its
    subfolders too;
    symbolic links inside it are skipped with a :class:`~arbdet.SkippedInputWarning`
    unless ``follow_symlinks``. A folder that cannot be read, or holds no article file,
    is an :class:`~arbdet.InputError`. ``published`` sets every article's date. The
    returned :class:`SourceReader` counts what it read (``reader.counts``).
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    return SourceReader(paths, published=published, follow_symlinks=follow_symlinks)
