r"""JSON decoding that fails with an arbdet error: nesting depth bounded, lines split on ``\n``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ..errors import ArbdetError, InputError

__all__ = ["MAX_JSON_DEPTH", "decode_json", "json_lines"]

MAX_JSON_DEPTH = 100
"""The deepest nesting of arrays and objects :func:`decode_json` accepts.

arbdet's own documents nest fewer than 15 levels; a limit well below Python's recursion
limit turns a hostile document (100,000 ``[``) into an error instead of a ``RecursionError``.
"""

# A string (skipped whole, so brackets inside it do not count), an opening or a closing
# bracket. The string pattern is the unrolled-loop form: linear, no backtracking.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|(?P<open>[\[{])|(?P<close>[\]}])', re.DOTALL)


def _too_deep(text: str) -> bool:
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return False
    depth = 0
    for match in _TOKEN.finditer(text):
        if match.lastgroup == "open":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return True
        elif match.lastgroup == "close":
            depth -= 1
    return False


def decode_json(text: str | bytes, where: str, *, error: type[ArbdetError] = InputError) -> Any:
    """The value of a JSON document, or ``error`` naming ``where`` and what is wrong.

    Bytes are decoded as the JSON standard says (UTF-8, or UTF-16/32 told by their
    first bytes). Documents nested deeper than :data:`MAX_JSON_DEPTH` are refused.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode(json.detect_encoding(text))
        except UnicodeDecodeError as problem:
            raise error(
                f"{where}: not valid JSON (byte {problem.start} is not {problem.encoding} text)"
            ) from None
    if _too_deep(text):
        raise error(f"{where}: JSON nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        return json.loads(text)
    except json.JSONDecodeError as problem:
        what = problem.msg.removesuffix(" at")
        at = f"column {problem.colno}"
        if problem.lineno > 1:
            at = f"line {problem.lineno}, {at}"
        raise error(f"{where}: not valid JSON at {at} ({what})") from None
    except ValueError as problem:  # e.g. an integer of more digits than Python converts
        raise error(f"{where}: not valid JSON ({problem})") from None


def json_lines(text: str) -> Iterator[tuple[int, str]]:
    r"""The numbered non-blank lines of JSON Lines text.

    Lines end at ``\n`` only (a ``\r`` before it is dropped): U+2028, U+0085 and the other
    characters :meth:`str.splitlines` breaks at may stand inside a JSON string.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line.removesuffix("\r")
