"""The reading commands: no input is an error, counts and warnings are said on stderr."""

import json
import sys
from pathlib import Path

import pytest

from arbdet.cli import main

ARTICLE = " date 2021-09-25 Canada welcomed Michael Kovrig home on Saturday.\n"


def arbdet(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> tuple[int, str, str]:
    """Run the command line as a user would: exit status, stdout, stderr."""
    monkeypatch.setattr(sys, "argv", ["arbdet", *args])
    try:
        main()
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else 1
    else:
        status = 0
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("command", ["facts", "read", "build"])
def test_an_empty_folder_is_an_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    (tmp_path / "only.csv").write_text("a,b\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, _, err = arbdet(capsys, monkeypatch, command, str(tmp_path))
    assert status == 2
    assert err.startswith(f"arbdet: {tmp_path}: no ")
    assert "in this folder (looked for " in err
    assert not (tmp_path / "kb.json").exists()


def test_facts_reports_duplicates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(6):
        (tmp_path / f"{number}.txt").write_text(ARTICLE + ("Again." if number % 3 else ""))
    output = tmp_path / "facts.jsonl"
    status, _, err = arbdet(capsys, monkeypatch, "facts", str(tmp_path), "-o", str(output))
    assert status == 0
    assert err.strip() == f"read 6 files, 2 distinct articles (4 duplicates) -> {output}"
    assert len(output.read_text().splitlines()) == 6


@pytest.mark.filterwarnings("default::arbdet.UndatedArticleWarning")
def test_warnings_are_arbdet_lines_and_published_sets_the_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Canada welcomed Michael Kovrig home on Saturday.\n", encoding="utf-8")
    status, _, err = arbdet(capsys, monkeypatch, "facts", str(path))
    assert status == 0
    assert f"arbdet: warning: {path}: no publication date" in err
    status, out, err = arbdet(capsys, monkeypatch, "facts", str(path), "--published", "2021-09-27")
    assert "warning" not in err
    assert json.loads(out)["published"] == "2021-09-27"


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")
def test_follow_symlinks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "real.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "own.txt").write_text(ARTICLE + "More.", encoding="utf-8")
    (corpus / "link.txt").symlink_to(tmp_path / "real.txt")
    status, out, err = arbdet(capsys, monkeypatch, "read", "--json", str(corpus))
    assert status == 0
    assert [row["name"] for row in json.loads(out)] == ["own.txt"]
    assert "arbdet: warning:" in err and "link.txt (symbolic link)" in err
    assert "read 1 file, 1 article" in err
    status, out, err = arbdet(
        capsys, monkeypatch, "read", "--json", "--follow-symlinks", str(corpus)
    )
    assert [row["name"] for row in json.loads(out)] == ["link.txt", "own.txt"]
    assert "warning" not in err
    kb = tmp_path / "kb.json"
    args = ["build", "--no-reference", "--follow-symlinks", str(corpus), "-o", str(kb)]
    status, out, err = arbdet(capsys, monkeypatch, *args)
    assert status == 0, err
    assert "articles" in out and kb.exists()
