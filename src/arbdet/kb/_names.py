"""Personal names as comparable keys: folded words, surname skeletons, given-name variants.

The word lists (given-name variants, honorifics, transliteration rewrites) live in
``arbdet/data/names/`` and are loaded once.
"""

from __future__ import annotations

import enum
import functools
import unicodedata

import attrs
from rapidfuzz import fuzz

from .. import data

__all__ = ["NameKey", "NameRelation", "compare", "fold", "given_compatible", "name_parts"]

_SURNAME_SIMILARITY = 88.0
"""The rapidfuzz ratio above which two surname skeletons are spelling variants."""


@functools.cache
def _variant_groups() -> dict[str, int]:
    groups: dict[str, int] = {}
    for number, row in enumerate(data.rows("names/given_names.tsv")):
        for form in row:
            groups.setdefault(form.strip(), number)
    return groups


@functools.cache
def _honorifics() -> frozenset[str]:
    return frozenset(row[0].strip() for row in data.rows("names/honorifics.tsv"))


@functools.cache
def _rewrites() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in data.rows("names/transliteration.tsv"))


def fold(text: str) -> str:
    """Lower case without accents: ``"Évelyne"`` becomes ``"evelyne"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=65536)
def skeleton(part: str) -> str:
    """A spelling key of one folded name part: transliteration rewrites, no doubled letters."""
    for old, new in _rewrites():
        part = part.replace(old, new)
    out: list[str] = []
    for char in part:
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out)


def _words(name: str) -> tuple[tuple[str, ...], ...]:
    words = []
    for raw in fold(name).replace("\u2019", "'").split():
        parts = tuple(
            "".join(c for c in piece if c.isalnum()) for piece in raw.replace("_", "-").split("-")
        )
        parts = tuple(p for p in parts if p)
        if parts and not (len(parts) == 1 and parts[0] in _honorifics()):
            words.append(parts)
    return tuple(words)


def _key(parts: tuple[str, ...]) -> str:
    return " ".join(skeleton(p) for p in parts)


@attrs.frozen
class NameKey:
    """A name as folded words, with the spelling keys it is compared and blocked by.

    Each word keeps its hyphen-joined parts together ("Zaghari-Ratcliffe").
    """

    name: str
    words: tuple[tuple[str, ...], ...]
    tokens: tuple[str, ...] = attrs.field(eq=False, repr=False)
    """Every name part, in order, hyphenated words split."""
    surname: str = attrs.field(eq=False, repr=False)
    """The spelling key of the last word (a hyphenated surname kept whole)."""
    whole: str = attrs.field(eq=False, repr=False)
    """The spelling key of the whole name, parts in order."""

    @classmethod
    def of(cls, name: str) -> NameKey:
        """The key of a personal name as written."""
        words = _words(name)
        tokens = tuple(part for word in words for part in word)
        return cls(name, words, tokens, _key(words[-1]) if words else "", _key(tokens))

    @property
    def single(self) -> bool:
        """Whether the name is one word: a bare surname or given name."""
        return len(self.words) == 1

    @property
    def given(self) -> str | None:
        """The first word's first part, for a name of two words or more."""
        return self.words[0][0] if len(self.words) > 1 else None

    @property
    def initial_only(self) -> bool:
        """Whether the given name is an initial ("M. Kovrig")."""
        given = self.given
        return given is not None and len(given) == 1

    @property
    def consonants(self) -> str:
        """The surname key without vowels: a blocking key for vowel-spelling variants."""
        return "".join(c for c in self.surname if c not in "aeiou ")

    @property
    def tail_keys(self) -> frozenset[str]:
        """Keys a bare one-word mention of this name may match: surname, joined tail, first word."""
        if not self.words:
            return frozenset()
        keys = {self.surname, _key(self.words[0])}
        if len(self.words) > 2:
            keys.add(_key(tuple(p for word in self.words[-2:] for p in word)))
        return frozenset(keys)


def given_compatible(a: str, b: str) -> bool:
    """Whether two given names (folded) can name one person: equal, initial, or variants."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if skeleton(a) == skeleton(b):
        return True
    groups = _variant_groups()
    return a in groups and groups[a] == groups.get(b)


def _surnames_agree(a: NameKey, b: NameKey) -> bool:
    sa, sb = a.surname, b.surname
    if sa == sb:
        return True
    return sa[:1] == sb[:1] and fuzz.ratio(sa, sb) >= _SURNAME_SIMILARITY


def _middles_agree(a: NameKey, b: NameKey) -> bool:
    middle_a, middle_b = a.words[1:-1], b.words[1:-1]
    for word_a, word_b in zip(middle_a, middle_b, strict=False):
        if not given_compatible(word_a[0], word_b[0]):
            return False
    return True


class NameRelation(enum.Enum):
    """How two names of two words or more relate."""

    SAME = "same"
    """One person: same surname (or a spelling variant), compatible given names."""
    SUSPECT = "suspect"
    """Same surname, a different given name that is neither an initial nor a variant."""
    DIFFERENT = "different"
    """Other people."""


def compare(a: NameKey, b: NameKey) -> NameRelation:
    """How two full names (two words or more each) relate."""
    if a.tokens == b.tokens or (
        len(a.tokens) == len(b.tokens) and sorted(a.tokens) == sorted(b.tokens)
    ):
        return NameRelation.SAME
    if a.single or b.single or not _surnames_agree(a, b):
        return NameRelation.DIFFERENT
    given_a, given_b = a.given, b.given
    assert given_a is not None
    assert given_b is not None
    if not given_compatible(given_a, given_b):
        return NameRelation.SUSPECT
    return NameRelation.SAME if _middles_agree(a, b) else NameRelation.DIFFERENT


def name_parts(name: str) -> tuple[str, ...]:
    """A name's folded parts without initials and honorifics (hyphenated words split)."""
    return tuple(part for part in NameKey.of(name).tokens if len(part) > 1)
