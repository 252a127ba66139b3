"""Direct quotations and their attribution (arbdet.extract.quotes)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet.errors import ArbdetError
from arbdet.extract._quote_spans import find_quote_spans
from arbdet.extract.people import find_people
from arbdet.extract.places import find_places
from arbdet.extract.quotes import find_quotes, find_reported_statements
from arbdet.extract.timex import find_dates
from arbdet.io import read_source
from arbdet.model import (
    Organization,
    PartialDate,
    Person,
    State,
    Statement,
    StatementKind,
    Venue,
)
from arbdet.text import Document

PUBLISHED = "2022-03-10"  # a Thursday


def _doc(text: str, published: str | None = PUBLISHED) -> Document:
    return Document.from_source(read_source(text, published=published))


def _quotes(text: str, published: str | None = PUBLISHED) -> list[Statement]:
    doc = _doc(text, published)
    people = find_people(doc, find_places(doc))
    return find_quotes(doc, people, find_dates(doc))


def _speaker(statement: Statement) -> str | None:
    return statement.speaker.name if isinstance(statement.speaker, Person) else None


def _affiliation(statement: Statement) -> str | None:
    if isinstance(statement.speaker, Organization):
        return statement.speaker.name
    if isinstance(statement.affiliation, Organization):
        return statement.affiliation.name
    if isinstance(statement.affiliation, State):
        return statement.affiliation.code
    return None


# (passage, [(quote, speaker surname or None, affiliation code or body name or None)])
CASES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # ---- the attribution after the quotation
    (
        '"We will not trade people like poker chips," Canadian Foreign Minister '
        "Melanie Joly said on Tuesday.",
        [("We will not trade people like poker chips,", "Joly", "CA")],
    ),
    (
        '"This is a purely judicial matter for the courts," said Chinese Foreign Ministry '
        "spokesman Wang Wenbin.",
        [("This is a purely judicial matter for the courts,", "Wang Wenbin", "CN")],
    ),
    (
        "\u201cThe charges against him are baseless,\u201d Russian opposition figure "
        "Alexei Navalny told reporters.",
        [("The charges against him are baseless,", "Navalny", "RU")],
    ),
    (
        '"The detention is arbitrary and must end now," the U.S. State Department said in '
        "a statement.",
        [("The detention is arbitrary and must end now,", None, "State Department")],
    ),
    (
        '"Our citizens are not bargaining chips," Australian Prime Minister Anthony '
        "Albanese wrote on X.",
        [("Our citizens are not bargaining chips,", "Albanese", "AU")],
    ),
    (
        '"It is simply wrong to hold him a day longer," British Foreign Secretary '
        "Jeremy Hunt told the BBC.",
        [("It is simply wrong to hold him a day longer,", "Hunt", "GB")],
    ),
    # ---- the attribution before the quotation
    (
        'The foreign secretary, Liz Truss, said: "Her release is long overdue and very welcome."',
        [("Her release is long overdue and very welcome.", "Truss", None)],
    ),
    (
        'Iranian Foreign Minister Mohammad Javad Zarif said: "We have offered an exchange '
        'of all prisoners."',
        [("We have offered an exchange of all prisoners.", "Zarif", "IR")],
    ),
    (
        "U.S. President Joe Biden told reporters Monday that the deal was \u201cthe right "
        "thing to do for an American family.\u201d",
        [("the right thing to do for an American family.", "Biden", "US")],
    ),
    (
        "Japanese Prime Minister Fumio Kishida said the arrest was "
        '"deeply regrettable and unacceptable."',
        [("deeply regrettable and unacceptable.", "Kishida", "JP")],
    ),
    (
        "The arrests, Canadian Foreign Minister Melanie Joly said, were "
        '"a breach of every norm we hold dear."',
        [("a breach of every norm we hold dear.", "Joly", "CA")],
    ),
    (
        "Asked whether the two cases were linked, Chinese Foreign Ministry spokesman Wang "
        'Wenbin said: "There is no connection whatsoever between the two cases."',
        [("There is no connection whatsoever between the two cases.", "Wang Wenbin", "CN")],
    ),
    (
        '"It is a dark day for every American family," said Sen. Bob Menendez, D-N.J., '
        "chairman of the Senate Foreign Relations Committee.",
        [("It is a dark day for every American family,", "Menendez", None)],
    ),
    (
        '"Why is he still being held?" asked his sister, Elizabeth Whelan.',
        [("Why is he still being held?", "Elizabeth Whelan", None)],
    ),
    (
        '"We welcome the news," said Justin Trudeau. Meanwhile, China\'s foreign ministry said '
        'the case was "handled according to the law."',
        [
            ("We welcome the news,", "Trudeau", None),
            ("handled according to the law.", None, "Foreign Ministry"),
        ],
    ),
    # ---- according to
    (
        'The exchange was "a humanitarian gesture by the Russian side," according to '
        "Kremlin spokesman Dmitry Peskov.",
        [("a humanitarian gesture by the Russian side,", "Peskov", "RU")],
    ),
    (
        'According to Swedish Foreign Minister Tobias Billstrom, "every channel is being '
        'used to secure his release."',
        [("every channel is being used to secure his release.", "Billstrom", "SE")],
    ),
    (
        '"The talks are at a delicate stage," according to a diplomat familiar with '
        "the negotiations.",
        [("The talks are at a delicate stage,", None, None)],
    ),
    # ---- split quotations and several quotations by one speaker
    (
        '"We are relieved," Canadian Prime Minister Justin Trudeau said, "but the work '
        'is not over for the others still held."',
        [
            ("We are relieved,", "Trudeau", "CA"),
            ("but the work is not over for the others still held.", "Trudeau", "CA"),
        ],
    ),
    (
        '"We are deeply disappointed," Swiss Foreign Minister Ignazio Cassis said. '
        '"The verdict ignores the evidence the defence presented."',
        [
            ("We are deeply disappointed,", "Cassis", "CH"),
            ("The verdict ignores the evidence the defence presented.", "Cassis", "CH"),
        ],
    ),
    # ---- quotations over several paragraphs, and paragraphs that only quote
    (
        'U.S. Secretary of State Antony Blinken said: "The first point is that these men '
        "were detained on spurious charges.\n\n"
        '"The second point is that we will not rest until they are home."',
        [
            (
                "The first point is that these men were detained on spurious charges.",
                "Blinken",
                "US",
            ),
            ("The second point is that we will not rest until they are home.", "Blinken", "US"),
        ],
    ),
    (
        '"The first point is that these men were held on spurious charges.\n\n'
        '"The second point is that we will not rest until they are home," U.S. Secretary of '
        "State Antony Blinken said.",
        [
            ("The first point is that these men were held on spurious charges.", "Blinken", "US"),
            ("The second point is that we will not rest until they are home,", "Blinken", "US"),
        ],
    ),
    (
        '"This verdict is a disgrace to the court." Irwin Cotler said.',
        [("This verdict is a disgrace to the court.", "Cotler", None)],
    ),
    (
        "New Zealand Prime Minister Jacinda Ardern said the country would sign the "
        "declaration.\n\n"
        '"We stand with our partners on this important principle."',
        [("We stand with our partners on this important principle.", "Ardern", "NZ")],
    ),
    (
        "Irwin Cotler, the human rights lawyer, welcomed the news from Beijing.\n\n"
        '"It is a good day for the rule of law," Cotler said.\n\n'
        '"But the work of ending this practice has only begun."',
        [
            ("It is a good day for the rule of law,", "Cotler", None),
            ("But the work of ending this practice has only begun.", "Cotler", None),
        ],
    ),
    # ---- a quotation inside a quotation stays inside
    (
        "\u201cThey call it \u2018hostage diplomacy\u2019 and they are right to,\u201d "
        "Canadian Senator Peter Boehm said.",
        [("They call it \u2018hostage diplomacy\u2019 and they are right to,", "Boehm", "CA")],
    ),
    (
        "\"Beijing's so-called 'legal process' was a sham from the start,\" British "
        "Foreign Secretary Dominic Raab said.",
        [("Beijing's so-called 'legal process' was a sham from the start,", "Raab", "GB")],
    ),
    # ---- missing quotation marks
    (
        "Australian Foreign Minister Julie Bishop said the sentence was \u201ca matter of deep "
        "concern to every Australian.",
        [("a matter of deep concern to every Australian.", "Bishop", "AU")],
    ),
    (
        "Australian Foreign Minister Julie Bishop said the government had raised the case "
        "repeatedly. We have done everything we can to bring him home,\u201d she said.",
        [("We have done everything we can to bring him home,", "Bishop", "AU")],
    ),
    (
        "Asked about the case, the spokeswoman gave a short answer. There was no deal and "
        'no negotiation of any kind, "Jen Psaki said.',
        [("There was no deal and no negotiation of any kind,", "Psaki", None)],
    ),
    # ---- unnamed speakers keep the state their description gives
    (
        '"The timing is not a coincidence," said a senior Canadian official who asked not '
        "to be named.",
        [("The timing is not a coincidence,", None, "CA")],
    ),
    (
        "An Iranian official, speaking on condition of anonymity, said the case was "
        '"a matter for the judiciary alone."',
        [("a matter for the judiciary alone.", None, "IR")],
    ),
    (
        "A British government source told reporters the talks had stalled.\n\n"
        '"Nobody expects a breakthrough before the summer," the source said.',
        [("Nobody expects a breakthrough before the summer,", None, "GB")],
    ),
    (
        "Two Canadian diplomats, who spoke on condition they not be identified, said the "
        'move was "long overdue and widely supported."',
        [("long overdue and widely supported.", None, "CA")],
    ),
    # ---- bodies speaking for themselves
    (
        'The Chinese Foreign Ministry said the two men had "seriously endangered national '
        'security."',
        [("seriously endangered national security.", None, "Foreign Ministry")],
    ),
    (
        "The state-run Global Times, which often reflects official thinking, described the "
        'arrests as "a clear case of political manipulation."',
        [("a clear case of political manipulation.", None, "Global Times")],
    ),
    (
        "The U.S. State Department last week urged Tehran to free him, condemning Iran's "
        '"cynical use of foreign nationals as leverage."',
        [("cynical use of foreign nationals as leverage.", None, "State Department")],
    ),
    (
        "The Chinese Foreign Ministry insisted the detentions had nothing to do with the "
        'extradition case. "These are two entirely separate matters," it said.',
        [("These are two entirely separate matters,", None, "Foreign Ministry")],
    ),
    # ---- pronouns and roles
    (
        "Canadian Prime Minister Justin Trudeau spoke to reporters in Ottawa.\n\n"
        '"We will keep pressing China at every level," he said.',
        [("We will keep pressing China at every level,", "Trudeau", "CA")],
    ),
    (
        "Chinese Foreign Ministry spokeswoman Hua Chunying rejected the criticism. "
        '"Canada should reflect on its own conduct first," she said.',
        [("Canada should reflect on its own conduct first,", "Hua Chunying", "CN")],
    ),
    (
        "A spokesperson for the Russian embassy in London declined to discuss the case "
        'in detail, saying only that it was "a matter for the Russian courts."',
        [("a matter for the Russian courts.", None, "RU")],
    ),
    # ---- a single-quoted headline, and its repetition in the body
    (
        "Canada's foreign minister calls detentions 'arbitrary and deeply unjust'\n\n"
        "Canadian Foreign Minister Melanie Joly on Friday called the detentions "
        '"arbitrary and deeply unjust" and demanded the men\'s release.',
        [("arbitrary and deeply unjust", "Joly", "CA")],
    ),
    (
        "'We will not be intimidated,' Taiwanese President Tsai Ing-wen said in a speech.",
        [("We will not be intimidated,", "Tsai Ing-wen", "TW")],
    ),
    (
        "Swiss envoy says talks 'constructive but far from over'",
        [("constructive but far from over", None, "CH")],
    ),
    # ---- a duplicated lead paragraph is read once
    (
        'British Foreign Secretary Dominic Raab said the ruling was "an outrageous '
        'affront to justice" and summoned the ambassador.\n\n'
        'British Foreign Secretary Dominic Raab said the ruling was "an outrageous '
        'affront to justice" and summoned the ambassador.',
        [("an outrageous affront to justice", "Raab", "GB")],
    ),
    # ---- titles, nicknames, short phrases and apostrophes are not statements
    (
        "Dozens of states endorsed the \u201cDeclaration Against Arbitrary Detention in "
        "State-to-State Relations\u201d at a ceremony in Ottawa.",
        [],
    ),
    ('Arms dealer Viktor Bout, known as "the merchant of death," was freed in the swap.', []),
    ('Critics have long called the practice "hostage diplomacy."', []),
    ('The airlift was code-named "Operation Fast Return" by planners.', []),
    ('He once starred in "The Man Who Knew Too Much" on a London stage.', []),
    ("China's envoy said the men's families weren't told of the move.", []),
    ("The cell was 6' by 8' and lit day and night.", []),
    (
        "It is much harder to ignore many voices than a single one. - U.S. Secretary of "
        "State Antony Blinken",
        [],
    ),
    # ---- other marks and odd layouts
    (
        "\u00abNous ne c\u00e9derons pas au chantage\u00bb, a d\u00e9clar\u00e9 le ministre.",
        [("Nous ne c\u00e9derons pas au chantage", None, None)],
    ),
    (
        '"Free Paul Whelan now," read a banner outside the embassy in Moscow.',
        [("Free Paul Whelan now,", None, None)],
    ),
    (
        "Jen Psaki, the White House press secretary, said the administration "
        "\u201cwill keep raising his case at every opportunity.\u201d",
        [("will keep raising his case at every opportunity.", "Psaki", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_and_speakers(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = _quotes(text)
    assert [s.text for s in found] == [e[0] for e in expected]
    for statement, (_, speaker, affiliation) in zip(found, expected, strict=True):
        assert statement.kind is StatementKind.DIRECT
        name = _speaker(statement)
        if speaker is None:
            assert name is None, statement
        else:
            assert name is not None, statement
            assert name.endswith(speaker), statement
        if affiliation is not None:
            assert _affiliation(statement) is not None, statement
            assert (_affiliation(statement) or "").endswith(affiliation), statement


# (passage, quotation, date or None, venue or None, audience or None)
CIRCUMSTANCES: list[tuple[str, str, str | None, Venue | None, str | None]] = [
    (
        "At a press briefing on Monday, Chinese Foreign Ministry spokeswoman Mao Ning said "
        'the case "was handled in strict accordance with the law."',
        "was handled in strict accordance with the law.",
        "2022-03-07",
        Venue.PRESS_BRIEFING,
        None,
    ),
    (
        '"We want him home before the holidays," Elizabeth Whelan said in an interview '
        "with CNN on Sunday.",
        "We want him home before the holidays,",
        "2022-03-06",
        Venue.INTERVIEW,
        "CNN",
    ),
    (
        '"Holding innocent people as leverage is simply wrong," Canadian Foreign Minister '
        "Melanie Joly told Reuters.",
        "Holding innocent people as leverage is simply wrong,",
        None,
        Venue.INTERVIEW,
        "Reuters",
    ),
    (
        "During a phone call with Iran's foreign minister, Canadian Foreign Minister Melanie "
        'Joly said she wanted "a swift and safe return for every Canadian held in Iran."',
        "a swift and safe return for every Canadian held in Iran.",
        None,
        Venue.PHONE_CALL,
        None,
    ),
    (
        "Russian Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram that the "
        'verdict was "entirely predictable for a Western court."',
        "entirely predictable for a Western court.",
        None,
        Venue.SOCIAL_MEDIA,
        None,
    ),
    (
        '"Let me be clear: we do not negotiate over the lives of our citizens," '
        "Australian Prime Minister Anthony Albanese told a news conference on Thursday.",
        "Let me be clear: we do not negotiate over the lives of our citizens,",
        "2022-03-10",
        Venue.PRESS_CONFERENCE,
        None,
    ),
    (
        "Canadian Prime Minister Justin Trudeau addressed the United Nations General "
        "Assembly on Tuesday.\n\n"
        '"Arbitrary detention is a tool of coercion no country should tolerate," Trudeau said.',
        "Arbitrary detention is a tool of coercion no country should tolerate,",
        "2022-03-08",
        Venue.SPEECH,
        None,
    ),
    (
        "In December, the committee urged ministers to treat the case as "
        '"an act of state hostage taking." The committee also called for "a firmer and '
        'better-organised response."',
        "a firmer and better-organised response.",
        "2021-12",
        None,
        None,
    ),
    (
        "Ministers from 40 countries joined an online conference organised by Ottawa on "
        "Monday.\n\n"
        "British Foreign Secretary James Cleverly told the conference that holding foreigners "
        'as leverage "has no place in modern diplomacy."',
        "has no place in modern diplomacy.",
        "2022-03-07",
        Venue.CONFERENCE,
        None,
    ),
    (
        'Justin Trudeau spoke to reporters on Friday.\n\n"We are not going to be bullied," he '
        "told CNN on Sunday.",
        "We are not going to be bullied,",
        "2022-03-06",
        Venue.INTERVIEW,
        "CNN",
    ),
    (
        "Speaking to reporters in Ottawa, Canadian Prime Minister Justin Trudeau said the two "
        'men "have been through an incredibly difficult ordeal."',
        "have been through an incredibly difficult ordeal.",
        None,
        None,
        "reporters",
    ),
    (
        'Elizabeth Whelan said her brother was "holding up as well as anyone could."',
        "holding up as well as anyone could.",
        None,
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "quote", "date", "venue", "audience"), CIRCUMSTANCES)
def test_dates_venues_and_audiences(
    text: str, quote: str, date: str | None, venue: Venue | None, audience: str | None
) -> None:
    found = {s.text: s for s in _quotes(text)}
    statement = found[quote]
    assert statement.date == (None if date is None else PartialDate.parse(date))
    assert statement.venue is venue
    assert statement.audience == audience


def test_undated_article_gives_undated_statements() -> None:
    found = _quotes(
        'Canadian Prime Minister Justin Trudeau said on Friday that "the work goes on."',
        published=None,
    )
    assert [s.date for s in found] == [None]


def test_evidence_points_at_quote_speaker_and_date() -> None:
    text = '"We will not trade people like poker chips," Melanie Joly said on Tuesday.'
    doc = _doc(text)
    (statement,) = find_quotes(doc, find_people(doc, find_places(doc)), find_dates(doc))
    fields = {e.field: e.text for e in statement.evidence}
    assert fields["text"] == "We will not trade people like poker chips,"
    assert fields["speaker"] == "Melanie Joly"
    assert fields["date"] == "Tuesday"
    for evidence in statement.evidence:
        assert doc.source.slice(evidence.span) == evidence.text


def test_curly_marks_and_apostrophes_are_kept_as_printed() -> None:
    (statement,) = _quotes("\u201cIt\u2019s unjust, and it\u2019s unacceptable,\u201d Raab said.")
    assert statement.text == "It\u2019s unjust, and it\u2019s unacceptable,"


def test_reported_statements() -> None:
    text = (
        "Beijing maintains the two men broke Chinese law and endangered state security.\n\n"
        "Canadian Foreign Minister Melanie Joly told Reuters that the detentions were "
        "plainly arbitrary.\n\n"
        "The Chinese Foreign Ministry denied any link between the two cases."
    )
    doc = _doc(text)
    people = find_people(doc, find_places(doc))
    reported = find_reported_statements(doc, people, find_dates(doc))
    by_text = {s.text: s for s in reported}
    assert all(s.kind is StatementKind.INDIRECT for s in reported)
    china = by_text["the two men broke Chinese law and endangered state security"]
    assert china.speaker is None
    assert china.affiliation == State("CN")
    joly = by_text["the detentions were plainly arbitrary"]
    assert isinstance(joly.speaker, Person)
    assert joly.speaker.name.endswith("Joly")
    denial = by_text["any link between the two cases"]
    assert isinstance(denial.speaker, Organization)
    assert find_quotes(doc, people, find_dates(doc)) == []


# ---------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    [
        '"',
        "'",
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        " said ",
        " he said",
        ", ",
        ". ",
        "\n\n",
        "Garneau",
        "the official",
        "according to",
        " on Monday ",
        "It's",
        "we are here",
        "Canada",
        "told Reuters",
        "x",
        " ",
    ]
)
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40).map("".join)


def _safe_quotes(text: str) -> tuple[Document, list[Statement]] | None:
    try:
        doc = _doc("Lead. " + text)
    except ArbdetError:
        return None
    people = find_people(doc, find_places(doc))
    return doc, find_quotes(doc, people, find_dates(doc))


@settings(max_examples=60)
@given(_TEXTS)
def test_quotes_never_keep_their_own_marks(text: str) -> None:
    result = _safe_quotes(text)
    if result is None:
        return
    doc, _ = result
    for span in find_quote_spans(doc):
        inner = doc.text[span.start : span.end]
        mark = "'" if span.single else '"'
        assert inner
        assert not inner.startswith(mark)
        assert not inner.endswith(mark) or span.closing is None


@settings(max_examples=60)
@given(_TEXTS)
def test_evidence_is_the_source_slice_and_output_is_deterministic(text: str) -> None:
    result = _safe_quotes(text)
    if result is None:
        return
    doc, found = result
    for statement in found:
        assert statement.text == statement.text.strip()
        for evidence in statement.evidence:
            assert doc.source.slice(evidence.span) == evidence.text
    again = _safe_quotes(text)
    assert again is not None
    assert again[1] == found


@settings(max_examples=60)
@given(st.text(max_size=200))
def test_total_over_arbitrary_text(text: str) -> None:
    result = _safe_quotes(text)
    if result is not None:
        assert all(isinstance(s, Statement) for s in result[1])


# ---------------------------------------------------------------- seed articles


def _load_score(shared_eval: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("arbdet_eval_score", shared_eval / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _facts_statement(statement: Statement) -> dict[str, Any]:
    affiliation: str | None = None
    if isinstance(statement.speaker, Organization):
        affiliation = statement.speaker.name
    elif isinstance(statement.affiliation, Organization):
        affiliation = statement.affiliation.name
    elif isinstance(statement.affiliation, State):
        affiliation = statement.affiliation.code
    return {
        "quote": statement.text,
        "speaker": _speaker(statement),
        "speaker_affiliation": affiliation,
        "date": None if statement.date is None else str(statement.date),
    }


def test_seed_articles_statements(shared_eval: Path) -> None:
    seeds = sorted((shared_eval / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed articles")
    score = _load_score(shared_eval)
    tallies = {kind: score.Tally() for kind in score.KINDS}
    for path in seeds:
        gold_path = shared_eval / "gold" / "seeds" / (path.stem + ".json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = Document.from_source(read_source(path))
        people = find_people(doc, find_places(doc))
        found = find_quotes(doc, people, find_dates(doc))
        predicted = {"statements": [_facts_statement(s) for s in found]}
        score.score_doc(path.name, {"statements": gold["statements"]}, predicted, tallies, False)
    tally = tallies["statements"]
    precision, recall, f1 = tally.prf()
    right, total = tally.speaker
    report = (
        f"statements P {precision:.3f} R {recall:.3f} F1 {f1:.3f}; "
        f"speaker {right}/{total}; errors: {tally.errors}"
    )
    assert f1 >= 0.9, report
    assert right / max(total, 1) >= 0.9, report
