"""What users see: the article page with its facts marked, fact cards, enums as values."""

from __future__ import annotations

import html
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from arbdet import (
    ArticleFacts,
    Declaration,
    Detention,
    DetentionStatus,
    Evidence,
    KnowledgeBase,
    Link,
    LinkRelation,
    Person,
    Source,
    Span,
    Statement,
    parse,
    read_source,
)
from arbdet.cli import cli
from arbdet.cli._show import unresolved_mentions
from arbdet.model import CountQualifier, EventKind, Fact, SignatoryCount, State, StatementKind

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "src" / "arbdet" / "corpus" / "articles").glob("*.txt"))
HOSTILE = '<script>alert("x")</script> & "quotes" \'single\' <img src=x onerror=alert(1)> &amp;'


class Page(HTMLParser):
    """The article text of a page and, for each mark, where it starts and ends in that text."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.depth = 0  # inside the article text: the depth of open elements there
        self.open: list[dict[str, str | None] | None] = []
        self.parts: dict[str, list[tuple[int, int, str | None, str]]] = {}
        self.starts: list[int] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if self.depth:
            self.depth += 1
        elif "arbdet-text" in (attributes.get("class") or "").split():
            self.depth = 1
            return
        else:
            return
        self.open.append(attributes if "data-ev" in attributes else None)
        self.starts.append(len(self.text))

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        self.depth -= 1
        if not self.depth:
            return
        attributes, start = self.open.pop(), self.starts.pop()
        if attributes is not None:
            key = str(attributes["data-ev"])
            kind = (attributes.get("class") or "").removeprefix("arbdet-")
            self.parts.setdefault(key, []).append(
                (start, len(self.text), attributes.get("data-fact"), kind)
            )

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text += data

    def marks(self) -> dict[str, tuple[int, int, str | None, str]]:
        """Each mark's whole extent (its parts must follow each other), fact key and kind."""
        whole = {}
        for key, parts in self.parts.items():
            parts.sort()
            for before, after in itertools.pairwise(parts):
                assert before[1] == after[0], f"mark {key} is not contiguous: {parts}"
            assert len({(p[2], p[3]) for p in parts}) == 1
            whole[key] = (parts[0][0], parts[-1][1], parts[0][2], parts[0][3])
        return whole


def _read(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def _facts_by_key(facts: ArticleFacts) -> dict[str, Fact]:
    kinds: list[tuple[str, tuple[Fact, ...]]] = [
        ("D", facts.detentions),
        ("S", facts.statements),
        ("Dec", facts.declarations),
        ("L", facts.links),
    ]
    return {f"{prefix}{i}": f for prefix, items in kinds for i, f in enumerate(items, 1)}


def _evidence_of(fact: Fact) -> list[Evidence]:
    evidence = list(fact.evidence)
    if isinstance(fact, Detention):
        evidence += [e for event in fact.events for e in event.evidence]
    if isinstance(fact, Declaration):
        evidence += [e for c in fact.counts for e in c.evidence]
        evidence += [e for s in fact.signatories for e in s.evidence]
    return evidence


def _check_page(facts: ArticleFacts, html: str, unresolved: list[Evidence] | None = None) -> None:
    """The page holds the article's text exactly, and every mark exactly one evidence's text."""
    page = _read(html)
    source = facts.source
    assert page.text == source.text
    keyed = _facts_by_key(facts)
    marked: dict[str | None, list[tuple[int, int]]] = {}
    for start, end, key, kind in page.marks().values():
        assert start < end
        marked.setdefault(key, []).append((start, end))
        if key is None:
            assert kind == "unresolved"
            assert (start, end) in {(e.span.start, e.span.end) for e in unresolved or []}
            continue
        spans = {(e.span.start, e.span.end) for e in _evidence_of(keyed[key])}
        assert (start, end) in spans, (key, source.text[start:end])
        assert kind in ("detention", "release", "quote", "speaker", "declaration", "link")
    for key, fact in keyed.items():
        expected = sorted(
            (e.span.start, e.span.end)
            for e in _evidence_of(fact)
            if e.source_id == source.id and len(e.span)
        )
        assert sorted(marked.get(key, [])) == expected, key
    assert len(marked.get(None, [])) == len(unresolved or [])


@pytest.fixture(scope="module")
def corpus() -> list[ArticleFacts]:
    return [parse(read_source(path)) for path in ARTICLES]


def test_every_mark_of_every_corpus_page_is_exactly_its_evidence(
    corpus: list[ArticleFacts],
) -> None:
    kinds = set()
    for facts in corpus:
        page = facts.to_html(page=True)
        _check_page(facts, page)
        kinds |= {m[3] for m in _read(page).marks().values()}
    assert kinds == {"detention", "release", "quote", "speaker", "declaration", "link"}


def test_unresolved_mentions_are_marked_apart(corpus: list[ArticleFacts]) -> None:
    facts = corpus[0]
    unresolved = unresolved_mentions(facts.source)
    assert unresolved
    assert all(facts.source.slice(e.span) == e.text for e in unresolved)
    _check_page(facts, facts.to_html(unresolved=unresolved), unresolved)


def _hostile_facts() -> ArticleFacts:
    text = f'date 2021-09-25\nChina freed {HOSTILE}. "{HOSTILE}" said {HOSTILE}.'
    source = Source.create(
        text,
        name=HOSTILE,
        title=HOSTILE,
        outlet=HOSTILE,
        url='javascript:alert("x")',
        body=(Span(16, len(text)),),
    )
    first = text.index(HOSTILE)
    quoted = text.index(HOSTILE, first + 1)
    last = text.rindex(HOSTILE)

    def evidence(start: int, end: int, field: str | None = None) -> Evidence:
        return Evidence(source.id, Span(start, end), text[start:end], HOSTILE, field)

    detainee = Person(HOSTILE)
    return ArticleFacts(
        source,
        detentions=[
            Detention(
                detainee=detainee,
                detaining_state=State("CN"),
                status=DetentionStatus.RELEASED,
                charges=(HOSTILE,),
                location=HOSTILE,
                evidence=(evidence(16, first + 10, "end"), evidence(first, first + 8)),
            )
        ],
        statements=[
            Statement(
                HOSTILE,
                speaker=Person(HOSTILE),
                evidence=(evidence(quoted, quoted + len(HOSTILE)), evidence(last, last + 3)),
            )
        ],
        declarations=[
            Declaration(
                name=HOSTILE,
                counts=(SignatoryCount(58, CountQualifier.MORE_THAN, evidence=(evidence(3, 9),)),),
                evidence=(evidence(first + 2, quoted + 3),),
            )
        ],
        links=[
            Link(
                detainee=detainee,
                linked_to=Person("Meng Wanzhou"),
                relation=LinkRelation.EXCHANGE,
                asserted_by=(Person(HOSTILE),),
                evidence=(evidence(first + 5, last + 5),),
            )
        ],
    )


@pytest.mark.parametrize("page", [True, False])
def test_hostile_text_is_escaped_everywhere(page: bool) -> None:
    facts = _hostile_facts()
    page_html = facts.to_html(page=page)
    _check_page(facts, page_html)
    tags = _read(page_html).tags
    assert not [t for t, _ in tags if t in ("script", "img", "iframe")]
    assert not [a for _, a in tags if any(k.startswith("on") for k in a)]
    assert all(not (a.get("href") or "").startswith("javascript") for _, a in tags)
    assert page_html.count("<script") == 0
    assert page_html.startswith("<!DOCTYPE html>") is page
    for fact in _facts_by_key(facts).values():
        card = _read(fact._repr_html_()).tags
        assert not [t for t, _ in card if t in ("script", "img")]


@given(
    text=st.text(min_size=1, max_size=200),
    cuts=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=12),
)
def test_any_marks_on_any_text_reassemble_exactly(text: str, cuts: list[tuple[int, int]]) -> None:
    source = Source.create(text)
    spans = [Span(*sorted((a % (len(text) + 1), b % (len(text) + 1)))) for a, b in cuts]
    detentions = [
        Detention(
            detainee=Person(f"P{i}"),
            evidence=(Evidence(source.id, span, source.slice(span), "test"),),
        )
        for i, span in enumerate(spans)
    ]
    facts = ArticleFacts(source, detentions=detentions)
    _check_page(facts, facts.to_html())


def test_fact_cards_show_fields_unresolved_and_evidence() -> None:
    facts = _hostile_facts()
    detention = _read(facts.detentions[0]._repr_html_())
    assert detention.text == ""  # a card holds no article text, only its evidence
    card = Statement("we are glad he is home")._repr_html_()
    assert '<dd class="arbdet-none">unresolved</dd>' in card  # no speaker
    released = Detention(
        detainee=Person("Michael Kovrig"),
        detaining_state=State("CN"),
        status=DetentionStatus.RELEASED,
    )._repr_html_()
    assert "CN (China)" in released
    assert "released" in released
    assert '<dd class="arbdet-none">' not in released


def test_fact_cards_hold_each_evidence_text_exactly() -> None:
    facts = _hostile_facts()
    for fact in _facts_by_key(facts).values():
        shown = re.findall(
            r'<mark class="arbdet-(\w+)" data-ev="\d+">(.*?)</mark>', fact._repr_html_()
        )
        assert [html.unescape(text) for _, text in shown] == [e.text for e in _evidence_of(fact)]


def test_enums_print_their_value() -> None:
    assert str(DetentionStatus.RELEASED) == "released"
    assert f"{LinkRelation.EXCHANGE} {EventKind.SENTENCED}" == "exchange sentenced"
    assert str(StatementKind.INDIRECT) == "indirect"
    assert str(CountQualifier.MORE_THAN) == "more than"


def test_show_command(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["show", str(ARTICLES[0]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.stderr
    facts = parse(read_source(ARTICLES[0]))
    written = out.read_text(encoding="utf-8")
    _check_page(facts, written, unresolved_mentions(facts.source))
    printed = CliRunner().invoke(cli, ["show", str(ARTICLES[0])])
    assert printed.stdout == written
    fewer = CliRunner().invoke(cli, ["show", str(ARTICLES[0]), "--min-confidence", "1"])
    assert fewer.exit_code == 0
    assert len(_read(fewer.stdout).marks()) < len(_read(written).marks())


def test_statements_say_whether_quoted_or_reported(corpus: list[ArticleFacts]) -> None:
    kb = KnowledgeBase(corpus[:3])
    found = kb.statements()
    assert found.headers[:3] == ("date", "speaker", "kind")
    kinds = {str(row[2]) for row in map(found.row, found)}
    assert kinds == {"direct", "indirect"}
    for record in found:
        variants = {claim.value for claim in record.texts}
        said = {s.kind for f in corpus[:3] for s in f.statements if s.text in variants}
        if said == {StatementKind.INDIRECT}:
            assert record.kind is StatementKind.INDIRECT
        if said == {StatementKind.DIRECT}:
            assert record.kind is StatementKind.DIRECT
    assert {q["kind"] for q in found.to_json()} == {"direct", "indirect"}


def test_notebook_tables_show_every_source_whole(corpus: list[ArticleFacts]) -> None:
    found = KnowledgeBase(corpus).detentions()
    shown = found._repr_html_()
    assert "..." not in shown
    for record in found:
        assert "<br>".join(html.escape(s) for s in record.sources) in shown
