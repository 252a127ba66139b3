"""The places layer: names, demonyms and metonyms of states in running text."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet.extract.mentions import PlaceKind, PlaceMention
from arbdet.extract.places import demonym_states, find_places, state_for
from arbdet.io import read_source
from arbdet.model import Source, State
from arbdet.text import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "arbdet" / "corpus"


def _doc(text: str) -> Document:
    # No word splitter: these tests are about places, not about repairing run-together words.
    return Document.from_source(Source.create(text), splitters=())


def _found(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.text, " ".join(s.code for s in m.states), m.kind.value) for m in find_places(_doc(text))
    ]


def _table(name: str) -> list[tuple[str, str]]:
    data = resources.files("arbdet").joinpath(f"data/places/{name}").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in data.splitlines() if line and not line.startswith("#")]
    return [(row[0], row[1] if len(row) > 1 else "") for row in rows]


def _codes(states: tuple[State, ...]) -> str:
    return " ".join(s.code for s in states)


N, D, M = "name", "demonym", "metonym"

SENTENCES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Ottawa has pressed Beijing for months over the two detained Canadians.",
        [("Ottawa", "CA", M), ("Beijing", "CN", M), ("Canadians", "CA", D)],
    ),
    (
        "The U.S. and the U.K. issued a joint statement on Tuesday.",
        [("U.S.", "US", N), ("U.K.", "GB", N)],
    ),
    ("US officials said the USA would not bargain.", [("US", "US", N), ("USA", "US", N)]),
    ("The United States of America signed the accord.", [("United States of America", "US", N)]),
    ("In America, the case drew little notice.", [("America", "US", N)]),
    (
        "Britain, sometimes Great Britain, joined the UK's partners.",
        [("Britain", "GB", N), ("Great Britain", "GB", N), ("UK", "GB", N)],
    ),
    (
        "Voters in Scotland, Wales and England split on the question.",
        [("Scotland", "GB", N), ("Wales", "GB", N), ("England", "GB", N)],
    ),
    (
        "North Korea and South Korea exchanged warnings near the border.",
        [("North Korea", "KP", N), ("South Korea", "KR", N)],
    ),
    ("Analysts say the DPRK has held several foreigners.", [("DPRK", "KP", N)]),
    (
        "Tehran denied that the Iranian-American businessman was a bargaining chip.",
        [("Tehran", "IR", M), ("Iranian-American", "IR US", D)],
    ),
    (
        "A Chinese-Australian writer has been detained in China since 2019.",
        [("Chinese-Australian", "CN AU", D), ("China", "CN", N)],
    ),
    (
        "The British-Iranian charity worker flew back to London on Wednesday.",
        [("British-Iranian", "GB IR", D), ("London", "GB", M)],
    ),
    (
        "The Swedish-Iranian doctor was sentenced to death in Iran.",
        [("Swedish-Iranian", "SE IR", D), ("Iran", "IR", N)],
    ),
    (
        "Russia, formally the Russian Federation, rejected the note.",
        [("Russia", "RU", N), ("Russian Federation", "RU", N)],
    ),
    (
        "The Kremlin said Moscow would consider a prisoner swap.",
        [("Kremlin", "RU", M), ("Moscow", "RU", M)],
    ),
    (
        "The White House declined to comment, and the Pentagon referred questions to Foggy Bottom.",
        [("White House", "US", M), ("Pentagon", "US", M), ("Foggy Bottom", "US", M)],
    ),
    (
        "White House Press Secretary Jen Psaki took questions.",
        [("White House", "US", M)],
    ),
    (
        "Downing Street and Whitehall officials briefed reporters.",
        [("Downing Street", "GB", M), ("Whitehall", "GB", M)],
    ),
    ("Such decisions are taken in Zhongnanhai.", [("Zhongnanhai", "CN", M)]),
    (
        "Taiwan calls it the PRC; others say mainland China.",
        [("Taiwan", "TW", N), ("PRC", "CN", N), ("mainland China", "CN", N)],
    ),
    (
        "Hong Kong and Macau are special administrative regions.",
        [("Hong Kong", "HK", N), ("Macau", "MO", N)],
    ),
    (
        "Syria and Venezuela have also detained Americans.",
        [("Syria", "SY", N), ("Venezuela", "VE", N), ("Americans", "US", D)],
    ),
    (
        "Belarus arrested a Lithuanian journalist in Minsk.",
        [("Belarus", "BY", N), ("Lithuanian", "LT", D), ("Minsk", "BY", M)],
    ),
    (
        "The Czech Republic, also called Czechia, lodged a protest.",
        [("Czech Republic", "CZ", N), ("Czechia", "CZ", N)],
    ),
    (
        "Türkiye, formerly Turkey, hosted the talks in Ankara.",
        [("Türkiye", "TR", N), ("Turkey", "TR", N), ("Ankara", "TR", M)],
    ),
    ("They served roast turkey to the delegates.", []),
    (
        "Ivory Coast, or Côte d'Ivoire, sent observers; Cote d'Ivoire voted yes.",
        [("Ivory Coast", "CI", N), ("Côte d'Ivoire", "CI", N), ("Cote d'Ivoire", "CI", N)],
    ),
    ("The Vatican offered to mediate.", [("Vatican", "VA", N)]),
    (
        "Burma, now Myanmar, holds a Japanese filmmaker.",
        [("Burma", "MM", N), ("Myanmar", "MM", N), ("Japanese", "JP", D)],
    ),
    (
        "Holland and the Netherlands name the same kingdom.",
        [("Holland", "NL", N), ("Netherlands", "NL", N)],
    ),
    (
        "The UAE and Saudi Arabia welcomed the release.",
        [("UAE", "AE", N), ("Saudi Arabia", "SA", N)],
    ),
    (
        "The European Union and the EU's members endorsed it; Brussels expects more.",
        [("European Union", "EU", N), ("EU", "EU", N), ("Brussels", "EU", M)],
    ),
    ("E.U. foreign ministers met on Thursday.", [("E.U.", "EU", N)]),
    ("Brussels Airlines cancelled the flight.", []),
    ("Basketball star Michael Jordan flew to Jordan last year.", [("Jordan", "JO", N)]),
    ("Jordan Peterson spoke at the event.", []),
    ("Mr. Jordan, a lawyer, declined to comment.", []),
    ("In Jordan, authorities detained a journalist.", [("Jordan", "JO", N)]),
    ("The summit moved from Jordan to Israel.", [("Jordan", "JO", N), ("Israel", "IL", N)]),
    (
        "The Hashemite Kingdom of Jordan issued a statement.",
        [("Hashemite Kingdom of Jordan", "JO", N)],
    ),
    (
        "Chad Smith plays drums, and Chad borders Libya.",
        [("Chad", "TD", N), ("Libya", "LY", N)],
    ),
    ("Lake Chad is shrinking.", []),
    ("The Washington Post reported that Washington state had no role.", []),
    ("George Washington crossed the Delaware.", []),
    ("Washington on Monday imposed sanctions.", [("Washington", "US", M)]),
    (
        "Washington Monday imposed new sanctions on Moscow.",
        [("Washington", "US", M), ("Moscow", "RU", M)],
    ),
    ("Officials in Washington, D.C., declined to comment.", [("Washington, D.C.", "US", M)]),
    ("The Global Times, a tabloid, mocked the coalition.", []),
    ("China Daily ran an editorial on the case.", [("China", "CN", N)]),
    ("Tbilisi says Georgia will sign.", [("Tbilisi", "GE", M), ("Georgia", "GE", N)]),
    ("The Georgia Tech team won.", []),
    ("Fishing fleets crowd the South China Sea.", [("China", "CN", N)]),
    ("She grew up in New Mexico and later moved to Mexico.", [("Mexico", "MX", N)]),
    (
        "Papua New Guinea and Guinea-Bissau joined later, as did Guinea.",
        [("Papua New Guinea", "PG", N), ("Guinea-Bissau", "GW", N), ("Guinea", "GN", N)],
    ),
    ("Niger and Nigeria share a long border.", [("Niger", "NE", N), ("Nigeria", "NG", N)]),
    (
        "A Nigerien and a Nigerian were among the passengers.",
        [("Nigerien", "NE", D), ("Nigerian", "NG", D)],
    ),
    (
        "The Canadian ambassador met Canadians held abroad.",
        [("Canadian", "CA", D), ("Canadians", "CA", D)],
    ),
    (
        "Two Britons were freed; the Brits had been held for a year.",
        [("Britons", "GB", D), ("Brits", "GB", D)],
    ),
    (
        "The Swiss embassy represents U.S. interests in Tehran.",
        [("Swiss", "CH", D), ("U.S.", "US", N), ("Tehran", "IR", M)],
    ),
    ("Sino-Canadian relations hit a low in 2019.", [("Sino-Canadian", "CN CA", D)]),
    ("Officials discussed an Indo-Pacific strategy.", []),
    ("The Anglo-Iranian dispute dates back decades.", [("Anglo-Iranian", "GB IR", D)]),
    ("Canada-China relations soured.", [("Canada", "CA", N), ("China", "CN", N)]),
    ("A U.S.-led coalition of 58 countries formed.", [("U.S.", "US", N)]),
    (
        "China's foreign ministry said Canada's actions were illegal.",
        [("China", "CN", N), ("Canada", "CA", N)],
    ),
    ("CHINA DETAINS TWO CANADIANS", [("CHINA", "CN", N), ("CANADIANS", "CA", D)]),
    ("OTTAWA - The minister spoke.", []),
    (
        "Kyiv, once spelled Kiev in English, is Ukraine's capital.",
        [("Kyiv", "UA", M), ("Kiev", "UA", M), ("Ukraine", "UA", N)],
    ),
    (
        "Riyadh and Abu Dhabi coordinated with Cairo.",
        [("Riyadh", "SA", M), ("Abu Dhabi", "AE", M), ("Cairo", "EG", M)],
    ),
    ("Stockholm summoned Iran's ambassador.", [("Stockholm", "SE", M), ("Iran", "IR", N)]),
    (
        "Canberra protested to Beijing over the detention.",
        [("Canberra", "AU", M), ("Beijing", "CN", M)],
    ),
    (
        "Pyongyang released the American student in a coma.",
        [("Pyongyang", "KP", M), ("American", "US", D)],
    ),
    ("Caracas freed six Americans.", [("Caracas", "VE", M), ("Americans", "US", D)]),
    ("Tokyo and Seoul reacted cautiously.", [("Tokyo", "JP", M), ("Seoul", "KR", M)]),
    ("Paris and Berlin backed the measure.", [("Paris", "FR", M), ("Berlin", "DE", M)]),
    ("Paris Hilton was not involved.", []),
    ("The Ottawa Citizen obtained the documents.", []),
    ("The Berlin Wall fell in 1989.", []),
    ("Protesters gathered in Greater London.", []),
    ("Atlanta, Georgia, hosts the team.", [("Georgia", "GE", N)]),  # documented limit
    (
        "Aid reached the Democratic Republic of Congo and the Republic of Congo.",
        [("Democratic Republic of Congo", "CD", N), ("Republic of Congo", "CG", N)],
    ),
    (
        "Saint Kitts and Nevis, St. Lucia and St Vincent and the Grenadines signed.",
        [
            ("Saint Kitts and Nevis", "KN", N),
            ("St. Lucia", "LC", N),
            ("St Vincent and the Grenadines", "VC", N),
        ],
    ),
    ("Antigua & Barbuda also joined.", [("Antigua & Barbuda", "AG", N)]),
    ("Latin American and North American leaders met in Central America.", []),
    ("Sailors crossed the Indian Ocean toward India.", [("India", "IN", N)]),
    ("The Niger Delta lies in Nigeria.", [("Nigeria", "NG", N)]),
    ("New Jersey and Jersey City officials met.", []),
    ("Jersey, a Crown dependency, has its own courts.", [("Jersey", "JE", N)]),
    ("The British Columbia court adjourned.", []),
    ("Tensions on the Korean Peninsula rose.", []),
    (
        "A South Korean-Canadian pastor was freed by North Korea.",
        [("South Korean-Canadian", "KR CA", D), ("North Korea", "KP", N)],
    ),
    (
        "The Kuwaiti, Qatari and Emirati delegations arrived.",
        [("Kuwaiti", "KW", D), ("Qatari", "QA", D), ("Emirati", "AE", D)],
    ),
    ("A Filipino and two Filipinas were rescued.", [("Filipino", "PH", D), ("Filipinas", "PH", D)]),
    ("Bissau-Guinean officials confirmed it.", [("Bissau-Guinean", "GW", D)]),
    (
        "The People's Republic of China and the Islamic Republic of Iran",
        [("People's Republic of China", "CN", N), ("Islamic Republic of Iran", "IR", N)],
    ),
    ("The Ivorian and Burkinabé teams", [("Ivorian", "CI", D), ("Burkinabé", "BF", D)]),
    ("The Holy See's envoy arrived.", [("Holy See", "VA", N)]),
    ("A Dutch court sentenced the Turkish national.", [("Dutch", "NL", D), ("Turkish", "TR", D)]),
    ("The Élysée and the Quai d'Orsay", [("Élysée", "FR", M), ("Quai d'Orsay", "FR", M)]),
    ("Capitol Hill lawmakers urged action.", [("Capitol Hill", "US", M)]),
    ("He holds U.S.-Iranian citizenship.", [("U.S.", "US", N), ("Iranian", "IR", D)]),
    ("The anti-China protests grew.", [("China", "CN", N)]),
    (
        "Kenya, Uganda and Tanzania agreed.",
        [("Kenya", "KE", N), ("Uganda", "UG", N), ("Tanzania", "TZ", N)],
    ),
    ("The Gambia signed.", [("Gambia", "GM", N)]),
    ("Maps of the U.S.S.R. hung on the wall.", [("U.S.S.R.", "SU", N)]),
    ("A Soviet court convicted him.", [("Soviet", "SU", D)]),
    (
        "The Iranian-born British citizen was freed.",
        [("Iranian", "IR", D), ("British", "GB", D)],
    ),
    ("Chinese-made drones", [("Chinese", "CN", D)]),
    ("A Hong Konger and two Taiwanese", [("Hong Konger", "HK", D), ("Taiwanese", "TW", D)]),
    ("The Scots and the Welsh", [("Scots", "GB", D), ("Welsh", "GB", D)]),
    ("She speaks English and French.", [("French", "FR", D)]),
    ("East Timor, or Timor-Leste", [("East Timor", "TL", N), ("Timor-Leste", "TL", N)]),
    (
        "Northern Ireland and the Republic of Ireland",
        [("Northern Ireland", "GB", N), ("Republic of Ireland", "IE", N)],
    ),
    ("Sunday Beijing said nothing.", [("Beijing", "CN", M)]),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_sentences(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(sentence) == expected


def test_table_has_enough_sentences() -> None:
    assert len(SENTENCES) >= 80


@pytest.mark.parametrize(
    ("phrase", "codes"),
    [
        ("the U.S.", "US"),
        ("The United States", "US"),
        ("the Netherlands", "NL"),
        ("Netherlands", "NL"),
        ("Turkey", "TR"),
        ("turkey", ""),
        ("Chad", "TD"),
        ("chad", ""),
        ("the united states", ""),
        ("Iran, Islamic Republic of", "IR"),
        ("Korea, Republic of", "KR"),
        ("Virgin Islands, U.S.", "VI"),
        ("the Kremlin", "RU"),
        ("the Kremlin's", "RU"),
        ("China\u2019s", "CN"),
        ("Canadians'", "CA"),
        ("New Mexico's", ""),
        ("Beijing", "CN"),
        ("Brussels", "EU"),
        ("European Union", "EU"),
        ("Canadian", "CA"),
        ("British-Iranian", "GB IR"),
        ("Côte d\u2019Ivoire", "CI"),
        ("Holy See (Vatican City State)", "VA"),
        ("  the   U.K. ", "GB"),
        ("New Mexico", ""),
        ("Sino", ""),
        ("the States", ""),
        ("Canada and China", ""),
        ("", ""),
    ],
)
def test_state_for(phrase: str, codes: str) -> None:
    assert _codes(state_for(phrase)) == codes


@pytest.mark.parametrize(
    ("word", "codes"),
    [
        ("Canadian", "CA"),
        ("Canadians", "CA"),
        ("British-Iranian", "GB IR"),
        ("Chinese-Australian", "CN AU"),
        ("Iranian-American", "IR US"),
        ("Swedish-Iranian", "SE IR"),
        ("British\u2011Iranian", "GB IR"),
        ("Sino-Canadian", "CN CA"),
        ("Bissau-Guinean", "GW"),
        ("Chinese-Chinese", "CN"),
        ("Iranian-born", ""),
        ("Canada", ""),
        ("Beijing", ""),
        ("Sino", ""),
        ("Indo-Pacific", ""),
        ("canadian", ""),
        ("", ""),
    ],
)
def test_demonym_states(word: str, codes: str) -> None:
    assert _codes(demonym_states(word)) == codes


def test_every_iso_name_is_recognised() -> None:
    for country in pycountry.countries:
        expected = (State(country.alpha_2),)
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name is None:
                continue
            assert state_for(name) == expected, name
            if "," not in name:  # inverted names ("Korea, Republic of") are not running text
                text = f"Delegates from {name.removeprefix('the ')} arrived."
                mentions = find_places(_doc(text))
                assert [m.states for m in mentions] == [expected], name


def test_every_demonym_in_the_table() -> None:
    rows = _table("demonyms.tsv")
    assert len({codes for _, codes in rows}) >= 190
    for form, codes in rows:
        assert _codes(demonym_states(form)) == codes, form
        assert _codes(state_for(form)) == codes, form


def test_tables_do_not_contradict_each_other() -> None:
    meaning: dict[str, str] = {}
    for name in ("names.tsv", "demonyms.tsv", "metonyms.tsv", "combining.tsv", "blocked.tsv"):
        for form, codes in _table(name):
            assert meaning.setdefault(form, f"{name}:{codes}") == f"{name}:{codes}", form
    for form, codes in _table("names.tsv"):
        try:
            iso = pycountry.countries.lookup(form)
        except LookupError:
            continue
        if len(form) > 3:  # alpha-3 codes such as "USA" are looked up too
            assert iso.alpha_2 == codes, form


DEMONYMS = _table("demonyms.tsv")
TEMPLATES = (
    "Officials said the {} delegation arrived.",
    "{} diplomats were summoned on Monday.",
    "Two {} were among those held.",
    "The court freed the {}, his lawyer said.",
)


@settings(max_examples=60, deadline=None)
@given(row=st.sampled_from(DEMONYMS), template=st.sampled_from(TEMPLATES))
def test_demonyms_round_trip_through_a_sentence(row: tuple[str, str], template: str) -> None:
    form, codes = row
    mentions = find_places(_doc(template.format(form)))
    assert [(m.text, _codes(m.states), m.kind) for m in mentions] == [
        (form, codes, PlaceKind.DEMONYM)
    ]
    assert _codes(demonym_states(mentions[0].text)) == codes


@settings(max_examples=60, deadline=None)
@given(first=st.sampled_from(DEMONYMS), second=st.sampled_from(DEMONYMS))
def test_compound_demonyms(first: tuple[str, str], second: tuple[str, str]) -> None:
    compound = f"{first[0]}-{second[0]}"
    expected = list(dict.fromkeys(first[1].split() + second[1].split()))
    assert _codes(demonym_states(compound)) == " ".join(expected)
    mentions = find_places(_doc(f"The {compound} engineer was detained."))
    assert [(m.text, m.kind) for m in mentions] == [(compound, PlaceKind.DEMONYM)]


def _check(doc: Document, mentions: list[PlaceMention]) -> None:
    end = 0
    for mention in mentions:
        assert mention.text == doc.text[mention.start : mention.end]
        assert end <= mention.start < mention.end
        assert mention.states
        end = mention.end


PIECES = st.one_of(
    st.sampled_from([form for form, _ in DEMONYMS] + [form for form, _ in _table("names.tsv")]),
    st.sampled_from(
        ["Beijing", "Washington", "Jordan", "Michael", "the ", " ", ", ", "-", ".", "'s", "\n"]
    ),
    st.text(max_size=6),
)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300))
def test_total_over_arbitrary_text(text: str) -> None:
    doc = _doc(text)
    _check(doc, find_places(doc))


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(PIECES, max_size=30))
def test_mentions_are_exact_sorted_and_disjoint(pieces: list[str]) -> None:
    doc = _doc("".join(pieces))
    _check(doc, find_places(doc))


@settings(max_examples=100, deadline=None)
@given(phrase=st.text(max_size=40))
def test_lookups_are_total(phrase: str) -> None:
    assert isinstance(state_for(phrase), tuple)
    assert isinstance(demonym_states(phrase), tuple)


def test_declaration_endorsers_are_named(shared_eval: Path) -> None:
    endorsers = shared_eval.parent / "reference" / "declaration-founding-endorsers.csv"
    if not endorsers.exists():
        pytest.skip("no reference list of endorsers")
    with endorsers.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        assert _codes(state_for(row["name_as_listed"])) == row["code"], row["name_as_listed"]
    listing = "Endorsers: " + ", ".join(row["name_as_listed"] for row in rows) + "."
    assert [_codes(m.states) for m in find_places(_doc(listing))] == [r["code"] for r in rows]


def _gold_states(record: dict[str, Any]) -> set[str]:
    states: set[str] = set()
    for detention in record["detentions"]:
        states.update(detention["nationality"] or [])
        if detention["detaining_state"]:
            states.add(detention["detaining_state"])
    for declaration in record["declarations"]:
        if declaration["initiator"]:
            states.add(declaration["initiator"])
        states.update(declaration["signatories"] or [])
    return states


def _missing_gold_states(articles: Path, gold: Path) -> tuple[int, list[str]]:
    """How many states the gold files name, and those not found in their article's text."""
    missing: list[str] = []
    total = 0
    for gold_path in sorted(gold.glob("*.json")):
        record = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = Document.from_source(read_source(articles / record["article"]))
        found = {state.code for mention in find_places(doc) for state in mention.states}
        wanted = _gold_states(record)
        total += len(wanted)
        missing.extend(f"{record['article']}:{code}" for code in sorted(wanted - found))
    return total, missing


def test_seed_gold_states_are_found(shared_eval: Path) -> None:
    # Nationalities, detaining states, initiators and signatories of the five seed articles.
    total, missing = _missing_gold_states(shared_eval / "seeds", shared_eval / "gold" / "seeds")
    assert total > 0
    assert missing == []


def test_example_corpus_gold_states_are_found() -> None:
    total, missing = _missing_gold_states(EXAMPLES / "articles", EXAMPLES / "gold")
    assert total > 0
    assert missing == []


def test_names_survive_the_default_text_layer() -> None:
    text = "Officials from New Zealand, Malta and Tonga met in Doha."
    doc = Document.from_source(Source.create(text))
    assert [m.text for m in find_places(doc)] == ["New Zealand", "Malta", "Tonga", "Doha"]
