"""``arbdet mentions``: the people, organisations, places and dates of one article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..extract.mentions import Mention
from ..extract.people import find_people
from ..extract.places import find_places
from ..io import read_source
from ..model import Organization, Role, State
from ..text import Document
from ._output import echo_json, echo_table


def _where(document: Document, mention: Mention) -> dict[str, Any]:
    """A mention's source offsets and source text."""
    span = document.source_span(mention.start, mention.end)
    return {"start": span.start, "end": span.end, "text": document.source.slice(span)}


def _party(value: State | Organization | None) -> str | None:
    return None if value is None else str(value)


def _role(role: Role | None) -> dict[str, str | None] | None:
    if role is None:
        return None
    return {"title": role.title, "affiliation": _party(role.affiliation)}


def _dates(document: Document) -> list[dict[str, Any]] | None:
    """The article's dates, or ``None`` where the date reader is not installed."""
    try:
        from ..extract.dates import find_dates
    except ModuleNotFoundError:
        return None
    return [
        {**_where(document, m), "value": None if m.value is None else str(m.value)}
        for m in find_dates(document)
    ]


def _report(document: Document) -> dict[str, Any]:
    places = find_places(document)
    index = find_people(document, places)
    people = []
    for person in index.people:
        people.append(
            {
                "name": person.name,
                "aliases": list(person.aliases),
                "roles": [_role(r) for r in person.roles],
                "affiliation": _party(index.affiliation(person)),
                "nationalities": [s.code for s in index.nationalities(person)],
            }
        )
    mentions = [
        {
            **_where(document, m),
            "person": None if m.person is None else m.person.name,
            "role": _role(m.role),
            "group": [p.name for p in m.group],
        }
        for m in index.mentions
    ]
    organizations = [
        {
            **_where(document, m),
            "name": m.organization.name,
            "state": _party(m.organization.state),
        }
        for m in index.organizations
    ]
    place_rows = [
        {**_where(document, m), "kind": m.kind.value, "states": [s.code for s in m.states]}
        for m in places
    ]
    return {
        "article": document.source.name,
        "published": None if document.published is None else str(document.published),
        "people": people,
        "mentions": mentions,
        "organizations": organizations,
        "places": place_rows,
        "dates": _dates(document),
    }


def _show(report: dict[str, Any]) -> None:
    click.echo("people")
    echo_table(
        ["name", "affiliation", "nationalities", "roles", "aliases"],
        [
            [
                p["name"],
                p["affiliation"],
                ",".join(p["nationalities"]) or None,
                "; ".join(
                    r["title"] + (f" ({r['affiliation']})" if r["affiliation"] else "")
                    for r in p["roles"]
                )
                or None,
                ", ".join(p["aliases"]) or None,
            ]
            for p in report["people"]
        ],
    )
    click.echo("\nperson mentions")
    echo_table(
        ["start", "end", "text", "refers to"],
        [
            [m["start"], m["end"], m["text"], m["person"] or " + ".join(m["group"]) or None]
            for m in report["mentions"]
        ],
    )
    click.echo("\norganizations")
    echo_table(
        ["start", "end", "text", "name", "state"],
        [[o["start"], o["end"], o["text"], o["name"], o["state"]] for o in report["organizations"]],
    )
    click.echo("\nplaces")
    echo_table(
        ["start", "end", "text", "kind", "states"],
        [
            [p["start"], p["end"], p["text"], p["kind"], ",".join(p["states"])]
            for p in report["places"]
        ],
    )
    if report["dates"] is not None:
        click.echo("\ndates")
        echo_table(
            ["start", "end", "text", "value"],
            [[d["start"], d["end"], d["text"], d["value"]] for d in report["dates"]],
        )


@click.command("mentions")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def command(file: Path, as_json: bool) -> None:
    """Show the people, organisations, places and dates of one article FILE.

    People come with their roles, affiliation and nationalities, and every mention of
    them (names, surnames, roles alone, groups and pronouns) with what it refers to.
    Offsets are character offsets into FILE's text.
    """
    document = Document.from_source(read_source(file))
    report = _report(document)
    if as_json:
        echo_json(report)
    else:
        _show(report)
