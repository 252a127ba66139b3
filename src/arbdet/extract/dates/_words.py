"""The words the date tagger reads, loaded once from the table ``data/dates/words.tsv``.

Each row is ``phrase<TAB>class[<TAB>value]``; a phrase is stored as the lower-case tokens
the document's tokeniser makes of it, so it compares with ``doc.tokens.lower`` directly.
"""

from __future__ import annotations

import functools

import attrs

from ... import data
from ...text import tokenize

__all__ = ["Phrase", "Words", "by_first_word", "words"]

Phrase = tuple[str, ...]

_TABLE = "dates/words.tsv"


@attrs.frozen
class Words:
    """Calendar names and the words around dates, all lower case.

    Single words are sets or maps of words; phrases (``more than``) are sets of token
    tuples. The values say what a word adds: a month's number, a unit's name, a count of
    days from publication, the sign of an offset.
    """

    months: dict[str, int]  # full names
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]  # Monday is 0, as in datetime.date.weekday
    units: dict[str, str]  # "days" -> "day"
    day_parts: frozenset[str]
    weekend: frozenset[str]
    relative_days: dict[str, int]  # "yesterday" -> -1
    deictic: dict[str, int]  # "last" -> -1
    ordinal_shifts: dict[str, int]  # "the following day" -> +1
    directions: dict[str, int]  # "later" -> +1
    directions_needing_an_object: frozenset[str]  # "after", "before"
    ago: frozenset[str]
    within_period: frozenset[str]  # "earlier", "later" (this month, that year)
    anchor_words: frozenset[str]  # "that" (later that day)
    vague_qualifiers: frozenset[Phrase]
    period_modifiers: frozenset[Phrase]
    range_openers: dict[str, frozenset[str]]  # "from" -> the words that close the range
    range_connectors: frozenset[str]
    ordinal_suffixes: frozenset[str]
    month_licences: frozenset[str]
    strict_month_licences: frozenset[str]
    month_names_also_people: frozenset[str]
    future_cues: frozenset[Phrase]
    future_suffixes: tuple[str, ...]  # "she'll"
    either_cues: frozenset[Phrase]  # "was due to ... in October": future of a past moment
    either_prepositions: frozenset[str]  # "until May 29", "by Jan. 30": either side
    deferral_words: frozenset[str]  # "extended ... until June 30": later
    deferral_prepositions: frozenset[str]
    clause_boundaries: frozenset[str]
    name_before: frozenset[str]  # "Good Friday"
    name_after: frozenset[str]  # "Sunday Times"
    generic_before: frozenset[str]  # "a Friday", "every Monday": not one day
    year_blockers_before: frozenset[str]
    year_blockers_after: frozenset[str]
    number_abbreviations: frozenset[str]  # "No." before a figure
    old_year_licences: frozenset[str]
    period_prepositions: frozenset[str]  # "over the next year": a period
    forward_period_prepositions: frozenset[str]
    background_prepositions: frozenset[str]  # "since 1977": not the story's time
    looking_back_cues: frozenset[str]  # "had arrested": may look back from the story's day
    month_words: frozenset[str] = attrs.field(init=False)
    """Full and abbreviated month names."""

    @month_words.default
    def _month_words(self) -> frozenset[str]:
        return frozenset([*self.months, *self.month_abbreviations])


class _Table:
    """The rows of the words table, by class."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[Phrase, str]]] = {}
        for row in data.rows(_TABLE):
            phrase = tuple(word.lower() for word in tokenize(row[0]))
            self.rows.setdefault(row[1], []).append((phrase, row[2] if len(row) > 2 else ""))

    def _rows(self, name: str) -> list[tuple[Phrase, str]]:
        if name not in self.rows:
            raise KeyError(f"{_TABLE} has no rows of class {name!r}")
        return self.rows[name]

    def words(self, name: str) -> frozenset[str]:
        return frozenset(" ".join(phrase) for phrase, _ in self._rows(name))

    def phrases(self, name: str) -> frozenset[Phrase]:
        return frozenset(phrase for phrase, _ in self._rows(name))

    def numbers(self, name: str) -> dict[str, int]:
        return {" ".join(phrase): int(value) for phrase, value in self._rows(name)}

    def names(self, name: str) -> dict[str, str]:
        return {" ".join(phrase): value for phrase, value in self._rows(name)}

    def endings(self, name: str) -> tuple[str, ...]:
        """Word endings ("'ll"), kept as written rather than as tokens."""
        return tuple(sorted("".join(phrase) for phrase, _ in self._rows(name)))


@functools.cache
def words() -> Words:
    """The date tagger's vocabulary."""
    table = _Table()
    return Words(
        months=table.numbers("month"),
        month_abbreviations=table.numbers("month_abbreviation"),
        weekdays=table.numbers("weekday"),
        units=table.names("unit"),
        day_parts=table.words("day_part"),
        weekend=table.words("weekend"),
        relative_days=table.numbers("relative_day"),
        deictic=table.numbers("deictic"),
        ordinal_shifts=table.numbers("ordinal_shift"),
        directions=table.numbers("direction"),
        directions_needing_an_object=table.words("direction_needing_an_object"),
        ago=table.words("ago"),
        within_period=table.words("within_period"),
        anchor_words=table.words("anchor_word"),
        vague_qualifiers=table.phrases("vague_qualifier"),
        period_modifiers=table.phrases("period_modifier"),
        range_openers={
            word: frozenset(closers.split())
            for word, closers in table.names("range_opener").items()
        },
        range_connectors=table.words("range_connector"),
        ordinal_suffixes=table.words("ordinal_suffix"),
        month_licences=table.words("month_licence"),
        strict_month_licences=table.words("strict_month_licence"),
        month_names_also_people=table.words("month_name_also_person"),
        future_cues=table.phrases("future_cue"),
        future_suffixes=table.endings("future_suffix"),
        either_cues=table.phrases("either_cue"),
        either_prepositions=table.words("either_preposition"),
        deferral_words=table.words("deferral_word"),
        deferral_prepositions=table.words("deferral_preposition"),
        clause_boundaries=table.words("clause_boundary"),
        name_before=table.words("name_before"),
        name_after=table.words("name_after"),
        generic_before=table.words("generic_before"),
        year_blockers_before=table.words("year_blocker_before"),
        year_blockers_after=table.words("year_blocker_after"),
        number_abbreviations=table.words("number_abbreviation"),
        old_year_licences=table.words("old_year_licence"),
        period_prepositions=table.words("period_preposition"),
        forward_period_prepositions=table.words("forward_period_preposition"),
        background_prepositions=table.words("background_preposition"),
        looking_back_cues=table.words("looking_back_cue"),
    )


@functools.cache
def by_first_word(phrases: frozenset[Phrase]) -> dict[str, tuple[Phrase, ...]]:
    """``phrases`` by their first word, the longest first."""
    by_first: dict[str, list[Phrase]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in by_first.items()}
