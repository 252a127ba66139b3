"""``arbdet statements``: quotations, by speaker, subject and date."""

from __future__ import annotations

import click

from ..model import PartialDate
from ._kb_options import as_json_option, echo_results, kb_option, load_kb, min_confidence_option
from ._output import wide_option
from ._params import date_value


@click.command("statements")
@click.option("--speaker", help="A person, or a state or body (everyone speaking for it).")
@click.option("--about", help="A person, state or declaration the quotation names.")
@click.option(
    "--since",
    callback=date_value,
    metavar="YYYY[-MM[-DD]]",
    help="Only quotations dated on or after this date.",
)
@click.option(
    "--until",
    callback=date_value,
    metavar="YYYY[-MM[-DD]]",
    help="Only quotations dated on or before this date.",
)
@kb_option
@min_confidence_option
@as_json_option
@wide_option
def command(
    *,
    speaker: str | None,
    about: str | None,
    since: PartialDate | None,
    until: PartialDate | None,
    kb_path: str,
    min_confidence: float | None,
    as_json: bool,
    wide: bool,
) -> None:
    """Show quotations, each merged across the sources that print it.

    JSON: a list with quote, speaker, speaker_affiliation, date, sources and variants.
    """
    kb = load_kb(kb_path, min_confidence)
    between = (since, until) if since or until else None
    results = kb.statements(speaker=speaker, about=about, between=between)
    echo_results(results, as_json, wide=wide)
