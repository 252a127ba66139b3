"""Words that refer back to people: group phrases ("the two Michaels") and pronouns.

A group phrase is a determiner ("the", "these", "those", "both"), an optional number, an
optional demonym and a group noun: "the two men", "both men", "the pair", "the two
Canadians", "the two Canadian citizens", a given name in the plural after a number
("the two Michaels", also written "the two Michael" and "the two Michael's"), or a
capitalised plural after "the" alone ("the Michaels", "the Namazis"), which stands for
people mentioned together who share that given or family name. An epithet
of age stands for one person named just before: "the 42-year-old". This module only finds
them; :mod:`.coref` decides whom they mean.
"""

from __future__ import annotations

import functools
import re

import attrs

from ...model import State
from .._numbers import word_value
from .orgs import POSSESSIVE
from .view import Words, is_attributive, is_demonym
from .vocabulary import Gender, given_names, group_nouns, word_class

__all__ = ["Epithet", "GroupPhrase", "Pronoun", "find_epithets", "find_groups", "find_pronouns"]

_MAX_COUNT = 20  # "the two men" .. "the 20 detainees": larger numbers count no named group
_PLURAL_NAME_MIN = 4  # letters of the shortest plural name read as a group ("the Lis")
_AGE = re.compile(r"\d{1,3}-year-old")
_AGE_ANYWHERE = re.compile(r"-year-old", re.IGNORECASE)  # in the text of any token _AGE takes


@attrs.frozen
class GroupPhrase:
    """A group phrase over tokens ``[first, end)``.

    ``count`` is the number it gives, ``gender`` what its noun shows, ``given`` the given
    name all its members share ("Michael"), ``states`` the nationality it names;
    ``shared`` is a name all its members share, given or family ("the Namazis").
    """

    first: int
    end: int
    count: int | None
    gender: Gender
    given: str | None
    states: tuple[State, ...]
    shared: str | None = None


@attrs.frozen
class Epithet:
    """A definite description that refers back to one person: "the 42-year-old"."""

    first: int
    end: int


@attrs.frozen
class Pronoun:
    """A personal pronoun at token ``index``; ``gender`` is ``None`` for they/them/their.

    ``subject`` is set for "he"/"she" opening a sentence ("He said", "But she added").
    """

    index: int
    gender: Gender | None
    subject: bool = False


def _count(words: Words, index: int) -> int | None:
    word = words.word(index)
    value = word_value(word) if word and not words.glued(index) else None
    return value if value is not None and 2 <= value <= _MAX_COUNT else None


def _given_plural(words: Words, index: int) -> tuple[int, str] | None:
    """A given name in the plural ("Michaels", "Michael's", "Michael"): its end and the name."""
    word = words.word(index)
    if word.endswith("s") and word[:-1] in given_names():
        return index + 1, word[:-1]
    if word not in given_names():
        return None
    end = index + 1
    if words.word(end) in (POSSESSIVE, "'") and words.glued(end):
        end += 1
    return end, word


def _plural_name(words: Words, index: int) -> GroupPhrase | None:
    """A capitalised plural of a shared name after "the": "the Michaels", "the Namazis"."""
    position = index + 1
    word = words.word(position)
    if (
        words.lower[index] != "the"
        or len(word) < _PLURAL_NAME_MIN
        or not word[0].isupper()
        or not word.endswith("s")
        or words.glued(position + 1)
        or not words.same(index, position)
    ):
        return None
    return GroupPhrase(index, position + 1, None, Gender.UNKNOWN, None, (), word[:-1])


def _group_at(words: Words, index: int) -> GroupPhrase | None:
    determiner = words.lower[index]
    position = index + 1
    count = 2 if determiner == "both" else None
    number = _count(words, position) if determiner != "both" else None
    if number is not None:
        count, position = number, position + 1
    states: tuple[State, ...] = ()
    place = words.place_after(position)
    if place is not None and is_attributive(place[1]) and not place[1].text.endswith("s"):
        states, position = place[1].states, place[0]
    if not words.same(index, position):
        return None
    noun = group_nouns().get(words.lower[position])
    if noun is not None and (noun.alone or count is not None):
        count = count or noun.count
        return GroupPhrase(index, position + 1, count, noun.gender, None, states)
    if count is None or states:
        return None
    place = words.place_after(position)
    if place is not None and is_demonym(place[1]) and place[1].text.endswith("s"):
        return GroupPhrase(index, place[0], count, Gender.UNKNOWN, None, place[1].states)
    plural = _given_plural(words, position)
    if plural is not None:
        return GroupPhrase(index, plural[0], count, Gender.UNKNOWN, plural[1], ())
    return None


def _may_follow(words: Words, index: int) -> bool:
    """Whether the token after a determiner can go on into a group phrase (a cheap test)."""
    following = words.low(index + 1)
    return bool(following) and (
        following in group_nouns()
        or following in word_class("count")
        or following[0].isdigit()
        or words.places.index_at(index + 1) >= 0
        or (following.endswith("s") and words.word(index + 1)[0].isupper())
    )


def find_groups(words: Words) -> list[GroupPhrase]:
    """Every group phrase among the tokens, in order, never overlapping."""
    determiners = word_class("group_determiner")
    found: list[GroupPhrase] = []
    for index in [i for i, lower in enumerate(words.lower) if lower in determiners]:
        if (found and index < found[-1].end) or not _may_follow(words, index):
            continue
        group = _group_at(words, index) or _plural_name(words, index)
        if group is not None:
            found.append(group)
    return found


def _opens_sentence(words: Words, index: int) -> bool:
    """Whether only openers ("But", "And") and marks stand before ``index`` in its sentence."""
    openers = word_class("opener")
    first = words.doc.sentences[words.sentence[index]].first
    for before in range(index - 1, first - 1, -1):
        if words.text[before][0].isalpha() and words.lower[before] not in openers:
            return False
    return True


@functools.cache
def _pronoun_genders() -> dict[str, Gender | None]:
    genders: dict[str, Gender | None] = dict.fromkeys(word_class("pronoun_plural"))
    genders.update(dict.fromkeys(word_class("pronoun_male"), Gender.MALE))
    genders.update(dict.fromkeys(word_class("pronoun_female"), Gender.FEMALE))
    return genders


def find_pronouns(words: Words) -> list[Pronoun]:
    """Every third-person personal pronoun among the tokens, in order."""
    genders = _pronoun_genders()
    subjects = word_class("subject_pronoun")
    return [
        Pronoun(
            index,
            genders[lower],
            lower in subjects and _opens_sentence(words, index),
        )
        for index, lower in enumerate(words.lower)
        if lower in genders
    ]


def find_epithets(words: Words) -> list[Epithet]:
    """Every epithet of age after "the" ("the 42-year-old"), in order."""
    if _AGE_ANYWHERE.search(words.doc.text) is None:
        return []  # most articles give no age: one search of the text, not a look at each token
    return [
        Epithet(index - 1, index + 1)
        for index, lower in enumerate(words.lower)
        if lower[0].isdigit()
        and _AGE.fullmatch(lower)
        and words.low(index - 1) == "the"
        and _alone(words, index + 1)
    ]


def _alone(words: Words, following: int) -> bool:
    """Whether an epithet stands alone: no noun follows it ("the 78-year-old | campaigner")."""
    word = words.low(following)
    return not word or not word[0].isalpha() or word in word_class("after_noun")
