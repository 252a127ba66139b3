"""The rules that read calendar names: months, days, years, weekdays, dates in figures."""

from __future__ import annotations

import attrs

from ..errors import ModelError
from ..model import PartialDate
from ._timex_forms import (
    Between,
    Calendar,
    Fixed,
    Form,
    InAnchorYear,
    Match,
    Vague,
    fixed_range,
)
from ._timex_tokens import TokenView

__all__ = ["CalendarRules"]

_MAX_YEAR_SPAN = 200  # "1990-2021" is a range; "1000-2021" is not
_PLAIN_YEARS = (1900, 2099)  # a bare four-figure number read as a year
_OLD_YEARS = 1000  # earliest year read after "in", "since"...


def _names_a_day(form: Form) -> bool:
    """Whether ``form`` is one day of the calendar ("November 22, 2024", "Feb. 15")."""
    if isinstance(form, Calendar):
        return form.day is not None
    value = form.value if isinstance(form, Fixed) else None
    return isinstance(value, PartialDate) and value.day is not None


class CalendarRules(TokenView):
    """Rules for dates named by the calendar; each returns a :data:`Match` or ``None``."""

    def month_name(self, j: int) -> tuple[int, int, bool] | None:
        """A month name at ``j``: its number, the token after it, and whether abbreviated."""
        if not self.capital(j):
            return None
        word = self.low(j)
        if word in self.words.months:
            return self.words.months[word], j + 1, False
        if word in self.words.month_abbreviations:
            after = j + 2 if self.low(j + 1) == "." and self.tight(j + 1) else j + 1
            return self.words.month_abbreviations[word], after, True
        return None

    def day_number(self, j: int) -> tuple[int, int] | None:
        """A day of the month at ``j`` ("9", "1st") and the token after it."""
        day = self.figures(j, (1, 2))
        if day is None or not 1 <= day <= 31:
            return None
        if self.tight(j + 1) and self.low(j + 1) in self.words.ordinal_suffixes:
            return None if self.glued_after(j + 1) else (day, j + 2)
        return None if self.glued_after(j) else (day, j + 1)

    def year_number(self, j: int) -> int | None:
        """A year written in four figures at ``j``, not running on into other characters."""
        year = self.figures(j, (4,))
        if year is None or not _OLD_YEARS <= year <= _PLAIN_YEARS[1] or self.glued_after(j):
            return None
        return year

    def month_licensed(self, j: int) -> bool:
        """Whether a bare month name at ``j`` reads as a date ("in July", not "Theresa May")."""
        before = self.low(j - 1)
        if self.low(j) in self.words.month_names_also_people:
            possessive = self.low(j + 1) == "'" and self.low(j + 2) == "s"
            return before in self.words.strict_month_licences and not possessive
        return before in self.words.month_licences

    def dated(self, month: int, day: int, last_day: int | None, j: int) -> Match | None:
        """A month and day (or days, "1-3"), with the year if one follows at ``j``."""
        k = j + 1 if self.low(j) == "," else j
        year = self.year_number(k) if self.spaced(k) else None
        try:
            if year is None:
                PartialDate(2000, month, day)  # 2000 is a leap year: 29 February is a date
                PartialDate(2000, month, last_day or day)
                first = Calendar(month=month, day=day)
                if last_day is None:
                    return j, first
                return j, Between(first, Calendar(month=month, day=last_day))
            start = PartialDate(year, month, day)
            if last_day is None:
                return k + 1, Fixed(start)
            span = fixed_range(start, PartialDate(year, month, last_day))
            return None if span is None else (k + 1, span)
        except ModelError:
            return None

    def day_range_end(self, day: int, j: int) -> tuple[int | None, int]:
        """The last day of "1-3" if token ``j`` is its dash, and the token after."""
        if self.low(j) == "-" and self.tight(j) and self.tight(j + 1):
            last = self.day_number(j + 1)
            if last is not None and last[0] > day:
                return last
        return None, j

    def month(self, j: int, *, licensed: bool) -> Match | None:
        """A month-led date: "December 1, 2018", "Dec. 1", "December 2018", "in July"."""
        name = self.month_name(j)
        if name is None:
            return None
        month, k, short = name
        after_stop = short and self.low(k - 1) == "." and self.tight(k)  # "Dec.1"
        if (self.spaced(k) or after_stop) and (day := self.day_number(k)) is not None:
            last_day, after = self.day_range_end(day[0], day[1])
            return self.with_deictic_year(self.dated(month, day[0], last_day, after))
        y = k + 1 if self.low(k) in (",", "of") else k
        year = self.year_number(y) if self.spaced(y) else None
        if year is not None:
            return y + 1, Fixed(PartialDate(year, month))
        if short or not licensed:
            return None
        return self.with_deictic_year((k, Calendar(month=month)))

    def with_deictic_year(self, match: Match | None) -> Match | None:
        """A date without a year, given one by the words after it.

        "March 29 last year" is counted from publication; "March of the same year",
        "in March that year" and "January of the following year" are counted from an
        earlier date of the text.
        """
        if match is None or not isinstance(match[1], Calendar):
            return match
        calendar = match[1]
        k = match[0] + 1 if self.low(match[0]) == "of" else match[0]
        years = self.words.deictic.get(self.low(k))
        if years is not None and self.low(k + 1) == "year" and self.spaced(k + 1):
            return k + 2, attrs.evolve(calendar, years=years)
        if calendar.month is None:
            return match
        if self.low(k) in self.words.anchor_words:  # "that year", "that same year"
            after = k + 2 if self.low(k + 1) == "same" else k + 1
            shift: int | None = 0
        else:  # "the same year", "the following year"
            after = k + 2
            shift = self.words.ordinal_shifts.get(self.low(k + 1)) if self.low(k) == "the" else None
        if shift is None or self.low(after) != "year":
            return match
        return after + 1, InAnchorYear(calendar.month, calendar.day, shift)

    def day_first(self, j: int) -> Match | None:
        """A day-led date: "1 December 2018", "15 February", "1st of December"."""
        day = self.day_number(j)
        if day is None:
            return None
        last_day, k = self.day_range_end(day[0], day[1])
        if self.low(k) == "of":
            k += 1
        name = self.month_name(k) if self.spaced(k) else None
        if name is None:
            return None
        return self.with_deictic_year(self.dated(name[0], day[0], last_day, name[1]))

    def numeric(self, j: int) -> Match | None:
        """A date in figures: "2018-12-01", "2018-12", "2018-2021", "2018-19", "1990s", "2016"."""
        year = self.figures(j, (4,))
        if year is None or not _OLD_YEARS <= year <= _PLAIN_YEARS[1]:
            return None
        separator = self.low(j + 1)
        if separator in ("-", "/") and self.tight(j + 1) and self.tight(j + 2):
            match = self.numeric_tail(year, separator, j + 2)
            if match is not None:
                return match
        if separator == "-" and self.spaced(j + 1) and self.spaced(j + 2):
            last = self.year_number(j + 2)
            if last is not None and year < last <= year + _MAX_YEAR_SPAN:
                return self.year_range(year, last, j + 3)
        if (
            separator == "s"
            and self.tight(j + 1)
            and year % 10 == 0
            and not self.glued_after(j + 1)
        ):
            return self.year_range(year, year + 9, j + 2)
        return self.plain_year(year, j)

    def numeric_tail(self, year: int, separator: str, k: int) -> Match | None:
        """What follows "2018-": a month and day, a month, or the end of a range."""
        if separator == "-" and (last := self.year_number(k)) is not None:
            return (
                self.year_range(year, last, k + 1) if year < last <= year + _MAX_YEAR_SPAN else None
            )
        second = self.figures(k, (2,) if separator == "-" else (1, 2))
        if second is None:
            return None
        if self.low(k + 1) == separator and self.tight(k + 1) and self.tight(k + 2):
            day = self.figures(k + 2, (2,) if separator == "-" else (1, 2))
            if day is None or self.glued_after(k + 2):
                return None
            try:
                return k + 3, Fixed(PartialDate(year, second, day))
            except ModelError:
                return None
        if separator != "-" or self.glued_after(k):
            return None
        end = year - year % 100 + second
        if second == (year + 1) % 100 or (second > 12 and end > year):  # "2011-12", "2018-21"
            return self.year_range(year, end, k + 1)
        if 1 <= second <= 12:
            return k + 1, Fixed(PartialDate(year, second))
        return None

    def slashed(self, j: int) -> Match | None:
        """A day, month and year in figures: "25/12/2019", "25.05.2021".

        With slashes "12/01/2018" could be either way round and stays vague; with full stops
        the day comes first, as everywhere that writes dates so.
        """
        first = self.figures(j, (1, 2))
        separator = self.low(j + 1)
        if (
            first is None
            or separator not in ("/", ".")
            or not (self.tight(j + 1) and self.tight(j + 2))
        ):
            return None
        second = self.figures(j + 2, (1, 2))
        if (
            second is None
            or self.low(j + 3) != separator
            or not (self.tight(j + 3) and self.tight(j + 4))
        ):
            return None
        year = self.figures(j + 4, (4,))
        if year is None or self.glued_after(j + 4):
            return None
        orders = ((second, first),) if separator == "." else ((first, second), (second, first))
        dates = set()
        for month, day in orders:
            try:
                dates.add(PartialDate(year, month, day))
            except ModelError:
                continue  # not a date read this way round
        if not dates:
            return None
        return j + 5, Fixed(dates.pop()) if len(dates) == 1 else Vague()

    def year_range(self, first: int, last: int, stop: int) -> Match | None:
        """The range of years ``first`` to ``last``, ending before token ``stop``."""
        span = fixed_range(PartialDate(first), PartialDate(last))
        return None if span is None else (stop, span)

    def plain_year(self, year: int, j: int) -> Match | None:
        """A year on its own ("in 2016"), unless the figures are a count, code or phone number."""
        before = self.low(j - 1)
        earliest = _OLD_YEARS if before in self.words.old_year_licences else _PLAIN_YEARS[0]
        if not earliest <= year <= _PLAIN_YEARS[1] or self.glued_after(j):
            return None
        blocked = before in self.words.year_blockers_before or (
            before == "." and self.low(j - 2) in self.words.number_abbreviations
        )
        if blocked or self.low(j + 1) in self.words.year_blockers_after:
            return None
        if (self.spaced(j) and self.is_figures(j - 1)) or (
            self.spaced(j + 1) and self.is_figures(j + 1)
        ):
            return None  # "613 555 2018": one number in pieces
        return j + 1, Fixed(PartialDate(year))

    def weekday(self, j: int) -> Match | None:
        """A weekday: "Monday", "Monday morning", "Friday, November 22, 2024"."""
        day = self.words.weekdays.get(self.low(j))
        if day is None or not self.capital(j):
            return None
        if self.low(j - 1) in self.words.name_before and self.capital(j - 1):
            return None
        if self.low(j - 1) in self.words.generic_before:
            return None  # "every Monday", "a Friday"
        if self.low(j + 1) in self.words.name_after and self.capital(j + 1):
            return None  # "Sunday Times"
        k = j + 2 if self.low(j + 1) == "," else j + 1
        if self.spaced(k):
            for match in (self.month(k, licensed=False), self.day_first(k)):
                if match is not None and _names_a_day(match[1]):
                    return match
        stop = j + 2 if self.low(j + 1) in self.words.day_parts and self.spaced(j + 1) else j + 1
        return stop, Calendar(weekday=day)

    def date(self, j: int) -> Match | None:
        """A date from the calendar at ``j`` (a bare month counts): for ranges and offsets."""
        found = [
            m
            for m in (
                self.month(j, licensed=True),
                self.day_first(j),
                self.numeric(j),
                self.weekday(j),
            )
            if m is not None
        ]
        return max(found, key=lambda m: m[0]) if found else None
