"""Reading the inputs of a build: facts files as they are, articles through the pipeline.

Parsing is pure, so articles can be parsed in worker processes (``jobs``); a progress bar
(``tqdm.auto``: terminal or notebook) shows on long runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from tqdm.auto import tqdm

from .errors import InputError
from .extract.pipeline import parse as pipeline_parse
from .facts import FACTS_FORMAT, read_facts
from .io import (
    ARTICLE_SUFFIXES,
    decode_json,
    decode_text,
    find_files,
    json_lines,
    read_file,
    read_sources,
)
from .model import ArticleFacts, Source

__all__ = ["Input", "Parser", "collect", "parse_all"]

Parser = Callable[[Source], ArticleFacts]
"""A function from a source to its facts (by default :func:`arbdet.extract.pipeline.parse`)."""

Input = str | os.PathLike[str] | Source | ArticleFacts
"""What a knowledge base is built from: paths (files, folders), sources or facts."""

_PROGRESS_FROM = 20
"""Builds with at least this many articles to parse show a progress bar."""

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


def _from_path(path: Path) -> Iterator[ArticleFacts | Source]:
    suffix = path.suffix.lower()
    if suffix == ".json" or (suffix == ".jsonl" and _is_facts_jsonl(path)):
        yield from read_facts(path)
    else:
        yield from read_sources([path])


def _walk(item: str | os.PathLike[str], follow_symlinks: bool) -> Iterator[ArticleFacts | Source]:
    path = Path(item)
    if not path.is_dir():
        yield from _from_path(path) if path.is_file() else read_sources([item])
        return
    files = find_files(
        path,
        (".json", *ARTICLE_SUFFIXES),
        follow_symlinks=follow_symlinks,
        looking_for="article or facts files",
    )
    facts_folders = {child.parent for child in files if child.suffix.lower() == ".json"}
    for child in files:
        if child.parent in facts_folders and child.suffix.lower() not in (".json", ".jsonl"):
            continue  # notes beside facts files are not articles
        yield from _from_path(child)


def collect(
    items: Iterable[Input] | Input, *, follow_symlinks: bool = False
) -> tuple[list[ArticleFacts], list[Source]]:
    """The facts given or read, and the articles still to be parsed.

    Facts come from facts files (``.json``, facts ``.jsonl``); articles are text, HTML and
    article JSON Lines. In a folder that holds ``.json`` facts files, other files (notes)
    are not read as articles. Symbolic links inside folders are read only with
    ``follow_symlinks``.
    """
    if isinstance(items, (str, os.PathLike, Source, ArticleFacts)):
        items = [items]
    facts: list[ArticleFacts] = []
    sources: list[Source] = []
    for item in items:
        found: Iterable[ArticleFacts | Source]
        found = [item] if isinstance(item, (Source, ArticleFacts)) else _walk(item, follow_symlinks)
        for thing in found:
            if isinstance(thing, ArticleFacts):
                facts.append(thing)
            else:
                sources.append(thing)
    return facts, sources


def _progress(total: int, show: bool | None) -> Any:
    disable = (total < _PROGRESS_FROM or None) if show is None else not show
    return tqdm(total=total, disable=disable, desc="parsing", unit="article")


def parse_all(
    sources: list[Source],
    *,
    jobs: int | None = None,
    parse: Parser | None = None,
    progress: bool | None = None,
) -> Iterator[ArticleFacts]:
    """Every source's facts, in order; with ``jobs`` > 1, parsed in that many processes."""
    if not sources:
        return
    parser = parse if parse is not None else pipeline_parse
    bar = _progress(len(sources), progress)
    try:
        if jobs is None or jobs <= 1:
            for source in sources:
                yield parser(source)
                bar.update(1)
            return
        chunk = max(1, len(sources) // (jobs * 4))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for facts in pool.map(parser, sources, chunksize=chunk):
                yield facts
                bar.update(1)
    finally:
        bar.close()
