"""The people family's vocabularies, read once from ``arbdet/data/people/``.

Phrases are kept as tuples of tokens (:func:`arbdet.text.tokenize`), so that a table is
matched against a document's token columns by dictionary look-ups: a
:class:`PhraseIndex` files its phrases under their first token, and is only consulted at
the tokens that can begin one.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

import attrs

from ... import data
from ...model import State
from ...text import tokenize

__all__ = [
    "BodyKind",
    "Gender",
    "GroupNoun",
    "HeadKind",
    "Modifier",
    "OrgEntry",
    "PhraseIndex",
    "Reference",
    "RoleClass",
    "RoleHead",
    "RoleKind",
    "RoleWord",
    "common_words",
    "given_names",
    "group_nouns",
    "honorifics",
    "name_suffixes",
    "not_names",
    "org_heads",
    "org_references",
    "organizations",
    "organizations_by_lower",
    "particles",
    "role_heads",
    "role_modifiers",
    "role_titles",
    "surnames",
    "word_class",
]

V = TypeVar("V")

# A capitalised word whose lower-case form is at least this frequent in the word list
# (``data/words.tsv``, counts from an English corpus) is a common word, not a name:
# "Officials", "Linking", "Live" are, "Kovrig", "Meng", "Wanzhou" are not.
COMMON_FREQUENCY = 1000


class Gender(enum.Enum):
    """A person's grammatical gender, as far as the text shows it."""

    MALE = "m"
    FEMALE = "f"
    UNKNOWN = "-"


class RoleKind(enum.Enum):
    """What a state or organisation written before a role word tells about the person."""

    OFFICE = "office"  # "Canadian Foreign Minister": the office's state
    OCCUPATION = "occupation"  # "Canadian businessman": a nationality; "Huawei executive": employer
    NATIONALITY = "nationality"  # "a U.S. citizen": a nationality and no role
    RESIDENCE = "residence"  # "a U.S. permanent resident": where they live, no nationality


class RoleClass(enum.Enum):
    """What a role makes of a person in a story of detention."""

    OFFICIAL = "official"  # holds an office for a state or a body
    ENVOY = "envoy"  # negotiates for a state: an envoy, a negotiator, a mediator
    COUNSEL = "counsel"  # a lawyer
    RELATIVE = "relative"  # a member of someone's family: "his wife", "her brother David"
    OTHER = "-"


class HeadKind(enum.Enum):
    """How an organisation's head noun takes its state."""

    GOVERNMENT = "government"  # from the state written before it, or "of Canada"
    LOCAL = "local"  # also from where it is: "a court in Tehran"
    MISSION = "mission"  # embassies: "in Canada" says where, not whose
    OTHER = "other"  # only from a state written before it
    SUFFIX = "suffix"  # "Co.", "Ltd": continues the name before it


class BodyKind(enum.Enum):
    """What kind of body a named organisation is."""

    GOVERNMENT = "government"  # an organ of a state: its people act for the state
    MEDIA = "media"  # a news outlet
    OTHER = "other"  # a company, a rights group, an international body


class Modifier(enum.Enum):
    """What a word inside a role phrase, before its head, does to the role."""

    FORMER = "former"  # "former", "ex-": a past role
    KEEP = "keep"  # part of the title: "deputy"
    DROP = "drop"  # description only: "senior"
    BODY = "body"  # a body the person works for: "company", "administration"


@attrs.frozen
class RoleWord:
    """A role phrase's meaning: canonical title, kind, gender, broader titles and class."""

    title: str
    kind: RoleKind
    gender: Gender
    broader: frozenset[str]
    adjective: bool
    role_class: RoleClass


@attrs.frozen
class RoleHead:
    """A role phrase as written: its meaning and whether the form is plural."""

    word: RoleWord
    plural: bool


@attrs.frozen
class OrgEntry:
    """A named organisation: canonical name, state if known, and its kind."""

    name: str
    state: State | None
    kind: BodyKind

    @property
    def government(self) -> bool:
        """Whether the body is an organ of government."""
        return self.kind is BodyKind.GOVERNMENT


@attrs.frozen
class GroupNoun:
    """A noun for a group of people ("men", "pair").

    Its gender, the size it implies, and whether "the NOUN" refers back with no number
    ("the men", but "the two people").
    """

    gender: Gender
    count: int | None
    alone: bool


class PhraseIndex(Generic[V]):
    """Phrases (tuples of tokens) filed under their first token, longest first."""

    __slots__ = ("by_first",)

    def __init__(self, phrases: Iterable[tuple[tuple[str, ...], V]]) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for key, value in phrases:
            if key:
                by_first.setdefault(key[0], []).append((key, value))
        self.by_first = {
            first: tuple(sorted(found, key=lambda item: -len(item[0])))
            for first, found in by_first.items()
        }

    def __contains__(self, first: str) -> bool:
        return first in self.by_first

    def match(self, words: Sequence[str], index: int, stop: int) -> tuple[int, V] | None:
        """The longest phrase at ``words[index:]`` ending by ``stop``: its end and value."""
        for key, value in self.by_first.get(words[index], ()):
            end = index + len(key)
            if end <= stop and (end == index + 1 or tuple(words[index:end]) == key):
                return end, value
        return None


@functools.cache
def _word_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for word, name in data.rows("people/words.tsv"):
        classes.setdefault(name, set()).add(word)
    return {name: frozenset(words) for name, words in classes.items()}


def word_class(name: str) -> frozenset[str]:
    """The lower-case words of one of the family's small word classes (``words.tsv``)."""
    return _word_classes()[name]


def _state(code: str) -> State | None:
    return None if code == "-" else State(code)


def _lower_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in tokenize(phrase))


def _plural(word: str) -> str:
    """The plural of a role word's last word ("spokesman", "secretary", "parent")."""
    irregular = {"man": "men", "woman": "women", "person": "people", "child": "children"}
    for singular, plural in irregular.items():
        if word.endswith(singular):
            return word[: -len(singular)] + plural
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


@functools.cache
def _role_rows() -> tuple[tuple[tuple[str, ...], RoleWord], ...]:
    rows = []
    for phrase, title, kind, gender, broader, adjective, role_class in data.rows(
        "people/roles.tsv"
    ):
        word = RoleWord(
            title,
            RoleKind(kind),
            Gender(gender),
            frozenset() if broader == "-" else frozenset(broader.split(",")),
            adjective == "yes",
            RoleClass(role_class),
        )
        rows.append((_lower_tokens(phrase), word))
    return tuple(rows)


@functools.cache
def role_heads() -> PhraseIndex[RoleHead]:
    """Role phrases by their lower-case tokens, singular and plural forms."""
    singular = {key: RoleHead(word, plural=False) for key, word in _role_rows()}
    plural = {
        (*key[:-1], _plural(key[-1])): RoleHead(word, plural=True) for key, word in _role_rows()
    }
    return PhraseIndex([*plural.items(), *singular.items()])


@functools.cache
def role_titles() -> dict[str, RoleWord]:
    """Canonical titles and their meaning (the first phrase that gives each title)."""
    table: dict[str, RoleWord] = {}
    for _, word in _role_rows():
        table.setdefault(word.title, word)
    return table


@functools.cache
def role_modifiers() -> dict[str, Modifier]:
    """Words that may stand inside a role phrase before its head, and their effect."""
    return {word: Modifier(effect) for word, effect in data.rows("people/role_modifiers.tsv")}


@functools.cache
def honorifics() -> dict[str, Gender]:
    """Honorifics ("Ms", "Madame"), case-sensitive, and the gender they show."""
    return {word: Gender(gender) for word, gender in data.rows("people/honorifics.tsv")}


@functools.cache
def given_names() -> dict[str, Gender]:
    """Common given names and their usual gender."""
    return {name: Gender(gender) for name, gender in data.rows("people/given_names.tsv")}


@functools.cache
def surnames() -> frozenset[str]:
    """Family names that are also common words or short East Asian family names."""
    return data.column("people/surnames.tsv")


@functools.cache
def particles() -> frozenset[str]:
    """Lower-case particles inside names ("de", "bin", "al")."""
    return data.column("people/particles.tsv")


@functools.cache
def name_suffixes() -> frozenset[str]:
    """Generational suffixes after a name ("Jr", "Sr")."""
    return data.column("people/suffixes.tsv")


@functools.cache
def not_names() -> frozenset[str]:
    """Capitalised words that are never part of a person's name (days, months...)."""
    return data.column("people/not_names.tsv")


@functools.cache
def common_words() -> frozenset[str]:
    """Common English words, lower case (see :data:`COMMON_FREQUENCY`)."""
    return frozenset(
        word for word, count in data.rows("words.tsv") if int(count) >= COMMON_FREQUENCY
    )


@functools.cache
def _organization_rows() -> tuple[tuple[tuple[str, ...], OrgEntry], ...]:
    return tuple(
        (tuple(tokenize(written)), OrgEntry(name, _state(state), BodyKind(kind)))
        for written, name, state, kind in data.rows("people/organizations.tsv")
    )


@functools.cache
def organizations() -> PhraseIndex[OrgEntry]:
    """Named organisations by their written tokens (case kept)."""
    return PhraseIndex(_organization_rows())


@functools.cache
def organizations_by_lower() -> dict[tuple[str, ...], OrgEntry]:
    """Named organisations by their lower-case tokens ("foreign ministry")."""
    return {tuple(t.lower() for t in key): entry for key, entry in _organization_rows()}


@functools.cache
def org_heads() -> dict[str, HeadKind]:
    """Head nouns of organisation names (lower case) and how they take a state."""
    return {head: HeadKind(kind) for head, kind in data.rows("people/org_heads.tsv")}


class Reference(enum.Enum):
    """What a noun after "the" refers back to."""

    NAME = "name"  # a body whose name holds the noun: "the ministry"
    TITLE = "title"  # the same, written with a capital only: "the Post"
    MEDIA = "media"  # a news outlet: "the newspaper"


@functools.cache
def org_references() -> dict[str, Reference]:
    """Nouns that refer back to a body after "the", and what they refer to."""
    return {noun: Reference(refers) for noun, refers in data.rows("people/org_references.tsv")}


@functools.cache
def group_nouns() -> dict[str, GroupNoun]:
    """Nouns that refer back to a group of named people."""
    return {
        noun: GroupNoun(Gender(gender), None if count == "-" else int(count), alone == "yes")
        for noun, gender, count, alone in data.rows("people/group_nouns.tsv")
    }
