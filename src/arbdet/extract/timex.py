"""Dates and date expressions, resolved against the publication date.

:func:`find_dates` reads every date expression of a document ("December 1, 2018",
"in July", "Monday morning", "last week", "nine days later", "from 2018 to 2021") and
resolves it at the precision its words give: a day, a month, a year, a range, or
``None`` where no honest date can be given. The conventions, in short:

- Spans leave out a leading preposition ("on Monday" gives "Monday") and a possessive
  ("last week's" gives "last week"); words that change the value stay in ("earlier this
  month", "nine days later", "Monday morning", "late December", "from 2018 to 2021").
- A written date keeps its precision: "December 2018" is ``2018-12``, "2016" is ``2016``.
- A weekday, a month, or a month and day without a year is the latest such day or
  month on or before publication (publication day counts); in a clause about the future
  ("will", "is expected to", "plans to", "next" before it in the clause) it is the next
  one on or after publication, and so is a date that a court or a deferral moves
  something to ("extended his detention until June 30", "postponed to May 8"). After
  "until" or "by", or in a future seen from the past ("was due to be heard in October",
  "would"), a month or a month and day is whichever occurrence is nearer publication.
  "March 29 last year" takes its year from "last year", "March of that year" and
  "January of the following year" from the date before them.
- "last Friday" is the Friday of the Monday-to-Sunday week before the week of
  publication, "this Friday" the Friday of that week, "next Friday" the Friday of the
  week after; "last July" is the latest July before the month of publication.
- "last week", "this week", "next week" and "two weeks ago" are Monday-to-Sunday weeks:
  their month if the week lies in one month, else ``None``. "earlier this month" is the
  month of publication, "earlier this year" its year, "last year" the year before,
  "N years ago" the publication year minus N; "more than N years ago" is ``None``.
  "the weekend" is the Saturday-to-Sunday range just past (or next, in the future tense).
- An offset ("nine days later", "A month earlier", "the following day") is counted
  from the nearest date before it in the same or the previous sentence (or from a
  timeline's date heading, for the paragraph under it), at that date's precision ("the
  following year" and "the next week" name a whole year or week); with no such date it
  is ``None``. Days counted from a month or a year are ``None`` too.
- Ranges ("from 2018 to 2021", "between March and May 2022", "2018-2021", "2018-19",
  "the 1990s") are :class:`~arbdet.model.DateRange` values; "12/01/2018", which could be
  either day first or month first, is ``None``.
- Without a publication date, written dates still resolve and relative ones are ``None``.
- Durations ("16 years in jail", "an 11-year sentence", "for two years"), periods up to
  now ("in recent years", "the past week") and vague words ("now", "at the time") are
  not dates and are not returned.
"""

from __future__ import annotations

import attrs

from ..io import source_from_text
from ..model import PartialDate
from ..text import Document, Layer, LayerKey, Paragraph
from ._timex_forms import needs_anchor, resolve
from ._timex_scan import scan
from .mentions import DateMention

__all__ = ["DATES", "find_dates", "find_dates_in_text", "tag"]

DATES: LayerKey[Layer[DateMention]] = LayerKey("dates")
"""The layer of date expressions."""


def tag(doc: Document) -> Layer[DateMention]:
    """The dates layer: every date expression (:func:`find_dates`)."""
    return doc.new_layer(find_dates(doc))


def find_dates(doc: Document) -> list[DateMention]:
    """Every date expression of ``doc``, in order, with offsets into ``doc.text``.

    Sentences of repeated paragraphs are read too, so every occurrence has a mention.
    """
    mentions: list[DateMention] = []
    anchors = _Anchors()
    for paragraph in doc.paragraphs:
        first = len(mentions)
        for sentence in paragraph.sentences:
            anchors.next_sentence(paragraph.index)
            tokens, found = scan(doc.text, sentence.start, sentence.end)
            for expression in found:
                start, end = tokens[expression.first].start, tokens[expression.stop - 1].end
                anchor = anchors.current() if needs_anchor(expression.form) else None
                value = resolve(
                    expression.form,
                    doc.published,
                    tense=expression.tense,
                    anchor=None if anchor is None else anchor.value,
                )
                mention = DateMention(
                    start, end, doc.text[start:end], value, None if anchor is None else anchor.start
                )
                mentions.append(mention)
                anchors.add(mention)
        anchors.end_paragraph(
            doc.text[paragraph.start : paragraph.end], paragraph, mentions[first:]
        )
    return mentions


class _Anchors:
    """The dates an offset ("nine days later") may be counted from, as the text is read.

    That is the nearest date before it in the same or the previous sentence; failing
    that, a paragraph that is only a date (a timeline's heading) dates the paragraph
    after it.
    """

    def __init__(self) -> None:
        self.sentence = -1
        self.paragraph = -1
        self.last: tuple[int, DateMention] | None = None  # (sentence number, mention)
        self.heading: tuple[int, DateMention] | None = None  # (paragraph it heads, mention)

    def next_sentence(self, paragraph: int) -> None:
        self.sentence += 1
        self.paragraph = paragraph

    def add(self, mention: DateMention) -> None:
        if mention.value is not None:
            self.last = (self.sentence, mention)

    def current(self) -> DateMention | None:
        """The date an offset in the current sentence is counted from, if any."""
        if self.last is not None and self.last[0] >= self.sentence - 1:
            return self.last[1]
        if self.heading is not None and self.heading[0] == self.paragraph:
            return self.heading[1]
        return None

    def end_paragraph(self, text: str, paragraph: Paragraph, mentions: list[DateMention]) -> None:
        """Note the paragraph as a heading if its words are all date expressions."""
        dated = [m for m in mentions if m.value is not None]
        if not dated:
            return
        rest = list(text)
        for mention in mentions:
            rest[mention.start - paragraph.start : mention.end - paragraph.start] = " " * (
                mention.end - mention.start
            )
        if not any(char.isalnum() for char in rest):
            self.heading = (paragraph.index + 1, dated[-1])


def find_dates_in_text(text: str, published: PartialDate | None) -> list[DateMention]:
    """The date expressions of one piece of text, with offsets into ``text`` itself.

    A leading ``date YYYY-MM-DD`` line is read as the publication date when
    ``published`` is ``None``. Blank text has no dates.
    """
    if not text.strip():
        return []
    doc = Document.from_source(source_from_text(text, published=published))
    mentions = []
    for mention in find_dates(doc):
        span = doc.source_span(mention.start, mention.end)
        anchor = None if mention.anchor is None else doc.offsets.to_source(mention.anchor)
        mentions.append(
            attrs.evolve(
                mention, start=span.start, end=span.end, text=span.slice(text), anchor=anchor
            )
        )
    return mentions
