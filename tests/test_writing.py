"""Writing whole or not at all, and loading only what checks out."""

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from arbdet import (
    ArticleFacts,
    Detention,
    Evidence,
    KnowledgeBase,
    Person,
    SerializationError,
    Source,
    Span,
    State,
)
from arbdet.errors import OutputError
from arbdet.io import atomic_path, atomic_write, check_output
from arbdet.kb_file import KB_FORMAT

FACTS = Path(__file__).parent / "data" / "kb"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_facts(FACTS)


@pytest.fixture
def saved(kb: KnowledgeBase, tmp_path: Path) -> Path:
    path = tmp_path / "kb.json"
    kb.save(path)
    return path


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def detained(text: str, name: str) -> ArticleFacts:
    source = Source.create(text, name="article.txt")
    start = text.index(name)
    evidence = Evidence(source.id, Span(start, start + len(name)), name, "test", "detainee")
    detention = Detention(Person(name), State("CN"), evidence=(evidence,))
    return ArticleFacts(source, detentions=(detention,))


# ---------------------------------------------------------------- writing


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def half_written() -> None:
        with atomic_write(target) as file:
            file.write("new, half")
            raise RuntimeError("stopped")

    with pytest.raises(RuntimeError, match="stopped"):
        half_written()
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_a_failing_disk_is_an_output_error(
    kb: KnowledgeBase, saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved.read_bytes()

    def full(_: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match=r"kb.json: cannot be written \(No space left"):
        kb.save(saved)
    assert saved.read_bytes() == before
    assert leftovers(saved.parent) == []


def test_a_file_size_limit_leaves_the_old_file(kb: KnowledgeBase, saved: Path) -> None:
    """The knowledge base is written in a process that may write only 4 KB (``ulimit -f``)."""
    before = saved.read_bytes()
    script = textwrap.dedent(
        f"""
        import resource, signal
        from arbdet import KnowledgeBase
        kb = KnowledgeBase.from_facts({str(FACTS)!r})
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        kb.save({str(saved)!r})
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert run.returncode != 0
    assert "OutputError" in run.stderr
    assert "File too large" in run.stderr
    assert saved.read_bytes() == before
    assert KnowledgeBase.load(saved) == kb
    assert leftovers(saved.parent) == []


def test_a_write_killed_halfway_leaves_the_old_file(kb: KnowledgeBase, saved: Path) -> None:
    before = saved.read_bytes()
    script = textwrap.dedent(
        f"""
        import time
        import arbdet.knowledge_base as module
        from arbdet import KnowledgeBase
        kb = KnowledgeBase.from_facts({str(FACTS)!r})
        lines = module.kb_lines

        def slowly(*args, **kwargs):
            for number, line in enumerate(lines(*args, **kwargs)):
                yield line
                if number == 3:
                    print("writing", flush=True)
                    time.sleep(60)

        module.kb_lines = slowly
        kb.save({str(saved)!r})
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert saved.read_bytes() == before
    assert KnowledgeBase.load(saved) == kb


def test_a_database_is_made_beside_its_target(tmp_path: Path) -> None:
    target = tmp_path / "tables.db"
    target.write_bytes(b"old")

    def half_written() -> None:
        with atomic_path(target) as fresh:
            fresh.write_bytes(b"new, half")
            raise RuntimeError("stopped")

    with pytest.raises(RuntimeError, match="stopped"):
        half_written()
    assert target.read_bytes() == b"old"
    with atomic_path(target) as fresh:
        assert not fresh.exists()
        fresh.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_new_files_get_the_usual_permissions(tmp_path: Path) -> None:
    with atomic_write(tmp_path / "a.txt") as file:
        file.write("x")
    plain = tmp_path / "b.txt"
    plain.write_text("x", encoding="utf-8")
    assert (tmp_path / "a.txt").stat().st_mode == plain.stat().st_mode


def test_outputs_are_checked_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="the folder .*missing does not exist"):
        check_output(tmp_path / "missing" / "kb.json")
    with pytest.raises(OutputError, match="is a folder"):
        check_output(tmp_path)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file, not a folder"):
        check_output(tmp_path / "file", folder=True)
    assert check_output(tmp_path / "new", folder=True) == tmp_path / "new"
    assert check_output(tmp_path / "kb.json") == tmp_path / "kb.json"


def test_a_lone_surrogate_saves_and_loads(tmp_path: Path) -> None:
    facts = detained("Michael Kovrig \udc80 was detained in Beijing.", "Michael Kovrig")
    kb = KnowledgeBase([facts])
    kb.save(tmp_path / "kb.json")
    assert (tmp_path / "kb.json").stat().st_size > 0
    again = KnowledgeBase.load(tmp_path / "kb.json")
    assert again == kb
    assert again.source("article.txt").text == facts.source.text


# ---------------------------------------------------------------- loading


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def test_the_file_is_json_lines_with_a_checksum_last(kb: KnowledgeBase, saved: Path) -> None:
    found = [json.loads(line) for line in lines(saved)]
    assert found[0] == {"format": KB_FORMAT, "articles": len(kb), "references": 1}
    assert all(next(iter(d)) in ("article", "reference") for d in found[1:-1])
    assert set(found[-1]) == {"sha256"}
    assert KnowledgeBase.loads(saved.read_bytes()) == kb


def rewrite(path: Path, number: int, change: str) -> None:
    found = lines(path)
    found[number] = change
    path.write_text("".join(found), encoding="utf-8")


def test_another_version_is_refused(saved: Path) -> None:
    rewrite(saved, 0, json.dumps({"format": "arbdet-kb/1", "articles": 0, "references": 0}) + "\n")
    with pytest.raises(SerializationError, match=r"kb.json, line 1: .*'arbdet-kb/1'.*arbdet-kb/2"):
        KnowledgeBase.load(saved)


def test_evidence_that_differs_from_its_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kb.json"
    KnowledgeBase([detained("Michael Kovrig was detained.", "Michael Kovrig")]).save(path)
    rewrite(path, 1, lines(path)[1].replace('"text": "Michael Kovrig"', '"text": "Michael Spavor"'))
    with pytest.raises(
        SerializationError, match=r"line 2 \(article.txt\): evidence 'Michael Spavor'"
    ):
        KnowledgeBase.load(path)


def test_evidence_past_the_end_of_its_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kb.json"
    KnowledgeBase([detained("Michael Kovrig was detained.", "Michael Kovrig")]).save(path)
    line = lines(path)[1].replace('"start": 0, "end": 14', '"start": 100, "end": 114')
    rewrite(path, 1, line)
    with pytest.raises(SerializationError, match="runs past the end of the text"):
        KnowledgeBase.load(path)


def test_a_changed_file_fails_its_checksum(saved: Path) -> None:
    rewrite(saved, 1, lines(saved)[1].replace('"name": "k01', '"name": "x01'))
    with pytest.raises(SerializationError, match="checksum does not match"):
        KnowledgeBase.load(saved)


def test_a_cut_file_is_refused(saved: Path) -> None:
    found = lines(saved)
    saved.write_text("".join(found[:-1]), encoding="utf-8")
    with pytest.raises(SerializationError, match="without its checksum: the file is cut short"):
        KnowledgeBase.load(saved)
    saved.write_text("".join(found)[: len("".join(found)) // 2], encoding="utf-8")
    with pytest.raises(SerializationError, match="not valid JSON"):
        KnowledgeBase.load(saved)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty, not a knowledge base"),
        ("[" * 100_000 + "\n", "nested more than"),
        ('{"format": "arbdet-kb/2", "articles": -1, "references": 0}\n', "number of articles"),
        (
            '{"format": "arbdet-kb/2", "articles": 1, "references": 0}\n{"planet": {}}\n',
            "neither an article",
        ),
        (
            '{"format": "arbdet-kb/2", "articles": 1, "references": 0}\n{"article": {}}\n',
            r"line 2: a bad article: required field missing @ \$\.source",
        ),
    ],
)
def test_malformed_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "kb.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SerializationError, match=message):
        KnowledgeBase.load(path)
