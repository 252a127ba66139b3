"""Read date expressions from a sentence: which words make one, and what form it has.

At each token every rule looks a bounded number of tokens ahead and the longest reading
wins, so the scan is linear in the sentence's length whatever the text. The calendar
rules live in :mod:`._timex_calendar`; this module adds the relative expressions ("last
week", "nine days later", "the following day"), ranges, modifiers, and the tense of
the clause.
"""

from __future__ import annotations

import functools

import attrs

from ..model import PartialDate
from ._numbers import number_at, number_words
from ._timex_calendar import CalendarRules
from ._timex_forms import (
    Between,
    Calendar,
    Fixed,
    Form,
    FromAnchor,
    FromPublication,
    Match,
    Shift,
    Shifted,
    Tense,
    Vague,
    combine,
)
from ._timex_lexicon import Lexicon, lexicon
from ._timex_tokens import Token, tokenize

__all__ = ["Found", "scan"]

_ARTICLES = frozenset(["a", "an"])
_SHIFTS = {-1: Shift.LAST, 0: Shift.THIS, 1: Shift.NEXT}


@attrs.frozen
class Found:
    """A date expression: tokens ``[first, stop)`` and its form.

    ``tense`` says what time its clause is about ("will meet on Monday" is the future).
    """

    first: int
    stop: int
    form: Form
    tense: Tense = Tense.PAST


def scan(text: str, start: int, end: int) -> tuple[list[Token], list[Found]]:
    """The tokens of the sentence ``text[start:end]`` and the date expressions among them."""
    tokens = tokenize(text, start, end)
    return tokens, _Scanner(text, tokens, lexicon()).scan()


class _Scanner(CalendarRules):
    """All the rules, applied at each token of one sentence."""

    def __init__(self, text: str, tokens: list[Token], words: Lexicon) -> None:
        super().__init__(text, tokens, words)
        self.after = {token.end: index + 1 for index, token in enumerate(tokens)}
        self.starters = _starters()

    def scan(self) -> list[Found]:
        """Every expression of the sentence, left to right, the longest at each point."""
        found: list[Found] = []
        j = 0
        while j < len(self.tokens):
            token = self.tokens[j]
            best = None
            if token.text[:1].isdigit() or token.low in self.starters:
                best = self.best(j)
            if best is None:
                j += 1
                continue
            stop, form = best
            tense = self.tense(j) if self.calendar_name(form) else Tense.PAST
            found.append(Found(j, stop, form, tense))
            j = stop
        return found

    def best(self, j: int) -> Match | None:
        """The longest reading of an expression that starts at token ``j``."""
        matches = [
            self.range_from(j),
            self.modified(j),
            self.vague(j),
            self.amount(j),
            self.the(j),
            self.that_same(j),
            self.within_period(j),
            self.deictic(j),
            self.relative_day(j),
            self.weekday(j),
            self.month(j, licensed=self.month_licensed(j)),
        ]
        if not self.glued_before(j):
            matches += [self.connected(j), self.day_first(j), self.numeric(j), self.slashed(j)]
        best: Match | None = None
        for match in matches:
            if match is not None and (best is None or match[0] > best[0]):
                best = match
        return best

    @staticmethod
    def calendar_name(form: Form) -> bool:
        """Whether the form's date depends on tense: a name without a year."""
        if isinstance(form, Shifted):
            form = form.base
        return isinstance(form, (Calendar, Between))

    def tense(self, first: int) -> Tense:
        """What time the clause before token ``first`` is about.

        The future after "will", "is expected to", "next"... in the clause, and for a date
        that a deferral moves to ("extended his detention until June 30"); either way
        after "until" or a future seen from the past ("was due to be heard in October");
        else the past.
        """
        governing = self.low(first - 1)  # "until Friday", "before Monday": still this clause
        if governing in self.words.deferral_prepositions and any(
            word in self.words.deferral_words for word in self.clause_before(first - 1)
        ):
            return Tense.FUTURE
        skip = governing.isalpha() and governing in self.words.clause_boundaries
        words = self.clause_before(first - 1 if skip else first)
        if self.has_phrase(words, self.words.future_cues):
            return Tense.FUTURE
        if governing in self.words.either_prepositions or self.has_phrase(
            words, self.words.either_cues
        ):
            return Tense.EITHER
        return Tense.PAST

    def has_phrase(self, words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
        """Whether one of ``phrases`` occurs in ``words``."""
        longest = self.words.longest_phrase
        return any(
            tuple(words[i : i + length]) in phrases
            for i in range(len(words))
            for length in range(1, longest + 1)
        )

    def relative_day(self, j: int) -> Match | None:
        """A day named from publication: "today", "yesterday", "tomorrow morning"."""
        days = self.words.relative_days.get(self.low(j))
        if days is None:
            return None
        if self.capital(j) and j > 0 and self.tokens[j - 1].text[:1].isalnum():
            return None  # a capital inside a sentence: a name
        stop = j + 2 if self.low(j + 1) in self.words.day_parts and self.spaced(j + 1) else j + 1
        return stop, FromPublication("day", days)

    def deictic(self, j: int) -> Match | None:
        """A period named from publication: "last week", "this year", "last Friday", "last July"."""
        amount = self.words.deictic.get(self.low(j))
        if amount is None or self.low(j - 1) == "the" or not self.spaced(j + 1):
            return None  # "the last week" is a period up to now
        k = j + 1
        word = self.low(k)
        shift = _SHIFTS[amount]
        if word in self.words.weekdays and self.capital(k):
            stop = (
                k + 2 if self.low(k + 1) in self.words.day_parts and self.spaced(k + 1) else k + 1
            )
            return stop, Calendar(weekday=self.words.weekdays[word], shift=shift)
        if word in self.words.months and self.capital(k):
            return k + 1, Calendar(month=self.words.months[word], shift=shift)
        if word in self.words.weekend:
            return k + 1, Calendar(weekend=True, shift=shift)
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
        if word == "in" and self.low(k + 1) == "the" and (unit := self.unit_at(k + 2)):
            return k + 3, FromAnchor(unit, 0, whole=True)
        unit = self.unit_at(k + 1)
        if unit is None:
            return None
        if self.words.deictic.get(word) == 0:
            return k + 2, FromPublication(unit, 0)
        if word in self.words.anchor_words:
            return k + 2, FromAnchor(unit, 0, whole=True)
        return None

    def amount_at(self, j: int) -> tuple[int, int] | None:
        """A count at ``j`` ("nine", "11", "a", "a dozen") and the token after it."""
        if j >= len(self.tokens):
            return None
        token = self.tokens[j]
        number = number_at(self.text, token.start)
        if number is not None and number.end in self.after:
            return number.value, self.after[number.end]
        if token.low in _ARTICLES:
            return 1, j + 1
        return None

    def amount(self, j: int) -> Match | None:
        """A counted offset: "two years ago", "nine days later", "three days after December 1"."""
        count = self.amount_at(j)
        if count is None:
            return None
        value, k = count
        unit = self.words.units.get(self.low(k)) if self.spaced(k) else None
        if unit is None or not self.spaced(k + 1):
            return None
        word = self.low(k + 1)
        if word in self.words.ago:
            return k + 2, FromPublication(unit, -value)
        sign = self.words.directions.get(word)
        if sign is None or (word == "prior" and self.low(k + 2) == "to"):
            return None
        if word not in self.words.directions_needing_an_object:
            return k + 2, FromAnchor(unit, sign * value)
        return self.counted_from(unit, sign * value, k + 2)

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
            before = self.low(j - 1)
            if before in self.words.period_prepositions or (
                word == "next" and before in self.words.forward_period_prepositions
            ):
                return None  # "over the next year": a period, not a date
            return j + 3, FromAnchor(unit, self.words.ordinal_shifts[word], whole=True)
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

    def that_same(self, j: int) -> Match | None:
        """The anchor's own day, week, month or year: "that same day"."""
        if self.low(j) not in self.words.anchor_words or self.low(j + 1) != "same":
            return None
        unit = self.unit_at(j + 2)
        return None if unit is None else (j + 3, FromAnchor(unit, 0, whole=True))

    def modified(self, j: int) -> Match | None:
        """A date within a period: "late December", "mid-2019", "the end of last year"."""
        length = self.phrase_at(j, self.words.period_modifiers)
        if not length:
            return None
        k = j + length
        if self.low(k) == "-" and self.tight(k) and self.tight(k + 1):
            k += 1
        elif not self.spaced(k):
            return None
        inner = [
            self.month(k, licensed=True),
            self.numeric(k),
            self.deictic(k),
            self.weekday(k),
            self.relative_day(k),
        ]
        found = [m for m in inner if m is not None and not isinstance(m[1], (Vague, FromAnchor))]
        return max(found, key=lambda m: m[0]) if found else None

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
        """Two dates joined by a dash or "through": "March-May 2022", "2018 through 2021"."""
        first = self.date(j)
        if first is None or self.low(first[0]) not in self.words.range_connectors:
            return None
        return self.range_to(first, first[0] + 1)

    def range_to(self, first: Match, j: int) -> Match | None:
        """The range from ``first`` to the date at token ``j``, if they make one."""
        last = self.date(j)
        if last is None:
            return None
        form = combine(first[1], last[1])
        return None if form is None else (last[0], form)


@functools.cache
def _starters() -> frozenset[str]:
    """The lower-case words that can begin an expression (figures always can)."""
    words = lexicon()
    first_words = {phrase[0] for phrase in words.vague_qualifiers | words.period_modifiers}
    return frozenset(
        [
            *words.months,
            *words.month_abbreviations,
            *words.weekdays,
            *words.deictic,
            *words.relative_days,
            *words.within_period,
            *words.anchor_words,
            *words.range_openers,
            *first_words,
            *number_words(),
            *_ARTICLES,
            "the",
        ]
    )
