"""A knowledge base as tables: pandas, Parquet, DuckDB and JSON Lines; and as facts.

One table per kind of record (:data:`TABLES`), each with one Arrow schema that feeds all
three tabular formats, so large fact sets can be queried with SQL. pandas, pyarrow and
duckdb come with the extra ``tabular`` (``pip install 'arbdet[tabular]'``) and are
imported only when used; :func:`rows` and :func:`to_jsonl` need nothing. Rows are written
by :data:`table_converter`, the end of arbdet's one chain of cattrs converters.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import cattrs

from . import extras
from .errors import ArbdetError
from .io import atomic_path, atomic_write, check_output
from .kb import (
    Article,
    CountReport,
    DeclarationRecord,
    DetentionRecord,
    Index,
    Indexed,
    LinkRecord,
    PersonRecord,
    StatementRecord,
    merge,
)
from .model import Evidence
from .query import Event, conflicts, results_converter, timeline
from .serialize import json_text

__all__ = [
    "TABLES",
    "parquet_tables",
    "partition_tables",
    "rows",
    "schema",
    "sql",
    "table_converter",
    "to_arrow",
    "to_duckdb",
    "to_jsonl",
    "to_pandas",
    "to_parquet",
    "write_partition",
]

TABLES = (
    "people",
    "detentions",
    "statements",
    "declarations",
    "signatories",
    "counts",
    "links",
    "timeline",
    "conflicts",
)
"""The kinds of record exported, one table each (``timeline``: every dated event)."""

Row = dict[str, Any]


def _evidence_row(evidence: Evidence) -> Row:
    return {
        "source_id": evidence.source_id,
        "start": evidence.span.start,
        "end": evidence.span.end,
        "text": evidence.text,
        "extractor": evidence.extractor,
    }


def _person_row(conv: cattrs.Converter) -> Callable[[PersonRecord], Row]:
    def unstructure(person: PersonRecord) -> Row:
        return {
            "id": person.id,
            "name": person.name,
            "spellings": list(person.spellings),
            "roles": list(person.roles),
            "sources": list(person.sources),
            "evidence": conv.unstructure(person.evidence),
        }

    return unstructure


def _detention_row(conv: cattrs.Converter) -> Callable[[DetentionRecord], Row]:
    def unstructure(record: DetentionRecord) -> Row:
        row: Row = results_converter.unstructure(record)
        length = row.pop("length_days")
        kind = record.sentence_kind.best
        return {
            "id": record.id,
            **row,
            "detainee_id": record.detainee.id,
            "sentence_kind": None if kind is None else kind.value,
            "length_days_min": None if length is None else length[0],
            "length_days_max": None if length is None else length[1],
            "disputed": sorted(row["disputed"]),
            "evidence": conv.unstructure(record.evidence),
        }

    return unstructure


def _statement_row(conv: cattrs.Converter) -> Callable[[StatementRecord], Row]:
    def unstructure(record: StatementRecord) -> Row:
        return {
            "id": record.id,
            **results_converter.unstructure(record),
            "speaker_id": None if record.speaker is None else record.speaker.id,
            "date_disputed": record.date.disputed,
            "kind": record.kind.value,
            "evidence": conv.unstructure(record.evidence),
        }

    return unstructure


def _link_row(conv: cattrs.Converter) -> Callable[[LinkRecord], Row]:
    def unstructure(record: LinkRecord) -> Row:
        return {
            "id": record.id,
            **results_converter.unstructure(record),
            "evidence": conv.unstructure(record.evidence),
        }

    return unstructure


def _declaration_row(conv: cattrs.Converter) -> Callable[[DeclarationRecord], Row]:
    def unstructure(record: DeclarationRecord) -> Row:
        return {
            "id": record.id,
            **results_converter.unstructure(record),
            "reference_sources": list(record.reference_sources),
            "evidence": conv.unstructure(record.evidence),
        }

    return unstructure


def _event_row(conv: cattrs.Converter) -> Callable[[Event], Row]:
    def unstructure(event: Event) -> Row:
        return {
            **results_converter.unstructure(event),
            "evidence": conv.unstructure(event.evidence),
        }

    return unstructure


def _count_row(conv: cattrs.Converter) -> Callable[[CountReport], Row]:
    def unstructure(count: CountReport) -> Row:
        return {
            **results_converter.unstructure(count),
            "evidence": conv.unstructure(count.evidence),
        }

    return unstructure


def _make_table_converter() -> cattrs.Converter:
    conv = results_converter.copy()
    conv.register_unstructure_hook(Evidence, _evidence_row)
    conv.register_unstructure_hook(PersonRecord, _person_row(conv))
    conv.register_unstructure_hook(DetentionRecord, _detention_row(conv))
    conv.register_unstructure_hook(StatementRecord, _statement_row(conv))
    conv.register_unstructure_hook(LinkRecord, _link_row(conv))
    conv.register_unstructure_hook(CountReport, _count_row(conv))
    conv.register_unstructure_hook(DeclarationRecord, _declaration_row(conv))
    conv.register_unstructure_hook(Event, _event_row(conv))
    return conv


table_converter = _make_table_converter()
"""Records as table rows (the columns of :func:`schema`): a copy of
:data:`arbdet.query.results_converter` that adds each record's id and evidence."""


def _signatories(index: Index) -> list[Row]:
    references = index.references
    return [
        {
            "declaration": d.title,
            "state": s.state.code,
            "date": table_converter.unstructure(s.dates.best),
            "sources": [x for x in s.sources if x not in references],
            "reference": any(x in references for x in s.sources),
            "evidence": table_converter.unstructure(s.evidence),
        }
        for d in index.declarations
        for s in d.signatories
    ]


def _counts(index: Index) -> list[Row]:
    return [
        {"declaration": d.title, **table_converter.unstructure(c)}
        for d in index.declarations
        for c in d.counts
    ]


_ROWS: dict[str, Callable[[Index], list[Row]]] = {
    "people": lambda index: table_converter.unstructure(index.people),
    "detentions": lambda index: table_converter.unstructure(index.detentions),
    "statements": lambda index: table_converter.unstructure(index.statements),
    "declarations": lambda index: table_converter.unstructure(index.declarations),
    "links": lambda index: table_converter.unstructure(index.links),
    "timeline": lambda index: table_converter.unstructure(timeline(index).items),
    "signatories": _signatories,
    "counts": _counts,
    "conflicts": lambda index: table_converter.unstructure(conflicts(index).items),
}


def _check(kind: str) -> None:
    if kind not in _ROWS:
        raise ArbdetError(f"no table {kind!r}; the tables are {', '.join(TABLES)}")


def rows(kb: Indexed, kind: str) -> list[Row]:
    """One kind of record as plain rows (the columns of :func:`schema`)."""
    _check(kind)
    return _ROWS[kind](kb.index)


def schema(kind: str) -> Any:
    """The Arrow schema (:class:`pyarrow.Schema`) of one kind of record."""
    _check(kind)
    pa = extras.pyarrow()
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
            ("sentence_kind", text),
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
            ("kind", text),
            ("sources", strings),
            ("evidence", evidence),
        ],
        "declarations": [
            ("id", text),
            ("name", text),
            ("initiator", text),
            ("launched", text),
            ("signatory_count", pa.int64()),
            ("signatory_count_qualifier", text),
            ("signatories", strings),
            ("binding", flag),
            ("sources", strings),
            ("reference_sources", strings),
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
        "timeline": [
            ("date", text),
            ("event", text),
            ("subject", text),
            ("detail", text),
            ("dates", pa.list_(pa.struct([("value", text), ("sources", strings)]))),
            ("disputed", flag),
            ("sources", strings),
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


def _arrow(kind: str, table_rows: list[Row]) -> Any:
    table_schema = schema(kind)
    names = table_schema.names
    data = [{name: row.get(name) for name in names} for row in table_rows]
    return extras.pyarrow().Table.from_pylist(data, schema=table_schema)


def to_arrow(kb: Indexed, kind: str) -> Any:
    """One kind of record as a :class:`pyarrow.Table` with its :func:`schema`."""
    return _arrow(kind, rows(kb, kind))


def to_pandas(kb: Indexed, kind: str) -> Any:
    """One kind of record as a :class:`pandas.DataFrame`."""
    extras.pandas()
    return to_arrow(kb, kind).to_pandas()


def _write_parquet(table: Any, path: Path) -> Path:
    with atomic_write(path, binary=True) as file:
        extras.pyarrow_parquet().write_table(table, file)
    return path


def to_parquet(kb: Indexed, folder: str | os.PathLike[str]) -> list[Path]:
    """Write one Parquet file per kind of record (``people.parquet``, ...) into ``folder``.

    Each file is written whole or not at all; ``folder`` is made if it is missing.
    """
    target = check_output(folder, folder=True)
    target.mkdir(exist_ok=True)
    return [_write_parquet(to_arrow(kb, kind), target / f"{kind}.parquet") for kind in TABLES]


def partition_tables(articles: Iterable[Article]) -> dict[str, Any]:
    """The tables of some articles' facts, each article merged on its own (``kind`` to table).

    The rows are those of :func:`rows` for a knowledge base of one article, so the facts
    of an archive can be written in parts, in any number of processes, and queried
    together; merging across articles is the knowledge base's job.
    """
    found: dict[str, list[Row]] = {kind: [] for kind in TABLES}
    for article in articles:
        index = merge([article])
        for kind in TABLES:
            found[kind].extend(rows(index, kind))
    return {kind: _arrow(kind, table_rows) for kind, table_rows in found.items()}


def write_partition(
    articles: Iterable[Article], folder: str | os.PathLike[str], number: int
) -> list[Path]:
    """Write some articles' facts as one Parquet file per table: ``KIND/part-NUMBER.parquet``.

    A folder of such parts is one dataset per table: ``read_parquet('folder/detentions/*')``
    in DuckDB, or ``arbdet sql``.
    """
    target = Path(folder)
    written = []
    for kind, table in partition_tables(articles).items():
        (target / kind).mkdir(parents=True, exist_ok=True)
        written.append(_write_parquet(table, target / kind / f"part-{number:05d}.parquet"))
    return written


def parquet_tables(folder: str | os.PathLike[str]) -> dict[str, str]:
    """The tables of a Parquet folder, by kind, as file patterns DuckDB reads.

    ``KIND.parquet`` as :func:`to_parquet` writes it, or ``KIND/*.parquet`` as
    :func:`write_partition` does.
    """
    root = Path(folder)
    found = {}
    for kind in TABLES:
        if (root / f"{kind}.parquet").is_file():
            found[kind] = str(root / f"{kind}.parquet")
        elif any((root / kind).glob("*.parquet")):
            found[kind] = str(root / kind / "*.parquet")
    return found


def sql(query: str, folder: str | os.PathLike[str]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run a DuckDB query over the tables of a Parquet folder, read in place.

    Each table is a view named after its kind (``detentions``, ``statements``, ...); the
    column names and the rows of the result.
    """
    duckdb = extras.duckdb()
    tables = parquet_tables(folder)
    if not tables:
        raise ArbdetError(
            f"{folder}: holds no arbdet Parquet tables; write some with 'arbdet facts ARTICLES "
            f"--format parquet -o {folder}' or 'arbdet export --format parquet -o {folder}'"
        )
    with duckdb.connect() as connection:
        for kind, pattern in tables.items():
            quoted = pattern.replace("'", "''")
            connection.execute(f"CREATE VIEW \"{kind}\" AS SELECT * FROM read_parquet('{quoted}')")
        try:
            result = connection.execute(query)
        except duckdb.Error as error:
            raise ArbdetError(f"query: {error}") from None
        columns = [column[0] for column in result.description or ()]
        return columns, result.fetchall()


def to_duckdb(kb: Indexed, path: str | os.PathLike[str]) -> Path:
    """Write a DuckDB database file with one table per kind of record (replaced if present).

    The database is made in a new file beside ``path`` and renamed over it once complete.
    """
    duckdb = extras.duckdb()
    target = check_output(path)
    with atomic_path(target) as fresh:
        connection = duckdb.connect(str(fresh))
        try:
            for kind in TABLES:
                connection.register("arbdet_export", to_arrow(kb, kind))
                connection.execute(f'CREATE TABLE "{kind}" AS SELECT * FROM arbdet_export')
                connection.unregister("arbdet_export")
        finally:
            connection.close()
    return target


def to_jsonl(kb: Indexed, path: str | os.PathLike[str]) -> int:
    """Write every record as JSON Lines, each with its ``table``; the number of lines."""
    count = 0
    with atomic_write(check_output(path)) as handle:
        for kind in TABLES:
            for row in rows(kb, kind):
                handle.write(json_text({"table": kind, **row}) + "\n")
                count += 1
    return count
