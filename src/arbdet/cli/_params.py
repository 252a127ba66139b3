"""Option values read for the command line, bad ones reported naming the option."""

from __future__ import annotations

import click

from ..errors import ModelError
from ..model import PartialDate, State
from ..query import as_state

__all__ = ["date_value", "state_value"]


def date_value(ctx: click.Context, param: click.Parameter, value: str | None) -> PartialDate | None:
    """The option's date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), if given."""
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except ModelError as error:
        detail = str(error).removeprefix("PartialDate.")
        why = "" if detail.startswith("not an ISO") else f" ({detail})"
        raise click.BadParameter(
            f"{value!r} is not a date{why}; give YYYY, YYYY-MM or YYYY-MM-DD", ctx, param
        ) from None


def state_value(ctx: click.Context, param: click.Parameter, value: str | None) -> State | None:
    """The option's state, by its code ("CA") or a name ("Canada", "the U.S."), if given."""
    if value is None:
        return None
    try:
        return as_state(value)
    except ModelError:
        raise click.BadParameter(
            f"{value!r} is not a state; give an ISO code (CA) or a name (Canada)", ctx, param
        ) from None
