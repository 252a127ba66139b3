"""The rules that read dates named relative to another time, ranges and modified dates.

"last week", "nine days later", "the following day", "earlier this month", "that year",
"from 2018 to 2021", "late December": each rule reads the document's tokens within one
sentence and returns a :data:`~._forms.Match` or ``None``, as the calendar rules do.
"""

from __future__ import annotations

from ...model import PartialDate
from .._numbers import number_words, word_value
from ._calendar import OLD_YEARS, PLAIN_YEARS, CalendarRules
from ._forms import (
    Calendar,
    Fixed,
    FromAnchor,
    FromPublication,
    Match,
    Shift,
    Shifted,
    Vague,
    combine,
)

__all__ = ["ARTICLES", "MAX_COUNT_WORDS", "RelativeRules"]

ARTICLES = frozenset(["a", "an"])
MAX_COUNT_WORDS = 3  # "twenty seven", "one hundred five": the words a count may take
_SHIFTS = {-1: Shift.LAST, 0: Shift.THIS, 1: Shift.NEXT}
_MULTIPLIERS = frozenset(["dozen", "hundred"])  # "a dozen years ago"
_DATE_REACH = 7  # tokens a date and the connector after it take at most: "Dec . 1 , 2018 -"


class RelativeRules(CalendarRules):
    """Rules for dates counted from publication or from another date, ranges and modifiers."""

    def relative_day(self, j: int) -> Match | None:
        """A day named from publication: "today", "yesterday", "tomorrow morning"."""
        days = self.words.relative_days.get(self.low(j))
        if days is None:
            return None
        if self.capital(j) and j > self.first and self.texts[j - 1][:1].isalnum():
            return None  # a capital inside a sentence: a name ("USA Today")
        stop = j + 2 if self.low(j + 1) in self.words.day_parts and self.spaced(j + 1) else j + 1
        return stop, FromPublication("day", days)

    def deictic(self, j: int) -> Match | None:
        """A period named from publication: "last week", "this year", "last Friday", "last July"."""
        amount = self.words.deictic.get(self.low(j))
        if amount is None or self.low(j - 1) == "the" or not self.spaced(j + 1):
            return None  # "the last week" is a period up to now
        return self.shifted_name(j + 1, _SHIFTS[amount]) or self.deictic_period(j + 1, amount)

    def shifted_name(self, k: int, shift: Shift) -> Match | None:
        """A weekday, month or weekend after "last", "this" or "next" (at ``k - 1``)."""
        word = self.low(k)
        if word in self.words.weekdays and self.capital(k):
            stop = (
                k + 2 if self.low(k + 1) in self.words.day_parts and self.spaced(k + 1) else k + 1
            )
            return stop, Calendar(weekday=self.words.weekdays[word], shift=shift)
        if word in self.words.months and self.capital(k):
            return k + 1, Calendar(month=self.words.months[word], shift=shift)
        if word in self.words.weekend:
            return k + 1, Calendar(weekend=True, shift=shift)
        return None

    def deictic_period(self, k: int, amount: int) -> Match | None:
        """A week, month, year or part of a day after "last", "this" or "next" (at ``k - 1``)."""
        word = self.low(k)
        unit = self.unit_at(k, parts=False)
        if unit in ("week", "month", "year"):
            return k + 1, FromPublication(unit, amount)
        if word in self.words.day_parts and (
            (amount == 0 and word != "night") or (amount == -1 and word in ("night", "evening"))
        ):
            return k + 1, FromPublication("day", amount)
        return None

    def within_period(self, j: int) -> Match | None:
        """A stretch of a period: "earlier this month", "later this year", "later that day"."""
        if self.low(j) not in self.words.within_period:
            return None
        k = j + 1
        word = self.low(k)
        if word in self.words.relative_days:
            return k + 1, FromPublication("day", self.words.relative_days[word])
        if word == "in" and self.low(k + 1) == "the":  # "earlier in the day"
            unit = self.unit_at(k + 2)
            return None if unit is None else (k + 3, FromAnchor(unit, 0, whole=True))
        unit = self.unit_at(k + 1)
        if unit is not None and self.words.deictic.get(word) == 0:  # "later this year"
            return k + 2, FromPublication(unit, 0)
        if unit is not None and word in self.words.anchor_words:  # "later that day"
            return k + 2, FromAnchor(unit, 0, whole=True)
        return None

    def amount_at(self, j: int) -> tuple[int, int] | None:
        """A count at ``j`` ("nine", "11", "twenty seven", "a dozen") and the token after it."""
        word = self.low(j)
        if word in ARTICLES:
            following = self.low(j + 1)
            if following in _MULTIPLIERS:
                return number_words()[following][0], j + 2
            return 1, j + 1
        value = word_value(word) if word else None
        if value is None or self.glued_before(j):
            return None
        parts = [word]
        stop = j + 1
        while len(parts) < MAX_COUNT_WORDS and self.low(stop) in number_words():
            longer = word_value("-".join([*parts, self.low(stop)]))
            if longer is None:
                break
            parts.append(self.low(stop))
            value, stop = longer, stop + 1
        return value, stop

    def amount(self, j: int) -> Match | None:
        """A counted offset: "two years ago", "nine days later", "three days after December 1"."""
        if self.words.units.keys().isdisjoint(self.lower[j + 1 : j + 2 + MAX_COUNT_WORDS]):
            return None  # no unit where a count's could be: most figures are not offsets
        count = self.amount_at(j)
        if count is None:
            return None
        value, k = count
        unit = self.words.units.get(self.low(k)) if self.spaced(k) else None
        if unit is None or not self.spaced(k + 1):
            return None
        return self.counted(unit, value, k + 1)

    def counted(self, unit: str, value: int, k: int) -> Match | None:
        """What follows a count of units, at ``k``: "ago", "later", "after December 1"."""
        word = self.low(k)
        if word in self.words.ago:
            today = self.words.relative_days.get(self.low(k + 1)) == 0
            if today and self.spaced(k + 1) and not self.capital(k + 1):
                return k + 2, FromPublication(unit, -value, same_day=True)  # "a year ago today"
            return k + 1, FromPublication(unit, -value)
        sign = self.words.directions.get(word)
        if sign is None or (word == "prior" and self.low(k + 1) == "to"):
            return None
        if word not in self.words.directions_needing_an_object:
            return k + 1, FromAnchor(unit, sign * value)
        return self.counted_from(unit, sign * value, k + 1)

    def counted_from(self, unit: str, amount: int, j: int) -> Match | None:
        """After "before"/"after" at ``j - 1``: an offset from an earlier date, or from a date."""
        stop = self.end_of_offset(j)
        if stop is not None:
            return stop, FromAnchor(unit, amount)
        return self.offset_from_date(unit, amount, j)

    def end_of_offset(self, j: int) -> int | None:
        """Where "two days after" ends if nothing but "that" or the end of its clause follows."""
        if self.clause_end(j):
            return j
        if self.low(j) in self.words.anchor_words and self.clause_end(j + 1):
            return j + 1
        return None

    def offset_from_date(self, unit: str, amount: int, j: int) -> Match | None:
        """The date at ``j`` moved by ``amount`` units ("three days after December 1")."""
        base = self.date(j)
        if base is None:
            return None
        form = base[1]
        if isinstance(form, Fixed) and not isinstance(form.value, PartialDate):
            return None
        if not isinstance(form, (Fixed, Calendar)):
            return None
        return base[0], Shifted(form, unit, amount)

    def vague(self, j: int) -> Match | None:
        """A vague offset with no honest date: "more than two years ago", "about a week later"."""
        length = self.phrase_at(j, self.words.vague_qualifiers)
        if not length:
            return None
        inner = self.amount(j + length)
        return None if inner is None else (inner[0], Vague())

    def the(self, j: int) -> Match | None:
        """A "the" phrase: "the following day", "the day before", "the weekend"."""
        if self.low(j) != "the":
            return None
        word = self.low(j + 1)
        if word in self.words.weekend:
            return j + 2, Calendar(weekend=True)
        if word in self.words.ordinal_shifts and (unit := self.unit_at(j + 2)):
            return self.the_shifted(j, word, unit)
        return self.the_unit_before_or_after(j)

    def the_shifted(self, j: int, word: str, unit: str) -> Match | None:
        """A unit shifted from the story's date: "the following day", "the previous week"."""
        before = self.low(j - 1)
        if before in self.words.period_prepositions or (
            word == "next" and before in self.words.forward_period_prepositions
        ):
            return None  # "over the next year": a period, not a date
        return j + 3, FromAnchor(unit, self.words.ordinal_shifts[word], whole=True)

    def the_unit_before_or_after(self, j: int) -> Match | None:
        """A unit before or after a date: "the day before", "the day before yesterday"."""
        unit = self.unit_at(j + 1)
        direction = self.low(j + 2)
        if unit is None or direction not in self.words.directions_needing_an_object:
            return None
        sign = self.words.directions[direction]
        days = self.words.relative_days.get(self.low(j + 3))
        if unit == "day" and days:  # "the day before yesterday"
            return j + 4, FromPublication("day", days + sign)
        stop = self.end_of_offset(j + 3)
        if stop is not None:
            return stop, FromAnchor(unit, sign, whole=True)
        return self.offset_from_date(unit, sign, j + 3)

    def that(self, j: int) -> Match | None:
        """The story's own day, week, month or year: "that year", "that same morning"."""
        if self.low(j) not in self.words.anchor_words:
            return None
        k = j + 2 if self.low(j + 1) == "same" else j + 1
        unit = self.unit_at(k)
        return None if unit is None else (k + 1, FromAnchor(unit, 0, whole=True))

    def modified(self, j: int) -> Match | None:
        """A date within a period: "late December", "mid-2019", "the end of last year"."""
        if "-" in self.lower[j]:
            return self.modified_compound(j)
        length = self.phrase_at(j, self.words.period_modifiers)
        if not length or not self.spaced(j + length):
            return None
        k = j + length
        inner = [
            self.month(k, licensed=True),
            self.numeric(k),
            self.deictic(k),
            self.weekday(k),
            self.relative_day(k),
        ]
        found = [m for m in inner if m is not None and not isinstance(m[1], (Vague, FromAnchor))]
        return max(found, key=lambda m: m[0]) if found else None

    def modified_compound(self, j: int) -> Match | None:
        """A modifier joined to a month or a year: "mid-December 2018", "mid-2019", "late-1990s"."""
        modifier, _, rest = self.lower[j].partition("-")
        if (modifier,) not in self.words.period_modifiers:
            return None
        month = self.words.months.get(rest) or self.words.month_abbreviations.get(rest)
        if month is not None:
            return self.month_after(month, j + 1, False, licensed=True)
        if self.glued_after(j):
            return None
        if rest.endswith("s"):
            return self.decade(rest, j + 1)
        year = int(rest) if len(rest) == 4 and rest.isdigit() else 0
        return (j + 1, Fixed(PartialDate(year))) if OLD_YEARS <= year <= PLAIN_YEARS[1] else None

    def range_from(self, j: int) -> Match | None:
        """An opened range: "from 2018 to 2021", "between March and May 2022"."""
        connectors = self.words.range_openers.get(self.low(j))
        if connectors is None:
            return None
        first = self.date(j + 1)
        if first is None or self.low(first[0]) not in connectors:
            return None
        return self.range_to(first, first[0] + 1)

    def connected(self, j: int) -> Match | None:
        """Two dates joined by a dash or "through": "March-May 2022", "2018 through 2021".

        Not where the first continues another word ("G7-8").
        """
        if "-" in self.lower[j]:
            return None if self.glued_before(j) else self.connected_months(j)
        if self.words.range_connectors.isdisjoint(self.lower[j + 1 : j + _DATE_REACH]):
            return None  # no dash or "through" where one could follow a date
        if self.glued_before(j):
            return None
        first = self.date(j)
        if first is None or self.low(first[0]) not in self.words.range_connectors:
            return None
        return self.range_to(first, first[0] + 1)

    def connected_months(self, j: int) -> Match | None:
        """Two month names in one token: "March-May", "March-May 2022"."""
        if not self.capital(j):
            return None
        first, _, last = self.lower[j].partition("-")
        months = self.words.months
        if first not in months or last not in months:
            return None
        end = self.month_after(months[last], j + 1, False, licensed=True)
        if end is None:
            return None
        form = combine(Calendar(month=months[first]), end[1])
        return None if form is None else (end[0], form)

    def range_to(self, first: Match, j: int) -> Match | None:
        """The range from ``first`` to the date at token ``j``, if they make one."""
        last = self.date(j)
        if last is None:
            return None
        form = combine(first[1], last[1])
        return None if form is None else (last[0], form)
