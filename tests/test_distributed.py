from pathlib import Path
from typing import Any

import pytest

import arbdet
from arbdet.corpus_files import corpus_articles

pytest.importorskip("dask.bag")

from arbdet import distributed


def test_dask_build_equals_the_local_build(tmp_path: Path) -> None:
    for article in corpus_articles()[:4]:
        (tmp_path / article.name).write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    local = arbdet.KnowledgeBase.build([tmp_path], progress=False)
    spread = distributed.build([tmp_path], partition_size=1, scheduler="synchronous")
    assert spread == local


def test_bag_holds_article_facts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2022-04-27 Russia freed Trevor Reed on Wednesday.")
    bag: Any = distributed.facts_bag([tmp_path])
    (found,) = bag.compute(scheduler="synchronous")
    assert isinstance(found, arbdet.ArticleFacts)
