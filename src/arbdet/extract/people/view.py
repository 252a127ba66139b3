"""A document's token columns and places, as the people family reads them.

:class:`Words` tokenises nothing: it holds the columns of :attr:`arbdet.text.Document.tokens`
and the places layer, and answers the questions the taggers of this family ask about a
token: is it in the same sentence as another, glued to the one before, the first or last
token of a place mention.
"""

from __future__ import annotations

from ...text import Document, Layer
from ..mentions import PlaceKind, PlaceMention

__all__ = ["Words", "is_attributive", "is_demonym"]

_MAX_ABBREVIATION = 3  # "U.S.", "UK": a state's short name can stand before a noun


class Words:
    """The tokens of a document (every sentence) and the places among them."""

    __slots__ = ("doc", "end", "lower", "places", "sentence", "size", "start", "text")

    def __init__(self, doc: Document, places: Layer[PlaceMention]) -> None:
        tokens = doc.tokens
        self.doc = doc
        self.text = tokens.text
        self.lower = tokens.lower
        self.start = tokens.start
        self.end = tokens.end
        self.sentence = tokens.sentence
        self.places = places
        self.size = len(tokens)

    def __len__(self) -> int:
        return self.size

    def word(self, index: int) -> str:
        """The text of token ``index``, or ``""`` outside the tokens."""
        return self.text[index] if 0 <= index < self.size else ""

    def low(self, index: int) -> str:
        """The lower-case text of token ``index``, or ``""`` outside the tokens."""
        return self.lower[index] if 0 <= index < self.size else ""

    def same(self, first: int, second: int) -> bool:
        """Whether tokens ``first`` and ``second`` exist and belong to one sentence."""
        size = self.size
        return (
            0 <= first < size
            and 0 <= second < size
            and self.sentence[first] == self.sentence[second]
        )

    def stop(self, index: int) -> int:
        """The end (exclusive) of the sentence of token ``index``."""
        return self.doc.sentences[self.sentence[index]].stop

    def glued(self, index: int) -> bool:
        """Whether token ``index`` follows the one before it with no space between."""
        return 0 < index < self.size and self.start[index] == self.end[index - 1]

    def is_word(self, index: int) -> bool:
        """Whether token ``index`` is a word (it starts with a letter)."""
        return 0 <= index < self.size and self.text[index][0].isalpha()

    def is_capitalised(self, index: int) -> bool:
        """Whether token ``index`` is a word that starts with a capital letter."""
        return 0 <= index < self.size and self.text[index][0].isupper()

    def place(self, index: int) -> PlaceMention | None:
        """The place mention covering token ``index``, if any."""
        return self.places.at(index)

    def place_before(self, end: int) -> tuple[int, PlaceMention] | None:
        """The place mention whose last token is ``end - 1``: its first token and itself."""
        number = self.places.index_at(end - 1)
        if number < 0 or self.places.stop[number] != end:
            return None
        return self.places.first[number], self.places.items[number]

    def place_after(self, start: int) -> tuple[int, PlaceMention] | None:
        """The place mention whose first token is ``start``: its end (exclusive) and itself."""
        number = self.places.index_at(start)
        if number < 0 or self.places.first[number] != start:
            return None
        return self.places.stop[number], self.places.items[number]


def is_demonym(place: PlaceMention) -> bool:
    """Whether a place mention is a demonym ("Canadian", "British-Iranian")."""
    return place.kind is PlaceKind.DEMONYM


def is_attributive(place: PlaceMention) -> bool:
    """Whether a place mention can stand before a noun as its state ("Canadian", "U.S.")."""
    if place.kind is PlaceKind.DEMONYM:
        return True
    letters = place.text.replace(".", "")
    return place.kind is PlaceKind.NAME and letters.isupper() and len(letters) <= _MAX_ABBREVIATION
