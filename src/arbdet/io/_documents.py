"""The JSON documents of files: one object, a list of them, or JSON Lines."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ArbdetError, InputError
from ._decode import decode_text
from ._files import find_files, read_file
from ._json import decode_json, json_lines

__all__ = ["read_json_documents"]

_JSON_SUFFIXES = (".json", ".jsonl")


def _documents(path: Path, error: type[ArbdetError]) -> Iterator[tuple[str, Any]]:
    label = str(path)
    text = decode_text(read_file(path, error=error), label, error=error)
    if path.suffix.lower() == ".jsonl":
        for number, line in json_lines(text):
            where = f"{label}, line {number}"
            yield where, decode_json(line, where, error=error)
        return
    data = decode_json(text, label, error=error)
    if isinstance(data, list):
        for index, item in enumerate(data):
            yield f"{label}[{index}]", item
    else:
        yield label, data


def read_json_documents(
    path: str | os.PathLike[str],
    *,
    error: type[ArbdetError] = InputError,
    follow_symlinks: bool = False,
    looking_for: str = "JSON files",
) -> Iterator[tuple[str, Any]]:
    """Each JSON document in a file or a folder's ``.json`` and ``.jsonl`` files, with where.

    A ``.jsonl`` file holds one document a line (``"facts.jsonl, line 3"``); a JSON list
    holds one an item (``"facts.json[2]"``); any other JSON value is one document. Files
    are read as :func:`read_file`, folders walked as :func:`find_files`, JSON decoded as
    :func:`decode_json`; problems in a file are an ``error`` naming it.
    """
    path = Path(path)
    if not path.is_dir():
        yield from _documents(path, error)
        return
    for child in find_files(
        path, _JSON_SUFFIXES, follow_symlinks=follow_symlinks, looking_for=looking_for
    ):
        yield from _documents(child, error)
