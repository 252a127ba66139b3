"""Personal names: runs of capitalised words that read as a name.

A run is a sequence of capitalised words in one sentence, with initials ("N."), inner
particles ("de", "bin") and hyphenated or apostrophised words ("Zaghari-Ratcliffe",
"al-Hassan", "O'Neil"). Words already read as a place, an organisation, a role phrase or a
group ("the two Michaels") end a run, as do all-capital words, days and months. Runs are
only looked for at capitalised tokens, and each token is read once, so finding names is
linear in the text however long a run of capitalised words is.

Each word is then judged: a known given name or family name, a common English word
(:func:`.vocabulary.common_words`), or neither (most surnames and romanised names:
"Kovrig", "Meng", "Wanzhou"). Common words that open a run are dropped ("Officials",
"Linking"), one inside a run splits it ("Biden Urges Xi"), and one closing a run is
dropped unless only given names come before it ("Ned Price" and "Francis Gary Powers"
stay, "Uighur Muslims" and "Rosemary Barton Live" lose their last word). A run that opens
with a listed official's full name keeps it whole ("Penny Wong", though "Penny" and "Wong"
are common words). What is left is a full name when it has two words or more, and a single
word otherwise (a surname or given name that coreference may resolve); a pronoun alone is
never one ("He", also a family name). A generational suffix ("Jr.") stays with the name it
follows.
A common word standing alone is still a surname when the document gives a full name
ending with it ("Viktor Bout" ... "Bout, who was convicted").
An honorific before a run ("Ms.", "Madame") is kept with it and shows a gender.
"""

from __future__ import annotations

import enum
import functools
import re

import attrs

from .officials import known_name_lengths, written_name
from .view import Words
from .vocabulary import (
    Gender,
    common_words,
    given_names,
    honorifics,
    name_suffixes,
    not_names,
    particles,
    surnames,
    word_class,
)

__all__ = ["NameSpan", "find_names"]

_MAX_PARTICLES = 3  # particles in a row inside a name ("van der", "de la")
# The most words a personal name has ("Efrain Antonio Campos Flores", "Maria de la Cruz
# Lopez Garcia"); a longer stretch of name words is a title or a list, not one name.
_MAX_NAME_WORDS = 7
# A name's word: letters, with inner hyphens or apostrophes ("Zaghari-Ratcliffe", "O'Neil").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


class _Kind(enum.Enum):
    GIVEN = "given"
    FAMILY = "family"
    COMMON = "common"
    OTHER = "other"
    INITIAL = "initial"
    PARTICLE = "particle"
    LOWER = "lower"  # a lower-case word, a particle if what follows it makes it one
    SUFFIX = "suffix"


@attrs.frozen
class NameSpan:
    """A name over tokens ``[first, end)``, with its honorific.

    ``lead`` is the name's first token counting its honorific, and ``start``/``stop`` its
    character offsets, honorific included. ``parts`` are the name's words as written (an
    initial or a suffix with its full stop); ``honorific`` is the gender an honorific before
    it shows, or ``None`` without one.
    """

    lead: int
    first: int
    end: int
    start: int
    stop: int
    parts: tuple[str, ...]
    honorific: Gender | None
    suffix: str | None = attrs.field(
        init=False, default=attrs.Factory(lambda self: _suffix(self.parts), takes_self=True)
    )
    """The generational suffix written after the name ("Jr"), if any."""

    @property
    def words(self) -> tuple[str, ...]:
        """The name's words without a generational suffix ("Powers" of "Powers Jr.")."""
        return self.parts if self.suffix is None else self.parts[:-1]

    @property
    def full(self) -> bool:
        """Whether the name has two words or more (a suffix does not count)."""
        return len(self.parts) - (self.suffix is not None) > 1


def _suffix(parts: tuple[str, ...]) -> str | None:
    last = parts[-1].rstrip(".")
    return last if len(parts) > 1 and last in name_suffixes() else None


@functools.lru_cache(maxsize=8192)
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
    if word.lower() in common_words():
        return _Kind.COMMON
    return _Kind.OTHER


_Word = tuple[int, int, _Kind]  # first token, end token, kind


def _full_stop(words: Words, index: int) -> bool:
    return words.word(index) == "." and words.glued(index)


def _capitalised_next(words: Words, index: int) -> bool:
    """Whether a capitalised word follows, past other particles ("von der Leyen")."""
    for ahead in range(index + 1, min(index + _MAX_PARTICLES + 1, words.size)):
        if words.glued(ahead) or not words.same(index, ahead):
            return False
        if words.text[ahead][0].isupper():
            return True
        if words.lower[ahead] not in particles():
            return False
    return False


def _name_word(words: Words, index: int, blocked: bytearray) -> tuple[int, _Kind] | None:
    """The name word at ``index``: where it ends (an initial takes its full stop) and kind."""
    if index >= words.size or blocked[index]:
        return None
    kind = _word_kind(words.text[index])
    if kind is None:
        return None
    if kind is _Kind.LOWER:
        return _particle(words, index)
    if kind is _Kind.INITIAL:
        return (index + 2, kind) if _full_stop(words, index + 1) else None
    if kind is _Kind.SUFFIX and _full_stop(words, index + 1):
        return index + 2, kind  # "Jr." takes its full stop
    return index + 1, kind


@functools.lru_cache(maxsize=8192)
def _word_kind(text: str) -> _Kind | None:
    """What a token can be in a name by its text alone; ``None`` if no name word.

    A single capital may be an initial, and a lower-case word a particle: the tokens after
    them decide.
    """
    if not _NAME_WORD.fullmatch(text):
        return None
    if not text[0].isupper():
        return _Kind.LOWER
    if len(text) == 1:
        return _Kind.INITIAL
    if text.isupper() or text in not_names() or text in honorifics():
        return None
    return _kind(text)


def _particle(words: Words, index: int) -> tuple[int, _Kind] | None:
    """A lower-case particle inside a name ("de", "von der", "al-Hassan"), if one is here."""
    head = words.lower[index].partition("-")[0]
    if head in particles() and (words.text[index] != head or _capitalised_next(words, index)):
        return index + 1, _Kind.PARTICLE
    return None


def _honorific(words: Words, index: int) -> tuple[int, Gender] | None:
    """An honorific at ``index`` ("Ms", "Ms.", "Madame"): where it ends and its gender."""
    gender = honorifics().get(words.text[index])
    if gender is None:
        return None
    end = index + 1
    return (end + 1, gender) if _full_stop(words, end) else (end, gender)


def _pieces(found: list[_Word]) -> list[list[_Word]]:
    """Split a run of name words at the common words in it, and trim each piece.

    A common word ends a piece and is dropped, except as the run's last word after given
    names only or a family name ("Ned Price", "Francis Gary Powers", "Wang Fang") and
    between a given name and a surname ("Vladimir Kara Murza"); particles never open or
    close a piece.
    A generational suffix closing the run ("Jr.") joins the piece it follows, if any.
    """
    if found and found[-1][2] is _Kind.SUFFIX:
        named = _pieces(found[:-1])
        if named and named[-1][-1] == found[-2]:
            named[-1].append(found[-1])
        elif len(found) == 2 and found[0][2] is _Kind.COMMON:
            named.append(found)  # "Powers Jr.": the suffix shows a name
        return named
    found = _middle_names(found)
    pieces: list[list[_Word]] = []
    current: list[_Word] = []
    for position, word in enumerate(found):
        kind = word[2]
        if kind is _Kind.SUFFIX or (
            kind is _Kind.COMMON and not (position == len(found) - 1 and current)
        ):
            if current:
                pieces.append(current)
            current = []
        elif kind is not _Kind.PARTICLE or current:
            current.append(word)
    if current:
        if current[-1][2] is _Kind.COMMON and not _named_before(current):
            current.pop()
        pieces.append(current)
    for piece in pieces:
        while piece and piece[-1][2] is _Kind.PARTICLE:
            piece.pop()
    return [piece for piece in pieces if 0 < len(piece) <= _MAX_NAME_WORDS]


def _named_before(piece: list[_Word]) -> bool:
    """Whether the words before a common last word show a name.

    Given names only ("Ned Price"), or a family name alone ("Wang Fang").
    """
    before = [word[2] for word in piece[:-1]]
    return bool(before) and (
        all(kind is _Kind.GIVEN for kind in before) or before == [_Kind.FAMILY]
    )


def _middle_names(found: list[_Word]) -> list[_Word]:
    """The run with a common word between a given name and a surname read as a name.

    ("Vladimir Kara Murza": "kara" is common enough, but not after "Vladimir" and before a
    word that is no common word.)
    """
    named = (_Kind.OTHER, _Kind.FAMILY)
    return [
        (word[0], word[1], _Kind.FAMILY)
        if word[2] is _Kind.COMMON
        and 0 < position < len(found) - 1
        and found[position - 1][2] is _Kind.GIVEN
        and found[position + 1][2] in named
        else word
        for position, word in enumerate(found)
    ]


def _written(words: Words, word: _Word) -> str:
    return words.doc.text[words.start[word[0]] : words.end[word[1] - 1]]


def _known_first(words: Words, found: list[_Word]) -> list[list[_Word]]:
    """The run's pieces; a run that opens with a listed official's full name keeps it whole.

    Only the lengths of listed names that begin with the run's first word are tried, so a
    run of any length costs the same few look-ups.
    """
    if len(found) == 1:  # most runs: one word, a name unless common or a particle
        return [] if found[0][2] in (_Kind.COMMON, _Kind.PARTICLE, _Kind.SUFFIX) else [found]
    for size in known_name_lengths(words.text[found[0][0]]):
        if 1 < size <= len(found) and written_name([_written(words, w) for w in found[:size]]):
            return [found[:size], *_pieces(found[size:])]
    return _pieces(found)


def _run(words: Words, first: int, blocked: bytearray) -> list[_Word]:
    """The name words from token ``first`` on, in one sentence, each after a space."""
    found: list[_Word] = []
    position = first
    stop = words.stop(first)
    starts, ends = words.start, words.end
    while position < stop:
        word = _name_word(words, position, blocked)
        if word is None or (found and starts[position] == ends[position - 1]):
            break
        found.append((position, word[0], word[1]))
        position = word[0]
    return found


def _span(words: Words, piece: list[_Word], lead: int, honorific: Gender | None) -> NameSpan:
    parts = tuple(_written(words, w) for w in piece)
    end = piece[-1][1]
    return NameSpan(lead, piece[0][0], end, words.start[lead], words.end[end - 1], parts, honorific)


def find_names(words: Words, blocked: bytearray) -> list[NameSpan]:
    """Every name among the tokens not ``blocked``, in order."""
    found: list[NameSpan] = []
    alone = word_class("pronoun_word")
    resume = 0
    for index in [i for i, text in enumerate(words.text) if text[0].isupper()]:
        if index < resume:
            continue
        if (blocked[index] or _kind(words.text[index]) is _Kind.COMMON) and not _may_go_on(
            words, index
        ):
            continue  # a place, a body, or a common word alone: no name begins here
        honorific = _honorific(words, index)
        first = index if honorific is None else honorific[0]
        run = _run(words, first, blocked) if first < words.size else []
        if not run:
            continue
        resume = run[-1][1]
        if honorific is not None and run[0][2] is _Kind.COMMON:
            run[0] = (run[0][0], run[0][1], _Kind.FAMILY)  # "Mr. Young"
        for piece in _known_first(words, run):
            titled = honorific is not None and piece[0][0] == first
            if not titled and len(piece) == 1 and words.lower[piece[0][0]] in alone:
                continue  # "He" opening a sentence, though a family name too
            lead = index if titled else piece[0][0]
            found.append(_span(words, piece, lead, honorific[1] if titled and honorific else None))
    return _lone_surnames(words, blocked, found)


def _may_go_on(words: Words, index: int) -> bool:
    """Whether a capitalised word (an honorific's full stop) follows token ``index``."""
    following = index + 1
    text, sentence = words.text, words.sentence
    if following < words.size and text[following] == "." and words.glued(following):
        following += 1
    return (
        following < words.size
        and text[following][0].isupper()
        and sentence[index] == sentence[following]
    )


def _lone_surnames(words: Words, blocked: bytearray, found: list[NameSpan]) -> list[NameSpan]:
    """``found`` with the lone common words that end a full name found ("Bout")."""
    endings = {
        span.words[-1] for span in found if span.full and _kind(span.words[-1]) is _Kind.COMMON
    }
    if not endings:
        return found
    covered = bytearray(words.size)
    for span in found:
        covered[span.lead : span.end] = b"\x01" * (span.end - span.lead)
    extra = [
        NameSpan(index, index, index + 1, words.start[index], words.end[index], (text,), None)
        for index, text in enumerate(words.text)
        if text in endings
        and not covered[index]
        and not blocked[index]
        and not _beside_capital(words, index)
    ]
    return sorted([*found, *extra], key=lambda span: span.first) if extra else found


def _beside_capital(words: Words, index: int) -> bool:
    """Whether a capitalised word stands right before or after token ``index``."""
    for near in (index - 1, index + 1):
        if words.same(index, near):
            text = words.text[near]
            if text[0].isupper() and not (len(text) > 1 and text.isupper()):
                return True
    return False
