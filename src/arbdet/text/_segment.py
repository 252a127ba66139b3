"""Split normalised text into paragraphs and sentences, in linear time."""

from __future__ import annotations

import re

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


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every paragraph: runs of text between line breaks, trimmed."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        stripped_start = start + (len(line) - len(line.lstrip()))
        stripped_end = end - (len(line) - len(line.rstrip()))
        if stripped_start < stripped_end:
            spans.append((stripped_start, stripped_end))
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
    index = start
    while index < end:
        char = text[index]
        if char == '"':
            in_quote = not in_quote
            index += 1
            continue
        if char not in ".!?":
            index += 1
            continue
        match = _SENTENCE_END.match(text, index, end)
        assert match is not None
        stop = match.end()
        while stop < end and text[stop] in "\"')]":
            if text[stop] == '"':
                in_quote = False
            stop += 1
        after = stop
        while after < end and text[after] == " ":
            after += 1
        boundary = (
            after > stop
            and after < end
            and (text[after].isupper() or text[after].isdigit() or text[after] in "\"'(")
            and not (char == "." and match.end() - index == 1 and _is_abbreviation(text, index))
            and not in_quote
        )
        if boundary:
            spans.append((sentence_start, stop))
            sentence_start = after
        index = stop
    if sentence_start < end:
        spans.append((sentence_start, end))
    return spans
