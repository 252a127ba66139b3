"""The knowledge-base file, ``arbdet-kb/2``: JSON Lines, written and read an article at a time.

::

    {"format": "arbdet-kb/2", "articles": 2, "references": 1}
    {"article": {...}}        one line per article: its source and facts, losslessly
    {"article": {...}}
    {"reference": {...}}      one line per reference source
    {"sha256": "..."}         the checksum of the bytes of every line before it

It is written through the atomic writer, so a file is whole or absent, and read line by
line, so memory holds one article's text at a time. Reading checks what it reads: the
format and its version, each line's fields, that every piece of evidence names its own
source, lies inside its text and says exactly what the text says there, the number of
lines and the checksum. A damaged or cut-off file is refused with a
:class:`~arbdet.SerializationError` naming the line and the problem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .errors import SerializationError
from .io import decode_json
from .model import ArticleFacts
from .serialize import converter, json_text, structure
from .stored import StoredArticle, evidence_of

__all__ = ["KB_FORMAT", "kb_lines", "read_kb", "write_kb"]

KB_FORMAT = "arbdet-kb/2"
"""The format tag (and version) of a knowledge-base file."""

_KINDS = ("article", "reference")


def kb_lines(
    articles: Iterable[StoredArticle],
    references: Iterable[StoredArticle],
    counts: tuple[int, int],
) -> Iterator[str]:
    """The lines of a knowledge-base file (each ending in a newline), the checksum last.

    ``counts`` is how many articles and references there are (the header gives them).
    """
    digest = hashlib.sha256()

    def line(data: Any) -> str:
        text = json_text(data) + "\n"
        digest.update(text.encode("utf-8"))
        return text

    yield line({"format": KB_FORMAT, "articles": counts[0], "references": counts[1]})
    for kind, stored in [
        *(("article", a) for a in articles),
        *(("reference", r) for r in references),
    ]:
        yield line({kind: converter.unstructure(stored.facts(), ArticleFacts)})
    yield json_text({"sha256": digest.hexdigest()}) + "\n"


def write_kb(
    target: IO[str], articles: list[StoredArticle], references: list[StoredArticle]
) -> None:
    """Write a knowledge-base file to an open text file."""
    for text in kb_lines(articles, references, (len(articles), len(references))):
        target.write(text)


def _check_provenance(facts: ArticleFacts, where: str) -> None:
    """Every piece of evidence names this source and says what its text says there."""
    text = facts.source.text
    for evidence in evidence_of(facts):
        span = evidence.span
        if evidence.source_id != facts.source.id:
            raise SerializationError(
                f"{where}: evidence {evidence.text!r} names source {evidence.source_id!r}, "
                f"not its own ({facts.source.id!r})"
            )
        if span.end > len(text):
            raise SerializationError(
                f"{where}: evidence {evidence.text!r} at {span.start}-{span.end} runs past "
                f"the end of the text ({len(text)} characters)"
            )
        if text[span.start : span.end] != evidence.text:
            raise SerializationError(
                f"{where}: evidence {evidence.text!r} at {span.start}-{span.end} is not what "
                f"the text says there ({text[span.start : span.end]!r})"
            )


def _header(document: Any, where: str) -> tuple[int, int]:
    found = document.get("format") if isinstance(document, dict) else None
    if found != KB_FORMAT:
        raise SerializationError(
            f"{where}: not a knowledge base of this arbdet (format {found!r}; "
            f"this arbdet reads {KB_FORMAT!r})"
        )
    counts = (document.get("articles"), document.get("references"))
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts):
        raise SerializationError(f"{where}: the header must give the number of articles")
    return counts[0], counts[1]


def read_kb(lines: Iterable[bytes], where: str) -> tuple[list[StoredArticle], list[StoredArticle]]:
    """The articles and references of a knowledge-base file, checked, from its lines."""
    digest = hashlib.sha256()
    found: dict[str, list[StoredArticle]] = {kind: [] for kind in _KINDS}
    counts: tuple[int, int] | None = None
    number = 0
    for number, line in enumerate(lines, start=1):
        at = f"{where}, line {number}"
        document = decode_json(line, at, error=SerializationError)
        if counts is None:
            counts = _header(document, at)
        elif isinstance(document, dict) and document.keys() == {"sha256"}:
            if document["sha256"] != digest.hexdigest():
                raise SerializationError(
                    f"{at}: the checksum does not match: the file was changed or damaged "
                    "after it was written"
                )
            if (len(found["article"]), len(found["reference"])) != counts:
                raise SerializationError(f"{at}: the header's counts do not match the lines")
            return found["article"], found["reference"]
        elif isinstance(document, dict) and len(document) == 1 and next(iter(document)) in _KINDS:
            ((kind, data),) = document.items()
            facts: ArticleFacts = structure(data, ArticleFacts, what=f"{at}: a bad {kind}")
            _check_provenance(facts, f"{at} ({facts.source.name or facts.source.id})")
            found[kind].append(StoredArticle.of(facts))
        else:
            raise SerializationError(f"{at}: neither an article, a reference nor the checksum")
        digest.update(line if line.endswith(b"\n") else line + b"\n")
    if counts is None:
        raise SerializationError(f"{where}: empty, not a knowledge base")
    raise SerializationError(
        f"{where}: ends after line {number} without its checksum: the file is cut short"
    )
