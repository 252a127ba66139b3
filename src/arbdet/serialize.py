"""Lossless JSON for every model type, through one cattrs converter.

``to_dict``/``from_dict`` give plain data; ``dumps``/``loads`` and the JSON Lines helpers
wrap each object in an envelope with the format version and the type's name::

    {"format": "arbdet/1", "type": "Detention", "data": {...}}

Partial dates are ISO strings ("2018-12"), states their codes ("CA"), enums their values;
people and organisations carry a ``"type"`` tag so a party can be told apart.
"""

from __future__ import annotations

import json
import re
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, TypeVar

import attrs
import cattrs
from cattrs.preconf.json import make_converter

from . import model
from .errors import ArbdetError, SerializationError
from .io import atomic_write, decode_json
from .model import DateRange, Organization, PartialDate, Person, State

__all__ = [
    "FORMAT",
    "MODEL_TYPES",
    "converter",
    "dumps",
    "from_dict",
    "json_text",
    "loads",
    "read_jsonl",
    "structure",
    "to_dict",
    "write_jsonl",
]

FORMAT = "arbdet/1"
"""The format tag of documents :func:`dumps` writes and :func:`loads` accepts."""

T = TypeVar("T")

MODEL_TYPES: dict[str, type[Any]] = {
    name: getattr(model, name) for name in model.__all__ if attrs.has(getattr(model, name))
}
"""Every type that can be serialised (the model's attrs classes), by name."""

_TAGS: dict[type[Any], str] = {Person: "person", Organization: "organization"}
_TAGGED = {tag: cls for cls, tag in _TAGS.items()}


def _is_party_union(tp: Any) -> bool:
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return False
    members = set(typing.get_args(tp)) - {type(None)}
    return len(members) > 1 and members <= {Person, Organization, State}


def _tagged_party(cls: type[Any], conv: cattrs.Converter) -> Any:
    """A person's or organisation's fields behind a ``"type"`` tag (made per converter)."""
    plain = cattrs.gen.make_dict_unstructure_fn(cls, conv)
    tag = _TAGS[cls]

    def unstructure(value: Any) -> dict[str, Any]:
        return {"type": tag, **plain(value)}

    return unstructure


def _party_unstructurer(_: Any, conv: cattrs.Converter) -> Any:
    def unstructure(value: Any) -> Any:
        return conv.unstructure(value, unstructure_as=type(value))

    return unstructure


def _party_structurer(tp: Any, conv: cattrs.Converter) -> Any:
    optional = type(None) in typing.get_args(tp)

    def structure(value: Any, _: Any) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, str):
            return conv.structure(value, State)
        if isinstance(value, dict) and value.get("type") in _TAGGED:
            return conv.structure(value, _TAGGED[value["type"]])
        raise SerializationError(
            f"a party must be a state code or an object with type 'person' or "
            f"'organization', got {value!r}"
        )

    return structure


def _strict(kind: type[Any], *more: type[Any]) -> Any:
    """A structure hook that takes values of the JSON types given as they are, else fails.

    cattrs would otherwise call ``str(5)`` or ``bool("false")``: wrong types would pass.
    """
    accepted = (kind, *more)

    def structure(value: Any, _: Any) -> Any:
        if isinstance(value, bool) is not (kind is bool) or not isinstance(value, accepted):
            raise SerializationError(f"expected {kind.__name__}, got {value!r}")
        return value

    return structure


def _make_converter() -> cattrs.Converter:
    conv = make_converter()
    conv.register_structure_hook(str, _strict(str))
    conv.register_structure_hook(int, _strict(int))
    conv.register_structure_hook(float, _strict(float, int))
    conv.register_structure_hook(bool, _strict(bool))
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook(PartialDate, lambda value, _: PartialDate.parse(value))
    conv.register_unstructure_hook(DateRange, str)
    conv.register_structure_hook(DateRange, lambda value, _: DateRange.parse(value))
    conv.register_unstructure_hook(State, lambda state: state.code)
    conv.register_structure_hook(State, _structure_state)
    conv.register_unstructure_hook_factory(lambda tp: tp in _TAGS, _tagged_party)
    conv.register_structure_hook_factory(_is_party_union, _party_structurer)
    conv.register_unstructure_hook_factory(_is_party_union, _party_unstructurer)
    return conv


def _structure_state(value: Any, _: Any) -> State:
    if not isinstance(value, str):
        raise SerializationError(f"a state must be a code string such as 'CA', got {value!r}")
    return State(value)


converter = _make_converter()
"""The cattrs converter of the model: lossless JSON for every model type.

Other views of arbdet's objects are copies of it with their own hooks: the
``arbdet-facts/1`` format (:data:`arbdet.facts.facts_converter`), knowledge-base records
and query results (:data:`arbdet.query.results_converter`), tables
(:mod:`arbdet.export`). Dates are always ISO text at their precision, states their codes,
enums their values.
"""


def _format_error(error: BaseException, type_: Any) -> str:
    if isinstance(error, ArbdetError):
        return str(error)
    return cattrs.v.format_exception(error, type_)


def _path_keys(problem: str, keys: Mapping[str, str]) -> str:
    """A problem's path with attribute names written as the document's keys."""
    message, at, path = problem.rpartition(" @ ")
    if not at:
        return problem
    return f"{message} @ " + re.sub(r"\.(\w+)", lambda m: "." + keys.get(m[1], m[1]), path)


def structure(
    data: Any,
    cls: Any,
    *,
    using: cattrs.Converter = converter,
    what: str | None = None,
    keys: Mapping[str, str] | None = None,
) -> Any:
    """``data`` structured as ``cls`` by a converter; :class:`SerializationError` if malformed.

    The message starts with ``what`` (by default "cannot read a <type>") and names every
    problem with its path (``$.detentions[0].detainee``); ``keys`` gives the document's
    key for each attribute a converter reads under another name.
    """
    try:
        return using.structure(data, cls)
    except (cattrs.BaseValidationError, ArbdetError, ValueError, TypeError, KeyError) as error:
        if isinstance(error, cattrs.BaseValidationError):
            problems = cattrs.transform_error(error, path="$", format_exception=_format_error)
        else:
            problems = [f"{_format_error(error, cls)} @ $"]
        problems = [_path_keys(problem, keys or {}) for problem in problems]
        what = what or f"cannot read a {getattr(cls, '__name__', cls)}"
        raise SerializationError(f"{what}: " + "; ".join(problems)) from None


def to_dict(obj: Any) -> Any:
    """The plain JSON-ready data of a model object (or a list of them)."""
    return converter.unstructure(obj)


def from_dict(data: Any, cls: type[T]) -> T:
    """A model object of type ``cls`` from plain data; :class:`SerializationError` if malformed."""
    found: T = structure(data, cls)
    return found


def _envelope(obj: Any) -> dict[str, Any]:
    name = type(obj).__name__
    if MODEL_TYPES.get(name) is not type(obj):
        raise SerializationError(f"{name} is not an arbdet model type")
    return {"format": FORMAT, "type": name, "data": to_dict(obj)}


def _open_envelope(document: Any, cls: type[T], where: str) -> T:
    if not isinstance(document, dict):
        raise SerializationError(f"{where}: expected a JSON object, got {type(document).__name__}")
    if document.get("format") != FORMAT:
        raise SerializationError(
            f"{where}: format is {document.get('format')!r}; this arbdet reads {FORMAT!r}"
        )
    if document.get("type") != cls.__name__:
        raise SerializationError(
            f"{where}: holds a {document.get('type')!r}, not a {cls.__name__!r}"
        )
    try:
        return from_dict(document.get("data"), cls)
    except SerializationError as error:
        raise SerializationError(f"{where}: {error}") from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(data: Any, *, indent: int | None = None) -> str:
    r"""JSON text of plain data, other scripts kept as they are.

    A lone surrogate (text decoded with ``surrogateescape``, say) cannot be written as
    UTF-8, so it is written as its ``\uXXXX`` escape, which reads back as itself.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON text of a model object, in a versioned envelope."""
    return json_text(_envelope(obj), indent=indent)


def loads(text: str | bytes, cls: type[T]) -> T:
    """The model object of type ``cls`` in JSON text written by :func:`dumps`."""
    document = decode_json(text, "document", error=SerializationError)
    return _open_envelope(document, cls, "document")


def write_jsonl(objs: Iterable[Any], target: str | Path | IO[str]) -> int:
    """Write model objects as JSON Lines (one envelope a line); the number written."""
    if isinstance(target, (str, Path)):
        with atomic_write(target) as handle:
            return write_jsonl(objs, handle)
    count = 0
    for obj in objs:
        target.write(json_text(_envelope(obj)) + "\n")
        count += 1
    return count


def read_jsonl(source: str | Path | IO[str], cls: type[T]) -> Iterator[T]:
    """The model objects of type ``cls`` in a JSON Lines file written by :func:`write_jsonl`."""
    if isinstance(source, (str, Path)):
        with Path(source).open(encoding="utf-8") as handle:
            yield from read_jsonl(handle, cls)
        return
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        document = decode_json(line, f"line {number}", error=SerializationError)
        yield _open_envelope(document, cls, f"line {number}")
