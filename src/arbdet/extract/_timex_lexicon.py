"""The words the date tagger reads, loaded once from ``data/timex/``."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import attrs

__all__ = ["Lexicon", "lexicon"]

Phrase = tuple[str, ...]


def _phrases(items: list[str]) -> frozenset[Phrase]:
    return frozenset(tuple(item.split()) for item in items)


@attrs.frozen
class Lexicon:
    """Calendar names and the words around dates, all lower case."""

    months: dict[str, int]  # full names
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, str]
    day_parts: frozenset[str]
    relative_days: dict[str, int]
    deictic: dict[str, int]
    ordinal_shifts: dict[str, int]
    directions: dict[str, int]
    directions_needing_an_object: frozenset[str]
    ago: frozenset[str]
    vague_qualifiers: frozenset[Phrase]
    period_modifiers: frozenset[Phrase]
    month_licences: frozenset[str]
    month_names_also_people: frozenset[str]
    strict_month_licences: frozenset[str]
    future_cues: frozenset[Phrase]
    either_cues: frozenset[Phrase]  # "was due to ... in October": future of a past moment
    either_prepositions: frozenset[str]  # "until May 29", "by Jan. 30": either side
    deferral_words: frozenset[str]  # "extended ... until June 30", "for a term until": later
    deferral_prepositions: frozenset[str]
    clause_boundaries: frozenset[str]
    name_before: frozenset[str]
    name_after: frozenset[str]
    generic_before: frozenset[str]  # "a Friday", "every Monday": not one day
    year_blockers_before: frozenset[str]
    year_blockers_after: frozenset[str]
    number_abbreviations: frozenset[str]  # "No." before a figure
    old_year_licences: frozenset[str]
    range_openers: dict[str, frozenset[str]]
    range_connectors: frozenset[str]
    ordinal_suffixes: frozenset[str]
    period_prepositions: frozenset[str]
    forward_period_prepositions: frozenset[str]
    weekend: frozenset[str]
    within_period: frozenset[str]  # "earlier", "later" (this month, that year)
    anchor_words: frozenset[str]  # "that" (later that day)

    @property
    def longest_phrase(self) -> int:
        """The most tokens any qualifier, modifier or cue phrase has."""
        phrases = (
            self.vague_qualifiers | self.period_modifiers | self.future_cues | self.either_cues
        )
        return max(len(p) for p in phrases)


def _table(name: str) -> list[list[str]]:
    text = resources.files("arbdet").joinpath(f"data/timex/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def lexicon() -> Lexicon:
    """The date tagger's vocabulary."""
    months: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for number, name, short in _table("months.tsv"):
        months[name] = int(number)
        abbreviations.update((word, int(number)) for word in short.split())
    weekdays = {name: int(number) for number, name in _table("weekdays.tsv")}
    raw = resources.files("arbdet").joinpath("data/timex/lexicon.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)

    def words(key: str) -> frozenset[str]:
        return frozenset(data[key])

    return Lexicon(
        months=months,
        month_abbreviations=abbreviations,
        weekdays=weekdays,
        units=dict(data["units"]),
        day_parts=words("day_parts"),
        relative_days=dict(data["relative_days"]),
        deictic=dict(data["deictic"]),
        ordinal_shifts=dict(data["ordinal_shifts"]),
        directions=dict(data["directions"]),
        directions_needing_an_object=words("directions_needing_an_object"),
        ago=words("ago"),
        vague_qualifiers=_phrases(data["vague_qualifiers"]),
        period_modifiers=_phrases(data["period_modifiers"]),
        month_licences=words("month_licences"),
        month_names_also_people=words("month_names_also_people"),
        strict_month_licences=words("strict_month_licences"),
        future_cues=_phrases(data["future_cues"]),
        either_cues=_phrases(data["either_cues"]),
        either_prepositions=words("either_prepositions"),
        deferral_words=words("deferral_words"),
        deferral_prepositions=words("deferral_prepositions"),
        clause_boundaries=words("clause_boundaries"),
        name_before=words("name_before"),
        name_after=words("name_after"),
        generic_before=words("generic_before"),
        year_blockers_before=words("year_blockers_before"),
        year_blockers_after=words("year_blockers_after"),
        number_abbreviations=words("number_abbreviations"),
        old_year_licences=words("old_year_licences"),
        range_openers={k: frozenset(v) for k, v in data["range_openers"].items()},
        range_connectors=words("range_connectors"),
        ordinal_suffixes=words("ordinal_suffixes"),
        period_prepositions=words("period_prepositions"),
        forward_period_prepositions=words("forward_period_prepositions"),
        weekend=words("weekend"),
        within_period=words("within_period"),
        anchor_words=words("anchor_words"),
    )
