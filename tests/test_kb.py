import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arbdet import (
    ArticleFacts,
    DetentionStatus,
    Evidence,
    KnowledgeBase,
    PartialDate,
    SentenceKind,
    SerializationError,
    Source,
    Span,
    State,
    Statement,
    StatementKind,
)
from arbdet import strategies as strat
from arbdet.demo import demo_report
from arbdet.errors import ArbdetError
from arbdet.facts import FACTS_FORMAT, from_facts, read_facts
from arbdet.kb import (
    DeclarationRecord,
    DetentionRecord,
    LinkRecord,
    NameKey,
    NameMention,
    NameRelation,
    QuoteContext,
    StatementRecord,
    compare,
    given_compatible,
    quote_groups,
    quote_words,
    resolve,
    same_words,
)
from arbdet.model import Detention, Person
from arbdet.reference import REFERENCE_EXTRACTOR, founding_endorsers

FACTS = Path(__file__).parent / "data" / "kb"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_facts(FACTS)


def relation(a: str, b: str) -> NameRelation:
    return compare(NameKey.of(a), NameKey.of(b))


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Paul N. Whelan", "Paul Whelan", NameRelation.SAME),
        ("Evan Gershkovitch", "Evan Gershkovich", NameRelation.SAME),
        ("Nazanin Zaghari Ratcliffe", "Nazanin Zaghari-Ratcliffe", NameRelation.SAME),
        ("Anthony Blinken", "Antony Blinken", NameRelation.SAME),
        ("Sergey Lavrov", "Sergei Lavrov", NameRelation.SAME),
        ("Wanzhou Meng", "Meng Wanzhou", NameRelation.SAME),
        ("Mr. Michael Kovrig", "michael kovrig", NameRelation.SAME),
        ("Évelyne Leblanc", "Evelyne Leblanc", NameRelation.SAME),
        ("Richard Ratcliffe", "Nazanin Zaghari-Ratcliffe", NameRelation.DIFFERENT),
        ("Siamak Namazi", "Baquer Namazi", NameRelation.SUSPECT),
        ("John Blinken", "Antony Blinken", NameRelation.SUSPECT),
        ("Paul Edward Whelan", "Paul Nicholas Whelan", NameRelation.DIFFERENT),
        ("Michael Kovrig", "Michael Spavor", NameRelation.DIFFERENT),
    ],
)
def test_name_relations(a: str, b: str, expected: NameRelation) -> None:
    assert relation(a, b) is expected
    assert relation(b, a) is expected


def test_given_names() -> None:
    assert given_compatible("p", "paul")
    assert given_compatible("mike", "michael")
    assert not given_compatible("john", "antony")


def mention(name: str, source: str, context: str | None = None) -> NameMention:
    return NameMention(name, source, context)


def groups(mentions: list[NameMention]) -> set[frozenset[str]]:
    return {frozenset(g) for g in resolve(mentions).groups}


def test_relatives_named_together_stay_two_people() -> None:
    found = resolve(
        [
            mention("Siamak Namazi", "a", "held-by:IR"),
            mention("Baquer Namazi", "a", "held-by:IR"),
            mention("Siamak Namazi", "b", "held-by:IR"),
        ]
    )
    assert {frozenset(g) for g in found.groups} == {
        frozenset({"Siamak Namazi"}),
        frozenset({"Baquer Namazi"}),
    }
    assert found.suspects == ()


def test_suspect_variant_is_flagged_not_merged() -> None:
    found = resolve(
        [mention("John Blinken", "a", "speaker:US"), mention("Antony Blinken", "b", "speaker:US")]
    )
    assert len(found.groups) == 2
    assert len(found.suspects) == 1


def test_same_surname_in_unrelated_roles_is_not_flagged() -> None:
    found = resolve(
        [mention("Richard Roe", "a", "speaker:GB"), mention("Jane Roe", "b", "held-by:IR")]
    )
    assert found.suspects == ()


def test_bare_surnames_and_initials_join_the_one_person_they_fit() -> None:
    found = groups(
        [
            mention("Michael Kovrig", "a"),
            mention("Kovrig", "b"),
            mention("M. Kovrig", "c"),
            mention("Nazanin", "d"),
            mention("Nazanin Zaghari-Ratcliffe", "d"),
            mention("Zaghari-Ratcliffe", "e"),
        ]
    )
    assert frozenset({"Michael Kovrig", "Kovrig", "M. Kovrig"}) in found
    assert frozenset({"Nazanin", "Nazanin Zaghari-Ratcliffe", "Zaghari-Ratcliffe"}) in found


def test_an_ambiguous_bare_surname_stays_apart() -> None:
    found = groups(
        [mention("Siamak Namazi", "a"), mention("Baquer Namazi", "a"), mention("Namazi", "b")]
    )
    assert frozenset({"Namazi"}) in found


def test_aliases_that_are_names_join_the_person() -> None:
    found = resolve([mention("Paul Whelan", "a"), mention("Paul Nicholas Whelan", "b")])
    assert len(found.groups) == 1


@settings(max_examples=50)
@given(st.permutations(["Michael Kovrig", "Kovrig", "M. Kovrig", "Mark Kovrig", "Michael Spavor"]))
def test_resolution_does_not_depend_on_order(names: list[str]) -> None:
    mentions = [mention(n, f"s{i % 2}") for i, n in enumerate(names)]
    reference = resolve(sorted(mentions, key=lambda m: (m.name, m.source_id)))
    assert resolve(mentions) == reference


def test_quote_groups_match_by_word_overlap() -> None:
    texts = [
        "Holding people as bargaining chips is both illegal and immoral,",
        "holding people as bargaining chips is illegal, and it is immoral.",
        "The talks will resume next week in Geneva.",
    ]
    assert quote_groups(texts) == [[0, 1], [2]]


# ---------------------------------------------------------------- merging


def test_people_merged_across_spellings(kb: KnowledgeBase) -> None:
    names = {p.name: p for p in kb.people}
    assert set(names["Paul Whelan"].spellings) == {"Paul Whelan", "Paul N. Whelan"}
    assert set(names["Evan Gershkovich"].spellings) == {"Evan Gershkovich", "Evan Gershkovitch"}
    assert "Nazanin Zaghari-Ratcliffe" in names
    assert {"Siamak Namazi", "Baquer Namazi", "Babak Namazi", "Richard Ratcliffe"} <= set(names)
    blinken = kb.person("Antony Blinken")
    assert set(blinken.spellings) == {"Antony Blinken", "Anthony Blinken"}
    assert kb.person("Anthony Blinken") == blinken
    assert "Jake Sullivan" in names
    assert "John Sullivan" in names


def test_one_detention_from_early_and_late_reports(kb: KnowledgeBase) -> None:
    (whelan,) = kb.detentions(detaining_state="RU", nationality="IE")
    assert whelan.detainee.name == "Paul Whelan"
    assert str(whelan.start.best) == "2018-12-28"
    assert whelan.start.values == (PartialDate(2018, 12), PartialDate(2018, 12, 28))
    assert not whelan.start.disputed
    assert str(whelan.end.best) == "2024-08-01"
    assert whelan.status.best is DetentionStatus.RELEASED
    assert whelan.released is True
    assert whelan.sentence_years.best == 16
    assert whelan.disputed == ()
    assert len(whelan.sources) == 3
    assert {c.value.code for c in whelan.nationalities} == {"US", "GB", "IE", "CA"}
    length = whelan.length
    assert length is not None
    assert length.minimum_days == length.maximum_days == 2043
    assert length.timedelta.days == 2043


def test_disagreements_are_kept_with_their_sources(kb: KnowledgeBase) -> None:
    (record,) = kb.detentions(nationality="GB", detaining_state="IR")
    assert record.disputed == ("sentence_years",)
    values = {c.value: c.sources for c in record.sentence_years.claims}
    assert values == {
        1.0: ("k11_zaghari_ratcliffe_new_verdict.txt",),
        5.0: ("k10_zaghari_ratcliffe_home_web.txt",),
    }


def test_adding_the_same_article_twice_changes_nothing(kb: KnowledgeBase) -> None:
    copy = KnowledgeBase(kb.articles, references=kb.references)
    before = copy.index
    assert copy.add(kb.articles[0]) is False
    assert copy.index == before
    assert copy == kb
    assert kb.articles[0] in copy
    assert len(copy) == len(kb.articles)


def test_adding_an_article_updates_the_knowledge_base() -> None:
    facts = list(read_facts(FACTS))
    kb = KnowledgeBase(facts[:-1])
    assert kb.add(facts[-1]) is True
    assert len(kb) == len(facts)
    assert kb.index == KnowledgeBase(facts).index


def test_two_readings_of_one_source_merge_the_same_either_way() -> None:
    source = Source.create("Michael Kovrig was detained in Beijing.", name="x.txt")
    bare = ArticleFacts(source)
    read = fake_parse(source)
    left = KnowledgeBase([bare]) | KnowledgeBase([read])
    right = KnowledgeBase([read]) | KnowledgeBase([bare])
    assert left == right
    assert len(left) == 1


# ---------------------------------------------------------------- building


def fake_parse(source: Source) -> ArticleFacts:
    """A stand-in for the pipeline: the first capitalised pair of words is a detainee."""
    words = source.text.split()
    name = " ".join(words[:2])
    start = source.text.index(name)
    evidence = Evidence(source.id, Span(start, start + len(name)), name, "fake", "detainee")
    detention = Detention(Person(name), State("CN"), evidence=(evidence,))
    return ArticleFacts(source, detentions=(detention,))


def test_build_reads_facts_files_and_parses_articles(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Michael Spavor was held in Dandong.\n", encoding="utf-8")
    kb = KnowledgeBase.build([FACTS, article], parse=fake_parse, progress=False)
    assert len(kb) == len(list(FACTS.glob("*.json"))) + 1
    assert "Michael Spavor" in {p.name for p in kb.people}
    assert kb.references == (founding_endorsers(),)


def test_build_in_processes(tmp_path: Path) -> None:
    for number in range(3):
        (tmp_path / f"a{number}.txt").write_text(f"Article number {number}.\n", encoding="utf-8")
    kb = KnowledgeBase.build(tmp_path, jobs=2, parse=ArticleFacts, references=False)
    assert len(kb) == 3
    assert kb.references == ()


def test_add_parses_a_source() -> None:
    kb = KnowledgeBase()
    source = Source.create("Michael Kovrig was detained in Beijing.", name="x.txt")
    assert kb.add(source, parse=fake_parse) is True
    assert kb.add(source, parse=fake_parse) is False
    assert kb.person("Kovrig").name == "Michael Kovrig"


def test_build_reads_facts_json_lines(tmp_path: Path) -> None:
    lines = [json.dumps(json.loads(p.read_text())) for p in sorted(FACTS.glob("*.json"))[:2]]
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(KnowledgeBase.build(path, references=False)) == 2


# ---------------------------------------------------------------- JSON


def test_json_round_trip(kb: KnowledgeBase, tmp_path: Path) -> None:
    again = KnowledgeBase.loads(kb.dumps())
    assert again == kb
    assert again.index == kb.index
    kb.save(tmp_path / "kb.json")
    assert KnowledgeBase.load(tmp_path / "kb.json") == kb


@pytest.mark.parametrize("text", ["[]", "{}", '{"format": "arbdet-kb/1", "articles": [1]}', "{"])
def test_bad_json_is_a_serialization_error(text: str) -> None:
    with pytest.raises(SerializationError):
        KnowledgeBase.loads(text)


def test_missing_file_is_a_serialization_error(tmp_path: Path) -> None:
    with pytest.raises(SerializationError, match="cannot be read"):
        KnowledgeBase.load(tmp_path / "absent.json")


# ---------------------------------------------------------------- reference


def test_founding_endorsers_keep_both_counts() -> None:
    facts = founding_endorsers()
    (declaration,) = facts.declarations
    assert sorted(c.count for c in declaration.counts) == [58, 59]
    codes = [s.state.code for s in declaration.signatories]
    assert len(codes) == 59
    assert "EU" in codes
    assert facts.source.url is not None
    assert facts.source.url.startswith("https://")
    assert facts.source.outlet
    for signatory in declaration.signatories:
        (evidence,) = signatory.evidence
        assert evidence.extractor == REFERENCE_EXTRACTOR
        assert evidence.text.startswith(signatory.state.code + ",")
        assert facts.source.slice(evidence.span) == evidence.text
    stated = next(c for c in declaration.counts if c.count == 59)
    assert "59" in stated.evidence[0].text


def test_reference_is_kept_apart_from_articles(kb: KnowledgeBase) -> None:
    plain = KnowledgeBase(kb.articles)
    assert plain.references == ()
    (declaration,) = kb.declarations
    assert declaration.reference_sources == ("declaration_founding_endorsers.csv",)
    assert kb.is_reference("declaration_founding_endorsers.csv")
    assert not kb.is_reference("k06_declaration_launch_wire.txt")
    article_counts = {c.count for c in declaration.counts if not c.reference}
    assert article_counts == {57, 58}


# ---------------------------------------------------------------- display


def test_reprs(kb: KnowledgeBase) -> None:
    assert repr(kb).startswith("<KnowledgeBase: 11 articles, 1 reference sources")
    assert "<table>" in kb._repr_html_()
    assert "people" in kb.describe()
    person = kb.person("Whelan")
    assert "Paul N. Whelan" in repr(person)
    assert "<table>" in person._repr_html_()
    records: list[DetentionRecord | StatementRecord | LinkRecord | DeclarationRecord] = [
        *kb.detention_records,
        *kb.statement_records,
        *kb.links,
        *kb.declarations,
    ]
    for record in records:
        assert repr(record).startswith("<")
        assert "<table>" in record._repr_html_()


def test_demo_report(kb: KnowledgeBase) -> None:
    report = demo_report(kb)
    assert "Timeline: Paul Whelan" in report
    assert "Linked cases" in report
    assert "Conflicts" in report


# ---------------------------------------------------------------- export


def test_facts_export(kb: KnowledgeBase) -> None:
    document = kb.to_facts()
    assert document["format"] == FACTS_FORMAT
    assert document["article"] == "*"
    whelan = next(d for d in document["detentions"] if d["detainee"] == "Paul Whelan")
    assert whelan["start"] == "2018-12-28"
    assert whelan["released"] is True
    (declaration,) = document["declarations"]
    assert "declaration_founding_endorsers.csv" not in declaration["sources"]
    assert set(declaration["signatories"]) == {"CA", "US", "GB", "KR", "FR", "JP"}
    assert from_facts({**document, "detentions": document["detentions"][:1]}).detentions
    assert declaration["signatory_count_qualifier"] is None


def test_facts_export_keeps_the_count_qualifier_most_sources_give() -> None:
    def article(name: str, count: int, qualifier: str | None) -> ArticleFacts:
        declaration = {"initiator": "CA", "signatory_count": count}
        declaration["signatory_count_qualifier"] = qualifier
        return from_facts({"article": name, "declarations": [declaration]})

    kb = KnowledgeBase(
        [
            article("a.txt", 60, "more than"),
            article("b.txt", 60, "more than"),
            article("c.txt", 60, None),
        ]
    )
    (declaration,) = kb.to_facts()["declarations"]
    assert (declaration["signatory_count"], declaration["signatory_count_qualifier"]) == (
        60,
        "more than",
    )


def test_tables(kb: KnowledgeBase, tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    duckdb = pytest.importorskip("duckdb")
    from arbdet import export

    frame = kb.to_pandas("detentions")
    assert set(frame["detainee"]) >= {"Paul Whelan", "Siamak Namazi"}
    for kind in export.TABLES:
        assert list(kb.to_pandas(kind).columns) == export.schema(kind).names
    assert set(kb.to_pandas("statements")["kind"]) <= {"direct", "indirect"}
    (declaration,) = kb.to_pandas("declarations").itertuples()
    assert declaration.reference_sources == ["declaration_founding_endorsers.csv"]
    events = kb.to_pandas("timeline")
    assert len(events) == len(kb.timeline())
    assert {"detained", "released", "statement"} <= set(events["event"])
    whelan = kb.timeline("Paul Whelan").to_pandas()
    assert list(whelan["event"]) == ["detained", "exchanged"]
    assert str(whelan["day"].iloc[0].date()) == "2018-12-28"
    written = export.to_parquet(kb, tmp_path / "parquet")
    assert {p.name for p in written} == {f"{k}.parquet" for k in export.TABLES}
    path = export.to_duckdb(kb, tmp_path / "kb.duckdb")
    with duckdb.connect(str(path)) as connection:
        (count,) = connection.execute("select count(*) from detentions").fetchone()
        assert count == len(kb.detention_records)
        (state,) = connection.execute(
            "select detaining_state from detentions where detainee = 'Paul Whelan'"
        ).fetchone()
        assert state == "RU"
    assert export.to_jsonl(kb, tmp_path / "kb.jsonl") > 0
    with pytest.raises(ArbdetError, match="no table"):
        export.rows(kb, "planets")


# ---------------------------------------------------------------- properties

NAMES = ["Michael Kovrig", "Kovrig", "Paul N. Whelan", "Paul Whelan", "Siamak Namazi"]
QUOTES = [
    "we will keep pressing for their release every single day",
    "we will keep pressing for his release every day",
    "the charges are baseless and politically motivated",
]


_NAMES_DRAWN = st.sampled_from(NAMES) | strat.people().map(lambda p: p.name)
_CODES = strat.states().map(lambda s: s.code)
_DATES = st.none() | strat.partial_dates().map(str)
_DETENTION = st.fixed_dictionaries(
    {
        "detainee": _NAMES_DRAWN,
        "nationality": st.lists(_CODES, max_size=2),
        "detaining_state": st.sampled_from(["CN", "RU", "IR"]),
        "start": _DATES,
        "end": st.none(),
        "released": st.none() | st.booleans(),
        "charges": st.lists(st.sampled_from(["espionage", "fraud"]), max_size=1),
        "sentence_years": st.none() | st.sampled_from([5, 11]),
    }
)
_STATEMENT = st.fixed_dictionaries(
    {
        "quote": st.sampled_from(QUOTES),
        "speaker": st.none() | _NAMES_DRAWN,
        "speaker_affiliation": st.none() | _CODES,
        "date": _DATES,
    }
)
_DECLARATION = st.fixed_dictionaries(
    {
        "name": st.none() | st.just("Declaration Against Arbitrary Detention"),
        "initiator": st.none() | st.just("CA"),
        "launched": _DATES,
        "signatory_count": st.none() | st.sampled_from([57, 58, 60]),
        "signatories": st.lists(_CODES, max_size=3, unique=True),
        "binding": st.none() | st.booleans(),
    }
)
_LINK = st.fixed_dictionaries(
    {
        "detainee": _NAMES_DRAWN,
        "linked_to": _NAMES_DRAWN,
        "relation": st.sampled_from(["retaliation", "exchange"]),
        "asserted_by": st.lists(_CODES, max_size=2),
        "denied_by": st.lists(_CODES, max_size=2),
    }
)
facts_documents = st.fixed_dictionaries(
    {
        "format": st.just(FACTS_FORMAT),
        "article": st.sampled_from(["a.txt", "b.txt", "c.txt", "d.txt"]),
        "published": _DATES,
        "detentions": st.lists(_DETENTION, max_size=3),
        "statements": st.lists(_STATEMENT, max_size=2),
        "declarations": st.lists(_DECLARATION, max_size=1),
        "links": st.lists(_LINK, max_size=1),
    }
)
"""Facts documents about a small cast, so records merge across articles."""

articles = st.lists(facts_documents.map(from_facts), max_size=3)


def knowledge_base(facts: list[ArticleFacts]) -> KnowledgeBase:
    return KnowledgeBase(facts, references=[founding_endorsers()])


@settings(max_examples=25)
@given(articles, articles, articles)
def test_merging_is_commutative_associative_idempotent(
    a: list[ArticleFacts], b: list[ArticleFacts], c: list[ArticleFacts]
) -> None:
    ka, kb_, kc = knowledge_base(a), knowledge_base(b), knowledge_base(c)
    assert (ka | kb_) == (kb_ | ka)
    assert (ka | kb_).index == (kb_ | ka).index
    assert ((ka | kb_) | kc).index == (ka | (kb_ | kc)).index
    assert (ka | ka) == ka
    assert (ka | ka).index == ka.index
    again = knowledge_base(a)
    for facts in a:
        again.add(facts)
    assert again.index == ka.index


@settings(max_examples=40)
@given(articles, st.randoms(use_true_random=False))
def test_order_of_adding_does_not_matter(facts: list[ArticleFacts], rng: random.Random) -> None:
    shuffled = list(facts)
    rng.shuffle(shuffled)
    assert knowledge_base(shuffled).index == knowledge_base(facts).index


@settings(max_examples=40)
@given(articles)
def test_json_round_trip_property(facts: list[ArticleFacts]) -> None:
    kb = knowledge_base(facts)
    again = KnowledgeBase.loads(kb.dumps())
    assert again == kb
    assert again.index == kb.index


def all_evidence(kb: KnowledgeBase) -> Iterator[Evidence]:
    index = kb.index
    for person in index.people:
        yield from person.evidence
    for group in (index.detentions, index.statements, index.links, index.declarations):
        for record in group:
            yield from record.evidence
    for declaration in index.declarations:
        for count in declaration.counts:
            yield from count.evidence
        for signatory in declaration.signatories:
            yield from signatory.evidence
    for conflict in kb.conflicts():
        yield from conflict.evidence
    for person in index.people:
        for event in kb.timeline(person):
            yield from event.evidence


@settings(max_examples=40)
@given(articles)
def test_every_answer_slices_its_evidence_out_of_its_source(facts: list[ArticleFacts]) -> None:
    kb = knowledge_base(facts)
    for evidence in all_evidence(kb):
        source = kb.source(evidence.source_id)
        assert source.text[evidence.span.start : evidence.span.end] == evidence.text


@settings(max_examples=25)
@given(st.lists(strat.statements(), max_size=4))
def test_statements_of_any_shape_merge(statements: list[Statement]) -> None:
    source = Source.create("any text")
    facts = ArticleFacts(source, statements=tuple(statements))
    kb = KnowledgeBase([facts])
    assert len(kb.statement_records) <= len(statements)


def test_a_statement_is_direct_where_any_source_quotes_it() -> None:
    words = "the charges against him are entirely baseless and political"

    def article(name: str, kind: StatementKind, text: str = words) -> ArticleFacts:
        source = Source.create(f"{name}: {text}", name=name)
        return ArticleFacts(source, statements=(Statement(text, kind=kind),))

    kb = KnowledgeBase(
        [
            article("a.txt", StatementKind.DIRECT),
            article("b.txt", StatementKind.INDIRECT),
            article("c.txt", StatementKind.INDIRECT, "talks will resume in the spring in Geneva"),
        ]
    )
    kinds = {r.quote: r.kind for r in kb.statement_records}
    assert kinds == {
        words: StatementKind.DIRECT,
        "talks will resume in the spring in Geneva": StatementKind.INDIRECT,
    }
    assert [s["quote"] for s in kb.to_facts()["statements"]] == [words]
    assert {s["kind"] for s in kb.statements().to_json()} == {"direct", "indirect"}


_DAYS = st.integers(0, 40).map(lambda n: dt.date(2020, 1, 1) + dt.timedelta(days=n))
_CONTEXTS = st.builds(
    lambda a, b, people: QuoteContext(min(a, b), max(a, b), frozenset(people)),
    _DAYS,
    _DAYS,
    st.sets(st.sampled_from("abcd"), max_size=2),
)


@settings(max_examples=200)
@given(st.lists(st.tuples(st.sampled_from(QUOTES), _CONTEXTS), max_size=12))
def test_quotations_group_as_comparing_every_pair_would(
    reports: list[tuple[str, QuoteContext]],
) -> None:
    texts = [text for text, _ in reports]
    contexts = [context for _, context in reports]
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    words = [quote_words(t) for t in texts]
    for i in range(len(reports)):
        for j in range(i + 1, len(reports)):
            if same_words(words[i], words[j]) and contexts[i].fits(contexts[j]):
                parent[find(j)] = find(i)
    expected: dict[int, list[int]] = {}
    for i in range(len(reports)):
        expected.setdefault(find(i), []).append(i)
    assert quote_groups(texts, contexts) == sorted(expected.values())


def test_sentence_kinds_merge_and_disagree() -> None:
    kb = KnowledgeBase()
    kb.add(
        Source.create(
            "A court in Abu Dhabi sentenced Tom Reeve, a British student, to life in prison.",
            name="life.txt",
            published=PartialDate(2018, 11, 21),
        )
    )
    kb.add(
        Source.create(
            "An Emirati court sentenced the British student Tom Reeve to death on Wednesday.",
            name="death.txt",
            published=PartialDate(2018, 11, 22),
        )
    )
    (record,) = kb.detention_records
    assert record.detainee.name == "Tom Reeve"
    assert {c.value: c.sources for c in record.sentence_kind.claims} == {
        SentenceKind.LIFE: ("life.txt",),
        SentenceKind.DEATH: ("death.txt",),
    }
    assert record.disputed == ("sentence_kind",)
    assert [c.field for c in kb.conflicts() if c.kind == "value"] == ["sentence_kind"]
    assert record.sentence_years.best is None
