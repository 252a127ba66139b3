"""Fuzz loading: ``loads`` and ``KnowledgeBase.load`` give objects or an ArbdetError."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import event, given
from hypothesis import strategies as st

from arbdet import ArbdetError, ArticleFacts, KnowledgeBase, dumps, loads
from arbdet.strategies import article_facts
from fuzz.inputs import mutated_bytes, mutated_text, seed_documents


@given(mutated_text(seed_documents()) | st.text(max_size=500))
def test_loads(text: str) -> None:
    try:
        loads(text, ArticleFacts)
    except ArbdetError as error:
        event(f"refused: {type(error).__name__}")
        return


@given(article_facts(), st.data())
def test_loads_of_mutated_generated_facts(facts: ArticleFacts, data: st.DataObject) -> None:
    text = data.draw(mutated_text((dumps(facts),), max_edits=3))
    try:
        loads(text, ArticleFacts)
    except ArbdetError as error:
        event(f"refused: {type(error).__name__}")
        return


@given(mutated_bytes(seed_documents()[-1:]))
def test_knowledge_base_load(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kb.json"
        path.write_bytes(data)
        try:
            KnowledgeBase.load(path)
        except ArbdetError as error:
            event(f"refused: {type(error).__name__}")
            return
