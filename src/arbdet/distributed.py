"""Parse and build on many machines with dask (extra ``dask``).

Parsing is a pure function of one article, and merging knowledge bases is associative and
commutative, so a build is a reduction over a :class:`dask.bag.Bag` of input files: each
partition reads and parses its files into a partial knowledge base (facts and packed
texts), and the partial knowledge bases are merged pairwise up a tree
(:meth:`~dask.bag.Bag.reduction`), never gathered whole before merging. The facts of an
archive can also be written where they are parsed, one Parquet file per partition and
table, and queried in place with DuckDB::

    import arbdet.distributed

    kb = arbdet.distributed.build(["archive/"], partition_size=200)
    arbdet.distributed.to_parquet(["archive/"], "facts/")  # facts/detentions/part-00000.parquet

``scheduler`` is what dask calls one (``"processes"``, ``"threads"``, ``"synchronous"``),
or the address of a running cluster (``"tcp://host:8786"``); by default the environment
variable ``ARBDET_SCHEDULER``, else dask's own default. Workers of a cluster read the
input files by their paths, so the archive must be where every worker can read it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from . import extras
from .build import Input, Parser, Unit, expand, read_unit, stored_from
from .export import write_partition
from .extract.pipeline import parse
from .io import check_output
from .knowledge_base import KnowledgeBase
from .model import ArticleFacts
from .reference import references as shipped_references

__all__ = ["SCHEDULER_VARIABLE", "build", "facts_bag", "resolve_scheduler", "to_parquet"]

SCHEDULER_VARIABLE = "ARBDET_SCHEDULER"
"""The environment variable naming the dask scheduler to use when none is given."""

_SPLIT_EVERY = 8
"""Partial knowledge bases merged at once at each level of the reduction tree."""


def _units_bag(
    items: Iterable[Input] | Input, partition_size: int, follow_symlinks: bool = False
) -> Any:
    units = expand(items, follow_symlinks=follow_symlinks)
    return extras.dask_bag().from_sequence(units, partition_size=partition_size)


def _read_and_parse(unit: Unit) -> list[ArticleFacts]:
    return [f if isinstance(f, ArticleFacts) else parse(f) for f in read_unit(unit)]


def facts_bag(items: Iterable[Input] | Input, *, partition_size: int = 50) -> Any:
    """A ``dask.bag.Bag`` of :class:`~arbdet.ArticleFacts`: facts files as read, articles parsed.

    Files are read where their partition is computed. (Typed ``Any``: dask's own types
    are partial.)
    """
    return _units_bag(items, partition_size).map(_read_and_parse).flatten()


@contextlib.contextmanager
def resolve_scheduler(name: str | None = None) -> Iterator[Any]:
    """What to give dask's ``compute(scheduler=...)``: a name, or a client of a cluster.

    ``name`` is a dask scheduler's name or a cluster's address (``tcp://host:8786``); by
    default ``ARBDET_SCHEDULER``, else ``None`` (dask's default). A client is closed when
    the block ends.
    """
    chosen = name or os.environ.get(SCHEDULER_VARIABLE) or None
    if chosen is None or "://" not in chosen:
        yield chosen
        return
    with extras.dask_distributed().Client(chosen) as client:
        yield client


def _partial(units: Iterable[Unit]) -> KnowledgeBase:
    """A partition's knowledge base: its files read and parsed."""
    return KnowledgeBase(stored_from(units))


def _merged(partials: Iterable[KnowledgeBase]) -> KnowledgeBase:
    """Partial knowledge bases merged into one."""
    merged = KnowledgeBase()
    merged.update(*partials)
    return merged


def build(
    items: Iterable[Input] | Input,
    *,
    partition_size: int = 50,
    scheduler: str | None = None,
    references: bool = True,
    follow_symlinks: bool = False,
) -> KnowledgeBase:
    """A knowledge base parsed and merged with dask, equal to :meth:`KnowledgeBase.build`'s.

    Each partition of ``partition_size`` input files becomes a partial knowledge base;
    partial ones are merged pairwise up a tree (``Bag.reduction``), so the driver
    receives one knowledge base, not every article's facts. Symbolic links inside
    folders are followed only with ``follow_symlinks``.
    """
    reduction = _units_bag(items, partition_size, follow_symlinks).reduction(
        _partial, _merged, split_every=_SPLIT_EVERY
    )
    with resolve_scheduler(scheduler) as chosen:
        kb: KnowledgeBase = reduction.compute(scheduler=chosen)
    for reference in shipped_references() if references else ():
        kb.add_reference(reference)
    return kb


def _write_units(
    units: Iterable[Unit],
    folder: str,
    number: int,
    parse_with: Parser | None,
    published: str | None,
) -> list[str]:
    articles = stored_from(units, parse_with, published=published)
    return [str(path) for path in write_partition(articles, folder, number)]


def to_parquet(
    items: Iterable[Input] | Input,
    folder: str | os.PathLike[str],
    *,
    partition_size: int = 50,
    scheduler: str | None = None,
    parse_with: Parser | None = None,
    published: str | None = None,
    follow_symlinks: bool = False,
) -> list[Path]:
    """Parse an archive and write its facts where it is parsed: one Parquet file per partition.

    Each partition of ``partition_size`` input files writes ``KIND/part-NNNNN.parquet``
    for every table of :mod:`arbdet.export` (the same columns), each article merged on its
    own; DuckDB reads them in place (``arbdet sql``). ``parse_with`` parses instead of
    the pipeline (a function the workers can import); ``published`` sets every article's
    date; links inside folders are followed only with ``follow_symlinks``. The written
    paths, in order.
    """
    target = check_output(folder, folder=True)
    target.mkdir(exist_ok=True)
    dask = extras.dask()
    parts = _units_bag(items, partition_size, follow_symlinks).to_delayed()
    tasks = [
        dask.delayed(_write_units)(part, str(target), number, parse_with, published)
        for number, part in enumerate(parts)
    ]
    with resolve_scheduler(scheduler) as chosen:
        written = dask.compute(*tasks, scheduler=chosen)
    return [Path(path) for paths in written for path in paths]
