"""What the knowledge-base commands share: ``--kb``, ``--json``, loading, result tables.

A query that finds nothing exits with status 1.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..distributed import SCHEDULER_VARIABLE
from ..knowledge_base import KnowledgeBase
from ..query import Results
from ._errors import NothingFoundError, fail
from ._output import echo_json, echo_table

__all__ = [
    "as_json_option",
    "echo_results",
    "echo_titled_table",
    "jobs_option",
    "kb_option",
    "load_kb",
    "min_confidence_option",
    "partition_option",
    "scheduler_option",
]

F = TypeVar("F", bound=Callable[..., Any])


def kb_option(function: F) -> F:
    """The ``--kb FILE`` option: the knowledge base to query (``kb.json`` by default)."""
    return click.option(
        "--kb",
        "kb_path",
        default="kb.json",
        show_default=True,
        type=click.Path(dir_okay=False),
        help="The knowledge base, as written by 'arbdet build'.",
    )(function)


def as_json_option(function: F) -> F:
    """The ``--json`` flag."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(
        function
    )


def min_confidence_option(function: F) -> F:
    """The ``--min-confidence P`` option: keep only facts read by rules at least this precise."""
    return click.option(
        "--min-confidence",
        type=click.FloatRange(0, 1),
        metavar="P",
        help="Only facts whose rule measured at least this precision (0 to 1).",
    )(function)


def jobs_option(function: F) -> F:
    """The ``--jobs N`` option: parse in this many processes."""
    return click.option(
        "--jobs", "-j", type=click.IntRange(min=1), help="Parse in this many processes."
    )(function)


def scheduler_option(function: F) -> F:
    """The ``--scheduler`` option (or ``ARBDET_SCHEDULER``): where dask runs the work."""
    return click.option(
        "--scheduler",
        envvar=SCHEDULER_VARIABLE,
        metavar="ADDRESS",
        help="Run on a dask cluster (tcp://host:8786) or scheduler (processes, threads); "
        f"default ${SCHEDULER_VARIABLE}. Needs arbdet[dask].",
    )(function)


def partition_option(size: int, what: str) -> Callable[[F], F]:
    """The ``--partition-size`` option: how much one worker's task takes."""
    return click.option(
        "--partition-size",
        type=click.IntRange(min=1),
        default=size,
        show_default=True,
        help=f"How many {what} one partition holds.",
    )


def load_kb(path: str, min_confidence: float | None = None) -> KnowledgeBase:
    """The knowledge base saved at ``path`` (its facts above ``min_confidence``, if given)."""
    if not Path(path).is_file():
        fail(
            path,
            "no such file",
            "build one with 'arbdet build ARTICLES -o FILE' and give --kb FILE",
        )
    kb = KnowledgeBase.load(path)
    return kb if min_confidence is None else kb.filter(min_confidence=min_confidence)


def echo_results(results: Results[Any], as_json: bool, *, wide: bool = False) -> None:
    """Print query results as JSON or as a titled table; nothing found is exit status 1."""
    if as_json:
        echo_json(results.to_json())
    else:
        echo_titled_table(results, wide=wide)
    if not results:
        raise NothingFoundError(results.title)


def echo_titled_table(results: Results[Any], *, wide: bool = False) -> None:
    """Print query results as a table under their title and count."""
    click.echo(f"{results.title} ({len(results)})\n")
    echo_table(list(results.headers), [results.row(item) for item in results], wide=wide)
