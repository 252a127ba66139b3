"""Dates as queries take them: a :class:`PartialDate`, a :class:`datetime.date` or ISO text."""

from __future__ import annotations

import datetime as dt

from ..model import PartialDate

__all__ = ["DateLike", "as_date", "as_partial"]

DateLike = PartialDate | dt.date | str
"""A date a query accepts: a ``PartialDate``, a ``datetime.date`` or ISO text (``"2021-09"``)."""


def as_partial(value: DateLike) -> PartialDate:
    """The partial date of a date-like value (:class:`~arbdet.ModelError` if it is not one)."""
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    return PartialDate.parse(value)


def as_date(value: DateLike, *, last: bool = False) -> dt.date:
    """The first (or, with ``last``, the last) day a date-like value covers."""
    partial = as_partial(value)
    return partial.last_day if last else partial.first_day
