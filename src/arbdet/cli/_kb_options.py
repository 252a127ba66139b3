"""What the knowledge-base commands share.

The ``--kb`` and ``--json`` options, loading, tables of results, and unknown names as a
clear message (with the closest known names) and exit status 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from ..display import cell
from ..errors import UnknownNameError
from ..knowledge_base import KnowledgeBase
from ..query import Results
from ._output import echo_json, echo_table

__all__ = ["as_json_option", "echo_results", "kb_option", "known_names", "load_kb"]

F = TypeVar("F", bound=Callable[..., Any])

_CELL_WIDTH = 60


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


def load_kb(path: str) -> KnowledgeBase:
    """The knowledge base saved at ``path``."""
    return KnowledgeBase.load(path)


@contextmanager
def known_names() -> Iterator[None]:
    """Turn an unknown name into a message naming the closest known names (exit status 1)."""
    try:
        yield
    except UnknownNameError as error:
        raise click.ClickException(str(error)) from None


def echo_results(results: Results[Any], as_json: bool) -> None:
    """Print query results as JSON or as a titled table."""
    if as_json:
        echo_json(results.to_json())
        return
    click.echo(f"{results.title} ({len(results)})\n")
    rows = [[cell(c, _CELL_WIDTH) for c in results.row(item)] for item in results]
    echo_table(list(results.headers), rows)
