"""Properties of the whole pipeline: deterministic, order-free, robust, always traceable."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import arbdet
from arbdet import ArbdetError, ArticleFacts, Source
from arbdet.corpus_files import corpus_articles

ARTICLES = [a.read_text(encoding="utf-8") for a in corpus_articles()]
UNRELATED = [
    "Heavy rain is expected across the region on the weekend, forecasters said.",
    "The home side won 3-1 after a late goal in the second half.",
    "Shares of the mining company rose 4 percent in early trading.",
    "The museum will reopen its sculpture garden to visitors next spring.",
]


def _records(facts: ArticleFacts) -> dict[str, list[str]]:
    document = arbdet.to_facts(facts)
    return {
        kind: sorted(json.dumps(r, sort_keys=True) for r in document[kind])
        for kind in ("detentions", "statements", "declarations", "links")
    }


def _evidence(facts: ArticleFacts) -> list[Any]:
    found: list[Any] = [e for d in facts.detentions for e in d.evidence]
    found += [e for s in facts.statements for e in s.evidence]
    found += [e for d in facts.declarations for e in d.evidence]
    found += [e for link in facts.links for e in link.evidence]
    return found


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(ARTICLES))
def test_same_text_same_facts(text: str) -> None:
    assert arbdet.parse(text) == arbdet.parse(text)


def test_order_of_articles_does_not_matter() -> None:
    forward = [arbdet.parse(t) for t in ARTICLES[:6]]
    backward = [arbdet.parse(t) for t in reversed(ARTICLES[:6])]
    assert forward == backward[::-1]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(ARTICLES))
def test_every_fact_points_at_its_words(text: str) -> None:
    facts = arbdet.parse(text)
    for evidence in _evidence(facts):
        assert facts.source.slice(evidence.span) == evidence.text
        assert evidence.source_id == facts.source.id


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(ARTICLES), st.lists(st.sampled_from(UNRELATED), min_size=1, max_size=3))
def test_unrelated_paragraphs_remove_no_detention_or_quote(text: str, extra: list[str]) -> None:
    before = _records(arbdet.parse(text))
    after = _records(arbdet.parse(text.rstrip() + "\n\n" + "\n\n".join(extra) + "\n"))
    for kind in ("detentions", "statements"):
        assert set(before[kind]) <= set(after[kind]), kind


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_facts_or_an_arbdet_error(text: str) -> None:
    try:
        facts = arbdet.parse(Source.create(text))
    except ArbdetError:
        return
    for evidence in _evidence(facts):
        assert facts.source.slice(evidence.span) == evidence.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(ARTICLES[:3] + UNRELATED), min_size=1, max_size=4))
def test_collages_of_real_text_never_raise(pieces: list[str]) -> None:
    facts = arbdet.parse(Source.create("\n\n".join(pieces)))
    assert isinstance(facts, ArticleFacts)
