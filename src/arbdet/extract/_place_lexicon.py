"""The place vocabulary: every form that names a state, loaded once into a character trie.

Forms come from pycountry (every ISO 3166-1 name, official name and common name) and from
the tables in ``arbdet/data/places/``: everyday names, demonyms, capitals and seats of
government, combining forms ("Sino-"), phrases that hide a name ("New Mexico") and the
capitalised words that may stand beside a guarded name ("In Jordan").
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from importlib import resources

import attrs
import pycountry

from ..model import State
from ..text import tokenize

__all__ = ["Entry", "Guard", "Lexicon", "Role", "clean", "is_word_char", "lexicon"]

# Characters a phrase passed in by a caller may hold that normalised text never does.
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})
_SPACES = re.compile(r"\s+")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_UPPER_MIN_LETTERS = 4  # shorter all-capital forms ("USA") are written in the tables


class Role(enum.Enum):
    """What a form is to the matcher."""

    NAME = "name"
    DEMONYM = "demonym"
    METONYM = "metonym"
    COMBINING = "combining"  # "Sino" in "Sino-Canadian": a state only inside a compound
    BLOCKED = "blocked"  # "New Mexico": hides the name inside it


class Guard(enum.Enum):
    """When a form found in running text is not read as a state."""

    NONE = ""
    PROPER = "proper"  # followed by a capitalised word: part of a longer proper name
    PERSON = "person"  # as PROPER, or preceded by a capitalised word: a personal name


@attrs.frozen
class Entry:
    """What one form means: its role, the states it names and its guard."""

    role: Role
    states: tuple[State, ...] = ()
    guard: Guard = Guard.NONE


class _Node:
    """A node of the character trie."""

    __slots__ = ("children", "entry")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.entry: Entry | None = None


def is_word_char(char: str) -> bool:
    """Whether ``char`` continues a word (so a form cannot end or begin beside it)."""
    return char.isalnum() or char == "_"


@attrs.frozen
class Lexicon:
    """Every form, for phrase look-up, and a trie of those read in running text."""

    forms: Mapping[str, Entry]
    free_words: frozenset[str]
    _root: _Node

    by_first_token: Mapping[str, tuple[tuple[str, Entry], ...]]
    """Forms read in running text by their first token: (form, entry), longest first."""

    def longest(self, text: str, start: int) -> tuple[int, Entry] | None:
        """The longest form that begins at ``start`` and ends at a word boundary, if any."""
        node = self._root
        best: tuple[int, Entry] | None = None
        index = start
        length = len(text)
        while index < length:
            child = node.children.get(text[index])
            if child is None:
                break
            node = child
            index += 1
            if node.entry is not None and (index == length or not is_word_char(text[index])):
                best = (index, node.entry)
        return best


def clean(phrase: str) -> str:
    """``phrase`` in the form the tables use: NFC, plain apostrophes and hyphens, one space."""
    text = unicodedata.normalize("NFC", phrase).translate(_PLAIN)
    return _SPACES.sub(" ", text).strip()


def _fold_accents(form: str) -> str:
    decomposed = unicodedata.normalize("NFKD", form)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _rows(name: str) -> Iterator[list[str]]:
    text = resources.files("arbdet").joinpath(f"data/places/{name}").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [field.strip() for field in line.split("\t")]


def _states(field: str) -> tuple[State, ...]:
    return tuple(State(code) for code in field.split())


def _table(name: str, role: Role) -> Iterator[tuple[str, Entry]]:
    for row in _rows(name):
        states = _states(row[1]) if len(row) > 1 else ()
        guard = Guard(row[2]) if len(row) > 2 else Guard.NONE
        yield row[0], Entry(role, states, guard)


def _iso_forms() -> Iterator[tuple[str, Entry]]:
    for country in pycountry.countries:
        entry = Entry(Role.NAME, (State(str(country.alpha_2)),))
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if not value:
                continue
            form = str(value)
            if form.startswith("the "):
                form = form[4:]
            yield form, entry
            bare = _PARENTHESIS.sub("", form)  # "Holy See (Vatican City State)"
            if bare != form:
                yield bare, entry


def _spellings(form: str) -> Iterator[str]:
    yield form
    if " and " in form:
        yield form.replace(" and ", " & ")  # "Antigua & Barbuda"
    if form.startswith("Saint "):
        for short in ("St ", "St. "):
            yield from _spellings(short + form[6:])  # "St. Kitts and Nevis"


def _variants(form: str, entry: Entry) -> Iterator[str]:
    upper = entry.role is not Role.METONYM and sum(c.isalpha() for c in form) >= _UPPER_MIN_LETTERS
    for spelling in _spellings(form):
        folded = _fold_accents(spelling)
        yield spelling
        yield folded  # "Cote d'Ivoire", "Turkiye"
        if upper:
            yield spelling.upper()  # headlines: "CHINA DETAINS TWO CANADIANS"
            yield folded.upper()


@functools.cache
def lexicon() -> Lexicon:
    """The place vocabulary, loaded once.

    A form listed in more than one place keeps its first meaning, in this order: blocked
    phrases, the project's names (which may add a guard to an ISO name), pycountry's
    names, demonyms, metonyms, combining forms.
    """
    sources = [
        _table("blocked.tsv", Role.BLOCKED),
        _table("names.tsv", Role.NAME),
        _iso_forms(),
        _table("demonyms.tsv", Role.DEMONYM),
        _table("metonyms.tsv", Role.METONYM),
        _table("combining.tsv", Role.COMBINING),
    ]
    forms: dict[str, Entry] = {}
    root = _Node()
    for source in sources:
        for raw, entry in source:
            for form in _variants(clean(raw), entry):
                if form in forms:
                    continue
                forms[form] = entry
                # Inverted ISO names ("Korea, Republic of") are looked up, never read in text.
                if "," in form and entry.role is Role.NAME:
                    continue
                node = root
                for char in form:
                    node = node.children.setdefault(char, _Node())
                node.entry = entry
    free = frozenset(row[0].casefold() for row in _rows("free_words.tsv"))
    by_first: dict[str, list[tuple[str, Entry]]] = {}
    for form, entry in forms.items():
        words = tokenize(form)
        if words and not ("," in form and entry.role is Role.NAME):
            by_first.setdefault(words[0], []).append((form, entry))
    ordered = {
        first: tuple(sorted(found, key=lambda item: -len(item[0])))
        for first, found in by_first.items()
    }
    return Lexicon(forms, free, root, ordered)
