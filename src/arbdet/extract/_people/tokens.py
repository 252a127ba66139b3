"""Words and punctuation of a document, with offsets, sentence numbers and places.

The people layer reads tokens rather than characters: a word is a run of letters with
inner hyphens or apostrophes ("Zaghari-Ratcliffe", "O'Neil", "ex-diplomat"), a possessive
"'s" is a token of its own, and every other non-space character is one token.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ...text import Document
from ..mentions import PlaceKind, PlaceMention

__all__ = ["POSSESSIVE", "Text", "Token", "is_attributive", "is_demonym", "tokenize_text"]

# A word (letters with inner hyphens or apostrophes), a number, a possessive after a full
# stop ("U.K.'s"), or any other character.
_TOKEN = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*|\d+(?:[.,:]\d+)*|'s(?![^\W\d_])|\S")

POSSESSIVE = "'s"
"""The possessive ending, a token of its own."""


@attrs.frozen
class Token:
    """One token: ``text`` is ``document.text[start:end]``; ``glued`` if no space precedes it."""

    start: int
    end: int
    text: str
    sentence: int
    glued: bool

    @property
    def lower(self) -> str:
        """The token in lower case."""
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        """Whether the token is a word (it starts with a letter)."""
        return self.text[:1].isalpha()

    @property
    def is_capitalised(self) -> bool:
        """Whether the token is a word that starts with a capital letter."""
        return self.text[:1].isupper()

    @property
    def is_all_caps(self) -> bool:
        """Whether the token is a word of two or more letters, all of them capitals."""
        return len(self.text) > 1 and self.text.isupper()


def _split(text: str, offset: int, sentence: int) -> list[Token]:
    tokens: list[Token] = []
    previous_end = -1
    for match in _TOKEN.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        word = match.group()
        glued = start == previous_end
        if len(word) > len(POSSESSIVE) and word.endswith(POSSESSIVE) and word[0].isalpha():
            cut = end - len(POSSESSIVE)
            tokens.append(Token(start, cut, word[: -len(POSSESSIVE)], sentence, glued))
            tokens.append(Token(cut, end, POSSESSIVE, sentence, True))
        else:
            tokens.append(Token(start, end, word, sentence, glued))
        previous_end = end
    return tokens


def tokenize_text(text: str) -> tuple[str, ...]:
    """The token texts of a short phrase (how vocabulary entries are compared with text)."""
    return tuple(token.text for token in _split(text, 0, 0))


@attrs.frozen
class Text:
    """A document's tokens (every sentence, duplicates included) and the places among them."""

    tokens: tuple[Token, ...]
    places: tuple[PlaceMention, ...]
    place_at: tuple[int | None, ...]  # per token: the index in ``places`` that covers it

    @classmethod
    def read(cls, doc: Document, places: Sequence[PlaceMention]) -> Text:
        """The tokens of ``doc`` and, for each, the place mention covering it."""
        tokens: list[Token] = []
        for number, sentence in enumerate(doc.sentences):
            tokens.extend(_split(doc.text[sentence.start : sentence.end], sentence.start, number))
        ordered = tuple(sorted(places, key=lambda p: (p.start, p.end)))
        found: list[int | None] = [None] * len(tokens)
        position = 0
        for index, token in enumerate(tokens):
            while position < len(ordered) and ordered[position].end <= token.start:
                position += 1
            if position < len(ordered):
                place = ordered[position]
                if place.start <= token.start and token.end <= place.end:
                    found[index] = position
        return cls(tuple(tokens), ordered, tuple(found))

    def __len__(self) -> int:
        return len(self.tokens)

    def text(self, index: int) -> str:
        """The text of token ``index``, or ``""`` outside the tokens."""
        return self.tokens[index].text if 0 <= index < len(self.tokens) else ""

    def lower(self, index: int) -> str:
        """The lower-case text of token ``index``, or ``""`` outside the tokens."""
        return self.text(index).lower()

    def same_sentence(self, first: int, second: int) -> bool:
        """Whether tokens ``first`` and ``second`` exist and belong to one sentence."""
        return (
            0 <= first < len(self.tokens)
            and 0 <= second < len(self.tokens)
            and self.tokens[first].sentence == self.tokens[second].sentence
        )

    def place(self, index: int) -> PlaceMention | None:
        """The place mention covering token ``index``, if any."""
        found = self.place_at[index] if 0 <= index < len(self.tokens) else None
        return None if found is None else self.places[found]

    def place_before(self, end: int) -> tuple[int, PlaceMention] | None:
        """The place mention whose last token is ``end - 1``: its first token and itself."""
        last = end - 1
        found = self.place_at[last] if 0 <= last < len(self.tokens) else None
        if found is None or (end < len(self.tokens) and self.place_at[end] == found):
            return None
        first = last
        while first > 0 and self.place_at[first - 1] == found:
            first -= 1
        return first, self.places[found]

    def place_after(self, start: int) -> tuple[int, PlaceMention] | None:
        """The place mention whose first token is ``start``: its end (exclusive) and itself."""
        found = self.place_at[start] if 0 <= start < len(self.tokens) else None
        if found is None or (start > 0 and self.place_at[start - 1] == found):
            return None
        end = start + 1
        while end < len(self.tokens) and self.place_at[end] == found:
            end += 1
        return end, self.places[found]


def is_demonym(place: PlaceMention) -> bool:
    """Whether a place mention is a demonym ("Canadian", "British-Iranian")."""
    return place.kind is PlaceKind.DEMONYM


def is_attributive(place: PlaceMention) -> bool:
    """Whether a place mention can stand before a noun as its state ("Canadian", "U.S.")."""
    if place.kind is PlaceKind.DEMONYM:
        return True
    letters = place.text.replace(".", "")
    return place.kind is PlaceKind.NAME and letters.isupper() and len(letters) <= 3
