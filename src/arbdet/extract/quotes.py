"""Direct quotations and who said them, when, where and to whom; reported statements too.

:func:`find_quotes` reads every quotation of three words or more that is not a title or a
nickname (:mod:`._quote_spans`) and attributes it, in this order of preference:

1. a speech verb and its subject next to the quotation in the same sentence
   (``"...," X said``, ``"..." said X``, ``X told Reuters: "..."``, ``according to X``);
2. for a quotation without one: the signature line of a press release after it
   (:mod:`._quote_layout`), the subject of a sentence that introduces it with a colon
   (``X was blunt: "..."``), the speaker of the quotation before it in the same paragraph
   (a split quotation), of a statement reported earlier in the paragraph, or, for a
   paragraph that is only a quotation, of the paragraph before;
3. pronouns and descriptions ("he said", "the spokesperson said") through the people
   layer, or back to the sentence subject or the last speaker that fits.

Unnamed speakers ("a Canadian official") have no speaker and the state their description
gives; a body speaking for itself ("the State Department") is its own speaker and
affiliation, except an organ that only its state identifies ("China's embassy in
Ottawa"), which speaks as that state. A statement's date is the date expression bound to
its speech verb (or, for "that evening" or "the same day", the day named just before it
in the passage), else the date of the event its venue refers back to ("told the
conference"), else that of the timeline entry or live-blog post it stands under, else
that of the nearest earlier statement or dated act ("declined on Friday to ...") by the
same speaker in the passage, else, for an attribution in the present tense ("says") or a
press release's signed quotation, the publication date, else, in a news report's
paragraph that names no other day (a reaction of the day), the day of the news its lede
names (up to a week before publication) or the publication date; ``None`` otherwise.

:func:`find_reported_statements` gives the indirect statements the same pass reads
("China says the men are suspected of ...") as :attr:`StatementKind.INDIRECT`.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence

import attrs

from ..model import (
    Organization,
    PartialDate,
    Person,
    State,
    Statement,
    StatementKind,
    Venue,
)
from ..text import Document, FactKey, Paragraph, word_count
from ..text import Quotation as QuoteSpan
from ._attribution import Cue, ParagraphView, Span2, Verb
from ._quote_layout import precise, read_layout
from ._quote_spans import looks_like_title
from ._speakers import Speaker, SpeakerResolver
from .mentions import DateMention, PlaceMention
from .people import PEOPLE, PeopleIndex, is_state_body
from .places import PLACES, find_places
from .timex import DATES

__all__ = ["EXTRACTOR", "find_quotes", "find_reported_statements", "find_statements"]

EXTRACTOR = "quotes"
"""The extractor name recorded in the evidence of every statement found here."""

_MIN_WORDS = 3
_PASSAGE = 2  # paragraphs back that a speaker or a date carries over
_LEDE = 2  # opening paragraphs that name the day of the news
_WEEK = 7  # days before publication the news day may lie
_RECALL = 32  # speech events looked back on for a venue, a date or a pronoun
_WORDS = re.compile(r"[^\W_]+")
_REPORTING = frozenset({"say", "deny", "accuse", "ask"})
_PERSONAL = frozenset({"he", "she"})
_REACH = 2000  # characters looked back on for a person's last mention


@attrs.frozen
class _Event:
    """Someone speaking somewhere in the text: a quotation or a reported statement."""

    position: int
    paragraph: int
    speaker: Speaker
    date: PartialDate | None
    venue: Venue | None


@attrs.frozen
class _Said:
    """When, where and to whom something was said, and the date expression that says when."""

    date: PartialDate | None = None
    date_mention: DateMention | None = None
    venue: Venue | None = None
    audience: str | None = None


@attrs.frozen
class _Found:
    """A statement with what deduplication weighs: how well it was attributed."""

    statement: Statement
    rank: tuple[int, int]
    key: tuple[str, ...]
    paragraph: int
    runs_on: bool  # no closing mark: the quotation may go on in the next paragraph
    opens: bool  # the quotation opens its paragraph


def find_statements(
    doc: Document,
    people: PeopleIndex,
    dates: Sequence[DateMention],
    places: Sequence[PlaceMention] | None = None,
) -> tuple[list[Statement], list[Statement]]:
    """The direct quotations and the reported statements of ``doc``, read in one pass.

    ``places`` are the document's place mentions if already found
    (:func:`arbdet.extract.places.find_places`); they are found here otherwise.
    """
    return _Reader(doc, people, dates, places).read()


def find_quotes(doc: Document, people: PeopleIndex, dates: list[DateMention]) -> list[Statement]:
    """Every direct quotation of ``doc`` as a :class:`Statement`, in text order.

    The same words quoted twice (a headline and the body) make one statement, attributed
    as well as any of their occurrences is, with every occurrence's evidence.
    """
    return find_statements(doc, people, dates)[0]


def find_reported_statements(
    doc: Document, people: PeopleIndex, dates: list[DateMention]
) -> list[Statement]:
    """Indirect statements: a named person, a body or a state saying, denying or accusing.

    ``"China says the men are suspected of committing crimes"`` gives a statement by
    China whose text is the reported clause.
    """
    return find_statements(doc, people, dates)[1]


def _parties(
    speaker: Speaker | None,
) -> tuple[Person | Organization | None, State | Organization | None]:
    """A statement's speaker and affiliation; an organ of a state speaks as its state.

    ("China's embassy in Ottawa said" is China's statement: no speaker, affiliation CN.)
    """
    if speaker is None:
        return None, None
    party = speaker.party
    if isinstance(party, Organization) and party.state is not None and is_state_body(party):
        return None, party.state
    return party, speaker.affiliation


def _present(verb: Verb) -> bool:
    """Whether a speech verb is in the present tense ("says", "tells", "adds")."""
    word = verb.text.split()[0].casefold()
    return word.endswith("s") and not word.endswith("ss")


def _key(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORDS.findall(text))


def _rank(speaker: Speaker | None, cued: bool) -> tuple[int, int]:
    if speaker is None:
        return 0, int(cued)
    if isinstance(speaker.party, Person):
        return 3, int(cued)
    if isinstance(speaker.party, Organization):
        return 2, int(cued)
    return (1 if speaker.affiliation is not None else 0), int(cued)


class _Reader:
    """One pass over a document: quotations, speech verbs and the speakers they name."""

    def __init__(
        self,
        doc: Document,
        people: PeopleIndex,
        dates: Sequence[DateMention],
        places: Sequence[PlaceMention] | None = None,
    ):
        self.doc = doc
        self.dates = sorted(dates, key=lambda d: d.start)
        self._date_starts = [d.start for d in self.dates]
        self.resolver = SpeakerResolver(doc, people, find_places(doc) if places is None else places)
        self.events: list[_Event] = []
        self.subject: tuple[int, Speaker, int] | None = None  # the last subject person named
        self.body: tuple[int, Speaker] | None = None  # the last sentence's subject, a body
        self.sentences_read = 0
        self.direct: list[_Found] = []
        self.indirect: list[Statement] = []
        self.spans = sorted(doc.quotations, key=lambda q: q.outer_start)
        self._quote_starts = [q.outer_start for q in self.spans]
        self._quote_ends = [q.outer_end for q in self.spans]
        self.layout = read_layout(doc, self.spans, self.dates)
        self.news_date = self._lede_day()

    # ------------------------------------------------------------ the pass

    def read(self) -> tuple[list[Statement], list[Statement]]:
        by_paragraph: dict[int, list[QuoteSpan]] = {}
        for span in self.spans:
            by_paragraph.setdefault(span.paragraph, []).append(span)
        for paragraph in self.doc.paragraphs:
            if paragraph.duplicate_of is None:
                self._paragraph(paragraph, by_paragraph.get(paragraph.index, []))
        return self._deduplicated(), self.indirect

    def _dates_in(self, paragraph: Paragraph) -> list[DateMention]:
        first = bisect.bisect_left(self._date_starts, paragraph.start)
        last = bisect.bisect_left(self._date_starts, paragraph.end)
        return self.dates[first:last]

    def _paragraph(self, paragraph: Paragraph, spans: list[QuoteSpan]) -> None:
        view = ParagraphView(self.doc, paragraph, spans, self._dates_in(paragraph))
        quotes = [s for s in spans if self._is_statement(s)]
        items: list[tuple[int, int, QuoteSpan | Verb | Span2]] = [
            (q.outer_start, 0, q) for q in quotes
        ]
        items.extend((v.start, 1, v) for v in view.verbs)
        items.extend((end, -1, (start, end)) for start, end in view.sentences)  # ends first
        items.sort(key=lambda item: (item[0], item[1]))
        used: set[int] = set()
        first_event = len(self.events)
        previous: Speaker | None = None
        for _, _, item in items:
            if isinstance(item, QuoteSpan):
                speaker, verb = self._quote(view, item, previous, first_event)
                if verb is not None:
                    used.add(verb.start)
                if speaker is not None:
                    previous = speaker
            elif isinstance(item, Verb):
                if item.start not in used and item.cls in _REPORTING:
                    self._reported(view, item)
            else:
                if len(self.events) == first_event or self.events[-1].position < item[0]:
                    self._occasion(view, item)  # a sentence with no speech event of its own
                self._note_subject(view, item)

    def _is_statement(self, span: QuoteSpan) -> bool:
        text = self.doc.text[span.start : span.end]
        return word_count(text) >= _MIN_WORDS and not looks_like_title(self.doc, span)

    def _recent(self) -> list[Speaker]:
        return [event.speaker for event in self.events[-_RECALL:]]

    def _resolve(self, subject: Span2) -> Speaker | None:
        return self.resolver.resolve(subject[0], subject[1], self._recent())

    # ------------------------------------------------------------ quotations

    def _cue(self, view: ParagraphView, quote: QuoteSpan) -> tuple[Cue, Speaker | None] | None:
        """The attribution of a quotation and the speaker it names.

        The first cue whose subject names someone; failing that, the first cue with no
        speaker (its verb still says when, where and to whom).
        """
        trailing = view.trailing_cue(quote)
        candidates = ([trailing] if trailing is not None else []) + view.leading_cues(quote)
        for cue in candidates:
            speaker = self._salient(view, cue.subject, self._resolve(cue.subject))
            if speaker is not None:
                return cue, speaker
        return (candidates[0], None) if candidates else None

    def _salient(
        self, view: ParagraphView, subject: Span2, speaker: Speaker | None
    ) -> Speaker | None:
        """Who "he said", "she said" or "it said" means: perhaps the subject before.

        "It" is the body that was the subject of the sentence before ("The group
        reacted. "...," it said."). "He" or "she" is the last person who was a sentence's
        subject in the passage, when the people layer could not resolve the pronoun, or
        when that subject spoke in the passage and the person the pronoun was resolved to
        did not ("Cotler said X and Y had signed ... "...," he said" is Cotler's, not Y's).
        """
        start, end = subject
        words = self.doc.text[start:end].split()
        pronoun = words[0].casefold() if len(words) == 1 else ""
        if pronoun == "it" and self.body is not None:
            read, body = self.body
            if read == self.sentences_read:
                return attrs.evolve(body, start=start, end=end)
        if pronoun not in _PERSONAL or self.subject is None:
            return speaker
        paragraph, previous, noted = self.subject
        if view.paragraph.index - paragraph > 1 or not self.resolver.agrees(previous, pronoun):
            return speaker
        named = any(m.person is not None for m in self.resolver.persons_in(start, end))
        if speaker is None or not named:
            return attrs.evolve(previous, start=start, end=end)
        if previous.key == speaker.key:
            return speaker
        if self._quoted_last(speaker, start) or noted == self.sentences_read:
            return attrs.evolve(previous, start=start, end=end)  # the subject just before
        speakers = {
            e.speaker.key
            for e in self.events[-_RECALL:]
            if view.paragraph.index - e.paragraph <= _PASSAGE
        }
        if previous.key in speakers and speaker.key not in speakers:
            return attrs.evolve(previous, start=start, end=end)
        return speaker

    def _quoted_last(self, speaker: Speaker, before: int) -> bool:
        """Whether the person was last mentioned before ``before`` inside a quotation."""
        mentions = [
            m
            for m in self.resolver.persons_in(max(0, before - _REACH), before)
            if m.person is not None and m.person == speaker.party
        ]
        if not mentions:
            return False
        last = mentions[-1].start
        index = bisect.bisect_right(self._quote_starts, last) - 1
        return index >= 0 and last < self._quote_ends[index]

    def _continued(
        self, view: ParagraphView, quote: QuoteSpan, previous: Speaker | None, first_event: int
    ) -> Speaker | None:
        """The speaker a quotation without its own attribution continues."""
        if previous is not None:
            return previous
        if len(self.events) > first_event:  # "Garneau said ... . "...""
            return self.events[-1].speaker
        opening = self.doc.text[view.paragraph.start : quote.outer_start].strip()
        if opening or first_event == 0:
            return None
        event = self.events[first_event - 1]  # a paragraph that only quotes
        return event.speaker if view.paragraph.index - event.paragraph <= _PASSAGE else None

    def _quote(
        self, view: ParagraphView, quote: QuoteSpan, previous: Speaker | None, first_event: int
    ) -> tuple[Speaker | None, Verb | None]:
        found = self._cue(view, quote)
        verb: Verb | None = None
        speaker: Speaker | None
        if found is not None:
            cue, speaker = found
            if speaker is None:
                speaker = self._continued(view, quote, previous, first_event)
            verb = cue.verb
            date_mention = view.date_for(cue, quote) or self._anchor(view, cue, quote)
            date, venue = self._when_where(view, cue, quote, date_mention, speaker)
            said = _Said(date, date_mention, venue)
            audience_span = view.audience_for(cue)
            if audience_span is not None:
                audience = self.doc.source_text(*audience_span).strip() or None
                if venue is None and view.is_media(audience_span):
                    venue = Venue.INTERVIEW
                said = _Said(date, date_mention, venue, audience)
        else:
            signed = self._signed(view.paragraph.index)
            speaker = (
                signed
                or self._introduced(view, quote)
                or self._continued(view, quote, previous, first_event)
            )
            date, venue = self._carried(speaker, view.paragraph.index)
            date = self.layout.dates.get(view.paragraph.index) or date
            if signed is not None:  # a press release's quotation: given the day it is issued
                date = self.doc.published
            said = _Said(date, None, venue)
        if speaker is not None:
            self.events.append(
                _Event(quote.outer_start, view.paragraph.index, speaker, said.date, said.venue)
            )
        self._record(quote, speaker, said, cued=found is not None and found[1] is not None)
        return speaker, verb

    def _when_where(
        self,
        view: ParagraphView,
        cue: Cue,
        quote: QuoteSpan | None,
        date_mention: DateMention | None,
        speaker: Speaker | None,
    ) -> tuple[PartialDate | None, Venue | None]:
        """A cue's date and venue: its own, the venue's event's, or the speaker's last."""
        found = view.venue_for(cue, quote)
        venue = found[0] if found is not None else None
        if date_mention is not None:
            return precise(date_mention.value), venue
        if found is not None and found[2]:  # "told the conference": the one named before
            date = self._venue_date(venue)
            if date is not None:
                return date, venue
        heading = self.layout.dates.get(view.paragraph.index)
        if heading is not None:  # a timeline's entry, a live blog's post
            return heading, venue
        date, carried_venue = self._carried(speaker, view.paragraph.index)
        if date is None and _present(cue.verb):  # "says the Prime Minister": as published
            date = self.doc.published
        elif date is None and self._news_day(view):  # a report's reaction of the day
            date = self.news_date
        return date, venue or carried_venue

    def _news_day(self, view: ParagraphView) -> bool:
        """Whether a paragraph reports the day of the news: it names no other day.

        An undated quotation in a news report ("Biden said in a statement") was given on
        the day the report tells of; one in a paragraph that names another time ("In 2019
        the Foreign Secretary told MPs ...") or in a dated timeline is left undated.
        """
        if self.layout.dates:  # a timeline looks back; its undated words have no day
            return False
        paragraph = view.paragraph
        days = (self.doc.published, self.news_date)
        return all(
            precise(mention.value) in days
            for mention in view.dates_between(paragraph.start, paragraph.end)
        )

    def _lede_day(self) -> PartialDate | None:
        """The day the lede says the news happened ("Canada launched on Monday ..."), if any.

        The first day named in the opening paragraphs, outside quotations, up to a week
        before publication; else the publication date.
        """
        published = self.doc.published
        if published is None or published.month is None or published.day is None:
            return published
        issued = datetime.date(published.year, published.month, published.day)
        for paragraph in self.doc.paragraphs[:_LEDE]:
            for mention in self._dates_in(paragraph):
                date = precise(mention.value)
                if self._quoted(mention.start) or date is None or date.day is None:
                    continue
                assert date.month is not None  # a day is always of a month
                if 0 <= (issued - datetime.date(date.year, date.month, date.day)).days <= _WEEK:
                    return date
        return published

    def _anchor(self, view: ParagraphView, cue: Cue, quote: QuoteSpan | None) -> DateMention | None:
        """The day "that evening" or "the same day" in a cue refers back to.

        The last day named before it in the passage, outside quotations; ``None`` when that
        is not a single day (a month says nothing of which evening).
        """
        offset = view.same_day(cue, quote)
        if offset is None:
            return None
        floor = self.doc.paragraphs[max(0, view.paragraph.index - _PASSAGE)].start
        index = bisect.bisect_left(self._date_starts, offset) - 1
        while index >= 0 and self.dates[index].start >= floor:
            mention = self.dates[index]
            index -= 1
            if self._quoted(mention.start):
                continue
            date = precise(mention.value)
            return mention if date is not None and date.day is not None else None
        return None

    def _quoted(self, offset: int) -> bool:
        """Whether an offset lies inside a quotation."""
        quoted = bisect.bisect_right(self._quote_starts, offset) - 1
        return quoted >= 0 and offset < self._quote_ends[quoted]

    def _venue_date(self, venue: Venue | None) -> PartialDate | None:
        """The date of the last event at a venue of this kind ("the conference")."""
        for event in reversed(self.events[-_RECALL:]):
            if event.venue is venue and event.date is not None:
                return event.date
        return None

    def _introduced(self, view: ParagraphView, quote: QuoteSpan) -> Speaker | None:
        """The subject of a sentence that introduces a quotation with a colon."""
        subject = view.colon_subject(quote)
        if subject is None:
            return None
        return self._salient(view, subject, self._resolve(subject))

    def _signed(self, paragraph: int) -> Speaker | None:
        """The person a press release's signature line names for a quotation paragraph."""
        words = self.layout.signatures.get(paragraph)
        if words is None:
            return None
        speaker = self.resolver.resolve(words[0], words[1], [])
        return speaker if speaker is not None and isinstance(speaker.party, Person) else None

    def _carried(
        self, speaker: Speaker | None, paragraph: int
    ) -> tuple[PartialDate | None, Venue | None]:
        """The date and venue of the speaker's nearest earlier statement in the passage."""
        if speaker is None:
            return None, None
        for event in reversed(self.events[-_RECALL:]):
            if paragraph - event.paragraph > _PASSAGE:
                break
            if event.speaker.key == speaker.key:
                return event.date, event.venue
        return None, None

    def _record(
        self, quote: QuoteSpan, speaker: Speaker | None, said: _Said, *, cued: bool
    ) -> None:
        doc = self.doc
        text = doc.source_text(quote.start, quote.end).strip()
        if not text:
            return
        evidence = [doc.evidence(quote.start, quote.end, EXTRACTOR, "text")]
        if speaker is not None:
            evidence.append(doc.evidence(speaker.start, speaker.end, EXTRACTOR, "speaker"))
        mention = said.date_mention
        if said.date is not None and mention is not None:
            evidence.append(doc.evidence(mention.start, mention.end, EXTRACTOR, "date"))
        party, affiliation = _parties(speaker)
        statement = Statement(
            text=text,
            kind=StatementKind.DIRECT,
            speaker=party,
            affiliation=affiliation,
            date=said.date,
            venue=said.venue,
            audience=said.audience,
            evidence=tuple(evidence),
        )
        runs_on = quote.closing is None and not quote.single
        opens = not doc.text[doc.paragraphs[quote.paragraph].start : quote.outer_start].strip()
        self.direct.append(
            _Found(statement, _rank(speaker, cued), _key(text), quote.paragraph, runs_on, opens)
        )

    def _run_on_speakers(self) -> None:
        """A quotation that runs on into the next paragraph takes the speaker named there.

        ("The first point ... [new paragraph] "The second point," Blinken said.": both
        are Blinken's.)
        """
        for index in range(len(self.direct) - 2, -1, -1):
            found, after = self.direct[index], self.direct[index + 1]
            statement = found.statement
            if (
                statement.speaker is not None
                or statement.affiliation is not None
                or not found.runs_on
                or not after.opens
                or after.paragraph != found.paragraph + 1
                or after.rank[0] == 0
            ):
                continue
            named = tuple(e for e in after.statement.evidence if e.field == "speaker")
            self.direct[index] = attrs.evolve(
                found,
                statement=attrs.evolve(
                    statement,
                    speaker=after.statement.speaker,
                    affiliation=after.statement.affiliation,
                    date=statement.date or after.statement.date,
                    venue=statement.venue or after.statement.venue,
                    evidence=statement.evidence + named,
                ),
                rank=(after.rank[0], 0),
            )

    def _deduplicated(self) -> list[Statement]:
        """One statement per distinct wording, the best attributed, with all the evidence."""
        self._run_on_speakers()
        groups: dict[tuple[str, ...], list[_Found]] = {}
        for found in self.direct:
            groups.setdefault(found.key, []).append(found)
        out: list[Statement] = []
        for found in self.direct:
            group = groups.get(found.key)
            if group is None:
                continue
            del groups[found.key]
            best = max(group, key=lambda f: f.rank)
            others = [
                e for f in group if f is not best for e in f.statement.evidence if e.field == "text"
            ]
            out.append(
                attrs.evolve(best.statement, evidence=best.statement.evidence + tuple(others))
            )
        return out

    # ------------------------------------------------------------ reported speech

    def _note_subject(self, view: ParagraphView, sentence: Span2) -> None:
        """Remember a sentence's subject when it names a person or a body (see :meth:`_salient`)."""
        self.sentences_read += 1
        subject = view.main_subject(sentence, sentence[1])
        if subject is None:
            return
        words = self.doc.text[subject[0] : subject[1]].split()
        if words and words[0].casefold() in (*_PERSONAL, "it"):
            return
        speaker = self._resolve(subject)
        if speaker is not None and speaker.is_person:  # named, or "a Canadian diplomat"
            self.subject = (view.paragraph.index, speaker, self.sentences_read)
        elif speaker is not None and isinstance(speaker.party, Organization):
            self.body = (self.sentences_read, speaker)

    def _occasion(self, view: ParagraphView, sentence: Span2) -> None:
        """A sentence that says someone spoke somewhere, or acted on a day, without a speech verb.

        "Trudeau addressed the General Assembly on Tuesday" dates the quotation that
        follows it, and "a conference on Monday" the one that says "told the conference";
        "Peskov declined on Friday to discuss any talks" dates Peskov's next quotation.
        """
        found = view.occasion(sentence)
        venue: Venue | None = None
        date_mention: DateMention | None = None
        definite = False
        if found is not None:
            subject, venue, date_mention, definite = found
        else:
            if any(sentence[0] <= e.position < sentence[1] for e in self.events[-_RECALL:]):
                return  # it has a speech event of its own
            dated = view.dated_subject(sentence)  # "Peskov declined on Friday to ..."
            if dated is None:
                return
            subject, date_mention = dated
        speaker = self._resolve(subject)
        if speaker is None:
            return
        date = None if date_mention is None else precise(date_mention.value)
        if date is None and definite:  # "at the same news conference": the one named before
            date = self._venue_date(venue)
        self.events.append(_Event(sentence[0], view.paragraph.index, speaker, date, venue))

    def _reported(self, view: ParagraphView, verb: Verb) -> None:
        """A speech event for a verb outside quotations; an indirect statement if it reports one."""
        found = view.reported(verb)
        subject = found[0] if found is not None else None
        if subject is None and view.used_as_verb(verb):
            subject = view.subject_of(verb)
        if subject is None:
            return
        cue = Cue(verb, subject, trailing=False)
        speaker = self._salient(view, subject, self._resolve(subject))
        if speaker is None:
            return
        date_mention = view.date_for(cue, None) or self._anchor(view, cue, None)
        date, venue = self._when_where(view, cue, None, date_mention, speaker)
        self.events.append(_Event(verb.start, view.paragraph.index, speaker, date, venue))
        if found is None or speaker.noun is not None:
            return  # only named people, bodies and states make indirect statements
        if speaker.party is None and speaker.affiliation is None:
            return
        start, end = found[1]
        text = self.doc.source_text(start, end).strip()
        if not text:
            return
        doc = self.doc
        evidence = [
            doc.evidence(start, end, EXTRACTOR, "text"),
            doc.evidence(speaker.start, speaker.end, EXTRACTOR, "speaker"),
        ]
        if date is not None and date_mention is not None:
            evidence.append(doc.evidence(date_mention.start, date_mention.end, EXTRACTOR, "date"))
        party, affiliation = _parties(speaker)
        self.indirect.append(
            Statement(
                text=text,
                kind=StatementKind.INDIRECT,
                speaker=party,
                affiliation=affiliation,
                date=date,
                venue=venue,
                evidence=tuple(evidence),
            )
        )


STATEMENTS: FactKey[Statement] = FactKey("statements")
"""The statements a document reports: direct quotations, then reported statements."""


def read(doc: Document) -> list[Statement]:
    """The direct quotations and reported statements of ``doc`` (:func:`find_statements`)."""
    quotes, reported = find_statements(
        doc, doc.layer(PEOPLE).index, list(doc.layer(DATES)), list(doc.layer(PLACES))
    )
    return [*quotes, *reported]
