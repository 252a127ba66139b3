"""``arbdet linked NAME``: the cases linked to a person's detention."""

from __future__ import annotations

import click

from ._kb_options import as_json_option, echo_results, kb_option, load_kb, min_confidence_option
from ._output import wide_option


@click.command("linked")
@click.argument("name")
@kb_option
@min_confidence_option
@as_json_option
@wide_option
def command(
    name: str, kb_path: str, min_confidence: float | None, as_json: bool, wide: bool
) -> None:
    """Show the cases linked to NAME's detention: relation, who asserts, who denies.

    JSON: a list with detainee, linked_to, relation, asserted_by, denied_by and sources.
    """
    kb = load_kb(kb_path, min_confidence)
    results = kb.linked(name)
    echo_results(results, as_json, wide=wide)
