"""Split normalised text into paragraphs and sentences, in linear time."""

from __future__ import annotations

import re

import attrs

__all__ = ["ABBREVIATIONS", "Paragraph", "Sentence", "paragraphs", "sentences"]


@attrs.frozen
class Sentence:
    """A sentence of a document.

    ``start`` and ``end`` are offsets into :attr:`Document.text`; ``first`` and ``stop``
    its tokens ``[first, stop)``; ``index`` its place among the document's sentences;
    ``duplicate`` is true when its paragraph repeats an earlier one (a repeated lead).
    """

    start: int
    end: int
    paragraph: int
    index: int = 0
    first: int = 0
    stop: int = 0
    duplicate: bool = False

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen
class Paragraph:
    """A paragraph; ``duplicate_of`` is the index of an earlier identical paragraph."""

    start: int
    end: int
    index: int
    duplicate_of: int | None = None
    sentences: tuple[Sentence, ...] = attrs.field(default=(), repr=False)

    @property
    def sentence_starts(self) -> list[int]:
        """Where each of its sentences begins."""
        return [sentence.start for sentence in self.sentences]


# Words whose trailing full stop does not end a sentence when more text follows.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "pres",
        "amb",
        "insp",
        "supt",
        "det",
        "pte",
        "cpl",
        "fr",
        "messrs",
        "mme",
        "mlle",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "al",
        "approx",
        "inc",
        "co",
        "corp",
        "ltd",
        "plc",
        "llc",
        "dept",
        "univ",
        "ave",
        "blvd",
        "est",
        "fig",
    ]
)

_SENTENCE_END = re.compile(r"[.!?]+")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_LINE = re.compile(r"[^\n]+")
# What the sentence splitter looks at: quotation marks (to know when a quotation is open)
# and runs of sentence-ending punctuation: '"|[.!?]+', written to open with one character
# class so that the regular-expression engine skips everything else in C.
_STOPS_AND_QUOTES = re.compile(r'[".!?](?:(?<=[.!?])[.!?]*)?')
_CLOSERS = "\"')]"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every paragraph: runs of text between line breaks, trimmed."""
    spans: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation or an initial."""
    match = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if match is None:
        return False
    word = match.group(1)
    bare = word.strip(".").lower()
    if bare in ABBREVIATIONS:
        return True
    if "." in word.strip("."):
        return True  # U.S., U.K., e.g.: dotted initialisms
    return len(bare) == 1 and word[-1:].isalpha() and word.isupper()  # an initial: "John F."


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of the paragraph ``text[start:end]``.

    A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotation mark or bracket)
    before a space and an upper-case letter, a digit or an opening quotation mark, but
    not after an abbreviation, and not inside a double quotation that is still open.
    """
    spans: list[tuple[int, int]] = []
    sentence_start = start
    in_quote = False
    skip_to = start  # marks inside a run of closers already read
    for match in _STOPS_AND_QUOTES.finditer(text, start, end):
        index = match.start()
        if index < skip_to:
            continue
        if text[index] == '"':
            in_quote = not in_quote
            continue
        stop = match.end()
        while stop < end and text[stop] in _CLOSERS:
            if text[stop] == '"':
                in_quote = False
            stop += 1
        skip_to = stop
        after = stop
        while after < end and text[after] == " ":
            after += 1
        boundary = (
            after > stop
            and after < end
            and (text[after].isupper() or text[after].isdigit() or text[after] in "\"'(")
            and not (
                text[index] == "." and match.end() - index == 1 and _is_abbreviation(text, index)
            )
            and not in_quote
        )
        if boundary:
            spans.append((sentence_start, stop))
            sentence_start = after
    if sentence_start < end:
        spans.append((sentence_start, end))
    return spans
