"""The token-pattern language: rules tried at a known token (anchored matching)."""

from __future__ import annotations

import pytest

from arbdet.extract.patterns import (
    MAX_MENTION,
    Pattern,
    PatternError,
    Rule,
    RuleSet,
    Vocabulary,
)
from arbdet.model import Source
from arbdet.text import Document, LayerKey

VOCABULARY = Vocabulary(
    classes={
        "be": frozenset({("was",), ("were",), ("has", "been")}),
        "adverb": frozenset({("later",), ("finally",)}),
        "part": frozenset({("arrested",), ("freed",)}),
    },
)


def _document(text: str) -> Document:
    return Document.from_source(Source.create(text))


def _rules(*rows: tuple[str, str]) -> RuleSet:
    return RuleSet(Rule(rule, Pattern.compile(source, VOCABULARY, rule)) for rule, source in rows)


def _token(doc: Document, word: str) -> int:
    return doc.tokens.lower.index(word)


def test_anchor_bounds_what_can_stand_before_a_capture() -> None:
    pattern = Pattern.compile("@be @adverb{0,2} verb=@part by", VOCABULARY)
    anchor = pattern.anchors["verb"]
    assert anchor.before == (1, 4)  # "has been" is two tokens, each adverb one
    assert anchor.words == frozenset({"arrested", "freed"})


def test_anchor_of_a_layer_reaches_its_longest_mention() -> None:
    vocabulary = Vocabulary(classes=VOCABULARY.classes, layers={"PERSON": LayerKey("people")})
    pattern = Pattern.compile("PERSON verb=@part", vocabulary)
    assert pattern.anchors["verb"].before == (1, MAX_MENTION)


def test_anchored_rules_come_in_table_order_with_the_anchor_as_their_capture() -> None:
    rules = _rules(
        ("passive", "@be @adverb{0,2} verb=@part"),
        ("bare", "verb=@part"),
        ("other", "verb=@part by"),
    )
    doc = _document("The reporter was finally freed on Monday.")
    freed = _token(doc, "freed")
    sentence = (doc.sentences[0].first, doc.sentences[0].stop)
    found = list(rules.anchored(doc, {}, sentence, (freed, freed + 1)))
    assert [m.rule.id for m in found] == ["passive", "bare"]
    assert found[0].first == _token(doc, "was")
    assert found[0].get("verb") == (freed, freed + 1)


def test_anchored_rules_stay_inside_the_sentence() -> None:
    rules = _rules(("passive", "@be @adverb{0,2} verb=@part"))
    doc = _document("He was. Arrested on Friday, the man said nothing.")
    arrested = _token(doc, "arrested")
    second = doc.sentences[1]
    assert (
        list(rules.anchored(doc, {}, (second.first, second.stop), (arrested, arrested + 1))) == []
    )


def test_anchored_ignores_matches_whose_capture_is_elsewhere() -> None:
    rules = _rules(("two", "verb=@part and @part"))
    doc = _document("She was arrested and freed.")
    freed = _token(doc, "freed")
    sentence = (doc.sentences[0].first, doc.sentences[0].stop)
    assert list(rules.anchored(doc, {}, sentence, (freed, freed + 1))) == []


def test_anchored_under_another_capture_name() -> None:
    rules = _rules(("term", "to n=/\\d+/ unit=years"))
    doc = _document("A court sentenced him to 16 years.")
    years = _token(doc, "years")
    sentence = (doc.sentences[0].first, doc.sentences[0].stop)
    (match,) = rules.anchored(doc, {}, sentence, (years, years + 1), "unit")
    assert match.get("n") == (years - 1, years)


def test_a_bad_rule_still_names_itself() -> None:
    with pytest.raises(PatternError, match="'broken'"):
        Pattern.compile("verb=@nowhere", VOCABULARY, "broken")
