"""The date a form resolves to.

A form resolves against the publication date, the tense of its clause, the date it is
counted from, or the day the story has reached. Every value keeps only the precision
the words give; where no honest date can be given the value is ``None``.
"""

from __future__ import annotations

import datetime as dt

from ...errors import ModelError
from ...model import DatePrecision, DateRange, PartialDate
from ._forms import (
    Between,
    Calendar,
    Fixed,
    Form,
    FromAnchor,
    FromPublication,
    InAnchorYear,
    Shift,
    Shifted,
    Tense,
    Value,
)

__all__ = ["UPDATE_SLACK_DAYS", "in_story", "resolve"]

_MONTHS_IN = {"month": 1, "year": 12, "decade": 120}
_YEARS_IN = {"year": 1, "decade": 10}
_LEAP_SEARCH = 8  # years to look back or ahead for a 29 February
UPDATE_SLACK_DAYS = 7
"""How many days after its date line a page may still be told from: a page dated 16 January
that says a plane "left on January 23" was updated, and means that January, not the last."""


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
    if isinstance(form, (InAnchorYear, FromAnchor)):
        return None if anchor is None else _from_anchor(form, anchor)
    if isinstance(form, Shifted):
        base = _resolve(form.base, published, tense, None)
        return _offset(base, form.unit, form.amount) if isinstance(base, PartialDate) else None
    return _named(form, published, tense)


def _named(form: Form, published: PartialDate | None, tense: Tense) -> Value | None:
    """A date named from publication: a calendar name without a year, "last week"."""
    if isinstance(form, Calendar):
        return _calendar(form, published, tense)
    if isinstance(form, Between):
        return _between(form, published, tense)
    if isinstance(form, FromPublication):
        return _from_publication(form, published)
    return None  # Vague


def _from_anchor(form: InAnchorYear | FromAnchor, anchor: Value) -> Value | None:
    """A date counted from ``anchor``: "March of that year", "nine days later"."""
    if isinstance(form, InAnchorYear):
        year = (anchor.start if isinstance(anchor, DateRange) else anchor).year
        return PartialDate(year + form.years, form.month, form.day)
    if isinstance(anchor, DateRange):
        anchor = anchor.end if form.amount > 0 else anchor.start
    if form.whole:
        return _whole_unit(anchor, form.unit, form.amount)
    return _offset(anchor, form.unit, form.amount)


def _day_of(published: PartialDate | None) -> dt.date | None:
    if published is None or published.day is None:
        return None
    return published.first_day


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _week_value(monday: dt.date) -> PartialDate | None:
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
    return _by_tense(month, form.day, published, tense)


def _by_tense(month: int, day: int | None, published: PartialDate, tense: Tense) -> Value | None:
    """The occurrence of a month (and day) the tense of its clause means."""
    if tense is not Tense.EITHER:
        return _nearest(month, day, published, future=tense is Tense.FUTURE)
    past = _nearest(month, day, published, future=False)
    later = _nearest(month, day, published, future=True)
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
    latest = today + dt.timedelta(days=UPDATE_SLACK_DAYS)
    for offset_years in range(_LEAP_SEARCH + 1):
        year = today.year + step * offset_years
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February of a common year
        if (candidate >= today) if future else (candidate <= latest):
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
        moved = _offset(first, unit, amount)
        if moved is None:
            return None
        first = moved
    return DateRange(first, last)


def _from_publication(form: FromPublication, published: PartialDate | None) -> Value | None:
    if published is None:
        return None
    if form.same_day:
        return _same_day(form, published)
    if form.unit in ("day", "week"):
        today = _day_of(published)
        if today is None:
            return None
        if form.unit == "day":
            return PartialDate.from_date(today + dt.timedelta(days=form.amount))
        return _week_value(_monday(today) + dt.timedelta(weeks=form.amount))
    return _months_from(published, form)


def _same_day(form: FromPublication, published: PartialDate) -> PartialDate | None:
    """The day of publication some months or years back ("a year ago today"), if it exists."""
    today = _day_of(published)
    if today is None or form.unit not in ("month", "year"):
        return None
    months = form.amount * (12 if form.unit == "year" else 1)
    year, month = _add_months(today.year, today.month, months)
    try:
        return PartialDate.from_date(dt.date(year, month, today.day))
    except ValueError:  # February 29 in a common year
        return None


def _months_from(published: PartialDate, form: FromPublication) -> Value | None:
    """A month, year or decade counted from publication: "last month", "two years ago"."""
    if form.unit == "month":
        if published.month is None:
            return None
        return PartialDate(*_add_months(published.year, published.month, form.amount))
    return PartialDate(published.year + form.amount * _YEARS_IN.get(form.unit, 1))


def _whole_unit(anchor: PartialDate, unit: str, amount: int) -> Value | None:
    """The whole unit ``amount`` units from the one holding ``anchor``: "the following year"."""
    if unit == "day":
        return _offset(anchor, "day", amount)
    if unit == "week":
        if anchor.precision is not DatePrecision.DAY:
            return None
        return _week_value(_monday(anchor.first_day) + dt.timedelta(weeks=amount))
    if unit == "month":
        if anchor.month is None:
            return None
        return PartialDate(*_add_months(anchor.year, anchor.month, amount))
    return PartialDate(anchor.year + amount * _YEARS_IN.get(unit, 1))


def _offset(anchor: PartialDate, unit: str, amount: int) -> PartialDate | None:
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


def in_story(form: Form, day: PartialDate, reach: int, *, looking_back: bool) -> Value | None:
    """A month, or a month and day, without a year, read in the story's time.

    A story told in the simple past moves forward: it is the first occurrence on or after
    ``day`` (the day the story has reached), "On 29 September" a month after "30 August
    1986". Where the clause looks back (``looking_back``: "had arrested"), it is the
    occurrence nearest ``day`` on either side. Either way only within ``reach`` days of
    ``day``; else ``None``. A range of two such names ("between March and May") is read
    so when both ends are.
    """
    if isinstance(form, Between):
        first = _story_month(form.first, day, reach, looking_back)
        last = _story_month(form.last, day, reach, looking_back)
        if first is None or last is None or first > last:
            return None
        return DateRange(first, last)
    return _story_month(form, day, reach, looking_back) if isinstance(form, Calendar) else None


def _story_month(
    form: Calendar, day: PartialDate, reach: int, looking_back: bool
) -> PartialDate | None:
    if form.month is None or form.shift is not Shift.NEAREST or form.years is not None:
        return None
    reference = day.first_day
    best: tuple[int, PartialDate] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = PartialDate(year, form.month, form.day)
        except ModelError:
            continue  # 29 February of a common year
        if candidate.last_day < reference and not looking_back:
            continue
        distance = _days_apart(candidate, reference)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return best[1] if best is not None and best[0] <= reach else None


def _days_apart(date: PartialDate, day: dt.date) -> int:
    """How many days lie between ``day`` and the nearest day of ``date`` (0 if inside)."""
    if day < date.first_day:
        return (date.first_day - day).days
    return max(0, (day - date.last_day).days)
