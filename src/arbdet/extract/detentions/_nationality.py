"""Nationalities the people layer leaves unread, from the phrasings common in detention news.

- a list of states before "citizenship", "nationality", "passports", "citizens",
  "nationals" ("who holds U.S. and Russian citizenship", "a Kremlin critic with Russian
  and British citizenship", "Swedish citizens X and Y", "two British-Iranian dual
  nationals"), or "a citizen of Russia";
- a demonym before a name, with at most a few occupation words between ("Canadian Robert
  Schellenberg", "Canadians X and Y", "Belarusian opposition journalist X");
- a demonym that introduces names after a comma, a colon or "among them" ("two
  Canadians, X and Y", "Three other Americans remain in custody: X, Y and Z", "another
  Australian held in China, the writer X");
- a group with a demonym that a verb of being names ("The Iranians freed by Washington
  are X, Y and Z");
- a demonym in an apposition after a name ("X, a Swedish-Iranian, was detained", "X and
  Y, the two Canadians held ...", "X, the Iranian diplomat");
- a demonym inside a mention of the person ("the British-Iranian charity worker").

A demonym of a former office ("a former Chinese official") or before an office ("Chinese
Foreign Minister", "Canadian foreign ministry spokeswoman") is not a nationality. The
words are the ``nationality_*`` classes of ``words.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...model import Person, State
from ..mentions import PlaceKind
from ..places import PLACES
from ._lexicon import custody_role, words
from ._reading import PersonSlot, Reading, StateSlot
from ._syntax import antecedent, coordinated_left, coordinated_right, list_after, subject_before

__all__ = ["read_nationalities"]

_MAX_ROLE = 3  # occupation words between a demonym and a name
_MAX_DESCRIPTION = 8  # words between a demonym noun and the comma before the name
_MAX_WITH = 12  # tokens between a name and "with ... citizenship"
_MAX_VERB = 3  # words between "who" and the nationality ("who also holds")
_SHORT_NAME = 3  # letters of a state's short name used as a demonym ("U.S.", "UK")

Found = tuple[list[PersonSlot], tuple[State, ...]]


def _states(slots: Sequence[StateSlot]) -> tuple[State, ...]:
    return tuple(dict.fromkeys(s for slot in slots for s in slot.states))


def _attributive(slot: StateSlot) -> bool:
    """A demonym, or a short name used as one ("U.S.", "UK")."""
    if slot.kind == "demonym":
        return True
    letters = slot.text.replace(".", "")
    return slot.kind == "name" and letters.isupper() and len(letters) <= _SHORT_NAME


def _list_before(view: Reading, index: int) -> list[StateSlot]:
    """The states written as a list before token ``index`` ("U.S., British and Irish")."""
    found: list[StateSlot] = []
    position = index - 1
    while position >= view.first:
        slot = view.place(position)
        if slot is not None and slot.kind in ("demonym", "name"):
            found.insert(0, slot)
            position = slot.first - 1
            continue
        if view.is_class(position, "nationality_list"):
            position -= 1
            continue
        break
    return found


def _nearest_before(view: Reading, index: int, limit: int) -> PersonSlot | None:
    for position in range(index - 1, max(view.first - 1, index - 1 - limit), -1):
        if view.text(position) in (";", ":", "(", ")"):
            return None
        slot = view.person(position)
        if slot is not None and slot.people and not view.is_possessor(slot.end):
            return slot
    return None


def _owners_after(view: Reading, noun: int) -> list[PersonSlot]:
    """Owners named after the noun: "citizens X and Y", "citizens: X", "a citizen, X"."""
    following = view.person(noun + 1)
    if following is not None and following.first == noun + 1:
        return coordinated_right(view, following)
    if view.is_class(noun, "citizens_plural"):
        listed = list_after(view, noun + 1)
        if listed:
            return listed
    if view.lower(noun + 1) == ",":
        named = _name_after(view, noun + 2)
        if named is not None:
            return [named]
    return []


def _owners_before(view: Reading, first: int, noun: int) -> list[PersonSlot]:
    """Owners named before the words: "X, a citizen", "X is a citizen", "X, who holds"."""
    opening = first - 1
    while opening >= view.first and view.is_class(opening, "nationality_opener"):
        opening -= 1
    owner = view.person_ending(opening) if view.is_class(opening, "comma") else None
    if owner is not None:
        return coordinated_left(view, owner) if view.is_class(noun, "citizens_plural") else [owner]
    if view.is_class(opening, "copula"):
        return subject_before(view, opening)
    start = view.clause_start(first)
    if start > view.first and view.is_class(start - 1, "relative_person"):
        return antecedent(view, start - 1) if first - start <= _MAX_VERB else []
    if view.is_class(first - 1, "holding"):
        found = _nearest_before(view, first, _MAX_WITH)
        return [found] if found is not None else []
    return []


def _owners(view: Reading, first: int, noun: int) -> list[PersonSlot]:
    """Whose nationality the words ``[first, noun]`` give."""
    return _owners_after(view, noun) or _owners_before(view, first, noun)


def _name_after(view: Reading, position: int) -> PersonSlot | None:
    """A name (not a pronoun) within a few words of ``position`` ("the writer Yang")."""
    for index in range(position, min(view.stop, position + _MAX_ROLE)):
        slot = view.person(index)
        if slot is not None:
            text = slot.mention.text
            named = slot.people and text[:1].isupper() and text.lower() not in words("pronoun")
            return slot if named and slot.first == index else None
        if (
            not view.text(index)[:1].isalpha()
            or view.is_class(index, "conjunction")
            or view.is_class(index, "preposition")
        ):
            return None  # "..., except for X", "..., and X": not the group's name
    return None


def _citizenship(view: Reading) -> Iterator[Found]:
    for index in view.positions("citizenship"):
        listed = _list_before(view, index)
        if listed:
            yield _owners(view, listed[0].first, index), _states(listed)
        elif view.is_class(index, "citizen_of") and view.is_class(index + 1, "of"):
            slot = view.place(index + 2)
            if slot is not None and slot.kind == "name":
                yield _owners(view, index, index), slot.states


def _before_names(view: Reading, states: list[StateSlot]) -> Iterator[Found]:
    """A demonym before names: "Canadian Robert Schellenberg", "Belarusian journalist X"."""
    for slot in states:
        if slot.kind != "demonym" or view.is_class(slot.first - 1, "former"):
            continue
        position = slot.end
        for _ in range(_MAX_ROLE + 1):
            person = view.person(position)
            if person is not None:
                if person.first == position:
                    plural = slot.text.endswith("s")
                    owners = coordinated_right(view, person) if plural else [person]
                    yield owners, slot.states
                break
            text = view.text(position)
            if (
                not text.islower()
                or view.is_class(position, "office")
                or view.is_class(position, "preposition")
                or view.is_class(position, "be")
                or view.in_trigger(position)
            ):
                break
            position += 1


def _custody_before(view: Reading, position: int) -> bool:
    """Whether a demonym before ``position`` describes a custody noun ("a Russian penal colony")."""
    for index in range(position, min(view.stop, position + _MAX_ROLE)):
        if custody_role(view.text(index)) is not None:
            return True
        if not view.text(index).islower() or view.in_trigger(index):
            return False
    return False


def _introducing(view: Reading, states: list[StateSlot]) -> Iterator[Found]:
    """A demonym that names come after: "two Canadians, X and Y"."""
    for slot in states:
        if slot.kind != "demonym" or not view.is_class(slot.first - 1, "nationality_opener"):
            continue
        if view.is_class(slot.first - 2, "definite"):
            continue
        position = slot.end
        if view.is_class(position, "nationality_group"):
            position += 1
        if _custody_before(view, position):
            continue  # "after a year in a Russian penal colony, X": the colony's state
        for index in range(position, min(view.stop, position + _MAX_DESCRIPTION)):
            if view.is_class(index, "comma"):
                following = _name_after(view, index + 1)
                if following is not None:
                    yield coordinated_right(view, following), slot.states
                break
            if view.person(index) is not None or view.is_boundary(index):
                break


def _named_as(view: Reading, states: list[StateSlot]) -> Iterator[Found]:
    """A group with a demonym that a verb of being then names.

    "The Iranian nationals freed by Washington are X, Y and Z", "The Americans released
    included X and Y".
    """
    for slot in states:
        if slot.kind != "demonym" or not view.is_class(slot.first - 1, "definite"):
            continue
        for index in range(slot.end, min(view.stop, slot.end + _MAX_DESCRIPTION)):
            if view.person(index) is not None or view.is_boundary(index):
                break
            if view.is_class(index, "naming_verb"):
                following = _name_after(view, index + 1)
                if following is not None:
                    yield coordinated_right(view, following), slot.states
                break


def _listed(view: Reading, states: list[StateSlot]) -> Iterator[Found]:
    """The first plural demonym of a list: "Other Canadians remain held, among them X"."""
    for slot in states:
        if slot.kind == "demonym" and slot.text.endswith("s"):
            if any(view.person(i) is not None for i in range(view.first, slot.first)):
                return
            people = list_after(view, slot.end)
            if people:
                yield people, slot.states
            return


def _apposition(view: Reading, states: list[StateSlot]) -> Iterator[Found]:
    """A demonym in an apposition: "X, a Swedish-Iranian, was detained".

    "former" may stand before a demonym whose noun is no office ("X, the former U.S.
    Marine"): it qualifies the noun, not the nationality.
    """
    for slot in states:
        if not _attributive(slot):
            continue
        last = slot.first - 1
        if view.is_class(last, "former") and not view.is_class(slot.end, "office"):
            last -= 1
        position = last
        while position >= view.first and view.is_class(position, "nationality_opener"):
            position -= 1
        if position == last or not view.is_class(position, "comma"):
            continue
        owner = view.person_ending(position)
        if owner is None:
            continue
        if view.is_class(position + 1, "singular_article"):
            yield [owner], slot.states  # "X, and Y, an Iranian with dual nationality"
        else:
            yield coordinated_left(view, owner), slot.states


def _appositive_owner(view: Reading, first: int) -> PersonSlot | None:
    """The named person before ", a" / ", another" that opens tokens from ``first``."""
    position = first - 1
    while position >= view.first and view.is_class(position, "nationality_opener"):
        position -= 1
    if position == first - 1 or position < view.first or not view.is_class(position, "comma"):
        return None
    owner = view.person_ending(position)
    return owner if owner is not None and owner.people else None


def _inside(view: Reading) -> Iterator[Found]:
    """A demonym inside a mention of the person ("the British-Iranian charity worker").

    A description the people layer left unresolved gives its nationality to the name it
    stands in apposition to ("Trevor Reed, another American veteran, ...").
    """
    places = view.doc.layer(PLACES)
    for mention in view.persons():
        slot = mention if mention.people else _appositive_owner(view, mention.first)
        if slot is None:
            continue
        for number, place in places.within(mention.first, mention.end):
            if place.kind is not PlaceKind.DEMONYM:
                continue
            first, end = places.tokens_of(number)
            if end > mention.end:
                continue
            if first > mention.first and view.is_class(first - 1, "former"):
                continue
            if end < mention.end and view.is_class(end, "office"):
                continue
            yield [slot], place.states


def read_nationalities(view: Reading) -> list[tuple[Person, tuple[State, ...]]]:
    """The nationalities one sentence gives its people, in the order read."""
    found: list[tuple[Person, tuple[State, ...]]] = []
    if not any(True for _ in view.doc.layer(PLACES).within(view.first, view.stop)):
        return found  # every reading needs a state's name or demonym
    states = view.states()
    readers = (
        _citizenship(view),
        _before_names(view, states),
        _introducing(view, states),
        _named_as(view, states),
        _listed(view, states),
        _apposition(view, states),
        _inside(view),
    )
    for reader in readers:
        for owners, nationality in reader:
            for slot in owners:
                found.extend((person, nationality) for person in slot.people)
    return found
