"""Find the quoted stretches of a document: what lies between quotation marks.

One scan per paragraph, in linear time. Double quotation marks pair up within a
paragraph; a quotation whose closing mark is missing runs to the end of its paragraph
(so a quotation running over several paragraphs gives one stretch per paragraph), and
one whose opening mark is missing starts where the reported speech before it stops.
Single quotation marks count only where they cannot be apostrophes, and never inside a
double quotation (a quotation within a quotation stays part of the outer one).
"""

from __future__ import annotations

import bisect
import enum
import re

import attrs

from ..text import Document, Paragraph
from ._quote_lexicon import function_words, phrase_pattern, title_cues

__all__ = ["QuoteSpan", "find_quote_spans", "looks_like_title", "word_count"]

_DOUBLE = '"'
_SINGLE = "'"
_CLOSING_GLYPHS = frozenset("\u201d")  # a right double quotation mark in the source
_END_PUNCTUATION = frozenset(",.!?;:")
_SINGLE_OPEN_AFTER = frozenset(" ([{-/\u2026")
_MAX_SINGLE = 600  # characters; a single mark left open longer was an apostrophe
_MAX_TITLE_WORDS = 12
_FIRST_PERSON = frozenset({"i", "we", "you", "my", "our", "me", "us"})
_WORD = re.compile(r"\S*[^\W_]\S*")
_CUE_WINDOW = 24
_ATTRIBUTION_WORDS = 8  # words after a lone mark that may only say who spoke


@attrs.frozen
class QuoteSpan:
    """A quoted stretch ``[start, end)`` of :attr:`Document.text`, trimmed of spaces.

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
    return sum(1 for _ in _WORD.finditer(text))


def looks_like_title(doc: Document, span: QuoteSpan) -> bool:
    """Whether a quoted stretch is a name, title or nickname rather than speech.

    It is when a cue such as "dubbed" or "known as" comes just before it, or when it is a
    short stretch, not a question or an exclamation, whose every word but the small ones
    starts with a capital ("Declaration Against Arbitrary Detention", "the Merchant of
    Death").
    """
    before = doc.text[max(0, span.outer_start - _CUE_WINDOW) : span.outer_start]
    before = " ".join(before.casefold().split())
    if any(before == cue or before.endswith(" " + cue) for cue in title_cues()):
        return True
    text = doc.text[span.start : span.end]
    if text.endswith(("!", "?")):
        return False  # a question or an exclamation is speech, whatever its capitals
    words = [w.strip(",.;:!?()[]\"'") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    small = function_words("title")
    content = [w for w in words if w.casefold() not in small]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def find_quote_spans(doc: Document) -> list[QuoteSpan]:
    """Every quoted stretch of the document's paragraphs (duplicated paragraphs left out).

    Stretches come in document order; short ones and titles are included (see
    :func:`word_count` and :func:`looks_like_title` to tell statements from them).
    """
    spans: list[QuoteSpan] = []
    for paragraph in doc.paragraphs:
        if paragraph.duplicate_of is None:
            double = _double_spans(doc, paragraph)
            single = _single_spans(doc, paragraph, double)
            spans.extend(sorted(double + single, key=lambda s: (s.outer_start, s.outer_end)))
    return spans


def _trimmed(
    doc: Document,
    paragraph: Paragraph,
    bounds: tuple[int, int],
    marks: tuple[int | None, int | None],
    single: bool,
) -> QuoteSpan | None:
    start, end = bounds
    text = doc.text
    # spaces, and stray marks of the quotation's own kind ("''"), are not its words
    edge = "'" if single else '"'
    while start < end and (text[start].isspace() or text[start] == edge):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == edge):
        end -= 1
    if start == end:
        return None
    return QuoteSpan(start, end, marks[0], marks[1], paragraph.index, single)


def _double_spans(doc: Document, paragraph: Paragraph) -> list[QuoteSpan]:
    text = doc.text
    marks: list[int] = []
    at = text.find(_DOUBLE, paragraph.start, paragraph.end)
    while at != -1:
        marks.append(at)
        at = text.find(_DOUBLE, at + 1, paragraph.end)
    spans: list[QuoteSpan | None] = []
    open_at: int | None = None
    region = paragraph.start  # where a quotation missing its opening mark may begin
    for index, mark in enumerate(marks):
        if open_at is not None:
            spans.append(_trimmed(doc, paragraph, (open_at + 1, mark), (open_at, mark), False))
            open_at = None
            region = mark + 1
            continue
        role = _outside_role(doc, paragraph, mark, last=index == len(marks) - 1)
        if role is _Role.OPEN:
            open_at = mark
        elif role is _Role.CLOSE:
            start = _reported_speech_end(doc, paragraph, region, mark)
            spans.append(_trimmed(doc, paragraph, (start, mark), (None, mark), False))
            region = mark + 1
        else:
            region = mark + 1
    if open_at is not None:
        spans.append(_trimmed(doc, paragraph, (open_at + 1, paragraph.end), (open_at, None), False))
    return [s for s in spans if s is not None]


def _outside_role(doc: Document, paragraph: Paragraph, mark: int, *, last: bool) -> _Role:
    """Whether a double mark met outside any quotation opens one, closes one, or neither."""
    text = doc.text
    after = text[mark + 1] if mark + 1 < paragraph.end else ""
    back = mark
    while back > paragraph.start and text[back - 1].isspace():
        back -= 1
    before = text[back - 1] if back > paragraph.start else ""
    after_punctuation = before in _END_PUNCTUATION and before != ""
    if after and not after.isspace():
        # Looks like an opening mark; a lone last one after punctuation with hardly any
        # words behind it ("... on this call, "Psaki said.") closes a quotation instead.
        if last and after_punctuation:
            tail = text[mark + 1 : paragraph.end]
            words = word_count(tail)
            if (
                doc.source_text(mark, mark + 1) in _CLOSING_GLYPHS
                or words < 3
                or (words <= _ATTRIBUTION_WORDS and _reports_speech(tail))
            ):
                return _Role.CLOSE
        return _Role.OPEN
    if after_punctuation or (before and doc.source_text(mark, mark + 1) in _CLOSING_GLYPHS):
        return _Role.CLOSE
    return _Role.IGNORE


def _reported_speech_end(doc: Document, paragraph: Paragraph, region: int, mark: int) -> int:
    """Where a quotation that closes at ``mark`` without opening begins.

    At the start of ``region``, or after the last sentence before the quotation's own
    sentence that reports speech in the third person ("Officials said the move ...").
    """
    text = doc.text
    starts = [s.start for s in paragraph.sentences]
    first = bisect.bisect_right(starts, region)
    last = bisect.bisect_right(starts, mark)
    begin = region
    previous = region
    for start in starts[first:last]:
        if _reports_speech(text[previous:start]):
            begin = start
        previous = start
    return begin


def _reports_speech(sentence: str) -> bool:
    words = sentence.split(maxsplit=1)
    if not words or words[0].strip("\"'").casefold() in _FIRST_PERSON:
        return False
    return phrase_pattern("speech_verbs").search(sentence) is not None


def _single_spans(doc: Document, paragraph: Paragraph, double: list[QuoteSpan]) -> list[QuoteSpan]:
    text = doc.text
    end = paragraph.end
    spans: list[QuoteSpan | None] = []
    blocked = iter(sorted((s.outer_start, s.outer_end) for s in double))
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
                spans.append(_trimmed(doc, paragraph, (open_at + 1, at), (open_at, at), True))
                open_at = None
            elif before in _SINGLE_OPEN_AFTER and after.isalpha():
                open_at = at
        at = text.find(_SINGLE, at + 1, end)
    return [s for s in spans if s is not None]
