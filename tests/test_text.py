import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import Source, read_source
from arbdet.text import TOKEN_PATTERN, Document, occurrences
from arbdet.text._normalize import CHARACTER_MAP
from arbdet.text._segment import _STOPS_AND_QUOTES
from arbdet.text._words import _figure_runs, best_split, split_run_together


def _doc(text: str) -> Document:
    return Document.from_source(read_source(text))


def test_normalises_marks_and_keeps_offsets() -> None:
    text = "“It’s wrong,” said Raab\u00a0on Monday — firmly."
    doc = _doc(text)
    assert doc.text.startswith('"It\'s wrong," said Raab on Monday - firmly.')
    start = doc.text.index("Raab")
    assert doc.evidence(start, start + 4, "test").text == "Raab"


def test_dash_between_words_gets_spaces() -> None:
    doc = _doc("Two Canadians—ex-diplomat Michael Kovrig—were held.")
    assert "Canadians - ex-diplomat Michael Kovrig - were" in doc.text
    start = doc.text.index("ex-diplomat")
    assert doc.source_text(start, start + len("ex-diplomat Michael Kovrig")) == (
        "ex-diplomat Michael Kovrig"
    )


@pytest.mark.parametrize(
    ("run", "split"),
    [
        ("imprisoned asretaliation for", "as retaliation"),
        ("the cases are notconnected despite", "not connected"),
        ("a non-profit groupand a business", "group and"),
        ("several Chinese officialsthemselves", "officials themselves"),
        ("actions inXinjiang meet", "in Xinjiang"),
        ("concerns ofChinese diplomats", "of Chinese"),
    ],
)
def test_run_together_words_are_split(run: str, split: str) -> None:
    doc = _doc(f"Reports said the {run} the claims.")
    assert split in doc.text
    start = doc.text.index(split)
    assert doc.source_text(start, start + len(split)) == split.replace(" ", "")


@pytest.mark.parametrize(
    "word",
    [
        "Kovrig",
        "Spavor",
        "Wanzhou",
        "Biden",
        "detentions",
        "telecom",
        "Zaghari",
        "Garneau",
        "YouTube",
    ],
)
def test_names_and_rare_words_are_not_split(word: str) -> None:
    assert split_run_together(f"We met {word} there.") == []


def test_best_split_needs_a_clear_winner() -> None:
    assert best_split("notconnected") == ("not", "connected")
    assert best_split("retaliation") is None


def test_abbreviations_do_not_end_sentences() -> None:
    doc = _doc(
        "Ms. Meng was arrested on a U.S. extradition request on Dec. 1. "
        'She denied it. "We reject this. It is wrong," the embassy said. Then it ended.'
    )
    texts = [doc.text[s.start : s.end] for s in doc.reading()]
    assert texts == [
        "Ms. Meng was arrested on a U.S. extradition request on Dec. 1.",
        "She denied it.",
        '"We reject this. It is wrong," the embassy said.',
        "Then it ended.",
    ]


def test_duplicated_lead_paragraph() -> None:
    lead = "OTTAWA - The president urged his counterpart to free the two Canadians in a call."
    doc = _doc(f"{lead}\n\n{lead}\n\nThe call was the second.")
    assert [p.duplicate_of for p in doc.paragraphs] == [None, 0, None]
    assert len(list(doc.reading())) == 2
    assert len(doc.sentences) == 3


def test_chrome_is_masked() -> None:
    doc = _doc("Headline here\nDuration 3:12\nBody text of the article.")
    assert "Duration" not in doc.text
    assert len(doc.paragraphs) == 2


@settings(max_examples=200)
@given(st.text(max_size=400))
def test_no_character_loses_its_position(text: str) -> None:
    source = Source.create(text)
    doc = Document.from_source(source)
    inserted = set(doc.offsets.inserted)
    kept = {i for span in source.body for i in range(span.start, span.end)}
    for index, char in enumerate(doc.text):
        if index in inserted:
            continue
        original = doc.offsets.to_source(index)
        if original in kept:
            assert source.text[original].translate(CHARACTER_MAP) == char
        else:
            assert char == "\n"
    assert len(doc.text) == len(text) + len(inserted)


@settings(max_examples=200)
@given(st.text(max_size=300), st.data())
def test_evidence_always_slices_the_source(text: str, data: st.DataObject) -> None:
    doc = Document.from_source(Source.create(text))
    start = data.draw(st.integers(0, len(doc.text)))
    end = data.draw(st.integers(start, len(doc.text)))
    evidence = doc.evidence(start, end, "test")
    assert doc.source.slice(evidence.span) == evidence.text


@settings(max_examples=100)
@given(st.text(max_size=300))
def test_sentences_lie_inside_paragraphs(text: str) -> None:
    doc = Document.from_source(Source.create(text))
    for paragraph in doc.paragraphs:
        for sentence in paragraph.sentences:
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


@pytest.mark.parametrize("name", ["New Zealand", "Malta", "Doha", "Yemenis", "Ankara", "Tunis"])
def test_place_names_are_not_split(name: str) -> None:
    assert split_run_together(f"Officials in {name} said so.") == []


@pytest.mark.parametrize("name", ["Soto", "Ifan", "Butto", "Ator", "Ito"])
def test_names_that_open_with_a_function_word_are_not_split(name: str) -> None:
    assert split_run_together(f"Ana {name} was arrested.") == []


@pytest.mark.parametrize(
    ("glued", "first"), [("Hesaid", "He"), ("Theywere", "They"), ("Inthe", "In")]
)
def test_an_opener_run_into_its_next_word_is_split(glued: str, first: str) -> None:
    text = f"Officials met. {glued} end."
    assert split_run_together(text) == [(text.index(glued) + len(first), " ")]


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [("to get57 countries", "to get 57 countries"), ("57countries signed", "57 countries signed")],
)
def test_figures_glued_to_words(glued: str, spaced: str) -> None:
    assert spaced in _doc(f"Reports said {glued} it.").text


@pytest.mark.parametrize("code", ["the G7 summit", "COVID-19 cases", "the 1990s", "at 10am", "mp3"])
def test_codes_with_figures_are_kept(code: str) -> None:
    assert code in _doc(f"Reports said {code} there.").text


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_to_document_inverts_to_source(text: str) -> None:
    doc = Document.from_source(Source.create(text))
    inserted = set(doc.offsets.inserted)
    for index in range(len(doc.text) + 1):
        if index not in inserted:
            source = doc.offsets.to_source(index)
            assert doc.offsets.to_document(source) == index


def test_guillemets_open_and_close_with_spaces_inside() -> None:
    doc = Document.from_source(
        read_source("Le ministre a déclaré : « Nous ne céderons pas au chantage », hier soir.")
    )
    assert [doc.text[q.start : q.end] for q in doc.quotations] == [
        "Nous ne céderons pas au chantage"
    ]


@settings(max_examples=200)
@given(st.text(alphabet="ab1 9Z.,'-\n\"", max_size=80))
def test_tokens_are_every_sentence_s_tokens(text: str) -> None:
    doc = Document.from_source(Source.create(text))
    expected = [
        (match.start(), match.end(), match.group(), sentence.index)
        for sentence in doc.sentences
        for match in TOKEN_PATTERN.finditer(doc.text, sentence.start, sentence.end)
    ]
    tokens = doc.tokens
    assert (
        list(zip(tokens.start, tokens.end, tokens.text, tokens.sentence, strict=True)) == expected
    )
    assert tokens.lower == [word.lower() for word in tokens.text]
    for sentence in doc.sentences:  # each sentence's tokens, in a row
        assert tokens.sentence[sentence.first : sentence.stop] == [sentence.index] * (
            sentence.stop - sentence.first
        )
    assert sum(sentence.stop - sentence.first for sentence in doc.sentences) == len(tokens)


@given(st.text(alphabet="ab1Z9 -", max_size=40))
def test_figure_runs_beside_a_lower_case_letter(text: str) -> None:
    def touches(at: int, end: int) -> bool:
        return (at > 0 and "a" <= text[at - 1] <= "z") or (
            end < len(text) and "a" <= text[end] <= "z"
        )

    runs = [match.span() for match in re.finditer("[0-9]+", text)]
    assert _figure_runs(text) == [(at, end) for at, end in runs if touches(at, end)]


@attrs.frozen
class _Span:
    start: int
    end: int


@settings(max_examples=100)
@given(st.data())
def test_a_layer_maps_mentions_to_the_tokens_they_overlap(data: st.DataObject) -> None:
    doc = Document.from_source(
        Source.create("Ms. Li met U.S. envoys, then left. They spoke on 1,000 issues.")
    )
    size = len(doc.text)
    bounds = st.tuples(st.integers(0, size - 1), st.integers(1, 12))
    items = [
        _Span(start, min(size, start + length))
        for start, length in data.draw(st.lists(bounds, max_size=8))
    ]
    layer = doc.new_layer(items)
    ordered = sorted(items, key=lambda item: (item.start, -item.end))
    assert list(layer) == ordered
    for number, item in enumerate(ordered):
        assert layer.tokens_of(number) == doc.tokens.covering(item.start, item.end)
    for token in range(len(doc.tokens)):
        covering = [n for n, item in enumerate(ordered) if layer.first[n] <= token < layer.stop[n]]
        assert layer.index_at(token) == (covering[0] if covering else -1)


@given(st.text(alphabet='ab".!? ', max_size=40))
def test_the_sentence_splitter_reads_quotation_marks_and_runs_of_stops(text: str) -> None:
    found = [match.span() for match in _STOPS_AND_QUOTES.finditer(text)]
    assert found == [match.span() for match in re.finditer(r'"|[.!?]+', text)]


@given(
    st.lists(st.sampled_from(["'s", "s", "the", "'"]), max_size=30),
    st.sampled_from(["'s", "x"]),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_occurrences_are_every_position_of_a_value(
    column: list[str], value: str, first: int, stop: int
) -> None:
    expected = [i for i, text in enumerate(column) if text == value and first <= i < stop]
    assert occurrences(column, value, first, stop) == expected
    assert occurrences(column, value) == [i for i, text in enumerate(column) if text == value]
