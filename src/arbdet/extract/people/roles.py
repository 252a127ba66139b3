"""Role phrases: a title or role word with the state or organisation it is held for.

A phrase is built around a head from ``roles.tsv`` ("foreign minister", "spokeswoman",
"Secretary of State", "aid worker"), matched case-insensitively and longest first, plural
forms included ("Canadian citizens"). To its left it takes modifiers ("former", "ex-",
"deputy", "top") and at most one affiliation: an organisation ("State Department
spokesman", "Huawei's chief financial officer"), a possessive state ("China's ambassador")
or an attributive state ("Canadian", "U.S."). To its right it takes "of/at/for/from" with
an organisation or state ("an executive at Huawei", "a spokesperson from the Chinese
embassy") and, for offices, "to/in" with a state ("ambassador to Canada": where the office
is held, not whose it is).

What the affiliation means depends on the role's kind: an office's state is the person's
affiliation, while a state before an occupation or "citizen" is the person's nationality
-- unless a body stands between them ("a Chinese company executive": the company is
Chinese, the executive may not be), and a state before a residence ("a U.S. permanent
resident") is neither.
"""

from __future__ import annotations

import attrs

from ...model import Organization, Role, State
from .orgs import POSSESSIVE, OrgSpan
from .view import Words, is_attributive
from .vocabulary import (
    Gender,
    Modifier,
    RoleClass,
    RoleHead,
    RoleKind,
    RoleWord,
    role_heads,
    role_modifiers,
    word_class,
)

__all__ = ["RolePhrase", "find_role_phrases"]

_TAILS = 2  # tails after a head: "ambassador to Canada from China"
_DESCRIPTIONS = 2  # other words between a modifier and its head: "a former | judicial official"


@attrs.frozen
class RolePhrase:
    """A role phrase over tokens ``[first, end)``; the head ends at ``head_end``.

    ``determiner`` is the lower-case word right before ``first`` if it is a determiner
    ("the", "his"), ``possessor`` the index of a possessive ending right before ``first``
    ("Whelan's | brother"). ``role`` is ``None`` for a nationality word ("citizen");
    ``nationality`` holds the states written before an occupation or nationality word.
    """

    first: int
    head_first: int
    head_end: int
    end: int
    word: RoleWord
    role: Role | None
    nationality: tuple[State, ...]
    plural: bool
    determiner: str | None
    possessor: int | None = None
    possessed: bool = False  # its state or body is a possessive: "Canada's foreign minister"

    @property
    def definite(self) -> bool:
        """Whether the phrase points at one known holder ("the", "its", "Canada's")."""
        return self.possessed or (
            self.determiner is not None and self.determiner not in ("a", "an")
        )

    @property
    def gender(self) -> Gender:
        """The gender the role word shows ("spokeswoman")."""
        return self.word.gender

    @property
    def affiliated(self) -> bool:
        """Whether the phrase names a state or organisation."""
        return bool(self.nationality) or (
            self.role is not None and self.role.affiliation is not None
        )

    @property
    def relative(self) -> bool:
        """Whether the role makes its holder a member of someone's family."""
        return self.word.role_class is RoleClass.RELATIVE


def _match_head(words: Words, index: int) -> tuple[int, RoleHead, str | None] | None:
    """A role head at token ``index``: end, meaning, and a glued modifier ("ex-")."""
    stop = words.stop(index)
    found = role_heads().match(words.lower, index, stop)
    if found is not None:
        return found[0], found[1], None
    prefix, dash, rest = words.lower[index].partition("-")
    if dash and prefix in role_modifiers():
        head = role_heads().match([rest], 0, 1)
        if head is not None:
            return index + 1, head[1], prefix
    return None


def _noun_use(words: Words, head: RoleHead, end: int) -> bool:
    """Whether an adjective-like role word ("official") is used as a noun here."""
    if head.plural or not head.word.adjective or not words.same(end - 1, end):
        return True
    following = words.text[end]
    if not following[0].isalpha():
        return True
    if words.place(end) is not None or words.lower[end] in role_heads().by_first:
        return False  # "executive order", "Executive Editor": it describes what follows
    return following[0].isupper() or words.lower[end] in word_class("after_noun")


@attrs.define
class _Left:
    """What the words before a role head add to it."""

    first: int
    kept: list[str] = attrs.Factory(list)
    former: bool = False
    body: bool = False
    states: tuple[State, ...] = ()
    organization: Organization | None = None
    possessed: bool = False

    def apply(self, word: str, effect: Modifier) -> None:
        if effect is Modifier.FORMER:
            self.former = True
        elif effect is Modifier.KEEP:
            self.kept.insert(0, word)
        elif effect is Modifier.BODY:
            self.body = True


def _affiliation_before(words: Words, left: _Left, org_ending: dict[int, OrgSpan]) -> bool:
    """Take an organisation or a state that ends right before the phrase, if one does."""
    before = left.first - 1
    possessive = words.text[before] == POSSESSIVE
    end = before if possessive else left.first
    org = org_ending.get(end)
    if org is not None and org.mention.end == words.end[end - 1]:
        left.organization = org.mention.organization
        left.first = org.first
        left.possessed = possessive
        return True
    place = words.place_before(end)
    if place is not None and (possessive or is_attributive(place[1])):
        left.states = place[1].states
        left.first = place[0]
        left.possessed = possessive
        prefix, dash, _ = words.lower[place[0]].partition("-")
        effect = role_modifiers().get(prefix)
        if dash and effect is not None and words.start[place[0]] < place[1].start:
            left.apply(prefix, effect)  # "ex-US marine"
        return True
    return False


def _left(words: Words, head: int, glued: str | None, org_ending: dict[int, OrgSpan]) -> _Left:
    modifiers = role_modifiers()
    left = _Left(head)
    if glued is not None:
        left.apply(glued, modifiers[glued])
    while left.first > 0 and words.same(left.first - 1, head):
        taken = left.organization is not None or bool(left.states)
        if not taken and _affiliation_before(words, left, org_ending):
            continue
        before: int | None = left.first - 1
        assert before is not None
        effect = modifiers.get(words.lower[before])
        if effect is None and left.first == head:
            before = _described(words, before, head)
            effect = None if before is None else modifiers[words.lower[before]]
        if effect is None or before is None:
            break
        left.apply(words.lower[before], effect)
        left.first = before
    return left


def _described(words: Words, before: int, head: int) -> int | None:
    """A modifier before at most two other lower-case words ("a former | judicial official")."""
    modifiers = role_modifiers()
    for position in range(before, max(-1, before - _DESCRIPTIONS - 1), -1):
        if not words.same(position, head) or not words.text[position][0].islower():
            return None
        if words.lower[position] in modifiers:
            return position
    return None


def _right(
    words: Words, end: int, kind: RoleKind, org_starting: dict[int, OrgSpan]
) -> tuple[int, State | None, Organization | None]:
    """Tails after a role head: "of/at/for/from" an organisation or state, "to/in" a state."""
    affiliations = word_class("post_affiliation")
    locations = word_class("post_location")
    state: State | None = None
    organization: Organization | None = None
    for _ in range(_TAILS):
        word = words.low(end)
        if not words.same(end - 1, end + 1):
            break
        start = end + 2 if words.low(end + 1) in ("the", "a") else end + 1
        org = org_starting.get(start)
        if word in affiliations and org is not None and organization is None:
            organization = org.mention.organization
            end = org.end
            continue
        place = words.place_after(start)
        if place is None:
            break
        if (
            word in affiliations
            and word != "with"
            and state is None
            and organization is None
            and (kind is RoleKind.OFFICE or word == "from")
        ):
            state = place[1].states[0]
            end = place[0]
            continue
        if word in locations and kind is RoleKind.OFFICE:
            end = place[0]
            continue
        break
    return end, state, organization


def _title(word: RoleWord, left: _Left) -> str:
    title = " ".join([*left.kept, word.title])
    return f"former {title}" if left.former else title


def _meaning(
    word: RoleWord, left: _Left, states: tuple[State, ...], organization: Organization | None
) -> tuple[Role | None, tuple[State, ...]]:
    """The role a phrase gives and the nationality it shows."""
    if word.kind is RoleKind.NATIONALITY:
        return None, states
    affiliation: State | Organization | None = organization
    nationality: tuple[State, ...] = ()
    if word.kind is RoleKind.OCCUPATION and not left.body:
        nationality = states
    elif word.kind is not RoleKind.OCCUPATION:
        affiliation = affiliation or (states[0] if states else None)
    return Role(_title(word, left), affiliation), nationality


def _phrase(
    words: Words, index: int, org_ending: dict[int, OrgSpan], org_starting: dict[int, OrgSpan]
) -> RolePhrase | None:
    matched = _match_head(words, index)
    if matched is None:
        return None
    head_end, head, glued = matched
    if not _noun_use(words, head, head_end):
        return None
    if head.word.adjective and not head.plural and head_end in org_starting:
        return None  # "the official Xinhua news agency": it describes the body
    left = _left(words, index, glued, org_ending)
    end, after_state, after_org = _right(words, head_end, head.word.kind, org_starting)
    organization = left.organization or after_org
    states = left.states or (() if after_state is None else (after_state,))
    role, nationality = _meaning(head.word, left, states, organization)
    before = left.first - 1
    determiner = words.low(before)
    if determiner not in word_class("determiner") or not words.same(before, index):
        determiner = ""
    possessor = before if words.word(before) in (POSSESSIVE, "'") and words.glued(before) else None
    return RolePhrase(
        left.first,
        index,
        head_end,
        end,
        head.word,
        role,
        nationality,
        head.plural,
        determiner or None,
        possessor,
        left.possessed,
    )


def _candidates(words: Words) -> list[int]:
    """The tokens where a role head can begin: a head's first word, or "ex-" and a head."""
    firsts = role_heads().by_first
    modifiers = role_modifiers()
    return [
        index
        for index, lower in enumerate(words.lower)
        if lower in firsts or ("-" in lower and lower.partition("-")[0] in modifiers)
    ]


def find_role_phrases(words: Words, orgs: list[OrgSpan]) -> list[RolePhrase]:
    """Every role phrase among the tokens, in order; none inside an organisation's name."""
    org_ending = {org.end: org for org in orgs}
    org_starting = {org.first: org for org in orgs}
    inside: set[int] = set()
    for org in orgs:
        inside.update(range(org.first, org.end))
    found: list[RolePhrase] = []
    resume = 0
    for index in _candidates(words):
        if index < resume or index in inside or words.place(index) is not None:
            continue
        phrase = _phrase(words, index, org_ending, org_starting)
        if phrase is None or any(k in inside for k in range(phrase.head_first, phrase.head_end)):
            continue
        if found and phrase.first < found[-1].end:
            phrase = attrs.evolve(phrase, first=max(phrase.first, found[-1].end))
        found.append(phrase)
        resume = phrase.head_end
    return found
