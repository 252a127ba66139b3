"""The rules that read calendar names: months, days, years, weekdays, dates in figures.

Every rule reads the document's tokens (``doc.tokens``) within one sentence and returns a
:data:`~._forms.Match` (the token after the expression, and its form) or ``None``. The
tokeniser keeps some dates whole ("2021-02-15", "2018-19", "1990s", "23.05.2021", "1st",
"1-3", "mid-2019", "March-May"); their inner parts are read from the token's own text.
"""

from __future__ import annotations

import functools
import re

import attrs

from ...errors import ModelError
from ...model import PartialDate
from ...text import Document
from ._forms import Between, Calendar, Fixed, Form, InAnchorYear, Match, Vague, fixed_range
from ._words import Phrase, Words, by_first_word

__all__ = ["CLAUSE_WINDOW", "MAX_YEAR_SPAN", "OLD_YEARS", "PLAIN_YEARS", "CalendarRules"]

MAX_YEAR_SPAN = 200  # "1990-2021" is a range; "1000-2021" is not
PLAIN_YEARS = (1900, 2099)  # a bare four-figure number read as a year
OLD_YEARS = 1000  # earliest year read after "in", "since"...
CLAUSE_WINDOW = 12  # tokens looked back for "will", "is expected to"...

_LONGEST_MONTHS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 29 February is a date
_CLAUSE_END = frozenset([",", ".", ";", ":", "!", "?", ")", '"', "-"])
_GLUE_BEFORE = frozenset("$€£¥#+©")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_YEAR_AND_TAIL = re.compile(r"(\d{4})-(\d{2}|\d{4})")  # "2018-12", "2018-19", "2018-2021"
_DECADE = re.compile(r"(\d{4})s")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # day first: "23.05.2021"
_DAY_SPAN = re.compile(r"(\d{1,2})-(\d{1,2})")  # "1-3 December"


@functools.cache
def _ordinal(suffixes: frozenset[str]) -> re.Pattern[str]:
    """A day written as an ordinal: "1st", "22nd"."""
    return re.compile(rf"(\d{{1,2}})(?:{'|'.join(sorted(suffixes))})")


def _names_a_day(form: Form) -> bool:
    """Whether ``form`` is one day of the calendar ("November 22, 2024", "Feb. 15")."""
    if isinstance(form, Calendar):
        return form.day is not None
    value = form.value if isinstance(form, Fixed) else None
    return isinstance(value, PartialDate) and value.day is not None


class SentenceTokens:
    """The questions the rules ask about the tokens of the sentence being read.

    Indices are document token indices; a question about a token outside the sentence
    ``[first, stop)`` gets the answer for "no token" (``low`` gives ``""``).
    """

    def __init__(self, doc: Document, words: Words) -> None:
        tokens = doc.tokens
        self.lower = tokens.lower
        self.texts = tokens.text
        self.starts = tokens.start
        self.ends = tokens.end
        self.words = words
        self.first = 0
        self.stop = 0
        self.month_words = words.month_words
        self.ordinal = _ordinal(words.ordinal_suffixes)

    def low(self, j: int) -> str:
        """Token ``j`` in lower case ("" outside the sentence)."""
        return self.lower[j] if self.first <= j < self.stop else ""

    def tight(self, j: int) -> bool:
        """Whether token ``j`` follows token ``j - 1`` with no space between."""
        return self.first < j < self.stop and self.ends[j - 1] == self.starts[j]

    def spaced(self, j: int) -> bool:
        """Whether token ``j`` exists and a space separates it from token ``j - 1``."""
        return self.first < j < self.stop and self.ends[j - 1] != self.starts[j]

    def capital(self, j: int) -> bool:
        """Whether token ``j`` starts with a capital letter."""
        return self.first <= j < self.stop and self.texts[j][:1].isupper()

    def figures(self, j: int, widths: tuple[int, ...]) -> int | None:
        """The value of token ``j`` if it is ASCII figures of one of the given widths."""
        if not self.first <= j < self.stop:
            return None
        text = self.texts[j]
        if len(text) not in widths or not (text.isascii() and text.isdigit()):
            return None
        return int(text)

    def is_figures(self, j: int) -> bool:
        """Whether token ``j`` begins with a figure."""
        return self.first <= j < self.stop and self.texts[j][:1].isdigit()

    def glued_after(self, j: int) -> bool:
        """Whether token ``j`` runs on into a word or a number ("2018/19", "2018x")."""
        k = j + 1
        if not self.tight(k):
            return False
        following = self.texts[k]
        if following[:1].isalnum():
            return True
        return following in ",.:/" and self.tight(k + 1) and self.is_figures(k + 1)

    def glued_before(self, j: int) -> bool:
        """Whether token ``j`` continues a word or number ("$2018", "12/01/2018")."""
        if not self.tight(j):
            return False
        previous = self.texts[j - 1]
        if previous[:1].isalnum() or previous in _GLUE_BEFORE:
            return True
        return previous in "-/.:," and self.tight(j - 1) and self.texts[j - 2][:1].isalnum()

    def clause_end(self, j: int) -> bool:
        """Whether token ``j`` ends a clause: punctuation, or the end of the sentence."""
        return j >= self.stop or self.lower[j] in _CLAUSE_END

    def phrase_at(self, j: int, phrases: frozenset[Phrase]) -> int:
        """How many tokens from ``j`` on make one of ``phrases`` (the longest), or 0."""
        for phrase in by_first_word(phrases).get(self.low(j), ()):
            stop = j + len(phrase)
            if stop <= self.stop and tuple(self.lower[j:stop]) == phrase:
                return len(phrase)
        return 0

    def unit_at(self, j: int, *, parts: bool = True) -> str | None:
        """The unit a singular unit word ("day", "year") or a part of day names."""
        word = self.low(j)
        if self.words.units.get(word) == word:
            return word
        return "day" if parts and word in self.words.day_parts else None

    def clause_before(self, end: int) -> list[str]:
        """The lower-case words of the clause before token ``end`` (at most a window of them)."""
        boundaries = self.words.clause_boundaries
        start = max(self.first, end - CLAUSE_WINDOW)
        words = self.lower[start:end] if end > start else []
        for position in range(len(words) - 1, -1, -1):
            if words[position] in boundaries:
                return words[position + 1 :]
        return words


class CalendarRules(SentenceTokens):
    """Rules for dates named by the calendar; each returns a :data:`Match` or ``None``."""

    def month_name(self, j: int) -> tuple[int, int, bool] | None:
        """A month name at ``j``: its number, the token after it, and whether abbreviated."""
        if not self.capital(j):
            return None
        word = self.lower[j]
        if word in self.words.months:
            return self.words.months[word], j + 1, False
        if word in self.words.month_abbreviations:
            after = j + 2 if self.low(j + 1) == "." and self.tight(j + 1) else j + 1
            return self.words.month_abbreviations[word], after, True
        return None

    def day_at(self, j: int) -> tuple[int, int | None, int] | None:
        """A day of the month at ``j`` ("9", "1st", "1-3"): the day, last day and next token."""
        if not self.first <= j < self.stop or self.glued_after(j):
            return None
        text = self.lower[j]
        if "-" in text:
            span = _DAY_SPAN.fullmatch(text)
            first, last = (int(span[1]), int(span[2])) if span is not None else (0, 0)
            return (first, last, j + 1) if 1 <= first < last <= 31 else None
        if text.isdigit():
            day = self.figures(j, (1, 2))
        else:
            ordinal = self.ordinal.fullmatch(text)
            day = None if ordinal is None else int(ordinal[1])
        if day is None or not 1 <= day <= 31:
            return None
        return day, None, j + 1

    def year_number(self, j: int) -> int | None:
        """A year written in four figures at ``j``, not running on into other characters."""
        year = self.figures(j, (4,))
        if year is None or not OLD_YEARS <= year <= PLAIN_YEARS[1] or self.glued_after(j):
            return None
        return year

    def month_licensed(self, j: int) -> bool:
        """Whether a bare month name at ``j`` reads as a date ("in July", not "Theresa May")."""
        before = self.low(j - 1)
        if self.low(j) in self.words.month_names_also_people:
            possessive = self.low(j + 1) == "'s"
            return before in self.words.strict_month_licences and not possessive
        return before in self.words.month_licences

    def dated(self, month: int, day: int, last_day: int | None, j: int) -> Match | None:
        """A month and day (or days, "1-3"), with the year if one follows at ``j``."""
        k = j + 1 if self.low(j) == "," else j
        year = self.year_number(k) if self.spaced(k) else None
        try:
            if year is None:
                if max(day, last_day or day) > _LONGEST_MONTHS[month - 1]:
                    return None
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

    def month(self, j: int, *, licensed: bool) -> Match | None:
        """A month-led date: "December 1, 2018", "Dec. 1", "December 2018", "in July"."""
        name = self.month_name(j)
        if name is None:
            return None
        return self.month_after(*name, licensed=licensed)

    def month_after(self, month: int, k: int, short: bool, *, licensed: bool) -> Match | None:
        """What follows a month's name, which ends before token ``k``: a day, a year or nothing."""
        after_stop = short and self.low(k - 1) == "." and self.tight(k)  # "Dec.1"
        if self.spaced(k) or after_stop:
            day = self.day_at(k)
            if day is not None:
                return self.with_deictic_year(self.dated(month, day[0], day[1], day[2]))
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
        earlier date of the story.
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
        """A day-led date: "1 December 2018", "15 February", "1st of December", "1-3 May"."""
        if self.month_words.isdisjoint(self.lower[j + 1 : j + 3]):
            return None  # no month name where a day's could be
        day = self.day_at(j)
        if day is None:
            return None
        k = day[2] + 1 if self.low(day[2]) == "of" else day[2]
        name = self.month_name(k) if self.spaced(k) else None
        if name is None:
            return None
        return self.with_deictic_year(self.dated(name[0], day[0], day[1], name[1]))

    def numeric(self, j: int) -> Match | None:
        """A date in figures: "2018-12-01", "2018-12", "2018-2021", "2018-19", "1990s", "2016"."""
        whole = self.whole_figures(j)
        if whole is not None:
            return whole
        year = self.figures(j, (4,))
        if year is None or not OLD_YEARS <= year <= PLAIN_YEARS[1]:
            return None
        separator = self.low(j + 1)
        if separator == "/" and self.tight(j + 1) and self.tight(j + 2):
            return self.slashed_tail(year, j + 2)
        if separator == "-" and self.spaced(j + 1) and self.spaced(j + 2):
            last = self.year_number(j + 2)
            if last is not None and year < last <= year + MAX_YEAR_SPAN:
                return self.year_range(year, last, j + 3)
        return self.plain_year(year, j)

    def whole_figures(self, j: int) -> Match | None:
        """A date the tokeniser kept in one token: "2018-12-01", "2018-19", "1990s"."""
        text = self.low(j)
        if len(text) <= 4 or self.glued_after(j):  # a bare year is read apart
            return None
        if (iso := _ISO_DATE.fullmatch(text)) is not None:
            year = int(iso[1])
            if not OLD_YEARS <= year <= PLAIN_YEARS[1]:
                return None
            try:
                return j + 1, Fixed(PartialDate(year, int(iso[2]), int(iso[3])))
            except ModelError:
                return None
        if (pair := _YEAR_AND_TAIL.fullmatch(text)) is not None:
            return self.year_and_tail(int(pair[1]), pair[2], j + 1)
        return self.decade(text, j + 1)

    def decade(self, text: str, stop: int) -> Match | None:
        """A decade written "1990s", ending before token ``stop``."""
        decade = _DECADE.fullmatch(text)
        first = int(decade[1]) if decade is not None else 0
        if first % 10 or not OLD_YEARS <= first <= PLAIN_YEARS[1]:
            return None
        return self.year_range(first, first + 9, stop)

    def year_and_tail(self, year: int, tail: str, stop: int) -> Match | None:
        """A year and what follows its dash: "2018-2021", "2018-19" (ranges) or "2018-12"."""
        if not OLD_YEARS <= year <= PLAIN_YEARS[1]:
            return None
        second = int(tail)
        if len(tail) == 4:
            in_reach = year < second <= year + MAX_YEAR_SPAN
            return self.year_range(year, second, stop) if in_reach else None
        end = year - year % 100 + second
        if second == (year + 1) % 100 or (second > 12 and end > year):
            return self.year_range(year, end, stop)
        if 1 <= second <= 12:
            return stop, Fixed(PartialDate(year, second))
        return None

    def before_slash(self, j: int, widths: tuple[int, ...]) -> int | None:
        """Figures of one of ``widths`` at ``j`` that a "/" and more figures follow, unspaced."""
        value = self.figures(j, widths)
        if value is None or self.low(j + 1) != "/" or not (self.tight(j + 1) and self.tight(j + 2)):
            return None
        return value

    def slashed_tail(self, year: int, k: int) -> Match | None:
        """What follows "2018/": a month and a day ("2018/12/01")."""
        month = self.before_slash(k, (1, 2))
        day = None if month is None else self.figures(k + 2, (1, 2))
        if month is None or day is None or self.glued_after(k + 2):
            return None
        try:
            return k + 3, Fixed(PartialDate(year, month, day))
        except ModelError:
            return None

    def dotted(self, j: int) -> Match | None:
        """A date in figures with full stops, day first (as everywhere that writes so)."""
        dotted = _DOTTED.fullmatch(self.low(j)) if "." in self.low(j) else None
        if dotted is None or self.glued_after(j):
            return None
        try:
            return j + 1, Fixed(PartialDate(int(dotted[3]), int(dotted[2]), int(dotted[1])))
        except ModelError:
            return None

    def slashed(self, j: int) -> Match | None:
        """A day, month and year in figures with slashes: "25/12/2019".

        "12/01/2018" could be read either way round, so it stays vague.
        """
        first = self.before_slash(j, (1, 2))
        second = None if first is None else self.before_slash(j + 2, (1, 2))
        year = None if second is None else self.figures(j + 4, (4,))
        if first is None or second is None or year is None or self.glued_after(j + 4):
            return None
        dates = set()
        for month, day in ((first, second), (second, first)):
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
        earliest = OLD_YEARS if before in self.words.old_year_licences else PLAIN_YEARS[0]
        if not earliest <= year <= PLAIN_YEARS[1] or self.glued_after(j):
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
