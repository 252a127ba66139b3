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
"""

from __future__ import annotations

from ._detention_lexicon import Syntax
from ._detention_view import DateSlot, PersonSlot, SentenceView, Trigger

__all__ = [
    "antecedent",
    "coordinated_left",
    "coordinated_right",
    "elided",
    "list_after",
    "object_after",
    "skip_adverbs",
    "subject_before",
]

_MAX_GAP = 5  # role words between "and" and the next name ("and former diplomat X")
_MAX_APPOSITION = 24  # tokens of an apposition between commas
_MAX_ANTECEDENT = 18  # tokens between a name and its "who"
_MAX_OBJECT = 12  # tokens between an active verb and its object
_MAX_DESCRIBED = 9  # tokens between a preposition and the comma naming the object
_MAX_REDUCED = 8  # tokens of an apposition before a reduced relative
_COMMAS = frozenset([",", "-"])
_RELATIVES = frozenset(["who", "whom", "whose"])
_NOUN_RELATIVES = frozenset(["which", "that"])
_PLURAL_VERBS = frozenset(["were", "are", "have"])
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "you"])
_OBJECT_PRONOUNS = frozenset(["him", "them", "theirs", "hers", "us", "me"])
_GROUPS = frozenset(
    [
        "men",
        "women",
        "people",
        "nationals",
        "citizens",
        "prisoners",
        "detainees",
        "hostages",
        "foreigners",
        "others",
        "journalists",
        "dual",
    ]
)
_ELLIPSIS_LINKS = frozenset(["since", "in", "on", "from", "for", "until"])
_LIST_STARTS = frozenset([":", "among", "including", "include", "includes", "included"])


def skip_adverbs(view: SentenceView, index: int) -> int:
    """The first token at or left of ``index`` that is not an adverb or a negation."""
    while index >= 0 and (
        view.is_class(index, "adverb")
        or view.is_class(index, "negation")
        or view.tokens[index].text in ('"', "'")
    ):
        index -= 1
    return index


def _gap_word(view: SentenceView, index: int) -> bool:
    """Whether token ``index`` may stand between "and" and a name (a role word)."""
    token = view.tokens[index]
    slot = view.person(index)
    return (
        token.text not in _COMMAS
        and (token.text[:1].isalnum() or token.text == ".")
        and not view.is_boundary(index)
        and not view.is_class(index, "preposition")
        and not view.is_class(index, "be")
        and not view.is_class(index, "have")
        and (slot is None or _determiner_pronoun(view, slot))
        and token.lower not in ("and", "or")
        and not (token.text.islower() and token.text.endswith("ed"))
        and not view.in_trigger(index)
    )


def _eligible(view: SentenceView, slot: PersonSlot, start: int = 0) -> bool:
    """Whether a person mention can be a subject (not "X's", not after "of", not "him").

    A preposition right before the clause (``start``) is a subordinator ("before she was").
    """
    if view.is_possessor(slot.end) or slot.mention.text.lower() in _OBJECT_PRONOUNS:
        return False
    before = slot.first - 1
    owner = view.person(before)
    if owner is not None and _determiner_pronoun(view, owner):
        before = owner.first - 1  # "for his son": the preposition comes before "his"
    following = view.lower(slot.end)
    if view.lower(before) == "with" and following.endswith("ing") and len(following) > 4:
        return True  # "with Spavor listening to an 11-year sentence"
    return slot.first <= start or not view.is_class(before, "preposition")


def coordinated_right(view: SentenceView, slot: PersonSlot) -> list[PersonSlot]:
    """``slot`` and the people coordinated after it ("X, Y and Z", "X, a ..., and Y")."""
    found = [slot]
    current = slot
    while True:
        following = _next_coordinated(view, current.end)
        if following is None or following in found:
            return found
        found.append(following)
        current = following


def _next_coordinated(view: SentenceView, position: int) -> PersonSlot | None:
    """The next person joined to the one ending before token ``position``."""
    if position >= len(view):
        return None
    if view.tokens[position].text in _COMMAS:
        if view.lower(position + 1) == "and":
            return _after_gap(view, position + 2)
        direct = _after_gap(view, position + 1)
        if direct is not None:
            return direct
        close = _apposition_end(view, position + 1)
        if close is None:
            return None
        if view.lower(close + 1) != "and":
            return None
        return _after_gap(view, close + 2)
    if view.lower(position) == "and":
        return _after_gap(view, position + 1)
    return None


def _after_gap(view: SentenceView, position: int) -> PersonSlot | None:
    """A person starting at ``position`` after at most a few role words (and one comma)."""
    words = 0
    while words <= _MAX_GAP:
        slot = view.person(position)
        if slot is not None:
            if slot.first != position or view.is_possessor(slot.end) or _alias(view, position):
                return None
            return slot
        if position >= len(view):
            return None
        if view.tokens[position].text == "," and view.person(position + 1) is not None:
            position += 1
            continue
        if not _gap_word(view, position):
            return None
        if view.tokens[position].text != ".":
            words += 1
        position += 1
    return None


def _alias(view: SentenceView, position: int) -> bool:
    """Whether the name at token ``position`` is another name ("also known as X")."""
    before = position - 1
    if view.lower(before) == "as":
        before -= 1
    return view.is_class(before, "alias")


def _apposition_end(view: SentenceView, position: int) -> int | None:
    """The comma or dash that closes an apposition starting at ``position``."""
    for index in range(position, min(len(view), position + _MAX_APPOSITION)):
        text = view.tokens[index].text
        if text in _COMMAS:
            return index
        if text in ';:()"' or view.is_class(index, "speech"):
            return None
    return None


def _apposition_start(view: SentenceView, end: int) -> int | None:
    """The comma or dash that opens an apposition closed by the comma at ``end``."""
    for index in range(end - 1, max(-1, end - _MAX_APPOSITION), -1):
        text = view.tokens[index].text
        if text in _COMMAS:
            return index
        if text in ';:()"' or view.is_class(index, "speech"):
            return None
    return None


def coordinated_left(
    view: SentenceView, slot: PersonSlot, *, appositions: bool = True
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
    view: SentenceView, first: int, *, appositions: bool = True
) -> PersonSlot | None:
    """The person joined before the one starting at token ``first``."""
    position = first - 1
    steps = 0
    while position >= 0 and steps < _MAX_GAP and _gap_word(view, position):
        position -= 1
        steps += 1
    if position < 0:
        return None
    comma = None
    if view.lower(position) == "and":
        position -= 1
        if position >= 0 and view.tokens[position].text in _COMMAS:
            comma = position
            position -= 1
    elif view.tokens[position].text == ",":
        position -= 1
    else:
        return None
    if position < 0:
        return None
    candidate = view.person_ending(position + 1)
    if candidate is not None and comma is not None and _alias(view, candidate.first):
        return _before_apposition(view, comma)  # "X, also known as Y, and Z"
    if candidate is not None and (candidate.people or comma is None):
        return None if view.is_possessor(candidate.end) else candidate
    return None if comma is None or not appositions else _before_apposition(view, comma)


def _before_apposition(view: SentenceView, close: int) -> PersonSlot | None:
    """The person before an apposition that the comma at ``close`` ends."""
    opening = _apposition_start(view, close)
    if opening is None:
        return None
    candidate = view.person_ending(opening)
    return candidate if candidate is not None and not view.is_possessor(candidate.end) else None


def antecedent(view: SentenceView, relative: int) -> list[PersonSlot]:
    """The people a relative pronoun at token ``relative`` refers to ("X, who ...")."""
    for index in range(relative - 1, max(-1, relative - _MAX_ANTECEDENT), -1):
        text = view.tokens[index].text
        if text in ';:()"':
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
        plural = view.lower(_skip_forward(view, relative + 1)) in _PLURAL_VERBS
        return coordinated_left(view, slot, appositions=plural)
    return []


def _skip_forward(view: SentenceView, index: int) -> int:
    """The first token at or after ``index`` that is not an adverb."""
    while index < len(view) and view.is_class(index, "adverb"):
        index += 1
    return index


def _comma_before(view: SentenceView, index: int) -> int | None:
    """The nearest comma before token ``index`` within an apposition's length."""
    for position in range(index - 1, max(-1, index - _MAX_APPOSITION), -1):
        text = view.tokens[position].text
        if text in _COMMAS:
            return position
        if text in ";:()":
            return None
    return None


def _subject_start(view: SentenceView, index: int) -> tuple[int, int | None]:
    """Where the clause of token ``index`` begins, skipping finished relative clauses.

    A relative clause or apposition closed before ``index`` ("Saab, a businessman who
    prosecutors say made a fortune, was arrested") does not end the clause. Returns the
    first token and, when the clause is a relative one, the index of its relative pronoun.
    """
    position = index - 1
    while position >= 0:
        if view.is_boundary(position):
            word = view.lower(position)
            closed = any(t.text in _COMMAS for t in view.tokens[position + 1 : index])
            if closed:
                opening = _comma_before(view, position)
                if opening is not None and view.person_ending(opening) is not None:
                    position = opening - 1
                    continue
                if word in _RELATIVES or word in _NOUN_RELATIVES:
                    position -= 1
                    continue
            relative = position if word in _RELATIVES else None
            return position + 1, relative
        position -= 1
    return 0, None


def _outer(view: SentenceView, slot: PersonSlot, start: int) -> PersonSlot:
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


def _gerund_opening(view: SentenceView, start: int, index: int) -> int | None:
    """The subordinator of an "after landing" phrase holding token ``index``, if any."""
    for position in range(index - 1, start, -1):
        following = view.lower(position + 1)
        if (
            view.is_class(position, "clause")
            and following.endswith("ing")
            and len(following) > 4
            and view.person(position + 1) is None
        ):
            return position
    return None


def _clause_subject(view: SentenceView, start: int, end: int) -> list[PersonSlot]:
    """The person opening the clause at ``start``, when one does, before token ``end``.

    The subject of "X hugged her daughter, after landing in London" is X, not the
    daughter nearer the participle.
    """
    position = _skip_forward(view, start)
    slot = view.person(position)
    if slot is None or slot.first != position or slot.end > end or not slot.people:
        return []
    if not _eligible(view, slot, start):
        return []
    return coordinated_right(view, slot)


def subject_before(view: SentenceView, index: int) -> list[PersonSlot]:
    """The subject of the clause that token ``index`` belongs to, as people."""
    start, relative = _subject_start(view, index)
    opening = _gerund_opening(view, start, index)
    if opening is not None and relative is None:
        found = _clause_subject(view, start, opening)
        if found:
            return found
    for position in range(index - 1, start - 1, -1):
        if view.is_class(position, "pronoun") and view.person(position) is None:
            return []  # someone the people layer could not name
        slot = view.person_ending(position + 1)
        if slot is None or slot.first < start:
            continue
        if _eligible(view, slot, start):
            return coordinated_left(view, _outer(view, slot, start))
    if relative is not None:
        return antecedent(view, relative)
    return []


def object_after(view: SentenceView, index: int, limit: int = _MAX_OBJECT) -> list[PersonSlot]:
    """The first person after token ``index`` in its clause, with those coordinated.

    ``limit`` counts words (the dots of "U.S." are free). The search stops at a new
    clause, another detention word or a preposition, except that an object described
    first and named after a comma is found ("an executive at Huawei, Meng Wanzhou"), as is
    the name after an unnamed role ("the finance chief of Huawei, Meng Wanzhou").
    """
    words = 0
    position = index
    described = view.is_class(index, "determiner") or view.lower(index).isdigit()
    while position < len(view) and words < limit:
        token = view.tokens[position]
        if position > index and view.is_boundary(position):
            return []
        if token.text in (".", '"', "'"):
            position += 1
            continue
        if token.text == "," and not _introduces_names(view, position - 1):
            named = view.person(position + 1)
            if described and named is not None and named.first == position + 1:
                return coordinated_right(view, named)
            return []
        words += 1
        if position > index and view.starts_trigger(position):
            return []
        slot = view.person(position)
        if slot is not None and _determiner_pronoun(view, slot):
            position = slot.end
            continue
        if slot is not None:
            if view.is_possessor(slot.end):
                return []
            if not slot.people and view.lower(slot.end) == "of":
                return _named_after_comma(view, slot.end) or coordinated_right(view, slot)
            return coordinated_right(view, slot)
        if view.is_class(position, "preposition") and view.lower(position) not in _LIST_STARTS:
            return _named_after_comma(view, position) if described else []
        position += 1
    return []


def _determiner_pronoun(view: SentenceView, slot: PersonSlot) -> bool:
    """Whether a pronoun mention is a possessive before a noun ("his companion X")."""
    if slot.mention.text.lower() not in ("his", "her", "their", "its"):
        return False
    following = view.tokens[slot.end] if slot.end < len(view) else None
    return (
        following is not None
        and following.text[:1].isalpha()
        and not view.is_class(slot.end, "preposition")
        and not view.is_class(slot.end, "determiner")
        and not view.is_boundary(slot.end)
        and following.lower not in ("and", "or")
    )


def _introduces_names(view: SentenceView, index: int) -> bool:
    """Whether the words ending at ``index`` announce names ("two Canadians, X and Y")."""
    place = view.place(index)
    return (place is not None and place.kind == "demonym") or view.lower(index) in _GROUPS


def _named_after_comma(view: SentenceView, index: int) -> list[PersonSlot]:
    """A person right after the next comma: the name of an object described before it."""
    for position in range(index, min(len(view), index + _MAX_DESCRIBED)):
        if view.is_boundary(position) or view.starts_trigger(position):
            return []
        if position > index and view.is_class(position, "preposition"):
            return []
        if view.tokens[position].text == ",":
            slot = view.person(position + 1)
            if slot is not None and slot.first == position + 1:
                return coordinated_right(view, slot)
            return []
    return []


def list_after(view: SentenceView, index: int) -> list[PersonSlot]:
    """People a list introduces after token ``index``: ", among them X", "including X", ": X"."""
    for position in range(index, len(view)):
        word = view.lower(position)
        if word in _LIST_STARTS:
            start = position + 1
            if word == "among" and view.lower(start) in ("them", "those"):
                start += 1
            return object_after(view, start, _MAX_GAP + 2)
        if view.tokens[position].text in ".;" or view.is_class(position, "speech"):
            return []
    return []


def reduced_relative(view: SentenceView, index: int) -> list[PersonSlot]:
    """The person a participle at token ``index`` qualifies ("X, a Russian jailed in ...")."""
    position = skip_adverbs(view, index - 1)
    slot = view.person_ending(position + 1)
    if slot is not None and slot.mention.text.lower() in _SUBJECT_PRONOUNS:
        return []  # "Americans he grabbed": he is the one who acts
    if slot is not None and not view.is_possessor(slot.end):
        return coordinated_left(view, slot)
    if position >= 0 and view.tokens[position].text in _COMMAS:
        slot = view.person_ending(position)
        if slot is not None:
            return coordinated_left(view, slot)
    for back in range(position, max(-1, position - _MAX_REDUCED), -1):
        token = view.tokens[back]
        if token.text in _COMMAS:
            slot = view.person_ending(back)
            return coordinated_left(view, slot) if slot is not None else []
        if (
            view.is_boundary(back)
            or view.is_class(back, "be")
            or view.is_class(back, "have")
            or view.lower(back) in ("in", "to", "from", "by", "at", "on")
            or view.person(back) is not None
            or view.in_trigger(back)
        ):
            return []
    return []


def inverted_subject(view: SentenceView, trigger: Trigger) -> list[PersonSlot]:
    """The person after "was" in "Among those freed (by Russia) was X"."""
    for position in range(trigger.end, min(len(view), trigger.end + _MAX_GAP)):
        if view.is_boundary(position) or view.person(position) is not None:
            return []
        if view.is_class(position, "be"):
            if view.person(position + 1) is not None:
                return object_after(view, position + 1, 2)
            return []
    return []


def _modifier(view: SentenceView, index: int) -> bool:
    """Whether token ``index`` can modify a noun between its determiner and it."""
    token = view.tokens[index]
    return (
        view.is_class(index, "modifier")
        or token.text.isdigit()
        or token.text in ("-", ".")
        or view.date_at[index] is not None
        or (
            token.text.islower()
            and not view.is_class(index, "determiner")
            and not view.is_class(index, "preposition")
            and not view.is_class(index, "be")
            and not view.is_class(index, "have")
            and not view.is_class(index, "modal")
            and not view.is_boundary(index)
            and token.lower not in ("to", "and", "or", "not")
        )
    )


def is_noun_use(view: SentenceView, trigger: Trigger) -> bool:
    """Whether a word that is a noun or a verb ("release") is a noun here."""
    if trigger.syntax is not Syntax.VN:
        return trigger.syntax is Syntax.NOUN
    position = trigger.first - 1
    steps = 0
    while position >= 0 and steps < 4 and _modifier(view, position):
        position -= 1
        steps += 1
    if position < 0:
        return True
    if view.is_class(position, "determiner"):
        return True
    slot = view.person_ending(position + 1)
    return slot is not None and slot.mention.text.lower() in ("his", "her", "their", "its")


def _date_from(view: SentenceView, position: int) -> DateSlot | None:
    """The date starting at token ``position``, or after one preposition there."""
    if view.lower(position) in _ELLIPSIS_LINKS:
        position += 1
    found = view.date_at[position] if 0 <= position < len(view) else None
    return view.dates[found] if found is not None else None


def elided(view: SentenceView, index: int) -> tuple[PersonSlot, DateSlot | None] | None:
    """A person sharing the verb before token ``index`` in a clause without one.

    "X has been held since 2020, and the writer Y since 2019": Y, with the date of the
    shortened clause. The clause must end at the name, or go on with a date only.
    """
    position = index
    while position < len(view) - 1:
        skipped = _date_from(view, position)
        if skipped is not None:  # "since 2020" goes with the verb, not a new clause
            position = skipped.end
            continue
        if view.is_boundary(position) or view.in_trigger(position):
            return None
        position += 1
        if view.lower(position - 1) != "and" or view.tokens[position - 2].text != ",":
            continue
        slot = _after_gap(view, position)
        if slot is None or not slot.people:
            return None
        date = _date_from(view, slot.end)
        rest = date.end if date is not None else slot.end
        if rest < len(view) and not (view.is_boundary(rest) or view.tokens[rest].text in ".!?"):
            return None
        return slot, date
    return None
