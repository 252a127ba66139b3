"""Fuzz the command line on mutated corpus files: exit 0, 1 or 2, never a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import event, given
from hypothesis import strategies as st

from arbdet import ArbdetError
from arbdet.cli import cli
from fuzz.inputs import corpus_texts, mutated_bytes

COMMANDS = (("facts",), ("read", "--json"), ("build", "--no-reference", "-o", "{out}"))


@given(
    st.lists(mutated_bytes(corpus_texts(), max_edits=3), min_size=1, max_size=3),
    st.sampled_from(COMMANDS),
    st.sampled_from([".txt", ".jsonl", ".html", ".md"]),
)
def test_commands_on_mutated_files(
    files: list[bytes], command: tuple[str, ...], suffix: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for number, data in enumerate(files):
            (Path(folder) / f"{number}{suffix}").write_bytes(data)
        args = [a.format(out=Path(folder) / "out" / "kb.json") for a in command]
        (Path(folder) / "out").mkdir()
        result = CliRunner().invoke(cli, [*args, folder])
    # main() turns an ArbdetError into "arbdet: ..." and exit status 2
    error = result.exception
    if error is not None and not isinstance(error, SystemExit):
        assert isinstance(error, ArbdetError), repr(error)
        event(f"refused: {type(error).__name__}")
    else:
        assert result.exit_code in (0, 1, 2)
        event(f"exit status {result.exit_code}")
