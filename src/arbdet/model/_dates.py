"""Partial dates (a year, a month or a day) and date ranges, at the precision a text gives."""

from __future__ import annotations

import calendar
import datetime as dt
import re

import attrs

from ..errors import ModelError
from ._enums import ValueEnum

__all__ = ["DatePrecision", "DateRange", "PartialDate"]

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class DatePrecision(ValueEnum):
    """How much of a date a text gives."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _check_date(instance: PartialDate, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 9999:
        raise ModelError(f"PartialDate.year must be an integer from 1 to 9999, got {value!r}")


@attrs.frozen(order=False)
class PartialDate:
    """A date known to the year, the month or the day.

    Dates are totally ordered; a coarser date sorts just before the finer dates it
    contains, so ``2018 < 2018-12 < 2018-12-01 < 2018-12-02 < 2019``.

    >>> PartialDate.parse("2018-12")
    PartialDate(2018, 12)
    >>> PartialDate(2018).contains(PartialDate(2018, 12, 10))
    True
    """

    year: int = attrs.field(validator=_check_date)
    month: int | None = attrs.field(default=None)
    day: int | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        month, day = self.month, self.day
        if month is not None and (
            not isinstance(month, int) or isinstance(month, bool) or not 1 <= month <= 12
        ):
            raise ModelError(f"PartialDate.month must be an integer from 1 to 12, got {month!r}")
        if day is None:
            return
        if month is None:
            raise ModelError(f"PartialDate.day given ({day!r}) without a month")
        last = calendar.monthrange(self.year, month)[1]
        if not isinstance(day, int) or isinstance(day, bool) or not 1 <= day <= last:
            raise ModelError(
                f"PartialDate.day must be an integer from 1 to {last} for "
                f"{self.year}-{month:02d}, got {day!r}"
            )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read an ISO partial date: ``"2018"``, ``"2018-12"`` or ``"2018-12-10"``."""
        match = _ISO.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ModelError(f"not an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        return cls(year, month, day)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """The day-precision partial date of a :class:`datetime.date`."""
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> DatePrecision:
        """Whether this date is known to the year, the month or the day."""
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    @property
    def first_day(self) -> dt.date:
        """The first calendar day this date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        """The last calendar day this date covers."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def contains(self, other: PartialDate | dt.date) -> bool:
        """Whether ``other`` lies wholly within this date (a date contains itself)."""
        if isinstance(other, dt.date):
            other = PartialDate.from_date(other)
        return self.first_day <= other.first_day and other.last_day <= self.last_day

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __repr__(self) -> str:
        parts = [p for p in (self.year, self.month, self.day) if p is not None]
        return f"PartialDate({', '.join(map(str, parts))})"


@attrs.frozen
class DateRange:
    """A period a text gives as a range ("from 2018 to 2021"); ``start <= end``."""

    start: PartialDate = attrs.field()
    end: PartialDate = attrs.field()

    def __attrs_post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if not isinstance(value, PartialDate):
                raise ModelError(f"DateRange.{name} must be a PartialDate, got {value!r}")
        if self.end.last_day < self.start.first_day:
            raise ModelError(f"DateRange ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """Read an ISO range ``"START/END"`` of partial dates."""
        start, sep, end = text.partition("/") if isinstance(text, str) else ("", "", "")
        if not sep:
            raise ModelError(f"not an ISO date range (START/END): {text!r}")
        return cls(PartialDate.parse(start), PartialDate.parse(end))

    def contains(self, other: PartialDate | dt.date) -> bool:
        """Whether ``other`` lies wholly within the range."""
        if isinstance(other, dt.date):
            other = PartialDate.from_date(other)
        return self.start.first_day <= other.first_day and other.last_day <= self.end.last_day

    def __str__(self) -> str:
        return f"{self.start}/{self.end}"
