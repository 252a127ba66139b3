"""attrs validators that raise :class:`~arbdet.errors.ModelError` naming the field and the value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from ..errors import ModelError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _owner(instance: Any) -> str:
    return type(instance).__name__


def instance_of(*types: type) -> Validator:
    """The value is an instance of one of ``types``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            names = " or ".join(t.__name__ for t in types)
            raise ModelError(f"{_owner(instance)}.{attribute.name} must be {names}, got {value!r}")

    return check


def optional(*types: type) -> Validator:
    """The value is ``None`` or an instance of one of ``types``."""
    inner = instance_of(*types)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


def tuple_of(*types: type) -> Validator:
    """The value is a tuple whose every item is an instance of one of ``types``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise ModelError(f"{_owner(instance)}.{attribute.name} must be a tuple, got {value!r}")
        for index, item in enumerate(value):
            if not isinstance(item, types):
                names = " or ".join(t.__name__ for t in types)
                raise ModelError(
                    f"{_owner(instance)}.{attribute.name}[{index}] must be {names}, got {item!r}"
                )

    return check


def non_empty(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """The value is a string with at least one non-space character."""
    if not isinstance(value, str) or not value.strip():
        raise ModelError(
            f"{_owner(instance)}.{attribute.name} must be a non-empty string, got {value!r}"
        )


def at_least(bound: float) -> Validator:
    """The value is ``None`` or a number not below ``bound``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and value < bound:
            raise ModelError(
                f"{_owner(instance)}.{attribute.name} must be at least {bound}, got {value!r}"
            )

    return check


def probability(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """The value is ``None`` or a number from 0 to 1."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ModelError(
            f"{_owner(instance)}.{attribute.name} must be a number from 0 to 1 or None, "
            f"got {value!r}"
        )


def to_tuple(value: Any) -> Any:
    """Converter: lists and other iterables (not strings) become tuples."""
    if isinstance(value, (list, set, frozenset)):
        return tuple(value)
    return value
