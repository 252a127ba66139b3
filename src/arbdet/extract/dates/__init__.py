"""Dates: the date expressions of a document, resolved against the story's time.

:func:`tag` (the pipeline's ``dates`` step) reads every date expression of a document
("December 1, 2018", "in July", "Monday morning", "last week", "nine days later", "from
2018 to 2021") and resolves it at the precision its words give: a day, a month, a year, a
range, or ``None`` where no honest date can be given. The conventions, in short:

- Spans leave out a leading preposition ("on Monday" gives "Monday") and a possessive
  ("last week's" gives "last week"); words that change the value stay in ("earlier this
  month", "nine days later", "Monday morning", "late December", "from 2018 to 2021").
- A written date keeps its precision: "December 2018" is ``2018-12``, "2016" is ``2016``.
- A weekday, a month, or a month and day without a year is the latest such day or
  month on or before publication (publication day counts; a month and day up to a week
  after it too, for pages are updated after their date line); in a clause about the future
  ("will", "is expected to", "plans to", "next" before it in the clause) it is the next
  one on or after publication, and so is a date that a court or a deferral moves
  something to ("extended his detention until June 30", "postponed to May 8"). After
  "until" or "by", or in a future seen from the past ("was due to be heard in October",
  "would"), a month or a month and day is whichever occurrence is nearer publication.
  "March 29 last year" takes its year from "last year", "March of that year" and
  "January of the following year" from the story's date.
- **Story time**: a month, or a month and day, without a year is read in the story's time
  when the story is at a past day ("On 30 August 1986 ... On 29 September" is
  1986-09-29). See "Dates and story time" in the extraction guide for when it is.
- "last Friday" is the Friday of the Monday-to-Sunday week before the week of
  publication, "this Friday" the Friday of that week, "next Friday" the Friday of the
  week after; "last July" is the latest July before the month of publication.
- "last week", "this week", "next week" and "two weeks ago" are Monday-to-Sunday weeks:
  their month if the week lies in one month, else ``None``. "earlier this month" is the
  month of publication, "earlier this year" its year, "last year" the year before,
  "N years ago" the publication year minus N; "more than N years ago" is ``None``.
  "the weekend" is the Saturday-to-Sunday range just past (or next, in the future tense).
- An offset ("nine days later", "A month earlier", "the following day", "that year") is
  counted from the last date of the story before it, at that date's precision ("the
  following year" and "the next week" name a whole year or week); with no date before it
  it is ``None``. Days counted from a month or a year are ``None`` too.
- Ranges ("from 2018 to 2021", "between March and May 2022", "2018-2021", "2018-19",
  "the 1990s") are :class:`~arbdet.model.DateRange` values; "12/01/2018", which could be
  either day first or month first, is ``None``.
- Without a publication date, written dates still resolve, and so do dates read in story
  time; dates named from publication are ``None``.
- Durations ("16 years in jail", "an 11-year sentence", "for two years"), periods up to
  now ("in recent years", "the past week") and vague words ("now", "at the time") are
  not dates and are not returned.
"""

from __future__ import annotations

import attrs

from ...io import source_from_text
from ...model import PartialDate
from ...text import Document, Layer, LayerKey
from ..mentions import DateMention
from ._story import read_dates

__all__ = ["DATES", "DateMention", "find_dates", "find_dates_in_text", "tag"]

DATES: LayerKey[Layer[DateMention]] = LayerKey("dates")
"""The layer of date expressions."""


def tag(doc: Document) -> Layer[DateMention]:
    """The dates layer: every date expression (:func:`find_dates`)."""
    return doc.new_layer(find_dates(doc))


def find_dates(doc: Document) -> list[DateMention]:
    """Every date expression of ``doc``, in order, with offsets into ``doc.text``.

    Sentences of repeated paragraphs are read too, so every occurrence has a mention.
    """
    return read_dates(doc)


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
