"""Reading the inputs of a build: facts files as they are, articles through the pipeline.

Parsing is pure, so articles can be parsed in worker processes (``jobs``); a progress bar
(``tqdm.auto``: terminal or notebook) shows on long runs.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from tqdm.auto import tqdm

from .extract.pipeline import parse as pipeline_parse
from .facts import FACTS_FORMAT, read_facts
from .io import ARTICLE_SUFFIXES, read_sources
from .model import ArticleFacts, Source

__all__ = ["Input", "Parser", "collect", "parse_all"]

Parser = Callable[[Source], ArticleFacts]
"""A function from a source to its facts (by default :func:`arbdet.extract.pipeline.parse`)."""

Input = str | os.PathLike[str] | Source | ArticleFacts
"""What a knowledge base is built from: paths (files, folders), sources or facts."""

_PROGRESS_FROM = 20
"""Builds with at least this many articles to parse show a progress bar."""


def _is_facts_jsonl(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(first, dict) and first.get("format") == FACTS_FORMAT
    return False


def _from_path(path: Path) -> Iterator[ArticleFacts | Source]:
    suffix = path.suffix.lower()
    if suffix == ".json" or (suffix == ".jsonl" and _is_facts_jsonl(path)):
        yield from read_facts(path)
    else:
        yield from read_sources([path])


def _walk(item: str | os.PathLike[str]) -> Iterator[ArticleFacts | Source]:
    path = Path(item)
    if not path.is_dir():
        yield from _from_path(path) if path.is_file() else read_sources([item])
        return
    files = [
        child
        for child in sorted(path.rglob("*"))
        if child.is_file() and child.suffix.lower() in (".json", *ARTICLE_SUFFIXES)
    ]
    facts_folders = {child.parent for child in files if child.suffix.lower() == ".json"}
    for child in files:
        if child.parent in facts_folders and child.suffix.lower() not in (".json", ".jsonl"):
            continue  # notes beside facts files are not articles
        yield from _from_path(child)


def collect(items: Iterable[Input] | Input) -> tuple[list[ArticleFacts], list[Source]]:
    """The facts given or read, and the articles still to be parsed.

    Facts come from facts files (``.json``, facts ``.jsonl``); articles are text, HTML and
    article JSON Lines. In a folder that holds ``.json`` facts files, other files (notes)
    are not read as articles.
    """
    if isinstance(items, (str, os.PathLike, Source, ArticleFacts)):
        items = [items]
    facts: list[ArticleFacts] = []
    sources: list[Source] = []
    for item in items:
        found: Iterable[ArticleFacts | Source]
        found = [item] if isinstance(item, (Source, ArticleFacts)) else _walk(item)
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
