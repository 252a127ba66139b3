"""``arbdet conflicts``: where sources contradict each other."""

from __future__ import annotations

import click

from ..query import Conflicts
from ._errors import NothingFoundError
from ._kb_options import as_json_option, kb_option, load_kb, min_confidence_option
from ._output import echo_json


def echo_conflicts(found: Conflicts) -> None:
    """Print conflicts as a titled list, each side with its sources."""
    click.echo(f"{found.title} ({len(found)})")
    for conflict in found:
        field = f" ({conflict.field})" if conflict.field else ""
        click.echo(f"\n{conflict.kind}: {conflict.subject}{field}")
        for value in conflict.values:
            click.echo(f"  - {value}")
        if conflict.note:
            click.echo(f"  note: {conflict.note}")


@click.command("conflicts")
@click.option("--kind", help="Only conflicts of this kind (signatory_count, date, name, ...).")
@kb_option
@min_confidence_option
@as_json_option
def command(kind: str | None, kb_path: str, min_confidence: float | None, as_json: bool) -> None:
    """Show every place where sources contradict each other, each side with its sources.

    JSON: a list with kind, subject, field, note and values (each with value, sources and
    reference).
    """
    found = load_kb(kb_path, min_confidence).conflicts()
    if kind is not None:
        found = found.of_kind(kind)
    if as_json:
        echo_json(found.to_json())
    else:
        echo_conflicts(found)
    if not found:
        raise NothingFoundError(found.title)
