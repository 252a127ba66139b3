"""The knowledge base: many articles' facts, resolved and merged, with every source kept.

:class:`KnowledgeBase` sits on top of the layers below it: it holds the articles, asks
:mod:`arbdet.kb` to merge them into records, and hands its questions to
:mod:`arbdet.query` and its tables to :mod:`arbdet.export`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from . import export, query
from .build import Input, Parser, stored_articles
from .display import html_table, text_table
from .errors import SerializationError
from .extract.pipeline import parse as pipeline_parse
from .facts import read_facts
from .io import atomic_write
from .kb import (
    DeclarationRecord,
    DetentionRecord,
    Index,
    LinkRecord,
    PersonRecord,
    StatementRecord,
    merge,
    record_converter,
    source_labels,
)
from .kb_file import KB_FORMAT, kb_lines, read_kb
from .model import ArticleFacts, DetentionStatus, Source, State
from .query import (
    Conflicts,
    DateLike,
    Detentions,
    Linked,
    Signatories,
    Statements,
    Subject,
    Timeline,
)
from .reference import references as shipped_references
from .serialize import converter
from .stored import StoredArticle, StoredSource

__all__ = ["KB_FORMAT", "KnowledgeBase"]

Addable = ArticleFacts | StoredArticle | Source
"""What :meth:`KnowledgeBase.add` takes: an article's facts, or a source to parse."""


class KnowledgeBase:
    """Facts from many articles, resolved and merged, every value kept with its sources.

    People, detentions, quotations, links and declarations are resolved across articles.
    Articles are kept by source id: adding the same article twice changes nothing, and
    everything derived from them (:attr:`people`, :meth:`detentions`, :meth:`conflicts`,
    ...) depends only on the set of articles, not on the order they came in or how they
    were split and merged. Reference sources (curated tables, :mod:`arbdet.reference`)
    are kept apart from articles. Each article is kept as its facts (the evidence keeps its
    own words) and its text packed (:mod:`arbdet.stored`).

    >>> kb = KnowledgeBase()
    >>> len(kb), kb.people
    (0, ())
    """

    def __init__(
        self,
        articles: Iterable[ArticleFacts | StoredArticle] = (),
        *,
        references: Iterable[ArticleFacts | StoredArticle] = (),
    ) -> None:
        self._articles: dict[str, StoredArticle] = {}
        self._references: dict[str, StoredArticle] = {}
        self._index: Index | None = None
        self._labels: dict[str, str] | None = None
        for facts in articles:
            self.add(facts)
        for facts in references:
            self.add_reference(facts)

    # ------------------------------------------------------------ building

    @classmethod
    def build(
        cls,
        items: Iterable[Input] | Input,
        *,
        jobs: int | None = None,
        parse: Parser | None = None,
        references: bool = True,
        progress: bool | None = None,
        follow_symlinks: bool = False,
    ) -> KnowledgeBase:
        """A knowledge base from files, folders, sources or facts.

        Facts files (``.json``, and ``.jsonl`` whose records are ``arbdet-facts/1``) are read
        as they are; articles (``.txt``, ``.html``, article ``.jsonl``, :class:`Source`) are
        parsed with ``parse`` (by default :func:`arbdet.extract.pipeline.parse`), in ``jobs``
        worker processes when more than one, streaming (:mod:`arbdet.build`): the result is
        the same whatever ``jobs`` is. A progress bar counts articles per second on long
        runs (``progress=True`` always, ``False`` never). ``references`` adds the reference
        sources shipped with arbdet. Symbolic links inside folders are read only with
        ``follow_symlinks``.
        """
        kb = cls(references=shipped_references() if references else ())
        found = stored_articles(
            items, jobs=jobs, parse=parse, progress=progress, follow_symlinks=follow_symlinks
        )
        for stored in found:
            kb.add(stored)
        return kb

    @classmethod
    def from_facts(cls, path: str | os.PathLike[str], *, references: bool = True) -> KnowledgeBase:
        """A knowledge base from a facts file or a folder of them (``arbdet-facts/1``)."""
        return cls(read_facts(Path(path)), references=shipped_references() if references else ())

    def add(self, item: Addable, *, parse: Parser | None = None) -> bool:
        """Add one article (parsed first if it is a :class:`Source`); whether anything changed.

        An article whose source is already here is not added again.
        """
        if isinstance(item, Source):
            if item.id in self._articles:
                return False
            item = (parse or pipeline_parse)(item)
        return self._keep(item, reference=False)

    def add_reference(self, facts: ArticleFacts | StoredArticle) -> bool:
        """Add a reference source (a curated table); whether anything changed."""
        return self._keep(facts, reference=True)

    def _keep(self, facts: ArticleFacts | StoredArticle, *, reference: bool) -> bool:
        """Keep an article; where one with its source is here, keep the canonical one."""
        table = self._references if reference else self._articles
        stored = facts if isinstance(facts, StoredArticle) else StoredArticle.of(facts)
        present = table.get(stored.source.id)
        if present is not None and (present == stored or _canonical(present) <= _canonical(stored)):
            return False
        table[stored.source.id] = stored
        self._index = None
        self._labels = None
        return True

    def update(self, *others: KnowledgeBase) -> None:
        """Merge the articles and references of ``others`` into this knowledge base."""
        for kb in others:
            for stored in kb._articles.values():
                self._keep(stored, reference=False)
            for stored in kb._references.values():
                self._keep(stored, reference=True)

    def merge(self, *others: KnowledgeBase) -> KnowledgeBase:
        """A new knowledge base with the articles and references of this one and ``others``.

        Merging is associative and commutative: where two hold different facts for one
        source, the same one is kept whatever the order (the first in a canonical order).
        """
        merged = KnowledgeBase()
        merged.update(self, *others)
        return merged

    def filter(self, *, min_confidence: float) -> KnowledgeBase:
        """A knowledge base of the articles' facts whose confidence is at least ``min_confidence``.

        Facts of unmeasured confidence are left out (see :meth:`ArticleFacts.filter`);
        reference sources are kept whole.
        """
        return KnowledgeBase(
            (facts.filter(min_confidence=min_confidence) for facts in self._articles.values()),
            references=self._references.values(),
        )

    def __or__(self, other: KnowledgeBase) -> KnowledgeBase:
        return self.merge(other)

    def __ior__(self, other: KnowledgeBase) -> KnowledgeBase:
        self.update(other)
        return self

    def __getstate__(self) -> dict[str, Any]:
        # what is derived is computed again where it is needed, not sent along
        return {**self.__dict__, "_index": None, "_labels": None}

    # ------------------------------------------------------------ contents

    @property
    def index(self) -> Index:
        """Everything derived from the articles (computed when first needed after a change)."""
        if self._index is None:
            self._index = merge(list(self._articles.values()), list(self._references.values()))
        return self._index

    @property
    def labels(self) -> Mapping[str, str]:
        """Each source's label (its file name where unique, else name#id), by source id."""
        if self._labels is None:
            self._labels = source_labels([*self._articles.values(), *self._references.values()])
        return self._labels

    def label(self, source_id: str) -> str:
        """The label of a source, by its id."""
        return self.labels[source_id]

    def _by_label(self, table: dict[str, StoredArticle]) -> list[StoredArticle]:
        labels = self.labels
        return sorted(table.values(), key=lambda stored: labels[stored.source.id])

    @property
    def articles(self) -> tuple[ArticleFacts, ...]:
        """Every article's facts, by label (each text unpacked: see :meth:`stored`)."""
        return tuple(stored.facts() for stored in self._by_label(self._articles))

    @property
    def references(self) -> tuple[ArticleFacts, ...]:
        """Every reference source's facts, by label."""
        return tuple(stored.facts() for stored in self._by_label(self._references))

    def stored(self) -> Iterator[StoredArticle]:
        """Every article as it is kept (texts packed), by label."""
        yield from self._by_label(self._articles)

    def source(self, key: str) -> Source:
        """A source by id or label; :class:`KeyError` if there is none."""
        stored = self._articles.get(key) or self._references.get(key)
        if stored is None:
            by_label = {label: i for i, label in self.labels.items()}
            if key in by_label:
                return self.source(by_label[key])
            raise KeyError(key)
        return stored.source.source()

    def is_reference(self, label: str) -> bool:
        """Whether the source with this label is a reference source."""
        return label in self.index.references

    @property
    def people(self) -> tuple[PersonRecord, ...]:
        """Every person, resolved across articles."""
        return self.index.people

    def person(self, name: str) -> PersonRecord:
        """The person a name refers to; :class:`~arbdet.UnknownNameError` if none (or many)."""
        return query.find_person(self, name)

    @property
    def detention_records(self) -> tuple[DetentionRecord, ...]:
        """Every merged detention (unfiltered; :meth:`detentions` filters)."""
        return self.index.detentions

    @property
    def statement_records(self) -> tuple[StatementRecord, ...]:
        """Every merged quotation (unfiltered; :meth:`statements` filters)."""
        return self.index.statements

    @property
    def links(self) -> tuple[LinkRecord, ...]:
        """Every merged link between detentions."""
        return self.index.links

    @property
    def declarations(self) -> tuple[DeclarationRecord, ...]:
        """Every declaration, reference tables included."""
        return self.index.declarations

    def __len__(self) -> int:
        return len(self._articles)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, (ArticleFacts, StoredArticle)):
            item = item.source
        if isinstance(item, (Source, StoredSource)):
            item = item.id
        return item in self._articles or item in self._references

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeBase):
            return NotImplemented
        return self._articles == other._articles and self._references == other._references

    __hash__ = None  # type: ignore[assignment]

    # ------------------------------------------------------------ queries

    def timeline(self, subject: Subject | str | None = None) -> Timeline:
        """The dated events of a subject, or of everything (:func:`arbdet.query.timeline`)."""
        return query.timeline(self, subject)

    def linked(self, subject: Subject | str) -> Linked:
        """The cases linked to a person or detention (:func:`arbdet.query.linked`)."""
        return query.linked(self, subject)

    def statements(
        self,
        *,
        speaker: Subject | str | None = None,
        about: Subject | str | None = None,
        between: tuple[DateLike | None, DateLike | None] | None = None,
    ) -> Statements:
        """Quotations, filtered (:func:`arbdet.query.statements`)."""
        return query.statements(self, speaker=speaker, about=about, between=between)

    def detentions(
        self,
        *,
        detaining_state: State | str | None = None,
        nationality: State | str | None = None,
        held_on: DateLike | None = None,
        status: DetentionStatus | str | None = None,
    ) -> Detentions:
        """Merged detentions, filtered (:func:`arbdet.query.detentions`)."""
        return query.detentions(
            self,
            detaining_state=detaining_state,
            nationality=nationality,
            held_on=held_on,
            status=status,
        )

    def signatories(
        self, declaration: str | DeclarationRecord | None = None, *, as_of: DateLike | None = None
    ) -> Signatories:
        """A declaration's signatories and reported counts (:func:`arbdet.query.signatories`)."""
        return query.signatories(self, declaration, as_of=as_of)

    def conflicts(self) -> Conflicts:
        """Every place where sources contradict each other (:func:`arbdet.query.conflicts`)."""
        return query.conflicts(self)

    # ------------------------------------------------------------ export

    def to_pandas(self, kind: str) -> Any:
        """One kind of record as a :class:`pandas.DataFrame` (:func:`arbdet.export.to_pandas`)."""
        return export.to_pandas(self, kind)

    def to_facts(self) -> dict[str, Any]:
        """The ``arbdet-facts/1`` document of the knowledge base (``"article": "*"``).

        Each record holds the best-supported values, plus its ``sources``; reference
        sources are left out (they are not what articles state).
        """
        document: dict[str, Any] = record_converter.unstructure(self.index)
        return document

    # ------------------------------------------------------------ files

    def _lines(self) -> Iterator[str]:
        articles, references = self._by_label(self._articles), self._by_label(self._references)
        return kb_lines(articles, references, (len(articles), len(references)))

    def dumps(self) -> str:
        """The knowledge base as the text of its file (see :meth:`save`)."""
        return "".join(self._lines())

    @classmethod
    def loads(cls, text: str | bytes, *, where: str = "knowledge base") -> KnowledgeBase:
        """A knowledge base from :meth:`dumps` text, checked as :meth:`load` checks a file."""
        data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        articles, references = read_kb(data.splitlines(keepends=True), where)
        return cls(articles, references=references)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the knowledge base to a file (``arbdet-kb/2``), whole or not at all.

        The file is JSON Lines, one article a line and a checksum last
        (:mod:`arbdet.kb_file`); it is written to a temporary file beside ``path`` and
        renamed over it once complete, so an existing file stays whole until then.
        """
        with atomic_write(path) as file:
            file.writelines(self._lines())

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> KnowledgeBase:
        """Read a knowledge base written by :meth:`save`, an article at a time, checking it.

        The format and version, every line, every piece of evidence against its source's
        text and the checksum are checked; a file that fails is a
        :class:`~arbdet.SerializationError` naming the line and what is wrong.
        """
        if not Path(path).is_file():
            raise SerializationError(
                f"{path}: cannot be read (no such file, or not a regular file)"
            )
        try:
            with Path(path).open("rb") as file:
                articles, references = read_kb(file, str(path))
        except OSError as error:
            raise SerializationError(f"{path}: cannot be read ({error.strerror})") from None
        return cls(articles, references=references)

    # ------------------------------------------------------------ display

    def _summary(self) -> list[tuple[str, object]]:
        index = self.index
        return [
            ("articles", len(self._articles)),
            ("reference sources", len(self._references)),
            ("people", len(index.people)),
            ("detentions", len(index.detentions)),
            ("quotations", len(index.statements)),
            ("links", len(index.links)),
            ("declarations", len(index.declarations)),
        ]

    def __repr__(self) -> str:
        parts = ", ".join(f"{n} {k}" for k, n in self._summary())
        return f"<KnowledgeBase: {parts}>"

    def _repr_html_(self) -> str:
        return html_table("Knowledge base", ["", "count"], self._summary())

    def describe(self) -> str:
        """A plain-text summary: what the knowledge base holds."""
        return text_table("Knowledge base", ["", "count"], self._summary())


def _canonical(stored: StoredArticle) -> str:
    """A text to order two readings of one source by, whatever order they came in."""
    return json.dumps(converter.unstructure(stored.facts()), sort_keys=True)
