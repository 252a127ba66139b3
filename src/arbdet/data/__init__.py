"""The package's vocabulary tables, and the one loader that reads them.

Every table is a UTF-8 text file under ``arbdet/data/``: one row a line, fields separated
by tabs, ``#`` lines and blank lines skipped. Tables are read once per process.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["column", "rows", "table_text"]


@functools.cache
def table_text(name: str) -> str:
    """The whole text of data file ``name`` (a path under ``arbdet/data/``)."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of table ``name``: tab-separated fields, stripped; comments left out."""
    return tuple(
        tuple(field.strip() for field in line.split("\t"))
        for line in table_text(name).splitlines()
        if line.strip() and not line.startswith("#")
    )


@functools.cache
def column(name: str, index: int = 0) -> frozenset[str]:
    """The values of one column of table ``name``."""
    return frozenset(row[index] for row in rows(name) if len(row) > index)
