"""The knowledge base: many articles' facts, resolved and merged, with every source kept.

:class:`KnowledgeBase` sits on top of the layers below it: it holds the articles, asks
:mod:`arbdet.kb` to merge them into records, and hands its questions to
:mod:`arbdet.query` and its tables to :mod:`arbdet.export`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import export, query
from .build import Input, Parser, collect, parse_all
from .display import html_table, text_table
from .errors import SerializationError
from .facts import read_facts
from .io import decode_json
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
from .serialize import converter, from_dict

__all__ = ["KB_FORMAT", "KnowledgeBase"]

KB_FORMAT = "arbdet-kb/1"
"""The format tag of a saved knowledge base."""


class KnowledgeBase:
    """Facts from many articles, resolved and merged, every value kept with its sources.

    People, detentions, quotations, links and declarations are resolved across articles.
    Articles are kept by source id: adding the same article twice changes nothing, and
    everything derived from them (:attr:`people`, :meth:`detentions`, :meth:`conflicts`,
    ...) depends only on the set of articles, not on the order they came in. Reference
    sources (curated tables, :mod:`arbdet.reference`) are kept apart from articles.

    >>> kb = KnowledgeBase()
    >>> len(kb), kb.people
    (0, ())
    """

    def __init__(
        self, articles: Iterable[ArticleFacts] = (), *, references: Iterable[ArticleFacts] = ()
    ) -> None:
        self._articles: dict[str, ArticleFacts] = {}
        self._references: dict[str, ArticleFacts] = {}
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
        worker processes when more than one. A progress bar shows on long runs unless
        ``progress`` is ``False``. ``references`` adds the reference sources shipped with
        arbdet. Symbolic links inside folders are read only with ``follow_symlinks``.
        """
        kb = cls(references=shipped_references() if references else ())
        facts, sources = collect(items, follow_symlinks=follow_symlinks)
        for found in facts:
            kb.add(found)
        for found in parse_all(sources, jobs=jobs, parse=parse, progress=progress):
            kb.add(found)
        return kb

    @classmethod
    def from_facts(cls, path: str | os.PathLike[str], *, references: bool = True) -> KnowledgeBase:
        """A knowledge base from a facts file or a folder of them (``arbdet-facts/1``)."""
        return cls(read_facts(Path(path)), references=shipped_references() if references else ())

    def add(self, item: Source | ArticleFacts, *, parse: Parser | None = None) -> bool:
        """Add one article (parsed first if it is a :class:`Source`); whether anything changed.

        An article whose source is already here is not added again.
        """
        if isinstance(item, Source):
            if item.id in self._articles:
                return False
            item = next(parse_all([item], parse=parse, progress=False))
        if item.source.id in self._articles:
            return False
        self._articles[item.source.id] = item
        self._changed()
        return True

    def add_reference(self, facts: ArticleFacts) -> bool:
        """Add a reference source (a curated table); whether anything changed."""
        if facts.source.id in self._references:
            return False
        self._references[facts.source.id] = facts
        self._changed()
        return True

    def merge(self, *others: KnowledgeBase) -> KnowledgeBase:
        """A new knowledge base with the articles and references of this one and ``others``.

        Where two hold different facts for one source, the same one is kept whatever the
        order of merging (the first in a canonical order).
        """
        merged = KnowledgeBase()
        for kb in (self, *others):
            for facts in kb._articles.values():
                merged._keep(facts, reference=False)
            for facts in kb._references.values():
                merged._keep(facts, reference=True)
        return merged

    def _keep(self, facts: ArticleFacts, *, reference: bool) -> None:
        table = self._references if reference else self._articles
        present = table.get(facts.source.id)
        if present is None or (present != facts and _canonical(facts) < _canonical(present)):
            table[facts.source.id] = facts

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

    def _changed(self) -> None:
        self._index = None
        self._labels = None

    # ------------------------------------------------------------ contents

    @property
    def index(self) -> Index:
        """Everything derived from the articles (computed when first needed after a change)."""
        if self._index is None:
            self._index = merge(list(self._articles.values()), list(self._references.values()))
        return self._index

    @property
    def labels(self) -> dict[str, str]:
        """Each source's label (its file name where unique, else name#id), by source id."""
        if self._labels is None:
            self._labels = source_labels([*self._articles.values(), *self._references.values()])
        return self._labels

    def label(self, source_id: str) -> str:
        """The label of a source, by its id."""
        return self.labels[source_id]

    @property
    def articles(self) -> tuple[ArticleFacts, ...]:
        """Every article's facts, by label."""
        labels = self.labels
        return tuple(sorted(self._articles.values(), key=lambda f: labels[f.source.id]))

    @property
    def references(self) -> tuple[ArticleFacts, ...]:
        """Every reference source's facts, by label."""
        labels = self.labels
        return tuple(sorted(self._references.values(), key=lambda f: labels[f.source.id]))

    def source(self, key: str) -> Source:
        """A source by id or label; :class:`KeyError` if there is none."""
        facts = self._articles.get(key) or self._references.get(key)
        if facts is None:
            by_label = {label: i for i, label in self.labels.items()}
            if key in by_label:
                return self.source(by_label[key])
            raise KeyError(key)
        return facts.source

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
        if isinstance(item, ArticleFacts):
            item = item.source
        if isinstance(item, Source):
            item = item.id
        return item in self._articles or item in self._references

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeBase):
            return NotImplemented
        return self._articles == other._articles and self._references == other._references

    __hash__ = None  # type: ignore[assignment]

    # ------------------------------------------------------------ queries

    def timeline(self, subject: Subject | str) -> Timeline:
        """The dated events of a subject (:func:`arbdet.query.timeline`)."""
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

    # ------------------------------------------------------------ JSON

    def to_dict(self) -> dict[str, Any]:
        """The knowledge base as plain JSON-ready data (its articles and references)."""
        return {
            "format": KB_FORMAT,
            "articles": converter.unstructure(list(self.articles), list[ArticleFacts]),
            "references": converter.unstructure(list(self.references), list[ArticleFacts]),
        }

    @classmethod
    def from_dict(cls, data: Any) -> KnowledgeBase:
        """A knowledge base from :meth:`to_dict` data (else :class:`~arbdet.SerializationError`)."""
        if not isinstance(data, dict) or data.get("format") != KB_FORMAT:
            found = data.get("format") if isinstance(data, dict) else type(data).__name__
            raise SerializationError(f"not an {KB_FORMAT} document (format {found!r})")
        articles = from_dict(data.get("articles", []), list[ArticleFacts])
        references = from_dict(data.get("references", []), list[ArticleFacts])
        return cls(articles, references=references)

    def dumps(self, *, indent: int | None = None) -> str:
        """The knowledge base as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def loads(cls, text: str | bytes) -> KnowledgeBase:
        """A knowledge base from :meth:`dumps` text."""
        return cls.from_dict(decode_json(text, "knowledge base", error=SerializationError))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the knowledge base to a JSON file."""
        Path(path).write_text(self.dumps(), encoding="utf-8")

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> KnowledgeBase:
        """Read a knowledge base written by :meth:`save`."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise SerializationError(f"{path}: cannot be read ({error})") from None
        try:
            return cls.loads(text)
        except SerializationError as error:
            raise SerializationError(f"{path}: {error}") from None

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


def _canonical(facts: ArticleFacts) -> str:
    return json.dumps(converter.unstructure(facts), sort_keys=True, ensure_ascii=False)
