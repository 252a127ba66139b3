"""Words that refer back to people: group phrases ("the two Michaels") and pronouns.

A group phrase is a determiner ("the", "these", "those", "both"), an optional number, an
optional demonym and a group noun: "the two men", "both men", "the pair", "the two
Canadians", "the two Canadian citizens", or a given name in the plural after a number
("the two Michaels", also written "the two Michael" and "the two Michael's"). This module
only finds them; :mod:`.coref` decides whom they mean.
"""

from __future__ import annotations

import attrs

from ...model import State
from .._numbers import word_value
from .tables import Gender, given_names, group_nouns
from .tokens import POSSESSIVE, Text, is_attributive, is_demonym

__all__ = ["GroupPhrase", "Pronoun", "find_groups", "find_pronouns"]

_GROUP_DETERMINERS = frozenset(["the", "these", "those", "both"])
_MAX_COUNT = 20
_PRONOUNS = {
    "he": Gender.MALE,
    "him": Gender.MALE,
    "his": Gender.MALE,
    "himself": Gender.MALE,
    "she": Gender.FEMALE,
    "her": Gender.FEMALE,
    "hers": Gender.FEMALE,
    "herself": Gender.FEMALE,
}
_PLURAL_PRONOUNS = frozenset(["they", "them", "their", "theirs", "themselves"])
_SUBJECTS = frozenset(["he", "she"])
_OPENERS = frozenset(["but", "and", "yet", "so", "still", "then"])


@attrs.frozen
class GroupPhrase:
    """A group phrase over tokens ``[first, end)``.

    ``count`` is the number it gives, ``gender`` what its noun shows, ``given`` the given
    name all its members share ("Michael"), ``states`` the nationality it names.
    """

    first: int
    end: int
    count: int | None
    gender: Gender
    given: str | None
    states: tuple[State, ...]


@attrs.frozen
class Pronoun:
    """A personal pronoun at token ``index``; ``gender`` is ``None`` for they/them/their.

    ``subject`` is set for "he"/"she" opening a sentence ("He said", "But she added").
    """

    index: int
    gender: Gender | None
    subject: bool = False


def _count(text: Text, index: int) -> int | None:
    word = text.text(index)
    value = word_value(word) if word and not text.tokens[index].glued else None
    return value if value is not None and 2 <= value <= _MAX_COUNT else None


def _given_plural(text: Text, index: int) -> tuple[int, str] | None:
    """A given name in the plural ("Michaels", "Michael's", "Michael"): its end and the name."""
    word = text.text(index)
    if word.endswith("s") and word[:-1] in given_names():
        return index + 1, word[:-1]
    if word not in given_names():
        return None
    end = index + 1
    if text.text(end) in (POSSESSIVE, "'") and text.tokens[end].glued:
        end += 1
    return end, word


def _group_at(text: Text, index: int) -> GroupPhrase | None:
    determiner = text.lower(index)
    if determiner not in _GROUP_DETERMINERS:
        return None
    position = index + 1
    count = 2 if determiner == "both" else None
    number = _count(text, position) if determiner != "both" else None
    if number is not None:
        count, position = number, position + 1
    states: tuple[State, ...] = ()
    place = text.place_after(position)
    if place is not None and is_attributive(place[1]) and not place[1].text.endswith("s"):
        states, position = place[1].states, place[0]
    if not text.same_sentence(index, position):
        return None
    noun = group_nouns().get(text.lower(position))
    if noun is not None and (noun.alone or count is not None):
        count = count or noun.count
        return GroupPhrase(index, position + 1, count, noun.gender, None, states)
    if count is None or states:
        return None
    place = text.place_after(position)
    if place is not None and is_demonym(place[1]) and place[1].text.endswith("s"):
        return GroupPhrase(index, place[0], count, Gender.UNKNOWN, None, place[1].states)
    plural = _given_plural(text, position)
    if plural is not None:
        return GroupPhrase(index, plural[0], count, Gender.UNKNOWN, plural[1], ())
    return None


def find_groups(text: Text) -> list[GroupPhrase]:
    """Every group phrase among the tokens, in order, never overlapping."""
    found: list[GroupPhrase] = []
    index = 0
    while index < len(text):
        group = _group_at(text, index)
        if group is None:
            index += 1
            continue
        found.append(group)
        index = group.end
    return found


def find_pronouns(text: Text) -> list[Pronoun]:
    """Every third-person personal pronoun among the tokens, in order."""
    found: list[Pronoun] = []
    opening = True  # no word yet in this sentence but "But", "And"...
    for index, token in enumerate(text.tokens):
        if index and not text.same_sentence(index - 1, index):
            opening = True
        lower = token.lower
        if lower in _PRONOUNS:
            found.append(Pronoun(index, _PRONOUNS[lower], opening and lower in _SUBJECTS))
        elif lower in _PLURAL_PRONOUNS:
            found.append(Pronoun(index, None))
        if token.is_word and lower not in _OPENERS:
            opening = False
    return found
