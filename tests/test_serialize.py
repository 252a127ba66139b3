import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import (
    ArticleFacts,
    DateRange,
    Declaration,
    Detention,
    DetentionEvent,
    Evidence,
    Link,
    Organization,
    PartialDate,
    Person,
    Role,
    SerializationError,
    Signatory,
    SignatoryCount,
    Source,
    Span,
    State,
    Statement,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from arbdet import strategies as strat
from arbdet.serialize import FORMAT, read_jsonl, write_jsonl

ROUND_TRIP = [
    (strat.partial_dates(), PartialDate),
    (strat.spans(), Span),
    (strat.evidences(), Evidence),
    (strat.states(), State),
    (strat.people(), Person),
    (strat.sources(), Source),
    (strat.detentions(), Detention),
    (strat.detention_events(), DetentionEvent),
    (strat.statements(), Statement),
    (strat.declarations(), Declaration),
    (strat.signatories(), Signatory),
    (strat.signatory_counts(), SignatoryCount),
    (strat.links(), Link),
    (strat.article_facts(), ArticleFacts),
    (strat.date_ranges(), DateRange),
    (strat.organizations(), Organization),
    (strat.roles(), Role),
]


@pytest.mark.parametrize(("strategy", "cls"), ROUND_TRIP, ids=[c.__name__ for _, c in ROUND_TRIP])
def test_json_round_trip(strategy: st.SearchStrategy[Any], cls: type[Any]) -> None:
    @settings(max_examples=200)
    @given(strategy)
    def check(obj: Any) -> None:
        text = dumps(obj)
        assert loads(text, cls) == obj
        assert from_dict(json.loads(json.dumps(to_dict(obj))), cls) == obj

    check()


def test_envelope() -> None:
    document = json.loads(dumps(PartialDate(2018, 12)))
    assert document == {"format": FORMAT, "type": "PartialDate", "data": "2018-12"}


def test_wrong_version_is_refused() -> None:
    text = json.dumps({"format": "arbdet/0", "type": "PartialDate", "data": "2018"})
    with pytest.raises(SerializationError, match="arbdet/0"):
        loads(text, PartialDate)


def test_wrong_type_is_refused() -> None:
    with pytest.raises(SerializationError, match="not a 'Detention'"):
        loads(dumps(PartialDate(2018)), Detention)


def test_error_names_the_path() -> None:
    detention = Detention(Person("Paul Whelan"), detaining_state=State("RU"))
    data = to_dict(detention)
    data["detainee"]["roles"] = [{"title": "x", "affiliation": "ZZ"}]
    with pytest.raises(SerializationError, match=r"\$\.detainee\.roles\[0\]\.affiliation"):
        from_dict(data, Detention)


def test_malformed_json() -> None:
    with pytest.raises(SerializationError, match="not valid JSON"):
        loads("{", Detention)


def test_unknown_party_type() -> None:
    statement = to_dict(Statement("a b c", speaker=Person("Ned Price")))
    statement["speaker"]["type"] = "robot"
    with pytest.raises(SerializationError, match="party"):
        from_dict(statement, Statement)


def test_non_model_type_is_refused() -> None:
    with pytest.raises(SerializationError, match="not an arbdet model type"):
        dumps({"a": 1})


@settings(max_examples=50)
@given(st.lists(strat.detentions(), max_size=5))
def test_jsonl_round_trip(items: list[Detention]) -> None:
    buffer = io.StringIO()
    assert write_jsonl(items, buffer) == len(items)
    buffer.seek(0)
    assert list(read_jsonl(buffer, Detention)) == items


def test_jsonl_error_names_the_line() -> None:
    buffer = io.StringIO(dumps(PartialDate(2018)) + "\n\n" + "not json\n")
    with pytest.raises(SerializationError, match="line 3"):
        list(read_jsonl(buffer, PartialDate))
