"""Fuzz the readers: any bytes, text or file gives sources or an ArbdetError, nothing else."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import event, given
from hypothesis import strategies as st

from arbdet import ArbdetError, Source, read_source, read_sources
from fuzz.inputs import corpus_texts, mutated_bytes, mutated_text

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".json", ".text")


def _check(source: Source) -> None:
    previous = 0
    for span in source.body:
        assert previous <= span.start <= span.end <= len(source.text)
        previous = span.end


@given(st.binary(max_size=2000) | mutated_bytes(corpus_texts()))
def test_read_source_of_bytes(data: bytes) -> None:
    try:
        source = read_source(data)
    except ArbdetError as error:
        event(f"refused: {type(error).__name__}")
        return
    _check(source)


@given(st.text(max_size=2000) | mutated_text(corpus_texts()))
def test_read_source_of_text(text: str) -> None:
    try:
        source = read_source(text)
    except ArbdetError as error:
        event(f"refused: {type(error).__name__}")
        return
    assert source.text == text
    _check(source)


def _wrapped(text: str, suffix: str) -> str:
    """Article text as a file of that kind would hold it."""
    if suffix in (".html", ".htm"):
        return f"<html><head><title>t</title></head><body><article><p>{text}</p></article></body>"
    if suffix in (".json", ".jsonl"):
        return json.dumps({"text": text}, ensure_ascii=False)
    return text


@st.composite
def article_files(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(SUFFIXES))
    wrapped = tuple(_wrapped(text, suffix) for text in corpus_texts()[:10])
    return suffix, draw(mutated_bytes(wrapped) | st.binary(max_size=500))


@given(article_files())
def test_read_sources_of_files(file: tuple[str, bytes]) -> None:
    suffix, data = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        try:
            for source in read_sources(Path(folder)):
                _check(source)
        except ArbdetError as error:
            event(f"refused: {type(error).__name__}")
            return
