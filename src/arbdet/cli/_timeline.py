"""``arbdet timeline NAME``: the dated events of a person, state or the declaration."""

from __future__ import annotations

import click

from ._kb_options import as_json_option, echo_results, kb_option, load_kb, min_confidence_option
from ._output import wide_option


@click.command("timeline")
@click.argument("name")
@kb_option
@min_confidence_option
@as_json_option
@wide_option
def command(
    name: str, kb_path: str, min_confidence: float | None, as_json: bool, wide: bool
) -> None:
    """Show the dated events of NAME (a person, a state, or "declaration"), with sources.

    JSON: a list of events, each with date, event, subject, detail, disputed, dates and
    sources.
    """
    kb = load_kb(kb_path, min_confidence)
    results = kb.timeline(name)
    echo_results(results, as_json, wide=wide)
