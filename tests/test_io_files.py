"""Reading files and folders: regular files only, capped reads, no silent gaps, no links."""

import codecs
import os
import socket
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbdet import InputError, SkippedInputWarning, read_source, read_sources
from arbdet.io import MAX_BYTES, find_files, read_file

ARTICLE = " date 2021-09-25 Canada welcomed Michael Kovrig home on Saturday.\n"

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
needs_symlinks = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    os.mkfifo(path)
    return path


@needs_fifo
def test_a_fifo_is_refused_without_waiting_for_a_writer(fifo: Path) -> None:
    with pytest.raises(InputError, match=r"article\.txt: is a named pipe \(FIFO\), not a regular"):
        read_source(fifo)
    with pytest.raises(InputError, match="named pipe"):
        list(read_sources([fifo]))


@needs_fifo
def test_a_fifo_in_a_folder_is_skipped_with_a_warning(tmp_path: Path, fifo: Path) -> None:
    (tmp_path / "real.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.warns(SkippedInputWarning, match=r"article\.txt \(not a regular file\)"):
        sources = list(read_sources(tmp_path))
    assert [s.name for s in sources] == ["real.txt"]


@needs_dev_zero
def test_a_device_is_refused() -> None:
    with pytest.raises(InputError, match="/dev/zero: is a character device"):
        read_source(Path("/dev/zero"))


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        try:
            server.bind(str(path))
        except OSError as error:  # a temporary path too long for a socket name
            pytest.skip(f"cannot bind a socket here: {error}")
        with pytest.raises(InputError, match="is a socket"):
            read_source(path)


def test_the_read_is_capped_whatever_the_size_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows (or a device) gives more than ``stat`` said: the read stops anyway."""
    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 100)
    real_stat = os.stat

    def small_stat(target: object, *args: object, **kwargs: object) -> os.stat_result:
        result = real_stat(target, *args, **kwargs)  # type: ignore[arg-type]
        return os.stat_result((result.st_mode, *result[1:6], 1, *result[7:]))

    monkeypatch.setattr(os, "stat", small_stat)
    with pytest.raises(InputError, match="more than the 50 bytes"):
        read_file(path, limit=50)
    assert read_file(path, limit=100) == b"x" * 100


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match=f"{MAX_BYTES + 1:,} bytes is more than"):
        read_source(path)


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
        ("utf-8", codecs.BOM_UTF8),
    ],
)
def test_text_with_a_byte_order_mark_is_decoded(tmp_path: Path, codec: str, bom: bytes) -> None:
    text = " date 2021-09-25 Michael Kovrig est rentré à Ottawa — «enfin libre».\n"
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(codec))
    source = read_source(path)
    assert source.text == text
    assert str(source.published) == "2021-09-25"


def test_utf16_without_its_mark_is_binary_and_a_broken_one_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Kovrig".encode("utf-16-le"))
    with pytest.raises(InputError, match="binary"):
        read_source(path)
    path.write_bytes(codecs.BOM_UTF16_LE + "Kovrig".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(InputError, match="not UTF-16 text .it starts with a UTF-16 byte-order"):
        read_source(path)


# ---------------------------------------------------------------- folders


def test_an_empty_folder_says_what_was_looked_for(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no article files in this folder \(looked for \.txt"):
        list(read_sources(tmp_path))


def test_a_folder_of_other_files_is_no_input(tmp_path: Path) -> None:
    (tmp_path / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    with pytest.raises(InputError, match=f"{tmp_path}: no article files"):
        list(read_sources(tmp_path))


def test_subfolders_are_read_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE + "More.", encoding="utf-8")
    (tmp_path / "c.md").write_text(ARTICLE + "Else.", encoding="utf-8")
    assert [s.name for s in read_sources(tmp_path)] == ["a.txt", "one.txt", "c.md"]


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    folder.chmod(0)
    try:
        yield folder
    finally:
        folder.chmod(stat.S_IRWXU)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="permissions do not stop root from reading (the simulated test covers this)",
)
def test_an_unreadable_folder_is_an_error(tmp_path: Path, locked: Path) -> None:
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(InputError, match=r"locked: folder cannot be read \(Permission denied\)"):
        list(read_sources(tmp_path))


def test_an_unreadable_folder_is_an_error_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(InputError, match=r"locked: folder cannot be read \(Permission denied\)"):
        list(read_sources(tmp_path))


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """A folder with a file, a link to a file outside it, and a link to a folder outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(ARTICLE + "Outside.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "own.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "link.txt").symlink_to(outside / "secret.txt")
    (corpus / "elsewhere").symlink_to(outside, target_is_directory=True)
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    return corpus


@needs_symlinks
def test_links_in_a_folder_are_reported_not_followed(linked: Path) -> None:
    with pytest.warns(SkippedInputWarning) as caught:
        sources = list(read_sources(linked))
    assert [s.name for s in sources] == ["own.txt"]
    (warning,) = caught
    message = str(warning.message)
    assert message.startswith(f"{linked}: skipped 3 entries:")
    assert "link.txt (symbolic link)" in message and "elsewhere (symbolic link)" in message
    assert "follow_symlinks=True (--follow-symlinks)" in message


@needs_symlinks
def test_links_are_followed_on_request_and_loops_end(linked: Path) -> None:
    names = sorted(str(s.name) for s in read_sources(linked, follow_symlinks=True))
    assert names == ["link.txt", "own.txt", "secret.txt"]


@needs_symlinks
def test_a_broken_link_is_reported_when_following(tmp_path: Path) -> None:
    (tmp_path / "own.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    with pytest.warns(SkippedInputWarning, match=r"gone\.txt \(broken symbolic link\)"):
        found = find_files(tmp_path, (".txt",), follow_symlinks=True)
    assert found == [tmp_path / "own.txt"]


@needs_symlinks
def test_a_link_named_on_its_own_is_read(linked: Path) -> None:
    assert read_source(linked / "link.txt").text.endswith("Outside.")


# ---------------------------------------------------------------- duplicates


def test_the_reader_counts_files_articles_and_duplicates(tmp_path: Path) -> None:
    for number in range(10):
        (tmp_path / f"{number:02}.txt").write_text(ARTICLE + f"Story {number % 2}.")
    reader = read_sources(tmp_path)
    assert len(list(reader)) == 10
    counts = reader.counts
    assert (counts.files, counts.articles, counts.distinct, counts.duplicates) == (10, 10, 2, 8)
    assert str(counts) == "10 files, 2 distinct articles (8 duplicates)"


def test_counts_of_one_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "One story."}\n{"text": "One story."}\n{"text": "Another."}\n')
    reader = read_sources(path)
    list(reader)
    assert str(reader.counts) == "1 file, 3 articles, 2 distinct (1 duplicate)"


def test_counts_without_duplicates_and_of_texts() -> None:
    reader = read_sources(["First story\nof two lines.", b"Second story."])
    list(reader)
    assert str(reader.counts) == "2 articles"
