"""Writing a synthetic archive to a folder: one text file per article, or JSON Lines shards."""

from __future__ import annotations

import os
from pathlib import Path

from ..io import atomic_write, check_output
from ..serialize import json_text
from ._archive import Archive

__all__ = ["write_archive"]


def write_archive(
    archive: Archive, folder: str | os.PathLike[str], *, per_file: int | None = None
) -> list[Path]:
    """Write an archive into ``folder`` (made if missing); the files written, in order.

    One ``NNNNNNN.txt`` per article, or with ``per_file``, JSON Lines files of that many
    articles each (``{"name": ..., "text": ...}`` a line), as archives are often kept.
    """
    target = check_output(folder, folder=True)
    target.mkdir(exist_ok=True)
    written = []
    if per_file is None:
        for name, text in archive:
            with atomic_write(target / name) as file:
                file.write(text)
            written.append(target / name)
        return written
    for first in range(0, archive.count, per_file):
        path = target / f"part-{first // per_file:05d}.jsonl"
        with atomic_write(path) as file:
            for number in range(first, min(first + per_file, archive.count)):
                name, text = archive.article(number)
                file.write(json_text({"name": name, "text": text}) + "\n")
        written.append(path)
    return written
