import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import (
    ArbdetError,
    DatePrecision,
    DateRange,
    Detention,
    Evidence,
    ModelError,
    Organization,
    PartialDate,
    Person,
    Role,
    SentenceKind,
    Source,
    Span,
    State,
    Statement,
)
from arbdet.strategies import date_ranges, partial_dates, sources


class TestPartialDate:
    def test_precision(self) -> None:
        assert PartialDate(2018).precision is DatePrecision.YEAR
        assert PartialDate(2018, 12).precision is DatePrecision.MONTH
        assert PartialDate(2018, 12, 10).precision is DatePrecision.DAY

    def test_str_and_parse(self) -> None:
        assert str(PartialDate(2018, 2)) == "2018-02"
        assert PartialDate.parse("2018-12-10") == PartialDate(2018, 12, 10)
        assert repr(PartialDate(2021, 9)) == "PartialDate(2021, 9)"

    @pytest.mark.parametrize(
        ("args", "field"),
        [((2021, 2, 29), "day"), ((2021, 13), "month"), ((0,), "year"), ((2021, None, 3), "day")],
    )
    def test_invalid_dates_name_the_field(self, args: tuple[int, ...], field: str) -> None:
        with pytest.raises(ModelError, match=field):
            PartialDate(*args)

    @pytest.mark.parametrize(
        "text", ["2018-1", "18", "2018/12", "", "2018-12-10T00:00", "December"]
    )
    def test_parse_rejects(self, text: str) -> None:
        with pytest.raises(ModelError, match="partial date"):
            PartialDate.parse(text)

    def test_coarser_sorts_before_what_it_contains(self) -> None:
        dates = [
            PartialDate(2019),
            PartialDate(2018, 12, 2),
            PartialDate(2018, 12),
            PartialDate(2018),
        ]
        assert sorted(dates) == [
            PartialDate(2018),
            PartialDate(2018, 12),
            PartialDate(2018, 12, 2),
            PartialDate(2019),
        ]

    def test_contains(self) -> None:
        assert PartialDate(2018).contains(PartialDate(2018, 12, 10))
        assert PartialDate(2018, 12).contains(dt.date(2018, 12, 31))
        assert not PartialDate(2018, 12).contains(PartialDate(2018))

    def test_errors_are_value_errors_and_arbdet_errors(self) -> None:
        with pytest.raises(ValueError, match="day"):
            PartialDate(2021, 2, 30)
        with pytest.raises(ArbdetError):
            PartialDate(2021, 2, 30)

    @settings(max_examples=300)
    @given(partial_dates(), partial_dates(), partial_dates())
    def test_total_order(self, a: PartialDate, b: PartialDate, c: PartialDate) -> None:
        assert (a <= b) or (b <= a)
        assert (a <= b and b <= a) == (a == b)
        if a <= b and b <= c:
            assert a <= c
        assert (a < b) == (not a >= b)

    @settings(max_examples=300)
    @given(partial_dates(), partial_dates())
    def test_containment_laws(self, a: PartialDate, b: PartialDate) -> None:
        assert a.contains(a)
        if a.contains(b):
            assert a <= b  # a container sorts before what it contains
            assert a.first_day <= b.first_day <= b.last_day <= a.last_day
            if b.contains(a):
                assert a == b
        if a.contains(b) and a != b:
            assert a.precision != DatePrecision.DAY

    @settings(max_examples=300)
    @given(partial_dates())
    def test_parse_inverts_str(self, date: PartialDate) -> None:
        assert PartialDate.parse(str(date)) == date

    @settings(max_examples=200)
    @given(date_ranges())
    def test_range_contains_its_ends(self, period: DateRange) -> None:
        assert period.contains(period.start) or period.start.last_day > period.end.last_day
        assert DateRange.parse(str(period)) == period


def test_date_range_rejects_reversed() -> None:
    with pytest.raises(ModelError, match="before it starts"):
        DateRange(PartialDate(2021), PartialDate(2019))


class TestSpanAndEvidence:
    def test_span_validation(self) -> None:
        with pytest.raises(ModelError, match="start <= end"):
            Span(5, 2)
        with pytest.raises(ModelError, match="Span.start"):
            Span("1", 2)  # type: ignore[arg-type]

    def test_evidence_text_must_fit_span(self) -> None:
        with pytest.raises(ModelError, match="covers 3"):
            Evidence("abc", Span(0, 3), "abcd", "quotes")

    def test_evidence_repr_is_short(self) -> None:
        ev = Evidence("0123456789abcdef", Span(0, 80), "x" * 80, "quotes", "text")
        assert "..." in repr(ev) and "field='text'" in repr(ev)


class TestParties:
    def test_state_codes(self) -> None:
        assert State("CA").name == "Canada"
        assert State("EU").name == "European Union"
        assert State.from_name("Iran, Islamic Republic of") == State("IR")
        assert State.from_name("european union") == State("EU")
        for bad in ("XX", "ca", "CAN", ""):
            with pytest.raises(ModelError, match="ISO 3166-1"):
                State(bad)
        with pytest.raises(ModelError, match="no state is named"):
            State.from_name("Atlantis")

    def test_person_lists_become_tuples(self) -> None:
        person = Person(
            "Marc Garneau", aliases=["Garneau"], roles=[Role("foreign minister", State("CA"))]
        )
        assert person.aliases == ("Garneau",)
        assert "foreign minister (CA)" in repr(person)

    def test_frozen(self) -> None:
        person = Person("Marc Garneau")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            person.name = "x"  # type: ignore[misc]

    def test_organization_requires_name(self) -> None:
        with pytest.raises(ModelError, match="Organization.name"):
            Organization(" ")


class TestFacts:
    def test_detention_end_not_before_start(self) -> None:
        kovrig = Person("Michael Kovrig")
        with pytest.raises(ModelError, match="before Detention.start"):
            Detention(kovrig, start=PartialDate(2021), end=PartialDate(2018, 12))
        # a coarser start that contains the end is fine: both in December 2018
        Detention(kovrig, start=PartialDate(2018, 12, 10), end=PartialDate(2018, 12, 10))

    def test_statement_speaker_types(self) -> None:
        with pytest.raises(ModelError, match="Statement.speaker"):
            Statement("hello world there", speaker=State("CA"))  # type: ignore[arg-type]

    def test_sentence_not_negative(self) -> None:
        with pytest.raises(ModelError, match="sentence_years"):
            Detention(Person("Paul Whelan"), sentence_years=-1)

    def test_sentence_kind_is_a_term_with_years_and_only_then(self) -> None:
        whelan = Person("Paul Whelan")
        assert Detention(whelan, sentence_years=16).sentence_kind is SentenceKind.TERM
        assert Detention(whelan).sentence_kind is None
        life = Detention(whelan, sentence_kind=SentenceKind.LIFE)
        assert life.sentence_years is None
        with pytest.raises(ModelError, match="only a prison term has years"):
            Detention(whelan, sentence_years=16, sentence_kind=SentenceKind.DEATH)


class TestSource:
    def test_id_is_content_hash(self) -> None:
        a, b = Source.create("same text"), Source.create("same text", name="other")
        assert a.id == b.id and len(a.id) == 16
        with pytest.raises(ModelError, match="content hash"):
            Source(id="0" * 16, text="same text")

    def test_body_must_be_ordered(self) -> None:
        with pytest.raises(ModelError, match="ordered"):
            Source.create("abcdef", body=(Span(3, 4), Span(0, 2)))

    @settings(max_examples=100)
    @given(sources())
    def test_body_text_is_made_of_the_text(self, source: Source) -> None:
        for span in source.body:
            assert source.slice(span) in source.body_text

    def test_repr_does_not_dump_text(self) -> None:
        source = Source.create("x" * 10_000, name="long.txt")
        assert len(repr(source)) < 100


@given(st.data())
def test_evidence_strategy_slices_source(data: st.DataObject) -> None:
    from arbdet.strategies import evidences

    source = data.draw(sources())
    evidence = data.draw(evidences(source=source))
    assert source.slice(evidence.span) == evidence.text


def test_historic_states() -> None:
    assert State("SU").name == "Soviet Union"
    assert State("SU").historic
    assert not State("RU").historic
    assert State.from_name("East Germany") == State("DD")
