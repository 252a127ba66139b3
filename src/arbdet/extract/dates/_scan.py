"""Find the date expressions of a document: where to look, which rules to try, and the tense.

Every date expression holds a *head*: a month or weekday name, a unit of time ("days",
"year", "weekend"), a relative day ("today"), a part of a day ("morning") or a token that
begins with a figure. The heads are found in C, by a set lookup over ``doc.tokens.lower``
and one regular-expression pass over the tokens' first characters; the rules run only
within :data:`LOOKBACK` tokens before each head, and at each token only the rules that can
begin with its word. At each token the longest reading wins and the scan moves past it,
so the scan is linear in the length of the document whatever the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from ...text import Document
from .._numbers import number_words
from ._forms import Between, Calendar, Form, Match, Shifted, Tense
from ._relative import ARTICLES, RelativeRules
from ._words import Phrase, Words, by_first_word, words

__all__ = ["LOOKBACK", "Found", "scan"]

LOOKBACK = 5
"""How many tokens an expression may begin before its first head ("the end of last year")."""

_FIGURE = re.compile(r"\d")
_DASH_FIGURE = re.compile(r"-(?=\d)")
_DIGITS = frozenset("0123456789")
_first_character = itemgetter(0)

Rule = Callable[["_Scanner", int], Match | None]


class Found(NamedTuple):
    """A date expression: tokens ``[first, stop)`` and its form.

    ``tense`` says what time its clause is about ("will meet on Monday" is the future).
    """

    first: int
    stop: int
    form: Form
    tense: Tense = Tense.PAST


def scan(doc: Document) -> list[Found]:
    """Every date expression of ``doc``, in order, the longest at each point."""
    return _Scanner(doc, words()).scan()


class _Scanner(RelativeRules):
    """All the rules, tried near each head."""

    def __init__(self, doc: Document, vocabulary: Words) -> None:
        super().__init__(doc, vocabulary)
        self.doc = doc
        self.rules = _rules_by_word()

    def scan(self) -> list[Found]:
        """Every expression of the document, left to right, the longest at each point."""
        found: list[Found] = []
        sentences = self.doc.sentences
        owner = self.doc.tokens.sentence
        lower = self.lower
        by_word = self.rules
        resume = 0  # no expression may begin before this token
        for head in _heads(self.doc):
            if head < resume:
                continue
            sentence = sentences[owner[head]]
            self.first, self.stop = sentence.first, sentence.stop
            for j in self.beginnings(max(resume, self.first, head - LOOKBACK), head):
                if lower[j][0] in _DIGITS:
                    rules = self.figure_rules(j)
                else:
                    rules = by_word.get(lower[j], ()) or self.joined_rules(j)
                best = self.best(j, rules) if rules else None
                if best is not None:
                    stop, form = best
                    tense = self.tense(j) if _calendar_name(form) else Tense.PAST
                    found.append(Found(j, stop, form, tense))
                    resume = stop
                    break
            else:
                resume = head + 1
        return found

    def beginnings(self, first: int, head: int) -> list[int]:
        """Where an expression holding ``head`` may begin, from token ``first`` on.

        Before the head only words that begin some rule can; a figure there was a head of
        its own and has been read already.
        """
        if self.rules.keys().isdisjoint(self.lower[first:head]):
            return [head]
        return [j for j in range(first, head) if self.lower[j] in self.rules] + [head]

    def figure_rules(self, j: int) -> tuple[Rule, ...]:
        """The rules that may begin at token ``j``, which begins with a figure.

        A figure that is not a year ("11", "58", "100") begins a date only before a unit
        ("11 days"), a month ("1 May") or a slash ("25/12/2019"): most such figures are
        counts, and are passed over at once.
        """
        word = self.lower[j]
        if self.glued_before(j):
            return ()
        if not word.isdigit():
            return _MIXED_FIGURES
        if len(word) == 4:
            return _YEAR_FIGURES
        if self.low(j + 1) not in _after_day_or_count():
            return ()
        return _DAY_FIGURES if len(word) <= 2 else _COUNT_FIGURES

    def joined_rules(self, j: int) -> tuple[Rule, ...]:
        """The rules for a modifier the tokeniser joined to figures: "mid-2019", "late-1990s"."""
        word = self.lower[j]
        if "-" not in word or word.partition("-")[0] not in _modifier_words():
            return ()
        return (_Scanner.modified,)

    def best(self, j: int, rules: tuple[Rule, ...]) -> Match | None:
        """The longest reading at token ``j`` of any of ``rules``."""
        best: Match | None = None
        for rule in rules:
            match = rule(self, j)
            if match is not None and (best is None or match[0] > best[0]):
                best = match
        return best

    def bare_month(self, j: int) -> Match | None:
        """A month-led date, a bare month only where a word before licenses it."""
        return self.month(j, licensed=self.month_licensed(j))

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
        clause = self.clause_before(first - 1 if skip else first)
        if self.has_phrase(clause, self.words.future_cues) or any(
            word.endswith(self.words.future_suffixes) for word in clause
        ):
            return Tense.FUTURE
        if governing in self.words.either_prepositions or self.has_phrase(
            clause, self.words.either_cues
        ):
            return Tense.EITHER
        return Tense.PAST

    @staticmethod
    def has_phrase(clause: list[str], phrases: frozenset[Phrase]) -> bool:
        """Whether one of ``phrases`` occurs in ``clause``."""
        by_first = by_first_word(phrases)
        for position, word in enumerate(clause):
            for phrase in by_first.get(word, ()):
                if tuple(clause[position : position + len(phrase)]) == phrase:
                    return True
        return False


def _calendar_name(form: Form) -> bool:
    """Whether the form's date depends on tense: a name without a year."""
    if isinstance(form, Shifted):
        form = form.base
    return isinstance(form, (Calendar, Between))


# The rules in the order they are tried; on a tie in length the first wins. A token of
# figures alone can begin a day ("1 May"), a year ("2019") or a count ("11 days later").
_DAY_FIGURES: tuple[Rule, ...] = (
    _Scanner.amount,
    _Scanner.connected,
    _Scanner.day_first,
    _Scanner.slashed,
)
_YEAR_FIGURES: tuple[Rule, ...] = (_Scanner.amount, _Scanner.connected, _Scanner.numeric)
_COUNT_FIGURES: tuple[Rule, ...] = (_Scanner.amount,)
_MIXED_FIGURES: tuple[Rule, ...] = (  # "1st", "1-3", "2018-19", "1990s", "23.05.2021"
    _Scanner.amount,
    _Scanner.connected,
    _Scanner.day_first,
    _Scanner.numeric,
    _Scanner.dotted,
)


@functools.cache
def _after_day_or_count() -> frozenset[str]:
    """The words that may follow a day or a count in figures: units, months, "of", "/"."""
    vocabulary = words()
    return frozenset(
        [*vocabulary.units, *vocabulary.months, *vocabulary.month_abbreviations, "of", "/"]
    )


@functools.cache
def _rules_by_word() -> dict[str, tuple[Rule, ...]]:
    """The rules that may begin at a word (not a figure), in the order they are tried."""
    vocabulary = words()
    firsts = {phrase[0] for phrase in vocabulary.vague_qualifiers}
    modifiers = {phrase[0] for phrase in vocabulary.period_modifiers}
    months = {*vocabulary.months, *vocabulary.month_abbreviations}
    compounds = _compound_heads(vocabulary)
    starters: list[tuple[Rule, Iterable[str]]] = [
        (_Scanner.range_from, vocabulary.range_openers),
        (_Scanner.modified, modifiers | compounds),
        (_Scanner.vague, firsts),
        (_Scanner.amount, {*number_words(), *ARTICLES}),
        (_Scanner.the, ["the"]),
        (_Scanner.that, vocabulary.anchor_words),
        (_Scanner.within_period, vocabulary.within_period),
        (_Scanner.deictic, vocabulary.deictic),
        (_Scanner.relative_day, vocabulary.relative_days),
        (_Scanner.weekday, vocabulary.weekdays),
        (_Scanner.bare_month, months),
        (_Scanner.connected, {*months, *vocabulary.weekdays, *compounds}),
    ]
    by_word: dict[str, list[Rule]] = {}
    for rule, starting in starters:
        for word in starting:
            by_word.setdefault(word, []).append(rule)
    return {word: tuple(rules) for word, rules in by_word.items()}


def _compound_heads(vocabulary: Words) -> frozenset[str]:
    """Tokens joining a modifier to a month, or two months ("mid-december", "march-may").

    The tokeniser keeps each of them whole, so each is a head of its own.
    """
    months = [*vocabulary.months, *vocabulary.month_abbreviations]
    return frozenset(
        [f"{modifier}-{month}" for modifier in _modifier_words() for month in months]
        + [f"{first}-{last}" for first in vocabulary.months for last in vocabulary.months]
    )


@functools.cache
def _modifier_words() -> frozenset[str]:
    """The modifiers of one word ("mid", "late"), which the tokeniser may join to a date."""
    return frozenset(p[0] for p in words().period_modifiers if len(p) == 1)


@functools.cache
def _head_words() -> frozenset[str]:
    """The words that are heads of date expressions."""
    vocabulary = words()
    return frozenset(
        [
            *vocabulary.months,
            *vocabulary.month_abbreviations,
            *vocabulary.weekdays,
            *vocabulary.units,
            *vocabulary.weekend,
            *vocabulary.relative_days,
            *vocabulary.day_parts,
            *_compound_heads(vocabulary),
        ]
    )


def _heads(doc: Document) -> list[int]:
    """The indices of the head tokens, in order.

    Words by a set lookup over the lower-case tokens, tokens that begin with a figure by one
    pass over their first characters, and a modifier joined to figures ("mid-2019") by a
    pass over the text's dashes before figures: each in C.
    """
    lower = doc.tokens.lower
    heads = list(compress(count(), map(_head_words().__contains__, lower)))
    firsts = "".join(map(_first_character, lower))
    heads += map(re.Match.start, _FIGURE.finditer(firsts))
    modifiers = _modifier_words()
    longest = max(map(len, modifiers))
    dash = _DASH_FIGURE.search(doc.text)
    while dash is not None:
        token = doc.tokens.at(dash.start())
        if token >= len(lower):
            break
        if lower[token][: longest + 1].partition("-")[0] in modifiers:
            heads.append(token)
        dash = _DASH_FIGURE.search(doc.text, doc.tokens.end[token])  # one look a token
    heads.sort()
    return heads
