"""A knowledge base as tables: pandas, Parquet, DuckDB and JSON Lines; and as facts.

One table per kind of record (:data:`TABLES`), each with one Arrow schema that feeds all
three tabular formats, so large fact sets can be queried with SQL. pandas, pyarrow and
duckdb come with the extra ``tabular`` (``pip install 'arbdet[tabular]'``) and are
imported only when used; :func:`rows`, :func:`to_jsonl` and :func:`to_facts` need nothing.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ArbdetError
from .facts import FACTS_FORMAT
from .kb._records import CountReport, PersonRecord
from .model import Evidence, PartialDate
from .query import detention_json

if TYPE_CHECKING:
    from .kb import KnowledgeBase

__all__ = [
    "TABLES",
    "rows",
    "schema",
    "to_arrow",
    "to_duckdb",
    "to_facts",
    "to_jsonl",
    "to_pandas",
    "to_parquet",
]

TABLES = ("people", "detentions", "statements", "links", "signatories", "counts", "conflicts")
"""The kinds of record exported, one table each."""

Row = dict[str, Any]


def _date(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def _evidence(evidence: Sequence[Evidence]) -> list[Row]:
    return [
        {
            "source_id": e.source_id,
            "start": e.span.start,
            "end": e.span.end,
            "text": e.text,
            "extractor": e.extractor,
        }
        for e in evidence
    ]


def _person_id(person: PersonRecord | None) -> str | None:
    return None if person is None else person.id


def _people(kb: KnowledgeBase) -> list[Row]:
    return [
        {
            "id": p.id,
            "name": p.name,
            "spellings": list(p.spellings),
            "roles": list(p.roles),
            "sources": list(p.sources),
            "evidence": _evidence(p.evidence),
        }
        for p in kb.people
    ]


def _detentions(kb: KnowledgeBase) -> list[Row]:
    out = []
    for record in kb.detention_records:
        row = detention_json(record)
        length = row.pop("length_days")
        row.update(
            id=record.id,
            detainee_id=record.detainee.id,
            length_days_min=None if length is None else length[0],
            length_days_max=None if length is None else length[1],
            disputed=sorted(row["disputed"]),
            evidence=_evidence(record.evidence),
        )
        out.append(row)
    return out


def _statements(kb: KnowledgeBase) -> list[Row]:
    return [
        {
            "id": s.id,
            "quote": s.quote,
            "speaker": None if s.speaker is None else s.speaker.name,
            "speaker_id": _person_id(s.speaker),
            "speaker_affiliation": s.affiliation.best,
            "date": _date(s.date.best),
            "date_disputed": s.date.disputed,
            "sources": list(s.sources),
            "evidence": _evidence(s.evidence),
        }
        for s in kb.statement_records
    ]


def _links(kb: KnowledgeBase) -> list[Row]:
    return [
        {
            "id": k.id,
            "detainee": k.detainee.name,
            "linked_to": k.linked_to.name,
            "relation": k.relation.value,
            "asserted_by": [c.value for c in k.asserted_by],
            "denied_by": [c.value for c in k.denied_by],
            "sources": list(k.sources),
            "evidence": _evidence(k.evidence),
        }
        for k in kb.links
    ]


def _signatories(kb: KnowledgeBase) -> list[Row]:
    references = kb.index.references
    return [
        {
            "declaration": d.title,
            "state": s.state.code,
            "date": _date(s.dates.best),
            "sources": [x for x in s.sources if x not in references],
            "reference": any(x in references for x in s.sources),
            "evidence": _evidence(s.evidence),
        }
        for d in kb.declarations
        for s in d.signatories
    ]


def _count_row(title: str, count: CountReport) -> Row:
    return {
        "declaration": title,
        "count": count.count,
        "qualifier": count.qualifier.value,
        "as_of": _date(count.as_of),
        "reported_by": count.reported_by,
        "source": count.source,
        "reference": count.reference,
        "evidence": _evidence(count.evidence),
    }


def _counts(kb: KnowledgeBase) -> list[Row]:
    return [_count_row(d.title, c) for d in kb.declarations for c in d.counts]


def _conflicts(kb: KnowledgeBase) -> list[Row]:
    return [c.to_json() for c in kb.conflicts()]


_ROWS: dict[str, Callable[[KnowledgeBase], list[Row]]] = {
    "people": _people,
    "detentions": _detentions,
    "statements": _statements,
    "links": _links,
    "signatories": _signatories,
    "counts": _counts,
    "conflicts": _conflicts,
}


def _check(kind: str) -> None:
    if kind not in _ROWS:
        raise ArbdetError(f"no table {kind!r}; the tables are {', '.join(TABLES)}")


def rows(kb: KnowledgeBase, kind: str) -> list[Row]:
    """One kind of record as plain rows (the columns of :func:`schema`)."""
    _check(kind)
    return _ROWS[kind](kb)


def _require(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ArbdetError(
            f"this export needs {module.split('.', maxsplit=1)[0]}: pip install 'arbdet[tabular]'"
        ) from None


def schema(kind: str) -> Any:
    """The Arrow schema (:class:`pyarrow.Schema`) of one kind of record."""
    _check(kind)
    pa = _require("pyarrow")
    text, strings, flag = pa.string(), pa.list_(pa.string()), pa.bool_()
    evidence = pa.list_(
        pa.struct(
            [
                ("source_id", text),
                ("start", pa.int64()),
                ("end", pa.int64()),
                ("text", text),
                ("extractor", text),
            ]
        )
    )
    value = pa.struct([("value", text), ("sources", strings), ("reference", flag)])
    columns: dict[str, list[tuple[str, Any]]] = {
        "people": [
            ("id", text),
            ("name", text),
            ("spellings", strings),
            ("roles", strings),
            ("sources", strings),
            ("evidence", evidence),
        ],
        "detentions": [
            ("id", text),
            ("detainee", text),
            ("detainee_id", text),
            ("nationality", strings),
            ("detaining_state", text),
            ("start", text),
            ("end", text),
            ("released", flag),
            ("charges", strings),
            ("sentence_years", pa.float64()),
            ("length_days_min", pa.int64()),
            ("length_days_max", pa.int64()),
            ("disputed", strings),
            ("sources", strings),
            ("evidence", evidence),
        ],
        "statements": [
            ("id", text),
            ("quote", text),
            ("speaker", text),
            ("speaker_id", text),
            ("speaker_affiliation", text),
            ("date", text),
            ("date_disputed", flag),
            ("sources", strings),
            ("evidence", evidence),
        ],
        "links": [
            ("id", text),
            ("detainee", text),
            ("linked_to", text),
            ("relation", text),
            ("asserted_by", strings),
            ("denied_by", strings),
            ("sources", strings),
            ("evidence", evidence),
        ],
        "signatories": [
            ("declaration", text),
            ("state", text),
            ("date", text),
            ("sources", strings),
            ("reference", flag),
            ("evidence", evidence),
        ],
        "counts": [
            ("declaration", text),
            ("count", pa.int64()),
            ("qualifier", text),
            ("as_of", text),
            ("reported_by", text),
            ("source", text),
            ("reference", flag),
            ("evidence", evidence),
        ],
        "conflicts": [
            ("kind", text),
            ("subject", text),
            ("field", text),
            ("note", text),
            ("values", pa.list_(value)),
        ],
    }
    return pa.schema(columns[kind])


def to_arrow(kb: KnowledgeBase, kind: str) -> Any:
    """One kind of record as a :class:`pyarrow.Table` with its :func:`schema`."""
    table_schema = schema(kind)
    names = table_schema.names
    data = [{name: row.get(name) for name in names} for row in rows(kb, kind)]
    return _require("pyarrow").Table.from_pylist(data, schema=table_schema)


def to_pandas(kb: KnowledgeBase, kind: str) -> Any:
    """One kind of record as a :class:`pandas.DataFrame`."""
    _require("pandas")
    return to_arrow(kb, kind).to_pandas()


def to_parquet(kb: KnowledgeBase, folder: str | os.PathLike[str]) -> list[Path]:
    """Write one Parquet file per kind of record (``people.parquet``, ...) into ``folder``."""
    parquet = _require("pyarrow.parquet")
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in TABLES:
        path = target / f"{kind}.parquet"
        parquet.write_table(to_arrow(kb, kind), path)
        written.append(path)
    return written


def to_duckdb(kb: KnowledgeBase, path: str | os.PathLike[str]) -> Path:
    """Write a DuckDB database file with one table per kind of record (replaced if present)."""
    duckdb = _require("duckdb")
    target = Path(path)
    connection = duckdb.connect(str(target))
    try:
        for kind in TABLES:
            table = to_arrow(kb, kind)
            connection.register("arbdet_export", table)
            connection.execute(f'CREATE OR REPLACE TABLE "{kind}" AS SELECT * FROM arbdet_export')
            connection.unregister("arbdet_export")
    finally:
        connection.close()
    return target


def to_jsonl(kb: KnowledgeBase, path: str | os.PathLike[str]) -> int:
    """Write every record as JSON Lines, each with its ``table``; the number of lines."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for kind in TABLES:
            for row in rows(kb, kind):
                handle.write(json.dumps({"table": kind, **row}, ensure_ascii=False) + "\n")
                count += 1
    return count


def _best_count(counts: Sequence[CountReport]) -> int | None:
    if not counts:
        return None
    tally: dict[int, int] = {}
    for count in counts:
        tally[count.count] = tally.get(count.count, 0) + 1
    return max(tally, key=lambda n: (tally[n], n))


def to_facts(kb: KnowledgeBase) -> dict[str, Any]:
    """The merged knowledge base as one ``arbdet-facts/1`` document (``"article": "*"``).

    Each record holds the best-supported values, plus its ``sources``; reference sources
    are left out (they are not what articles state).
    """
    references = kb.index.references
    declarations = []
    for d in kb.declarations:
        if all(s in references for s in d.sources):
            continue
        article_counts = [c for c in d.counts if not c.reference]
        declarations.append(
            {
                "name": d.name.best,
                "initiator": None if d.initiator.best is None else d.initiator.best.code,
                "launched": _date(d.launched.best),
                "signatory_count": _best_count(article_counts),
                "signatories": [
                    s.state.code
                    for s in d.signatories
                    if any(x not in references for x in s.sources)
                ],
                "binding": d.binding.best,
                "sources": [s for s in d.sources if s not in references],
            }
        )
    statements = [
        {k: row[k] for k in ("quote", "speaker", "speaker_affiliation", "date", "sources")}
        for row in _statements(kb)
    ]
    links = [{k: v for k, v in row.items() if k not in ("id", "evidence")} for row in _links(kb)]
    return {
        "format": FACTS_FORMAT,
        "article": "*",
        "published": None,
        "detentions": [detention_json(r) for r in kb.detention_records],
        "statements": statements,
        "declarations": declarations,
        "links": links,
    }
