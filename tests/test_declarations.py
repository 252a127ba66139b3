from hypothesis import given, settings
from hypothesis import strategies as st

import arbdet
from arbdet import CountQualifier, Source, data, read_source
from arbdet.extract.declarations import MENTION
from arbdet.extract.declarations._details import HEADING
from arbdet.extract.declarations._signatories import BULLETED, CHAINED
from arbdet.facts import to_facts

LAUNCH = (
    "The Declaration Against Arbitrary Detention in State-to-State Relations was launched by "
    "Canada on February 15, 2021. It has since been endorsed by more than 70 countries and the "
    "European Union, including Japan, Britain and Australia. The text is non-binding."
)


def test_the_facts_record() -> None:
    record = to_facts(arbdet.parse(LAUNCH))["declarations"][0]
    assert record["name"] == "Declaration Against Arbitrary Detention in State-to-State Relations"
    assert record["initiator"] == "CA"
    assert record["launched"] == "2021-02-15"
    assert record["signatory_count"] == 70
    assert sorted(record["signatories"]) == ["AU", "EU", "GB", "JP"]
    assert record["binding"] is False


def test_the_count_keeps_its_qualifier() -> None:
    (declaration,) = arbdet.parse(LAUNCH).declarations
    assert [(c.count, c.qualifier) for c in declaration.counts] == [(70, CountQualifier.MORE_THAN)]


def test_a_count_given_for_the_launch_is_dated_by_it() -> None:
    (declaration,) = arbdet.parse(
        "Canada launched the declaration against arbitrary detention on February 15, 2021. "
        "At its launch, 58 countries endorsed it; today more than 70 countries have."
    ).declarations
    dated = {(c.count, str(c.as_of)) for c in declaration.counts}
    assert dated == {(70, "None"), (58, "2021-02-15")}


def test_treaty_counts_are_not_declaration_counts() -> None:
    (declaration,) = arbdet.parse(
        "Canada's declaration against arbitrary detention was signed by 58 countries.\n\n"
        "Canada also led the Ottawa Treaty in 1997. It has been signed by 164 countries."
    ).declarations
    assert [c.count for c in declaration.counts] == [58]


def _rule_ids() -> set[str]:
    return {row[0] for row in data.rows("declarations/rules.tsv")}


def test_every_fact_names_its_rule() -> None:
    (declaration,) = arbdet.parse(LAUNCH).declarations
    known = _rule_ids() | {MENTION, HEADING, BULLETED, CHAINED}
    extractors = {e.extractor for e in declaration.evidence}
    extractors |= {e.extractor for c in declaration.counts for e in c.evidence}
    extractors |= {e.extractor for s in declaration.signatories for e in s.evidence}
    assert extractors <= known
    assert {"declaration.name.title", "declaration.initiator.by", "declaration.count.noun"} <= (
        extractors
    )


def test_rule_ids_belong_to_the_family() -> None:
    assert all(rule.startswith("declaration.") for rule in _rule_ids())


def test_evidence_slices_the_source() -> None:
    source = read_source(LAUNCH)
    (declaration,) = arbdet.parse(source).declarations
    evidence = [
        *declaration.evidence,
        *(e for c in declaration.counts for e in c.evidence),
        *(e for s in declaration.signatories for e in s.evidence),
    ]
    for item in evidence:
        assert source.slice(item.span) == item.text


def test_a_long_list_of_places() -> None:
    states = ["Japan", "Britain", "France", "Germany", "Italy", "Spain"] * 40
    text = "The declaration against arbitrary detention was endorsed by " + ", ".join(states) + "."
    (declaration,) = arbdet.parse(text).declarations
    assert {s.state.code for s in declaration.signatories} == {"JP", "GB", "FR", "DE", "IT", "ES"}


@settings(max_examples=60)
@given(st.text(max_size=300))
def test_total_over_any_text(text: str) -> None:
    for declaration in arbdet.parse(Source.create(text)).declarations:
        assert len(declaration.evidence) > 0


@settings(max_examples=40)
@given(
    st.lists(
        st.sampled_from(["declaration", "signed", "Canada", "58", "countries", "and", ",", "by"]),
        max_size=60,
    )
)
def test_total_over_declaration_words(words: list[str]) -> None:
    text = "Two Canadians were detained. " + " ".join(words) + "."
    for declaration in arbdet.parse(text).declarations:
        assert all(c.count >= 0 for c in declaration.counts)
