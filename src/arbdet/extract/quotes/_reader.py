"""One pass over the sentences the gate marks for speech: quotations and reported statements.

Every quotation of three words or more that is not a title is attributed by the first rule
of ``attribution.tsv`` whose words name a speaker (:mod:`._attribution`); a quotation
without one continues the speaker before it: the quotation before it in its paragraph (a
split quotation), a statement reported earlier in the paragraph, or, for a paragraph that
only quotes, the speaker of the paragraph before; a press release's quotations are its
signatory's. A verb of saying that no quotation took reports a statement of its own
(``statement.reported.*``).

Only the gate's sentences (those with a quotation or a verb of saying) and the sentence
before each are read; pronouns look back through the people layer and the speech events
already read, never by reading the text again.

A statement's date is the date bound to its verb (or, for "that evening" or "the same
day", the day named just before it in the passage), else the date of the event its venue
refers back to ("told the conference"), else that of the timeline entry or live-blog post
it stands under, else that of the speaker's nearest earlier statement or dated act in the
passage, else, for a verb in the present tense ("says") or a press release's signed
quotation, the publication date, else, in a paragraph that names no other day (a
reaction of the day), the day of the news its lede names or the publication date.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
from typing import NamedTuple

import attrs

from ...model import (
    Organization,
    PartialDate,
    Person,
    State,
    Statement,
    StatementKind,
    Venue,
)
from ...text import Document, Sentence
from ..mentions import DateMention
from ..people import is_state_body
from ._attribution import Attribution, attributions
from ._circumstances import (
    audience,
    back_then,
    date_of,
    dated_subject,
    described_subject,
    is_media,
    occasion,
    regions,
    same_day,
    venue_of,
)
from ._context import Context, Quoted, Verb
from ._layout import is_headline, precise, read_layout
from ._lexicon import venues, words
from ._phrases import Phrase, main_subject, negated, reported, subject_of, used_as_verb
from ._speakers import Speaker, SpeakerResolver
from ._titles import is_statement

__all__ = ["read_statements"]

PASSAGE = 2  # paragraphs back that a speaker or a date carries over
LEDE = 2  # opening paragraphs that name the day of the news
WEEK = 7  # days before publication the news day may lie
RECALL = 32  # speech events looked back on for a venue, a date or a description
REPORTING = frozenset({"say", "tell", "deny", "accuse", "ask"})  # classes that make events
PART = 0.6  # the most of a longer quotation's tokens that a headline's part of it may hold


class _Event(NamedTuple):
    """Someone speaking somewhere in the text: a quotation or a reported statement."""

    position: int  # token
    paragraph: int
    speaker: Speaker
    date: PartialDate | None
    venue: Venue | None
    key: str  # the speaker's key


class _Saying(NamedTuple):
    """A verb of saying, the words naming its speaker, the words around it, its paragraph."""

    verb: Verb
    subject: Phrase | None
    spans: list[Phrase]
    paragraph: int


@attrs.frozen
class _Said:
    """When, where and to whom something was said, and the date expression that says so."""

    date: PartialDate | None = None
    date_mention: DateMention | None = None
    venue: Venue | None = None
    audience: str | None = None


@attrs.frozen
class _Found:
    """A direct statement with what deduplication weighs: how well it was attributed."""

    statement: Statement
    rank: tuple[int, int]
    key: tuple[str, ...]
    paragraph: int
    runs_on: bool  # no closing mark: the quotation may go on in the next paragraph
    opens: bool  # the quotation opens its paragraph
    headline: bool  # it stands in a headline or a subheading


def _parties(
    speaker: Speaker | None,
) -> tuple[Person | Organization | None, State | Organization | None]:
    """A statement's speaker and affiliation; an organ of a state speaks as its state."""
    if speaker is None:
        return None, None
    party = speaker.party
    if isinstance(party, Organization) and party.state is not None and is_state_body(party):
        return None, party.state
    return party, speaker.affiliation


def _present(ctx: Context, verb: Verb) -> bool:
    """Whether a verb of saying is in the present tense ("says", "tells", "adds")."""
    word = ctx.lower[verb.first]
    return word.endswith("s") and not word.endswith("ss")


def _key(ctx: Context, quoted: Quoted) -> tuple[str, ...]:
    """What makes two quotations the same words: their tokens in lower case.

    From the first word to the last: a headline's quotation may lack the body's comma.
    """
    lower = ctx.lower
    first, stop = quoted.inner, quoted.inner_stop
    while first < stop and not lower[first][:1].isalnum():
        first += 1
    while stop > first and not lower[stop - 1][:1].isalnum():
        stop -= 1
    return tuple(lower[first:stop])


def _rank(speaker: Speaker | None, cued: bool) -> tuple[int, int]:
    if speaker is None:
        return 0, int(cued)
    if isinstance(speaker.party, Person):
        return 3, int(cued)
    if isinstance(speaker.party, Organization):
        return 2, int(cued)
    return (1 if speaker.affiliation is not None else 0), int(cued)


class _Reader:
    """The pass over one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.ctx = ctx = Context(doc)
        self.resolver = SpeakerResolver(ctx)
        self.layout = read_layout(ctx)
        self._labels: dict[tuple[int, int], Speaker | None] = {}  # transcript labels read
        self._label_firsts = {label[0] for label in self.layout.turns.values()}
        self.events: list[_Event] = []
        self.direct: list[_Found] = []
        self.indirect: list[Statement] = []
        self.used: set[int] = set()  # verbs a quotation took
        self.previous: Speaker | None = None  # the last quotation's speaker in the paragraph
        self.first_event = 0  # the first event of the paragraph
        self.paragraph = -1
        self._date_starts = [d.start for d in ctx.dates.items]
        self._news_days: dict[tuple[int, Phrase | None], bool] = {}
        self.occasions: set[int] = set()  # sentences with a venue or a day of the news
        self.news_date = self._lede_day()

    # ------------------------------------------------------------ the pass

    def read(self) -> tuple[list[Statement], list[Statement]]:
        ctx = self.ctx
        gated = ctx.speech_sentences()
        quotes: dict[int, list[Quoted]] = {}
        for quoted in ctx.quotes:
            if is_statement(ctx, quoted):
                quotes.setdefault(quoted.sentence, []).append(quoted)
        verbs: dict[int, list[Verb]] = {}
        for verb in ctx.verbs:
            verbs.setdefault(ctx.tokens.sentence[verb.first], []).append(verb)
        self.occasions = self._occasions({q.sentence for group in quotes.values() for q in group})
        for number in sorted(gated | self.occasions):
            sentence = self.doc.sentences[number]
            if not sentence.duplicate:
                self._sentence(sentence, quotes.get(number, []), verbs.get(number, []))
        return self._deduplicated(), self.indirect

    def _occasions(self, quoting: set[int]) -> set[int]:
        """The sentences that may tell of an occasion: a venue, or a day of the news.

        Only those in the passage before a quotation (in the sentences ``quoting``) count:
        an occasion dates, places or names the speaker of quotations after it. Found from
        the venue phrases and the date layer, not by reading the sentences.
        """
        ctx = self.ctx
        sentences = self.doc.sentences
        quoted = {sentences[number].paragraph for number in quoting}
        if not quoted:
            return set()
        owner = ctx.tokens.sentence
        found = {owner[index] for index in ctx.starts(venues(), 0, len(ctx.lower))}
        days = words("newsday")
        dates = ctx.dates
        for number in range(len(dates.items)):
            first, stop = dates.first[number], dates.stop[number]
            if any(word in days for word in ctx.lower[first:stop]):
                found.add(owner[first])
        return {
            number
            for number in found
            if not quoted.isdisjoint(
                range(sentences[number].paragraph, sentences[number].paragraph + PASSAGE + 1)
            )
        }

    def _sentence(self, sentence: Sentence, quotes: list[Quoted], verbs: list[Verb]) -> None:
        if sentence.paragraph != self.paragraph:
            self.paragraph = sentence.paragraph
            self.previous = None
            self.first_event = len(self.events)
        before = len(self.events)
        items: list[tuple[int, int, Quoted | Verb]] = [(q.first, 0, q) for q in quotes]
        items.extend((v.first, 1, v) for v in verbs)
        for _, _, item in sorted(items, key=lambda entry: (entry[0], entry[1])):
            if isinstance(item, Quoted):
                self._quote(item)
            elif item.first not in self.used and item.cls in REPORTING:
                self._reported(item)
        if len(self.events) == before and sentence.index in self.occasions:
            self._occasion(sentence)

    def _event(
        self,
        position: int,
        paragraph: int,
        speaker: Speaker,
        date: PartialDate | None,
        venue: Venue | None,
    ) -> None:
        self.events.append(_Event(position, paragraph, speaker, date, venue, speaker.key))

    def _recent(self) -> list[Speaker]:
        return [event.speaker for event in self.events[-RECALL:]]

    # ------------------------------------------------------------ speakers

    def _resolve(self, phrase: Phrase) -> Speaker | None:
        first, stop = phrase
        if stop - first == 1 and self.ctx.lower[first] in words("pronoun"):
            return self._pronoun(first)
        speaker = self.resolver.resolve(first, stop, self._recent())
        if speaker is None or speaker.party is not None or speaker.affiliation is not None:
            return speaker
        if speaker.noun in words("voice"):
            # "The Foreign Office said ... . "...," a spokesperson said": its spokesperson
            speaker = attrs.evolve(speaker, affiliation=self._body_before(first))
        turn = self._turn(first)
        if speaker.affiliation is None and turn is not None and isinstance(turn.affiliation, State):
            # an official's briefing: "the President" is their own state's
            speaker = attrs.evolve(speaker, affiliation=turn.affiliation)
        return speaker

    def _body_before(self, index: int) -> State | Organization | None:
        """For whom the body that spoke last, in this paragraph or the one before, speaks."""
        paragraph = self.ctx.sentence(index).paragraph
        for event in reversed(self.events[-RECALL:]):
            if paragraph - event.paragraph > 1:
                break
            if event.position < index and not event.speaker.is_person:
                party, affiliation = _parties(event.speaker)
                return party if isinstance(party, Organization) else affiliation
        return None

    def _pronoun(self, index: int) -> Speaker | None:
        """Who "he said", "it said" or "they said" means.

        "He" or "she" is the nearest person before it that fits: in each sentence back
        through the passage, who spoke there first, then the people it names from its
        main clause on (quotations left out). "It" is the body that spoke or was the
        subject just before; "they" a body or several people. In a transcript, "I" is
        the speaker of the turn, and "he" or "she" someone else; elsewhere "I" is the
        author a byline names, and "he" or "she" not the author.
        """
        ctx = self.ctx
        word = ctx.lower[index]
        start, end = ctx.span(index, index + 1)
        turn = self._turn(index)
        if turn is not None and word in words("first_person"):
            return turn.at(start, end)  # "I told him" in a transcript: the turn's speaker
        author = self._author() if turn is None else None
        if author is not None and word in words("singular_first_person"):
            return author.at(start, end)  # "As I wrote at the time" in an opinion piece
        mention = ctx.persons.at(index)
        if word in words("personal"):
            found = self._antecedent(index, word, self._own(index))
            if found is not None:
                return found.at(start, end)
        if mention is not None and mention.person is not None:
            person = mention.person
            return Speaker(person, self.resolver.person_affiliation(mention, person), start, end)
        if word in words("first_person") or word in words("personal"):
            return None
        return self._body_pronoun(index, word, start, end)

    def _body_pronoun(self, index: int, word: str, start: int, end: int) -> Speaker | None:
        """The body "it" or "they" (token ``index``, characters ``[start, end)``) means."""
        body = self._body_subject(index) if word in words("body") else None
        if body is not None:
            return body.at(start, end)
        paragraph = self.ctx.sentence(index).paragraph
        for event in reversed(self.events[-RECALL:]):
            if paragraph - event.paragraph > PASSAGE:
                break
            if event.position < index and not event.speaker.is_person:
                return event.speaker.at(start, end)
        return None

    def _body_subject(self, index: int) -> Speaker | None:
        """The body that is the subject of the sentence before token ``index``'s ("It said")."""
        ctx = self.ctx
        number = ctx.tokens.sentence[index] - 1
        if number < 0:
            return None
        before = self.doc.sentences[number]
        subject = main_subject(ctx, before, before.stop)
        if subject is None or ctx.lower[subject[0]] in words("pronoun"):
            return None
        speaker = self.resolver.resolve(subject[0], subject[1], self._recent())
        return speaker if speaker is not None and not speaker.is_person else None

    def _author(self) -> Speaker | None:
        """The author a byline names, if any."""
        label = self.layout.author
        if label is None:
            return None
        if label not in self._labels:
            self._labels[label] = self.resolver.resolve(label[0], label[1], ())
        return self._labels[label]

    def _turn(self, index: int) -> Speaker | None:
        """The speaker of the transcript turn that holds token ``index``, if any."""
        label = self.layout.turns.get(self.ctx.sentence(index).paragraph)
        if label is None:
            return None
        if label not in self._labels:
            self._labels[label] = self.resolver.resolve(label[0], label[1], ())
        return self._labels[label]

    def _antecedent(self, index: int, pronoun: str, own: Person | None) -> Speaker | None:
        """The nearest person before token ``index`` that "he" or "she" may be.

        Not ``own``, the speaker of the transcript turn the pronoun stands in, nor anyone
        named by a transcript's label.
        """
        sentences = self.doc.sentences
        sentence = self.ctx.sentence(index)
        origin = sentence.paragraph
        limit = index
        while origin - sentence.paragraph <= PASSAGE:
            found = self._in_sentence(sentence, limit, pronoun, own)
            if found is not None or sentence.index == 0:
                return found
            sentence = sentences[sentence.index - 1]
            limit = sentence.stop
        return None

    def _in_sentence(
        self, sentence: Sentence, limit: int, pronoun: str, own: Person | None
    ) -> Speaker | None:
        """The first person in a sentence (before token ``limit``) "he" or "she" may be.

        Who spoke in it, the latest first; then its subject; then the people it names.
        """
        ctx = self.ctx
        resolver = self.resolver
        for event in reversed(self.events[-RECALL:]):
            if event.position < sentence.first:
                break
            speaker = event.speaker
            if (
                event.position < limit
                and speaker.is_person
                and speaker.party is not own
                and resolver.agrees(speaker, pronoun)
            ):
                return speaker
        # the subject of a sentence before (in its own sentence, a pronoun is the subject)
        subject = main_subject(ctx, sentence, limit) if limit == sentence.stop else None
        if subject is not None and ctx.lower[subject[0]] not in words("pronoun"):
            named = resolver.resolve(subject[0], subject[1], self._recent())
            if (
                named is not None
                and named.is_person
                and (own is None or named.party is not own)
                and resolver.agrees(named, pronoun)
            ):
                return named
        possessive = words("possessive")
        for number, mention in ctx.persons.within(sentence.first, limit):
            first = ctx.persons.first[number]
            person = mention.person
            if (
                person is None
                or person is own
                or first in self._label_firsts
                or ctx.quoted(first)
                or mention.text.casefold() in possessive
                or not resolver.gender_fits(person, pronoun)
            ):
                continue
            affiliation = resolver.person_affiliation(mention, person)
            return Speaker(person, affiliation, mention.start, mention.end)
        return None

    # ------------------------------------------------------------ quotations

    def _attribute(self, quoted: Quoted) -> tuple[Attribution, Speaker | None] | None:
        """A quotation's attribution and its speaker: the first that names someone.

        Failing that, the first that names no one: a verb's ("the official said", whose
        speaker is unnamed or continues the one before), or words that introduce the
        quotation with a subject that is no speaker ("The comment was simple: ...").
        """
        unnamed: Attribution | None = None
        for attribution in attributions(self.ctx, quoted):
            phrase = attribution.phrase
            if phrase is None:
                continue
            speaker = self._resolve(phrase)
            if speaker is not None:
                return attribution, speaker
            if unnamed is None and (attribution.verb is not None or not self._is_pronoun(phrase)):
                unnamed = attribution
        return None if unnamed is None else (unnamed, None)

    def _is_pronoun(self, phrase: Phrase) -> bool:
        """Whether a phrase is a pronoun alone ("he", "they")."""
        return phrase[1] - phrase[0] == 1 and self.ctx.lower[phrase[0]] in words("pronoun")

    def _quote(self, quoted: Quoted) -> None:
        found = self._attribute(quoted)
        paragraph = self.ctx.sentence(quoted.first).paragraph
        if found is not None and found[0].verb is not None:
            speaker, rule, said = self._spoken(quoted, found[0], found[1], paragraph)
        else:
            speaker, rule, said = self._introduced(quoted, found, paragraph)
        if speaker is not None:
            self.previous = speaker
            self._event(quoted.first, paragraph, speaker, said.date, said.venue)
        self._record(quoted, speaker, said, rule, cued=found is not None and found[1] is not None)

    def _spoken(
        self, quoted: Quoted, attribution: Attribution, speaker: Speaker | None, paragraph: int
    ) -> tuple[Speaker | None, str, _Said]:
        """The speaker, rule and circumstances of a quotation a verb of saying attributes.

        A verb whose subject names no one continues the speaker before ("the official
        said" after a split quotation), except a plural pronoun ("they wrote" after "his
        parents"): several people, none of them the speaker alone.
        """
        verb = attribution.verb
        assert verb is not None
        self.used.add(verb.first)
        rule = attribution.rule
        phrase = attribution.phrase
        if speaker is None and not (
            phrase is not None
            and self._is_pronoun(phrase)
            and self.ctx.lower[phrase[0]] in words("plural")
        ):
            speaker, rule = self._continued(quoted)
            if (
                speaker is not None
                and phrase is not None
                and self._is_pronoun(phrase)
                and self.ctx.lower[phrase[0]] in words("personal")
                and speaker.party is self._own(quoted.first)
            ):  # "I asked an official ... "...," he told me": not the author
                speaker, rule = None, "statement.unattributed"
        return speaker, rule, self._circumstances(verb, attribution, quoted, speaker, paragraph)

    def _own(self, index: int) -> Person | None:
        """Who "I" is at token ``index``: the speaker of its transcript turn, or the author."""
        own = self._turn(index) or self._author()
        return own.party if own is not None and isinstance(own.party, Person) else None

    def _introduced(
        self,
        quoted: Quoted,
        found: tuple[Attribution, Speaker | None] | None,
        paragraph: int,
    ) -> tuple[Speaker | None, str, _Said]:
        """The speaker, rule and circumstances of a quotation no verb of saying attributes.

        The words that introduce it, a press release's signature, or the speaker before;
        words that introduce it with a subject that is no speaker leave it unattributed.
        """
        signed = self._signed(paragraph)
        speaker: Speaker | None
        if found is not None:
            speaker, rule = found[1], found[0].rule
        elif signed is not None:
            speaker, rule = signed, "statement.signed"
        else:
            speaker, rule = self._continued(quoted)
        date, venue = self._carried(speaker, paragraph)
        date = self.layout.dates.get(paragraph) or date
        if signed is not None and speaker is signed:  # a press release: its day
            date = self.doc.published
        return speaker, rule, _Said(date, None, venue)

    def _circumstances(
        self,
        verb: Verb,
        attribution: Attribution,
        quoted: Quoted,
        speaker: Speaker | None,
        paragraph: int,
    ) -> _Said:
        ctx = self.ctx
        spans = regions(ctx, verb, quoted, attribution.trailing)
        mention = date_of(ctx, verb, attribution.phrase, spans) or self._anchor(spans)
        saying = _Saying(verb, attribution.phrase, spans, paragraph)
        date, venue = self._when_where(saying, mention, speaker)
        heard = audience(ctx, verb, spans)
        if heard is None:
            return _Said(date, mention, venue)
        if venue is None and is_media(ctx, heard):
            venue = Venue.INTERVIEW
        text = self.doc.source_text(*ctx.span(*heard)).strip() or None
        return _Said(date, mention, venue, text)

    def _continued(self, quoted: Quoted) -> tuple[Speaker | None, str]:
        """The speaker a quotation without its own attribution continues, and how."""
        if self.previous is not None:
            return self.previous, "statement.continued.split"
        if len(self.events) > self.first_event:  # "Garneau said ... . "...""
            return self.events[-1].speaker, "statement.continued.paragraph"
        ctx = self.ctx
        sentence = ctx.sentence(quoted.first)
        opening = ctx.doc.paragraphs[sentence.paragraph].sentences[0].first
        if quoted.first > opening:
            return self._unattributed(quoted)
        event = self.events[self.first_event - 1] if self.first_event else None
        if event is None or event.paragraph < sentence.paragraph - 1:
            introduced = self._introduced_before(sentence)
            if introduced is not None:  # "Her sister Anne spoke outside the house." "..."
                return introduced, "statement.continued.introduced"
        if event is not None and sentence.paragraph - event.paragraph <= PASSAGE:
            return event.speaker, "statement.continued.passage"  # a paragraph that only quotes
        return self._unattributed(quoted)

    def _introduced_before(self, sentence: Sentence) -> Speaker | None:
        """The person the paragraph before introduces, as the subject of its last sentence.

        (A paragraph that says nothing was said: "Her sister Anne spoke outside the house.")
        """
        if sentence.index == 0:
            return None
        before = self.doc.sentences[sentence.index - 1]
        subject = main_subject(self.ctx, before, before.stop)
        if subject is None or self._is_pronoun(subject):
            return None
        speaker = self.resolver.resolve(subject[0], subject[1], self._recent())
        return speaker if speaker is not None and isinstance(speaker.party, Person) else None

    def _unattributed(self, quoted: Quoted) -> tuple[Speaker | None, str]:
        """A quotation nothing attributes: the speaker of its transcript turn, if any."""
        turn = self._turn(quoted.first)
        return (turn, "statement.turn") if turn is not None else (None, "statement.unattributed")

    def _signed(self, paragraph: int) -> Speaker | None:
        """The person a press release's signature line names for a quotation paragraph."""
        tokens = self.layout.signatures.get(paragraph)
        if tokens is None:
            return None
        speaker = self.resolver.resolve(tokens[0], tokens[1], [])
        return speaker if speaker is not None and isinstance(speaker.party, Person) else None

    def _record(
        self, quoted: Quoted, speaker: Speaker | None, said: _Said, rule: str, *, cued: bool
    ) -> None:
        doc = self.doc
        quotation = quoted.quotation
        evidence = [doc.evidence(quotation.start, quotation.end, rule, "text")]
        text = evidence[0].text.strip()
        if not text:
            return
        if speaker is not None:
            evidence.append(doc.evidence(speaker.start, speaker.end, rule, "speaker"))
        mention = said.date_mention
        if said.date is not None and mention is not None:
            evidence.append(doc.evidence(mention.start, mention.end, rule, "date"))
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
        paragraph = doc.paragraphs[quotation.paragraph]
        runs_on = quotation.closing is None and not quotation.single
        opens = quoted.first == paragraph.sentences[0].first
        self.direct.append(
            _Found(
                statement,
                _rank(speaker, cued),
                _key(self.ctx, quoted),
                quotation.paragraph,
                runs_on,
                opens,
                is_headline(self.ctx, paragraph),
            )
        )

    # ------------------------------------------------------------ dates and venues

    def _when_where(
        self, saying: _Saying, mention: DateMention | None, speaker: Speaker | None
    ) -> tuple[PartialDate | None, Venue | None]:
        """A verb's date and venue: its own, its venue's event's, or the speaker's last."""
        verb, paragraph = saying.verb, saying.paragraph
        found = venue_of(self.ctx, verb, saying.subject, saying.spans)
        venue = found[0] if found is not None else None
        if mention is not None:
            return precise(mention.value), venue
        if found is not None and found[2]:  # "told the conference": the one named before
            date = self._venue_date(venue)
            if date is not None:
                return date, venue
        heading = self.layout.dates.get(paragraph)
        if heading is not None:  # a timeline's entry, a live blog's post
            return heading, venue
        date, carried_venue = self._carried(speaker, paragraph)
        if date is None and _present(self.ctx, verb):  # "says the Prime Minister"
            date = self.doc.published
        elif date is None:
            described = described_subject(self.ctx, verb, saying.subject)
            if self._news_day(paragraph, described):  # a report's reaction of the day
                date = self.news_date
        return date, venue or carried_venue

    def _news_day(self, paragraph: int, subject: Phrase | None) -> bool:
        """Whether a paragraph reports the day of the news: it names no other day.

        An undated quotation in a news report ("Biden said in a statement") was given on
        the day the report tells of; one in a paragraph that names another time ("In 2019
        the Foreign Secretary told MPs ...") or in a dated timeline is left undated. A
        date in the words that describe the speaker does not count ("X, freed in 2016,
        said").
        """
        if self.layout.dates:  # a timeline looks back; its undated words have no day
            return False
        key = (paragraph, subject)
        known = self._news_days.get(key)
        if known is None:
            holder = self.doc.paragraphs[paragraph]
            days = (self.doc.published, self.news_date)
            first, stop = holder.sentences[0].first, holder.sentences[-1].stop
            skip = subject if subject is not None else (0, 0)
            known = all(
                precise(m.value) in days
                for begin, m in self.ctx.dates_in(first, stop)
                if not skip[0] <= begin < skip[1]
            )
            self._news_days[key] = known
        return known

    def _lede_day(self) -> PartialDate | None:
        """The day the lede says the news happened ("Canada launched on Monday ..."), if any.

        The first day named in the opening paragraphs of the story (past its headline,
        byline and date lines), outside quotations, up to a week before publication; else
        the publication date.
        """
        published = self.doc.published
        if published is None or published.month is None or published.day is None:
            return published
        issued = datetime.date(published.year, published.month, published.day)
        body = (p for p in self.doc.paragraphs if not is_headline(self.ctx, p))
        for paragraph in itertools.islice(body, LEDE):
            first, stop = paragraph.sentences[0].first, paragraph.sentences[-1].stop
            for _, mention in self.ctx.dates_in(first, stop):
                date = precise(mention.value)
                if date is None or date.day is None:
                    continue
                assert date.month is not None  # a day is always of a month
                if 0 <= (issued - datetime.date(date.year, date.month, date.day)).days <= WEEK:
                    return date
        return published

    def _anchor(self, spans: list[Phrase]) -> DateMention | None:
        """The date "that evening", "the same day" or "at the time" refers back to.

        The last date named before it in the passage, outside quotations; for a part of a
        day, ``None`` when that is not a single day (a month says nothing of which evening).
        """
        ctx = self.ctx
        index = same_day(ctx, spans)
        need_day = index is not None
        if index is None:
            index = back_then(ctx, spans)
        if index is None:
            return None
        paragraph = ctx.sentence(index).paragraph
        floor = ctx.doc.paragraphs[max(0, paragraph - PASSAGE)].start
        number = bisect.bisect_left(self._date_starts, ctx.tokens.start[index]) - 1
        dates = ctx.dates
        while number >= 0 and dates.items[number].start >= floor:
            if ctx.quoted(dates.first[number]):
                number -= 1
                continue
            mention = dates.items[number]
            date = precise(mention.value)
            return mention if date is not None and (date.day or not need_day) else None
        return None

    def _venue_date(self, venue: Venue | None) -> PartialDate | None:
        """The date of the last event at a venue of this kind ("the conference")."""
        for event in reversed(self.events[-RECALL:]):
            if event.venue is venue and event.date is not None:
                return event.date
        return None

    def _carried(
        self, speaker: Speaker | None, paragraph: int
    ) -> tuple[PartialDate | None, Venue | None]:
        """The date and venue of the speaker's nearest earlier statement in the passage.

        From an earlier paragraph, only a day carries over: a month or a year there is
        the time of what the story tells ("pleaded guilty last month"), not of an occasion.
        """
        if speaker is None:
            return None, None
        key = speaker.key
        for event in reversed(self.events[-RECALL:]):
            if paragraph - event.paragraph > PASSAGE:
                break
            if event.key == key:
                date = event.date
                if event.paragraph != paragraph and date is not None and date.day is None:
                    date = None
                return date, event.venue
        return None, None

    # ------------------------------------------------------------ reported speech

    def _occasion(self, sentence: Sentence) -> None:
        """A sentence that says someone spoke somewhere, or acted on a day, with no verb.

        "Trudeau addressed the General Assembly on Tuesday" dates the quotation that
        follows it, and "a conference on Monday" the one that says "told the conference";
        "Peskov declined on Friday to discuss any talks" dates Peskov's next quotation.
        """
        ctx = self.ctx
        found = occasion(ctx, sentence)
        venue: Venue | None = None
        mention: DateMention | None = None
        definite = False
        if found is not None:
            subject, venue, mention, definite = found
        else:
            dated = dated_subject(ctx, sentence)
            if dated is None:
                return
            subject, mention = dated
        speaker = self._resolve(subject)
        if speaker is None:
            return
        date = None if mention is None else precise(mention.value)
        if date is None and definite:  # "at the same news conference": the one named before
            date = self._venue_date(venue)
        self._event(sentence.first, sentence.paragraph, speaker, date, venue)

    def _reported(self, verb: Verb) -> None:
        """A speech event for a verb outside quotations; an indirect statement if it reports one.

        A negated verb ("did not respond to a request for comment") is no event at all.
        """
        ctx = self.ctx
        if negated(ctx, verb):
            return
        found = reported(ctx, verb)
        subject = found[1] if found is not None else None
        if subject is None and used_as_verb(ctx, verb):
            subject = subject_of(ctx, verb)
        if subject is None:
            return
        speaker = self._resolve(subject)
        if speaker is None:
            return
        paragraph = ctx.sentence(verb.first).paragraph
        closing = found is not None and found[0] == "statement.reported.closing"
        spans = regions(ctx, verb, None, False, subject[0] if closing else None)
        mention = date_of(ctx, verb, subject, spans) or self._anchor(spans)
        date, venue = self._when_where(_Saying(verb, subject, spans, paragraph), mention, speaker)
        self._event(verb.first, paragraph, speaker, date, venue)
        if found is None or speaker.noun is not None:
            return  # only named people, bodies and states make indirect statements
        if speaker.party is None and speaker.affiliation is None:
            return
        rule, _, clause = found
        doc = self.doc
        said = doc.evidence(*ctx.span(*clause), rule, "text")
        text = said.text.strip()
        if not text:
            return
        evidence = [said, doc.evidence(speaker.start, speaker.end, rule, "speaker")]
        if date is not None and mention is not None:
            evidence.append(doc.evidence(mention.start, mention.end, rule, "date"))
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

    # ------------------------------------------------------------ the statements

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
        """One statement per distinct wording, the best attributed, with all the evidence.

        Words quoted in a headline or without an attribution of their own that another
        quotation holds in full (a headline's "'We can finally breathe'" before the body's
        longer quotation) are that quotation's words quoted again.
        """
        self._run_on_speakers()
        groups: dict[tuple[str, ...], list[_Found]] = {}
        for found in self.direct:
            groups.setdefault(found.key, []).append(found)
        merged = _merged(groups)
        out: list[Statement] = []
        for found in self.direct:
            if found.key in merged:
                continue
            group = groups.pop(found.key, None)
            if group is None:
                continue
            best = max(group, key=lambda f: f.rank) if len(group) > 1 else found
            again = [f for key, into in merged.items() if into == found.key for f in groups[key]]
            others = tuple(
                e
                for f in (*group, *again)
                if f is not best
                for e in f.statement.evidence
                if e.field == "text"
            )
            statement = best.statement
            if others:
                statement = attrs.evolve(statement, evidence=statement.evidence + others)
            out.append(statement)
        return out


def _merged(groups: dict[tuple[str, ...], list[_Found]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Wordings quoted again in a longer quotation, each mapped to the longest one.

    Only wordings quoted in headlines or without an attribution of their own count, and
    only as a part of the longer quotation: a headline that quotes nearly all of it is a
    record of its own, as annotators keep it.
    """
    weak = [
        key for key, group in groups.items() if all(f.headline or f.rank[1] == 0 for f in group)
    ]
    if not weak or len(groups) < 2:
        return {}
    joined = {key: f" {' '.join(key)} " for key in groups}
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in weak:
        holders = [
            other
            for other in groups
            if len(other) * PART > len(key) and other not in found and joined[key] in joined[other]
        ]
        if holders:
            found[key] = max(holders, key=len)
    return found


def read_statements(doc: Document) -> tuple[list[Statement], list[Statement]]:
    """The direct quotations and the reported statements of ``doc``, read in one pass.

    ``doc`` must hold the layers of places, dates, people and cues (the steps before the
    statements reader in :data:`arbdet.extract.pipeline.STEPS`).
    """
    return _Reader(doc).read()
