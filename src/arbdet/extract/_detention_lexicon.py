"""The detention reader's vocabularies, read once from ``arbdet/data/detentions/``.

Every table is plain text: one entry a line, tab-separated columns, ``#`` comments.
Phrases are kept as tuples of lower-case words (see :func:`words_of`) so that they compare
with a sentence's tokens directly.
"""

from __future__ import annotations

import enum
import functools
import re
from importlib import resources

import attrs

from ..model import PartialDate, Person, State

__all__ = [
    "Kind",
    "Syntax",
    "TriggerEntry",
    "charge_heads",
    "charge_labels",
    "charge_words",
    "cue_class",
    "cue_phrases",
    "cue_words",
    "custody_words",
    "is_official",
    "locations",
    "predecessors",
    "split_words",
    "triggers",
    "words_of",
]

# A word (letters with inner hyphens or apostrophes), a number, a lone "'s", or any other
# character; a possessive "'s" at a word's end is split off as a token of its own.
_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*|\d+(?:[.,]\d+)*|'s(?![^\W\d_])|\S")
_POSSESSIVE = "'s"


def split_words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """The tokens of ``text`` as ``(start, end, text)``, offsets shifted by ``offset``."""
    found: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(text):
        start, end, word = match.start() + offset, match.end() + offset, match.group()
        if len(word) > 2 and word.endswith(_POSSESSIVE) and word[0].isalpha():
            found.append((start, end - 2, word[:-2]))
            found.append((end - 2, end, _POSSESSIVE))
        else:
            found.append((start, end, word))
    return found


class Kind(enum.Enum):
    """What a detention event reports."""

    ARREST = "arrest"
    HOLD = "hold"
    CONVICT = "convict"
    SENTENCE = "sentence"
    CHARGE = "charge"
    RELEASE = "release"
    FURLOUGH = "furlough"
    BAIL = "bail"
    TRANSFER = "transfer"


class Syntax(enum.Enum):
    """Where a trigger's person held stands (see ``triggers.tsv``)."""

    PART = "part"
    FIN = "fin"
    GER = "ger"
    VN = "vn"
    NOUN = "noun"
    INTR = "intr"
    PLACE = "place"
    OBJ = "obj"


@attrs.frozen
class TriggerEntry:
    """A trigger phrase and how it reads."""

    words: tuple[str, ...]
    kind: Kind
    syntax: Syntax
    new: bool
    needs_term: bool
    present: bool


def words_of(text: str) -> tuple[str, ...]:
    """The lower-case words of a phrase, split as sentences are."""
    return tuple(word.lower() for _, _, word in split_words(text))


def _rows(name: str) -> list[list[str]]:
    path = resources.files("arbdet").joinpath(f"data/detentions/{name}")
    text = path.read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def triggers() -> dict[str, list[TriggerEntry]]:
    """Trigger entries by their first word, longest first."""
    table: dict[str, list[TriggerEntry]] = {}
    for phrase, kind, syntax, flags in _rows("triggers.tsv"):
        marks = frozenset(flags.split(","))
        entry = TriggerEntry(
            words_of(phrase),
            Kind(kind),
            Syntax(syntax),
            "new" in marks,
            "years" in marks,
            "present" in marks,
        )
        table.setdefault(entry.words[0], []).append(entry)
    for entries in table.values():
        entries.sort(key=lambda e: -len(e.words))
    return table


@functools.cache
def cue_words() -> dict[str, frozenset[tuple[str, ...]]]:
    """Closed word classes (``cues.tsv``): class name to its phrases."""
    table: dict[str, set[tuple[str, ...]]] = {}
    for word, name in _rows("cues.tsv"):
        table.setdefault(name, set()).add(words_of(word))
    return {name: frozenset(words) for name, words in table.items()}


@functools.cache
def cue_class(name: str) -> frozenset[str]:
    """The one-word members of a class of ``cues.tsv``."""
    return frozenset(phrase[0] for phrase in cue_words().get(name, ()) if len(phrase) == 1)


@functools.cache
def cue_phrases(name: str) -> frozenset[str]:
    """The members of a class of ``cues.tsv`` as lower-case phrases ("prime minister")."""
    return frozenset(" ".join(phrase) for phrase in cue_words().get(name, ()))


@functools.cache
def predecessors() -> dict[State, tuple[State, PartialDate]]:
    """Former states (``predecessors.tsv``): a state to the one it was part of, and its end."""
    return {
        State(state): (State(former), PartialDate.parse(last))
        for state, former, last in _rows("predecessors.tsv")
    }


@functools.cache
def custody_words() -> dict[str, str]:
    """Custody and institution nouns (``custody.tsv``): lower-case word to its role."""
    return {word.lower(): role for word, role in _rows("custody.tsv")}


@functools.cache
def locations() -> dict[tuple[str, ...], State]:
    """Places of detention by their words (case kept) and the state they lie in."""
    return {
        tuple(word for _, _, word in split_words(place)): State(code)
        for place, code in _rows("locations.tsv")
    }


@functools.cache
def charge_labels() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Charge keys (lower-case words) and their labels, in order of priority."""
    return tuple((words_of(key), label) for key, label in _rows("charges.tsv"))


@functools.cache
def charge_words() -> dict[str, frozenset[str]]:
    """The charge reader's word classes (``charge_words.tsv``): class name to its words."""
    table: dict[str, set[str]] = {}
    for word, name in _rows("charge_words.tsv"):
        table.setdefault(name, set()).add(word)
    return {name: frozenset(words) for name, words in table.items()}


@functools.cache
def charge_heads() -> frozenset[str]:
    """Nouns that name an offence by themselves (``charge_heads.tsv``)."""
    return frozenset(row[0] for row in _rows("charge_heads.tsv"))


_FORMER = "former "


def is_official(person: Person) -> bool:
    """Whether a person holds an office ("President Joe Biden", a judge, a spokesperson)."""
    titles = cue_phrases("official")
    return any(
        not role.title.startswith(_FORMER) and role.title.lower() in titles for role in person.roles
    )
