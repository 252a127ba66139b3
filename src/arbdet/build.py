"""Reading the inputs of a build: facts files as they are, articles through the pipeline.

Inputs are read one file at a time, as they are needed, never all at once. Parsing is
pure, so articles can be parsed in worker processes (``jobs``): this process reads the
files and hands out chunks of articles; a worker parses a chunk and sends back its
articles as a knowledge base keeps them (facts, and the text packed), or writes them as
a Parquet partition. Results come back in input order while later chunks are parsed,
with a bounded number of chunks in flight, so memory holds the facts, not the archive.
A progress bar (``tqdm.auto``: terminal or notebook) counts articles and articles per
second on runs longer than a moment.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import attrs
from tqdm.auto import tqdm

from .errors import InputError
from .export import write_partition
from .extract.pipeline import parse as pipeline_parse
from .facts import FACTS_FORMAT, read_facts, to_facts
from .io import (
    ARTICLE_SUFFIXES,
    check_output,
    decode_json,
    decode_text,
    find_files,
    json_lines,
    read_file,
    read_sources,
)
from .model import ArticleFacts, Source
from .serialize import json_text
from .stored import StoredArticle

__all__ = [
    "Confident",
    "Input",
    "Parser",
    "Unit",
    "collect",
    "expand",
    "facts_lines",
    "read_unit",
    "stored_articles",
    "stored_from",
    "write_parquet_parts",
]

T = TypeVar("T")
R = TypeVar("R")

Parser = Callable[[Source], ArticleFacts]
"""A function from a source to its facts (by default :func:`arbdet.extract.pipeline.parse`)."""

Input = str | os.PathLike[str] | Source | ArticleFacts
"""What a knowledge base is built from: paths (files, folders), sources or facts."""

Unit = Path | Source | ArticleFacts
"""One input file (which may hold many articles), one source or one article's facts."""

CHUNK = 16
"""Articles a worker parses per task: enough to make handing them out cheap."""

_IN_FLIGHT = 4
"""Chunks handed out per worker ahead of the results read back."""

_PROGRESS_DELAY = 2.0
"""Seconds before the progress bar shows (unless asked for)."""


_FACTS_FAMILY = FACTS_FORMAT.split("/")[0] + "/"
"""Any version of the facts format: read as facts, so an unknown version is named."""


def _is_facts_jsonl(path: Path) -> bool:
    """Whether a JSON Lines file holds facts (its first record has an arbdet-facts format)."""
    label = str(path)
    first = next(json_lines(decode_text(read_file(path), label)), None)
    if first is None:
        return False
    try:
        record = decode_json(first[1], label)
    except InputError:
        return False
    found = record.get("format") if isinstance(record, dict) else None
    return isinstance(found, str) and found.startswith(_FACTS_FAMILY)


def _files(path: Path, follow_symlinks: bool) -> list[Path]:
    """The input files of a folder; notes beside ``.json`` facts files are not articles."""
    files = find_files(
        path,
        (".json", *ARTICLE_SUFFIXES),
        follow_symlinks=follow_symlinks,
        looking_for="article or facts files",
    )
    facts_folders = {child.parent for child in files if child.suffix.lower() == ".json"}
    return [
        child
        for child in files
        if child.parent not in facts_folders or child.suffix.lower() in (".json", ".jsonl")
    ]


def _items(items: Iterable[Input] | Input) -> Iterable[Input]:
    return [items] if isinstance(items, (str, os.PathLike, Source, ArticleFacts)) else items


def _units(item: Input, follow_symlinks: bool) -> list[Unit]:
    if isinstance(item, (Source, ArticleFacts)):
        return [item]
    path = Path(item)
    return [*_files(path, follow_symlinks)] if path.is_dir() else [path]


def expand(items: Iterable[Input] | Input, *, follow_symlinks: bool = False) -> list[Unit]:
    """The units of a build's inputs: folders become their files, nothing is read yet.

    Symbolic links inside folders are followed only with ``follow_symlinks``.
    """
    return [unit for item in _items(items) for unit in _units(item, follow_symlinks)]


def read_unit(unit: Unit, *, published: str | None = None) -> Iterator[ArticleFacts | Source]:
    """What one unit holds: facts (from facts files) and sources (articles to parse).

    ``published`` sets every article's date (see :func:`arbdet.read_sources`).
    """
    if isinstance(unit, (Source, ArticleFacts)):
        yield unit
        return
    suffix = unit.suffix.lower()
    if unit.is_file() and (suffix == ".json" or (suffix == ".jsonl" and _is_facts_jsonl(unit))):
        yield from read_facts(unit)
    else:
        yield from read_sources([unit], published=published)


def collect(
    items: Iterable[Input] | Input, *, follow_symlinks: bool = False
) -> Iterator[ArticleFacts | Source]:
    """Facts given or read, and articles still to be parsed, read as they are needed.

    Facts come from facts files (``.json``, facts ``.jsonl``); articles are text, HTML and
    article JSON Lines; sources and facts given are taken as they come. In a folder that
    holds ``.json`` facts files, other files (notes) are not read as articles. Symbolic
    links inside folders are read only with ``follow_symlinks``.
    """
    for item in _items(items):
        for unit in _units(item, follow_symlinks):
            yield from read_unit(unit)


def stored_from(
    units: Iterable[Unit], parse: Parser | None = None, *, published: str | None = None
) -> Iterator[StoredArticle]:
    """Every article of some units, read, parsed where needed and stored, in this process."""
    parser = parse or pipeline_parse
    for unit in units:
        for found in read_unit(unit, published=published):
            facts = found if isinstance(found, ArticleFacts) else parser(found)
            yield StoredArticle.of(facts)


@attrs.frozen
class Confident:
    """A parser that keeps only the facts at least ``min_confidence`` confident.

    (A class, not a closure, so that worker processes can be handed one.)
    """

    parse: Parser
    min_confidence: float

    def __call__(self, source: Source) -> ArticleFacts:
        """The source's facts, those below ``min_confidence`` left out."""
        return self.parse(source).filter(min_confidence=self.min_confidence)


def _parsed(parse: Parser, chunk: list[ArticleFacts | Source]) -> list[ArticleFacts]:
    return [f if isinstance(f, ArticleFacts) else parse(f) for f in chunk]


def _stored_chunk(parse: Parser, chunk: list[ArticleFacts | Source]) -> list[StoredArticle]:
    """A worker's task: parse a chunk of articles and pack them."""
    return [StoredArticle.of(facts) for facts in _parsed(parse, chunk)]


def _written_chunk(
    parse: Parser, folder: Path, numbered: tuple[int, list[ArticleFacts | Source]]
) -> list[Path]:
    """A worker's task: parse a chunk of articles and write it as one partition."""
    number, chunk = numbered
    return write_partition(_parsed(parse, chunk), folder, number)


def _facts_chunk(parse: Parser, chunk: list[Source]) -> list[str]:
    """A worker's task: parse a chunk of articles into ``arbdet-facts/1`` lines."""
    return [json_text(to_facts(parse(source))) for source in chunk]


def _chunks(found: Iterator[T], size: int) -> Iterator[list[T]]:
    while chunk := list(itertools.islice(found, size)):
        yield chunk


def _in_order(
    task: Callable[[T], R], inputs: Iterator[T], jobs: int | None
) -> Iterator[tuple[T, R]]:
    """Each input with its task's result, in input order; tasks run in ``jobs`` processes.

    Inputs are read only as far as ``jobs`` times a few tasks ahead of the results.
    """
    if jobs is None or jobs <= 1:
        for item in inputs:
            yield item, task(item)
        return
    pending: deque[tuple[T, Future[R]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for item in inputs:
            pending.append((item, pool.submit(task, item)))
            while len(pending) > jobs * _IN_FLIGHT:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def _progress(show: bool | None, what: str) -> Any:
    return tqdm(
        disable=None if show is None else not show,
        delay=_PROGRESS_DELAY if show is None else 0.0,
        desc=what,
        unit=" articles",
        smoothing=0.1,
    )


def stored_articles(
    items: Iterable[Input] | Input,
    *,
    jobs: int | None = None,
    parse: Parser | None = None,
    progress: bool | None = None,
    follow_symlinks: bool = False,
) -> Iterator[StoredArticle]:
    """Every article of a build's inputs as a knowledge base keeps it, in input order.

    Facts files are read as they are; articles are parsed with ``parse`` (by default the
    pipeline's), in ``jobs`` worker processes when more than one. ``progress``: ``True``
    shows a bar, ``False`` never does, ``None`` shows one on runs longer than a moment.
    Symbolic links inside folders are read only with ``follow_symlinks``.
    """
    task = functools.partial(_stored_chunk, parse or pipeline_parse)
    found = collect(items, follow_symlinks=follow_symlinks)
    with _progress(progress, "parsing") as bar:
        for chunk, stored in _in_order(task, _chunks(found, CHUNK), jobs):
            yield from stored
            bar.update(len(chunk))


def facts_lines(
    sources: Iterable[Source],
    *,
    jobs: int | None = None,
    parse: Parser | None = None,
    progress: bool | None = None,
) -> Iterator[str]:
    """The ``arbdet-facts/1`` line (without its newline) of every article, in input order.

    ``sources`` are read as they are needed (a :func:`arbdet.read_sources` reader) and
    parsed in ``jobs`` worker processes when more than one.
    """
    task = functools.partial(_facts_chunk, parse or pipeline_parse)
    with _progress(progress, "parsing") as bar:
        for chunk, lines in _in_order(task, _chunks(iter(sources), CHUNK), jobs):
            yield from lines
            bar.update(len(chunk))


def write_parquet_parts(
    items: Iterable[Input] | Input,
    folder: str | os.PathLike[str],
    *,
    partition_size: int = 500,
    jobs: int | None = None,
    parse: Parser | None = None,
    progress: bool | None = None,
) -> list[Path]:
    """Parse a build's inputs and write their facts, one Parquet file per partition and table.

    Every ``partition_size`` articles make one partition, parsed and written by one of
    ``jobs`` worker processes: ``KIND/part-NNNNN.parquet`` for each table of
    :mod:`arbdet.export` (see :func:`arbdet.export.write_partition`). The written paths.
    """
    target = check_output(folder, folder=True)
    target.mkdir(exist_ok=True)
    task = functools.partial(_written_chunk, parse or pipeline_parse, target)
    written: list[Path] = []
    numbered = enumerate(_chunks(collect(items), partition_size))
    with _progress(progress, "writing") as bar:
        for (_, chunk), paths in _in_order(task, numbered, jobs):
            written.extend(paths)
            bar.update(len(chunk))
    return written
