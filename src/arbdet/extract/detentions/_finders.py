"""The people finders the rules name (``people=...`` in ``rules.tsv``).

Each finder reads, for one rule's match on a detention word, the people the word is
about and, for a noun owned by a state ("Canada's arrest of X"), the token of that state.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ...model import Person
from .._numbers import word_value
from ..mentions import PersonMention
from ..patterns import Match
from ._adjuncts import late_object, late_of
from ._event import Event, Voice
from ._lexicon import Kind, phrases, words
from ._reading import PersonSlot, Reading, Trigger
from ._rules import noun_modifier
from ._syntax import (
    antecedent,
    coordinated_left,
    coordinated_right,
    inverted_subject,
    list_after,
    object_after,
    reduced_relative,
    skip_adverbs,
    subject_before,
)
from ._terms import is_term_word

__all__ = ["FINDERS", "Finder", "Found", "both", "heading_people", "opening"]

Found = tuple[list[PersonSlot], int | None]
Finder = Callable[[Reading, Trigger, Match, list[Event]], Found]
"""A people finder: the people a rule's match on a detention word is about, and the token
of a state that owns the word."""

_CLOSE = 6  # words between an event and a bare participle that goes with it
_IMMEDIATE = 7  # words between an active past tense and its object
_NEAR = 6  # words between "in exchange for" (or a passive verb) and the person
_TO_OBJECT = 4  # words between "clemency to" and the name ("to Canadian X")
_OWNER_REACH = 4  # words between a possessor and its noun ("Meng's sudden arrest")
_TERM_REACH = 4  # words before a sentence noun that give its term ("a 15-year sentence")
_NOUN_REACH = 4  # modifiers between a determiner and a noun
_DESCRIBED = 8  # tokens of the participle phrase before the name ("freed in the deal, X")
_ROLE_WORDS = 3  # words of a role before a name ("the engineer X", "former diplomat X")
_NOUN_PHRASE = 7  # tokens of a subject's noun phrase before its auxiliary
_GROUP_MIN = 2  # the smallest group read back from the people last named ("the two men")
_GROUP_MAX = 12  # the largest
_LIST_REACH = 8  # tokens of an unnamed object before the list that names it
_HEADING = 16  # tokens of a heading line that names people ("1. X and Y - North Korea, 2009")


def _unnamed_subject(view: Reading, auxiliary: int) -> bool:
    """Whether a noun that names no one stands right before an auxiliary.

    In "U.S. hostages were held at the embassy" the hostages were held, not someone
    named earlier in the sentence.
    """
    position = skip_adverbs(view, auxiliary - 1)
    while position >= view.first and (
        view.is_class(position, "be") or view.is_class(position, "have")
    ):
        position = skip_adverbs(view, position - 1)
    if not _common_noun(view, position):
        return False
    for back in range(position - 1, max(view.first - 1, position - _NOUN_PHRASE), -1):
        if view.person(back) is not None:
            return False  # "X of The Wall Street Journal was", "the teacher and her companion"
        if view.is_boundary(back) or view.is_class(back, "comma"):
            return True
    return True


def _common_noun(view: Reading, index: int) -> bool:
    """Whether token ``index`` is a word that names no one (not a name, place or pronoun)."""
    return (
        view.text(index)[:1].isalpha()
        and view.person(index) is None
        and not view.is_boundary(index)
        and not view.is_class(index, "conjunction")
        and not view.is_class(index, "pronoun")
        and not view.is_class(index, "preposition")
        and not view.is_class(index, "clause")
        and view.place(index) is None
    )


def _passive(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The subject of "was arrested", or the person right after it ("was arrested X")."""
    if _unnamed_subject(view, match.first):
        return [], None
    found = subject_before(view, match.first + 1)
    if not found and not view.is_class(trigger.end, "agent_by"):
        found = object_after(view, trigger.end, _NEAR)
    return found, None


def _relative_object(view: Reading, trigger: Trigger) -> list[PersonSlot]:
    """The people "whom" stands for when it opens the verb's clause ("X, whom police held")."""
    clause = view.clause_start(trigger.first)
    return antecedent(view, clause - 1) if view.is_class(clause - 1, "relative_object") else []


def _listed_object(view: Reading, index: int) -> list[PersonSlot]:
    """The people a list names after an unnamed object ("held 40 people, among them X")."""
    if not view.has("list_start", index, index + _LIST_REACH):
        return []
    return list_after(view, index)


def _object_late(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The object of an active verb, right after it or after its place and date.

    An unnamed object may be named by a list after it ("is holding three Americans: X, Y").
    """
    found = object_after(view, trigger.end) or late_object(view, trigger.end)
    return found or _relative_object(view, trigger) or _listed_object(view, trigger.end), None


def _object_near(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The object right after a past tense ("China detained X"), or the one "whom" names."""
    return object_after(view, trigger.end, _IMMEDIATE) or _relative_object(view, trigger), None


def _object_after(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The person after "in exchange for"."""
    return object_after(view, trigger.end, _NEAR), None


def _shared(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The people of the event whose subject a participle after "and" shares."""
    position = skip_adverbs(view, trigger.first - 1)
    if not view.is_class(position, "shared_link"):
        return [], None
    for event in reversed(earlier):
        if event.trigger.end > trigger.first:
            continue
        between = range(event.trigger.end, trigger.first)
        if any(view.person(i) is not None for i in between) or any(
            view.text(i) in (";", ":") for i in between
        ):
            return [], None
        if event.voice in (Voice.PASSIVE, Voice.REDUCED, Voice.SHARED, Voice.SUBJECT):
            return list(event.slots), None
        return [], None
    return [], None


def _after_comma(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The person right after the comma that ends the match ("Now free, X said")."""
    return object_after(view, match.stop, _NEAR), None


def _fronted(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The subject after a participle phrase that opens the sentence.

    "Arrested in October in Kazan, where she had gone to see her mother, X received six
    years": the first person right after a comma (and a role: "the engineer X"), past the
    phrase's own clauses.
    """
    for slot in view.persons():
        if slot.first < trigger.end:
            continue
        position = slot.first - 1
        while position > slot.first - _ROLE_WORDS and (
            view.is_class(position, "article") or view.text(position).islower()
        ):
            position -= 1  # "..., the engineer X"
        if view.lower(position) == ",":
            return ([] if view.is_possessor(slot.end) else coordinated_right(view, slot)), None
    return [], None


def _described(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The name after the participle phrase of an unnamed description.

    "A fourth man freed in the deal, X, chose to stay": X, the name after the comma that
    closes "freed in the deal".
    """
    for position in range(trigger.end, min(view.stop, trigger.end + _DESCRIBED)):
        if view.is_boundary(position) or view.person(position) is not None:
            return [], None
        if view.text(position) == ",":
            slot = _name_after_role(view, position + 1)
            return (coordinated_right(view, slot) if slot is not None else []), None
    return [], None


def _name_after_role(view: Reading, position: int) -> PersonSlot | None:
    """The name at ``position``, or after a few words of role or an organisation's name.

    "..., Wall Street Journal reporter X", "..., the engineer X".
    """
    for _ in range(_ROLE_WORDS + 1):
        slot = view.person(position)
        if slot is not None:
            return slot if slot.first == position and slot.people else None
        if view.in_org(position):
            position = next(i for i in range(position, view.stop + 1) if not view.in_org(i))
        elif view.text(position)[:1].isalpha() and not (
            view.is_boundary(position) or view.is_any(position, "preposition", "conjunction")
        ):
            position += 1  # "the engineer", "Daily Courier reporter"
        else:
            return None
    return None


def _reduced(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    return reduced_relative(view, trigger.first), None


def _inverted(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    return inverted_subject(view, trigger.end), None


def _subject(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    return subject_before(view, trigger.first), None


def _close(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The people of an event just before a bare participle, which describes them too.

    "X is on trial in Moscow accused of endangering police officers."
    """
    for event in reversed(earlier):
        between = range(event.trigger.end, trigger.first)
        if (
            event.slots
            and event.voice in (Voice.PASSIVE, Voice.SUBJECT, Voice.REDUCED, Voice.SHARED)
            and 0 <= trigger.first - event.trigger.end <= _CLOSE
            and not any(view.is_boundary(i) or view.person(i) is not None for i in between)
        ):
            return list(event.slots), None
    return [], None


def _list(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    return list_after(view, trigger.end), None


def _intransitive(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The person a state word is about: "X, behind bars", "X remains in custody"."""
    found = reduced_relative(view, match.first)
    if found:
        return found, None
    found = subject_before(view, match.first)
    if not found:
        found = list_after(view, match.stop) or inverted_subject(view, match.stop)
    return found, None


def _possessor(view: Reading, trigger: Trigger) -> Found:
    """The owner before a noun: "Meng's arrest", "their detention", "whose arrest".

    Returns the people and, when the owner is a state ("Canada's arrest"), its token.
    """
    position = trigger.first - 1
    steps = 0
    while (
        position >= view.first
        and steps < _OWNER_REACH
        and not view.is_class(position, "possessive_mark")
        and not view.is_class(position, "relative_owner")
        and not view.is_class(position, "determiner")
        and view.person_ending(position + 1) is None
        and not view.is_boundary(position)
        and view.text(position) not in ",;:"
    ):
        position -= 1
        steps += 1
    if view.is_class(position, "possessive_mark"):
        owner = view.person_ending(position)
        if owner is not None:
            return coordinated_left(view, owner), None
        place = view.place(position - 1)
        if place is not None and place.state is not None:
            return [], place.first
        return [], None
    if view.is_class(position, "relative_owner"):
        return antecedent(view, position), None
    owner = view.person_ending(position + 1)
    if owner is not None and owner.mention.text.lower() in words("possessive"):
        return [owner], None
    return [], None


def _noun(view: Reading, trigger: Trigger, match: Match, earlier: list[Event]) -> Found:
    """The person of a noun: "the arrest of X", "X's arrest", "gave him clemency"."""
    owners, state = _possessor(view, trigger)
    if view.is_class(trigger.end, "of") or view.is_class(trigger.end, "charged_party"):
        found = object_after(view, trigger.end + 1)
    elif owners:  # "X's detention in Moscow ... the case of Y": the "of" is another noun's
        found = []
    else:
        found = late_of(view, trigger.end)
    if found:
        return found, state
    if owners or state is not None:
        return owners, state
    indirect = view.person_ending(trigger.first)
    if indirect is not None and view.is_class(indirect.first - 1, "double_object"):
        return [indirect], None
    if view.is_class(trigger.end, "recipient"):
        following = object_after(view, trigger.end + 1, _TO_OBJECT)
        if following:
            return following, None
    before = range(max(view.first, trigger.first - _TERM_REACH), trigger.first)
    if (
        trigger.kind is Kind.SENTENCE
        and any(is_term_word(view, i) for i in before)
        and not any(view.in_trigger(i) for i in before)
    ):
        return subject_before(view, trigger.first), None
    return list_after(view, trigger.end), None


FINDERS: Mapping[str, Finder] = {
    "passive": _passive,
    "fronted": _fronted,
    "object": _object_late,
    "object_near": _object_near,
    "object_after": _object_after,
    "after_comma": _after_comma,
    "described": _described,
    "shared": _shared,
    "reduced": _reduced,
    "inverted": _inverted,
    "subject": _subject,
    "close": _close,
    "list": _list,
    "intransitive": _intransitive,
    "noun": _noun,
}
"""The finders by the name ``rules.tsv`` gives them."""


def _names_only(line: Reading, slots: list[PersonSlot]) -> bool:
    """Whether a line holds nothing but names, places, dates, numbers and punctuation."""
    named = {i for slot in slots for i in range(slot.first, slot.end)}
    for index in range(line.first, line.stop):
        text = line.text(index)
        if index in named or not text[:1].isalpha() or line.is_class(index, "coordinator"):
            continue
        if line.place(index) is None and line.date(index) is None:
            return False
    return True


def _named_slot(view: Reading, index: int) -> bool:
    """Whether a resolved mention that is no pronoun covers token ``index``."""
    slot = view.person(index)
    return (
        slot is not None
        and bool(slot.people)
        and slot.mention.text.lower() not in words("subject_pronoun")
    )


def heading_people(view: Reading, trigger: Trigger) -> list[PersonSlot]:
    """The people of a heading line just before a sentence told of "the ..." or "he".

    In a timeline or a newsletter ("Matthew Hedges - United Arab Emirates, 2018" or
    "Yang Hengjun." and then "The Durham University student was detained ..."), the line
    names whom the description or pronoun that opens the next sentence stands for.
    """
    index = view.sentence.index
    opener = view.first
    if index == 0 or not (
        view.is_class(opener, "definite") or view.is_class(opener, "subject_pronoun")
    ):
        return []
    if any(_named_slot(view, i) for i in range(opener + 1, trigger.first)):
        return []  # "The court told X ...": the sentence names its own people
    line = view.doc.sentences[index - 1]
    if line.stop - line.first > _HEADING:
        return []
    reading = Reading(view.whole, line)
    slots = [slot for slot in reading.persons() if slot.people]
    return slots if slots and _names_only(reading, slots) else []


def opening(view: Reading, trigger: Trigger) -> bool:
    """Whether a word opens its sentence, after a few modifiers ("Release of X came ...")."""
    position = trigger.first - 1
    steps = 0
    while (
        position >= view.first
        and steps < _NOUN_REACH
        and (noun_modifier(view.doc, position) or view.is_class(position, "adverb"))
    ):
        position -= 1
        steps += 1
    return position < view.first


def _group_size(view: Reading, start: int, end: int) -> tuple[int, int] | None:
    """The size and width of a group that opens a clause.

    "Both", "the pair", "the three men", "All five Americans".
    """
    if view.lower(start) in words("both"):
        return 2, 1
    return _named_group(view, start, end) or _counted_group(view, start, end)


def _named_group(view: Reading, start: int, end: int) -> tuple[int, int] | None:
    """The size and width of a group a noun names: "the pair", "the trio"."""
    joined = " ".join(view.lower(i) for i in range(start, min(end, start + 2)))
    if joined in phrases("pair"):
        return 2, 2
    if joined in phrases("trio"):
        return 3, 2
    return None


def _counted_group(view: Reading, start: int, end: int) -> tuple[int, int] | None:
    """The size and width of a group a number counts: "the three men", "all five"."""
    if view.lower(start) not in words("group_opener") or start + 1 >= end:
        return None
    size = word_value(view.lower(start + 1))
    if size is None or not _GROUP_MIN <= size <= _GROUP_MAX:
        return None
    following = start + 2
    place = view.place(following)
    if following < end and (
        view.is_class(following, "group_noun") or (place is not None and place.kind == "demonym")
    ):
        return int(size), 3  # "the three men", "all five Americans"
    return int(size), 2


def both(view: Reading, trigger: Trigger, recent: tuple[Person, ...]) -> list[PersonSlot]:
    """The people last named, when the clause opens with a group: "Both", "All three".

    "Both remain in custody", "All three went home", "The three men left Tehran";
    ``recent`` holds the people of the last events, most recent last.
    """
    start = view.clause_start(trigger.first)
    found = _group_size(view, start, trigger.first)
    if found is None:  # "The three men, who had been moved to a house, left Tehran"
        start = view.first
        found = _group_size(view, start, trigger.first)
    if found is None or len(recent) < found[0]:
        return []
    size, width = found
    group = recent[-size:]
    begin, stop = view.span(start, start + width)
    mention = PersonMention(begin, stop, view.doc.text[begin:stop], None, None, group)
    return [PersonSlot(start, start + width, group, mention)]
