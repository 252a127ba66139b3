"""Reading facts documents (``arbdet-facts/1``) to score: folders, JSON files, JSON Lines."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeAlias

from ..errors import InputError, SerializationError

__all__ = ["Document", "Documents", "read_documents"]

Document: TypeAlias = Mapping[str, Any]
"""One article's facts document, as JSON data."""

Documents: TypeAlias = (
    "str | os.PathLike[str] | Document | Iterable[str | os.PathLike[str] | Document]"
)
"""Facts documents: a folder or file of them, one document, or several of either."""


def _parse(path: Path) -> list[tuple[str, Any]]:
    """The JSON values of a ``.json`` file (one, or a list) or a ``.jsonl`` file, each placed."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read ({error})") from None
    if path.suffix == ".jsonl":
        values = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                values.append((f"{path}, line {number}", json.loads(line)))
            except json.JSONDecodeError as error:
                raise SerializationError(
                    f"{path}, line {number}: not valid JSON ({error.msg})"
                ) from None
        return values
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SerializationError(
            f"{path}: not valid JSON ({error.msg}, line {error.lineno})"
        ) from None
    if isinstance(data, list):
        return [(f"{path}[{index}]", item) for index, item in enumerate(data)]
    return [(str(path), data)]


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        files = [*sorted(path.glob("*.json")), *sorted(path.glob("*.jsonl"))]
        if not files:
            raise InputError(
                f"{path}: no facts documents here; looked for *.json and *.jsonl files"
            )
        return files
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    return [path]


def _by_article(placed: Iterable[tuple[str, Any]]) -> dict[str, Document]:
    """Documents by their article's base name (a later one replaces an earlier one)."""
    documents: dict[str, Document] = {}
    for where, document in placed:
        if not isinstance(document, Mapping) or "article" not in document:
            raise SerializationError(
                f"{where}: not a facts document (a JSON object with an 'article' field)"
            )
        documents[Path(str(document["article"])).name] = document
    return documents


def read_documents(documents: Documents) -> dict[str, Document]:
    """Facts documents by article (the base name of their ``article`` field).

    ``documents`` is a folder (every ``*.json``, then every ``*.jsonl``), a ``.json`` file
    (one document or a list), a ``.jsonl`` file (one document a line), one document, or an
    iterable of any of these. A later document for an article replaces an earlier one.
    Raises :class:`~arbdet.InputError` for a path that cannot be read and
    :class:`~arbdet.SerializationError` for something that is not a facts document.
    """
    items = [documents] if isinstance(documents, (str, os.PathLike, Mapping)) else documents
    placed: list[tuple[str, Any]] = []
    for index, item in enumerate(items):
        if isinstance(item, (str, os.PathLike)):
            placed.extend(found for file in _files(Path(item)) for found in _parse(file))
        else:
            placed.append((f"document {index}", item))
    return _by_article(placed)
