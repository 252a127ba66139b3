"""Archives: the synthetic generator, streaming builds in processes, merging as a reduction."""

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arbdet
from arbdet import ArticleFacts, KnowledgeBase, Source
from arbdet.bench import REPORTS_PER_CASE, Archive, write_archive
from arbdet.build import CHUNK, collect, stored_articles
from arbdet.stored import StoredArticle


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic archive: more articles than one chunk a worker parses."""
    folder = tmp_path_factory.mktemp("archive")
    write_archive(Archive(CHUNK + 6, seed=3), folder)
    return folder


def test_the_generator_is_deterministic_and_article_by_article() -> None:
    small, large = Archive(100, seed=5), Archive(100, seed=5)
    assert list(small) == list(large)
    assert Archive(100, seed=6).article(0) != small.article(0)
    name, text = small.article(7)
    assert name == "0000007.txt"
    assert len(text) > 800


def test_generated_articles_have_the_shape_of_news() -> None:
    archive = Archive(3 * REPORTS_PER_CASE, seed=2)
    assert archive.cases == 3
    facts = [arbdet.parse(arbdet.read_source(text)) for _, text in list(archive)[:12]]
    assert all(f.source.published is not None for f in facts)
    assert sum(len(f.detentions) for f in facts) >= 10
    assert sum(len(f.statements) for f in facts) >= 10
    held = {d.detainee.name for f in facts for d in f.detentions}
    assert len(held) < 12  # cases recur across articles


def test_an_archive_can_be_written_as_json_lines(tmp_path: Path) -> None:
    written = write_archive(Archive(25, seed=1), tmp_path, per_file=10)
    assert [p.name for p in written] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    sources = list(arbdet.read_sources(tmp_path))
    assert len(sources) == 25
    assert sources[3].text == Archive(25, seed=1).article(3)[1]
    first = json.loads(written[0].read_text(encoding="utf-8").splitlines()[0])
    assert first["name"] == "0000000.txt"


def test_a_build_in_processes_equals_the_build_in_one(archive: Path, tmp_path: Path) -> None:
    serial = KnowledgeBase.build(archive, jobs=1, progress=False)
    parallel = KnowledgeBase.build(archive, jobs=2, progress=False)
    assert len(serial) == CHUNK + 6
    assert parallel == serial
    assert parallel.index == serial.index
    serial.save(tmp_path / "serial.json")
    parallel.save(tmp_path / "parallel.json")
    assert (tmp_path / "serial.json").read_bytes() == (tmp_path / "parallel.json").read_bytes()


def test_articles_stream_back_in_input_order(archive: Path) -> None:
    names = [s.source.name for s in stored_articles(archive, jobs=2, parse=ArticleFacts)]
    assert names == sorted(p.name for p in archive.iterdir())


def test_inputs_are_read_as_they_are_needed(archive: Path) -> None:
    found = collect(archive)
    first = next(found)
    assert isinstance(first, Source)
    assert first.name == "0000000.txt"


def test_a_knowledge_base_keeps_facts_and_packs_texts() -> None:
    text = "Michael Kovrig was detained in Beijing. " * 50
    source = Source.create(text, name="x.txt")
    stored = StoredArticle.of(ArticleFacts(source))
    assert len(stored.source.packed) < len(text) // 4
    assert stored.source.text == text
    assert stored.facts() == ArticleFacts(source)
    kb = KnowledgeBase([ArticleFacts(source)])
    assert kb.source("x.txt") == source
    assert source in kb
    assert kb.articles == (ArticleFacts(source),)


def test_a_pickled_knowledge_base_leaves_what_it_derives_behind(archive: Path) -> None:
    kb = KnowledgeBase.build(archive, parse=ArticleFacts, progress=False)
    assert kb.people == ()  # the index is computed
    again = pickle.loads(pickle.dumps(kb))
    assert again._index is None
    assert again == kb


def test_merging_in_place_equals_merging(archive: Path) -> None:
    facts = [ArticleFacts(s) for s in arbdet.read_sources(archive)]
    left, right = KnowledgeBase(facts[:5]), KnowledgeBase(facts[3:])
    merged = left | right
    left |= right
    assert left == merged
    assert len(left) == len(facts)


@settings(max_examples=20)
@given(st.lists(st.integers(0, 9), min_size=1, max_size=12), st.integers(1, 4))
def test_merging_partitions_is_a_reduction(numbers: list[int], parts: int) -> None:
    """Any split into partial knowledge bases, merged in any tree, gives one knowledge base."""
    facts = [ArticleFacts(Source.create(f"Article {n}.", name=f"{n}.txt")) for n in numbers]
    whole = KnowledgeBase(facts)
    partials = [KnowledgeBase(facts[i::parts]) for i in range(parts)]
    left = partials[0]
    for partial in partials[1:]:
        left = left | partial
    right = partials[-1]
    for partial in reversed(partials[:-1]):
        right = partial | right
    assert left == right == whole
