"""Writing outputs whole or not at all.

Every file arbdet writes goes first to a temporary file in the target's own folder, is
flushed to disk (``fsync``), then renamed over the target in one step: a reader sees the
old file or the new one, never a part. A failed or interrupted write leaves the old file
as it was (an interrupted one may leave its ``.part`` file beside it).
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import OutputError

__all__ = ["atomic_path", "atomic_write", "check_output"]


@functools.cache
def _file_mode() -> int:
    """The mode a new file gets here (``mkstemp`` makes private ones)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _cannot(target: Path, error: OSError) -> OutputError:
    return OutputError(f"{target}: cannot be written ({error.strerror or error})")


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system can open folders)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _discard(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        temporary.unlink()


@contextlib.contextmanager
def _replacing(target: Path, temporary: Path) -> Iterator[None]:
    """Rename ``temporary`` over ``target`` when the block ends well; else remove it.

    A failure of the system is an :class:`~arbdet.errors.OutputError` naming ``target``.
    """
    try:
        yield
        os.replace(temporary, target)
    except OSError as error:
        _discard(temporary)
        raise _cannot(target, error) from None
    except BaseException:
        _discard(temporary)
        raise
    _sync_folder(target.parent)


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str], *, binary: bool = False, encoding: str = "utf-8"
) -> Iterator[IO[Any]]:
    """A file to write ``path``'s new content to; it replaces ``path`` when the block ends.

    If the block raises, ``path`` is left as it was and the error goes on; a failure of
    the system (a full disk, a size limit) is an :class:`~arbdet.errors.OutputError`
    naming the file.
    """
    target = Path(path)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise _cannot(target, error) from None
    with _replacing(target, Path(name)):
        os.chmod(handle, _file_mode())
        mode = "wb" if binary else "w"
        with os.fdopen(handle, mode, encoding=None if binary else encoding) as file:
            yield file
            file.flush()
            os.fsync(file.fileno())


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A fresh path beside ``path`` for a library to write to; it replaces ``path`` after.

    For writers that want a file name rather than a handle (DuckDB): nothing exists at
    the yielded path yet. When the block ends without error the file is synced and
    renamed over ``path``; otherwise it is removed and ``path`` left as it was.
    """
    target = Path(path)
    temporary = target.parent / f".{target.name}.{secrets.token_hex(6)}.part"
    with _replacing(target, temporary):
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())


def check_output(path: str | os.PathLike[str], *, folder: bool = False) -> Path:
    """``path`` if an output can be written there, else an :class:`OutputError` saying why.

    Run before the work that makes the output, so a wrong ``-o`` fails at once. A file
    needs an existing, writable folder and must not be a folder itself; a ``folder``
    output may be made, inside an existing, writable folder.
    """
    target = Path(path)
    if folder:
        if target.exists() and not target.is_dir():
            raise OutputError(f"{target}: is a file, not a folder; give a folder to write into")
        place = target if target.is_dir() else target.parent
    else:
        if target.is_dir():
            raise OutputError(f"{target}: is a folder; give a file name to write")
        place = target.parent
    place = place if str(place) else Path(".")
    if not place.is_dir():
        raise OutputError(f"{target}: the folder {place} does not exist; create it first")
    if not os.access(place, os.W_OK | os.X_OK):
        raise OutputError(f"{target}: the folder {place} is not writable")
    return target
