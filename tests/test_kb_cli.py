import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from arbdet.bench import Archive, write_archive
from arbdet.cli import cli

FACTS = Path(__file__).parent / "data" / "kb"


@pytest.fixture(scope="module")
def kb_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "kb.json"
    result = CliRunner().invoke(cli, ["build", str(FACTS), "-o", str(path)])
    assert result.exit_code == 0, result.output
    assert "written to" in result.output
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def as_json(kb_file: Path, *args: str) -> Any:
    result = run(*args, "--kb", str(kb_file), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_timeline_json(kb_file: Path) -> None:
    events = as_json(kb_file, "timeline", "Whelan")
    assert [(e["date"], e["event"]) for e in events] == [
        ("2018-12-28", "detained"),
        ("2024-08-01", "exchanged"),
    ]
    for event in events:
        assert event["subject"] == "Paul Whelan"
        assert event["sources"]


def test_timeline_table(kb_file: Path) -> None:
    result = run("timeline", "Paul Whelan", "--kb", str(kb_file))
    assert result.exit_code == 0
    assert "Timeline: Paul Whelan (2)" in result.output
    assert "2018-12-28" in result.output


def test_linked_json(kb_file: Path) -> None:
    links = as_json(kb_file, "linked", "Vadim Krasikov")
    assert {(k["detainee"], k["linked_to"], k["relation"]) for k in links} == {
        ("Paul Whelan", "Vadim Krasikov", "exchange"),
        ("Evan Gershkovich", "Vadim Krasikov", "exchange"),
    }
    for link in links:
        assert set(link) >= {"detainee", "linked_to", "relation", "asserted_by", "denied_by"}
        assert link["asserted_by"] == ["RU", "US"]
        assert link["denied_by"] == []
        assert link["sources"] == ["k03_moscow_swap_liveblog.txt"]


def test_detentions_json(kb_file: Path) -> None:
    records = as_json(kb_file, "detentions", "--state", "RU")
    gershkovich = next(r for r in records if r["detainee"] == "Evan Gershkovich")
    assert gershkovich["start"] == "2023-03-29"
    assert gershkovich["end"] == "2024-08-01"
    assert gershkovich["released"] is True
    assert gershkovich["charges"] == ["espionage"]
    assert gershkovich["nationality"] == ["US"]
    assert gershkovich["detaining_state"] == "RU"
    assert gershkovich["disputed"] == {}
    assert gershkovich["sources"] == [
        "k03_moscow_swap_liveblog.txt",
        "k04_gershkovich_detained_web.txt",
    ]
    held = as_json(kb_file, "detentions", "--held-on", "2016-06-01", "--nationality", "GB")
    assert [r["detainee"] for r in held] == ["Nazanin Zaghari-Ratcliffe"]
    assert held[0]["disputed"]["sentence_years"][0]["sources"]


def test_statements(kb_file: Path) -> None:
    quotes = as_json(kb_file, "statements", "--speaker", "Blinken", "--since", "2024")
    assert [q["speaker"] for q in quotes] == ["Anthony Blinken"]
    assert quotes[0]["sources"] == ["k03_moscow_swap_liveblog.txt"]
    result = run("statements", "--about", "declaration", "--kb", str(kb_file))
    assert result.exit_code == 1  # nothing found
    assert result.stderr == "arbdet: Statements about declaration: nothing found\n"


def test_conflicts_json(kb_file: Path) -> None:
    found = as_json(kb_file, "conflicts")
    kinds = {c["kind"] for c in found}
    assert {"signatory_count", "signatory", "quote_attribution", "date", "name"} <= kinds
    counts = next(c for c in found if c["kind"] == "signatory_count")
    assert {"value": "57", "sources": ["k07_declaration_oped.txt"], "reference": False} in counts[
        "values"
    ]
    assert {v["value"] for v in counts["values"] if v["reference"]} == {"58", "59"}
    only = as_json(kb_file, "conflicts", "--kind", "name")
    assert [c["kind"] for c in only] == ["name"]


def test_unknown_name_exits_1_with_the_closest(kb_file: Path) -> None:
    result = run("timeline", "Gershkovic", "--kb", str(kb_file))
    assert result.exit_code == 1
    assert "Evan Gershkovich" in result.output
    result = run("linked", "Nobody Atall", "--kb", str(kb_file))
    assert result.exit_code == 1
    assert "no person" in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "facts", "parquet", "duckdb"])
def test_export(kb_file: Path, tmp_path: Path, fmt: str) -> None:
    if fmt in ("parquet", "duckdb"):
        pytest.importorskip("pyarrow")
        pytest.importorskip(fmt if fmt == "duckdb" else "pyarrow.parquet")
    out = tmp_path / f"out.{fmt}"
    result = run("export", "--kb", str(kb_file), "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.exists()
    if fmt == "jsonl":
        kinds = {json.loads(line)["table"] for line in out.read_text().splitlines()}
        assert {"people", "detentions", "statements", "conflicts"} <= kinds
    if fmt == "facts":
        document = json.loads(out.read_text())
        assert document["article"] == "*"


def test_build_needs_paths() -> None:
    assert run("build").exit_code == 2


def arbdet(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed command itself, errors and exit status as a user sees them."""
    return subprocess.run(
        [sys.executable, "-c", "from arbdet.cli import main; main()", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_bad_output_fails_before_any_parsing(tmp_path: Path) -> None:
    started = time.monotonic()
    result = arbdet("build", str(FACTS), "-o", str(tmp_path / "missing" / "kb.json"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"arbdet: {tmp_path / 'missing' / 'kb.json'}: the folder")
    assert "does not exist; create it first" in result.stderr
    assert time.monotonic() - started < 30  # a guard against a hang, not a timing
    assert not (tmp_path / "missing").exists()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    write_archive(Archive(6, seed=8), folder)
    return folder


def test_facts_lines_in_processes_equal_those_in_one(archive: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("facts", str(archive), "-o", str(one)).exit_code == 0
    assert run("facts", str(archive), "-o", str(two), "--jobs", "2").exit_code == 0
    assert one.read_text() == two.read_text()
    documents = [json.loads(line) for line in one.read_text().splitlines()]
    assert [d["article"] for d in documents] == sorted(p.name for p in archive.iterdir())


def test_facts_as_parquet_parts_and_sql_over_them(archive: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    pytest.importorskip("duckdb")
    out = tmp_path / "facts"
    result = run(
        "facts", str(archive), "--format", "parquet", "-o", str(out), "--partition-size", "4"
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "detentions").iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
    ]
    query = "SELECT count(DISTINCT sources[1]) AS articles FROM statements"
    found = json.loads(run("sql", query, "--facts", str(out), "--json").output)
    assert found == [{"articles": 6}]
    table = run("sql", "SELECT kind, count(*) FROM statements GROUP BY 1", "--facts", str(out))
    assert table.exit_code == 0
    assert "direct" in table.output


def test_sql_errors_name_the_problem(kb_file: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    pytest.importorskip("duckdb")
    result = arbdet("sql", "SELECT 1", "--facts", str(tmp_path))
    assert result.returncode == 2
    assert "holds no arbdet Parquet tables" in result.stderr
    assert (
        run("export", "--kb", str(kb_file), "--format", "parquet", "-o", str(tmp_path)).exit_code
        == 0
    )
    result = arbdet("sql", "SELECT nothing FROM detentions", "--facts", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith("arbdet: query: Binder Error")
    found = json.loads(
        arbdet("sql", "SELECT count(*) AS n FROM people", "--facts", str(tmp_path), "--json").stdout
    )
    assert found[0]["n"] > 10


def test_parquet_needs_a_folder(archive: Path) -> None:
    result = arbdet("facts", str(archive), "--format", "parquet")
    assert result.returncode == 2
    assert (
        result.stderr
        == "arbdet: facts --format parquet: needs a folder to write to; add -o FOLDER\n"
    )
