"""Direct quotations and their attribution (arbdet.extract.quotes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet.errors import ArbdetError
from arbdet.extract.pipeline import STEPS, Tagger
from arbdet.extract.quotes import find_quotes, find_reported_statements
from arbdet.facts import to_facts
from arbdet.io import read_source
from arbdet.model import (
    ArticleFacts,
    Organization,
    PartialDate,
    Person,
    State,
    Statement,
    StatementKind,
    Venue,
)
from arbdet.text import Document
from tests.conftest import Scorer

PUBLISHED = "2022-03-10"  # a Thursday


def _tagged(doc: Document) -> Document:
    """``doc`` with the layers the statements reader reads (every tagger's)."""
    for step in STEPS:
        if isinstance(step, Tagger):
            step.run(doc)
    return doc


def _doc(text: str, published: str | None = PUBLISHED) -> Document:
    return _tagged(Document.from_source(read_source(text, published=published)))


def _quotes(text: str, published: str | None = PUBLISHED) -> list[Statement]:
    return find_quotes(_doc(text, published))


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
        [("The charges against him are baseless,", "Navalny", None)],  # no office: no state
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
        [("Her release is long overdue and very welcome.", "Truss", "GB")],
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
            ("We welcome the news,", "Trudeau", "CA"),
            ("handled according to the law.", None, "CN"),
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
        [("seriously endangered national security.", None, "CN")],
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
        [("These are two entirely separate matters,", None, "CN")],
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
        [("will keep raising his case at every opportunity.", "Psaki", "US")],
    ),
]


# ---- who speaks, when the text leaves part of it to the reader
CASES += [
    # an official named by office alone: the state from the gazetteer of officials
    (
        'Prime Minister Justin Trudeau told reporters the pair were "finally on their way home."',
        [("finally on their way home.", "Trudeau", "CA")],
    ),
    (
        "Asked about the case, Press Secretary Karine Jean-Pierre said the White House "
        '"will not stop until every wrongfully detained American is back."',
        [("will not stop until every wrongfully detained American is back.", "Jean-Pierre", "US")],
    ),
    (
        '"Our patience has limits," the Minister of Foreign Affairs, Penny Wong, said.',
        [("Our patience has limits,", "Penny Wong", "AU")],
    ),
    (
        '"There is no such thing as a trade," said Foreign Ministry spokesman Wang Wenbin.',
        [("There is no such thing as a trade,", "Wang Wenbin", "CN")],
    ),
    # a former official now heading a private body still speaks as his state's
    (
        "Irwin Cotler, founder of the Raoul Wallenberg Centre for Human Rights, said the "
        'release was "welcome but long overdue."',
        [("welcome but long overdue.", "Cotler", "CA")],
    ),
    # an officer of a body that is not an organ of government speaks for the body
    (
        '"She did nothing but her job," RFE/RL\'s acting president, Jeffrey Gedmin, said.',
        [("She did nothing but her job,", "Gedmin", "RFE/RL")],
    ),
    (
        "\u201cThis is a show trial from start to finish,\u201d said Agnes Callamard, "
        "Amnesty\u2019s secretary general.",
        [("This is a show trial from start to finish,", "Callamard", "Amnesty International")],
    ),
    # a private person has no affiliation
    (
        'Her brother, Tom Harwood, said the family was "exhausted but hopeful."',
        [("exhausted but hopeful.", "Harwood", None)],
    ),
    # an organ of a state speaks as its state
    (
        "Russia's embassy in London said in a statement that the trial had been "
        '"open, fair and lawful."',
        [("open, fair and lawful.", None, "RU")],
    ),
    (
        "China's foreign ministry said on Saturday the men had been released on bail. "
        '"Linking the cases is pure speculation," a ministry spokesperson said.',
        [("Linking the cases is pure speculation,", None, "CN")],
    ),
    (
        "The embassy of Iran in Ottawa issued a short note. A spokesman of the embassy "
        'called the report "baseless and hostile."',
        [("baseless and hostile.", None, "IR")],
    ),
    (
        "Joe Biden welcomed the swap on Friday. "
        '"Nothing was promised in return," a senior Biden administration official said.',
        [("Nothing was promised in return,", None, "US")],
    ),
    (
        "The press service of Vladimir Putin said the pardons had been signed "
        '"on humanitarian grounds."',
        [("on humanitarian grounds.", None, "RU")],
    ),
    (
        'Iranian authorities said the two had been freed "after serving their sentences."',
        [("after serving their sentences.", None, "IR")],
    ),
    (
        '"The verdict is a travesty," the Okafor family said in a statement.',
        [("The verdict is a travesty,", None, "Okafor family")],
    ),
    # an office of a body of known state, a demonym: the state
    (
        'The Kremlin\'s spokesman said the case was "a purely legal matter for the court."',
        [("a purely legal matter for the court.", None, "RU")],
    ),
    (
        '"We are following the case closely," a White House press secretary said.',
        [("We are following the case closely,", None, "US")],
    ),
    (
        '"This is a matter for the courts alone," a Chinese foreign ministry spokesperson '
        "told reporters.",
        [("This is a matter for the courts alone,", None, "CN")],
    ),
    # pronouns: the subject just before, not a name inside a quotation
    (
        "Dominic Barton, Canada's ambassador to China, visited Michael Spavor in Dandong. "
        'Speaking afterwards, he said the verdict "changes nothing at all."',
        [("changes nothing at all.", "Barton", "CA")],
    ),
    (
        "His sister, Ruth Okafor, was calmer. \u201cI don\u2019t blame Daniel for any of "
        "this,\u201d she said.",
        [("I don\u2019t blame Daniel for any of this,", "Okafor", None)],
    ),
    (
        "The Committee to Protect Journalists, which tracks such cases, was blunt. "
        '"Journalism is not a crime," it said.',
        [("Journalism is not a crime,", None, "Committee to Protect Journalists")],
    ),
    (
        "A Swedish diplomat who asked not to be named said the talks had stalled. "
        '"Nobody wants to blink first," he said.',
        [("Nobody wants to blink first,", None, "SE")],
    ),
    (
        "The parents of the detainee, Ana and Luis Ortega, welcomed the decision. "
        '"Justice has finally been done," they said.',
        [("Justice has finally been done,", None, None)],
    ),
    # an attribution that opens the next quotation is not the previous one's
    (
        'Foreign Minister Melanie Joly said in a statement: "The charges are baseless." '
        'She added: "We call for their immediate release."',
        [
            ("The charges are baseless.", "Joly", "CA"),
            ("We call for their immediate release.", "Joly", "CA"),
        ],
    ),
    (
        'The Kremlin says Moscow acted "in full accordance with the law," and a senior '
        'Canadian official told reporters: "We made no deal."',
        [("in full accordance with the law,", None, "Kremlin"), ("We made no deal.", None, "CA")],
    ),
    # a quotation introduced by a colon is its sentence's subject's
    (
        'Foreign Secretary James Cleverly did not mince words: "This is hostage-taking."',
        [("This is hostage-taking.", "Cleverly", "GB")],
    ),
    (
        '"We will not rest until she is free," has promised Marie Dubois, her sister.',
        [("We will not rest until she is free,", "Marie Dubois", None)],
    ),
    # a surname shared by relatives is the person the story named first
    (
        "Paul Whelan has been held since 2018. His brother, David Whelan, campaigns for "
        'him.\n\n"I am still waiting for my government," Whelan said.',
        [("I am still waiting for my government,", "Paul Whelan", None)],
    ),
    # a press release signs its quotations on the line after them
    (
        "News release\n\n"
        '"Today we mark a year since the Declaration was launched.\n\n'
        '"We will keep working with our partners until the practice ends."\n\n'
        "- The Honourable Mélanie Joly, Minister of Foreign Affairs",
        [
            ("Today we mark a year since the Declaration was launched.", "Joly", "CA"),
            ("We will keep working with our partners until the practice ends.", "Joly", "CA"),
        ],
    ),
    # a generational suffix belongs to the name; a given name that is also a common word
    (
        "Robert Allen Young Jr., who runs a veterans charity, spoke in Ohio on Sunday. "
        '"Nobody came home from that camp the same," he said.',
        [("Nobody came home from that camp the same,", "Young Jr.", None)],
    ),
    (
        "Shane Bauer and his friends were released in 2011. Back in California, Bauer said: "
        '"We were bargaining chips and nothing more."',
        [("We were bargaining chips and nothing more.", "Shane Bauer", None)],
    ),
    # an unnamed person at a body that is not a state's organ speaks for that body
    (
        '"The exchange changed how both sides bargained for decades," said a curator at the '
        "Cold War Museum in Virginia, who declined to give her name.",
        [("The exchange changed how both sides bargained for decades,", None, "Cold War Museum")],
    ),
    (
        "Secretary of State George Shultz rejected the idea. "
        '"Nobody was traded for anybody," he said. A historian at the Humboldt University '
        'sees it otherwise. "Every such case ends in a bargain," he says.',
        [
            ("Nobody was traded for anybody,", "Shultz", None),
            ("Every such case ends in a bargain,", None, "Humboldt University"),
        ],
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
        "2022-03-10",
        Venue.INTERVIEW,
        "Reuters",
    ),
    (
        "During a phone call with Iran's foreign minister, Canadian Foreign Minister Melanie "
        'Joly said she wanted "a swift and safe return for every Canadian held in Iran."',
        "a swift and safe return for every Canadian held in Iran.",
        "2022-03-10",
        Venue.PHONE_CALL,
        None,
    ),
    (
        "Russian Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram that the "
        'verdict was "entirely predictable for a Western court."',
        "entirely predictable for a Western court.",
        "2022-03-10",
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
        "2022-03-10",
        None,
        "reporters",
    ),
    (
        'Elizabeth Whelan said her brother was "holding up as well as anyone could."',
        "holding up as well as anyone could.",
        "2022-03-10",
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


# (passage, quotation, the date it was said or None); published on Thursday 2022-03-10
WHEN_SAID: list[tuple[str, str, str | None]] = [
    # a day the sentence before gives its subject's act
    (
        "Kremlin spokesman Dmitry Peskov declined on Monday to discuss any talks. "
        '"Such matters are settled in silence," Peskov said.',
        "Such matters are settled in silence,",
        "2022-03-07",
    ),
    (
        "On Tuesday, Penny Wong rejected the verdict. "
        '"It is not the outcome anyone hoped for," she said.',
        "It is not the outcome anyone hoped for,",
        "2022-03-08",
    ),
    (
        "At a news conference on Monday, Dr. Ana Ruiz, the hospital's chief of neurology, "
        "said the patient had suffered severe damage.\n\n"
        '"He shows no sign of understanding language," Ruiz said.\n\n'
        "At the same news conference, his father, Tom Reyes, did not hold back. "
        '"They hid his condition from us," he said.',
        "They hid his condition from us,",
        "2022-03-07",
    ),
    # a date of the past in that sentence is not when anything was said
    (
        'Whelan was arrested in December 2018. "I did nothing wrong," he said.',
        "I did nothing wrong,",
        None,
    ),
    # but a date in the words that describe the speaker is background: the day of the news
    (
        "Paul Whelan, who has been held in Russia since December 2018, told CNN he was "
        '"tired of being told to wait."',
        "tired of being told to wait.",
        "2022-03-10",
    ),
    # a present-tense attribution speaks as of publication
    (
        '"Our citizens are home," says Prime Minister Ulf Kristersson.',
        "Our citizens are home,",
        "2022-03-10",
    ),
    # a timeline's dated headings date the entries under them
    (
        "March 2, 2022\n\nThe court hands down its verdict. "
        '"We will appeal," the defence lawyer tells reporters.\n\n'
        "March 8, 2022\n\nThe appeal is filed. "
        '"The fight goes on," the lawyer says.',
        "We will appeal,",
        "2022-03-02",
    ),
    (
        "March 2, 2022\n\nThe court hands down its verdict.\n\n"
        "March 8, 2022\n\nThe appeal is filed. "
        '"The fight goes on," the lawyer says.\n\n'
        "What comes next\n\n"
        '"Nobody really knows yet," an analyst said.',
        "Nobody really knows yet,",
        None,
    ),
    # a timeline's entry opened by its date (and a dash) is of that day, in the year above it
    (
        "2019\n\nMarch 4 — The court opens the trial of Ana Ruiz.\n\n2021\n\n"
        'June 2 — Ana Ruiz is freed and flies home. "I never stopped believing," she says.'
        '\n\nShe thanks her lawyers too. "They never gave up on me," she says.',
        "They never gave up on me,",
        "2021-06-02",
    ),
    # one date line over an article (a dateline) is no timeline
    (
        "March 8, 2022\n\nThe court announced its verdict on March 2. "
        '"We will appeal," a lawyer said.',
        "We will appeal,",
        None,
    ),
    # a live blog's posts, headed by a time of day, are of the blog's day
    (
        "Live updates\n\n4:52 p.m. ET\nWhelan speaks from prison\n"
        'Paul Whelan spoke by phone. "I am glad she is free," he said.\n\n'
        "1:40 p.m. ET\nKremlin reacts\n"
        '"Channels still exist," Kremlin spokesman Dmitry Peskov said.',
        "Channels still exist,",
        "2022-03-10",
    ),
    # a press release's quotations are of the day it is issued
    (
        "News release\n\n"
        '"We welcome every new endorsement of the Declaration."\n\n'
        "- Mélanie Joly, Minister of Foreign Affairs",
        "We welcome every new endorsement of the Declaration.",
        "2022-03-10",
    ),
    # "that evening", "the same day": the day named just before
    (
        "Iran released the two Britons on Wednesday. Foreign Secretary Liz Truss spoke to "
        'journalists at Northolt that evening, calling the return "a huge relief for both '
        'families."\n\n"We never stopped working for this," Truss said.',
        "We never stopped working for this,",
        "2022-03-09",
    ),
    (
        "The court announced the verdict on Tuesday. Australian Foreign Minister Penny Wong "
        'said the same day that it was "a deeply distressing outcome for his family."',
        "a deeply distressing outcome for his family.",
        "2022-03-08",
    ),
    (
        "The talks dragged on through March. Australian Foreign Minister Penny Wong said "
        'that evening the outcome was "still far from certain for his family."',
        "still far from certain for his family.",
        None,
    ),
    # a report's undated reaction is of the day the report tells of
    (
        "Moscow freed the American teacher on Tuesday in a deal brokered by Qatar.\n\n"
        '"He is coming home to his mother," Secretary of State Antony Blinken said in a '
        "statement.",
        "He is coming home to his mother,",
        "2022-03-08",
    ),
    (
        "The verdict was read out in a courtroom in Tehran.\n\n"
        '"This is a travesty of justice," his wife told reporters outside the court.',
        "This is a travesty of justice,",
        "2022-03-10",
    ),
    # unless its paragraph names another time (not in the words that describe the speaker)
    (
        "Moscow freed the American teacher on Tuesday.\n\n"
        "His sister, who has campaigned for his release since 2019, said the family was "
        '"running out of patience."',
        "running out of patience.",
        "2022-03-08",
    ),
    (
        "Moscow freed the American teacher on Tuesday.\n\n"
        "The talks on his case had stalled in 2019. His sister said the family was "
        '"running out of patience."',
        "running out of patience.",
        None,
    ),
    # an appositive that tells of the occasion dates it
    (
        "Foreign Minister Penny Wong, speaking in Canberra on Tuesday, called the verdict "
        '"a deeply distressing outcome."',
        "a deeply distressing outcome.",
        "2022-03-08",
    ),
    # "at the time": the time named before it, at its own precision
    (
        "The teacher was freed in an exchange in December 2021. "
        '"Nobody pretends it was a fair trade," an official told reporters at the time.',
        "Nobody pretends it was a fair trade,",
        "2021-12",
    ),
    # a role before the name does not make the role's holder elsewhere the speaker
    (
        "White House press secretary Karine Jean-Pierre spoke later. The press secretary of "
        "the President Dmitry Peskov told journalists on Tuesday that the Kremlin knew of the "
        'case. "He was caught in the act, as far as we know," said Peskov.',
        "He was caught in the act, as far as we know,",
        "2022-03-08",
    ),
]


@pytest.mark.parametrize(("text", "quote", "date"), WHEN_SAID)
def test_when_it_was_said(text: str, quote: str, date: str | None) -> None:
    found = {s.text: s for s in _quotes(text)}
    assert found[quote].date == (None if date is None else PartialDate.parse(date))


def test_undated_article_gives_undated_statements() -> None:
    found = _quotes(
        'Canadian Prime Minister Justin Trudeau said on Friday that "the work goes on."',
        published=None,
    )
    assert [s.date for s in found] == [None]


def test_evidence_points_at_quote_speaker_and_date() -> None:
    text = '"We will not trade people like poker chips," Melanie Joly said on Tuesday.'
    doc = _doc(text)
    (statement,) = find_quotes(doc)
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
    reported = find_reported_statements(doc)
    by_text = {s.text: s for s in reported}
    assert all(s.kind is StatementKind.INDIRECT for s in reported)
    china = by_text["the two men broke Chinese law and endangered state security"]
    assert china.speaker is None
    assert china.affiliation == State("CN")
    joly = by_text["the detentions were plainly arbitrary"]
    assert isinstance(joly.speaker, Person)
    assert joly.speaker.name.endswith("Joly")
    denial = by_text["any link between the two cases"]  # an organ of China speaks as China
    assert denial.speaker is None
    assert denial.affiliation == State("CN")
    assert find_quotes(doc) == []


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
    return doc, find_quotes(doc)


@settings(max_examples=60)
@given(_TEXTS)
def test_quotes_never_keep_their_own_marks(text: str) -> None:
    result = _safe_quotes(text)
    if result is None:
        return
    doc, _ = result
    for span in doc.quotations:
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


def test_seed_articles_statements(shared_eval: Path, scorer: Scorer, tmp_path: Path) -> None:
    predicted = []
    for path in sorted((shared_eval / "seeds").glob("*.txt")):
        source = read_source(path)
        doc = _tagged(Document.from_source(source))
        found = find_quotes(doc)
        predicted.append(to_facts(ArticleFacts(source, statements=tuple(found))))
    summary = scorer.summary(shared_eval / "gold" / "seeds", predicted, tmp_path, ("statements",))
    statements = summary["kinds"]["statements"]
    assert statements["f1"] >= 0.9, statements
    assert statements["speaker_accuracy_on_matched_quotes"] >= 0.9, statements


# ---------------------------------------------------------------- tuning numbers


def test_a_speaker_carries_over_a_passage_of_paragraphs_and_no_further() -> None:
    from arbdet.extract.quotes._reader import PASSAGE

    opening = "Her brother Tomas Rinne said the family had heard nothing for weeks.\n\n"
    quote = '"We only want a phone call, nothing more."'

    def fillers(count: int) -> str:
        return "".join(f"The town had {n} visitors that week.\n\n" for n in range(count))

    near = _quotes(opening + fillers(PASSAGE - 1) + quote)
    far = _quotes(opening + fillers(PASSAGE) + quote)
    assert _speaker(near[0]) == "Tomas Rinne"
    assert _speaker(far[0]) is None


def test_only_a_short_sentence_after_a_quotation_attributes_it() -> None:
    from arbdet.extract.quotes._attribution import SHORT_SENTENCE

    short = "Irena Kovac said."
    assert len(short.split()) + 1 <= SHORT_SENTENCE
    (attributed,) = _quotes(f'"They cannot keep him forever." {short}')
    assert _speaker(attributed) == "Irena Kovac"
    long_one = (
        "Irena Kovac said the court had ignored every piece of evidence the defence "
        "presented over three long days."
    )
    (unattributed,) = _quotes(f'"They cannot keep him forever." {long_one}')
    assert _speaker(unattributed) is None


def test_a_long_stretch_of_capitalised_words_is_speech_not_a_title() -> None:
    from arbdet.extract.quotes._titles import MAX_TITLE_WORDS

    title = " ".join(["Free"] * MAX_TITLE_WORDS)
    speech = " ".join(["Free"] * (MAX_TITLE_WORDS + 1))
    assert _quotes(f'The crowd read out "{title}" at the gate.') == []
    assert [s.text for s in _quotes(f'The crowd read out "{speech}" at the gate.')] == [speech]
