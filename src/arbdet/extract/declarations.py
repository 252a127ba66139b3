"""The declaration against arbitrary detention: its name, initiator, launch, counts and signatories.

An article is taken to discuss a declaration when a sentence names one ("declaration",
or an "initiative", "coalition" or "pledge" that states sign) in a passage about detention.
Sentences about other instruments (a treaty, a convention) are left out, so "signed by
more than 133 of the 164 countries" of a mine-ban treaty is not read as a signatory count.
The cue words live in ``data/declarations/``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources

import attrs

from ..model import (
    CountQualifier,
    Declaration,
    Evidence,
    PartialDate,
    Signatory,
    SignatoryCount,
    State,
    Statement,
    StatementKind,
)
from ..text import Document, FactKey, Sentence
from ._cue_tables import cue_patterns
from ._numbers import find_numbers
from .mentions import DateMention, PlaceKind, PlaceMention
from .places import PLACES
from .quotes import STATEMENTS
from .timex import DATES

__all__ = ["find_declarations"]

EXTRACTOR = "declarations"

_TOPIC = re.compile(r"\b(?:detain\w*|detention\w*|hostage\w*|arbitrar\w*|prisoners?)\b", re.I)
_AGAINST_DETENTION = re.compile(r"\bagainst\s+(?:the\s+)?(?:arbitrary\s+)?detention", re.I)
_NAME_START = re.compile(r"\bDeclaration\s+(?:Against|against|on|of|for)\s+(?=[A-Z])")
_NAME_TOKEN = re.compile(r"[A-Z][\w'-]*|in|of|on|the|and|to|for|against")
_NAME_LINKS = frozenset({"in", "of", "on", "the", "and", "to", "for", "against"})
_NOT_BINDING = re.compile(
    r"\b(?:non-?\s?binding|not\s+(?:legally\s+)?binding|no\s+binding)\b", re.I
)
_BINDING = re.compile(r"\b(?:is|are|be|a|legally)\s+binding\b", re.I)
# what may stand between two names of one list: "the U.S., Japan and the EU"
_LIST_GAP = re.compile(r"[\s,;]*(?:(?:and|as well as|plus|&)\s+)?(?:the\s+)?", re.I)
_LIST_OPENING = re.compile(r"[\s:,]*(?:the\s+)?", re.I)
_COUNT_FILLER = re.compile(
    r"[\s-]*(?:(?:other|more|like-minded|different|foreign|participating|endorsing|"
    r"signatory|member)\s+)*",
    re.I,
)
_EU_MEMBERS = re.compile(
    r"\s+(?:member\s+)?(?:states\s+)?(?:of|in)\s+the\s+(?:European Union|EU)\b"
)
_SUBJECT_SIGNS = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|now|since|all|both)\s+)?"
    r"(?:signed|endorsed|joined|signs?|endorses?|joins?)\b"
    r"|\s+(?:is|was|has been|became)\s+(?:among|one of|an?)\b[^.;]{0,60}?"
    r"\b(?:signator\w*|endorser\w*|countries|nations|states)\b",
    re.I,
)
_LED_BY = re.compile(
    r"\b(?:led|launched|initiated|spearheaded|championed|proposed|drafted)\s+by\s+(?:the\s+)?$",
    re.I,
)
_DEMONYM_LED = re.compile(r"-led\b", re.I)
_POSSESSIVE_INSTRUMENT = re.compile(
    r"'s?\s+(?:[\w-]+\s+){0,2}?(?:declaration|initiative|coalition|move|effort|campaign)\b", re.I
)
_ADJECTIVE_INSTRUMENT = re.compile(r"\s+(?:[\w-]+\s+)?(?:declaration|initiative|coalition)\b", re.I)
_FIRST_PERSON_JOINS = re.compile(
    r"\b(?:I|we)\b[^.;]{0,60}?\b(?:join|joined|sign|signed|endorse|endorsed)\b[^.;]{0,60}?"
    r"\b(?:declaration|initiative|coalition)\b",
    re.I,
)
_WINDOW = 80  # characters searched beside a state for an initiator cue
_TOTAL_BEFORE = re.compile(
    r"\b(?:number|total|tally|count)\s+of\s+(?:countries|nations|states|signatories|endorsers|"
    r"endorsements|signatures)\s+(?:(?:has|had|have|now|to|at|is|was|stands|rose|grew|reached|"
    r"climbed|risen|grown)\s+){1,3}(?:more than\s+|over\s+|about\s+)?$",
    re.I,
)
_SHARE = re.compile(r"\d\s+of\s+(?:the\s+)?$")
# "endorsed by more than 60 countries and the European Union": a list after a count
_BY_OPENING = re.compile(
    r"[\s:,]*(?:(?:more than|over|some|about|nearly|almost)\s+)?(?:[\w-]+\s+)?(?:other\s+)?"
    r"(?:countries|nations|states|governments)\s*,?\s*(?:and|as well as|plus)\s+(?:the\s+)?",
    re.I,
)
_SIGNED_BY = re.compile(r"\b(?:endorsed|signed|joined|backed|supported)\s+by\b", re.I)
_LONG_LIST = 3  # states listed in a signing sentence with no cue: "one finds A, B and C"


def _cues() -> dict[str, re.Pattern[str]]:
    return cue_patterns("data/declarations/cues.tsv")


@functools.cache
def _qualifiers() -> tuple[tuple[str, CountQualifier], ...]:
    text = resources.files("arbdet").joinpath("data/declarations/qualifiers.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(sorted(((w, CountQualifier(q)) for w, q in rows), key=lambda r: -len(r[0])))


@attrs.frozen
class _Context:
    """The sentences of a document that speak of the declaration."""

    doc: Document
    sentences: tuple[Sentence, ...]
    places: tuple[PlaceMention, ...]

    def text(self, sentence: Sentence) -> str:
        return self.doc.text[sentence.start : sentence.end]

    def places_in(self, sentence: Sentence) -> list[PlaceMention]:
        return [p for p in self.places if sentence.start <= p.start and p.end <= sentence.end]

    def names_instrument(self, sentence: Sentence) -> bool:
        """Whether the sentence, or its paragraph, names the declaration."""
        noun = _cues()["noun"]
        if noun.search(self.text(sentence)):
            return True
        paragraph = self.doc.paragraphs[sentence.paragraph]
        return noun.search(self.doc.text[paragraph.start : paragraph.end]) is not None

    def evidence(self, start: int, end: int, field: str | None) -> Evidence:
        return self.doc.evidence(start, end, EXTRACTOR, field)


def _context(doc: Document, places: Sequence[PlaceMention]) -> _Context | None:
    cues = _cues()
    if _TOPIC.search(doc.text) is None:
        return None
    kept: list[Sentence] = []
    found = False
    for paragraph in doc.paragraphs:
        if paragraph.duplicate_of is not None:
            continue
        if cues["other"].search(doc.text[paragraph.start : paragraph.end]):
            continue
        for sentence in paragraph.sentences:
            text = doc.text[sentence.start : sentence.end]
            if cues["noun"].search(text) or cues["sign"].search(text):
                kept.append(sentence)
                found = found or (
                    cues["noun"].search(text) is not None
                    and (
                        cues["sign"].search(text) is not None
                        or _NAME_START.search(text) is not None
                        or _AGAINST_DETENTION.search(text) is not None
                    )
                )
    if not found:
        return None
    return _Context(doc, tuple(kept), tuple(places))


def _name(context: _Context) -> tuple[str, Evidence] | None:
    text = context.doc.text
    best: tuple[int, int] | None = None
    for match in _NAME_START.finditer(text):
        end = match.end()
        last_capital = end
        for token in _NAME_TOKEN.finditer(text, end):
            if token.start() != end or token.start() - match.start() > 120:
                break
            if token.group()[0].isupper():
                last_capital = token.end()
            elif token.group() not in _NAME_LINKS:
                break
            end = token.end()
            if end < len(text) and text[end] == " ":
                end += 1
        if last_capital > match.end() and (
            best is None or last_capital - match.start() > best[1] - best[0]
        ):
            best = (match.start(), last_capital)
    if best is None:
        return None
    return text[best[0] : best[1]], context.evidence(best[0], best[1], "name")


def _qualifier_before(text: str, start: int) -> CountQualifier:
    before = text[max(0, start - 24) : start].lower().rstrip()
    for words, qualifier in _qualifiers():
        if before.endswith(words) and (
            len(before) == len(words) or not before[-len(words) - 1].isalnum()
        ):
            return qualifier
    return CountQualifier.EXACT


def _counts(context: _Context) -> list[SignatoryCount]:
    counts: dict[tuple[int, CountQualifier], SignatoryCount] = {}
    nouns = _cues()["count"]
    text = context.doc.text
    for sentence in context.sentences:
        if not context.names_instrument(sentence):
            continue
        base = sentence.start
        for number in find_numbers(context.text(sentence)):
            start, end = base + number.start, base + number.end
            if _SHARE.search(text, max(0, start - 30), start):
                continue  # "133 of the 164 countries": a share, not a count
            filler = _COUNT_FILLER.match(text, end, sentence.end)
            noun_start = filler.end() if filler else end
            noun = nouns.match(text, noun_start, sentence.end)
            if noun is not None and not _EU_MEMBERS.match(text, noun.end(), sentence.end):
                span = (start, noun.end())
            elif (
                total := _TOTAL_BEFORE.search(text, max(sentence.start, start - 60), start)
            ) is not None:
                span = (total.start(), end)  # "the number of endorsers to 66"
            else:
                continue
            qualifier = _qualifier_before(text, start)
            evidence = context.evidence(*span, "counts")
            key = (number.value, qualifier)
            if key not in counts:
                counts[key] = SignatoryCount(number.value, qualifier, evidence=(evidence,))
    # the largest count first: declarations grow, and an article's latest figure is its largest
    return sorted(counts.values(), key=lambda c: -c.count)


def _named_places(context: _Context, sentence: Sentence) -> list[PlaceMention]:
    return [p for p in context.places_in(sentence) if p.kind is PlaceKind.NAME]


def _list_after(
    context: _Context, sentence: Sentence, position: int, opening: re.Pattern[str] = _LIST_OPENING
) -> list[PlaceMention]:
    """The states listed right after ``position``: "including the U.S., Japan and Australia"."""
    text = context.doc.text
    chain: list[PlaceMention] = []
    gap = opening
    for place in _named_places(context, sentence):
        if place.start < position:
            continue
        match = gap.match(text, position, place.start)
        if match is None or match.end() != place.start:
            break
        chain.append(place)
        position, gap = place.end, _LIST_GAP
    return chain


def _chains(context: _Context, sentence: Sentence) -> list[list[PlaceMention]]:
    """Every run of states listed one after another in the sentence."""
    text = context.doc.text
    chains: list[list[PlaceMention]] = []
    previous: PlaceMention | None = None
    for place in _named_places(context, sentence):
        gap = None if previous is None else _LIST_GAP.match(text, previous.end, place.start)
        if gap is not None and gap.end() == place.start and chains:
            chains[-1].append(place)
        else:
            chains.append([place])
        previous = place
    return chains


def _list_before(context: _Context, sentence: Sentence, end: int) -> list[PlaceMention]:
    """The states listed right before ``end``: "Japan, Britain and Australia have signed"."""
    text = context.doc.text
    chain: list[PlaceMention] = []
    for place in reversed([p for p in _named_places(context, sentence) if p.end <= end]):
        match = _LIST_GAP.match(text, place.end, end)
        if match is None or match.end() != end:
            break
        chain.append(place)
        end = place.start
    return chain[::-1]


def _signatories(
    context: _Context,
    statements: Sequence[Statement],
    name: str | None,
    initiator: State | None,
) -> list[Signatory]:
    """The states named as signing, and a speaker's state when they say "we joined".

    The initiator's own officials speak of the declaration as theirs: that is no signing.
    """
    found: dict[State, list[Evidence]] = {}
    cues = _cues()
    for sentence in context.sentences:
        text = context.text(sentence)
        if not cues["sign"].search(text):
            continue
        listed: list[PlaceMention] = []
        for cue in cues["list"].finditer(text):
            listed += _list_after(context, sentence, sentence.start + cue.end())
        for cue in _SIGNED_BY.finditer(text):
            position = sentence.start + cue.end()
            listed += _list_after(context, sentence, position) or _list_after(
                context, sentence, position, _BY_OPENING
            )
        listed += [
            p for chain in _chains(context, sentence) if len(chain) >= _LONG_LIST for p in chain
        ]
        for place in _named_places(context, sentence):
            after = context.doc.text[place.end : sentence.end]
            if _SUBJECT_SIGNS.match(after):
                listed += [*_list_before(context, sentence, place.start), place]
        for place in listed:
            for state in place.states:
                found.setdefault(state, []).append(
                    context.evidence(place.start, place.end, "signatories")
                )
    for statement in statements:
        affiliation = statement.affiliation
        if (
            isinstance(affiliation, State)
            and affiliation != initiator
            and _FIRST_PERSON_JOINS.search(statement.text)
        ):
            found.setdefault(affiliation, []).extend(
                e for e in statement.evidence if e.field == "text"
            )
    return [
        Signatory(state, declaration=name, evidence=tuple(dict.fromkeys(evidence)))
        for state, evidence in found.items()
    ]


def _initiator(context: _Context) -> tuple[State, list[Evidence]] | None:
    votes: Counter[State] = Counter()
    evidence: dict[State, list[Evidence]] = {}
    text = context.doc.text
    lead = _cues()["lead"]
    for sentence in context.sentences:
        for place in context.places_in(sentence):
            before = text[max(sentence.start, place.start - _WINDOW) : place.start]
            after = text[place.end : min(sentence.end, place.end + _WINDOW)]
            is_demonym = place.kind is PlaceKind.DEMONYM
            cue = (
                _LED_BY.search(before)
                or _DEMONYM_LED.match(after)
                or _POSSESSIVE_INSTRUMENT.match(after)
                or (is_demonym and _ADJECTIVE_INSTRUMENT.match(after))
                or _lead_verb_after(after, lead)
                or _its_instrument(after)
            )
            if cue is None or len(place.states) != 1:
                continue
            state = place.states[0]
            votes[state] += 1
            evidence.setdefault(state, []).append(
                context.evidence(place.start, place.end, "initiator")
            )
    if not votes:
        return None
    state = max(votes, key=lambda s: (votes[s], -evidence[s][0].span.start))
    return state, evidence[state]


def _lead_verb_after(after: str, lead: re.Pattern[str]) -> re.Match[str] | None:
    """A lead verb within the next few words of the state's clause."""
    clause = re.split(r"[;:.]|\bbut\b", after, maxsplit=1)[0]
    words = clause.split()[:6]
    match = lead.search(" ".join(words))
    return match if match and match.group().lower() != "launch" else None


def _its_instrument(after: str) -> re.Match[str] | None:
    clause = re.split(r"[;:.]", after, maxsplit=1)[0]
    return re.search(
        r"\b(?:its|their)\s+(?:own\s+)?(?:declaration|initiative)\b",
        " ".join(clause.split()[:9]),
        re.I,
    )


def _launched(
    context: _Context, dates: Sequence[DateMention]
) -> tuple[PartialDate, Evidence] | None:
    """The date nearest a launch word ("launched on February 15, 2021").

    In a timeline, the date heading the entry; of several, the most precise.
    """
    launch = _cues()["launch"]
    known = [d for d in dates if isinstance(d.value, PartialDate)]
    paragraphs = context.doc.paragraphs
    found: list[tuple[PartialDate, Evidence]] = []
    for sentence in context.sentences:
        cues = [sentence.start + m.start() for m in launch.finditer(context.text(sentence))]
        if not cues:
            continue
        inside = [d for d in known if sentence.start <= d.start and d.end <= sentence.end]
        if not inside and sentence.paragraph > 0:
            heading = paragraphs[sentence.paragraph - 1]
            inside = [
                d
                for d in known
                if heading.start <= d.start
                and d.end <= heading.end
                and (heading.end - heading.start) - (d.end - d.start) <= 12
            ]
        if inside:
            date = min(inside, key=lambda d: min(abs(d.start - c) for c in cues))
            assert isinstance(date.value, PartialDate)
            found.append((date.value, context.evidence(date.start, date.end, "launched")))
    # the most precise date any launch sentence gives ("launched one year ago" < "on February 15")
    return max(found, key=lambda f: len(str(f[0])), default=None)


def _binding(context: _Context) -> tuple[bool, Evidence] | None:
    seen = {s.paragraph for s in context.sentences}
    for paragraph in context.doc.paragraphs:
        if paragraph.index not in seen:
            continue
        for sentence in paragraph.sentences:
            text = context.text(sentence)
            for pattern, value in ((_NOT_BINDING, False), (_BINDING, True)):
                match = pattern.search(text)
                if match is not None:
                    start = sentence.start + match.start()
                    return value, context.evidence(start, sentence.start + match.end(), "binding")
    return None


def find_declarations(
    doc: Document,
    places: Sequence[PlaceMention],
    dates: Sequence[DateMention],
    statements: Iterable[Statement] = (),
) -> list[Declaration]:
    """The declaration an article discusses (at most one), with every part the text gives.

    ``statements`` (direct quotations with their speakers) let a speaker who says "I was
    pleased to join the initiative" count their state as a signatory.
    """
    context = _context(doc, places)
    if context is None:
        return []
    named = _name(context)
    name = None if named is None else named[0]
    initiator = _initiator(context)
    launched = _launched(context, dates)
    binding = _binding(context)
    evidence: list[Evidence] = [context.evidence(s.start, s.end, None) for s in context.sentences]
    return [
        Declaration(
            name=name,
            initiator=None if initiator is None else initiator[0],
            launched=None if launched is None else launched[0],
            binding=None if binding is None else binding[0],
            counts=tuple(_counts(context)),
            signatories=tuple(
                _signatories(
                    context, tuple(statements), name, None if initiator is None else initiator[0]
                )
            ),
            evidence=tuple(
                evidence
                + ([] if named is None else [named[1]])
                + ([] if initiator is None else initiator[1])
                + ([] if launched is None else [launched[1]])
                + ([] if binding is None else [binding[1]])
            ),
        )
    ]


DECLARATIONS: FactKey[Declaration] = FactKey("declarations")
"""The declarations a document discusses."""


def read(doc: Document) -> list[Declaration]:
    """The declaration ``doc`` discusses, if any (:func:`find_declarations`)."""
    quotes = [s for s in doc.facts(STATEMENTS) if s.kind is StatementKind.DIRECT]
    return find_declarations(doc, list(doc.layer(PLACES)), list(doc.layer(DATES)), quotes)
