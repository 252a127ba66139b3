"""Pairing gold and predicted records of one kind, and checking a matched pair's fields."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._compare import (
    QUOTE_THRESHOLD,
    charge_same,
    code_same,
    date_same,
    fold,
    name_match,
    name_words_agree,
    party_match,
    quote_overlap,
    set_match,
)

__all__ = ["KINDS", "field_checks", "label", "pair", "speaker_right"]

KINDS = ("detentions", "statements", "declarations", "links")
"""The kinds of record a facts document holds, in the order they are scored."""

Record = Mapping[str, Any]
FieldCheck = Callable[[Any, Any], bool]


def _number_same(gold: Any, predicted: Any, *, whole: bool) -> bool:
    if predicted is None:
        return False
    try:
        if whole:
            return int(gold) == int(predicted)
        return abs(float(gold) - float(predicted)) < 1e-6
    except (TypeError, ValueError):
        return False


def affiliation_match(gold: Any, predicted: Any) -> bool:
    """Whether a predicted affiliation is the gold one, or one of the gold's alternatives."""
    options = gold if isinstance(gold, list) else [gold]
    return any(party_match(option, predicted) for option in options)


def speaker_right(gold: Record, predicted: Record) -> bool:
    """Whether a matched quote's speaker is right.

    A named gold speaker must be named alike; for an unnamed one, the prediction must name
    nobody and give the gold's affiliation (where the gold gives one).
    """
    if gold.get("speaker"):
        return name_match(gold["speaker"], predicted.get("speaker"))
    if predicted.get("speaker"):
        return False
    if gold.get("speaker_affiliation"):
        return affiliation_match(gold["speaker_affiliation"], predicted.get("speaker_affiliation"))
    return True


@functools.cache
def field_checks(lenient_dates: bool) -> Mapping[str, Mapping[str, FieldCheck]]:
    """For each kind, the fields scored on matched records and how each is compared."""

    def date(gold: Any, predicted: Any) -> bool:
        return date_same(gold, predicted, lenient=lenient_dates)

    def codes(gold: Any, predicted: Any) -> bool:
        return set_match(gold, predicted, code_same)

    def parties(gold: Any, predicted: Any) -> bool:
        return set_match(gold, predicted, party_match)

    return {
        "detentions": {
            "nationality": codes,
            "start": date,
            "end": date,
            "released": lambda g, p: bool(g == p),
            "charges": lambda g, p: set_match(g, p, charge_same),
            "sentence_years": lambda g, p: _number_same(g, p, whole=False),
        },
        "statements": {
            "speaker_affiliation": affiliation_match,
            "date": date,
        },
        "declarations": {
            "name": lambda g, p: p is not None and name_words_agree(str(g), str(p)),
            "initiator": code_same,
            "launched": date,
            "signatory_count": lambda g, p: _number_same(g, p, whole=True),
            "signatory_count_qualifier": lambda g, p: str(g).lower() == str(p or "").lower(),
            "signatories": codes,
            "binding": lambda g, p: bool(g == p),
        },
        "links": {"asserted_by": parties, "denied_by": parties},
    }


def _affinity(kind: str, gold: Record, predicted: Record) -> float:
    """How well two records pair up: 0 when they are not the same fact, higher is better."""
    if kind == "detentions":
        same = name_match(gold.get("detainee"), predicted.get("detainee")) and code_same(
            gold.get("detaining_state"), predicted.get("detaining_state")
        )
        return 1.0 if same else 0.0
    if kind == "statements":
        overlap = quote_overlap(str(gold.get("quote", "")), str(predicted.get("quote", "")))
        return overlap if overlap >= QUOTE_THRESHOLD else 0.0
    if kind == "declarations":
        return 1.0
    if fold(str(gold.get("relation"))) != fold(str(predicted.get("relation"))):
        return 0.0
    a, b = gold.get("detainee"), gold.get("linked_to")
    x, y = predicted.get("detainee"), predicted.get("linked_to")
    same = (name_match(a, x) and name_match(b, y)) or (name_match(a, y) and name_match(b, x))
    return 1.0 if same else 0.0


def pair(kind: str, gold: Sequence[Record], predicted: Sequence[Record]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs ``(gold index, predicted index)``, best affinity first.

    Ties go to the earlier gold record, then the earlier prediction.
    """
    candidates = sorted(
        (
            (-score, i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(predicted)
            if (score := _affinity(kind, g, p)) > 0
        ),
    )
    taken_gold: set[int] = set()
    taken_predicted: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in taken_gold or j in taken_predicted:
            continue
        taken_gold.add(i)
        taken_predicted.add(j)
        pairs.append((i, j))
    return pairs


def label(kind: str, record: Record) -> str:
    """A short label of a record, for a list of errors."""
    if kind == "detentions":
        return f"{record.get('detainee')!r} by {record.get('detaining_state')}"
    if kind == "statements":
        quote = str(record.get("quote", ""))
        return repr(quote if len(quote) < 70 else quote[:67] + "...")
    if kind == "links":
        return f"{record.get('detainee')!r} {record.get('relation')} {record.get('linked_to')!r}"
    return repr(record.get("name"))
