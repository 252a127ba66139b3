"""Counts of signatories: "58 countries", "more than 60 states", "the number of endorsers to 66".

A count is a number the rules read before a noun of states ("countries", "signatories")
or after a running total ("the number of endorsers rose to 66"), in a paragraph that
names the declaration. The words before the number bound it ("more than 60" is 60, more
than; "some 71" is 71, about). Rules marked ``block`` say which numbers are no count:
a share of another whole ("133 of the 164 countries"), the European Union's members.
"""

from __future__ import annotations

from ...model import CountQualifier, PartialDate, SignatoryCount
from ...text import Document, Sentence
from ..patterns import Match
from ._scope import Scope
from ._vocabulary import qualifiers, words

__all__ = ["SMALLEST_COUNT", "counts"]

SMALLEST_COUNT = 3
"""The smallest number read as a count: "the two countries" are the sides of a relation."""

AS_OF_REACH = 8
"""How many tokens from a count a date may stand and still date it ("58 signed on Monday")."""

_LONGEST_QUALIFIER = 3  # tokens: "no fewer than"


def _qualifier_before(doc: Document, first: int, sentence: Sentence) -> CountQualifier:
    """The qualifier written right before token ``first`` ("more than", "some"), if any."""
    lower = doc.tokens.lower
    known = qualifiers()
    for size in range(_LONGEST_QUALIFIER, 0, -1):
        if first - size >= sentence.first:
            qualifier = known.get(tuple(lower[first - size : first]))
            if qualifier is not None:
                return qualifier
    return CountQualifier.EXACT


def _as_of(scope: Scope, match: Match, launched: PartialDate | None) -> PartialDate | None:
    """The time a count is given for: a date beside it, or the launch ("58 founding endorsers").

    A date after the count dates it only when no launch word or relative pronoun stands
    between: in "71 states have joined the initiative launched in February 2021", the date
    is the launch's, and the count is the article's own.
    """
    doc = scope.doc
    lower = doc.tokens.lower
    sentence = doc.sentences[doc.tokens.sentence[match.first]]
    first = max(sentence.first, match.first - AS_OF_REACH)
    stop = min(sentence.stop, match.stop + AS_OF_REACH)
    dates = scope.layers["DATE"]
    nearest: tuple[int, PartialDate] | None = None
    for number, mention in dates.within(first, stop):
        at, end = dates.tokens_of(number)
        if not isinstance(mention.value, PartialDate) or match.first <= at < match.stop:
            continue
        if at >= match.stop and not words("clause").isdisjoint(lower[match.stop : at]):
            continue
        distance = match.first - end if end <= match.first else at - match.stop
        if nearest is None or distance < nearest[0]:
            nearest = (distance, mention.value)
    if nearest is not None:
        return nearest[1]
    if launched is not None and not words("at_launch").isdisjoint(lower[first : match.stop]):
        return launched
    return None


def _blocks(scope: Scope, match: Match) -> bool:
    """Whether a blocking rule's match blocks its number: a share's part must be above one."""
    part = match.get("part")
    if part is None:
        return True
    number = scope.layers["NUMBER"].starting(part[0])
    return number is not None and number.value > 1


def counts(scope: Scope, launched: PartialDate | None) -> list[SignatoryCount]:
    """Every count of signatories the scope gives, the largest first.

    Declarations grow, so an article's latest figure is its largest; ``launched`` dates
    the counts given for the launch.
    """
    doc = scope.doc
    numbers = scope.layers["NUMBER"]
    matches = scope.of("count")
    blocked = {m.captures["n"][0] for m in matches if m.rule.value("block") and _blocks(scope, m)}
    found: dict[tuple[int, CountQualifier], SignatoryCount] = {}
    for match in matches:
        at = match.get("n")
        if match.rule.value("block") or at is None or at[0] in blocked:
            continue
        sentence = doc.sentences[doc.tokens.sentence[at[0]]]
        number = numbers.starting(at[0])
        if number is None or number.value < SMALLEST_COUNT or not scope.paragraph_names(sentence):
            continue
        qualifier = _qualifier_before(doc, at[0], sentence)
        if (number.value, qualifier) not in found:
            found[number.value, qualifier] = SignatoryCount(
                number.value,
                qualifier,
                as_of=_as_of(scope, match, launched),
                evidence=(doc.token_evidence(match.first, match.stop, match.rule.id, "counts"),),
            )
    return sorted(found.values(), key=lambda c: -c.count)
