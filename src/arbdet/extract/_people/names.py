"""Personal names: runs of capitalised words that read as a name.

A run is a sequence of capitalised words in one sentence, with initials ("N."), inner
particles ("de", "bin") and hyphenated or apostrophised words ("Zaghari-Ratcliffe",
"al-Hassan", "O'Neil"). Words already read as a place, an organisation, a role phrase or a
group ("the two Michaels") end a run, as do all-capital words, days and months.

Each word is then judged: a known given name or family name, a common English word
(``arbdet.text._words.word_frequencies``), or neither (most surnames and romanised names:
"Kovrig", "Meng", "Wanzhou"). Common words that open a run are dropped ("Officials",
"Linking"), one inside a run splits it ("Biden Urges Xi"), and one closing a run is
dropped unless only given names come before it ("Ned Price" and "Francis Gary Powers"
stay, "Uighur Muslims" and "Rosemary Barton Live" lose their last word). What is left is
a full name when it has two words or more, and a single word otherwise (a surname that
coreference may resolve).
A common word standing alone is still a surname when the document gives a full name
ending with it ("Viktor Bout" ... "Bout, who was convicted").
An honorific before a run ("Ms.", "Madame") is kept with it and shows a gender.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs

from ...text._words import word_frequencies
from .officials import is_official_name
from .tables import (
    Gender,
    given_names,
    honorifics,
    name_suffixes,
    not_names,
    particles,
    surnames,
)
from .tokens import Text

__all__ = ["NameSpan", "find_names"]

# A capitalised word whose lower-case form is at least this frequent is a common word.
_COMMON = 1000
_MAX_PARTICLES = 3  # particles in a row inside a name ("van der", "de la")


class _Kind(enum.Enum):
    GIVEN = "given"
    FAMILY = "family"
    COMMON = "common"
    OTHER = "other"
    INITIAL = "initial"
    PARTICLE = "particle"
    SUFFIX = "suffix"


@attrs.frozen
class NameSpan:
    """A name over tokens ``[first, end)``, with its honorific.

    ``lead`` is the name's first token counting its honorific, and ``start``/``stop`` its
    character offsets, honorific included. ``parts`` are the name's words as written (an
    initial with its full stop); ``honorific`` is the gender an honorific before it shows,
    or ``None`` without one.
    """

    lead: int
    first: int
    end: int
    start: int
    stop: int
    parts: tuple[str, ...]
    honorific: Gender | None

    @property
    def full(self) -> bool:
        """Whether the name has two words or more."""
        return len(self.parts) > 1


def _kind(word: str) -> _Kind:
    if word in name_suffixes():
        return _Kind.SUFFIX
    if word in given_names():
        return _Kind.GIVEN
    first, dash, rest = word.partition("-")
    if dash and first in given_names() and rest[:1].isupper():
        return _Kind.GIVEN  # a hyphenated given name: "Jean-Noël", "François-Philippe"
    if word in surnames():
        return _Kind.FAMILY
    if word_frequencies().get(word.lower(), 0) >= _COMMON:
        return _Kind.COMMON
    return _Kind.OTHER


def _name_word(text: Text, index: int, blocked: Sequence[bool]) -> tuple[int, _Kind] | None:
    """The name word at ``index``: where it ends (an initial takes its full stop) and kind."""
    if index >= len(text) or blocked[index]:
        return None
    token = text.tokens[index]
    if not token.is_word:
        return None
    head = token.lower.partition("-")[0]
    if not token.is_capitalised:
        if head in particles() and (token.lower != head or _capitalised_next(text, index)):
            return index + 1, _Kind.PARTICLE
        return None
    if len(token.text) == 1:
        if text.text(index + 1) == "." and text.tokens[index + 1].glued:
            return index + 2, _Kind.INITIAL
        return None
    if token.is_all_caps or token.text in not_names() or token.text in honorifics():
        return None
    kind = _kind(token.text)
    if kind is _Kind.SUFFIX and text.text(index + 1) == "." and text.tokens[index + 1].glued:
        return index + 2, kind  # "Jr." takes its full stop
    return index + 1, kind


def _capitalised_next(text: Text, index: int) -> bool:
    """Whether a capitalised word follows, past other particles ("von der Leyen")."""
    for ahead in range(index + 1, min(index + _MAX_PARTICLES + 1, len(text))):
        following = text.tokens[ahead]
        if following.glued or not text.same_sentence(index, ahead):
            return False
        if following.is_capitalised:
            return True
        if following.lower not in particles():
            return False
    return False


def _honorific(text: Text, index: int) -> tuple[int, Gender] | None:
    """An honorific at ``index`` ("Ms", "Ms.", "Madame"): where it ends and its gender."""
    gender = honorifics().get(text.text(index))
    if gender is None:
        return None
    end = index + 1
    if text.text(end) == "." and text.tokens[end].glued:
        end += 1
    return end, gender


_Word = tuple[int, int, _Kind]  # first token, end token, kind


def _pieces(words: list[_Word]) -> list[list[_Word]]:
    """Split a run of name words at the common words in it, and trim each piece.

    A common word ends a piece and is dropped, except as the run's last word after given
    names only ("Ned Price", "Francis Gary Powers"); particles never open or close a piece.
    A generational suffix closing the run ("Jr.") joins the piece it follows, if any.
    """
    if words and words[-1][2] is _Kind.SUFFIX:
        named = _pieces(words[:-1])
        if named and named[-1][-1] == words[-2]:
            named[-1].append(words[-1])
        return named
    pieces: list[list[_Word]] = []
    current: list[_Word] = []
    for position, word in enumerate(words):
        kind = word[2]
        if kind is _Kind.SUFFIX or (
            kind is _Kind.COMMON and not (position == len(words) - 1 and current)
        ):
            if current:
                pieces.append(current)
            current = []
        elif kind is not _Kind.PARTICLE or current:
            current.append(word)
    if current:
        if current[-1][2] is _Kind.COMMON and not (
            len(current) > 1 and all(word[2] is _Kind.GIVEN for word in current[:-1])
        ):
            current.pop()
        pieces.append(current)
    for piece in pieces:
        while piece and piece[-1][2] is _Kind.PARTICLE:
            piece.pop()
    return [piece for piece in pieces if piece]


def _known_first(doc_text: str, text: Text, words: list[_Word]) -> list[list[_Word]]:
    """The run's pieces; a run that opens with a known official's full name keeps it whole.

    ("Penny Wong" and "François-Philippe Champagne" are names even though "Penny", "Wong"
    and "Champagne" are common words.)
    """
    for size in range(len(words), 1, -1):
        written = tuple(
            doc_text[text.tokens[w[0]].start : text.tokens[w[1] - 1].end] for w in words[:size]
        )
        if is_official_name(written):
            return [words[:size], *_pieces(words[size:])]
    return _pieces(words)


def find_names(doc_text: str, text: Text, blocked: Sequence[bool]) -> list[NameSpan]:
    """Every name among the tokens not ``blocked``, in order."""
    found: list[NameSpan] = []
    index = 0
    while index < len(text):
        honorific = _honorific(text, index)
        first = index if honorific is None else honorific[0]
        words: list[_Word] = []
        position = first
        while text.same_sentence(first, position):
            word = _name_word(text, position, blocked)
            if word is None or (words and not _spaced(text, position)):
                break
            words.append((position, word[0], word[1]))
            position = word[0]
        if not words:
            index += 1
            continue
        if honorific is not None and words[0][2] is _Kind.COMMON:
            words[0] = (words[0][0], words[0][1], _Kind.FAMILY)  # "Mr. Young"
        for piece in _known_first(doc_text, text, words):
            begin, end = piece[0][0], piece[-1][1]
            with_title = honorific is not None and begin == first
            lead = index if with_title else begin
            parts = tuple(
                doc_text[text.tokens[p[0]].start : text.tokens[p[1] - 1].end] for p in piece
            )
            found.append(
                NameSpan(
                    lead,
                    begin,
                    end,
                    text.tokens[lead].start,
                    text.tokens[end - 1].end,
                    parts,
                    honorific[1] if with_title and honorific else None,
                )
            )
        index = position
    return _lone_surnames(text, blocked, found)


def _lone_surnames(text: Text, blocked: Sequence[bool], found: list[NameSpan]) -> list[NameSpan]:
    """``found`` with the lone common words that end a full name found ("Bout")."""
    endings = {
        span.parts[-1] for span in found if span.full and _kind(span.parts[-1]) is _Kind.COMMON
    }
    if not endings:
        return found
    covered = [False] * len(text)
    for span in found:
        for index in range(span.lead, span.end):
            covered[index] = True
    extra = [
        NameSpan(index, index, index + 1, token.start, token.end, (token.text,), None)
        for index, token in enumerate(text.tokens)
        if token.text in endings
        and not covered[index]
        and not blocked[index]
        and not _beside_capital(text, index)
    ]
    return sorted([*found, *extra], key=lambda span: span.first) if extra else found


def _beside_capital(text: Text, index: int) -> bool:
    """Whether a capitalised word stands right before or after token ``index``."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(text) and text.same_sentence(index, near):
            token = text.tokens[near]
            if token.is_capitalised and not token.is_all_caps:
                return True
    return False


def _spaced(text: Text, index: int) -> bool:
    """Whether token ``index`` follows the one before it after a space."""
    return not text.tokens[index].glued
