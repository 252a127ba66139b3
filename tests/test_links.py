from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import Detention, Link, LinkRelation, Person, Source, State, read_source
from arbdet.extract import links
from arbdet.extract.detentions import DETENTIONS
from arbdet.extract.people import PEOPLE
from arbdet.extract.pipeline import STEPS
from arbdet.facts import party_label
from arbdet.text import Document

HELD = {
    "Michael Kovrig": "CN",
    "Michael Spavor": "CN",
    "Meng Wanzhou": "CA",
    "Trevor Reed": "RU",
    "Konstantin Yaroshenko": "US",
    "Paul Whelan": "RU",
    "Johan Floderus": "IR",
    "Hamid Nouri": "SE",
    "Brittney Griner": "RU",
    "Viktor Bout": "US",
    "Alex Saab": "US",
    "Airan Berry": "VE",
    "Luke Denman": "VE",
    "Eyvin Hernandez": "VE",
}


def read_links(doc: Document, held: dict[str, str], anyone: str | None = None) -> list[Link]:
    """The links of ``doc``, its detentions given: every person of ``held`` the text names,
    and everyone else held by ``anyone`` if given."""
    for step in STEPS:
        if step.key is DETENTIONS:
            people = doc.layer(PEOPLE).index.people
            holders = [(p, held.get(p.name, anyone)) for p in people]
            found = [Detention(p, detaining_state=State(h)) for p, h in holders if h is not None]
            doc.add_facts(DETENTIONS, tuple(found))
        elif step.key is links.LINKS:
            break
        else:
            step.run(doc)
    return links.read(doc)


def _links(text: str) -> list[Link]:
    return read_links(Document.from_source(read_source(text)), HELD)


def _summary(
    links: list[Link],
) -> set[tuple[frozenset[str], str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (
            frozenset({link.detainee.name, link.linked_to.name}),
            link.relation.value,
            tuple(sorted(party_label(p) for p in link.asserted_by)),
            tuple(sorted(party_label(p) for p in link.denied_by)),
        )
        for link in links
    }


def test_retaliation_asserted_by_the_subject_of_the_claim() -> None:
    links = _links(
        "Ottawa has accused Beijing of holding Michael Kovrig in retaliation for the arrest of "
        "Huawei executive Meng Wanzhou in Vancouver."
    )
    assert _summary(links) == {
        (frozenset({"Michael Kovrig", "Meng Wanzhou"}), "retaliation", ("CA",), ()),
    }
    assert links[0].linked_to == Person("Meng Wanzhou") or links[0].linked_to.name == "Meng Wanzhou"


def test_denial_in_a_later_sentence() -> None:
    links = _links(
        "Canada says China detained Michael Kovrig and Michael Spavor in retaliation for "
        "the arrest of Meng Wanzhou. China has repeatedly denied that the cases are connected."
    )
    summary = _summary(links)
    assert (
        frozenset({"Michael Kovrig", "Meng Wanzhou"}),
        "retaliation",
        ("CA",),
        ("CN",),
    ) in summary
    assert (
        frozenset({"Michael Spavor", "Meng Wanzhou"}),
        "retaliation",
        ("CA",),
        ("CN",),
    ) in summary


def test_unattributed_retribution_reaches_back() -> None:
    links = _links(
        "Meng Wanzhou was arrested in Vancouver on Dec. 1, 2018. Nine days later China detained "
        "Michael Kovrig. Ottawa has long said the arrest was retribution."
    )
    assert (frozenset({"Michael Kovrig", "Meng Wanzhou"}), "retaliation", ("CA",), ()) in _summary(
        links
    )


def test_exchange_between_two_states() -> None:
    links = _links(
        "Russia and the United States swapped Trevor Reed for Konstantin Yaroshenko on Wednesday "
        "at an airport in Turkey."
    )
    assert {(s[0], s[1]) for s in _summary(links)} == {
        (frozenset({"Trevor Reed", "Konstantin Yaroshenko"}), "exchange")
    }
    assert links[0].relation is LinkRelation.EXCHANGE


def test_people_held_by_one_state_are_not_linked() -> None:
    links = _links("Russia swapped Trevor Reed while Paul Whelan stayed behind in the exchange.")
    assert links == []


def test_exchange_denied_by_a_speaker() -> None:
    links = _links(
        "Johan Floderus flew home as Hamid Nouri was freed in a prisoner swap. "
        '"There was no deal of any kind," a Swedish official said.'
    )
    summary = _summary(links)
    assert (frozenset({"Johan Floderus", "Hamid Nouri"}), "exchange", (), ("SE",)) in summary


def test_weak_cues_need_both_people_in_the_sentence() -> None:
    links = _links(
        "Michael Kovrig has been held since 2018. Meng Wanzhou is on bail in Vancouver. "
        "Critics call it hostage diplomacy."
    )
    assert links == []


def test_evidence_slices_the_source() -> None:
    text = (
        "Canada says China detained Michael Kovrig in retaliation for the arrest of Meng Wanzhou."
    )
    source = read_source(text)
    for link in _links(text):
        for evidence in link.evidence:
            assert source.slice(evidence.span) == evidence.text


@settings(max_examples=60)
@given(st.text(max_size=200))
def test_total_over_any_text(text: str) -> None:
    doc = Document.from_source(Source.create(text))
    assert isinstance(read_links(doc, {}, anyone="CN"), list)


def test_traded_for_pairs_each_side_with_the_other() -> None:
    links = _links(
        "Venezuela let Airan Berry, Luke Denman and Eyvin Hernandez fly home in exchange for "
        "the Colombian businessman Alex Saab, officials in Washington confirmed."
    )
    assert {frozenset(k[0]) for k in _summary(links)} == {
        frozenset({"Alex Saab", name}) for name in ("Airan Berry", "Luke Denman", "Eyvin Hernandez")
    }


def test_two_trades_in_one_sentence_stay_apart() -> None:
    links = _links(
        "Paul Whelan saw others go first: Trevor Reed, traded last spring for the pilot "
        "Konstantin Yaroshenko, and Brittney Griner, swapped in December for Viktor Bout."
    )
    assert {frozenset(k[0]) for k in _summary(links)} == {
        frozenset({"Trevor Reed", "Konstantin Yaroshenko"}),
        frozenset({"Brittney Griner", "Viktor Bout"}),
    }


def test_in_exchange_reaches_back_to_the_other_side() -> None:
    links = _links(
        "The White House commuted the sentence of Alex Saab on Wednesday. "
        "In exchange, Caracas released Airan Berry and Luke Denman."
    )
    assert {frozenset(k[0]) for k in _summary(links)} == {
        frozenset({"Alex Saab", "Airan Berry"}),
        frozenset({"Alex Saab", "Luke Denman"}),
    }


def test_the_deal_refers_to_the_exchange_already_reported() -> None:
    links = _links(
        "Trevor Reed was swapped for Konstantin Yaroshenko at an airport in Turkey. "
        "Paul Whelan remains in a Russian prison colony. "
        "The pilot's sentence was commuted as part of the deal."
    )
    assert {frozenset(k[0]) for k in _summary(links)} == {
        frozenset({"Trevor Reed", "Konstantin Yaroshenko"}),
    }


def test_a_swap_whose_other_side_is_named_in_the_next_sentence() -> None:
    links = _links(
        "Trevor Reed landed in San Antonio on Wednesday night. "
        "Kremlin-run television described the arrangement as a prisoner swap. "
        "The pilot Konstantin Yaroshenko was flown to Moscow on the same plane."
    )
    assert {(s[0], s[1]) for s in _summary(links)} == {
        (frozenset({"Trevor Reed", "Konstantin Yaroshenko"}), "exchange")
    }


def test_in_return_opening_a_sentence_answers_the_one_before() -> None:
    links = _links(
        "Caracas let Airan Berry board a U.S. government jet on Saturday. "
        "In return, Washington freed the financier Alex Saab."
    )
    assert {(s[0], s[1]) for s in _summary(links)} == {
        (frozenset({"Airan Berry", "Alex Saab"}), "exchange")
    }


def test_what_a_state_wants_in_return_is_no_exchange() -> None:
    links = _links(
        "Paul Whelan is still in a Russian prison colony. Nobody knows what Moscow wants in "
        "return. Viktor Bout's name is often mentioned."
    )
    assert links == []


def test_a_detention_seen_as_a_response_to_another() -> None:
    links = _links(
        "Critics in Ottawa regard the timing of Michael Kovrig's detention as a response to "
        "the arrest of Meng Wanzhou in Vancouver."
    )
    assert {(s[0], s[1]) for s in _summary(links)} == {
        (frozenset({"Michael Kovrig", "Meng Wanzhou"}), "retaliation")
    }
