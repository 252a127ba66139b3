"""``arbdet detentions``: merged detentions, filtered."""

from __future__ import annotations

import click

from ._kb_options import as_json_option, echo_results, kb_option, load_kb


@click.command("detentions")
@click.option("--state", help="Only detentions by this state (code or name).")
@click.option("--nationality", help="Only detainees of this nationality (code or name).")
@click.option("--held-on", help="Only detentions under way on this date (YYYY[-MM[-DD]]).")
@click.option(
    "--status",
    type=click.Choice(["held", "released", "unknown"]),
    help="Only detentions with this status (as the latest source has it).",
)
@kb_option
@as_json_option
def command(
    *,
    state: str | None,
    nationality: str | None,
    held_on: str | None,
    status: str | None,
    kb_path: str,
    as_json: bool,
) -> None:
    """Show one row per merged detention, with its length where start and end are known.

    JSON: one object per detention with the arbdet-facts/1 field names holding the
    best-supported values, plus sources and disputed (each field on which sources
    disagree, with every value and its sources).
    """
    kb = load_kb(kb_path)
    results = kb.detentions(
        detaining_state=state, nationality=nationality, held_on=held_on, status=status
    )
    echo_results(results, as_json)
