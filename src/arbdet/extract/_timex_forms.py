"""What a date expression says (its form) and the date it resolves to.

The scanner reads a form from the words ("last week" is a week one week before
publication); :func:`resolve` turns it into a value against the publication date, the
tense of its clause, and the date it is counted from, keeping only the precision the
words really give.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ..errors import ModelError
from ..model import DatePrecision, DateRange, PartialDate

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
    "resolve",
]

Value = PartialDate | DateRange

_MONTHS_IN = {"month": 1, "year": 12, "decade": 120}
_YEARS_IN = {"year": 1, "decade": 10}
_LEAP_SEARCH = 8  # years to look back or ahead for a 29 February


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
    """A period counted from publication: "last week" is ``("week", -1)``."""

    unit: str  # day, week, month, year or decade
    amount: int


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
    calendar, fixed = (first, last) if isinstance(first, Calendar) else (last, first)
    if not isinstance(calendar, Calendar) or not isinstance(fixed, Fixed):
        return None
    known = fixed.value
    if calendar.month is None or not isinstance(known, PartialDate) or known.month is None:
        return None
    try:
        if calendar is first:  # "between March and May 2022"
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
    """Whether ``form`` is counted from an earlier date of the text."""
    return isinstance(form, (FromAnchor, InAnchorYear))


def resolve(
    form: Form, published: PartialDate | None, *, tense: Tense, anchor: Value | None
) -> Value | None:
    """The value of ``form``, or ``None`` where it cannot honestly be resolved.

    ``tense`` says which occurrence a calendar name without a year means (weekdays
    read :attr:`Tense.EITHER` as past); ``anchor`` is the date a :class:`FromAnchor`
    or :class:`InAnchorYear` form is counted from.
    """
    try:
        return _resolve(form, published, tense, anchor)
    except (ModelError, OverflowError, ValueError):
        return None  # a count that runs off the calendar: "10,000 years ago"


def _resolve(
    form: Form, published: PartialDate | None, tense: Tense, anchor: Value | None
) -> Value | None:
    if isinstance(form, Fixed):
        return form.value
    if isinstance(form, Calendar):
        return _calendar(form, published, tense)
    if isinstance(form, Between):
        return _between(form, published, tense)
    if isinstance(form, FromPublication):
        return _from_publication(form, published)
    if isinstance(form, InAnchorYear):
        if anchor is None:
            return None
        year = (anchor.start if isinstance(anchor, DateRange) else anchor).year
        return PartialDate(year + form.years, form.month, form.day)
    if isinstance(form, FromAnchor):
        if isinstance(anchor, DateRange):
            anchor = anchor.end if form.amount > 0 else anchor.start
        if anchor is None:
            return None
        if form.whole:
            return _whole_unit(anchor, form.unit, form.amount)
        return offset(anchor, form.unit, form.amount)
    if isinstance(form, Shifted):
        base = _resolve(form.base, published, tense, None)
        if not isinstance(base, PartialDate):
            return None
        return offset(base, form.unit, form.amount)
    return None


def _day_of(published: PartialDate | None) -> dt.date | None:
    if published is None or published.day is None:
        return None
    return published.first_day


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_value(monday: dt.date) -> PartialDate | None:
    """The month of the Monday-to-Sunday week starting ``monday``, if it lies in one month."""
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None
    return PartialDate(monday.year, monday.month)


def _add_months(year: int, month: int, amount: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + amount
    return index // 12, index % 12 + 1


def _clamped(year: int, month: int, day: int) -> PartialDate:
    last = PartialDate(year, month).last_day.day
    return PartialDate(year, month, min(day, last))


def _calendar(form: Calendar, published: PartialDate | None, tense: Tense) -> Value | None:
    if form.weekday is not None or form.weekend:
        return _weekday(form, published, future=tense is Tense.FUTURE)
    month = form.month
    if month is None or published is None:
        return None
    if form.years is not None:
        return PartialDate(published.year + form.years, month, form.day)
    if published.month is None:
        return None
    if form.shift is not Shift.NEAREST:
        return _shifted_month(month, form.shift, published.year, published.month)
    if tense is not Tense.EITHER:
        return _nearest(month, form.day, published, future=tense is Tense.FUTURE)
    past = _nearest(month, form.day, published, future=False)
    later = _nearest(month, form.day, published, future=True)
    if past is None or later is None:
        return past or later
    reference = published.first_day
    return later if later.first_day - reference < reference - past.last_day else past


def _nearest(
    month: int, day: int | None, published: PartialDate, *, future: bool
) -> PartialDate | None:
    """The latest occurrence of the month (and day) on or before publication, or the next."""
    if day is not None:
        return _month_day(month, day, published, future)
    published_month = published.month or 1
    other_year = month < published_month if future else month > published_month
    step = 1 if future else -1
    return PartialDate(published.year + (step if other_year else 0), month)


def _shifted_month(month: int, shift: Shift, year: int, published_month: int) -> PartialDate:
    """The month of "last July" (before the month of publication), "this July", "next July"."""
    if shift is Shift.LAST:
        year -= month >= published_month
    elif shift is Shift.NEXT:
        year += month <= published_month
    return PartialDate(year, month)


def _month_day(month: int, day: int, published: PartialDate, future: bool) -> PartialDate | None:
    today = _day_of(published)
    if today is None:
        return None
    step = 1 if future else -1
    for offset_years in range(_LEAP_SEARCH + 1):
        year = today.year + step * offset_years
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February of a common year
        if (candidate >= today) if future else (candidate <= today):
            return PartialDate.from_date(candidate)
    return None


def _weekday(form: Calendar, published: PartialDate | None, *, future: bool) -> Value | None:
    today = _day_of(published)
    if today is None:
        return None
    monday = _monday(today)
    weekday = 5 if form.weekend else form.weekday
    assert weekday is not None
    if form.shift is Shift.NEAREST and not form.weekend:
        if future:
            day = today + dt.timedelta(days=(weekday - today.weekday()) % 7)
        else:
            day = today - dt.timedelta(days=(today.weekday() - weekday) % 7)
    else:
        weeks = {Shift.LAST: -1, Shift.THIS: 0, Shift.NEXT: 1}.get(form.shift, 0)
        if form.shift is Shift.NEAREST and not future and today.weekday() < 5:
            weeks = -1  # "over the weekend", told on a weekday: the one just past
        day = monday + dt.timedelta(days=7 * weeks + weekday)
    if form.weekend:
        return DateRange(PartialDate.from_date(day), PartialDate.from_date(day + dt.timedelta(1)))
    return PartialDate.from_date(day)


def _between(form: Between, published: PartialDate | None, tense: Tense) -> Value | None:
    first = _calendar(form.first, published, tense)
    last = _calendar(form.last, published, tense)
    if not isinstance(first, PartialDate) or not isinstance(last, PartialDate):
        return None
    if first > last:
        unit, amount = ("week", -1) if form.first.weekday is not None else ("year", -1)
        moved = offset(first, unit, amount)
        if moved is None:
            return None
        first = moved
    return DateRange(first, last)


def _from_publication(form: FromPublication, published: PartialDate | None) -> Value | None:
    if published is None:
        return None
    if form.unit in ("day", "week"):
        today = _day_of(published)
        if today is None:
            return None
        if form.unit == "day":
            return PartialDate.from_date(today + dt.timedelta(days=form.amount))
        return week_value(_monday(today) + dt.timedelta(weeks=form.amount))
    if form.unit == "month":
        if published.month is None:
            return None
        return PartialDate(*_add_months(published.year, published.month, form.amount))
    return PartialDate(published.year + form.amount * _YEARS_IN.get(form.unit, 1))


def _whole_unit(anchor: PartialDate, unit: str, amount: int) -> Value | None:
    """The whole unit ``amount`` units from the one holding ``anchor``: "the following year"."""
    if unit == "day":
        return offset(anchor, "day", amount)
    if unit == "week":
        if anchor.precision is not DatePrecision.DAY:
            return None
        return week_value(_monday(anchor.first_day) + dt.timedelta(weeks=amount))
    if unit == "month":
        if anchor.month is None:
            return None
        return PartialDate(*_add_months(anchor.year, anchor.month, amount))
    return PartialDate(anchor.year + amount * _YEARS_IN.get(unit, 1))


def offset(anchor: PartialDate, unit: str, amount: int) -> PartialDate | None:
    """``anchor`` moved by ``amount`` units, at the anchor's precision (``None`` if too fine).

    Nine days after a day is a day; a month before a month is a month; days counted from a
    month or a year give no honest date.
    """
    precision = anchor.precision
    if precision is DatePrecision.DAY and unit in ("day", "week"):
        days = amount * (7 if unit == "week" else 1)
        return PartialDate.from_date(anchor.first_day + dt.timedelta(days=days))
    if unit not in _MONTHS_IN or (precision is DatePrecision.YEAR and unit == "month"):
        return None
    if precision is DatePrecision.YEAR:
        return PartialDate(anchor.year + amount * _YEARS_IN[unit])
    assert anchor.month is not None
    year, month = _add_months(anchor.year, anchor.month, amount * _MONTHS_IN[unit])
    if anchor.day is None:
        return PartialDate(year, month)
    return _clamped(year, month, anchor.day)
