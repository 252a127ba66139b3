"""The tokens of a sentence, and the questions the date rules ask about them."""

from __future__ import annotations

import re

import attrs

from ._timex_lexicon import Lexicon

__all__ = ["Token", "TokenView", "tokenize"]

_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
_CLAUSE_END = frozenset([",", ".", ";", ":", "!", "?", ")", '"', "-"])
_CLAUSE_WINDOW = 12  # tokens looked back for "will", "is expected to"...


@attrs.frozen
class Token:
    """A token of the text: ``text[start:end]``, and its lower-case form.

    A token is a run of figures, a run of letters, or one other character.
    """

    start: int
    end: int
    text: str
    low: str


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``."""
    return [
        Token(m.start(), m.end(), m.group(), m.group().lower())
        for m in _TOKEN.finditer(text, start, end)
    ]


class TokenView:
    """A sentence's tokens, with bounds-safe questions about each (``j`` may be out of range)."""

    def __init__(self, text: str, tokens: list[Token], words: Lexicon) -> None:
        self.text = text
        self.tokens = tokens
        self.words = words

    def low(self, j: int) -> str:
        """Token ``j`` in lower case ("" past either end)."""
        return self.tokens[j].low if 0 <= j < len(self.tokens) else ""

    def tight(self, j: int) -> bool:
        """Whether token ``j`` follows token ``j - 1`` with no space between."""
        return 0 < j < len(self.tokens) and self.tokens[j - 1].end == self.tokens[j].start

    def spaced(self, j: int) -> bool:
        """Whether token ``j`` exists and a space separates it from token ``j - 1``."""
        return 0 < j < len(self.tokens) and not self.tight(j)

    def capital(self, j: int) -> bool:
        """Whether token ``j`` starts with a capital letter."""
        return 0 <= j < len(self.tokens) and self.tokens[j].text[:1].isupper()

    def figures(self, j: int, widths: tuple[int, ...]) -> int | None:
        """The value of token ``j`` if it is ASCII figures of one of the given widths."""
        if not 0 <= j < len(self.tokens):
            return None
        text = self.tokens[j].text
        if len(text) not in widths or not (text.isascii() and text.isdigit()):
            return None
        return int(text)

    def is_figures(self, j: int) -> bool:
        """Whether token ``j`` is a run of figures."""
        return 0 <= j < len(self.tokens) and self.tokens[j].text[:1].isdigit()

    def glued_after(self, j: int) -> bool:
        """Whether token ``j`` runs on into a word or a number ("2018x", "1,000", "1.5")."""
        k = j + 1
        if not self.tight(k):
            return False
        following = self.tokens[k].text
        if following[:1].isalnum():
            return True
        return following in ",.:/" and self.tight(k + 1) and self.is_figures(k + 1)

    def glued_before(self, j: int) -> bool:
        """Whether token ``j`` continues a word or number ("G7", "555-2018", "$2018")."""
        if not self.tight(j):
            return False
        previous = self.tokens[j - 1].text
        if previous[:1].isalnum() or previous in "$€£¥#+©":
            return True
        return previous in "-/.:," and self.tight(j - 1) and self.tokens[j - 2].text[:1].isalnum()

    def clause_end(self, j: int) -> bool:
        """Whether token ``j`` ends a clause: punctuation, or the end of the sentence."""
        return j >= len(self.tokens) or self.tokens[j].text in _CLAUSE_END

    def phrase_at(self, j: int, phrases: frozenset[tuple[str, ...]]) -> int:
        """How many tokens from ``j`` on make one of ``phrases`` (the longest), or 0."""
        for length in range(self.words.longest_phrase, 0, -1):
            if tuple(self.low(k) for k in range(j, j + length)) in phrases:
                return length
        return 0

    def unit_at(self, j: int, *, parts: bool = True) -> str | None:
        """The unit a singular unit word ("day", "year") or a part of day names."""
        word = self.low(j)
        if self.words.units.get(word) == word:
            return word
        return "day" if parts and word in self.words.day_parts else None

    def clause_before(self, end: int) -> list[str]:
        """The lower-case words of the clause before token ``end`` (at most a window of them)."""
        words: list[str] = []
        j = end - 1
        while j >= 0 and len(words) < _CLAUSE_WINDOW:
            if self.low(j) in self.words.clause_boundaries:
                break
            words.append(self.low(j))
            j -= 1
        words.reverse()
        return words
