"""The people layer's interface: look-ups, affiliations, genders, gazetteers, the command.

What it reads sentence by sentence is in ``tests/cases/test_people_cases.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import read_source
from arbdet.extract.people import (
    find_organizations,
    find_people,
    is_government,
    is_state_body,
    known_state,
    state_organ_nouns,
)
from arbdet.model import Organization, PartialDate, Person, Source, State
from arbdet.text import Document
from tests.cases.test_people_cases import mention_of as _mention
from tests.cases.test_people_cases import person_of as _person


def _doc(text: str) -> Document:
    return Document.from_source(read_source(text))


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


def test_a_long_run_of_capitalised_words() -> None:
    # a title, a list or a hostile input: no one name has more than seven words
    text = " ".join(["Penny", "Wong", "Justin", "Trudeau", "Michael", "Kovrig"] * 400) + "."
    index = find_people(_doc(text))
    assert index.people[0].name == "Penny Wong"
    assert all(len(person.name.split()) <= 7 for person in index.people)
