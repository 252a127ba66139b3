"""The people layer's vocabularies, read once from ``arbdet/data/people/``.

Every table is plain text: one entry a line, tab-separated columns, ``#`` comments.
Phrases are kept as tuples of token texts (see :func:`.tokens.tokenize_text`) so that they
compare with a document's tokens directly.
"""

from __future__ import annotations

import enum
import functools
from importlib import resources

import attrs

from ...model import State
from .tokens import tokenize_text

__all__ = [
    "Gender",
    "GroupNoun",
    "HeadKind",
    "OrgEntry",
    "RoleKind",
    "RoleWord",
    "given_names",
    "group_nouns",
    "honorifics",
    "name_suffixes",
    "not_names",
    "org_heads",
    "organizations",
    "particles",
    "role_modifiers",
    "role_words",
    "surnames",
]


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


class HeadKind(enum.Enum):
    """How an organisation's head noun takes its state."""

    GOVERNMENT = "government"  # from the state written before it, or "of Canada"
    LOCAL = "local"  # also from where it is: "a court in Tehran"
    MISSION = "mission"  # embassies: "in Canada" says where, not whose
    OTHER = "other"  # only from a state written before it
    SUFFIX = "suffix"  # "Co.", "Ltd": continues the name before it


@attrs.frozen
class RoleWord:
    """A role phrase's meaning: canonical title, kind, gender and broader titles."""

    title: str
    kind: RoleKind
    gender: Gender
    broader: frozenset[str]
    adjective: bool


@attrs.frozen
class OrgEntry:
    """A named organisation: canonical name, state if known, whether an organ of government."""

    name: str
    state: State | None
    government: bool = False


@attrs.frozen
class GroupNoun:
    """A noun for a group of people ("men", "pair").

    Its gender, the size it implies, and whether "the NOUN" refers back with no number
    ("the men", but "the two people").
    """

    gender: Gender
    count: int | None
    alone: bool


def _rows(name: str) -> list[list[str]]:
    text = resources.files("arbdet").joinpath(f"data/people/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _state(code: str) -> State | None:
    return None if code == "-" else State(code)


@functools.cache
def role_words() -> dict[tuple[str, ...], RoleWord]:
    """Role phrases (lower-case token tuples) and what they mean."""
    table: dict[tuple[str, ...], RoleWord] = {}
    for phrase, title, kind, gender, broader, adjective in _rows("roles.tsv"):
        table[tokenize_text(phrase)] = RoleWord(
            title,
            RoleKind(kind),
            Gender(gender),
            frozenset() if broader == "-" else frozenset(broader.split(",")),
            adjective == "yes",
        )
    return table


@functools.cache
def role_titles() -> dict[str, RoleWord]:
    """Canonical titles and their meaning (the first phrase that gives each title)."""
    table: dict[str, RoleWord] = {}
    for word in role_words().values():
        table.setdefault(word.title, word)
    return table


@functools.cache
def role_modifiers() -> dict[str, str]:
    """Words that may stand inside a role phrase before its head, and their effect."""
    return {row[0]: row[1] for row in _rows("role_modifiers.tsv")}


@functools.cache
def honorifics() -> dict[str, Gender]:
    """Honorifics ("Ms", "Madame") and the gender they show."""
    return {word: Gender(gender) for word, gender in _rows("honorifics.tsv")}


@functools.cache
def given_names() -> dict[str, Gender]:
    """Common given names and their usual gender."""
    return {name: Gender(gender) for name, gender in _rows("given_names.txt")}


@functools.cache
def surnames() -> frozenset[str]:
    """Family names that are also common words or short East Asian family names."""
    return frozenset(row[0] for row in _rows("surnames.txt"))


@functools.cache
def particles() -> frozenset[str]:
    """Lower-case particles inside names ("de", "bin", "al")."""
    return frozenset(row[0] for row in _rows("name_particles.txt"))


@functools.cache
def name_suffixes() -> frozenset[str]:
    """Generational suffixes after a name ("Jr", "Sr")."""
    return frozenset(row[0] for row in _rows("name_suffixes.txt"))


@functools.cache
def not_names() -> frozenset[str]:
    """Capitalised words that are never part of a person's name (days, months...)."""
    return frozenset(row[0] for row in _rows("not_names.txt"))


@functools.cache
def organizations() -> dict[tuple[str, ...], OrgEntry]:
    """Named organisations by their written form (token tuples, case kept)."""
    return {
        tokenize_text(written): OrgEntry(name, _state(state), kind == "government")
        for written, name, state, kind in _rows("organizations.tsv")
    }


@functools.cache
def org_heads() -> dict[str, HeadKind]:
    """Head nouns of organisation names (lower case) and how they take a state."""
    return {head: HeadKind(kind) for head, kind in _rows("org_heads.tsv")}


@functools.cache
def group_nouns() -> dict[str, GroupNoun]:
    """Nouns that refer back to a group of named people."""
    return {
        noun: GroupNoun(Gender(gender), None if count == "-" else int(count), alone == "yes")
        for noun, gender, count, alone in _rows("group_nouns.tsv")
    }
