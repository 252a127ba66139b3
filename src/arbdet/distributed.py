"""Parse many articles on many machines with dask (extra ``dask``).

Parsing is a pure function of one source, so it maps over a :class:`dask.bag.Bag`
unchanged; merging the facts into a :class:`~arbdet.KnowledgeBase` happens where the
results are gathered::

    import arbdet.distributed

    bag = arbdet.distributed.facts_bag(["articles/"], partition_size=100)
    kb = arbdet.distributed.build(["articles/"])          # bag.compute(), then merged
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import extras
from .build import Input, collect
from .extract.pipeline import parse
from .knowledge_base import KnowledgeBase

__all__ = ["build", "facts_bag"]


def facts_bag(items: Iterable[Input] | Input, *, partition_size: int = 50) -> Any:
    """A ``dask.bag.Bag`` of :class:`~arbdet.ArticleFacts`: facts files as read, articles parsed.

    (Typed ``Any``: dask's own types are partial.)
    """
    bag = extras.dask_bag()
    facts, sources = collect(items)
    parsed = bag.from_sequence(sources, partition_size=partition_size).map(parse)
    if not facts:
        return parsed
    return bag.concat([bag.from_sequence(facts, partition_size=partition_size), parsed])


def build(
    items: Iterable[Input] | Input,
    *,
    partition_size: int = 50,
    scheduler: str | None = None,
    references: bool = True,
) -> KnowledgeBase:
    """A knowledge base parsed with dask (``scheduler`` as dask names it, or its default)."""
    bag: Any = facts_bag(items, partition_size=partition_size)
    found: list[Any] = bag.compute(scheduler=scheduler)
    kb = KnowledgeBase.build([], references=references, progress=False)
    for facts in found:
        kb.add(facts)
    return kb
