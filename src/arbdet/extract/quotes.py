"""Direct quotations and who said them, when, where and to whom; reported statements too.

:func:`find_quotes` reads every quotation of three words or more that is not a title or a
nickname (:mod:`._quote_spans`) and attributes it, in this order of preference:

1. a speech verb and its subject next to the quotation in the same sentence
   (``"...," X said``, ``"..." said X``, ``X told Reuters: "..."``, ``according to X``);
2. for a quotation without one, the speaker of the quotation before it in the same
   paragraph (a split quotation), of a statement reported earlier in the paragraph, or,
   for a paragraph that is only a quotation, of the paragraph before;
3. pronouns and descriptions ("he said", "the spokesperson said") through the people
   layer, or back to the last speaker that fits.

Unnamed speakers ("a Canadian official") have no speaker and the state their description
gives; a body speaking for itself ("the State Department") is its own speaker and
affiliation. A statement's date is the date expression bound to its speech verb, else
the date of the event its venue refers back to ("told the conference"), else that of the
nearest earlier statement by the same speaker in the passage; ``None`` otherwise.

:func:`find_reported_statements` gives the indirect statements the same pass reads
("China says the men are suspected of ...") as :attr:`StatementKind.INDIRECT`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from ..model import (
    DateRange,
    Organization,
    PartialDate,
    Person,
    Statement,
    StatementKind,
    Venue,
)
from ..text import Document, Paragraph
from ._attribution import Cue, ParagraphView, Span2, Verb
from ._quote_spans import QuoteSpan, find_quote_spans, looks_like_title, word_count
from ._speakers import Speaker, SpeakerResolver
from .mentions import DateMention
from .people import PeopleIndex
from .places import find_places

__all__ = ["EXTRACTOR", "find_quotes", "find_reported_statements"]

EXTRACTOR = "quotes"
"""The extractor name recorded in the evidence of every statement found here."""

_MIN_WORDS = 3
_PASSAGE = 2  # paragraphs back that a speaker or a date carries over
_RECALL = 32  # speech events looked back on for a venue, a date or a pronoun
_WORDS = re.compile(r"[^\W_]+")
_REPORTING = frozenset({"say", "deny", "accuse", "ask"})
_PERSONAL = frozenset({"he", "she"})


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


def find_quotes(doc: Document, people: PeopleIndex, dates: list[DateMention]) -> list[Statement]:
    """Every direct quotation of ``doc`` as a :class:`Statement`, in text order.

    The same words quoted twice (a headline and the body) make one statement, attributed
    as well as any of their occurrences is, with every occurrence's evidence.
    """
    return _Reader(doc, people, dates).read()[0]


def find_reported_statements(
    doc: Document, people: PeopleIndex, dates: list[DateMention]
) -> list[Statement]:
    """Indirect statements: a named person, a body or a state saying, denying or accusing.

    ``"China says the men are suspected of committing crimes"`` gives a statement by
    China whose text is the reported clause.
    """
    return _Reader(doc, people, dates).read()[1]


def _partial(value: PartialDate | DateRange | None) -> PartialDate | None:
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

    def __init__(self, doc: Document, people: PeopleIndex, dates: Sequence[DateMention]):
        self.doc = doc
        self.dates = sorted(dates, key=lambda d: d.start)
        self._date_starts = [d.start for d in self.dates]
        self.resolver = SpeakerResolver(doc, people, find_places(doc))
        self.events: list[_Event] = []
        self.subject: tuple[int, Speaker] | None = None  # the last sentence subject named
        self.direct: list[_Found] = []
        self.indirect: list[Statement] = []

    # ------------------------------------------------------------ the pass

    def read(self) -> tuple[list[Statement], list[Statement]]:
        spans = find_quote_spans(self.doc)
        by_paragraph: dict[int, list[QuoteSpan]] = {}
        for span in spans:
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
        items.extend((end, 2, (start, end)) for start, end in view.sentences)
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
            speaker = self._resolve(cue.subject)
            if speaker is not None:
                return cue, self._salient(view, cue, speaker)
        return (candidates[0], None) if candidates else None

    def _salient(self, view: ParagraphView, cue: Cue, speaker: Speaker) -> Speaker:
        """Who "he said" or "she said" means: perhaps the subject of the sentence before.

        It is taken instead of the person the pronoun was resolved to when it spoke in
        the passage and that person did not ("Cotler said X and Y had signed ... "...,"
        he said" is Cotler's, not Y's).
        """
        words = self.doc.text[cue.subject[0] : cue.subject[1]].split()
        if len(words) != 1 or words[0].casefold() not in _PERSONAL or self.subject is None:
            return speaker
        paragraph, previous = self.subject
        if previous.key == speaker.key or view.paragraph.index - paragraph > 1:
            return speaker
        speakers = {
            e.speaker.key
            for e in self.events[-_RECALL:]
            if view.paragraph.index - e.paragraph <= _PASSAGE
        }
        if previous.key in speakers and speaker.key not in speakers:
            return attrs.evolve(previous, start=speaker.start, end=speaker.end)
        return speaker

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
            date_mention = view.date_for(cue, quote)
            date, venue = self._when_where(view, cue, quote, date_mention, speaker)
            said = _Said(date, date_mention, venue)
            audience_span = view.audience_for(cue)
            if audience_span is not None:
                audience = self.doc.source_text(*audience_span).strip() or None
                if venue is None and view.is_media(audience_span):
                    venue = Venue.INTERVIEW
                said = _Said(date, date_mention, venue, audience)
        else:
            speaker = self._continued(view, quote, previous, first_event)
            date, venue = self._carried(speaker, view.paragraph.index)
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
            return _partial(date_mention.value), venue
        if found is not None and found[2]:  # "told the conference": the one named before
            for event in reversed(self.events[-_RECALL:]):
                if event.venue is venue and event.date is not None:
                    return event.date, venue
        date, carried_venue = self._carried(speaker, view.paragraph.index)
        return date, venue or carried_venue

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
        statement = Statement(
            text=text,
            kind=StatementKind.DIRECT,
            speaker=None if speaker is None else speaker.party,
            affiliation=None if speaker is None else speaker.affiliation,
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
        """Remember a sentence's subject when it names a person (see :meth:`_salient`)."""
        subject = view.main_subject(sentence, sentence[1])
        if subject is None:
            return
        words = self.doc.text[subject[0] : subject[1]].split()
        if words and words[0].casefold() in _PERSONAL:
            return
        speaker = self._resolve(subject)
        if speaker is not None and isinstance(speaker.party, Person):
            self.subject = (view.paragraph.index, speaker)

    def _occasion(self, view: ParagraphView, sentence: Span2) -> None:
        """A sentence that says someone spoke somewhere, and when, without a speech verb.

        "Trudeau addressed the General Assembly on Tuesday" dates the quotation that
        follows it, and "a conference on Monday" the one that says "told the conference".
        """
        found = view.occasion(sentence)
        if found is None:
            return
        subject, venue, date_mention = found
        speaker = self._resolve(subject)
        if speaker is None:
            return
        date = None if date_mention is None else _partial(date_mention.value)
        self.events.append(_Event(sentence[0], view.paragraph.index, speaker, date, venue))

    def _reported(self, view: ParagraphView, verb: Verb) -> None:
        """A speech event for a verb outside quotations; an indirect statement if it reports one."""
        found = view.reported(verb)
        subject = found[0] if found is not None else None
        if subject is None and view.used_as_verb(verb):
            subject = view.subject_of(verb)
        if subject is None:
            return
        speaker = self._resolve(subject)
        if speaker is None:
            return
        cue = Cue(verb, subject, trailing=False)
        date_mention = view.date_for(cue, None)
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
        self.indirect.append(
            Statement(
                text=text,
                kind=StatementKind.INDIRECT,
                speaker=speaker.party,
                affiliation=speaker.affiliation,
                date=date,
                venue=venue,
                evidence=tuple(evidence),
            )
        )
