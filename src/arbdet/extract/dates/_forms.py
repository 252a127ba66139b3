"""What a date expression says: its form, before it is resolved to a date.

The scanner reads a form from the words ("last week" is a week one week before
publication, "nine days later" nine days after an earlier date of the story);
:mod:`._resolve` turns a form into a value.
"""

from __future__ import annotations

import enum

import attrs

from ...errors import ModelError
from ...model import DateRange, PartialDate

__all__ = [
    "Between",
    "Calendar",
    "Fixed",
    "Form",
    "FromAnchor",
    "FromPublication",
    "InAnchorYear",
    "Match",
    "Shift",
    "Shifted",
    "Tense",
    "Vague",
    "Value",
    "combine",
    "fixed_range",
    "needs_anchor",
]

Value = PartialDate | DateRange


class Tense(enum.Enum):
    """What time the clause of a calendar name without a year is about."""

    PAST = "past"  # the default: the latest such day or month on or before publication
    FUTURE = "future"  # "will", "is expected to": the next one on or after publication
    EITHER = "either"  # "until May 29", "was due to ... in October": the nearer one


class Shift(enum.Enum):
    """Which occurrence of a calendar name is meant."""

    NEAREST = "nearest"  # "Monday", "in July": by tense, the latest or the next one
    LAST = "last"  # "last Friday", "last July"
    THIS = "this"  # "this Friday": in the week (or year) of publication
    NEXT = "next"  # "next Friday", "next March"


@attrs.frozen
class Fixed:
    """A date the words give in full: "December 1, 2018", "2016", "from 2018 to 2021"."""

    value: Value


@attrs.frozen
class Vague:
    """An expression whose date cannot honestly be given: "more than two years ago"."""


@attrs.frozen
class Calendar:
    """A calendar name without a year: a weekday, a weekend, a month, or a month and day.

    ``years`` is a year counted from publication ("March 29 last year" is -1).
    """

    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    weekend: bool = False
    shift: Shift = Shift.NEAREST
    years: int | None = None


@attrs.frozen
class Between:
    """A range of two calendar names without a year: "between Monday and Wednesday"."""

    first: Calendar
    last: Calendar


@attrs.frozen
class FromPublication:
    """A period counted from publication: "last week" is ``("week", -1)``.

    ``same_day`` keeps the day of publication: "two years ago today" is a day.
    """

    unit: str  # day, week, month, year or decade
    amount: int
    same_day: bool = False


@attrs.frozen
class FromAnchor:
    """A date counted from an earlier date of the text: "nine days later", "the next day".

    ``whole`` says the expression names a whole unit ("the following year" is a year,
    "the following week" a week); otherwise the offset keeps the anchor's precision.
    """

    unit: str
    amount: int
    whole: bool = False


@attrs.frozen
class InAnchorYear:
    """A month (and day) in a year counted from an earlier date of the text.

    "March of that year" is ``years=0``, "January of the following year" ``years=1``.
    """

    month: int
    day: int | None = None
    years: int = 0


@attrs.frozen
class Shifted:
    """An offset from a date given in the same words: "three days after December 1"."""

    base: Fixed | Calendar
    unit: str
    amount: int


Form = Fixed | Vague | Calendar | Between | FromPublication | FromAnchor | InAnchorYear | Shifted


Match = tuple[int, Form]
"""What a rule reads: the token index after the expression, and its form."""


def fixed_range(first: PartialDate, last: PartialDate) -> Fixed | None:
    """The range from ``first`` to ``last``, or ``None`` if it would end before it starts."""
    try:
        return Fixed(DateRange(first, last))
    except ModelError:
        return None


def combine(first: Form, last: Form) -> Form | None:
    """The range from ``first`` to ``last``, the year of one lending itself to the other."""
    if isinstance(first, Fixed) and isinstance(last, Fixed):
        a, b = first.value, last.value
        if isinstance(a, PartialDate) and isinstance(b, PartialDate):
            return fixed_range(a, b)
        return None
    if isinstance(first, Calendar) and isinstance(last, Calendar):
        same_kind = (first.weekday is None) == (last.weekday is None)
        return Between(first, last) if same_kind and not first.weekend else None
    if isinstance(first, Calendar) and isinstance(last, Fixed):
        return _lend_year(first, last, first_is_calendar=True)
    if isinstance(first, Fixed) and isinstance(last, Calendar):
        return _lend_year(last, first, first_is_calendar=False)
    return None


def _lend_year(calendar: Calendar, fixed: Fixed, *, first_is_calendar: bool) -> Form | None:
    """The range of a month without a year and a dated month, in the order written."""
    known = fixed.value
    if calendar.month is None or not isinstance(known, PartialDate) or known.month is None:
        return None
    try:
        if first_is_calendar:  # "between March and May 2022"
            earlier = (calendar.month, calendar.day or 1) > (known.month, known.day or 31)
            return fixed_range(
                PartialDate(known.year - earlier, calendar.month, calendar.day), known
            )
        # "from December 2018 to March"
        later = (calendar.month, calendar.day or 31) < (known.month, known.day or 1)
        return fixed_range(known, PartialDate(known.year + later, calendar.month, calendar.day))
    except ModelError:
        return None


def needs_anchor(form: Form) -> bool:
    """Whether ``form`` is counted from an earlier date of the story."""
    return isinstance(form, (FromAnchor, InAnchorYear))
