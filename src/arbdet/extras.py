"""The optional dependencies, imported where they are used.

Each function imports one extra's module and returns it; where the extra is not
installed it raises :class:`~arbdet.MissingExtraError` with the line that installs it.
(Typed ``Any``: these libraries' own types are partial.)
"""

from __future__ import annotations

from typing import Any

from .errors import MissingExtraError

__all__ = ["dask", "dask_bag", "dask_distributed", "duckdb", "pandas", "pyarrow", "pyarrow_parquet"]


def pyarrow() -> Any:
    """:mod:`pyarrow` (extra ``tabular``)."""
    try:
        import pyarrow
    except ImportError:
        raise MissingExtraError("tables", "tabular", "pyarrow") from None
    return pyarrow


def pyarrow_parquet() -> Any:
    """:mod:`pyarrow.parquet` (extra ``tabular``)."""
    try:
        import pyarrow.parquet
    except ImportError:
        raise MissingExtraError("Parquet", "tabular", "pyarrow") from None
    return pyarrow.parquet


def pandas() -> Any:
    """:mod:`pandas` (extra ``tabular``)."""
    try:
        import pandas
    except ImportError:
        raise MissingExtraError("pandas tables", "tabular", "pandas") from None
    return pandas


def duckdb() -> Any:
    """:mod:`duckdb` (extra ``tabular``)."""
    try:
        import duckdb
    except ImportError:
        raise MissingExtraError("SQL", "tabular", "duckdb") from None
    return duckdb


def dask() -> Any:
    """:mod:`dask` (extra ``dask``)."""
    try:
        import dask
    except ImportError:
        raise MissingExtraError("parsing with dask", "dask", "dask") from None
    return dask


def dask_bag() -> Any:
    """:mod:`dask.bag` (extra ``dask``)."""
    try:
        import dask.bag
    except ImportError:
        raise MissingExtraError("parsing with dask", "dask", "dask") from None
    return dask.bag


def dask_distributed() -> Any:
    """:mod:`dask.distributed` (extra ``dask``)."""
    try:
        import dask.distributed
    except ImportError:
        raise MissingExtraError("a dask cluster", "dask", "distributed") from None
    return dask.distributed
