"""The pattern engine's indexing: rules are tried only where they can begin and where the
words they need are, and that changes nothing about what they match; matching at one token."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import Source
from arbdet.extract.patterns import (
    Match,
    Pattern,
    Rule,
    RuleSet,
    Vocabulary,
    _anchored_match,
    _first_with,
    _State,
)
from arbdet.io import read_source
from arbdet.text import Document, Layer, LayerKey

WORDS = ["canada", "said", "the", "swap", "was", "for", "china", "not", "linked", ",", "and"]


@attrs.frozen
class _Mention:
    start: int
    end: int


NAMES: LayerKey[Layer[_Mention]] = LayerKey("names")
VOCABULARY = Vocabulary(
    classes={
        "say": frozenset({("said",), ("has", "said")}),
        "state": frozenset({("canada",), ("china",)}),
    },
    layers={"NAME": NAMES},
)
SOURCES = [
    "@state @say",
    "who=@state ...{0,3} said",
    "swap ...{0,2} for who=@state",
    "not linked",
    "(the | a)? swap",
    "NAME ,? (and NAME)? was",
    "CAP{1,2} said",
    "who=NAME ...{0,2} (not | for)",
    "!the swap",
    "who=NAME , @say",
]
RULES = RuleSet(
    Rule(f"test.{n}", Pattern.compile(source, VOCABULARY, f"test.{n}"))
    for n, source in enumerate(SOURCES)
)


def _naive(doc: Document, layers: dict[str, Layer[Any]]) -> list[Match]:
    """Every rule tried at every token: what the indexed scan must equal."""
    found: list[Match] = []
    state = _State(doc, doc.tokens.lower, layers, len(doc.tokens))
    for index in range(len(doc.tokens)):
        for rule in RULES.rules:
            for end, caps in rule.pattern.node.run(state, index, ()):
                if end > index:
                    found.append(Match(rule, index, end, {n: (a, b) for n, a, b in caps}))
                    break
    return found


def _document(words: list[str], named: list[bool]) -> tuple[Document, dict[str, Layer[Any]]]:
    text = " ".join(w.capitalize() if name else w for w, name in zip(words, named, strict=True))
    doc = Document.from_source(Source.create(text))
    mentions = [
        _Mention(doc.tokens.start[i], doc.tokens.end[i])
        for i, word in enumerate(doc.tokens.text)
        if word[:1].isupper()
    ]
    return doc, {"NAME": doc.new_layer(mentions)}


@settings(max_examples=200)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), min_size=1, max_size=25).filter(
        lambda pairs: not any(w in (",",) and n for w, n in pairs)
    )
)
def test_indexed_scan_finds_what_every_rule_at_every_token_finds(
    pairs: list[tuple[str, bool]],
) -> None:
    doc, layers = _document([w for w, _ in pairs], [n for _, n in pairs])
    if len(doc.sentences) != 1:
        return  # the naive reading runs over the whole text, the scan over one sentence
    sentence = doc.sentences[0]
    scanned = list(RULES.scan(doc, sentence.first, sentence.stop, layers))
    assert [(m.rule.id, m.first, m.stop, dict(m.captures)) for m in scanned] == [
        (m.rule.id, m.first, m.stop, dict(m.captures)) for m in _naive(doc, layers)
    ]


def test_a_rule_needs_its_words() -> None:
    pattern = Pattern.compile("who=@state ...{0,3} (said | told) the? swap", VOCABULARY)
    assert pattern.needed == (
        frozenset({"canada", "china"}),
        frozenset({"said", "told"}),
        frozenset({"swap"}),
    )
    assert Pattern.compile("(the | NAME) swap?", VOCABULARY).needed == ()


def test_a_rule_opening_with_a_mention_knows_the_words_after_it() -> None:
    def after(source: str) -> frozenset[str] | None:
        return Pattern.compile(source, VOCABULARY).after_mention

    assert after("who=NAME , @say") == frozenset({","})
    assert after("NAME ,? (and NAME)? was") == frozenset({",", "and", "was"})
    assert after("NAME @say") == frozenset({"said", "has"})
    assert after("NAME NAME said") is None  # a mention may follow
    assert after("who=NAME ...{0,2} (not | for)") is None  # anything may follow
    assert after("said NAME") is None  # no mention opens it


def test_repetitions_of_one_way_elements_keep_their_order() -> None:
    doc, layers = _document(["the", "the", "the", "swap"], [False] * 4)
    greedy = RuleSet([Rule("g", Pattern.compile("the{1,3}", VOCABULARY))])
    lazy = RuleSet([Rule("l", Pattern.compile("... swap", VOCABULARY))])
    assert [(m.first, m.stop) for m in greedy.scan(doc, 0, 4, layers)] == [(0, 3), (1, 3), (2, 3)]
    assert [(m.first, m.stop) for m in lazy.scan(doc, 0, 4, layers)] == [
        (0, 4),
        (1, 4),
        (2, 4),
        (3, 4),
    ]


def test_a_gap_is_shortest_first_and_captures_follow_it() -> None:
    doc, layers = _document(["canada", "the", "said", "said"], [False] * 4)
    rules = RuleSet([Rule("s", Pattern.compile("who=@state ...{0,3} verb=said", VOCABULARY))])
    (match,) = rules.scan(doc, 0, 4, layers)
    assert (match.first, match.stop) == (0, 3)
    assert dict(match.captures) == {"who": (0, 1), "verb": (2, 3)}


# ---------------------------------------------------------------- matching at one token

_AT_VOCABULARY = Vocabulary(
    classes={
        "say": frozenset({("said",), ("told",)}),
        "aux": frozenset({("also",), ("has",)}),
        "gap": frozenset({("to",), ("the",), ("was",)}),
    }
)


def _text(text: str) -> Document:
    return Document.from_source(read_source(text))


def _at_rules(*rows: tuple[str, str]) -> RuleSet:
    return RuleSet(Rule(rid, Pattern.compile(source, _AT_VOCABULARY, rid)) for rid, source in rows)


def test_match_at_tries_the_rules_at_one_token_in_table_order() -> None:
    doc = _text("Officials also said the talks had stalled.")
    rules = _at_rules(("a", "WORD @aux? verb=@say"), ("b", "WORD WORD @say"))
    found = list(rules.match_at(doc, 0, len(doc.tokens), {}))
    assert [(m.rule.id, m.first, m.stop) for m in found] == [("a", 0, 3), ("b", 0, 3)]
    assert found[0].get("verb") == (2, 3)
    assert list(rules.match_at(doc, 3, len(doc.tokens), {})) == []


def test_match_at_with_an_end_takes_the_reading_that_reaches_it() -> None:
    doc = _text("He told them the story was over.")
    rules = _at_rules(("gap", "verb=@say ...{0,12} CAP? WORD"))
    told = doc.tokens.lower.index("told")
    (nearest,) = rules.match_at(doc, told, len(doc.tokens), {})
    assert nearest.stop == told + 2  # shortest gap first
    end = doc.tokens.lower.index("over") + 1
    (reaching,) = rules.match_at(doc, told, len(doc.tokens), {}, end=end)
    assert reaching.stop == end
    assert list(rules.match_at(doc, told, len(doc.tokens), {}, end=end + 5)) == []


def test_rule_order_holds_with_cached_candidates() -> None:
    doc = _text("said said said")
    rules = _at_rules(("late", "WORD"), ("early", "said"))
    for index in range(3):
        assert [m.rule.id for m in rules.match_at(doc, index, 3, {})] == ["late", "early"]


_AT_WORDS = st.lists(
    st.sampled_from(["also", "has", "said", "to", "the", "was", "x", ","]), max_size=14
)


@settings(max_examples=80)
@given(_AT_WORDS, st.integers(0, 3), st.integers(0, 5), st.booleans())
def test_counted_repetition_matches_the_nested_one(
    words: list[str], low: int, extra: int, lazy: bool
) -> None:
    """A repetition of one-token elements gives the ends, in the order, a nested one gives.

    (A capture inside the repetition makes each step an element of its own, which the
    matcher runs the general way.)
    """
    doc = _text(" ".join(words) + " end")
    high = low + extra
    if high == 0:
        return
    bounds = f"{{{low},{high}}}"
    element = "..." if lazy else "@gap"
    counted = _at_rules(("r", f"{element}{bounds} end" if not lazy else f"...{bounds} end"))
    nested = _at_rules(("r", f"(x={'ANY' if lazy else '@gap'}){bounds} end"))
    for start in range(len(doc.tokens)):
        ends_counted = [m.stop for m in counted.match_at(doc, start, len(doc.tokens), {})]
        ends_nested = [m.stop for m in nested.match_at(doc, start, len(doc.tokens), {})]
        assert ends_counted == ends_nested, (words, start)


def test_the_rules_a_stretch_activates_are_remembered_by_its_needed_words() -> None:
    rules = RuleSet(
        Rule(f"memo.{n}", Pattern.compile(source, VOCABULARY, f"memo.{n}"))
        for n, source in enumerate(["not linked", "swap ...{0,2} for who=@state"])
    )
    first = rules._active({"not", "linked", "canada"})
    again = rules._active({"linked", "not", "the", "was"})  # other words, the same needed ones
    assert [r.id for r in first] == [r.id for r in again] == ["memo.0"]
    both = rules._active({"not", "linked", "swap", "for", "china"})
    assert [r.id for r in both] == ["memo.0", "memo.1"]
    assert rules._active({"swap", "canada"}) == []  # "for" is needed too


@settings(max_examples=80)
@given(_AT_WORDS, st.integers(0, 2), st.integers(1, 3))
def test_a_choice_of_one_token_alternatives_matches_as_the_general_one(
    words: list[str], low: int, extra: int
) -> None:
    """Alternatives of one token each match in one way: the ends, in order, of a choice
    that must be run the general way (one alternative captured) are the same."""
    doc = _text(" ".join(words) + " end")
    bounds = f"{{{low},{low + extra}}}"
    one_way = _at_rules(("r", f"(@gap | also | x){bounds} end"))
    general = _at_rules(("r", f"(@gap | also | y=x){bounds} end"))
    for start in range(len(doc.tokens)):
        ends_one_way = [m.stop for m in one_way.match_at(doc, start, len(doc.tokens), {})]
        ends_general = [m.stop for m in general.match_at(doc, start, len(doc.tokens), {})]
        assert ends_one_way == ends_general, (words, start)


def test_only_choices_of_uncaptured_one_token_alternatives_are_one_way() -> None:
    def single(source: str) -> bool:
        return Pattern.compile(source, VOCABULARY).node.single

    assert single("(said | @state | CAP)")
    assert not single("(said | @say)")  # "has said" is two tokens
    assert not single("(said | NAME)")  # a name may be longer
    assert not single("(said | who=canada)")  # a capture must be recorded


@settings(max_examples=80)
@given(_AT_WORDS, st.integers(0, 2), st.integers(1, 3))
def test_one_way_elements_after_a_branching_one_match_as_the_general_ones(
    words: list[str], low: int, extra: int
) -> None:
    """After an element that matches in several ways, one-way elements are stepped in a
    loop: the matches (ends and captures, in order) are those the general way gives."""
    doc = _text(" ".join(words) + " end")
    bounds = f"{{{low},{low + extra}}}"
    looped = _at_rules(("r", f"...{bounds} v=@gap end"), ("s", f"@aux? ...{bounds} end"))
    general = _at_rules(
        ("r", f"...{bounds} v=(@gap | z=@gap) (end | y=end)"),
        ("s", f"@aux? ...{bounds} (end | y=end)"),
    )
    for start in range(len(doc.tokens)):
        for end in range(start + 1, len(doc.tokens) + 1):
            found = [
                (m.rule.id, m.stop, m.get("v"))
                for m in looped.match_at(doc, start, len(doc.tokens), {}, end=end)
            ]
            expected = [
                (m.rule.id, m.stop, m.get("v"))
                for m in general.match_at(doc, start, len(doc.tokens), {}, end=end)
            ]
            assert found == expected, (words, start, end)


_ANCHORED_SOURCES = [
    "@aux? ...{0,3} verb=@say the?",
    "verb=(@say | also) ...{0,2} who=NAME?",
    "NAME ,? verb=@gap{1,2} (end | x)",
    "(the | a) who=NAME{1,2} verb=said",
    "verb=said ...{0,2} verb=@gap",  # captured twice: matched the general way
    "(x | verb=also) ...{0,2} verb=said",
    "verb=(x=@gap also?) said?",  # a capture inside: matched the general way
]


@settings(max_examples=60)
@given(
    st.lists(
        st.tuples(st.sampled_from([*WORDS, "also", "to", "end", "x", "a"]), st.booleans()),
        min_size=1,
        max_size=12,
    ).filter(lambda pairs: not any(w in (",",) and n for w, n in pairs))
)
def test_anchored_matching_cut_around_the_capture_finds_the_first_match_that_holds(
    pairs: list[tuple[str, bool]],
) -> None:
    """A rule cut around its anchor's capture matches as the rule run whole does."""
    doc, layers = _document([w for w, _ in pairs], [n for _, n in pairs])
    vocabulary = Vocabulary(
        classes={**_AT_VOCABULARY.classes, "say": VOCABULARY.classes["say"]},
        layers=VOCABULARY.layers,
    )
    state = _State(doc, doc.tokens.lower, layers, len(doc.tokens))
    size = len(doc.tokens)
    for number, source in enumerate(_ANCHORED_SOURCES):
        rule = Rule(f"a.{number}", Pattern.compile(source, vocabulary))
        for start in range(size):
            for at in range(start, size):
                for stop in range(at + 1, min(size, at + 3) + 1):
                    found = _anchored_match(rule, state, start, "verb", (at, stop))
                    expected = _first_with(rule, state, start, "verb", (at, stop))
                    assert found == expected, (source, pairs, start, at, stop)


def test_a_name_captured_twice_or_holding_a_capture_is_not_cut() -> None:
    pattern = Pattern.compile("verb=said ...{0,2} verb=said", VOCABULARY)
    assert "verb" not in pattern.splits
    assert "verb" not in Pattern.compile("verb=(x=said the?) swap", VOCABULARY).splits
    assert set(Pattern.compile("who=@state ...{0,3} verb=said", VOCABULARY).splits) == {
        "who",
        "verb",
    }
