"""The optional dependencies, imported where they are used.

Each function imports one extra's module and returns it; where the extra is not
installed it raises :class:`~arbdet.ArbdetError` with the line that installs it.
(Typed ``Any``: these libraries' own types are partial.)
"""

from __future__ import annotations

from typing import Any

from .errors import ArbdetError

__all__ = ["dask_bag", "dask_distributed", "duckdb", "pandas", "pyarrow", "pyarrow_parquet"]


def _missing(what: str, extra: str) -> ArbdetError:
    return ArbdetError(f"{what} needs the '{extra}' extra: pip install 'arbdet[{extra}]'")


def pyarrow() -> Any:
    """:mod:`pyarrow` (extra ``tabular``)."""
    try:
        import pyarrow
    except ImportError:
        raise _missing("tables", "tabular") from None
    return pyarrow


def pyarrow_parquet() -> Any:
    """:mod:`pyarrow.parquet` (extra ``tabular``)."""
    try:
        import pyarrow.parquet
    except ImportError:
        raise _missing("Parquet", "tabular") from None
    return pyarrow.parquet


def pandas() -> Any:
    """:mod:`pandas` (extra ``tabular``)."""
    try:
        import pandas
    except ImportError:
        raise _missing("pandas tables", "tabular") from None
    return pandas


def duckdb() -> Any:
    """:mod:`duckdb` (extra ``tabular``)."""
    try:
        import duckdb
    except ImportError:
        raise _missing("SQL", "tabular") from None
    return duckdb


def dask_bag() -> Any:
    """:mod:`dask.bag` (extra ``dask``)."""
    try:
        import dask.bag
    except ImportError:
        raise _missing("parsing with dask", "dask") from None
    return dask.bag


def dask_distributed() -> Any:
    """:mod:`dask.distributed` (extra ``dask``)."""
    try:
        import dask.distributed
    except ImportError:
        raise _missing("a dask cluster", "dask") from None
    return dask.distributed
