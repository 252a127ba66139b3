"""Story time: the date expressions of a document resolved in the order the text tells them.

A story clock is carried through the document. Every date the text gives moves it: an
explicit date ("On 30 August 1986"), a date counted from another ("one week before"), and
a date named from publication ("today", "on Monday", "this week"), which brings the story
back to the present. What the clock holds decides two things:

- An offset ("nine days later", "the following month", "that year") is counted from the
  last date of the story, however far back in the text it was given; an offset set off by
  a comma right after a date names that date again ("Today, thirty years later").
- A month, or a month and day, without a year ("On 29 September", "in October") is read
  in the story's time when the story is at a day well in the past: the first such day on
  or after the story's day (a story told in the simple past moves forward), or the nearest
  one on either side where its sentence looks back ("had arrested"), if it lies within
  :data:`STORY_REACH_DAYS` of the story's day. Otherwise (the story is at the present, at a
  month or year only, or the date lies far from the story's day) it is resolved against
  publication by the tense of its clause. So an article of 2016 about 1986 dates "On 29
  September" 1986-09-29, while news about the present that recalls "December 2018" still
  reads "in March" as the latest March before publication: in the project's own articles
  a month or a year recalled in passing almost never sets the year of the months after it.

A date after "since" ("in exile since 1977") says when a state began, not where the story
is: it does not move the day the story has reached, though an offset may count from it.
"""

from __future__ import annotations

import datetime as dt

from ...model import DatePrecision, PartialDate
from ...text import Document
from ..mentions import DateMention
from ._forms import Fixed, Value, needs_anchor
from ._resolve import in_story, resolve
from ._scan import Found, scan
from ._words import words

__all__ = ["STORY_REACH_DAYS", "read_dates"]

STORY_REACH_DAYS = 45
"""How far (in days) from the story's day a date without a year is still read in the story:
about six weeks, the span of one episode ("arrested on 30 August ... freed on 29 September").
It also sets when the story is in the past: its day lies further than this before publication.
"""


def read_dates(doc: Document) -> list[DateMention]:
    """Every date expression of ``doc``, in order, resolved in story time."""
    clock = _StoryClock(doc)
    tokens = doc.tokens
    background = words().background_prepositions
    mentions: list[DateMention] = []
    previous: tuple[Found, DateMention] | None = None
    for found in scan(doc):
        start, end = tokens.start[found.first], tokens.end[found.stop - 1]
        apposed = None
        if previous is not None and previous[0].stop == found.first - 1:
            apposed = previous[1] if tokens.lower[found.first - 1] == "," else None
        value, anchor = clock.resolve(found, apposed)
        mention = DateMention(start, end, doc.text[start:end], value, anchor)
        mentions.append(mention)
        if value is not None:
            previous = (found, mention)
            before = tokens.lower[found.first - 1] if found.first > 0 else ""
            clock.move(mention, story=before not in background)
    return mentions


class _StoryClock:
    """The dates of the story so far: the last one given, and the past day the story is at."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.published = doc.published
        self.looking_back = words().looking_back_cues
        self.last: DateMention | None = None  # what offsets count from
        self.past: tuple[DateMention, PartialDate] | None = None  # a day well before publication

    def resolve(self, found: Found, apposed: DateMention | None) -> tuple[Value | None, int | None]:
        """The value of ``found`` and the start of the mention it was read from, if any."""
        form = found.form
        if isinstance(form, Fixed):
            return form.value, None
        if needs_anchor(form):
            if apposed is not None:  # "Today, thirty years later": the same time
                return apposed.value, apposed.start
            anchor = self.last
            if anchor is None:
                return None, None
            value = resolve(form, self.published, tense=found.tense, anchor=anchor.value)
            return value, anchor.start if value is not None else None
        if self.past is not None:
            looking_back = not self.looking_back.isdisjoint(self.sentence_of(found.first))
            value = in_story(form, self.past[1], STORY_REACH_DAYS, looking_back=looking_back)
            if value is not None:
                return value, self.past[0].start
        return resolve(form, self.published, tense=found.tense, anchor=None), None

    def sentence_of(self, token: int) -> list[str]:
        """The lower-case words of the sentence that holds ``token``."""
        sentence = self.doc.sentences[self.doc.tokens.sentence[token]]
        return self.doc.tokens.lower[sentence.first : sentence.stop]

    def move(self, mention: DateMention, *, story: bool) -> None:
        """Note a date the text gave; ``story`` is false for a date after "since"."""
        self.last = mention
        if story:
            day = mention.value
            past = isinstance(day, PartialDate) and self._well_before_publication(day)
            self.past = (mention, day) if past and isinstance(day, PartialDate) else None

    def _well_before_publication(self, day: PartialDate) -> bool:
        """Whether ``day`` is one day, further than the story's reach before publication."""
        if day.precision is not DatePrecision.DAY:
            return False
        if self.published is None:
            return True
        return self.published.last_day - day.first_day > dt.timedelta(days=STORY_REACH_DAYS)
