"""Every command fails alike: ``arbdet: <what>: <why>[; <what to do>]``, status 2 or 1."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from arbdet import KnowledgeBase, MissingExtraError, extras
from arbdet.cli import _output, cli

FACTS = Path(__file__).parent / "data" / "kb"
LINE = re.compile(r"arbdet: [^:\n]+: [^\n]+\n")


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("kb") / "kb.json"
    result = CliRunner().invoke(cli, ["build", str(FACTS), "-o", str(path)])
    assert result.exit_code == 0, result.output
    return str(path)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("files")
    (folder / "broken.jsonl").write_text('{"text": "Canada arrested Meng Wanzhou.\n')
    (folder / "bad.json").write_text("{")
    (folder / "article.txt").write_text("Canada arrested Meng Wanzhou in December 2018.\n")
    (folder / "empty").mkdir()
    return folder


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _one_line(result: Result, status: int) -> str:
    assert result.exit_code == status, (result.output, result.exception)
    assert LINE.fullmatch(result.stderr), result.stderr
    return result.stderr


BAD_INPUT = [
    (["foo"], "arbdet: foo: no such command; see 'arbdet --help'"),
    (["build"], "arbdet: build: missing argument PATHS; see 'arbdet build --help'"),
    (["--nope"], "arbdet: --nope: no such option; see 'arbdet --help'"),
    (["detentions", "--jsn"], "arbdet: --jsn: no such option (did you mean --json?)"),
    (
        ["detentions", "--held-on", "2021-13-45", "{kb}"],
        "arbdet: --held-on: '2021-13-45' is not a date (month must be an integer from 1 to "
        "12, got 13); give YYYY, YYYY-MM or YYYY-MM-DD",
    ),
    (["statements", "--since", "last week", "{kb}"], "arbdet: --since: 'last week' is not a date"),
    (["detentions", "--state", "Atlantis", "{kb}"], "arbdet: --state: 'Atlantis' is not a state"),
    (["detentions", "--status", "free", "{kb}"], "arbdet: --status: 'free' is not one of"),
    (["detentions", "--min-confidence", "2", "{kb}"], "arbdet: --min-confidence: 2.0 is not"),
    (["detentions", "--kb", "{files}/missing.json"], "arbdet: {files}/missing.json: no such file;"),
    (["facts", "{files}/missing.txt"], "arbdet: {files}/missing.txt: no such file or folder"),
    (["show", "{files}/empty"], "arbdet: ARTICLE: file '{files}/empty' is a directory"),
    (["read", "{files}/broken.jsonl"], "arbdet: {files}/broken.jsonl, line 1: not valid JSON"),
    (["score", "{files}/bad.json", "{files}/bad.json"], "arbdet: {files}/bad.json: not valid"),
    (["score", "{files}/empty", "{files}/bad.json"], "arbdet: {files}/empty: no facts docu"),
    (["timeline", "Namazi", "{kb}"], "arbdet: 'Namazi': fits more than one person: "),
    (
        ["build", "{files}/article.txt", "-o", "{files}/no/such/folder/kb.json"],
        "arbdet: {files}/no/such/folder/kb.json: the folder {files}/no/such/folder does not exist",
    ),
]


@pytest.mark.parametrize(("args", "start"), BAD_INPUT)
def test_bad_input_is_one_line_and_status_2(
    args: list[str], start: str, kb: str, files: Path
) -> None:
    filled = [a.format(kb=kb, files=files) for a in args]
    if "{kb}" in args:
        filled = [*filled[:-1], "--kb", kb]
    result = run(*filled)
    line = _one_line(result, 2)
    assert line.startswith(start.format(files=files)), line
    assert result.stdout == ""


NOTHING = [
    (
        ["timeline", "Gershkovic"],
        "arbdet: 'Gershkovic': no person, state or declaration of "
        "that name in the knowledge base; closest known names: Evan Gershkovich",
    ),
    (["linked", "Siamak Namazi"], "arbdet: Linked cases: Siamak Namazi: nothing found"),
    (["detentions", "--state", "Japan"], "arbdet: Detentions by JP: nothing found"),
]


@pytest.mark.parametrize(("args", "expected"), NOTHING)
def test_nothing_found_is_one_line_and_status_1(args: list[str], expected: str, kb: str) -> None:
    result = run(*args, "--kb", kb)
    assert _one_line(result, 1) == expected + "\n"


def test_json_errors_say_where_without_stammering(files: Path) -> None:
    line = _one_line(run("read", str(files / "broken.jsonl")), 2)
    assert " at at " not in line
    assert line.startswith(f"arbdet: {files}/broken.jsonl, line 1: not valid JSON")
    assert "column 10" in line


def test_missing_extras_name_the_pip_line(monkeypatch: pytest.MonkeyPatch) -> None:
    timeline = KnowledgeBase.from_facts(FACTS).timeline("Paul Whelan")
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(MissingExtraError) as raised:
        timeline.plot()
    assert isinstance(raised.value, ImportError)
    assert str(raised.value) == (
        "Timeline.plot(): needs the 'viz' extra (matplotlib is not installed); "
        "pip install 'arbdet[viz]'"
    )


@pytest.mark.parametrize(
    ("load", "module", "extra"),
    [
        (extras.pandas, "pandas", "tabular"),
        (extras.pyarrow, "pyarrow", "tabular"),
        (extras.duckdb, "duckdb", "tabular"),
        (extras.dask_bag, "dask", "dask"),
    ],
)
def test_every_extra_names_its_pip_line(
    monkeypatch: pytest.MonkeyPatch, load: Callable[[], object], module: str, extra: str
) -> None:
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError, match=re.escape(f"pip install 'arbdet[{extra}]'")):
        load()


def test_strategies_without_hypothesis_name_the_extra() -> None:
    code = "import sys; sys.modules['hypothesis'] = None; import arbdet.strategies"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "arbdet.errors.MissingExtraError: arbdet.strategies: needs the 'strategies' extra "
        "(hypothesis is not installed); pip install 'arbdet[strategies]'"
    )


# ---------------------------------------------------------------- tables


def test_piped_tables_cut_nothing(kb: str) -> None:
    result = run("detentions", "--kb", kb)
    assert result.exit_code == 0
    whelan = next(line for line in result.stdout.splitlines() if line.startswith("Paul Whelan"))
    assert whelan.endswith(
        "k01_whelan_arrest_wire.txt, k02_whelan_verdict_analysis.txt, k03_moscow_swap_liveblog.txt"
    )
    assert "..." not in result.stdout


def test_terminal_tables_wrap_to_the_width(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda: os.terminal_size((60, 20)))
    sources = ["k01_whelan_arrest_wire.txt", "k02_whelan_verdict_analysis.txt"]
    rows = [["Paul Whelan", "RU", "held at a labour camp in Mordovia since 2020", sources]]
    _output.echo_table(["detainee", "by", "note", "sources"], rows)
    lines = capsys.readouterr().out.splitlines()
    assert max(map(len, lines)) <= 60
    assert [line.split("  ")[-1].strip() for line in lines[2:4]] == sources  # kept whole
    shown = " ".join(line[12:28] for line in lines[2:]).split()
    assert " ".join(shown) == "RU held at a labour camp in Mordovia since 2020"
    _output.echo_table(["detainee", "by", "note", "sources"], rows, wide=True)
    wide = capsys.readouterr().out.splitlines()
    assert len(wide) == 3
    assert wide[2].endswith(", ".join(sources))
