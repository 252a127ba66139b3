"""``arbdet detentions``: merged detentions, filtered."""

from __future__ import annotations

import click

from ..model import PartialDate, State
from ._kb_options import as_json_option, echo_results, kb_option, load_kb, min_confidence_option
from ._output import wide_option
from ._params import date_value, state_value


@click.command("detentions")
@click.option("--state", callback=state_value, help="Only detentions by this state (code or name).")
@click.option(
    "--nationality",
    callback=state_value,
    help="Only detainees of this nationality (code or name).",
)
@click.option(
    "--held-on",
    callback=date_value,
    metavar="YYYY[-MM[-DD]]",
    help="Only detentions under way on this date.",
)
@click.option(
    "--status",
    type=click.Choice(["held", "released", "unknown"]),
    help="Only detentions with this status (as the latest source has it).",
)
@kb_option
@min_confidence_option
@as_json_option
@wide_option
def command(
    *,
    state: State | None,
    nationality: State | None,
    held_on: PartialDate | None,
    status: str | None,
    kb_path: str,
    min_confidence: float | None,
    as_json: bool,
    wide: bool,
) -> None:
    """Show one row per merged detention, with its length where start and end are known.

    JSON: one object per detention with the arbdet-facts/1 field names holding the
    best-supported values, plus sources and disputed (each field on which sources
    disagree, with every value and its sources).
    """
    kb = load_kb(kb_path, min_confidence)
    results = kb.detentions(
        detaining_state=state, nationality=nationality, held_on=held_on, status=status
    )
    echo_results(results, as_json, wide=wide)
