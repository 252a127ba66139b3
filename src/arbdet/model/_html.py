"""HTML views of facts: an article with every fact's evidence highlighted, and fact cards.

What the ``_repr_html_`` of the facts (and ``arbdet show``) render. Each piece of evidence
becomes a ``<mark>`` element (split where two pieces cross) carrying ``data-ev``, the
evidence's number, and ``data-fact``, the fact's key (``D1``, ``S2``, ``Dec1``, ``L1``), so
the marks with one ``data-ev`` hold exactly the evidence's text. Every text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from ._entities import Organization, Person, State
from ._provenance import Evidence

if TYPE_CHECKING:
    from ._source import Source

__all__ = [
    "KINDS",
    "FactView",
    "article_html",
    "confidence_field",
    "fact_html",
    "rule_field",
    "short",
    "text_of",
]

KINDS = ("detention", "release", "quote", "speaker", "declaration", "link", "unresolved")
"""The kinds of highlight, each with its own colour."""

_UNRESOLVED = "unresolved"

_CSS = """
.arbdet{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328}
.arbdet-head{margin:0 0 .6em}.arbdet-head h1{font-size:1.25em;margin:0}
.arbdet-meta{color:#59636e;font-size:.9em}
.arbdet-legend span{display:inline-block;margin:.2em .6em .2em 0}
.arbdet-layout{display:flex;gap:1.2em;align-items:flex-start;flex-wrap:wrap}
.arbdet-text{flex:3 1 28em;white-space:pre-wrap;overflow-wrap:anywhere}
.arbdet-facts{flex:2 1 20em;margin:0;padding:0;list-style:none}
.arbdet-scroll{max-height:36em;overflow:auto}
.arbdet-chrome{color:#8c959f}
.arbdet mark{background:none;color:inherit;padding:0 1px;border-radius:3px;
 box-decoration-break:clone;-webkit-box-decoration-break:clone;cursor:help}
.arbdet mark[data-label]::after{content:attr(data-label);font-size:.65em;font-weight:600;
 vertical-align:super;margin-left:1px}
.arbdet mark.arbdet-detention{background:#ffe3e1;border-bottom:2px solid #cf222e}
.arbdet mark.arbdet-release{background:#dafbe1;border-bottom:2px solid #1a7f37}
.arbdet mark.arbdet-quote{background:#ddf4ff;border-bottom:2px solid #0969da}
.arbdet mark.arbdet-speaker{background:#fbefff;border-bottom:2px solid #8250df}
.arbdet mark.arbdet-declaration{background:#fff8c5;border-bottom:2px solid #9a6700}
.arbdet mark.arbdet-link{background:#d8f5f0;border-bottom:2px solid #0a7b6c}
.arbdet mark.arbdet-unresolved{border-bottom:2px dashed #6e7781}
.arbdet-card{border:1px solid #d0d7de;border-left:4px solid #6e7781;border-radius:6px;
 padding:.35em .6em;margin:0 0 .5em}
.arbdet-card-detention{border-left-color:#cf222e}.arbdet-card-release{border-left-color:#1a7f37}
.arbdet-card-quote{border-left-color:#0969da}.arbdet-card-declaration{border-left-color:#9a6700}
.arbdet-card-link{border-left-color:#0a7b6c}
.arbdet-card h2{font-size:1em;margin:0 0 .2em}
.arbdet-card dl{display:grid;grid-template-columns:max-content 1fr;gap:0 .8em;margin:0;
 font-size:.9em}
.arbdet-card dt{color:#59636e}.arbdet-card dd{margin:0}
.arbdet-card .arbdet-none{color:#bc4c00;font-style:italic}
.arbdet-ev{margin:.2em 0 0;font-size:.9em}
.arbdet-key{font-weight:600;margin-right:.3em}
"""


@attrs.frozen
class FactView:
    """What a fact shows: its key, kind, headline, fields and evidence with its highlight kind.

    A field whose value is ``None`` is left out, except those named in ``required``: the
    fact is incomplete without them, so they show as unresolved.
    """

    key: str
    kind: str
    title: str
    fields: tuple[tuple[str, str | None], ...]
    evidence: tuple[tuple[Evidence, str], ...]
    required: frozenset[str] = frozenset()

    def tooltip(self, evidence: Evidence) -> str:
        """The hover text of one piece of this fact's evidence."""
        shown = [f"{label}: {value}" for label, value in self.fields if value is not None]
        about = f" ({evidence.field})" if evidence.field else ""
        return f"{self.key} {self.kind}{about}: {self.title}\n" + "\n".join(shown)


# ---------------------------------------------------------------- values


def text_of(value: object) -> str | None:
    """A field value as text; ``None`` for nothing."""
    if value is None or value == ():
        return None
    if isinstance(value, tuple):
        parts = [text_of(v) for v in value]
        return ", ".join(p for p in parts if p) or None
    return _one_text(value)


def _one_text(value: object) -> str:
    """One value (not a tuple) as text."""
    if isinstance(value, State):
        return f"{value.code} ({value.name})"
    if isinstance(value, (Person, Organization)):
        return value.name
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def confidence_field(value: float | None) -> tuple[str, str | None]:
    """The confidence row of a fact's view."""
    return ("confidence", None if value is None else f"{value:.2f}")


def rule_field(evidence: Sequence[Evidence]) -> tuple[str, str | None]:
    """The row naming the rule that made a fact (its first evidence's extractor)."""
    return ("rule", evidence[0].extractor if evidence else None)


def short(text: str, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------- highlighting


@attrs.frozen
class _Mark:
    start: int
    end: int
    kind: str
    attributes: str  # already escaped


def _open_tag(mark: _Mark) -> str:
    if mark.kind == "chrome":
        return '<span class="arbdet-chrome">'
    return f'<mark class="arbdet-{mark.kind}"{mark.attributes}>'


def _close_tag(mark: _Mark) -> str:
    return "</span>" if mark.kind == "chrome" else "</mark>"


def _highlight(text: str, marks: Sequence[_Mark]) -> str:
    """``text`` escaped, each mark an element; a mark crossing another is split in parts."""
    starts: dict[int, list[_Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
    ends = {m.end for m in marks}
    cuts = sorted({0, len(text), *starts, *ends})
    out: list[str] = []
    stack: list[_Mark] = []
    for position, following in zip(cuts, [*cuts[1:], None], strict=True):
        reopen: list[_Mark] = []
        while any(m.end == position for m in stack):
            top = stack.pop()
            out.append(_close_tag(top))
            if top.end != position:
                reopen.append(top)
        opening = reopen + starts.get(position, [])
        for mark in sorted(opening, key=lambda m: -m.end):
            out.append(_open_tag(mark))
            stack.append(mark)
        if following is not None:
            out.append(html.escape(text[position:following], quote=False))
    return "".join(out)


def _attribute(name: str, value: str) -> str:
    return f' {name}="{html.escape(value, quote=True)}"'


def _evidence_marks(
    source: Source, views: Sequence[FactView], unresolved: Iterable[Evidence]
) -> list[_Mark]:
    marks: list[_Mark] = []
    first: set[str] = set()
    number = 0

    def usable(evidence: Evidence) -> bool:
        span = evidence.span
        return (
            evidence.source_id == source.id
            and span.start < span.end <= len(source.text)
            and source.slice(span) == evidence.text
        )

    for view in views:
        for evidence, kind in view.evidence:
            if not usable(evidence):
                continue
            number += 1
            attributes = _attribute("data-ev", str(number)) + _attribute("data-fact", view.key)
            attributes += _attribute("title", view.tooltip(evidence))
            if view.key not in first:
                first.add(view.key)
                attributes += _attribute("data-label", view.key)
            marks.append(_Mark(evidence.span.start, evidence.span.end, kind, attributes))
    for evidence in unresolved:
        if usable(evidence):
            number += 1
            note = f"unresolved {evidence.field or 'mention'} ({evidence.extractor})"
            attributes = _attribute("data-ev", str(number)) + _attribute("title", note)
            marks.append(_Mark(evidence.span.start, evidence.span.end, _UNRESOLVED, attributes))
    return marks


def _chrome_marks(source: Source) -> list[_Mark]:
    """The stretches of text outside the article's body (site chrome, a date header)."""
    marks, previous = [], 0
    for span in (*source.body, None):
        start = len(source.text) if span is None else span.start
        if start > previous:
            marks.append(_Mark(previous, start, "chrome", ""))
        if span is not None:
            previous = span.end
    return marks


# ---------------------------------------------------------------- cards and pages


def _card(view: FactView, *, with_evidence: bool) -> str:
    rows = "".join(
        f"<dt>{html.escape(label)}</dt>"
        + (
            f"<dd>{html.escape(value)}</dd>"
            if value is not None
            else '<dd class="arbdet-none">unresolved</dd>'
        )
        for label, value in view.fields
        if value is not None or label in view.required
    )
    evidence = ""
    if with_evidence:
        evidence = "".join(
            f'<p class="arbdet-ev"><mark class="arbdet-{kind}" data-ev="{n}">'
            f"{html.escape(e.text, quote=False)}</mark>"
            f"{html.escape(f' ({e.field})' if e.field else '')}</p>"
            for n, (e, kind) in enumerate(view.evidence, 1)
        )
    return (
        f'<li class="arbdet-card arbdet-card-{view.kind}" id="arbdet-{html.escape(view.key)}">'
        f'<h2><span class="arbdet-key">{html.escape(view.key)}</span>'
        f"{html.escape(view.title)}</h2><dl>{rows}</dl>{evidence}</li>"
    )


def fact_html(view: FactView) -> str:
    """One fact as a card with its fields and each piece of its evidence highlighted."""
    return (
        f'<div class="arbdet"><style>{_CSS}</style>'
        f'<ul class="arbdet-facts">{_card(view, with_evidence=True)}</ul></div>'
    )


def _header(source: Source, views: Sequence[FactView], unresolved: int) -> str:
    title = source.title or source.name or source.id
    meta = [
        part
        for part in (
            source.name if source.title else None,
            source.outlet,
            None if source.published is None else f"published {source.published}",
            f"source {source.id}",
        )
        if part
    ]
    url = source.url or ""
    link = ""
    if url.startswith(("https://", "http://")):
        link = f' · <a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>'
    counts = dict.fromkeys(KINDS, 0)
    for view in views:
        for _, kind in view.evidence:
            counts[kind] += 1
    counts[_UNRESOLVED] = unresolved
    legend = "".join(
        f'<span><mark class="arbdet-{kind}">{kind}</mark> {n}</span>'
        for kind, n in counts.items()
        if n
    )
    return (
        f'<div class="arbdet-head"><h1>{html.escape(title)}</h1>'
        f'<div class="arbdet-meta">{html.escape(" · ".join(meta))}{link}</div>'
        f'<div class="arbdet-legend">{legend}</div></div>'
    )


def article_html(
    source: Source,
    views: Sequence[FactView],
    *,
    page: bool = False,
    unresolved: Sequence[Evidence] = (),
) -> str:
    """``source`` with the evidence of every fact ``views`` show highlighted beside them.

    ``unresolved`` are mentions arbdet could not resolve (a pronoun, an undated "Monday"),
    marked apart. ``page`` gives a whole HTML document; otherwise a fragment for a notebook.
    """
    marks = _chrome_marks(source) + _evidence_marks(source, views, unresolved)
    text = _highlight(source.text, marks)
    cards = "".join(_card(view, with_evidence=False) for view in views)
    scroll = "" if page else " arbdet-scroll"
    body = (
        f'<div class="arbdet">{_header(source, views, len(unresolved))}'
        f'<div class="arbdet-layout"><div class="arbdet-text{scroll}">{text}</div>'
        f'<ol class="arbdet-facts{scroll}">{cards}</ol></div></div>'
    )
    if not page:
        return f"<style>{_CSS}</style>{body}"
    title = html.escape(source.title or source.name or source.id)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title} · arbdet</title><style>{_CSS}"
        "body{margin:1.5em auto;max-width:90em;padding:0 1em}</style></head>"
        f"<body>{body}</body></html>\n"
    )
