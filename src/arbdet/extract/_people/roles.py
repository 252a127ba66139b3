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
affiliation, while a state before an occupation or "citizen" is the person's nationality.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from ...model import Organization, Role, State
from ...text._words import FUNCTION_WORDS
from .orgs import OrgSpan
from .tables import Gender, RoleKind, RoleWord, role_modifiers, role_words
from .tokens import POSSESSIVE, Text, is_attributive

__all__ = ["DETERMINERS", "RolePhrase", "find_role_phrases"]

DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"])
"""Words that can stand before a role phrase as its determiner."""

# Words after an adjective-like role word ("official") that still leave it a noun.
_AFTER_NOUN = FUNCTION_WORDS | frozenset(
    [
        "told",
        "added",
        "stated",
        "declined",
        "noted",
        "insisted",
        "confirmed",
        "denied",
        "warned",
        "urged",
        "spoke",
        "asked",
        "wrote",
        "argued",
        "explained",
        "replied",
    ]
)
_POST_AFFILIATION = frozenset(["of", "at", "for", "from", "with"])
_POST_LOCATION = frozenset(["to", "in"])
_MAX_HEAD = 4


@attrs.frozen
class RolePhrase:
    """A role phrase over tokens ``[first, end)``; the head ends at ``head_end``.

    ``determiner`` is the lower-case word right before ``first`` if it is one of
    :data:`DETERMINERS`. ``role`` is ``None`` for a nationality word ("citizen");
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


@functools.cache
def _lowered() -> dict[tuple[str, ...], RoleWord]:
    """Role heads by their lower-case words."""
    return {tuple(k.lower() for k in key): word for key, word in role_words().items()}


@functools.cache
def _heads_by_first() -> dict[str, list[tuple[str, ...]]]:
    """Lower-case role heads by their first word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for key in _lowered():
        table.setdefault(key[0], []).append(key)
    for keys in table.values():
        keys.sort(key=len, reverse=True)
    return table


def _singular(word: str) -> str | None:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("people"):
        return word[:-6] + "person"
    if word.endswith("s") and len(word) > 3:
        return word[:-1]
    return None


def _head_at(text: Text, index: int, first_word: str) -> tuple[int, RoleWord, bool] | None:
    """The longest role head at ``index`` whose first word reads ``first_word``.

    Returns its end, its meaning and whether it is plural ("foreign ministers", "citizens").
    """
    for key in _heads_by_first().get(first_word, ()):
        end = index + len(key)
        if not text.same_sentence(index, end - 1):
            continue
        if all(text.lower(index + k) == key[k] for k in range(1, len(key) - 1)):
            last = first_word if len(key) == 1 else text.lower(end - 1)
            if last == key[-1]:
                return end, _lowered()[key], False
            if len(key) > 1 and _singular(last) == key[-1]:
                return end, _lowered()[key], True
    single = _singular(first_word)
    word = None if single is None else _lowered().get((single,))
    return None if word is None else (index + 1, word, True)


def _match_head(text: Text, index: int) -> tuple[int, RoleWord, bool, str | None] | None:
    """A role head at token ``index``: end, meaning, plural, and a glued modifier ("ex-")."""
    token = text.tokens[index]
    if not token.is_word:
        return None
    lower = token.lower
    found = _head_at(text, index, lower)
    if found is not None:
        return (*found, None)
    prefix, dash, rest = lower.partition("-")
    if dash and prefix in role_modifiers():
        found = _head_at(text, index, rest)
        if found is not None and found[0] == index + 1:
            return (*found, prefix)
    return None


def _noun_use(text: Text, word: RoleWord, end: int, *, plural: bool) -> bool:
    """Whether an adjective-like role word ("official") is used as a noun here."""
    if plural or not word.adjective or not text.same_sentence(end - 1, end):
        return True
    following = text.tokens[end]
    if not following.is_word:
        return True
    if text.place(end) is not None:
        return False
    return following.is_capitalised or following.lower in _AFTER_NOUN


@attrs.define
class _Left:
    """What the words before a role head add to it."""

    first: int
    kept: list[str] = attrs.Factory(list)
    former: bool = False
    states: tuple[State, ...] = ()
    organization: Organization | None = None


def _left(text: Text, head: int, glued: str | None, org_ending: dict[int, OrgSpan]) -> _Left:
    modifiers = role_modifiers()
    left = _Left(head)
    if glued is not None:
        _apply_modifier(left, glued, modifiers[glued])
    while left.first > 0 and text.same_sentence(left.first - 1, head):
        before = left.first - 1
        if left.organization is None and not left.states:
            possessive = text.text(before) == POSSESSIVE
            end = before if possessive else left.first
            org = org_ending.get(end)
            if org is not None and org.mention.end == text.tokens[end - 1].end:
                left.organization = org.mention.organization
                left.first = org.first
                continue
            place = text.place_before(end)
            if place is not None and (possessive or is_attributive(place[1])):
                left.states = place[1].states
                left.first = place[0]
                continue
        word = text.lower(before)
        effect = modifiers.get(word)
        if effect is None or not text.tokens[before].is_word:
            break
        _apply_modifier(left, word, effect)
        left.first = before
    return left


def _apply_modifier(left: _Left, word: str, effect: str) -> None:
    if effect == "former":
        left.former = True
    elif effect == "keep":
        left.kept.insert(0, word)


def _right(
    text: Text, end: int, kind: RoleKind, org_starting: dict[int, OrgSpan]
) -> tuple[int, State | None, Organization | None]:
    """Tails after a role head: "of/at/for/from" an organisation or state, "to/in" a state."""
    state: State | None = None
    organization: Organization | None = None
    for _ in range(2):
        word = text.lower(end)
        if not text.same_sentence(end - 1, end + 1):
            break
        start = end + 2 if text.lower(end + 1) in ("the", "a") else end + 1
        org = org_starting.get(start)
        if word in _POST_AFFILIATION and org is not None and organization is None:
            organization = org.mention.organization
            end = org.end
            continue
        place = text.place_after(start)
        if place is None:
            break
        if (
            word in _POST_AFFILIATION
            and word != "with"
            and state is None
            and organization is None
            and (kind is RoleKind.OFFICE or word == "from")
        ):
            state = place[1].states[0]
            end = place[0]
            continue
        if word in _POST_LOCATION and kind is RoleKind.OFFICE:
            end = place[0]
            continue
        break
    return end, state, organization


def _title(word: RoleWord, left: _Left) -> str:
    title = " ".join([*left.kept, word.title])
    return f"former {title}" if left.former else title


def _phrase(
    text: Text,
    index: int,
    org_ending: dict[int, OrgSpan],
    org_starting: dict[int, OrgSpan],
) -> RolePhrase | None:
    matched = _match_head(text, index)
    if matched is None:
        return None
    head_end, word, plural, glued = matched
    if not _noun_use(text, word, head_end, plural=plural):
        return None
    left = _left(text, index, glued, org_ending)
    end, after_state, after_org = _right(text, head_end, word.kind, org_starting)
    organization = left.organization or after_org
    states = left.states or (() if after_state is None else (after_state,))
    nationality: tuple[State, ...] = ()
    affiliation: State | Organization | None = organization
    if word.kind is RoleKind.OFFICE:
        affiliation = affiliation or (states[0] if states else None)
    else:
        nationality = states
    role = None if word.kind is RoleKind.NATIONALITY else Role(_title(word, left), affiliation)
    determiner = text.lower(left.first - 1)
    if determiner not in DETERMINERS or not text.same_sentence(left.first - 1, index):
        determiner = ""
    return RolePhrase(
        left.first, index, head_end, end, word, role, nationality, plural, determiner or None
    )


def find_role_phrases(text: Text, orgs: Sequence[OrgSpan]) -> list[RolePhrase]:
    """Every role phrase among the tokens, in order; none inside an organisation's name."""
    inside = [False] * len(text)
    for org in orgs:
        for index in range(org.first, org.end):
            inside[index] = True
    org_ending = {org.end: org for org in orgs}
    org_starting = {org.first: org for org in orgs}
    found: list[RolePhrase] = []
    index = 0
    while index < len(text):
        if inside[index] or text.place(index) is not None:
            index += 1
            continue
        phrase = _phrase(text, index, org_ending, org_starting)
        if phrase is None or any(inside[k] for k in range(phrase.head_first, phrase.head_end)):
            index += 1
            continue
        if found and phrase.first < found[-1].end:
            phrase = attrs.evolve(phrase, first=max(phrase.first, found[-1].end))
        found.append(phrase)
        index = phrase.head_end
    return found
