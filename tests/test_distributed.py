"""The same builds on a dask cluster: a reduction of partial knowledge bases, Parquet per part."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import arbdet
from arbdet import KnowledgeBase
from arbdet.bench import Archive, write_archive
from arbdet.export import TABLES, partition_tables, sql
from arbdet.facts import FACTS_FORMAT

pytest.importorskip("dask.bag")
pytest.importorskip("pyarrow")
pytest.importorskip("duckdb")

from arbdet import distributed


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A local cluster of two worker processes; its scheduler's address."""
    dask_distributed = pytest.importorskip("dask.distributed")
    with dask_distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    write_archive(Archive(8, seed=4), folder)
    return folder


def facts_document(number: int) -> dict[str, Any]:
    """One of a thousand articles' facts about forty recurring cases."""
    case = number % 40
    return {
        "format": FACTS_FORMAT,
        "article": f"{number:04d}.txt",
        "published": f"20{10 + number % 12}-{1 + number % 12:02d}-{1 + number % 28:02d}",
        "detentions": [
            {
                "detainee": f"Person{case} Surname{case}",
                "nationality": ["CA" if case % 2 else "GB"],
                "detaining_state": ["CN", "RU", "IR"][case % 3],
                "start": f"20{10 + case % 10}-0{1 + case % 9}",
                "released": number % 5 == 0,
                "charges": ["espionage"],
                "sentence_years": None,
            }
        ],
        "statements": [
            {
                "quote": f"we ask again for the release of case number {case} today",
                "speaker": f"Minister{case % 7} Official",
                "speaker_affiliation": "CA",
                "date": None,
            }
        ],
    }


@pytest.fixture(scope="module")
def thousand_facts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A thousand articles' facts, in ten JSON Lines files."""
    folder = tmp_path_factory.mktemp("facts")
    for part in range(10):
        lines = [json.dumps(facts_document(n)) for n in range(part * 100, (part + 1) * 100)]
        (folder / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_dask_build_of_a_thousand_articles_equals_the_serial_build(
    cluster: str, thousand_facts: Path
) -> None:
    serial = KnowledgeBase.build(thousand_facts, progress=False)
    spread = distributed.build(thousand_facts, partition_size=1, scheduler=cluster)
    assert len(spread) == 1000
    assert spread == serial
    assert spread.index == serial.index


def test_dask_build_of_articles_equals_the_local_build(cluster: str, archive: Path) -> None:
    local = KnowledgeBase.build(archive, progress=False)
    spread = distributed.build(archive, partition_size=3, scheduler=cluster)
    assert spread == local


def test_the_scheduler_can_come_from_the_environment(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(distributed.SCHEDULER_VARIABLE, "synchronous")
    with distributed.resolve_scheduler() as chosen:
        assert chosen == "synchronous"
    spread = distributed.build(archive, partition_size=4)
    assert len(spread) == 8


def test_parquet_per_partition_is_queried_in_place(
    cluster: str, archive: Path, tmp_path: Path
) -> None:
    written = distributed.to_parquet(archive, tmp_path, partition_size=3, scheduler=cluster)
    assert len(written) == 3 * len(TABLES)
    assert (tmp_path / "detentions" / "part-00002.parquet") in written
    columns, rows = sql("SELECT count(*) FROM detentions", tmp_path)
    assert columns == ["count_star()"]
    expected = partition_tables(arbdet.parse(s) for s in arbdet.read_sources(archive))
    assert rows == [(expected["detentions"].num_rows,)]
    _, names = sql("SELECT DISTINCT detainee FROM detentions ORDER BY 1", tmp_path)
    assert [n for (n,) in names] == sorted(set(expected["detentions"]["detainee"].to_pylist()))


def test_bag_holds_article_facts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2022-04-27 Russia freed Trevor Reed on Wednesday.")
    bag: Any = distributed.facts_bag([tmp_path])
    (found,) = bag.compute(scheduler="synchronous")
    assert isinstance(found, arbdet.ArticleFacts)
