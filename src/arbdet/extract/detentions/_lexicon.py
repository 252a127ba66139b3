"""The detention reader's tables, read once from ``arbdet/data/detentions/``.

- ``triggers.tsv``: the words that report a detention event, with what they report
  (:class:`Kind`), where their person stands (:class:`Syntax`) and flags;
- ``words.tsv``: closed word classes ("be", "adverb", "wish", ...), matched in lower case;
- ``custody.tsv``: nouns of custody ("prison") and of institutions that hold people
  ("court", "authorities");
- ``locations.tsv``: cities, prisons and regions where people are held, with their state;
- ``predecessors.tsv``: states that were part of a former state, and when it ended;
- ``rules.tsv``: the event constructions as token patterns (see :mod:`._rules`).
"""

from __future__ import annotations

import enum
import functools
import re

import attrs

from ... import data
from ...model import PartialDate, Person, State
from ...text import tokenize

__all__ = [
    "ChargeKey",
    "Kind",
    "Syntax",
    "TriggerEntry",
    "charge_labels",
    "classes",
    "custody_role",
    "custody_words",
    "governed",
    "is_official",
    "location_firsts",
    "locations",
    "not_holders",
    "phrases",
    "predecessors",
    "synonyms",
    "triggers",
    "words",
    "words_of",
]

_TABLES = "detentions/"


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
    DIED = "died"


class Syntax(enum.Enum):
    """Where a trigger's person stands (see ``triggers.tsv``)."""

    PART = "part"
    FIN = "fin"
    GER = "ger"
    VN = "vn"
    NOUN = "noun"
    INTR = "intr"
    PLACE = "place"
    OBJ = "obj"
    CUSTODY = "custody"


@attrs.frozen
class TriggerEntry:
    """A trigger phrase and how it reads.

    ``new``: the event alone makes a person a detainee; ``needs_term``: only a sentence
    when a term follows ("given nine years"); ``present``: the words say the person is
    held now ("remains"); ``after``: a release only after a detention the text has told
    ("landed in Calgary").
    """

    words: tuple[str, ...]
    kind: Kind
    syntax: Syntax
    new: bool = False
    needs_term: bool = False
    present: bool = False
    after: bool = False


_INITIALISM = re.compile(r"\b[a-z](?:\.[a-z])+\.")


def words_of(text: str) -> tuple[str, ...]:
    """The lower-case tokens of a phrase, as the document's tokeniser splits it.

    A table writes "u.s." in lower case; it is one token, as "U.S." is in a text.
    """
    text = _INITIALISM.sub(lambda match: match.group().upper(), text)
    return tuple(word.lower() for word in tokenize(text))


@functools.cache
def triggers() -> dict[tuple[str, ...], TriggerEntry]:
    """Trigger entries by their lower-case tokens."""
    table: dict[tuple[str, ...], TriggerEntry] = {}
    for phrase, kind, syntax, flags in data.rows(_TABLES + "triggers.tsv"):
        marks = frozenset(flags.split(","))
        entry = TriggerEntry(
            words_of(phrase),
            Kind(kind),
            Syntax(syntax),
            "new" in marks,
            "years" in marks,
            "present" in marks,
            "after" in marks,
        )
        table.setdefault(entry.words, entry)
    return table


@functools.cache
def classes() -> dict[str, frozenset[tuple[str, ...]]]:
    """Every word class the rules may name, as lower-case token tuples.

    The classes of ``words.tsv``, one class per trigger syntax (``@part``, ``@noun``,
    ``@custody``...), per trigger kind (``@kind_release``...) and per both
    (``@intr_release``), the custody roles (``@custody_noun``, ``@institution``), and the
    charge reader's classes (``@charge_cue``, ``@charge_head``...).
    """
    found: dict[str, set[tuple[str, ...]]] = {}
    for word, name in data.rows(_TABLES + "words.tsv"):
        found.setdefault(name, set()).add(words_of(word))
    for entry in triggers().values():
        found.setdefault(entry.syntax.value, set()).add(entry.words)
        found.setdefault("kind_" + entry.kind.value, set()).add(entry.words)
        found.setdefault(f"{entry.syntax.value}_{entry.kind.value}", set()).add(entry.words)
        if entry.needs_term:
            found.setdefault("needs_term", set()).add(entry.words)
    for word, role in data.rows(_TABLES + "custody.tsv"):
        found.setdefault("custody_noun" if role == "custody" else role, set()).add(words_of(word))
    for word, name in data.rows(_TABLES + "charge_words.tsv"):
        found.setdefault("charge_" + name, set()).add(words_of(word))
    for (word,) in data.rows(_TABLES + "charge_heads.tsv"):
        found.setdefault("charge_head", set()).add(words_of(word))
    return {name: frozenset(members) for name, members in found.items()}


@functools.cache
def words(name: str) -> frozenset[str]:
    """The one-token members of the word class ``name`` (empty if there is none)."""
    return frozenset(member[0] for member in classes().get(name, ()) if len(member) == 1)


@functools.cache
def phrases(name: str) -> frozenset[str]:
    """The members of the word class ``name`` as lower-case phrases ("prime minister")."""
    return frozenset(" ".join(member) for member in classes().get(name, ()))


@functools.cache
def _custody() -> dict[str, str]:
    return {word.lower(): role for word, role in data.rows(_TABLES + "custody.tsv")}


@functools.cache
def custody_words() -> frozenset[str]:
    """The custody and institution nouns, in lower case."""
    return frozenset(_custody())


def custody_role(word: str) -> str | None:
    """``"custody"`` or ``"institution"`` for a custody or institution noun, else ``None``."""
    return _custody().get(word.lower())


@functools.cache
def locations() -> dict[tuple[str, ...], State]:
    """Places of detention by their tokens (case kept) and the state they lie in."""
    return {
        tuple(tokenize(place)): State(code) for place, code in data.rows(_TABLES + "locations.tsv")
    }


@functools.cache
def location_firsts() -> frozenset[str]:
    """The first tokens of the places of :func:`locations`."""
    return frozenset(key[0] for key in locations())


@attrs.frozen
class ChargeKey:
    """A key of ``charges.tsv``: runs of words that follow each other with short gaps.

    ``parts`` are the runs (lower-case tokens) the key's "..." separates; ``initial``
    says the first run must begin the phrase.
    """

    parts: tuple[tuple[str, ...], ...]
    initial: bool
    label: str


_GAP = " ... "


@functools.cache
def charge_labels() -> tuple[ChargeKey, ...]:
    """Charge keys and their labels, in order of priority."""
    found = []
    for key, label in data.rows(_TABLES + "charges.tsv"):
        initial = key.startswith("^")
        parts = tuple(words_of(part) for part in key.removeprefix("^").split(_GAP))
        found.append(ChargeKey(parts, initial, label))
    return tuple(found)


@functools.cache
def governed() -> dict[State, State]:
    """Places whose authorities hold people for another state (Hong Kong for China)."""
    return {State(place): State(state) for place, state in data.rows(_TABLES + "governed.tsv")}


@functools.cache
def not_holders() -> frozenset[State]:
    """Codes that name no state holding people nor a nationality (the EU)."""
    return frozenset(State(row[0]) for row in data.rows(_TABLES + "not_holders.tsv"))


@functools.cache
def synonyms() -> dict[str, str]:
    """Words of charges kept in the text's words, and how they are written ("cop")."""
    return dict(data.rows(_TABLES + "charge_synonyms.tsv"))  # type: ignore[arg-type]


@functools.cache
def predecessors() -> dict[State, tuple[State, PartialDate]]:
    """Former states: a state to the one it was part of, and that state's last day."""
    return {
        State(state): (State(former), PartialDate.parse(last))
        for state, former, last in data.rows(_TABLES + "predecessors.tsv")
    }


_FORMER = "former "


def is_official(person: Person) -> bool:
    """Whether a person holds an office ("President Joe Biden", a judge, a spokesperson)."""
    titles = phrases("official")
    return any(
        not role.title.startswith(_FORMER) and role.title.lower() in titles for role in person.roles
    )
