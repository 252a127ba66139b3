"""Bytes to text: UTF-8, or UTF-16/32 when a byte-order mark says so; binary refused."""

from __future__ import annotations

import codecs

from ..errors import ArbdetError, InputError
from ._files import MAX_BYTES

__all__ = ["decode_text"]

# UTF-32's little-endian mark starts with UTF-16's, so it is looked for first.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_SNIFFED = 8192


def decode_text(data: bytes, label: str, *, error: type[ArbdetError] = InputError) -> str:
    """The text of ``data``: UTF-8, or UTF-16/32 with a byte-order mark (the mark dropped).

    Raises ``error`` naming ``label`` for input over :data:`~arbdet.io.MAX_BYTES`, binary
    data (NUL bytes) and text in another encoding.
    """
    if len(data) > MAX_BYTES:
        raise error(
            f"{label}: {len(data):,} bytes is more than the {MAX_BYTES:,} bytes arbdet reads"
        )
    codec, name = next(
        ((codec, name) for bom, codec, name in _BOMS if data.startswith(bom)), ("utf-8", "UTF-8")
    )
    if codec == "utf-8" and b"\x00" in data[:_SNIFFED]:
        raise error(f"{label}: looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode(codec)
    except UnicodeDecodeError as problem:
        bad = data[problem.start : problem.start + 1]
        marked = "" if codec == "utf-8" else f"it starts with a {name} byte-order mark, but "
        raise error(
            f"{label}: not {name} text ({marked}byte {problem.start} is {bad!r}); "
            "convert it to UTF-8 first"
        ) from None
