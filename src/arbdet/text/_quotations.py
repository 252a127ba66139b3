"""Quotation regions: the stretches of a document's text between quotation marks.

One scan per paragraph, in linear time. Double quotation marks pair up within a
paragraph; a quotation whose closing mark is missing runs to the end of its paragraph
(so a quotation running over several paragraphs gives one region per paragraph), and
one whose opening mark is missing starts where the reported speech before it stops.
Single quotation marks count only where they cannot be apostrophes, and never inside a
double quotation (a quotation within a quotation stays part of the outer one).
"""

from __future__ import annotations

import enum
import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

import attrs

from .. import data
from ._segment import Paragraph

__all__ = ["Quotation", "find_quotations", "reports_speech", "word_count"]

_DOUBLE = '"'
_SINGLE = "'"
_CLOSING_GLYPHS = frozenset("\u201d\u00bb")  # a right double mark or guillemet in the source
_OPENING_GUILLEMET = "\u00ab"  # opens whatever follows it ("« Nous ne céderons pas »")
_END_PUNCTUATION = frozenset(",.!?;:")
_SINGLE_OPEN_AFTER = frozenset(" ([{-/\u2026")
_MAX_SINGLE = 600  # characters; a single mark left open longer was an apostrophe
_FIRST_PERSON = frozenset({"i", "we", "you", "my", "our", "me", "us"})
_ATTRIBUTION_WORDS = 8  # words after a lone mark that may only say who spoke
_RUN = re.compile(r"\S+")
_ALNUM = re.compile(r"[^\W_]")


@attrs.frozen
class Quotation:
    """A quoted stretch ``[start, end)`` of a document's text, trimmed of spaces.

    ``opening`` and ``closing`` are the offsets of its quotation marks, ``None`` where the
    text leaves a mark out; ``single`` is true for single quotation marks.
    """

    start: int
    end: int
    opening: int | None
    closing: int | None
    paragraph: int
    single: bool = False

    @property
    def outer_start(self) -> int:
        """Where the quotation begins, its opening mark included."""
        return self.start if self.opening is None else self.opening

    @property
    def outer_end(self) -> int:
        """Where the quotation ends, its closing mark included."""
        return self.end if self.closing is None else self.closing + 1


class _Role(enum.Enum):
    OPEN = "open"
    CLOSE = "close"
    IGNORE = "ignore"


def word_count(text: str) -> int:
    """The number of words (runs of non-spaces holding a letter or digit) in ``text``."""
    return sum(1 for run in _RUN.finditer(text) if _ALNUM.search(run.group()))


@functools.cache
def _speech_pattern() -> re.Pattern[str]:
    """Any speech verb of ``quotes/speech_verbs.tsv`` as a whole word, longest first."""
    phrases = sorted({row[0] for row in data.rows("quotes/speech_verbs.tsv")}, key=len)
    alternation = "|".join(re.escape(p).replace(r"\ ", " +") for p in reversed(phrases))
    return re.compile(rf"(?<![\w'-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def reports_speech(sentence: str) -> bool:
    """Whether ``sentence`` reports speech in the third person ("Officials said ...")."""
    words = sentence.split(maxsplit=1)
    if not words or words[0].strip("\"'").casefold() in _FIRST_PERSON:
        return False
    return _speech_pattern().search(sentence) is not None


def find_quotations(
    text: str, paragraphs: Sequence[Paragraph], glyph: Callable[[int], str]
) -> list[Quotation]:
    """Every quoted stretch of ``paragraphs``, in text order.

    ``glyph`` gives the source character behind a normalised offset (a right double
    quotation mark in the source closes a quotation whatever follows it).
    """
    quotations: list[Quotation] = []
    for paragraph in paragraphs:
        if (
            _DOUBLE not in text[paragraph.start : paragraph.end]
            and _SINGLE not in text[paragraph.start : paragraph.end]
        ):
            continue
        double = _double(text, paragraph, glyph)
        single = _single(text, paragraph, double)
        quotations.extend(sorted(double + single, key=lambda q: (q.outer_start, q.outer_end)))
    return quotations


def _trimmed(
    text: str,
    paragraph: Paragraph,
    bounds: tuple[int, int],
    marks: tuple[int | None, int | None],
    single: bool,
) -> Quotation | None:
    start, end = bounds
    # spaces, and stray marks of the quotation's own kind ("''"), are not its words
    edge = _SINGLE if single else _DOUBLE
    while start < end and (text[start].isspace() or text[start] == edge):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == edge):
        end -= 1
    if start == end:
        return None
    return Quotation(start, end, marks[0], marks[1], paragraph.index, single)


def _double(text: str, paragraph: Paragraph, glyph: Callable[[int], str]) -> list[Quotation]:
    marks: list[int] = []
    at = text.find(_DOUBLE, paragraph.start, paragraph.end)
    while at != -1:
        marks.append(at)
        at = text.find(_DOUBLE, at + 1, paragraph.end)
    found: list[Quotation | None] = []
    open_at: int | None = None
    region = paragraph.start  # where a quotation missing its opening mark may begin
    for index, mark in enumerate(marks):
        if open_at is not None:
            found.append(_trimmed(text, paragraph, (open_at + 1, mark), (open_at, mark), False))
            open_at = None
            region = mark + 1
            continue
        role = _outside_role(text, paragraph, mark, glyph, last=index == len(marks) - 1)
        if role is _Role.OPEN:
            open_at = mark
        elif role is _Role.CLOSE:
            start = _reported_speech_end(text, paragraph, region, mark)
            found.append(_trimmed(text, paragraph, (start, mark), (None, mark), False))
            region = mark + 1
        else:
            region = mark + 1
    if open_at is not None:
        found.append(
            _trimmed(text, paragraph, (open_at + 1, paragraph.end), (open_at, None), False)
        )
    return [q for q in found if q is not None]


def _outside_role(
    text: str, paragraph: Paragraph, mark: int, glyph: Callable[[int], str], *, last: bool
) -> _Role:
    """Whether a double mark met outside any quotation opens one, closes one, or neither."""
    if glyph(mark) == _OPENING_GUILLEMET:
        return _Role.OPEN  # guillemets say which way they face, spaces inside or not
    after = text[mark + 1] if mark + 1 < paragraph.end else ""
    back = mark
    while back > paragraph.start and text[back - 1].isspace():
        back -= 1
    before = text[back - 1] if back > paragraph.start else ""
    after_punctuation = before in _END_PUNCTUATION and before != ""
    if after and not after.isspace():
        # Looks like an opening mark; a lone last one after punctuation with hardly any
        # words behind it ("... on this call, "she said.) closes a quotation instead.
        if last and after_punctuation:
            tail = text[mark + 1 : paragraph.end]
            words = word_count(tail)
            if (
                glyph(mark) in _CLOSING_GLYPHS
                or words < 3
                or (words <= _ATTRIBUTION_WORDS and reports_speech(tail))
            ):
                return _Role.CLOSE
        return _Role.OPEN
    if after_punctuation or (before and glyph(mark) in _CLOSING_GLYPHS):
        return _Role.CLOSE
    return _Role.IGNORE


def _reported_speech_end(text: str, paragraph: Paragraph, region: int, mark: int) -> int:
    """Where a quotation that closes at ``mark`` without opening begins.

    At the start of ``region``, or after the last sentence before the quotation's own
    sentence that reports speech in the third person ("Officials said the move ...").
    """
    starts = paragraph.sentence_starts
    first = bisect_right(starts, region)
    last = bisect_right(starts, mark)
    begin = region
    previous = region
    for start in starts[first:last]:
        if reports_speech(text[previous:start]):
            begin = start
        previous = start
    return begin


def _single(text: str, paragraph: Paragraph, double: list[Quotation]) -> list[Quotation]:
    end = paragraph.end
    found: list[Quotation | None] = []
    blocked = iter(sorted((q.outer_start, q.outer_end) for q in double))
    block = next(blocked, None)
    open_at: int | None = None
    at = text.find(_SINGLE, paragraph.start, end)
    while at != -1:
        while block is not None and block[1] <= at:
            block = next(blocked, None)
        inside_double = block is not None and block[0] <= at < block[1]
        if not inside_double:
            before = text[at - 1] if at > paragraph.start else " "
            after = text[at + 1] if at + 1 < end else " "
            if open_at is not None and at - open_at > _MAX_SINGLE:
                open_at = None
            if open_at is not None and not before.isspace() and not after.isalnum():
                found.append(_trimmed(text, paragraph, (open_at + 1, at), (open_at, at), True))
                open_at = None
            elif before in _SINGLE_OPEN_AFTER and after.isalpha():
                open_at = at
        at = text.find(_SINGLE, at + 1, end)
    return [q for q in found if q is not None]
