"""What the fuzzers feed arbdet: corpus articles and documents, mutated, and what must hold."""

from __future__ import annotations

import functools
from typing import Any

import attrs
from hypothesis import strategies as st

from arbdet import ArticleFacts, Evidence, KnowledgeBase, dumps, parse
from arbdet.corpus_files import corpus_articles

__all__ = [
    "HOSTILE",
    "assert_provenance",
    "corpus_texts",
    "mutated_bytes",
    "mutated_text",
    "seed_documents",
]

# Pieces that have broken readers before, or could: line and paragraph separators, BOMs,
# NUL, quotation marks and brackets in runs, header forms and arbdet's own formats.
HOSTILE = (
    "\u2028",
    "\u2029",
    "\u0085",
    "\x00",
    "\ufeff",
    "\ud800",
    "\r",
    "\r\n",
    "\t",
    '"',
    "\u201c",
    "\u201d",
    "\u00ab",
    "'",
    "(",
    ")",
    "[",
    "{",
    ",",
    ".",
    "-",
    "\u2014",
    " date 2021-02-30 ",
    "Date: ",
    "Published: Fri, 02 Aug 2024 14:03:00 +0000\n",
    "OTTAWA, Aug. 2, 2024 (AP) - ",
    '{"format": "arbdet-facts/1", "article": "x"}\n',
    '{"text": "\\u2028"}\n',
    "Alpha Bravo Charlie Delta Echo Foxtrot ",
    "Canada, France, Germany, Japan, ",
    "\u0645\u0639\u062a\u0642\u0644",
    "\U0001f600",
)


@functools.cache
def corpus_texts() -> tuple[str, ...]:
    """The example corpus articles shipped with arbdet."""
    return tuple(article.read_text(encoding="utf-8") for article in corpus_articles())


@functools.cache
def seed_documents() -> tuple[str, ...]:
    """Serialised documents to mutate: a few articles' facts, and a small knowledge base."""
    facts = [parse(text) for text in corpus_texts()[:3]]
    return (*(dumps(f) for f in facts), KnowledgeBase(facts).dumps())


def _edit(draw: st.DrawFn, data: str, pieces: st.SearchStrategy[str]) -> str:
    where = draw(st.integers(0, len(data)))
    kind = draw(st.sampled_from(["insert", "run", "delete", "repeat", "cut"]))
    if kind == "insert":
        return data[:where] + draw(pieces) + data[where:]
    if kind == "run":  # a run of one hostile piece, no space
        return (
            data[:where] + draw(st.sampled_from(HOSTILE)) * draw(st.integers(2, 200)) + data[where:]
        )
    end = min(len(data), where + draw(st.integers(1, 400)))
    if kind == "delete":
        return data[:where] + data[end:]
    if kind == "repeat":
        return data[:end] + data[where:end] * draw(st.integers(1, 5)) + data[end:]
    return data[:where]


@st.composite
def mutated_text(draw: st.DrawFn, originals: tuple[str, ...], max_edits: int = 6) -> str:
    """One of ``originals`` with a few edits: insertions, hostile runs, cuts, repeats."""
    data = draw(st.sampled_from(originals))
    pieces = st.sampled_from(HOSTILE) | st.text(max_size=20)
    for _ in range(draw(st.integers(1, max_edits))):
        data = _edit(draw, data, pieces)
    return data


@st.composite
def mutated_bytes(draw: st.DrawFn, originals: tuple[str, ...], max_edits: int = 6) -> bytes:
    """Mutated text as bytes in some encoding, with some bytes then flipped or cut."""
    text = draw(mutated_text(originals, max_edits))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1"]))
    data = bytearray(text.encode(encoding, errors="replace"))  # a lone surrogate becomes "?"
    for _ in range(draw(st.integers(0, 3))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


def _evidence(value: Any) -> list[Evidence]:
    if isinstance(value, Evidence):
        return [value]
    if isinstance(value, (tuple, list)):
        return [e for item in value for e in _evidence(item)]
    if attrs.has(type(value)):
        return [
            e for field in attrs.fields(type(value)) for e in _evidence(getattr(value, field.name))
        ]
    return []


def assert_provenance(facts: ArticleFacts) -> None:
    """Every piece of evidence slices its source's text exactly."""
    source = facts.source
    for evidence in _evidence(
        (facts.detentions, facts.statements, facts.declarations, facts.links)
    ):
        assert evidence.source_id == source.id
        assert 0 <= evidence.span.start <= evidence.span.end <= len(source.text)
        assert source.slice(evidence.span) == evidence.text
