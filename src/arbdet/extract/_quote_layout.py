"""What a document's layout says about its quotations: signatures and dated headings.

- A press release signs its quotations on the line after them ("- The Honourable Mélanie
  Joly, Minister of Foreign Affairs"): the quotation paragraphs right before a short line
  that opens with a dash are that person's.
- A timeline heads each entry with its date ("June 19, 2020", "Late January 2019"), and a
  live blog each post with a time of day ("4:52 p.m. ET", "21:52"), the day being the
  blog's own: what is said under a heading was said on the heading's date. Headings often
  reach the text as site chrome, so the source behind the gaps between paragraphs is read
  for times of day too. A heading without a date ("Background") closes the dated part.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from ..model import DateRange, PartialDate
from ..text import Document, Paragraph, word_count
from ..text import Quotation as QuoteSpan
from .mentions import DateMention

__all__ = ["Layout", "precise", "read_layout"]

_MAX_SIGNATURE_WORDS = 16
_MAX_HEADING_WORDS = 8  # words of a dated heading ("March 19 and 22, 2021")
_MAX_TITLE_WORDS = 10  # words of a heading without a date ("What comes next")
_WORD = re.compile(r"[^\W_]+")
# A time of day alone on its line: "4:52 p.m. ET", "21:52", "10.05 am".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?: ?[aApP]\.? ?[mM]\.?)?(?: [A-Z]{2,5})?")
_DASHES = ("-", "\u2013", "\u2014")
_HEADING_WORDS = frozenset({"and", "to", "late", "early", "mid", "on", "the", "of"})


@attrs.frozen
class Layout:
    """Per paragraph (by index): the words of the line that signs it, the date of its heading."""

    signatures: dict[int, tuple[int, int]]
    dates: dict[int, PartialDate]


def precise(value: PartialDate | DateRange | None) -> PartialDate | None:
    """A date at the precision a value really has (a range within one month is that month)."""
    if value is None or isinstance(value, PartialDate):
        return value
    start, end = value.start, value.end
    if start == end:
        return start
    if start.year != end.year:
        return None
    if start.month is None or start.month != end.month:
        return PartialDate(start.year)
    return PartialDate(start.year, start.month)


def _only_quotes(doc: Document, paragraph: Paragraph, spans: Sequence[QuoteSpan]) -> bool:
    """Whether a paragraph holds nothing but quotation (and it opens with one)."""
    if not spans or doc.text[paragraph.start : spans[0].outer_start].strip():
        return False
    position = paragraph.start
    for span in spans:
        if _WORD.search(doc.text, position, span.outer_start):
            return False
        position = max(position, span.outer_end)
    return _WORD.search(doc.text, position, paragraph.end) is None


def _signature(doc: Document, paragraph: Paragraph) -> tuple[int, int] | None:
    """The words after the dash of a line that signs a quotation, if it is one."""
    text = doc.text[paragraph.start : paragraph.end]
    stripped = text.lstrip()
    if not stripped.startswith(_DASHES) or '"' in text:
        return None
    if word_count(stripped) > _MAX_SIGNATURE_WORDS or stripped.rstrip().endswith((".", "?", "!")):
        return None
    start = paragraph.start + len(text) - len(stripped) + 1
    return start, paragraph.end


def _signatures(
    doc: Document, by_paragraph: dict[int, list[QuoteSpan]]
) -> dict[int, tuple[int, int]]:
    found: dict[int, tuple[int, int]] = {}
    paragraphs = doc.paragraphs
    for paragraph in paragraphs:
        if paragraph.index == 0 or paragraph.index in by_paragraph:
            continue
        signer = _signature(doc, paragraph)
        if signer is None:
            continue
        index = paragraph.index - 1
        while index >= 0 and _only_quotes(doc, paragraphs[index], by_paragraph.get(index, [])):
            found[index] = signer
            index -= 1
    return found


class _Headings:
    """The date mentions of a document, looked up by paragraph."""

    def __init__(self, doc: Document, dates: Sequence[DateMention]) -> None:
        self.doc = doc
        self.dates = sorted(dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]

    def date_heading(self, paragraph: Paragraph) -> PartialDate | None:
        """The date of a paragraph that is only a date ("Sept. 24, 2021")."""
        text = self.doc.text
        if word_count(text[paragraph.start : paragraph.end]) > _MAX_HEADING_WORDS:
            return None
        first = bisect.bisect_left(self.starts, paragraph.start)
        last = bisect.bisect_left(self.starts, paragraph.end)
        inside = [d for d in self.dates[first:last] if d.end <= paragraph.end]
        if not inside:
            return None
        position = paragraph.start
        for mention in inside:
            if not self._filler(position, mention.start):
                return None
            position = mention.end
        if not self._filler(position, paragraph.end):
            return None
        return precise(inside[0].value)

    def _filler(self, start: int, end: int) -> bool:
        words = _WORD.findall(self.doc.text, start, end)
        return all(w.casefold() in _HEADING_WORDS for w in words)

    def clock_before(self, previous_end: int, paragraph: Paragraph) -> bool:
        """Whether a time of day heads the paragraph, in the gap before it or as itself."""
        gap = self.doc.source_text(previous_end, paragraph.start)
        own = self.doc.text[paragraph.start : paragraph.end]
        return any(_is_clock(line) for line in gap.splitlines()) or _is_clock(own)


def _is_clock(line: str) -> bool:
    """Whether a line is only a time of day."""
    return _CLOCK.fullmatch(" ".join(line.split())) is not None


def _is_title(doc: Document, paragraph: Paragraph) -> bool:
    """Whether a paragraph reads as a heading: a few words with no closing punctuation."""
    text = doc.text[paragraph.start : paragraph.end].strip()
    return (
        0 < word_count(text) <= _MAX_TITLE_WORDS
        and not text.endswith((".", "!", "?", '"', ":"))
        and not text.startswith(("\u2022", "-", "*"))
    )


def _heading_dates(doc: Document, dates: Sequence[DateMention]) -> dict[int, PartialDate]:
    """The date each paragraph's heading gives, in a timeline or a live blog.

    A single date line (a dateline) does not make a timeline: it takes two dated headings,
    or a time of day.
    """
    headings = _Headings(doc, dates)
    kinds: list[tuple[Paragraph, PartialDate | None, bool]] = []
    previous_end = 0
    for paragraph in doc.paragraphs:
        clock = headings.clock_before(previous_end, paragraph)
        previous_end = paragraph.end
        kinds.append((paragraph, headings.date_heading(paragraph), clock))
    if sum(1 for _, dated, _ in kinds if dated is not None) < 2 and not any(c for *_, c in kinds):
        return {}
    found: dict[int, PartialDate] = {}
    current: PartialDate | None = None
    day = doc.published
    fresh = False  # the paragraph right after a heading (a live-blog post's title)
    for paragraph, dated, clock in kinds:
        if dated is not None:
            current = day = dated
            fresh = True
            continue
        if clock:
            current, fresh = day, True
            if _is_clock(doc.text[paragraph.start : paragraph.end]):
                continue
        if _is_title(doc, paragraph) and not fresh:
            current = None  # "Background": the dated entries are over
        fresh = False
        if current is not None:
            found[paragraph.index] = current
    return found


def read_layout(doc: Document, spans: Sequence[QuoteSpan], dates: Sequence[DateMention]) -> Layout:
    """The signatures and dated headings of ``doc``, by paragraph."""
    by_paragraph: dict[int, list[QuoteSpan]] = {}
    for span in sorted(spans, key=lambda s: s.outer_start):
        by_paragraph.setdefault(span.paragraph, []).append(span)
    return Layout(_signatures(doc, by_paragraph), _heading_dates(doc, dates))
