"""``arbdet statements``: quotations, by speaker, subject and date."""

from __future__ import annotations

import click

from ._kb_options import as_json_option, echo_results, kb_option, known_names, load_kb


@click.command("statements")
@click.option("--speaker", help="A person, or a state or body (everyone speaking for it).")
@click.option("--about", help="A person, state or declaration the quotation names.")
@click.option("--since", help="Only quotations dated on or after this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Only quotations dated on or before this date.")
@kb_option
@as_json_option
def command(
    *,
    speaker: str | None,
    about: str | None,
    since: str | None,
    until: str | None,
    kb_path: str,
    as_json: bool,
) -> None:
    """Show quotations, each merged across the sources that print it.

    JSON: a list with quote, speaker, speaker_affiliation, date, sources and variants.
    """
    kb = load_kb(kb_path)
    between = (since, until) if since or until else None
    with known_names():
        results = kb.statements(speaker=speaker, about=about, between=between)
    echo_results(results, as_json)
