"""The states an article names as signatories, read from lists.

A rule finds where a list begins or ends ("including A", "endorsed by A", "A ... have
signed", "A became one of the countries"); the list then runs over the states named one
after another with only commas, "and", "the" or a bullet between them. In a sentence of
signing, any list of three states or more counts too, and so does a bulleted list of
states, one a line, after a paragraph of signing; but not a list a negation follows before
its word of signing ("none of which has endorsed it"). A speaker who says "we joined the
initiative" makes their state a signatory; the initiator's own officials speak of the
declaration as theirs, which is no signing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...model import Evidence, Signatory, State, Statement
from ...text import Document, Sentence
from ..mentions import PlaceKind, PlaceMention
from ..patterns import Match
from ._scope import Scope
from ._vocabulary import rules, words

__all__ = ["LONG_LIST", "MAX_LIST_GAP", "NEGATION_REACH", "signatories"]

LONG_LIST = 3
"""How many states listed in a signing sentence count as signatories with no cue."""

MAX_LIST_GAP = 4
"""How many tokens may stand between two states of a list: ", as well as the"."""

NEGATION_REACH = 6
"""How many tokens after a list a negation of its signing may stand: ", none of which has"."""

CHAINED = "declaration.signatories.list"
"""The id of the rule that reads a list of three states or more in a sentence of signing."""

BULLETED = "declaration.signatories.bullets"
"""The id of the rule that reads a bulleted list of states after a paragraph of signing."""

_GAP = frozenset({",", ";", "and", "&", "the", "plus", "as", "well"})
_BULLETS = frozenset({"•", "·", "*", "-", "▪", "●", "◦", "‣"})

Placed = tuple[int, int, PlaceMention]  # the tokens [first, stop) of a state's name


def _named(scope: Scope, first: int, stop: int) -> list[Placed]:
    """The states named (not by demonyms) in tokens ``[first, stop)``, in order."""
    layer = scope.layers["STATE"]
    return [
        (*layer.tokens_of(number), place)
        for number, place in layer.within(first, stop)
        if place.kind is PlaceKind.NAME
    ]


def _joined(doc: Document, left: Placed, right: Placed) -> bool:
    """Whether only a list's separators stand between two states."""
    between = doc.tokens.lower[left[1] : right[0]]
    return len(between) <= MAX_LIST_GAP and _GAP.issuperset(between)


def _chains(doc: Document, places: Sequence[Placed]) -> list[list[Placed]]:
    """The runs of states listed one after another."""
    chains: list[list[Placed]] = []
    for place in places:
        if chains and _joined(doc, chains[-1][-1], place):
            chains[-1].append(place)
        else:
            chains.append([place])
    return chains


def _denied(doc: Document, chain: Sequence[Placed], sentence: Sentence) -> bool:
    """Whether a negation stands between a list and the next word of signing after it.

    "China, Iran and Russia, none of which has endorsed it" lists states that did not sign.
    """
    lower = doc.tokens.lower
    signing, negation = words("sign"), words("negation")
    after = chain[-1][1]
    for word in lower[after : min(after + NEGATION_REACH, sentence.stop)]:
        if word in signing or word == "but":
            return False
        if word in negation:
            return True
    return False


def _governed(doc: Document, place: Placed) -> bool:
    """Whether a preposition stands right before a state: no subject of a verb of signing."""
    return place[0] > 0 and doc.tokens.lower[place[0] - 1] in words("preposition")


def _listed(
    scope: Scope, sentence: Sentence, matches: Sequence[Match]
) -> Iterator[tuple[str, Placed]]:
    """Each state of a list the rules ``matches`` found in ``sentence``, with the rule's id."""
    doc = scope.doc
    places = _named(scope, sentence.first, sentence.stop)
    chains = [c for c in _chains(doc, places) if not _denied(doc, c, sentence)]
    for match in matches:
        for chain in chains:
            for position, place in enumerate(chain):
                captured = match.get("first") or match.get("last")
                if captured is None or place[0] != captured[0]:
                    continue
                if match.rule.value("chain") == "after":
                    kept = chain[position:]
                elif _governed(doc, chain[0]):  # "prisoners of China and Iran joined"
                    continue
                else:
                    kept = chain[: position + 1]
                yield from ((match.rule.id, p) for p in kept)
    for chain in chains:
        if len(chain) >= LONG_LIST:
            yield from ((CHAINED, p) for p in chain)


def _bulleted(scope: Scope, after: int) -> Iterator[Placed]:
    """The states listed one a paragraph, bullets allowed, after paragraph ``after``."""
    doc = scope.doc
    run: list[Placed] = []
    for paragraph in doc.paragraphs[after + 1 :]:
        first, stop = paragraph.sentences[0].first, paragraph.sentences[-1].stop
        places = _named(scope, first, stop)
        if len(places) != 1:
            break
        rest = doc.tokens.lower[first : places[0][0]] + doc.tokens.lower[places[0][1] : stop]
        if not (_GAP | _BULLETS).issuperset(rest):
            break
        run.append(places[0])
    return iter(run if len(run) >= LONG_LIST else ())


def _first_person(
    scope: Scope, statements: Sequence[Statement], initiator: State | None
) -> Iterator[tuple[State, Evidence]]:
    """The states of speakers who say their state joined ("we were proud to join it")."""
    doc = scope.doc
    quoted = rules().quotations
    for statement in statements:
        affiliation = statement.affiliation
        quote = next((e for e in statement.evidence if e.field == "text"), None)
        if not isinstance(affiliation, State) or affiliation == initiator or quote is None:
            continue
        start = doc.offsets.to_document(quote.span.start)
        end = doc.offsets.to_document(quote.span.end, end=True)
        first, stop = doc.tokens.covering(start, end)
        match = next(quoted.scan(doc, first, stop, scope.layers), None)
        if match is not None:
            yield (
                affiliation,
                doc.token_evidence(match.first, match.stop, match.rule.id, "signatories"),
            )


def signatories(
    scope: Scope, statements: Sequence[Statement], name: str | None, initiator: State | None
) -> list[Signatory]:
    """The states named as signing, and those of speakers who say they joined."""
    doc = scope.doc
    signing = words("sign")
    found: dict[State, list[Evidence]] = {}
    listed: list[tuple[str, Placed]] = []
    paragraphs: dict[int, None] = {}
    by_sentence: dict[int, list[Match]] = {}
    for match in scope.of("signatories"):
        by_sentence.setdefault(doc.tokens.sentence[match.first], []).append(match)
    for sentence in scope.sentences:
        if not signing.isdisjoint(scope.words(sentence)):
            listed += _listed(scope, sentence, by_sentence.get(sentence.index, ()))
            paragraphs[sentence.paragraph] = None
    for paragraph in paragraphs:
        listed += ((BULLETED, place) for place in _bulleted(scope, paragraph))
    for rule, (first, stop, place) in listed:
        evidence = doc.token_evidence(first, stop, rule, "signatories")
        for state in place.states:
            found.setdefault(state, []).append(evidence)
    for state, evidence in _first_person(scope, statements, initiator):
        found.setdefault(state, []).append(evidence)
    return [
        Signatory(state, declaration=name, evidence=tuple(dict.fromkeys(evidence)))
        for state, evidence in found.items()
    ]
