"""What the knowledge-base commands share: ``--kb``, ``--json``, loading, result tables.

A query that finds nothing exits with status 1.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..knowledge_base import KnowledgeBase
from ..query import Results
from ._errors import NothingFoundError, fail
from ._output import echo_json, echo_table

__all__ = [
    "as_json_option",
    "echo_results",
    "echo_titled_table",
    "kb_option",
    "load_kb",
    "min_confidence_option",
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
