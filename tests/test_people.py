"""The people layer: names, roles, affiliations, nationalities, organisations, coreference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import read_source
from arbdet.extract.mentions import PersonMention
from arbdet.extract.people import (
    PeopleIndex,
    find_organizations,
    find_people,
    is_government,
    is_state_body,
    known_state,
    state_organ_nouns,
)
from arbdet.model import Organization, PartialDate, Person, Source, State
from arbdet.text import Document


def _doc(text: str) -> Document:
    return Document.from_source(read_source(text))


def _person(index: PeopleIndex, name: str) -> Person:
    person = index.resolve(name)
    assert person is not None, f"{name!r} not among {[p.name for p in index.people]}"
    return person


def _mention(index: PeopleIndex, text: str) -> PersonMention:
    found = [m for m in index.mentions if m.text == text]
    assert found, f"no mention {text!r} among {[m.text for m in index.mentions]}"
    return found[-1]


def _affiliation(value: State | Organization | None) -> str | None:
    return None if value is None else str(value)


# Each check: ("person", name, affiliation, nationalities) | ("role", name, title)
# | ("refers", mention text, person name or None) | ("group", mention text, *names)
# | ("absent", text that is no person) | ("org", mention text, organisation name, state)
# | ("no mention", text that is no mention)
Check = tuple[str | None, ...]

CASES: list[tuple[str, tuple[Check, ...]]] = [
    # titles before a name: an office's state is an affiliation, never a nationality
    (
        "Canadian Foreign Minister Marc Garneau told reporters on Sunday that talks continue.",
        (("person", "Marc Garneau", "CA", ""), ("role", "Marc Garneau", "foreign minister")),
    ),
    (
        "U.K. Foreign Secretary Dominic Raab told the conference that detention is cruel.",
        (("person", "Dominic Raab", "GB", ""), ("role", "Dominic Raab", "foreign secretary")),
    ),
    (
        "U.S. Secretary of State Antony Blinken spoke with his Russian counterpart on Friday.",
        (
            ("person", "Antony Blinken", "US", ""),
            ("refers", "his", "Antony Blinken"),
            ("role", "Antony Blinken", "secretary of state"),
        ),
    ),
    (
        "State Department spokesman Ned Price said in a statement that the U.S. stood firm.",
        (("person", "Ned Price", "US", ""), ("org", "State Department", "State Department", "US")),
    ),
    (
        "Chinese Foreign Ministry spokeswoman Hua Chunying said the case was handled by law.",
        (
            ("person", "Hua Chunying", "CN", ""),
            ("org", "Chinese Foreign Ministry", "Foreign Ministry", "CN"),
        ),
    ),
    (
        "Foreign Ministry spokesman Zhao Lijian told a daily briefing the men broke Chinese law.",
        (("person", "Zhao Lijian", "Foreign Ministry", ""),),
    ),
    (
        "CBC chief political correspondent Rosemary Barton asked the question twice.",
        (("person", "Rosemary Barton", "CBC", ""),),
    ),
    (
        "U.S. Vice President Kamala Harris spoke to Canadian Prime Minister Justin Trudeau.",
        (("person", "Kamala Harris", "US", ""), ("person", "Justin Trudeau", "CA", "")),
    ),
    (
        "Huawei chief financial officer Meng Wanzhou was arrested at Vancouver airport.",
        (
            ("person", "Meng Wanzhou", "Huawei", ""),
            ("role", "Meng Wanzhou", "chief financial officer"),
        ),
    ),
    (
        "White House press secretary Jen Psaki declined to say whether a deal had been struck.",
        (("person", "Jen Psaki", "US", ""), ("org", "White House", "White House", "US")),
    ),
    (
        "Russian President Vladimir Putin pardoned the former soldier in a surprise move.",
        (("person", "Vladimir Putin", "RU", ""),),
    ),
    # nationalities: demonyms attached to a person who holds no office
    (
        "British-Iranian aid worker Nazanin Zaghari-Ratcliffe was sentenced to five years.",
        (("person", "Nazanin Zaghari-Ratcliffe", None, "GB,IR"),),
    ),
    (
        "Swedish-Iranian doctor Ahmadreza Djalali faces execution, his wife told reporters.",
        (("person", "Ahmadreza Djalali", None, "SE,IR"), ("refers", "his", "Ahmadreza Djalali")),
    ),
    (
        "Beijing detained Canadians Michael Spavor and Michael Kovrig nine days later.",
        (
            ("person", "Michael Spavor", None, "CA"),
            ("person", "Michael Kovrig", None, "CA"),
        ),
    ),
    (
        "Two Canadians - ex-diplomat Michael Kovrig and businessman Michael Spavor - were held.",
        (
            ("person", "Michael Kovrig", None, "CA"),
            ("person", "Michael Spavor", None, "CA"),
            ("role", "Michael Kovrig", "former diplomat"),
            ("role", "Michael Spavor", "businessman"),
        ),
    ),
    (
        "China seized two Canadians, businessman Michael Spavor and former diplomat Michael "
        "Kovrig, in December 2018.",
        (
            ("person", "Michael Spavor", None, "CA"),
            ("person", "Michael Kovrig", None, "CA"),
        ),
    ),
    (
        "Paul Whelan, a U.S. citizen, was arrested in a Moscow hotel room in December 2018.",
        (("person", "Paul Whelan", None, "US"),),
    ),
    (
        "A Russian court convicted Trevor Reed, a U.S. student and former Marine, in July.",
        (
            ("person", "Trevor Reed", None, "US"),
            ("role", "Trevor Reed", "student"),
            ("role", "Trevor Reed", "former marine"),
            ("org", "Russian court", "Russian court", "RU"),
        ),
    ),
    (
        "A month earlier, a court sentenced former U.S. Marine Paul Whelan to 16 years.",
        (("person", "Paul Whelan", None, "US"),),
    ),
    (
        "Kylie Moore-Gilbert, a British-Australian academic, spent more than two years in jail.",
        (("person", "Kylie Moore-Gilbert", None, "GB,AU"),),
    ),
    (
        "Spavor and Kovrig are Canadian citizens held since 2018.",
        (("person", "Spavor", None, "CA"), ("person", "Kovrig", None, "CA")),
    ),
    (
        "Evan Gershkovich is an American journalist working for The Wall Street Journal.",
        (
            ("person", "Evan Gershkovich", None, "US"),
            ("org", "The Wall Street Journal", "The Wall Street Journal", "US"),
        ),
    ),
    (
        "Reuters reporter Jane Smith, a Canadian, filed the story from Hong Kong.",
        (("person", "Jane Smith", "Reuters", "CA"),),
    ),
    # appositions
    (
        "Cong Peiwu, China's ambassador to Canada, said the cases were handled independently.",
        (("person", "Cong Peiwu", "CN", ""), ("role", "Cong Peiwu", "ambassador")),
    ),
    (
        "China's ambassador to Canada, Cong Peiwu, dismissed the accusations as lies.",
        (("person", "Cong Peiwu", "CN", ""),),
    ),
    (
        "Irwin Cotler, a former Canadian justice minister, called it hostage diplomacy.",
        (("person", "Irwin Cotler", "CA", ""), ("role", "Irwin Cotler", "former justice minister")),
    ),
    (
        "Guy Saint-Jacques, former Canadian ambassador to China, urged sanctions on Monday.",
        (("person", "Guy Saint-Jacques", "CA", ""),),
    ),
    (
        "The arrest of an executive at China's Huawei Technologies Co., Meng Wanzhou, angered "
        "Beijing.",
        (
            ("person", "Meng Wanzhou", "Huawei", ""),
            ("org", "China's Huawei Technologies Co.", "Huawei", "CN"),
        ),
    ),
    (
        "The Minister of Foreign Affairs, Marc Garneau, spoke at the United Nations.",
        (
            ("role", "Marc Garneau", "foreign minister"),
            ("org", "United Nations", "United Nations", "None"),
        ),
    ),
    (
        "Sophie Richardson, China director at Human Rights Watch, called the verdict a sham.",
        (("person", "Sophie Richardson", "Human Rights Watch", ""),),
    ),
    (
        "Kovrig is a former Canadian diplomat who worked for the International Crisis Group.",
        (("person", "Kovrig", "CA", ""), ("role", "Kovrig", "former diplomat")),
    ),
    (
        "Meng Wanzhou, Huawei's chief financial officer, returned to Shenzhen on Saturday.",
        (("person", "Meng Wanzhou", "Huawei", ""),),
    ),
    # coreference: surnames, honorifics, roles alone
    (
        "Canadian Foreign Minister Marc Garneau launched the declaration. Garneau said it "
        "targets no country.",
        (("refers", "Garneau", "Marc Garneau"),),
    ),
    (
        "Huawei executive Meng Wanzhou was arrested in Vancouver. Ms. Meng denies the charges.",
        (("refers", "Ms. Meng", "Meng Wanzhou"), ("refers", "Meng Wanzhou", "Meng Wanzhou")),
    ),
    (
        "Madame Meng Wanzhou has been confined to her mansion, the ambassador said.",
        (("refers", "Madame Meng Wanzhou", "Meng Wanzhou"), ("refers", "her", "Meng Wanzhou")),
    ),
    (
        "China's Ambassador to Canada Cong Peiwu gave an interview. The ambassador said there was "
        "nothing connecting the cases.",
        (("refers", "The ambassador", "Cong Peiwu"),),
    ),
    (
        "Canada's foreign minister criticised the practice. Canadian Foreign Minister Marc "
        "Garneau called it immoral.",
        (("refers", "Canada's foreign minister", "Marc Garneau"),),
    ),
    (
        "Spokeswoman Hua Chunying spoke on Monday. The spokeswoman said Canada was wrong.",
        (("refers", "The spokeswoman", "Hua Chunying"),),
    ),
    (
        "U.S. Secretary of State Antony Blinken spoke on Friday. The secretary of state said the "
        "men must be freed.",
        (("refers", "The secretary of state", "Antony Blinken"),),
    ),
    (
        "A spokesperson from the Chinese embassy in Canada rejected the claims. The spokesperson "
        "said Canada was hypocritical.",
        (
            ("refers", "The spokesperson", None),
            ("org", "Chinese embassy in Canada", "Chinese embassy in Canada", "CN"),
        ),
    ),
    (
        "U.S. President Joe Biden raised the case with Chinese leader Xi Jinping. President Xi "
        "did not reply, and President Biden pressed again.",
        (
            ("refers", "Xi", "Xi Jinping"),
            ("refers", "Biden", "Joe Biden"),
            ("person", "Xi Jinping", "CN", ""),
        ),
    ),
    (
        "Paul N. Whelan was arrested in Moscow. Whelan, 50, denies spying.",
        (("refers", "Whelan", "Paul N. Whelan"),),
    ),
    # groups
    (
        "Michael Kovrig and Michael Spavor were freed on Friday. The two Michaels landed in "
        "Calgary on Saturday.",
        (("group", "The two Michaels", "Michael Kovrig", "Michael Spavor"),),
    ),
    (
        "Beijing held Michael Kovrig and Michael Spavor for 1,000 days. The pair were convicted "
        "of spying.",
        (("group", "The pair", "Michael Kovrig", "Michael Spavor"),),
    ),
    (
        "Canada says Michael Kovrig and Michael Spavor are innocent. China accuses the two men "
        "of espionage.",
        (("group", "the two men", "Michael Kovrig", "Michael Spavor"),),
    ),
    (
        "Russian President Vladimir Putin and U.S. President Joe Biden met in Geneva. Both men "
        "called the talks constructive.",
        (("group", "Both men", "Vladimir Putin", "Joe Biden"),),
    ),
    (
        "Prime Minister Justin Trudeau welcomed Michael Kovrig and Michael Spavor home. He "
        "thanked the two Canadians for their courage.",
        (
            ("group", "the two Canadians", "Michael Kovrig", "Michael Spavor"),
            ("group", "their", "Michael Kovrig", "Michael Spavor"),
            ("refers", "He", "Justin Trudeau"),
        ),
    ),
    (
        "Beijing detained Kovrig, a former diplomat, and Spavor, a businessman. The two Canadian "
        "men deny the charges.",
        (("group", "The two Canadian men", "Kovrig", "Spavor"),),
    ),
    # pronouns
    (
        "Nazanin Zaghari-Ratcliffe was arrested in 2016. She was sentenced to five years.",
        (("refers", "She", "Nazanin Zaghari-Ratcliffe"),),
    ),
    (
        "Antony Blinken told Rosemary Barton that he was confident. She asked about Xinjiang.",
        (("refers", "he", "Antony Blinken"), ("refers", "She", "Rosemary Barton")),
    ),
    (
        "Ms. Meng left Vancouver on Friday. Her father founded the company.",
        (("refers", "Her", "Meng"),),
    ),
    (
        "Officials said the talks were useful. He did not elaborate.",
        (("no mention", "He"),),
    ),
    (
        "Richard Ratcliffe campaigned for years. His wife was freed in 2022.",
        (("refers", "His", "Richard Ratcliffe"),),
    ),
    (
        "Beijing detained Michael Kovrig and Michael Spavor. Chinese officials themselves "
        "linked the cases.",
        (("no mention", "themselves"),),
    ),
    # organisations
    (
        "The U.K. Parliament's foreign-affairs committee called on the government to act.",
        (
            (
                "org",
                "U.K. Parliament's foreign-affairs committee",
                "U.K. Parliament's foreign-affairs committee",
                "GB",
            ),
        ),
    ),
    (
        "The Supreme People's Court upheld the death sentence on Tuesday.",
        (("org", "Supreme People's Court", "Supreme People's Court", "CN"), ("absent", "Supreme")),
    ),
    (
        "The US Department of Justice agreed to defer the prosecution.",
        (("org", "US Department of Justice", "Department of Justice", "US"),),
    ),
    (
        "Global Affairs Canada said in a statement that consular access had been denied.",
        (("org", "Global Affairs Canada", "Global Affairs Canada", "CA"),),
    ),
    (
        "The Global Times, a Communist Party-controlled newspaper, mocked the coalition.",
        (
            ("org", "Global Times", "Global Times", "CN"),
            ("org", "Communist Party", "Communist Party", "None"),
        ),
    ),
    (
        "Amnesty International and Human Rights Watch urged the UN General Assembly to act.",
        (
            ("org", "Amnesty International", "Amnesty International", "None"),
            ("org", "Human Rights Watch", "Human Rights Watch", "None"),
            ("org", "UN General Assembly", "UN General Assembly", "None"),
        ),
    ),
    (
        "China's embassy in Canada released a copy of the article to the media.",
        (("org", "China's embassy in Canada", "China's embassy in Canada", "CN"),),
    ),
    (
        "Xinhua and the Global Times reported the verdict, while RFE/RL and AFP cited the RCMP.",
        (
            ("org", "Xinhua", "Xinhua", "CN"),
            ("org", "RFE/RL", "RFE/RL", "US"),
            ("org", "AFP", "AFP", "FR"),
            ("org", "RCMP", "RCMP", "CA"),
        ),
    ),
    (
        "The Kremlin said the G7 statement was interference.",
        (("org", "Kremlin", "Kremlin", "RU"), ("org", "G7", "G7", "None")),
    ),
    # more titles, particles, honorifics
    (
        "Conservative MP Michael Chong was sanctioned by Beijing. Chong said he would not be "
        "intimidated.",
        (
            ("role", "Michael Chong", "lawmaker"),
            ("refers", "Chong", "Michael Chong"),
            ("refers", "he", "Michael Chong"),
        ),
    ),
    (
        "Senator Marco Rubio and Congresswoman Young Kim urged the administration to act.",
        (("role", "Marco Rubio", "senator"), ("role", "Young Kim", "lawmaker")),
    ),
    (
        "The Chinese ambassador, Lu Shaye, warned Paris. The Chinese envoy later apologised.",
        (("person", "Lu Shaye", "CN", ""), ("refers", "The Chinese envoy", "Lu Shaye")),
    ),
    (
        "Special envoy Roger Carstens travelled to Moscow in March. The envoy met Russian "
        "officials.",
        (("refers", "The envoy", "Roger Carstens"),),
    ),
    (
        "Charles de Gaulle was not mentioned, said professor Anne-Marie Brady of the University "
        "of Canterbury.",
        (
            ("person", "Anne-Marie Brady", "University of Canterbury", ""),
            ("refers", "Charles de Gaulle", "Charles de Gaulle"),
        ),
    ),
    (
        "The White House press secretary would not comment. Press Secretary Karine Jean-Pierre "
        "later said talks continue.",
        (("refers", "The White House press secretary", "Karine Jean-Pierre"),),
    ),
    (
        "Mr. Spavor's lawyer, Dr. Anna Smith, said her client was tired.",
        (
            ("refers", "Mr. Spavor", "Spavor"),
            ("role", "Anna Smith", "lawyer"),
            ("refers", "her", "Anna Smith"),
        ),
    ),
    (
        "Justice Minister David Lametti said extradition was a judicial process.",
        (("role", "David Lametti", "justice minister"), ("person", "David Lametti", None, "")),
    ),
    (
        "Former U.S. ambassador Bill Richardson negotiated the release. Richardson, 75, has "
        "freed many Americans.",
        (("person", "Bill Richardson", "US", ""), ("refers", "Richardson", "Bill Richardson")),
    ),
    (
        "Activist Joshua Wong and media tycoon Jimmy Lai remain in prison in Hong Kong.",
        (("role", "Joshua Wong", "activist"), ("absent", "Hong Kong")),
    ),
    (
        "Russia swapped Trevor Reed for Konstantin Yaroshenko after the arrest of Gui Minhai.",
        (
            ("refers", "Konstantin Yaroshenko", "Konstantin Yaroshenko"),
            ("refers", "Gui Minhai", "Gui Minhai"),
        ),
    ),
    # negatives: no people here
    (
        "Officials from dozens of countries spoke at a virtual conference on Monday.",
        (("absent", "Officials"), ("no mention", "Officials")),
    ),
    (
        "After World War One, there was an abhorrence at the use of chemical weapons.",
        (("absent", "World War One"), ("absent", "World")),
    ),
    (
        "The Supreme Court declined to hear the appeal on Wednesday.",
        (("absent", "Supreme Court"), ("org", "Supreme Court", "Supreme Court", "None")),
    ),
    (
        "The Foreign Minister did not comment on Thursday, a ministry official said.",
        (("absent", "Foreign Minister"), ("refers", "The Foreign Minister", None)),
    ),
    (
        "Western diplomats have accused China, Iran, Russia and North Korea of detentions.",
        (("absent", "Western"), ("absent", "North Korea")),
    ),
    (
        "Uighur Muslims in Xinjiang have been held in camps, Media reports say.",
        (("absent", "Uighur Muslims"), ("absent", "Media")),
    ),
    (
        "The Declaration Against Arbitrary Detention in State-to-State Relations was launched "
        "in Ottawa.",
        (("absent", "Declaration Against Arbitrary Detention"), ("absent", "Against Arbitrary")),
    ),
    (
        "Officials in Los Angeles said the flight landed safely on Sunday.",
        (("absent", "Los Angeles"),),
    ),
    (
        "The official Chinese media outlet cited unnamed experts.",
        (("no mention", "The official"),),
    ),
    # names whose words are common words, known from the gazetteer of officials
    (
        "Foreign Minister Penny Wong and Industry Minister François-Philippe Champagne met.",
        (
            ("role", "Penny Wong", "foreign minister"),
            ("refers", "François-Philippe Champagne", "François-Philippe Champagne"),
        ),
    ),
    # particles in a row, honorifics of office
    (
        "Commission President Ursula von der Leyen spoke after the Honourable Mélanie Joly.",
        (
            ("refers", "Ursula von der Leyen", "Ursula von der Leyen"),
            ("refers", "Honourable Mélanie Joly", "Mélanie Joly"),
        ),
    ),
    # relatives are roles; a shared surname alone is the person named first
    (
        "Paul Whelan is serving 16 years. His sister, Elizabeth Whelan, met officials. "
        "Whelan has denied the charges.",
        (
            ("role", "Elizabeth Whelan", "sister"),
            ("refers", "Whelan", "Paul Whelan"),
        ),
    ),
    # a lower-case organ of a state named after it
    (
        "The embassy of Iran in Ottawa did not reply.",
        (("org", "embassy of Iran in Ottawa", "embassy of Iran in Ottawa", "IR"),),
    ),
    # an office held for a body that is not an organ of government gives the body
    (
        "RFE/RL's acting president, Jeffrey Gedmin, called for her release.",
        (("person", "Jeffrey Gedmin", "RFE/RL", ""),),
    ),
    # a surname that is a common word, alone after the full name was given
    (
        "Washington released the Russian businessman Viktor Bout on Friday. Officials said "
        "Bout had landed in Moscow, where Bout was met by his wife.",
        (
            ("refers", "Viktor Bout", "Viktor Bout"),
            ("refers", "Bout", "Viktor Bout"),
        ),
    ),
    # a common-word surname that is a known family name; a plural occupation is no name
    (
        "Caracas freed Airan Berry, one of two former Green Berets held since 2020.",
        (
            ("refers", "Airan Berry", "Airan Berry"),
            ("absent", "Green Berets"),
        ),
    ),
]


def _str(value: str | None) -> str:
    assert value is not None
    return value


@pytest.mark.parametrize(("text", "checks"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentences(text: str, checks: tuple[Check, ...]) -> None:
    doc = _doc(text)
    index = find_people(doc)
    for check in checks:
        kind, *args = check
        if kind == "person":
            name, affiliation, nationalities = args
            person = _person(index, _str(name))
            assert _affiliation(index.affiliation(person)) == affiliation, (name, person.roles)
            assert ",".join(s.code for s in index.nationalities(person)) == nationalities, name
        elif kind == "role":
            name, title = args
            assert title in [r.title for r in _person(index, _str(name)).roles]
        elif kind == "refers":
            mention_text, name = args
            mention = _mention(index, _str(mention_text))
            expected = None if name is None else _person(index, name)
            assert mention.person == expected, mention
        elif kind == "group":
            mention_text, *names = args
            mention = _mention(index, _str(mention_text))
            wanted = {_person(index, _str(n)).name for n in names}
            assert {p.name for p in mention.group} == wanted
        elif kind == "absent":
            absent = _str(args[0])
            assert index.resolve(absent) is None
            assert all(absent not in p.name for p in index.people), index.people
        elif kind == "no mention":
            assert args[0] not in [m.text for m in index.mentions]
        else:
            assert kind == "org"
            mention_text, name, state = args
            found = [o for o in index.organizations if o.text == mention_text]
            assert found, [o.text for o in index.organizations]
            assert found[0].organization.name == name
            assert str(found[0].organization.state) == state


def test_mention_kinds_and_roles() -> None:
    text = (
        "Chinese Foreign Ministry spokeswoman Hua Chunying spoke on Monday. Hua said the men "
        "were spies. She added that the spokeswoman's view was shared."
    )
    index = find_people(_doc(text))
    hua = _person(index, "Hua")
    assert hua.name == "Hua Chunying"
    assert hua.aliases == ("Hua",)
    assert [m.person for m in index.mentions if m.text in ("Hua", "She")] == [hua, hua]
    first = index.mentions[0]
    assert first.text == "Hua Chunying"
    assert first.role is not None
    assert first.role.title == "spokesperson"
    assert first.role.affiliation == Organization("Foreign Ministry", State("CN"))
    assert index.affiliation(hua) == State("CN")


def test_lookups() -> None:
    text = "Michael Kovrig met Michael Spavor. Kovrig said nothing."
    index = find_people(_doc(text))
    kovrig = _person(index, "Michael Kovrig")
    assert index.resolve("kovrig") == kovrig
    assert index.resolve("Michael") is None
    offset = text.index("Kovrig said")
    mention = index.person_at(offset + 2)
    assert mention is not None
    assert mention.person == kovrig
    assert index.person_at(text.index("met")) is None
    assert [m.text for m in index.mentions_in(0, text.index("."))] == [
        "Michael Kovrig",
        "Michael Spavor",
    ]
    assert index.nationalities(Person("Nobody Here")) == ()


def test_anonymous_role_carries_its_affiliation() -> None:
    text = (
        "A spokesperson from the Chinese embassy in Canada rejected the accusation. "
        "The spokesperson said it was ill-intentioned."
    )
    index = find_people(_doc(text))
    later = _mention(index, "The spokesperson")
    assert later.person is None
    assert later.role is not None
    assert later.role.affiliation == Organization("Chinese embassy in Canada", State("CN"))
    assert index.people == ()


def test_lead_role_refers_forward_to_the_named_holder() -> None:
    text = (
        "Canada is leading the effort, with its foreign minister calling the practice illegal. "
        "Canadian Foreign Minister Marc Garneau spoke to Reuters."
    )
    index = find_people(_doc(text))
    assert _mention(index, "foreign minister").person == _person(index, "Marc Garneau")


def test_genders_shown_by_the_text() -> None:
    text = "Ms. Meng left Vancouver. Paul Whelan stayed. Alex Tan spoke."
    index = find_people(_doc(text))
    assert index.gender(_person(index, "Meng")) == "f"
    assert index.gender(_person(index, "Paul Whelan")) == "m"
    assert index.gender(_person(index, "Alex Tan")) is None
    assert index.gender(Person("Nobody Here")) is None


def test_known_state_of_officials() -> None:
    assert known_state(Person("Justin Trudeau")) == State("CA")
    assert known_state(Person("Joseph R. Biden")) == State("US")  # a middle initial
    assert known_state(Person("Melanie Joly")) == State("CA")  # without accents
    assert known_state(Person("Z. Lijian", ("Zhao Lijian",))) == State("CN")  # an alias
    assert known_state(Person("Josep Borrell"), PartialDate(2018, 10)) == State("ES")
    assert known_state(Person("Josep Borrell"), PartialDate(2022)) == State("EU")
    assert known_state(Person("Josep Borrell")) == State("EU")  # undated: the latest post
    assert known_state(Person("Trudeau")) is None  # a surname alone
    assert known_state(Person("Michael Kovrig")) is None


def test_organs_of_government() -> None:
    assert is_government(Organization("State Department", State("US")))
    assert is_government(Organization("Foreign Ministry", State("CN")))
    assert is_government(Organization("Dandong Intermediate People's Court", State("CN")))
    assert not is_government(Organization("RFE/RL", State("US")))
    assert not is_government(Organization("Committee to Protect Journalists"))
    assert not is_government(Organization("Huawei", State("CN")))
    # an organ only a state identifies, as against one with a name of its own
    assert is_state_body(Organization("China's embassy in Ottawa", State("CN")))
    assert is_state_body(Organization("Foreign Ministry", State("RU")))
    assert not is_state_body(Organization("Foreign Ministry"))
    assert not is_state_body(Organization("State Department", State("US")))
    assert not is_state_body(Organization("Global Times", State("CN")))
    assert "embassy" in state_organ_nouns()


def test_find_organizations_alone() -> None:
    doc = _doc("Global Affairs Canada and the State Department issued statements.")
    assert [(o.text, o.organization.state) for o in find_organizations(doc)] == [
        ("Global Affairs Canada", State("CA")),
        ("State Department", State("US")),
    ]


def test_repr_and_html() -> None:
    index = find_people(_doc("British-Iranian aid worker Nazanin Zaghari-Ratcliffe was freed."))
    assert "Nazanin Zaghari-Ratcliffe [aid worker] nationality=GB,IR" in repr(index)
    page = index._repr_html_()
    assert page.startswith("<table>")
    assert "<td>Nazanin Zaghari-Ratcliffe</td>" in page
    assert "<td>GB, IR</td>" in page


def test_offsets_map_back_to_the_source() -> None:
    text = "“It is wrong,” said Ms.\u00a0Meng’s lawyer. Huawei executive Meng Wanzhou left."
    doc = _doc(text)
    for mention in find_people(doc).mentions:
        assert doc.source_text(mention.start, mention.end).replace("\u00a0", " ") == (mention.text)


def test_mentions_command(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from arbdet.cli import cli

    article = tmp_path / "article.txt"
    article.write_text(
        "date 2021-02-16\nCanadian Foreign Minister Marc Garneau said on Monday that the "
        "Global Times was wrong. He spoke in Ottawa.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["mentions", "--json", str(article)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["people"][0]["name"] == "Marc Garneau"
    assert report["people"][0]["affiliation"] == "CA"
    text = article.read_text(encoding="utf-8")
    for row in (*report["mentions"], *report["organizations"], *report["places"]):
        assert text[row["start"] : row["end"]] == row["text"]
    assert [m["text"] for m in report["mentions"]] == ["Marc Garneau", "He"]
    assert report["dates"] is not None
    table = CliRunner().invoke(cli, ["mentions", str(article)])
    assert table.exit_code == 0
    assert "Marc Garneau" in table.output
    assert "Global Times" in table.output


# --- the seed articles ------------------------------------------------------------------


def _seed_scores(shared: Path) -> dict[str, list[int]]:
    scores = {"speakers": [0, 0], "affiliations": [0, 0], "detainees": [0, 0]}
    scores["nationalities"] = [0, 0]
    for gold_file in sorted((shared / "gold" / "seeds").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = shared / "seeds" / gold["article"]
        index = find_people(Document.from_source(read_source(article)))
        speakers = {s["speaker"]: s["speaker_affiliation"] for s in gold["statements"]}
        for name, wanted in speakers.items():
            if name is None:
                continue
            person = index.resolve(name)
            scores["speakers"][0] += person is not None
            scores["speakers"][1] += 1
            allowed = wanted if isinstance(wanted, list) else [wanted]
            got = None if person is None else index.affiliation(person)
            name_of = got.name if isinstance(got, Organization) else str(got)
            scores["affiliations"][0] += got is not None and name_of in allowed
            scores["affiliations"][1] += 1
        for detention in gold["detentions"]:
            person = index.resolve(detention["detainee"])
            scores["detainees"][0] += person is not None
            scores["detainees"][1] += 1
            if detention["nationality"] is not None:
                got_codes = [] if person is None else [s.code for s in index.nationalities(person)]
                scores["nationalities"][0] += sorted(got_codes) == sorted(detention["nationality"])
                scores["nationalities"][1] += 1
    return scores


def test_seed_people(shared_eval: Path) -> None:
    scores = _seed_scores(shared_eval)
    print({k: f"{a}/{b}" for k, (a, b) in scores.items()})
    assert scores["speakers"][0] == scores["speakers"][1]
    assert scores["detainees"][0] == scores["detainees"][1]
    # misses: unqualified offices ("Press Secretary Jen Psaki", "Prime Minister Justin
    # Trudeau" in a Canadian piece) and a nationality only implied ("a Chinese citizen")
    assert scores["affiliations"][0] >= scores["affiliations"][1] - 4
    assert scores["nationalities"][0] >= scores["nationalities"][1] - 1


# --- properties -------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Michael",
        "Kovrig",
        "Meng",
        "Wanzhou",
        "Ms.",
        "Mr.",
        "the",
        "two",
        "men",
        "pair",
        "Canadian",
        "Canadians",
        "Foreign",
        "Minister",
        "spokeswoman",
        "ambassador",
        "to",
        "China's",
        "State",
        "Department",
        "embassy",
        "in",
        "Canada",
        "former",
        "ex-diplomat",
        "he",
        "she",
        "they",
        "and",
        ",",
        ".",
        "-",
        "a",
        "U.S.",
        "said",
        "is",
        "'s",
        "Supreme",
        "Court",
        "N.",
        "al-Hassan",
        "Zaghari-Ratcliffe",
    ]
)
_TEXTS = st.one_of(
    st.lists(_WORDS, max_size=40).map(" ".join),
    st.text(max_size=300),
)


@settings(max_examples=150)
@given(_TEXTS)
def test_find_people_is_total_and_exact(text: str) -> None:
    doc = Document.from_source(Source.create(text))
    index = find_people(doc)
    previous_end = 0
    for mention in index.mentions:
        assert doc.text[mention.start : mention.end] == mention.text
        assert previous_end <= mention.start < mention.end
        previous_end = mention.end
        if mention.person is not None:
            assert mention.person in index.people
        assert all(p in index.people for p in mention.group)
    for org in index.organizations:
        assert doc.text[org.start : org.end] == org.text
    assert len(index.people) == len({p.name for p in index.people})
