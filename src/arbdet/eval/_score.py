"""Scoring predicted facts documents against gold ones: counts, fields and every mismatch."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..errors import SerializationError
from ._documents import Document, Documents, read_documents
from ._match import KINDS, Record, field_checks, label, pair, speaker_right

__all__ = ["FieldScore", "KindScore", "Mismatch", "Score", "score", "verdicts"]


@attrs.frozen
class FieldScore:
    """How often one field was right on matched records (where the gold gives it)."""

    right: int
    total: int

    @property
    def accuracy(self) -> float | None:
        """The share right, or ``None`` where the field was never scored."""
        return self.right / self.total if self.total else None


@attrs.frozen
class Mismatch:
    """One error: a gold record missed, a predicted one not in the gold, or a wrong field.

    ``problem`` is ``missed``, ``spurious``, ``speaker`` or ``field``; ``field`` names the
    field of a wrong-field mismatch.
    """

    article: str
    kind: str
    problem: str
    message: str
    field: str | None = None

    def __str__(self) -> str:
        return f"{self.article}: {self.message}"


@attrs.frozen
class KindScore:
    """Record-level counts of one kind, and the accuracy of each field on matched records.

    ``found`` counts matched records (for statements, only those with the right speaker);
    ``speaker`` is, for statements, how often a matched quote's speaker was right.
    """

    kind: str
    gold: int
    predicted: int
    found: int
    fields: Mapping[str, FieldScore]
    speaker: FieldScore | None = None

    @property
    def precision(self) -> float:
        """Found records over predicted ones (1 when nothing was predicted nor expected)."""
        if self.predicted:
            return self.found / self.predicted
        return 0.0 if self.gold else 1.0

    @property
    def recall(self) -> float:
        """Found records over gold ones (1 when nothing was expected nor predicted)."""
        if self.gold:
            return self.found / self.gold
        return 0.0 if self.predicted else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        """The counts, rounded rates and field tallies as JSON-ready data."""
        data: dict[str, Any] = {
            "gold": self.gold,
            "pred": self.predicted,
            "tp": self.found,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "fields": {
                name: {"right": cell.right, "total": cell.total}
                for name, cell in sorted(self.fields.items())
            },
        }
        if self.speaker is not None:
            accuracy = self.speaker.accuracy
            data["speaker_accuracy_on_matched_quotes"] = (
                None if accuracy is None else round(accuracy, 4)
            )
        return data


@attrs.frozen
class Score:
    """The score of predicted facts against gold facts (the ``arbdet-facts/1`` rules).

    ``articles`` is the number of gold articles, ``articles_predicted`` how many of them
    have a prediction; ``by_article`` holds each gold article's own score.
    """

    kinds: Mapping[str, KindScore]
    mismatches: tuple[Mismatch, ...]
    articles: int
    articles_predicted: int
    by_article: Mapping[str, Score] = attrs.field(factory=dict, repr=False)

    @property
    def overall_f1(self) -> float:
        """The record-level F1s, weighted by how many gold records of each kind there are."""
        gold = sum(k.gold for k in self.kinds.values())
        if not gold:
            return 0.0
        return sum(k.f1 * k.gold for k in self.kinds.values()) / gold

    @property
    def field_accuracy(self) -> float | None:
        """The share of the gold's non-null fields right on matched records."""
        cells = [f for k in self.kinds.values() for f in k.fields.values()]
        total = sum(f.total for f in cells)
        return sum(f.right for f in cells) / total if total else None

    def to_json(self, *, by_article: bool = False) -> dict[str, Any]:
        """The summary as JSON-ready data (with each article's overall F1 if ``by_article``)."""
        accuracy = self.field_accuracy
        data: dict[str, Any] = {
            "kinds": {kind: k.to_json() for kind, k in self.kinds.items()},
            "overall_f1": round(self.overall_f1, 4),
            "field_accuracy": None if accuracy is None else round(accuracy, 4),
            "articles": self.articles,
            "articles_predicted": self.articles_predicted,
        }
        if by_article:
            data["by_article"] = {
                name: round(s.overall_f1, 4) for name, s in self.by_article.items()
            }
        return data


@attrs.define
class _Tally:
    """Running counts of one kind while documents are scored."""

    gold: int = 0
    predicted: int = 0
    found: int = 0
    fields: dict[str, list[int]] = attrs.Factory(dict)
    speaker: list[int] = attrs.Factory(lambda: [0, 0])

    def record_field(self, field: str, right: bool) -> None:
        cell = self.fields.setdefault(field, [0, 0])
        cell[0] += right
        cell[1] += 1

    def freeze(self, kind: str) -> KindScore:
        return KindScore(
            kind=kind,
            gold=self.gold,
            predicted=self.predicted,
            found=self.found,
            fields={name: FieldScore(r, t) for name, (r, t) in self.fields.items()},
            speaker=FieldScore(*self.speaker) if kind == "statements" else None,
        )


def _records(article: str, document: Document, kind: str) -> list[Record]:
    records = document.get(kind)
    if records is None:
        return []
    if not isinstance(records, list) or not all(isinstance(r, Mapping) for r in records):
        raise SerializationError(f"{article}: '{kind}' must be a list of objects")
    return records


def _pairing(
    kind: str, gold: list[Record], predicted: list[Record]
) -> tuple[list[Record], list[int], list[tuple[int, int]]]:
    """The required gold records, the predictions left to score, and how they pair up.

    An optional gold record (implied, not quite stated) is neither required nor held
    against a prediction that finds it: such predictions are left out. Pairs index the
    required records and the kept predictions.
    """
    optional = [g for g in gold if g.get("optional")]
    required = [g for g in gold if not g.get("optional")]
    taken = {j for _, j in pair(kind, optional, predicted)} if optional else set()
    kept = [j for j in range(len(predicted)) if j not in taken]
    return required, kept, pair(kind, required, [predicted[j] for j in kept])


def verdicts(gold: Document, predicted: Document, kind: str) -> list[bool | None]:
    """What the scorer makes of each predicted record of one kind in one article.

    ``True``: it counts as found (a quote with its speaker right); ``False``: it counts
    against precision; ``None``: it found an optional gold record and is not counted.

    >>> gold = {"article": "a", "detentions": [{"detainee": "Paul Whelan",
    ...         "detaining_state": "RU"}]}
    >>> found = {"article": "a", "detentions": [{"detainee": "Whelan",
    ...          "detaining_state": "RU"}, {"detainee": "Whelan", "detaining_state": "US"}]}
    >>> verdicts(gold, found, "detentions")
    [True, False]
    """
    article = str(gold.get("article"))
    gold_records = _records(article, gold, kind)
    predicted_records = _records(article, predicted, kind)
    required, kept, pairs = _pairing(kind, gold_records, predicted_records)
    result: list[bool | None] = [None] * len(predicted_records)
    for j in kept:
        result[j] = False
    for i, j in pairs:
        g, p = required[i], predicted_records[kept[j]]
        result[kept[j]] = kind != "statements" or speaker_right(g, p)
    return result


def _score_kind(
    article: str,
    kind: str,
    gold_records: list[Record],
    predicted: list[Record],
    *,
    tally: _Tally,
    mismatches: list[Mismatch],
    lenient_dates: bool,
) -> None:
    required, kept, pairs = _pairing(kind, gold_records, predicted)
    predicted = [predicted[j] for j in kept]
    tally.gold += len(required)
    tally.predicted += len(predicted)
    one = kind[:-1]
    for i, j in pairs:
        g, p = required[i], predicted[j]
        if kind == "statements":
            right = speaker_right(g, p)
            tally.speaker[0] += right
            tally.speaker[1] += 1
            tally.found += right
            if not right:
                message = (
                    f"speaker {p.get('speaker')!r} for {g.get('quote')!r}, "
                    f"gold {g.get('speaker')!r}/{g.get('speaker_affiliation')!r}"
                )
                mismatches.append(Mismatch(article, kind, "speaker", message, "speaker"))
        else:
            tally.found += 1
        for field, check in field_checks(lenient_dates)[kind].items():
            expected = g.get(field)
            if expected is None:
                continue
            right = bool(check(expected, p.get(field)))
            tally.record_field(field, right)
            if not right:
                message = f"{one} {label(kind, g)}: {field} = {p.get(field)!r}, gold {expected!r}"
                mismatches.append(Mismatch(article, kind, "field", message, field))
    matched_gold = {i for i, _ in pairs}
    matched_predicted = {j for _, j in pairs}
    for i, g in enumerate(required):
        if i not in matched_gold:
            mismatches.append(Mismatch(article, kind, "missed", f"missed {one} {label(kind, g)}"))
    for j, p in enumerate(predicted):
        if j not in matched_predicted:
            message = f"spurious {one} {label(kind, p)}"
            mismatches.append(Mismatch(article, kind, "spurious", message))


def _score_articles(
    gold: Mapping[str, Document],
    predicted: Mapping[str, Document],
    lenient_dates: bool,
) -> tuple[dict[str, KindScore], list[Mismatch]]:
    tallies = {kind: _Tally() for kind in KINDS}
    mismatches: dict[str, list[Mismatch]] = {kind: [] for kind in KINDS}
    for article in sorted(gold):
        prediction = predicted.get(article, {})
        for kind in KINDS:
            _score_kind(
                article,
                kind,
                _records(article, gold[article], kind),
                _records(article, prediction, kind),
                tally=tallies[kind],
                mismatches=mismatches[kind],
                lenient_dates=lenient_dates,
            )
    kinds = {kind: t.freeze(kind) for kind, t in tallies.items()}
    return kinds, [m for kind in KINDS for m in mismatches[kind]]


def score(gold: Documents, predicted: Documents, *, lenient_dates: bool = False) -> Score:
    """Score ``predicted`` facts documents against ``gold`` ones, article by article.

    Each is a folder or file of documents, one document, or several (see
    :func:`read_documents`); documents pair up by article, and a gold article with no
    prediction counts as an empty prediction. Dates must agree at the gold's precision;
    ``lenient_dates`` also accepts a finer date within it.

    >>> gold = {"article": "a.txt", "detentions": [{"detainee": "Michael Kovrig",
    ...         "detaining_state": "CN", "start": "2018-12"}]}
    >>> found = {"article": "a.txt", "detentions": [{"detainee": "Kovrig",
    ...          "detaining_state": "CN", "start": "2018-12-10"}]}
    >>> result = score(gold, found)
    >>> result.overall_f1, result.field_accuracy
    (1.0, 0.0)
    >>> score(gold, found, lenient_dates=True).field_accuracy
    1.0
    """
    gold_documents = read_documents(gold)
    predicted_documents = read_documents(predicted)
    kinds, mismatches = _score_articles(gold_documents, predicted_documents, lenient_dates)
    by_article = {}
    for article in sorted(gold_documents):
        own = {article: gold_documents[article]}
        article_kinds, article_mismatches = _score_articles(own, predicted_documents, lenient_dates)
        by_article[article] = Score(
            article_kinds,
            tuple(article_mismatches),
            articles=1,
            articles_predicted=int(article in predicted_documents),
        )
    return Score(
        kinds,
        tuple(mismatches),
        articles=len(gold_documents),
        articles_predicted=sum(1 for a in gold_documents if a in predicted_documents),
        by_article=by_article,
    )
