"""Where a paragraph says who spoke: speech verbs, their subjects and what hangs on them.

A :class:`ParagraphView` tokenises one paragraph once and finds its speech verbs outside
quotations. For a quotation it finds the attribution after it (``"...," X said``,
``"..." said X``, ``"..." according to X``) or before it in the same sentence (``X said:
"..."``, ``X told reporters that ... "..."``, ``Y, which dismissed ... as "..."``), and
for any verb the noun phrase that is its subject: the phrase right before it, the one
before a relative pronoun (", which dismissed"), the one before an appositive
("Irwin Cotler, a former minister, said"), or the sentence's own subject for a participle
or a second verb (", saying ...", "and said ..."). Everything is read in one pass over
the paragraph's tokens, with a bounded look around each verb.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from ..model import Venue
from ..text import Document, Paragraph
from ..text import Quotation as QuoteSpan
from ._quote_lexicon import (
    function_words,
    media_names,
    phrase_pattern,
    speaker_nouns,
    speech_verbs,
    venues,
)
from .mentions import DateMention

__all__ = ["Cue", "ParagraphView", "Span2", "Verb"]

# An abbreviation with inner full stops ("U.S.", "U.K."), a word, or one other character.
_TOKEN = re.compile(r"(?:[^\W_]\.){2,}|[^\W_]+(?:['\-][^\W_]+)*|[^\w\s]")
_MAX_CLAUSE = 400  # characters of a reported clause kept as an indirect statement's text
_MAX_PHRASE = 12  # tokens in a subject phrase
_MAX_LEADING_VERBS = 4  # speech verbs before a quotation tried as its attribution
_MAX_BEFORE_VERB = 40  # tokens before a verb that may still say when or where
_MAX_TRAILING_GAP = 10  # tokens between a quotation and the verb after it
_MAX_APPOSITIVE = 15  # tokens between the commas of an appositive
_MAX_AFTER_VERB = 14  # tokens after a verb that may still say when, where or to whom
_SHORT_SENTENCE = 8  # tokens of a sentence that only attributes ("Cotler said.")
_MAX_CIRCUMSTANCE = 10  # tokens of "on Monday", "in a statement" closing an attribution
_TOLD = frozenset({"told", "tells", "tell", "telling"})
_LEADING_SKIP = frozenset({",", "-", ":", "as"})
_SHORT_TITLE = 3  # "Mr.", "Dr.", "Sen.": a full stop that does not end a phrase
_RELATIVE = frozenset({"which", "who"})
_COORDINATION = frozenset({"and", "but", "or", "then"})
_POST_STOP = frozenset({"that", ",", ":", ";", ".", "!", "?", '"'})
_ARTICLES = frozenset({"the", "a", "an"})
_SENTENCE_END = frozenset({".", "!", "?", '"', "'", ")"})
_IN_SUBJECT = frozenset({"-", ",", "/", "&"})  # inside a subject: "RFE/RL's president, X,"
_DEFINITE_REACH = 6  # characters before a venue read for "the" or "same"
_PERFECT = frozenset({"has", "have", "had"})
_DURATION = frozenset({"since", "until", "till"})
_AUDIENCE_AFTER = ("interview with ", "speaking to ", "remarks to ")  # then whom

Span2 = tuple[int, int]
"""A ``(start, end)`` range of :attr:`Document.text`."""


@attrs.frozen
class Token:
    """A word or a punctuation character of the paragraph."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        """The token in lower case."""
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        """Whether the token holds a letter or a digit."""
        return self.text[:1].isalnum()


@attrs.frozen
class Verb:
    """A speech verb or phrase outside quotations, with its class and token range."""

    start: int
    end: int
    text: str
    cls: str
    first: int  # index of its first token
    last: int  # index of its last token

    @property
    def participle(self) -> bool:
        """Whether the verb is an -ing form ("saying", "calling")."""
        return self.text.split()[0].endswith("ing")


@attrs.frozen
class Cue:
    """An attribution: the verb, the subject phrase naming the speaker, and where it sits."""

    verb: Verb
    subject: Span2
    trailing: bool


class ParagraphView:
    """One paragraph's tokens, sentences, quotations, dates and speech verbs."""

    def __init__(
        self,
        doc: Document,
        paragraph: Paragraph,
        quotes: Sequence[QuoteSpan],
        dates: Sequence[DateMention],
    ) -> None:
        self.doc = doc
        self.paragraph = paragraph
        self.quotes = sorted(quotes, key=lambda q: q.outer_start)
        self._quote_starts = [q.outer_start for q in self.quotes]
        self.dates = sorted(dates, key=lambda d: d.start)
        self._date_starts = [d.start for d in self.dates]
        text = doc.text
        self.tokens = [
            Token(m.start(), m.end(), m.group(0))
            for m in _TOKEN.finditer(text, paragraph.start, paragraph.end)
        ]
        self._token_starts = [t.start for t in self.tokens]
        self.sentences = [(s.start, s.end) for s in paragraph.sentences] or [
            (paragraph.start, paragraph.end)
        ]
        self._sentence_starts = [s[0] for s in self.sentences]
        self.verbs = self._find_verbs()
        self._verb_starts = [v.start for v in self.verbs]
        self._clause_starts: dict[int, int] = {}

    # ------------------------------------------------------------ basic look-ups

    def in_quote(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation, its marks included."""
        index = bisect.bisect_right(self._quote_starts, offset) - 1
        return index >= 0 and offset < self.quotes[index].outer_end

    def _in_date(self, offset: int) -> bool:
        index = bisect.bisect_right(self._date_starts, offset) - 1
        return index >= 0 and offset < self.dates[index].end

    def sentence_at(self, offset: int) -> Span2:
        """The sentence holding ``offset``."""
        index = max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)
        return self.sentences[index]

    def token_index(self, offset: int) -> int:
        """The index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self._token_starts, offset)

    def verb_at(self, token: int) -> Verb | None:
        """The speech verb whose first token is ``token``, if any."""
        start = self.tokens[token].start
        index = bisect.bisect_left(self._verb_starts, start)
        if index < len(self.verbs) and self.verbs[index].start == start:
            return self.verbs[index]
        return None

    def verbs_between(self, start: int, end: int) -> list[Verb]:
        """The speech verbs that lie within ``[start, end)``."""
        first = bisect.bisect_left(self._verb_starts, start)
        last = bisect.bisect_left(self._verb_starts, end)
        while last > first and self.verbs[last - 1].end > end:
            last -= 1
        return self.verbs[first:last]

    def dates_between(self, start: int, end: int) -> list[DateMention]:
        """The date mentions within ``[start, end)`` and outside quotations."""
        first = bisect.bisect_left(self._date_starts, start)
        last = bisect.bisect_left(self._date_starts, end)
        return [d for d in self.dates[first:last] if d.end <= end and not self.in_quote(d.start)]

    def _find_verbs(self) -> list[Verb]:
        text = self.doc.text
        classes = speech_verbs()
        found: list[Verb] = []
        for match in phrase_pattern("speech_verbs").finditer(
            text, self.paragraph.start, self.paragraph.end
        ):
            form = match.group(0)
            key = " ".join(form.split())
            cls = classes.get(key.lower())
            if cls is None or self.in_quote(match.start()):
                continue
            if key != key.lower() and not (cls == "according" and key[1:] == key[1:].lower()):
                continue  # "States", "Notes": a name or a heading, not a verb
            first = self.token_index(match.start())
            last = max(first, self.token_index(match.end()) - 1)
            found.append(Verb(match.start(), match.end(), form, cls, first, last))
        return found

    def _is_stop(self, index: int) -> bool:
        """Whether token ``index`` ends a noun phrase (punctuation, a quotation mark)."""
        token = self.tokens[index]
        if token.is_word:
            return self.in_quote(token.start)
        if token.text == "." and index > 0:
            before = self.tokens[index - 1]
            if before.end == token.start and before.text[:1].isupper():
                return len(before.text) > _SHORT_TITLE
        return True

    # ------------------------------------------------------------ subjects

    def phrase_before(self, last: int, floor: int) -> Span2 | None:
        """The noun phrase ending with token ``last``, reaching back no further than ``floor``."""
        if last < floor or not self.tokens[last].is_word or self._is_stop(last):
            return None
        boundary = function_words("boundary")
        first = last
        while first - 1 >= floor and last - first < _MAX_PHRASE:
            before = self.tokens[first - 1]
            if self._is_stop(first - 1) or before.lower in boundary:
                break
            if self.verb_at(first - 1) is not None:
                break
            first -= 1
        return self.tokens[first].start, self.tokens[last].end

    def phrase_after(self, first: int, ceiling: int) -> Span2 | None:
        """The noun phrase that starts with token ``first`` ("said U.S. Secretary ... Blinken").

        "At" after a person's description goes on to the body the person works at ("said a
        historian at the Allied Museum"); elsewhere it says where ("said Smith at a rally").
        """
        stops = function_words("boundary") | {"in", "on", "at", "during", "to", "after", "before"}
        nouns = speaker_nouns()
        last = first - 1
        while last + 1 < ceiling and last + 1 - first < _MAX_PHRASE:
            token = self.tokens[last + 1]
            at_body = (
                token.lower == "at"
                and last >= first
                and nouns.get(self.tokens[last].lower) in ("person", "generic")
            )
            if (
                self._is_stop(last + 1)
                or (token.lower in stops and not at_body)
                or self._in_date(token.start)
                or self.verb_at(last + 1) is not None
            ):
                break
            last += 1
        if last < first:
            return None
        return self.tokens[first].start, self.tokens[last].end

    def main_subject(self, sentence: Span2, before: int) -> Span2 | None:
        """The sentence's subject: its first phrase, past an opening adverbial phrase."""
        first = self._clause_start(sentence)
        limit = min(self.token_index(before), len(self.tokens))
        if first >= limit:
            return None
        last = first
        while (
            last + 1 < limit
            and last + 1 - first < _MAX_PHRASE
            and self.verb_at(last + 1) is None
            and not self.in_quote(self.tokens[last + 1].start)
        ):
            last += 1
        return self.tokens[first].start, self.tokens[last].end

    def _clause_start(self, sentence: Span2) -> int:
        """The first token of a sentence's main clause (after "In December," and the like)."""
        cached = self._clause_starts.get(sentence[0])
        if cached is not None:
            return cached
        end = self.token_index(sentence[1])
        first = self.token_index(sentence[0])
        while first < end and (
            not self.tokens[first].is_word or self.in_quote(self.tokens[first].start)
        ):
            first += 1
        while first < end and self.tokens[first].lower in function_words("connective"):
            first += 1
            if first < end and self.tokens[first].text == ",":
                first += 1
        if first < end and self.tokens[first].lower in function_words("opener"):
            for index in range(first, min(end, first + _MAX_APPOSITIVE)):
                if self.tokens[index].text == ",":
                    first = index + 1
                    break
        self._clause_starts[sentence[0]] = first
        return first

    def subject_of(self, verb: Verb) -> Span2 | None:
        """The phrase naming who performs a speech verb that has its subject before it."""
        sentence = self.sentence_at(verb.start)
        floor = self.token_index(sentence[0])
        aux = function_words("aux")
        index = verb.first - 1
        while index >= floor and (
            self.tokens[index].lower in aux or self._in_date(self.tokens[index].start)
        ):
            index -= 1
        if index < floor:
            return None
        token = self.tokens[index]
        if token.text == ",":
            if verb.participle:
                return self.main_subject(sentence, verb.start)
            appositive = self._appositive(index, floor)
            return appositive or self.main_subject(sentence, verb.start)
        if token.lower in _COORDINATION or token.lower == "to":  # "and said", "to affirm"
            return self.main_subject(sentence, verb.start)
        if token.lower in _RELATIVE:
            index -= 1
            if index >= floor and self.tokens[index].text == ",":
                index -= 1
            return self.phrase_before(index, floor)
        if token.lower in function_words("boundary"):
            return None
        return self.phrase_before(index, floor)

    def _appositive(self, comma: int, floor: int) -> Span2 | None:
        """``X, who ... ,`` or ``X, a former minister,`` before a verb: from X to the comma."""
        index = comma - 1
        while index >= floor and comma - index <= _MAX_APPOSITIVE:
            token = self.tokens[index]
            if token.text == ",":
                head = self.phrase_before(index - 1, floor)
                if head is None:
                    return None
                return head[0], self.tokens[comma - 1].end
            if not token.is_word and token.text not in ("-", "'", "."):
                return None
            if token.text == "." and self._is_stop(index):
                return None
            index -= 1
        return None

    # ------------------------------------------------------------ cues

    def trailing_cue(self, quote: QuoteSpan) -> Cue | None:
        """The attribution right after a quotation: ``"...," X said`` or ``"..." said X``."""
        start = quote.outer_end
        sentence = self.sentence_at(max(start - 1, self.paragraph.start))
        end = sentence[1]
        after = bisect.bisect_left(self._quote_starts, start)
        following = self._quote_starts[after : after + 1]
        ceiling_offset = min([end, *following])
        first = self.token_index(start)
        ceiling = self.token_index(ceiling_offset)
        if not any(self.tokens[i].is_word for i in range(first, ceiling)):
            nxt = bisect.bisect_right(self._sentence_starts, sentence[0])
            if nxt >= len(self.sentences):
                return None
            first = self.token_index(self.sentences[nxt][0])
            opens_quote = bool(following) and following[0] < self.sentences[nxt][1]
            ceiling = self.token_index(min([self.sentences[nxt][1], *following]))
            if ceiling - first > _SHORT_SENTENCE or opens_quote or self._colon_before(ceiling):
                return None  # "He added: "..."": the attribution of the next quotation
        while first < ceiling and self.tokens[first].lower in _LEADING_SKIP:
            first += 1
        if first >= ceiling:
            return None
        if self.tokens[first].lower in _PERFECT and self.verb_at(first + 1) is not None:
            first += 1  # ""...", has promised X": the verb comes after its auxiliary
        verb = self.verb_at(first)
        if verb is not None:
            if verb.cls not in ("say", "ask", "according") or verb.text.lower() in _TOLD:
                return None
            subject = self.phrase_after(verb.last + 1, ceiling)
            if subject is None:
                return None
            comma = self.token_index(subject[1])
            if comma + 1 < ceiling and self.tokens[comma].text == ",":  # "said X's sister, Y"
                appositive = self.phrase_after(comma + 1, ceiling)
                if appositive is not None:
                    subject = (subject[0], appositive[1])
            return Cue(verb, subject, trailing=True)
        if self.tokens[first].lower in _COORDINATION:
            return None  # "..." and a senior official told ...: a new clause, a new speaker
        aux = function_words("aux")
        for index in range(first, min(ceiling, first + _MAX_TRAILING_GAP + 1)):
            verb = self.verb_at(index)
            if verb is not None:
                last = index - 1
                while last >= first and self.tokens[last].lower in aux:
                    last -= 1
                if last < first or verb.cls == "according":
                    return None
                subject = (self.tokens[first].start, self.tokens[last].end)
                return Cue(verb, subject, trailing=True)
            token = self.tokens[index]
            if not token.is_word and self._is_stop(index) and token.text not in _IN_SUBJECT:
                return None
        return None

    def _colon_before(self, ceiling: int) -> bool:
        """Whether the last punctuation before token ``ceiling`` is a colon."""
        last = ceiling - 1
        while last >= 0 and self.tokens[last].text in ('"', "'"):
            last -= 1
        return last >= 0 and self.tokens[last].text == ":"

    def colon_subject(self, quote: QuoteSpan) -> Span2 | None:
        """The subject of a sentence that introduces a quotation with a colon.

        ("She went further: "..."", "An EU diplomat put the dilemma plainly: "..."".)
        """
        sentence = self.sentence_at(quote.outer_start)
        index = self.token_index(quote.outer_start) - 1
        if index < 0 or self.tokens[index].text != ":" or self.tokens[index].start < sentence[0]:
            return None
        return self.main_subject(sentence, self.tokens[index].start)

    def leading_cues(self, quote: QuoteSpan) -> list[Cue]:
        """Attributions before a quotation in its sentence, the nearest verb first."""
        sentence = self.sentence_at(quote.outer_start)
        cues: list[Cue] = []
        nearest = self.verbs_between(sentence[0], quote.outer_start)[-_MAX_LEADING_VERBS:]
        for verb in reversed(nearest):
            if not self.used_as_verb(verb):
                continue
            if verb.cls == "according":
                subject = self.phrase_after(verb.last + 1, self.token_index(quote.outer_start))
            else:
                subject = self.subject_of(verb)
            if subject is not None:
                cues.append(Cue(verb, subject, trailing=False))
        return cues

    def used_as_verb(self, verb: Verb) -> bool:
        """Whether a speech word is used as an active verb here.

        Not after an article or a possessive ("the continued talks"), not as a passive
        ("was accused", "is said to"), and not as "accused of" with no object.
        """
        before = self.tokens[verb.first - 1].lower if verb.first > 0 else ""
        if before in function_words("determiner") | _ARTICLES or before in function_words("be"):
            return False
        after = self.tokens[verb.last + 1].lower if verb.last + 1 < len(self.tokens) else ""
        return not (verb.cls == "accuse" and after == "of")

    def reported(self, verb: Verb) -> tuple[Span2, Span2] | None:
        """An indirect statement a verb reports: its subject phrase and the reported clause.

        "X said (that) CLAUSE", "X told Reuters that CLAUSE", "X denied CLAUSE", and the
        clause before a closing attribution: "CLAUSE, X said." or "CLAUSE, said X."
        """
        if verb.cls not in ("say", "deny", "accuse") or not self.used_as_verb(verb):
            return None
        if verb.first > 0 and self.tokens[verb.first - 1].lower == "to":
            return None  # "called on them to declare": not said by the subject
        closing = self._closing_attribution(verb)
        if closing is not None:
            return closing
        subject = self.subject_of(verb)
        clause = self._complement(verb)
        if subject is None or clause is None:
            return None
        return subject, clause

    def _closing_attribution(self, verb: Verb) -> tuple[Span2, Span2] | None:
        """``CLAUSE, X said.`` or ``CLAUSE, said X.``: the subject and the clause before."""
        sentence = self.sentence_at(verb.start)
        end_index = self.token_index(sentence[1])
        floor = self.token_index(sentence[0])
        if verb.text.lower() in _TOLD:
            return None  # "X, told Y: ..." names an audience, not a speaker
        if verb.first > floor and self.tokens[verb.first - 1].text == ",":
            subject = self.phrase_after(verb.last + 1, end_index)
            if subject is not None and self._has_verb(subject):
                return None  # "X, a doctor, said Warmbier had suffered ...": a clause
            tail = self.token_index(subject[1]) if subject is not None else end_index
            comma = verb.first - 1
        else:
            subject = self.subject_of(verb)
            comma = self.token_index(subject[0]) - 1 if subject is not None else -1
            if comma < floor or self.tokens[comma].text != ",":
                return None
            tail = verb.last + 1
        if subject is None or not self._ends_sentence(tail, end_index):
            return None
        first = self._clause_start(sentence)
        if first >= comma or self.in_quote(self.tokens[first].start):
            return None
        return subject, (self.tokens[first].start, self.tokens[comma - 1].end)

    def _has_verb(self, phrase: Span2) -> bool:
        """Whether a phrase holds an auxiliary ("Warmbier had suffered"): a clause, not a name."""
        finite = function_words("finite")
        first, last = self.token_index(phrase[0]), self.token_index(phrase[1])
        return any(self.tokens[i].lower in finite for i in range(first, last))

    def _ends_sentence(self, index: int, end_index: int) -> bool:
        """Whether only closing punctuation follows token ``index`` in its sentence.

        A short phrase saying when or where may come first ("on Monday", "in a statement").
        """
        if index < end_index and (
            self.tokens[index].lower in function_words("locative")
            or self._in_date(self.tokens[index].start)
        ):
            index = min(end_index, index + _MAX_CIRCUMSTANCE)
            while index > 0 and self.tokens[index - 1].text in _SENTENCE_END:
                index -= 1
        return all(self.tokens[i].text in _SENTENCE_END for i in range(index, end_index))

    def _complement(self, verb: Verb) -> Span2 | None:
        """The clause a verb reports, after "that" if one follows within reach."""
        sentence = self.sentence_at(verb.start)
        index = verb.last + 1
        end_index = self.token_index(sentence[1])
        told = verb.text.lower() in _TOLD
        that = None
        for ahead in range(index, min(end_index, index + _MAX_AFTER_VERB)):
            token = self.tokens[ahead]
            if token.text in ('"', "'"):
                break
            if token.lower == "that":
                that = ahead
                break
        if that is not None:
            gap = self.doc.text[self.tokens[index].start : self.tokens[that].start]
            if (
                told
                or that - index <= 2
                or self.dates_between(self.tokens[index].start, self.tokens[that].start)
                or phrase_pattern("venues").search(gap)
            ):
                index = that + 1
        elif told or (index < end_index and self.tokens[index].lower in function_words("locative")):
            return None  # "told Reuters", "said in a statement": nothing reported after it
        while index < end_index and self.tokens[index].lower in (",", ":"):
            index += 1
        if index >= end_index or self.tokens[index].text in ('"', "'"):
            return None
        reach = min(sentence[1], self.tokens[index].start + _MAX_CLAUSE)
        last = self.token_index(reach) - 1
        for later in self.verbs_between(self.tokens[index].start, reach):
            if later.participle and self.tokens[later.first - 1].text == ",":
                last = later.first - 1  # ", criticizing ...": the subject's next act
                break
        while last > index and not self.tokens[last].is_word:
            last -= 1
        if last - index < 2:
            return None
        return self.tokens[index].start, self.tokens[last].end

    # ------------------------------------------------------------ circumstances

    def attached_region(self, cue: Cue, quote: QuoteSpan | None) -> list[Span2]:
        """The stretches that may say when, where and to whom a cue's verb was said.

        Before the verb back to the sentence start, and after it up to the reported
        clause ("that ...", a quotation, a comma) or, after a quotation, to the sentence end.
        """
        sentence = self.sentence_at(cue.verb.start)
        reach = self.tokens[max(0, cue.verb.first - _MAX_BEFORE_VERB)].start
        before = (max(sentence[0], reach), cue.verb.start)
        index = cue.verb.last + 1
        end_index = self.token_index(sentence[1])
        if quote is not None and not cue.trailing:
            end_index = min(end_index, self.token_index(quote.outer_start))
        limit = min(end_index, index + (2 if cue.trailing else 1) * _MAX_AFTER_VERB)
        while index < limit and self.tokens[index].text not in _POST_STOP:
            if not cue.trailing and self.tokens[index].lower in ("that",):
                break
            index += 1
        after_end = self.tokens[index - 1].end if index > cue.verb.last + 1 else cue.verb.end
        return [before, (cue.verb.end, after_end)]

    def date_for(self, cue: Cue, quote: QuoteSpan | None) -> DateMention | None:
        """The date expression bound to a cue's speaking event, nearest the verb."""
        best: DateMention | None = None
        best_distance = 0
        for start, end in self.attached_region(cue, quote):
            for date in self.dates_between(start, end):
                if self._starts_duration(date) or self._in_apposition(cue, date):
                    continue  # "X, held since 2018, said": not when it was said
                distance = min(abs(date.end - cue.verb.start), abs(date.start - cue.verb.end))
                if best is None or distance < best_distance:
                    best, best_distance = date, distance
        return best

    def same_day(self, cue: Cue, quote: QuoteSpan | None) -> int | None:
        """Where a cue says it was the day named before ("that evening", "the same day")."""
        parts = function_words("day_part")
        for start, end in self.attached_region(cue, quote):
            first, last = self.token_index(start), self.token_index(end)
            for index in range(first, last - 1):
                token = self.tokens[index]
                if self.tokens[index + 1].lower not in parts or self.in_quote(token.start):
                    continue
                if token.lower == "that" or (
                    token.lower == "same" and index > 0 and self.tokens[index - 1].lower == "the"
                ):
                    return token.start
        return None

    def _in_apposition(self, cue: Cue, date: DateMention) -> bool:
        """Whether a date lies in an appositive or relative clause of the cue's subject."""
        start, end = cue.subject
        if not start <= date.start < end:
            return False
        before = self.doc.text[start : date.start]
        return "," in before or any(f" {w} " in before for w in _RELATIVE)

    def _starts_duration(self, date: DateMention) -> bool:
        """Whether a date follows "since" or "until" (a duration's bound, not an event)."""
        index = self.token_index(date.start) - 1
        return index >= 0 and self.tokens[index].lower in _DURATION

    def venue_for(self, cue: Cue, quote: QuoteSpan | None) -> tuple[Venue, Span2, bool] | None:
        """The venue a cue names ("in a statement"), its span, and whether it is definite.

        A venue between the subject and the reported words counts; one further before
        only where a preposition introduces it ("At a briefing on Monday, X said").
        """
        regions = self.attached_region(cue, quote)
        near = min(cue.subject[0], cue.verb.start)
        text = self.doc.text
        table = venues()
        best: tuple[Venue, Span2, bool] | None = None
        best_distance = 0
        for start, end in regions:
            for match in phrase_pattern("venues").finditer(text, start, end):
                if self.in_quote(match.start()):
                    continue
                if match.start() < near and not self._introduced(match.start()):
                    continue
                venue = table[" ".join(match.group(0).casefold().split())]
                distance = min(abs(match.end() - cue.verb.start), abs(match.start() - cue.verb.end))
                if best is None or distance < best_distance:
                    definite = text[max(0, match.start() - 4) : match.start()].casefold() == "the "
                    best = (venue, (match.start(), match.end()), definite)
                    best_distance = distance
        return best

    def occasion(self, sentence: Span2) -> tuple[Span2, Venue, DateMention | None, bool] | None:
        """A sentence's venue, its subject, the date nearest the venue, and whether definite.

        The subject stands before the venue, or after it when a phrase of place opens the
        sentence ("At the same news conference, X did not hold back."); a definite venue
        ("the same news conference") is one named before.
        """
        text = self.doc.text
        for match in phrase_pattern("venues").finditer(text, sentence[0], sentence[1]):
            if self.in_quote(match.start()):
                continue
            subject = self.main_subject(sentence, match.start())
            if subject is None and self._introduced(match.start()):
                subject = self.main_subject(sentence, sentence[1])
            if subject is None:
                return None
            venue = venues()[" ".join(match.group(0).casefold().split())]
            dates = self.dates_between(sentence[0], sentence[1])
            nearest = min(
                dates,
                key=lambda d: min(abs(d.start - match.end()), abs(match.start() - d.end)),
                default=None,
            )
            before = text[max(sentence[0], match.start() - _DEFINITE_REACH) : match.start()]
            definite = before.casefold().split()[-1:] in (["the"], ["same"])
            return subject, venue, nearest, definite
        return None

    def dated_subject(self, sentence: Span2) -> tuple[Span2, DateMention] | None:
        """A sentence's subject and the day of the news it dates itself to, if it does.

        ("Kremlin spokesman Dmitry Peskov declined on Friday to discuss any talks.")
        Only a day of the news counts ("on Friday", "today"), not a date of the past.
        """
        days = function_words("newsday")
        for date in self.dates_between(sentence[0], sentence[1]):
            words = {w.casefold() for w in _TOKEN.findall(date.text)}
            if words & days and not self._starts_duration(date):
                subject = self.main_subject(sentence, sentence[1])
                return None if subject is None else (subject, date)
        return None

    def _introduced(self, offset: int) -> bool:
        """Whether a preposition of place opens, or stands up to three words before, ``offset``."""
        index = self.token_index(offset)
        locative = function_words("locative")
        stop = min(index + 1, len(self.tokens))
        return any(self.tokens[i].lower in locative for i in range(max(0, index - 3), stop))

    def audience_for(self, cue: Cue) -> Span2 | None:
        """Whom a verb was addressed to: "told Reuters", "in an interview with X"."""
        sentence = self.sentence_at(cue.verb.start)
        ceiling = self.token_index(sentence[1])
        index = cue.verb.last + 1
        if cue.verb.text.lower() not in _TOLD:
            text = self.doc.text
            found_at = None
            for start, end in self.attached_region(cue, None):
                region = text[start:end].casefold()
                for lead in _AUDIENCE_AFTER:
                    at = region.find(lead)
                    if at != -1:
                        found_at = start + at + len(lead)
                        break
                if found_at is not None:
                    break
            if found_at is None:
                return None
            index = self.token_index(found_at)
        while index < ceiling and self.tokens[index].lower in _ARTICLES:
            index += 1
        found = self.phrase_after(index, ceiling)
        if found is None or phrase_pattern("venues").search(self.doc.text, *found):
            return None  # "told a news conference": a venue, not an audience
        return found

    def is_media(self, span: Span2) -> bool:
        """Whether an audience is a news organisation ("Reuters", "CBC chief correspondent")."""
        words = self.doc.text[span[0] : span[1]].split()
        names = media_names()
        return any(
            " ".join(words[:n]).casefold() in names for n in range(1, min(4, len(words)) + 1)
        )
