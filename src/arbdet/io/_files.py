"""Files and folders: regular files only, reads capped at a size, folders walked with care."""

from __future__ import annotations

import os
import stat
import warnings
from pathlib import Path

from ..errors import ArbdetError, InputError, SkippedInputWarning

__all__ = ["MAX_BYTES", "find_files", "read_file"]

MAX_BYTES = 20 * 1024 * 1024
"""The largest input read, in bytes; a larger one is refused with an :class:`InputError`."""

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
# Opening a FIFO for reading blocks until a writer comes; non-blocking, it returns at once
# and the check on the open file refuses it.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_LISTED_SKIPS = 5
_LINK = "symbolic link"


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _too_big(label: str, size: int | None, limit: int) -> str:
    told = f"{size:,} bytes is " if size is not None else ""
    return f"{label}: {told}more than the {limit:,} bytes arbdet reads"


def read_file(
    path: str | os.PathLike[str], *, limit: int = MAX_BYTES, error: type[ArbdetError] = InputError
) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them, whatever its size claims.

    FIFOs, devices, sockets and folders are refused, as are files past ``limit`` (a
    device or a growing file can read past the size ``stat`` gives). Every problem is an
    ``error`` whose message starts with the path.
    """
    label = os.fspath(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{label}: is {_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise error(_too_big(label, info.st_size, limit))
        with open(os.open(path, _OPEN_FLAGS), "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):  # replaced between the two looks
                raise error(f"{label}: is {_kind(mode)}, not a regular file")
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise error(f"{label}: no such file") from None
    except OSError as problem:
        raise error(f"{label}: cannot be read ({problem.strerror})") from None
    if len(data) > limit:
        raise error(_too_big(label, None, limit))
    return data


def _warn_skipped(folder: Path, skipped: list[tuple[Path, str]]) -> None:
    listed = ", ".join(f"{path.name} ({why})" for path, why in skipped[:_LISTED_SKIPS])
    more = f" and {len(skipped) - _LISTED_SKIPS} more" if len(skipped) > _LISTED_SKIPS else ""
    links = any(why == _LINK for _, why in skipped)
    hint = "; symbolic links are read with follow_symlinks=True (--follow-symlinks)"
    warnings.warn(
        f"{folder}: skipped {len(skipped)} {'entry' if len(skipped) == 1 else 'entries'}: "
        f"{listed}{more}{hint if links else ''}",
        SkippedInputWarning,
        stacklevel=2,
    )


def _entries(folder: Path, seen: set[tuple[int, int]] | None) -> list[os.DirEntry[str]]:
    """The entries of a folder; none if ``seen`` (when following links) already holds it."""
    try:
        if seen is not None:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                return []
            seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as listing:
            return list(listing)
    except OSError as problem:
        raise InputError(f"{folder}: folder cannot be read ({problem.strerror})") from None


def _skip_reason(entry: os.DirEntry[str], follow_symlinks: bool) -> str | None:
    if entry.is_symlink():
        if not follow_symlinks:
            return _LINK
        if not os.path.exists(entry.path):
            return "broken symbolic link"
    if not (entry.is_file() or entry.is_dir()):
        return "not a regular file"
    return None


def find_files(
    folder: str | os.PathLike[str],
    suffixes: tuple[str, ...],
    *,
    follow_symlinks: bool = False,
    looking_for: str = "files",
) -> list[Path]:
    """The files under ``folder`` (and its subfolders) whose names end in ``suffixes``, sorted.

    A folder that cannot be listed is an :class:`~arbdet.InputError`, not a gap in the
    results. Symbolic links are not followed unless ``follow_symlinks`` (then each folder
    is walked once, so a link loop ends); entries left unread (links, FIFOs or devices
    with a wanted ending) are named in one :class:`~arbdet.SkippedInputWarning`. Finding
    nothing is an :class:`~arbdet.InputError` that says what was looked for.
    """
    root = Path(folder)
    found: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    seen: set[tuple[int, int]] | None = set() if follow_symlinks else None
    pending = [root]
    while pending:
        for entry in _entries(pending.pop(), seen):
            path = Path(entry.path)
            wanted = entry.name.lower().endswith(suffixes)
            why = _skip_reason(entry, follow_symlinks)
            if why is not None:
                if wanted or entry.is_dir():  # say nothing of a link to a file not wanted
                    skipped.append((path, why))
            elif entry.is_dir():
                pending.append(path)
            elif wanted:
                found.append(path)
    if skipped:
        _warn_skipped(root, sorted(skipped))
    if not found:
        endings = ", ".join(suffixes)
        raise InputError(f"{root}: no {looking_for} in this folder (looked for {endings})")
    return sorted(found)
