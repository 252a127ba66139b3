"""The declaration's title, launch date and whether it binds.

- The title is the longest "Declaration Against ... / on ... / of ..." run of capitalised
  words the rules find ("Declaration Against Arbitrary Detention in State-to-State
  Relations"); a date after it ("on Monday") is not part of it.
- The launch date is the date a launch rule finds nearest its launch word, the most
  precise of them if several sentences give one ("launched one year ago" yields to "on
  February 15"); in a timeline, the date heading the entry of a launch sentence.
- Binding is read from the first sentence that says so ("non-binding", "is binding").
"""

from __future__ import annotations

from ...model import Evidence, PartialDate
from ..patterns import Match
from ._scope import Scope
from ._vocabulary import words

__all__ = ["HEADING", "binding", "launched", "name"]

HEADING = "declaration.launched.heading"
"""The id of the rule that dates a timeline's launch entry by the date heading it."""

HEADING_SLACK = 12
"""How many characters of a heading paragraph may be other than its date ("Feb. 15, 2021 -")."""


def name(scope: Scope) -> tuple[str, Evidence] | None:
    """The declaration's title as the text writes it."""
    doc = scope.doc
    best: Match | None = None
    for match in scope.of("name"):
        first, stop = match.captures["name"]
        if doc.tokens.text[first][:1].isupper() and (
            best is None or stop - first > best.stop - best.first
        ):
            best = match
    if best is None:
        return None
    start, end = doc.tokens.span(best.first, best.stop)
    return doc.text[start:end], doc.evidence(start, end, best.rule.id, "name")


def _precision(date: PartialDate) -> int:
    return len(str(date))


def _heading_date(scope: Scope, paragraph: int) -> tuple[PartialDate, Evidence] | None:
    """The date that makes up the whole of paragraph ``paragraph - 1`` (a timeline's heading)."""
    if paragraph == 0:
        return None
    doc = scope.doc
    heading = doc.paragraphs[paragraph - 1]
    dates = scope.layers["DATE"]
    for number, mention in dates.within(heading.sentences[0].first, heading.sentences[-1].stop):
        if (
            isinstance(mention.value, PartialDate)
            and (heading.end - heading.start) - (mention.end - mention.start) <= HEADING_SLACK
        ):
            first, stop = dates.tokens_of(number)
            return mention.value, doc.token_evidence(first, stop, HEADING, "launched")
    return None


def launched(scope: Scope) -> tuple[PartialDate, Evidence] | None:
    """The launch date, and the date's words as evidence."""
    doc = scope.doc
    dates = scope.layers["DATE"]
    nearest: dict[int, tuple[int, PartialDate, Evidence]] = {}  # by sentence
    for match in scope.of("launched"):
        first, stop = match.captures["when"]
        mention = dates.starting(first)
        if mention is None or not isinstance(mention.value, PartialDate):
            continue
        index = doc.tokens.sentence[first]
        distance = match.stop - match.first
        if index not in nearest or distance < nearest[index][0]:
            evidence = doc.token_evidence(first, stop, match.rule.id, "launched")
            nearest[index] = (distance, mention.value, evidence)
    found = {index: (date, evidence) for index, (_, date, evidence) in nearest.items()}
    cue = words("launch")
    for sentence in scope.sentences:
        if (
            sentence.index not in nearest
            and not cue.isdisjoint(scope.words(sentence))
            and next(dates.within(sentence.first, sentence.stop), None) is None
        ):
            heading = _heading_date(scope, sentence.paragraph)
            if heading is not None:
                found[sentence.index] = heading
    ordered = [found[index] for index in sorted(found)]
    return max(ordered, key=lambda item: _precision(item[0]), default=None)


def binding(scope: Scope) -> tuple[bool, Evidence] | None:
    """Whether the declaration binds, from the first sentence that says."""
    matches = scope.of("binding")
    if not matches:
        return None
    sentence = scope.doc.tokens.sentence[matches[0].first]
    said = [m for m in matches if scope.doc.tokens.sentence[m.first] == sentence]
    chosen = next((m for m in said if m.rule.value("binding") == "false"), said[0])
    evidence = scope.doc.token_evidence(chosen.first, chosen.stop, chosen.rule.id, "binding")
    return chosen.rule.value("binding") == "true", evidence
