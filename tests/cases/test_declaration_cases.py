"""The declaration reader, rule by rule: rows of text in the project's own wording.

Each row is read through :func:`arbdet.parse`; ``expected`` gives the fields of the
declaration it must find (``None`` where the row must find no declaration at all).
Fields: ``name``, ``initiator``, ``launched``, ``binding``, ``count`` (the largest count),
``qualifier`` (that count's), ``signatories`` (a set of codes) and ``rules`` (rule ids
that must appear in the evidence). Rows known to fail are listed in ``XFAIL``.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import arbdet
from arbdet import Declaration


@attrs.frozen
class Case:
    """A text and what the declaration reader must find in it."""

    text: str
    expected: dict[str, Any] | None


def _fields(declaration: Declaration) -> dict[str, Any]:
    first = declaration.counts[0] if declaration.counts else None
    return {
        "name": declaration.name,
        "initiator": None if declaration.initiator is None else declaration.initiator.code,
        "launched": None if declaration.launched is None else str(declaration.launched),
        "binding": declaration.binding,
        "count": None if first is None else first.count,
        "qualifier": None if first is None else first.qualifier.value,
        "signatories": {s.state.code for s in declaration.signatories},
        "rules": {e.extractor for e in declaration.evidence}
        | {e.extractor for c in declaration.counts for e in c.evidence}
        | {e.extractor for s in declaration.signatories for e in s.evidence},
    }


CASES: dict[str, Case] = {
    # ---------------------------------------------------------------- the title
    "title stops before a date": Case(
        "Ottawa unveiled the Declaration on Arbitrary Detention in State-to-State Relations on "
        "Tuesday, hoping to deter the detention of foreigners.",
        {
            "name": "Declaration on Arbitrary Detention in State-to-State Relations",
            "rules": {"declaration.name.title"},
        },
    ),
    "title with 'of'": Case(
        "Officials called the Declaration of Arbitrary Detention a first step after years of "
        "hostage-taking, and 40 countries have signed it.",
        {"name": "Declaration of Arbitrary Detention", "count": 40},
    ),
    "a lower-case declaration is no title": Case(
        "Seventy countries have signed the declaration against arbitrary detention.",
        {"name": None, "count": 70},
    ),
    # ---------------------------------------------------------------- counts
    "count in words": Case(
        "Fifty-eight governments endorsed the pledge against arbitrary detention on its first day.",
        {"count": 58, "qualifier": "exact", "rules": {"declaration.count.noun"}},
    ),
    "count with filler words": Case(
        "The declaration against arbitrary detention now has 66 like-minded partner states behind "
        "it.",
        {"count": 66},
    ),
    "more than": Case(
        "More than 60 countries have signed the declaration against arbitrary detention.",
        {"count": 60, "qualifier": "more than"},
    ),
    "over": Case(
        "The initiative against arbitrary detention, signed by over 70 nations, has no teeth.",
        {"count": 70, "qualifier": "more than"},
    ),
    "some is about": Case(
        "Some 71 UN member states have joined the declaration against arbitrary detention.",
        {"count": 71, "qualifier": "about"},
    ),
    "nearly": Case(
        "Nearly 80 states back the coalition against arbitrary detention, and more are expected "
        "to sign.",
        {"count": 80, "qualifier": "nearly"},
    ),
    "at least": Case(
        "At least 57 states signed the declaration against arbitrary detention at its launch.",
        {"count": 57, "qualifier": "at least"},
    ),
    "a running total": Case(
        "Norway signed the declaration against arbitrary detention last week, bringing the total "
        "of endorsers to 74.",
        {"count": 74, "signatories": {"NO"}, "rules": {"declaration.count.total"}},
    ),
    "a share of another whole is no count": Case(
        "Of the declaration's drafters, 12 of the 30 states that joined early were European, "
        "and all have signed the pledge against arbitrary detention.",
        {"count": None},
    ),
    "one of the N countries": Case(
        "Chile is one of the 64 countries that endorsed the declaration against arbitrary "
        "detention.",
        {"count": 64, "signatories": {"CL"}, "rules": {"declaration.signatories.among"}},
    ),
    "the EU's member states are no count": Case(
        "The declaration against arbitrary detention was signed by the EU, whose 27 member states "
        "of the European Union spoke as one.",
        {"count": None, "signatories": {"EU"}},
    ),
    "the two countries are the sides of a relation": Case(
        "The declaration against arbitrary detention was signed as relations between the two "
        "countries soured.",
        {"count": None},
    ),
    "the largest count comes first": Case(
        "The declaration against arbitrary detention was launched with 58 signatories in "
        "February 2021. It has since been endorsed by 75 countries.",
        {"count": 75},
    ),
    # ---------------------------------------------------------------- signatories
    "a list after 'including'": Case(
        "Dozens of governments signed the declaration against arbitrary detention, including "
        "Japan, Britain, the Netherlands and Australia.",
        {"signatories": {"JP", "GB", "NL", "AU"}, "rules": {"declaration.signatories.listed"}},
    ),
    "a list after 'endorsed by'": Case(
        "The declaration against arbitrary detention was endorsed by Germany, France and Italy.",
        {"signatories": {"DE", "FR", "IT"}, "rules": {"declaration.signatories.by"}},
    ),
    "endorsed by a count and the EU": Case(
        "The declaration against arbitrary detention has been endorsed by more than 60 countries "
        "and the European Union.",
        {"count": 60, "qualifier": "more than", "signatories": {"EU"}},
    ),
    "a list of subjects": Case(
        "Sweden, Finland and Denmark have signed the declaration against arbitrary detention.",
        {"signatories": {"SE", "FI", "DK"}, "rules": {"declaration.signatories.subject"}},
    ),
    "one state as subject": Case(
        "Mexico quietly joined the declaration against arbitrary detention this spring.",
        {"signatories": {"MX"}},
    ),
    "a state that did not sign": Case(
        "Brazil has not signed the declaration against arbitrary detention.",
        {"signatories": set()},
    ),
    "a long list in a sentence of signing": Case(
        "Among the signers of the declaration against arbitrary detention one sees Spain, "
        "Portugal, Greece and Malta.",
        {"signatories": {"ES", "PT", "GR", "MT"}, "rules": {"declaration.signatories.list"}},
    ),
    "a bulleted list": Case(
        "These states endorsed the declaration against arbitrary detention:\n\n"
        "• Austria\n\n• Belgium\n\n• Ireland\n\n• the Netherlands\n\n"
        "Other states may join later.",
        {
            "signatories": {"AT", "BE", "IE", "NL"},
            "rules": {"declaration.signatories.bullets"},
        },
    ),
    "a speaker whose state joined": Case(
        "Japan praised the declaration against arbitrary detention on Monday.\n\n"
        '"We were proud to join this initiative from the first day," Japanese Foreign Minister '
        "Yoshimasa Hayashi said.",
        {"signatories": {"JP"}, "rules": {"declaration.signatories.first_person"}},
    ),
    # ---------------------------------------------------------------- the initiator
    "Canada-led": Case(
        "The Canada-led declaration against arbitrary detention was signed by 58 countries.",
        {"initiator": "CA", "rules": {"declaration.initiator.led"}},
    ),
    "Canadian-led": Case(
        "Britain signed the Canadian-led pledge against arbitrary detention.",
        {"initiator": "CA", "signatories": {"GB"}},
    ),
    "a demonym before the instrument": Case(
        "Australia endorsed the Canadian initiative against arbitrary detention on Monday.",
        {"initiator": "CA", "rules": {"declaration.initiator.demonym"}},
    ),
    "a possessive": Case(
        "Forty countries signed Canada's declaration against arbitrary detention.",
        {"initiator": "CA", "rules": {"declaration.initiator.possessive"}},
    ),
    "launched by": Case(
        "The declaration against arbitrary detention, launched by Canada in 2021, has 70 "
        "signatories.",
        {"initiator": "CA", "launched": "2021", "rules": {"declaration.initiator.by"}},
    ),
    "an active verb": Case(
        "Canada launched the declaration against arbitrary detention on February 15, 2021.",
        {
            "initiator": "CA",
            "launched": "2021-02-15",
            "rules": {"declaration.initiator.active", "declaration.launched.after"},
        },
    ),
    "a negated verb is no initiative": Case(
        "Canada has not led the declaration against arbitrary detention; the Netherlands has "
        "signed it.",
        {"initiator": None, "signatories": {"NL"}},
    ),
    "to lead, in a headline": Case(
        "Canada to lead global initiative against arbitrary detention\n\n"
        "Diplomats say more than 50 states will sign.",
        {"initiator": "CA"},
    ),
    "an official who hosts the launch": Case(
        "Canadian Foreign Minister Marc Garneau is scheduled to host the unveiling of the "
        "declaration against arbitrary detention, which 58 states have signed.",
        {"initiator": "CA", "rules": {"declaration.initiator.official"}},
    ),
    # ---------------------------------------------------------------- the launch date
    "a date before the launch word": Case(
        "On February 15, 2021, the declaration against arbitrary detention was unveiled with the "
        "support of 58 countries.",
        {"launched": "2021-02-15", "rules": {"declaration.launched.before"}},
    ),
    "the more precise of two launch dates": Case(
        " date 2022-02-16 The declaration against arbitrary detention was launched a year ago. "
        "It was launched on February 15, 2021, with 58 signatories.",
        {"launched": "2021-02-15"},
    ),
    "a timeline's heading": Case(
        "Feb. 15, 2021\n\n"
        "Canada launches its declaration against arbitrary detention with 58 endorsing states.",
        {"launched": "2021-02-15", "rules": {"declaration.launched.heading"}},
    ),
    # ---------------------------------------------------------------- binding
    "non-binding": Case(
        "The declaration against arbitrary detention, signed by 58 states, is non-binding.",
        {"binding": False, "rules": {"declaration.binding.not"}},
    ),
    "not legally binding": Case(
        "Sixty states signed the declaration against arbitrary detention.\n\n"
        "It is not legally binding, and no state is named in it.",
        {"binding": False},
    ),
    "binding": Case(
        "Unlike a treaty, nothing in it is binding.\n\n"
        "The declaration against arbitrary detention is binding only on the conscience of the "
        "58 countries that signed it.",
        {"binding": True},
    ),
    # ---------------------------------------------------------------- no declaration
    "a family's declaration": Case(
        "In a declaration sent on Thursday by her family, the detained academic thanked her "
        "supporters.",
        None,
    ),
    "no detention": Case(
        "Thirty countries signed a declaration on ocean plastics in Lisbon.",
        None,
    ),
    "a treaty's count": Case(
        "The treaty banning landmines was signed by 133 of the 164 countries at the talks, while "
        "two Canadians were detained abroad.",
        None,
    ),
}

CASES.update(
    {
        "a count with a noun of states before its noun": Case(
            "The declaration against arbitrary detention now counts 69 country endorsers.",
            {"count": 69, "rules": {"declaration.count.noun"}},
        ),
        "the EU beside a count": Case(
            "The pledge against arbitrary detention has the backing of some 65 states as well as "
            "the European Union.",
            {"count": 65, "signatories": {"EU"}, "rules": {"declaration.signatories.beside_count"}},
        ),
        "the EU after 'as has'": Case(
            "Peru and Chile have endorsed the declaration against arbitrary detention, as has the "
            "European Union.",
            {"signatories": {"PE", "CL", "EU"}, "rules": {"declaration.signatories.as_has"}},
        ),
        "a list that did not sign": Case(
            "Canada, Japan and Kenya endorsed the declaration against arbitrary detention; Cuba, "
            "Syria and Belarus, none of which has signed it, stayed away.",
            {"signatories": {"CA", "JP", "KE"}},
        ),
        "a state after 'of' is no signer": Case(
            "Former detainees of Iran and Venezuela joined the launch of the declaration against "
            "arbitrary detention.",
            {"signatories": set()},
        ),
        "binds no one": Case(
            "The declaration against arbitrary detention binds no one, but 60 countries signed it.",
            {"binding": False, "rules": {"declaration.binding.binds_none"}},
        ),
        "years ago today": Case(
            " date 2023-02-15 An anniversary\n\nThree years ago today, Canada launched the "
            "declaration against arbitrary detention with 58 countries.",
            {"launched": "2020-02-15", "initiator": "CA"},
        ),
    }
)

XFAIL: dict[str, str] = {
    "an ordinal count": "an ordinal ('the 60th country to endorse') is not read as a count",
}

CASES["an ordinal count"] = Case(
    "Moldova became the 60th country to endorse the declaration against arbitrary detention.",
    {"count": 60, "signatories": {"MD"}},
)


def _check(case: Case) -> None:
    found = arbdet.parse(case.text).declarations
    if case.expected is None:
        assert found == ()
        return
    assert len(found) == 1
    fields = _fields(found[0])
    for field, value in case.expected.items():
        if field == "rules":
            assert value <= fields["rules"], fields["rules"]
        else:
            assert fields[field] == value, (field, fields)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason=XFAIL[n], strict=True)) if n in XFAIL else n
        for n in CASES
    ],
)
def test_declaration_case(name: str) -> None:
    _check(CASES[name])
