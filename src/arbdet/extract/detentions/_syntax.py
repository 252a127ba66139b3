"""Who a detention word is about: the person held, found from the words around it.

No parser is used, only the shape of news sentences:

- a passive verb takes its subject: the nearest person to its left in the clause, with
  the people coordinated with them ("Kovrig, a former diplomat, and Spavor were
  detained"); in a relative clause, the person the "who" refers to;
- an active verb takes its object: the first person after it ("China detained two
  Canadians, Michael Kovrig and Michael Spavor");
- a participle right after a person or their apposition qualifies them ("Vadim Krasikov,
  a Russian jailed in Germany"); one after "and" shares the subject of the verb before it
  ("was arrested in 2016 and sentenced to five years");
- a noun takes "of" and a person, or a possessor ("the arrest of Meng", "Meng's arrest",
  "whose arrest", "their detention");
- words that describe a state of the person ("behind bars", "flew home") take the subject.

Unresolved mentions (an unnamed official) count as people here, so an unnamed subject is
never skipped in favour of a named person further away; they are simply not recorded.
The words these shapes are made of are word classes of ``words.tsv``.
"""

from __future__ import annotations

from ._lexicon import words
from ._reading import DateSlot, PersonSlot, Reading

__all__ = [
    "antecedent",
    "coordinated_left",
    "coordinated_right",
    "elided",
    "inverted_subject",
    "list_after",
    "object_after",
    "reduced_relative",
    "skip_adverbs",
    "skip_forward",
    "subject_before",
]

_MAX_GAP = 5  # role words between "and" and the next name ("and former diplomat X")
_MAX_APPOSITION = 24  # tokens of an apposition between commas
_MAX_ANTECEDENT = 18  # tokens between a name and its "who"
_MAX_OBJECT = 12  # tokens between an active verb and its object
_MAX_DESCRIBED = 9  # tokens between a preposition and the comma naming the object
_MAX_REDUCED = 8  # tokens of an apposition before a reduced relative
_GERUND = 4  # an -ing word is longer than this ("during" is not one, "listening" is)
_CLOSERS = frozenset(';:()"')


def _gerund(word: str) -> bool:
    return word.endswith("ing") and len(word) > _GERUND


def skip_adverbs(view: Reading, index: int) -> int:
    """The first token at or left of ``index`` that is not an adverb, negation or quote."""
    while view.is_any(index, "adverb", "negation", "quote"):
        index -= 1
    return index


def skip_forward(view: Reading, index: int) -> int:
    """The first token at or after ``index`` that is not an adverb."""
    while index < view.stop and view.is_class(index, "adverb"):
        index += 1
    return index


def _gap_word(view: Reading, index: int) -> bool:
    """Whether token ``index`` may stand between "and" and a name (a role word)."""
    text = view.text(index)
    slot = view.person(index)
    return (
        not view.is_class(index, "comma")
        and (text[:1].isalnum() or text == ".")
        and not view.is_boundary(index)
        and not view.is_class(index, "preposition")
        and not view.is_class(index, "be")
        and not view.is_class(index, "have")
        and (slot is None or _determiner_pronoun(view, slot))
        and not view.is_class(index, "conjunction")
        and not (text.islower() and text.endswith("ed"))
        and not view.in_trigger(index)
    )


def _eligible(view: Reading, slot: PersonSlot, start: int | None = None) -> bool:
    """Whether a person mention can be a subject (not "X's", not after "of", not "him").

    A preposition right before the clause (``start``) is a subordinator ("before she was").
    """
    start = view.first if start is None else start
    if view.is_possessor(slot.end) or slot.mention.text.lower() in words("object_pronoun"):
        return False
    before = slot.first - 1
    owner = view.person(before)
    if owner is not None and _determiner_pronoun(view, owner):
        before = owner.first - 1  # "for his son": the preposition comes before "his"
    if view.is_class(before, "accompanying") and _gerund(view.lower(slot.end)):
        return True  # "with Spavor listening to an 11-year sentence"
    return slot.first <= start or not view.is_class(before, "preposition")


def coordinated_right(view: Reading, slot: PersonSlot) -> list[PersonSlot]:
    """``slot`` and the people coordinated after it ("X, Y and Z", "X, a ..., and Y")."""
    found = [slot]
    current = slot
    while True:
        following = _next_coordinated(view, current.end)
        if following is None or following in found:
            return found
        found.append(following)
        current = following


def _next_coordinated(view: Reading, position: int) -> PersonSlot | None:
    """The next person joined to the one ending before token ``position``."""
    if view.is_class(position, "coordinator"):
        return _after_gap(view, position + 1)
    if not view.is_class(position, "comma"):
        return None
    if view.is_class(position + 1, "coordinator"):
        return _after_gap(view, position + 2)
    direct = _after_gap(view, position + 1)
    if direct is not None:
        return direct
    close = _apposition_end(view, position + 1)  # "X, a businessman, and Y"
    if close is None or not view.is_class(close + 1, "coordinator"):
        return None
    return _after_gap(view, close + 2)


def _after_gap(view: Reading, position: int) -> PersonSlot | None:
    """A person starting at ``position`` after at most a few role words (and one comma)."""
    count = 0
    while count <= _MAX_GAP:
        slot = view.person(position)
        if slot is not None:
            if slot.first != position or view.is_possessor(slot.end) or _alias(view, position):
                return None
            return slot
        if position >= view.stop:
            return None
        if view.text(position) == "," and view.person(position + 1) is not None:
            position += 1
            continue
        if not _gap_word(view, position):
            return None
        if view.text(position) != ".":
            count += 1
        position += 1
    return None


def _alias(view: Reading, position: int) -> bool:
    """Whether the name at token ``position`` is another name ("also known as X")."""
    before = position - 1
    if view.is_class(before, "alias_link"):
        before -= 1
    return view.is_class(before, "alias")


def _apposition_end(view: Reading, position: int) -> int | None:
    """The comma or dash that closes an apposition starting at ``position``."""
    for index in range(position, min(view.stop, position + _MAX_APPOSITION)):
        if view.is_class(index, "comma"):
            return index
        if view.text(index) in _CLOSERS or view.is_class(index, "speech"):
            return None
    return None


def _apposition_start(view: Reading, end: int) -> int | None:
    """The comma or dash that opens an apposition closed by the comma at ``end``."""
    for index in range(end - 1, max(view.first - 1, end - _MAX_APPOSITION), -1):
        if view.is_class(index, "comma"):
            return index
        if view.text(index) in _CLOSERS or view.is_class(index, "speech"):
            return None
    return None


def coordinated_left(
    view: Reading, slot: PersonSlot, *, appositions: bool = True
) -> list[PersonSlot]:
    """``slot`` and the people coordinated before it, in text order.

    Without ``appositions``, only people joined directly ("X and Y") count, not across a
    description ("X, a businessman, and Y").
    """
    found = [slot]
    current = slot
    while True:
        previous = _previous_coordinated(view, current.first, appositions=appositions)
        if previous is None or previous in found:
            break
        found.insert(0, previous)
        current = previous
    return found


def _previous_coordinated(
    view: Reading, first: int, *, appositions: bool = True
) -> PersonSlot | None:
    """The person joined before the one starting at token ``first``."""
    position = first - 1
    steps = 0
    while position >= view.first and steps < _MAX_GAP and _gap_word(view, position):
        position -= 1
        steps += 1
    if position < view.first:
        return None
    if view.is_class(position, "coordinator"):
        position -= 1
        if position >= view.first and view.is_class(position, "comma"):
            return _joined_at(view, position - 1, position, appositions=appositions)
        return _joined_at(view, position, None, appositions=appositions)
    if view.text(position) == ",":
        position -= 1
        if view.person_ending(position + 1) is None:
            return _before_role(view, position)  # "X and his father, Y"
        return _joined_at(view, position, None, appositions=appositions)
    return None


def _joined_at(
    view: Reading, position: int, comma: int | None, *, appositions: bool
) -> PersonSlot | None:
    """The person ending at token ``position``, joined by "and" (after ``comma``, if any)."""
    if position < view.first:
        return None
    candidate = view.person_ending(position + 1)
    if candidate is not None and comma is not None and _alias(view, candidate.first):
        return _before_apposition(view, comma)  # "X, also known as Y, and Z"
    if candidate is not None and (candidate.people or comma is None):
        return None if view.is_possessor(candidate.end) else candidate
    return None if comma is None or not appositions else _before_apposition(view, comma)


def _before_role(view: Reading, last: int) -> PersonSlot | None:
    """The person joined before a role that ends at token ``last`` ("X and his father")."""
    position = last
    while position >= view.first and last - position < _MAX_GAP and _gap_word(view, position):
        position -= 1
    if position == last or not view.is_class(position, "coordinator"):
        return None
    candidate = view.person_ending(position)
    if candidate is None or not candidate.people or view.is_possessor(candidate.end):
        return None
    return candidate


def _before_apposition(view: Reading, close: int) -> PersonSlot | None:
    """The person before an apposition that the comma at ``close`` ends."""
    opening = _apposition_start(view, close)
    if opening is None:
        return None
    candidate = view.person_ending(opening)
    return candidate if candidate is not None and not view.is_possessor(candidate.end) else None


def antecedent(view: Reading, relative: int) -> list[PersonSlot]:
    """The people a relative pronoun at token ``relative`` refers to ("X, who ...")."""
    for index in range(relative - 1, max(view.first - 1, relative - _MAX_ANTECEDENT), -1):
        if view.text(index) in _CLOSERS:
            return []
        slot = view.person(index)
        if slot is None:
            continue
        if view.is_possessor(slot.end):
            return []  # "the nephews of Maduro's wife, who": not Maduro
        if not slot.people and view.lower(slot.first - 1) == ",":
            named = view.person_ending(slot.first - 1)
            if named is not None and named.people:
                slot = named
        plural = view.is_class(skip_forward(view, relative + 1), "plural_verb")
        return coordinated_left(view, slot, appositions=plural)
    return []


def _comma_before(view: Reading, index: int) -> int | None:
    """The nearest comma before token ``index`` within an apposition's length."""
    for position in range(index - 1, max(view.first - 1, index - _MAX_APPOSITION), -1):
        if view.is_class(position, "comma"):
            return position
        if view.text(position) in ";:()":
            return None
    return None


def _subject_start(view: Reading, index: int) -> tuple[int, int | None]:
    """Where the clause of token ``index`` begins, skipping finished relative clauses.

    A relative clause or apposition closed before ``index`` ("Saab, a businessman who
    prosecutors say made a fortune, was arrested") does not end the clause. Returns the
    first token and, when the clause is a relative one, the index of its relative pronoun.
    """
    position = index - 1
    while position >= view.first:
        if view.is_boundary(position):
            closed = any(view.is_class(i, "comma") for i in range(position + 1, index))
            relative = view.is_class(position, "relative_person")
            if closed:
                opening = _comma_before(view, position)
                if opening is not None and view.person_ending(opening) is not None:
                    position = opening - 1
                    continue
                if relative or view.is_class(position, "relative_thing"):
                    position -= 1
                    continue
            return position + 1, position if relative else None
        position -= 1
    return view.first, None


def _outer(view: Reading, slot: PersonSlot, start: int) -> PersonSlot:
    """The person an apposition holding ``slot`` describes ("Meng, the daughter of X, is").

    A description without a name ("Yang, a former official who became ... a writer of
    novels, was detained") stands for the name before it too.
    """
    if view.lower(slot.end) != ",":
        if not slot.people:
            opening = _comma_before(view, slot.first)
            outer = view.person_ending(opening) if opening is not None else None
            if outer is not None and outer.people and opening is not None and opening >= start:
                return outer
        return slot
    opening = _apposition_start(view, slot.end)
    if opening is None or opening < start:
        return slot
    outer = view.person_ending(opening)
    return outer if outer is not None and outer.people else slot


def _gerund_opening(view: Reading, start: int, index: int) -> int | None:
    """The subordinator of an "after landing" phrase holding token ``index``, if any."""
    for position in range(index - 1, start, -1):
        if (
            view.is_class(position, "clause")
            and _gerund(view.lower(position + 1))
            and view.person(position + 1) is None
        ):
            return position
    return None


def _clause_subject(view: Reading, start: int, end: int) -> list[PersonSlot]:
    """The person opening the clause at ``start``, when one does, before token ``end``.

    The subject of "X hugged her daughter, after landing in London" is X, not the
    daughter nearer the participle.
    """
    position = skip_forward(view, start)
    slot = view.person(position)
    if slot is None or slot.first != position or slot.end > end or not slot.people:
        return []
    if not _eligible(view, slot, start):
        return []
    return coordinated_right(view, slot)


def _owner_in_object(view: Reading, slot: PersonSlot, index: int) -> bool:
    """Whether ``slot`` is a possessive in the object of a verb before "and" and ``index``.

    In "X served his term and was released" the subject is X, not "his".
    """
    return (
        slot.end == slot.first + 1
        and view.is_class(slot.first, "possessive")
        and view.has("coordinator", slot.end, index)
    )


def subject_before(view: Reading, index: int) -> list[PersonSlot]:
    """The subject of the clause that token ``index`` belongs to, as people."""
    start, relative = _subject_start(view, index)
    opening = _gerund_opening(view, start, index)
    if opening is not None and relative is None:
        found = _clause_subject(view, start, opening)
        if found:
            return found
    owner: list[PersonSlot] = []  # "his" in "X served his term and was freed": X, if named
    for position in range(index - 1, start - 1, -1):
        if view.is_class(position, "pronoun") and view.person(position) is None:
            return owner  # someone the people layer could not name
        slot = view.person_ending(position + 1)
        if slot is None or slot.first < start:
            continue
        if not _eligible(view, slot, start):
            continue
        if _owner_in_object(view, slot, index):
            owner = owner or coordinated_left(view, _outer(view, slot, start))
            continue
        return coordinated_left(view, _outer(view, slot, start))
    if owner:
        return owner
    if relative is not None:
        return antecedent(view, relative)
    return []


def object_after(view: Reading, index: int, limit: int = _MAX_OBJECT) -> list[PersonSlot]:
    """The first person after token ``index`` in its clause, with those coordinated.

    ``limit`` counts words (full stops are free). The search stops at a new clause,
    another detention word or a preposition, except that an object described first and
    named after a comma is found ("an executive at Huawei, Meng Wanzhou"), as is the
    name after an unnamed role ("the finance chief of Huawei, Meng Wanzhou").
    """
    described = view.is_class(index, "determiner") or view.lower(index).isdigit()
    count = 0
    position = index
    while position < view.stop and count < limit:
        found, position, counted = _object_step(view, index, position, described)
        if found is not None:
            return found
        count += counted
    return []


def _object_step(
    view: Reading, index: int, position: int, described: bool
) -> tuple[list[PersonSlot] | None, int, int]:
    """One step of :func:`object_after` at ``position``.

    The people found (``[]`` to stop with none, ``None`` to go on), where to go on, and
    whether a word was passed.
    """
    text = view.text(position)
    if view.is_class(position, "quote") or text == ".":
        return None, position + 1, 0
    if position > index and (view.is_boundary(position) or view.starts_trigger(position)):
        return [], position, 0
    if text == "," and not _introduces_names(view, position - 1):
        named = view.person(position + 1)
        described = described and named is not None and named.first == position + 1
        return (coordinated_right(view, named) if described and named else []), position, 0
    slot = view.person(position)
    if slot is not None:
        if _determiner_pronoun(view, slot):
            return None, slot.end, 1
        return _object_person(view, slot), position, 1
    found = None
    if view.is_class(position, "preposition") and not view.is_class(position, "list_start"):
        found = _named_after_comma(view, position) if described else []
    return found, position + 1, 1


def _object_person(view: Reading, slot: PersonSlot) -> list[PersonSlot]:
    """The people an object's mention gives ("Meng's" none; "the wife of X", X)."""
    if view.is_possessor(slot.end):
        return []
    if not slot.people and view.is_class(slot.end, "of"):
        return _named_after_comma(view, slot.end) or coordinated_right(view, slot)
    return coordinated_right(view, slot)


def _determiner_pronoun(view: Reading, slot: PersonSlot) -> bool:
    """Whether a pronoun mention is a possessive before a noun ("his companion X")."""
    if slot.mention.text.lower() not in words("possessive"):
        return False
    following = view.text(slot.end)
    return (
        following[:1].isalpha()
        and not view.is_class(slot.end, "preposition")
        and not view.is_class(slot.end, "determiner")
        and not view.is_boundary(slot.end)
        and not view.is_class(slot.end, "conjunction")
    )


def _introduces_names(view: Reading, index: int) -> bool:
    """Whether the words ending at ``index`` announce names ("two Canadians, X and Y")."""
    place = view.place(index)
    return (place is not None and place.kind == "demonym") or view.is_class(index, "group_noun")


def _named_after_comma(view: Reading, index: int) -> list[PersonSlot]:
    """A person right after the next comma: the name of an object described before it."""
    for position in range(index, min(view.stop, index + _MAX_DESCRIBED)):
        if view.is_boundary(position) or view.starts_trigger(position):
            return []
        if position > index and view.is_class(position, "preposition"):
            return []
        if view.text(position) == ",":
            slot = view.person(position + 1)
            if slot is not None and slot.first == position + 1:
                return coordinated_right(view, slot)
            return []
    return []


def list_after(view: Reading, index: int) -> list[PersonSlot]:
    """People a list introduces after token ``index``: ", among them X", "including X", ": X"."""
    opening = view.positions("list_start", index)
    if not opening or any(view.has(name, index, opening[0]) for name in ("list_stop", "speech")):
        return []
    start = opening[0] + 1
    if view.is_class(opening[0], "among") and view.is_class(start, "among_them"):
        start += 1
    return object_after(view, start, _MAX_GAP + 2)


def reduced_relative(view: Reading, index: int) -> list[PersonSlot]:
    """The person a participle at token ``index`` qualifies ("X, a Russian jailed in ...")."""
    position = skip_adverbs(view, index - 1)
    slot = view.person_ending(position + 1)
    if slot is not None and slot.mention.text.lower() in words("subject_pronoun"):
        return []  # "Americans he grabbed": he is the one who acts
    if slot is not None and not view.is_possessor(slot.end):
        return coordinated_left(view, slot)
    if position >= view.first and view.is_class(position, "comma"):
        slot = view.person_ending(position)
        if slot is not None:
            return coordinated_left(view, slot)
    return _described_before(view, position)


def _aged(view: Reading, comma: int) -> PersonSlot | None:
    """The person before an age between commas ending at ``comma``: "X, 51, a lawyer"."""
    if view.text(comma - 1).isdigit() and view.is_class(comma - 2, "comma"):
        return view.person_ending(comma - 2)
    return None


def _described_before(view: Reading, position: int) -> list[PersonSlot]:
    """The people a description ending at ``position`` stands after ("Y, a Russian ...").

    "Y and Z, two veterans arrested in 2020": the people the description after the
    comma is about, not someone described earlier ("X, a ..., and Y and Z").
    """
    for back in range(position, max(view.first - 1, position - _MAX_REDUCED), -1):
        if view.is_class(back, "comma"):
            slot = view.person_ending(back) or _aged(view, back)
            pair = view.has("pair_noun", back + 1, position + 1)  # "X and Y, a Russian couple"
            if slot is None or (view.is_class(back + 1, "singular_article") and not pair):
                # "X, and Y, an Iranian diplomat jailed in Belgium": only Y
                return [] if slot is None else [slot]
            return coordinated_left(view, slot, appositions=False)
        if (
            view.is_boundary(back)
            or view.is_class(back, "be")
            or view.is_class(back, "have")
            or view.is_class(back, "reduced_stop")
            or view.person(back) is not None
            or view.in_trigger(back)
        ):
            return []
    return []


def inverted_subject(view: Reading, end: int) -> list[PersonSlot]:
    """The person after "was" in "Among those freed (by Russia) was X".

    ``end`` is where the verb ends.
    """
    for position in range(end, min(view.stop, end + _MAX_GAP)):
        if view.is_boundary(position) or view.person(position) is not None:
            return []
        if view.is_class(position, "be"):
            if view.person(position + 1) is not None:
                return object_after(view, position + 1, 2)
            return []
    return []


def _date_from(view: Reading, position: int) -> DateSlot | None:
    """The date starting at token ``position``, or after one preposition there."""
    if view.is_class(position, "ellipsis_link"):
        position += 1
    return view.date(position)


def elided(view: Reading, index: int) -> tuple[PersonSlot, DateSlot | None] | None:
    """A person sharing the verb before token ``index`` in a clause without one.

    "X has been held since 2020, and the writer Y since 2019": Y, with the date of the
    shortened clause. The clause must end at the name, or go on with a date only.
    """
    position = index
    while position < view.stop - 1:
        skipped = _date_from(view, position)
        if skipped is not None:  # "since 2020" goes with the verb, not a new clause
            position = skipped.end
            continue
        if view.is_boundary(position) or view.in_trigger(position):
            return None
        position += 1
        if not view.is_class(position - 1, "coordinator") or view.text(position - 2) != ",":
            continue
        slot = _after_gap(view, position)
        if slot is None or not slot.people:
            return None
        date = _date_from(view, slot.end)
        rest = date.end if date is not None else slot.end
        if rest < view.stop and not (view.is_boundary(rest) or view.text(rest) in ".!?"):
            return None
        return slot, date
    return None
