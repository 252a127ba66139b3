"""Merging many articles' facts into records, every field keeping all values and sources.

One record per person, detention, quotation, link and declaration.

A detention is keyed by its resolved detainee and detaining state; a quotation by its words
(matched across sources by overlap) and its speaker; a link by its two detainees and
relation; declarations by name or initiator. Nothing is flattened: where sources disagree,
every value stays, and the field says it is disputed. The result depends only on the set
of articles, never on the order they were added in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

import attrs
from rapidfuzz import fuzz

from ..model import (
    Declaration,
    Detention,
    DetentionStatus,
    EventKind,
    Evidence,
    Link,
    Organization,
    PartialDate,
    Party,
    Person,
    Signatory,
    State,
    Statement,
    StatementKind,
)
from ._names import NameKey, fold
from ._quotes import QuoteContext, quote_groups
from ._records import (
    CountReport,
    DeclarationRecord,
    DetentionRecord,
    LinkRecord,
    PersonRecord,
    SignatoryRecord,
    StatementRecord,
)
from ._resolve import NameMention, resolve
from ._values import (
    Claim,
    Field,
    date_field,
    exact_field,
    gather,
    latest_field,
    sorted_evidence,
)

__all__ = ["Article", "ArticleSource", "Index", "Indexed", "merge", "source_labels"]

# Steps a timeline shows between a detention's start and its end.
_STEPS = (EventKind.CHARGED, EventKind.CONVICTED, EventKind.SENTENCED)

T = TypeVar("T", bound=Hashable)

_Found = defaultdict[tuple[str, str], tuple[list[Evidence], set[str]]]
"""Per (name, source label): the evidence naming the person there, and their roles."""

_NAME_SIMILARITY = 80.0
"""The rapidfuzz token-set ratio above which two declaration names are one declaration."""

_PERSON_FIELDS = frozenset(
    {"detainee", "speaker", "linked_to", "asserted_by", "denied_by", "about", "reported_by"}
)


class ArticleSource(Protocol):
    """What merging reads of a source: its id, name and publication date."""

    @property
    def id(self) -> str:
        """The source's content id."""
        ...

    @property
    def name(self) -> str | None:
        """The source's file name, if known."""
        ...

    @property
    def published(self) -> PartialDate | None:
        """When the source was published, if known."""
        ...


class Article(Protocol):
    """What merging reads of an article: its source and its facts.

    An :class:`~arbdet.ArticleFacts` is one; so is the form a knowledge base keeps.
    """

    @property
    def source(self) -> ArticleSource:
        """The article's source."""
        ...

    @property
    def detentions(self) -> tuple[Detention, ...]:
        """The detentions the article reports."""
        ...

    @property
    def statements(self) -> tuple[Statement, ...]:
        """The statements the article reports."""
        ...

    @property
    def declarations(self) -> tuple[Declaration, ...]:
        """The declarations the article reports."""
        ...

    @property
    def links(self) -> tuple[Link, ...]:
        """The links between detentions the article reports."""
        ...


@attrs.frozen
class Index:
    """Everything the knowledge base derives from its articles, resolved and merged."""

    people: tuple[PersonRecord, ...]
    detentions: tuple[DetentionRecord, ...]
    statements: tuple[StatementRecord, ...]
    links: tuple[LinkRecord, ...]
    declarations: tuple[DeclarationRecord, ...]
    suspects: tuple[tuple[PersonRecord, PersonRecord], ...]
    """Pairs of people whose names look like variants of one but were not merged."""
    misattributed: tuple[tuple[StatementRecord, ...], ...]
    """Quotations whose words match across sources but whose speakers differ."""
    dates: Mapping[str, PartialDate | None]
    """Each source's effective date, by label."""
    references: frozenset[str]
    """The labels of reference sources."""
    labels: Mapping[str, str] = attrs.field(factory=dict)
    """Each source's label, by source id."""

    @property
    def index(self) -> Index:
        """The index itself, so that queries take an index as they take a knowledge base."""
        return self

    def label(self, source_id: str) -> str:
        """The label of a source, by its id."""
        return self.labels[source_id]


class Indexed(Protocol):
    """What queries and exports read: anything with an :class:`Index` of merged records.

    A :class:`~arbdet.KnowledgeBase` is one, and so is an :class:`Index` itself.
    """

    @property
    def index(self) -> Index:
        """The merged records."""
        ...


def source_labels(articles: Iterable[Article]) -> dict[str, str]:
    """A unique label for each source id: its name where that is unique, else name#id."""
    by_id = {facts.source.id: facts.source for facts in articles}
    labels: dict[str, str] = {}
    taken: set[str] = set()
    for source_id in sorted(by_id):
        source = by_id[source_id]
        label = source.name or source.id
        if label in taken:
            label = f"{label}#{source.id[:8]}"
        taken.add(label)
        labels[source_id] = label
    return labels


def _effective_date(facts: Article) -> PartialDate | None:
    """When a source speaks: its publication date, else the latest date its facts give."""
    if facts.source.published is not None:
        return facts.source.published
    dates: list[PartialDate | None] = []
    for detention in facts.detentions:
        dates += [detention.start, detention.end]
    dates += [s.date for s in facts.statements]
    for declaration in facts.declarations:
        dates.append(declaration.launched)
        dates += [c.as_of for c in declaration.counts]
    known = [d for d in dates if d is not None]
    return max(known) if known else None


def _slug(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in fold(text)).split()
    return "-".join(words) or "x"


def _short_hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _for_field(evidence: tuple[Evidence, ...], *names: str) -> tuple[Evidence, ...]:
    """The evidence for one field: pieces marked for it, or all when none is marked."""
    chosen = tuple(e for e in evidence if e.field in names)
    return chosen or tuple(e for e in evidence if e.field is None) or evidence


def _name_like(alias: str) -> bool:
    words = alias.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


class _Merger:
    """One merge: the articles, their labels and dates, the people resolved among them."""

    def __init__(self, articles: Sequence[Article], references: Sequence[Article]):
        labels = source_labels([*articles, *references])
        self.labels = labels
        order = sorted(articles, key=lambda f: labels[f.source.id])
        self.articles = [(labels[f.source.id], f) for f in order]
        self.references = [
            (labels[f.source.id], f) for f in sorted(references, key=lambda f: labels[f.source.id])
        ]
        self.dates: dict[str, PartialDate | None] = {
            label: _effective_date(f) for label, f in [*self.articles, *self.references]
        }
        self.reference_labels = frozenset(label for label, _ in self.references)
        self.published = {
            label: f.source.published for label, f in [*self.articles, *self.references]
        }
        self.person_of: dict[str, PersonRecord] = {}
        self.people: tuple[PersonRecord, ...] = ()
        self.suspects: tuple[tuple[PersonRecord, PersonRecord], ...] = ()

    # ------------------------------------------------------------ people

    def _person_mentions(self) -> tuple[list[NameMention], list[tuple[str, str]], _Found]:
        mentions: list[NameMention] = []
        same: list[tuple[str, str]] = []
        found: _Found = defaultdict(lambda: ([], set()))

        def add(
            person: Party | None, label: str, role: str, context: str, ev: Iterable[Evidence]
        ) -> None:
            if not isinstance(person, Person):
                return
            mentions.append(NameMention(person.name, label, context))
            same.extend((person.name, a) for a in person.aliases if _name_like(a))
            evidence, roles = found[person.name, label]
            evidence.extend(ev)
            roles.add(role)

        for label, facts in self.articles:
            for d in facts.detentions:
                state = d.detaining_state.code if d.detaining_state else "?"
                ev = _for_field(d.evidence, "detainee")
                add(d.detainee, label, "detainee", f"held-by:{state}", ev)
            for s in facts.statements:
                ev = _for_field(s.evidence, "speaker")
                add(s.speaker, label, "speaker", f"speaker:{self._affiliation(s)}", ev)
                for party in s.about:
                    add(party, label, "subject", "about", _for_field(s.evidence, "about"))
            for link in facts.links:
                ev = _for_field(link.evidence, "detainee", "linked_to")
                add(link.detainee, label, "detainee", "linked", ev)
                add(link.linked_to, label, "detainee", "linked", ev)
                for party in (*link.asserted_by, *link.denied_by):
                    ev = _for_field(link.evidence, "asserted_by", "denied_by")
                    add(party, label, "party", "party", ev)
            for declaration in facts.declarations:
                for count in declaration.counts:
                    add(count.reported_by, label, "party", "party", count.evidence)
        return mentions, same, found

    def resolve_people(self) -> None:
        """Group every person's name across the articles into people."""
        mentions, same, found = self._person_mentions()
        resolution = resolve(mentions, same)
        by_name: dict[str, list[str]] = defaultdict(list)
        for name, label in sorted(found):
            by_name[name].append(label)
        records: list[PersonRecord] = []
        taken: set[str] = set()
        for group in resolution.groups:
            claims = gather(
                ((name, label, found[name, label][0]) for name in group for label in by_name[name]),
                self.dates,
            )
            canonical = _canonical_name(claims)
            roles = {r for name in group for label in by_name[name] for r in found[name, label][1]}
            record = PersonRecord(
                _unique(f"p-{_slug(canonical)}", taken), canonical, claims, tuple(sorted(roles))
            )
            records.append(record)
            for name in group:
                self.person_of[name] = record
        self.people = tuple(sorted(records, key=lambda p: (fold(p.name), p.id)))
        ordered = [self.person_of[g[0]] for g in resolution.groups]
        self.suspects = tuple((ordered[a], ordered[b]) for a, b in resolution.suspects)

    def _party(self, party: Party) -> str:
        if isinstance(party, State):
            return party.code
        if isinstance(party, Person):
            return self.person_of[party.name].name
        return party.name

    def _affiliation(self, statement: Statement) -> str:
        if isinstance(statement.speaker, Organization):
            return statement.speaker.name
        affiliation = statement.affiliation
        return "" if affiliation is None else self._party(affiliation)

    # ------------------------------------------------------------ detentions

    def detentions(self) -> tuple[DetentionRecord, ...]:
        """One record per resolved detainee and detaining state."""
        groups: dict[tuple[str, str | None], list[tuple[str, Detention]]] = defaultdict(list)
        for label, facts in self.articles:
            for d in facts.detentions:
                person = self.person_of[d.detainee.name]
                state = d.detaining_state.code if d.detaining_state else None
                groups[person.id, state].append((label, d))
        for person_id, _ in [k for k in groups if k[1] is None]:
            held_by = [k for k in groups if k[0] == person_id and k[1] is not None]
            if len(held_by) == 1:
                groups[held_by[0]].extend(groups.pop((person_id, None)))
        records = [self._detention(parts) for _, parts in sorted(groups.items(), key=_group_key)]
        return tuple(records)

    def _detention(self, parts: list[tuple[str, Detention]]) -> DetentionRecord:
        dates = self.dates
        first = parts[0][1]
        person = self.person_of[first.detainee.name]
        state = next((d.detaining_state for _, d in parts if d.detaining_state), None)

        def claims(field: str, values: Iterable[tuple[T, str, Detention]]) -> tuple[Claim[T], ...]:
            return gather(
                ((v, label, _for_field(d.evidence, field)) for v, label, d in values), dates
            )

        nationalities = claims(
            "nationality", ((s, lb, d) for lb, d in parts for s in d.nationalities)
        )
        start = claims("start", ((d.start, lb, d) for lb, d in parts if d.start is not None))
        end = claims("end", ((d.end, lb, d) for lb, d in parts if d.end is not None))
        known = [(lb, d) for lb, d in parts if d.status is not DetentionStatus.UNKNOWN]
        status: tuple[Claim[DetentionStatus], ...] = claims(
            "status", ((d.status, lb, d) for lb, d in known)
        )
        charges = claims("charges", ((_charge(c), lb, d) for lb, d in parts for c in d.charges))
        sentence = claims(
            "sentence_years",
            ((float(d.sentence_years), lb, d) for lb, d in parts if d.sentence_years is not None),
        )
        sentence_kind = claims(
            "sentence_kind",
            ((d.sentence_kind, lb, d) for lb, d in parts if d.sentence_kind is not None),
        )
        locations = claims("location", ((d.location, lb, d) for lb, d in parts if d.location))
        steps = tuple(
            (kind, date_field(found))
            for kind in _STEPS
            if (
                found := gather(
                    (
                        (e.date, lb, e.evidence)
                        for lb, d in parts
                        for e in d.events
                        if e.kind is kind and e.date is not None
                    ),
                    dates,
                )
            )
        )
        code = state.code.lower() if state else "xx"
        return DetentionRecord(
            id=f"d-{person.id[2:]}-{code}",
            detainee=person,
            detaining_state=state,
            nationalities=nationalities,
            start=date_field(start),
            end=latest_field(end),
            status=_status_field(status),
            charges=charges,
            sentence_years=exact_field(sentence),
            sentence_kind=exact_field(sentence_kind),
            locations=locations,
            sources=tuple(sorted({label for label, _ in parts})),
            evidence=sorted_evidence(e for _, d in parts for e in d.evidence),
            steps=steps,
        )

    # ------------------------------------------------------------ statements

    def _speaker_key(self, statement: Statement) -> str:
        if isinstance(statement.speaker, Person):
            return "person:" + self.person_of[statement.speaker.name].id
        return "party:" + fold(self._affiliation(statement))

    def statements(
        self,
    ) -> tuple[tuple[StatementRecord, ...], tuple[tuple[StatementRecord, ...], ...]]:
        """One record per quotation and speaker; and the quotations given to several speakers."""
        items = [(label, s) for label, facts in self.articles for s in facts.statements]
        people = self._people_by_source()
        contexts = [
            QuoteContext(*self._when(label, s), people.get(label, frozenset()))
            for label, s in items
        ]
        groups = quote_groups([s.text for _, s in items], contexts)
        records: list[StatementRecord] = []
        misattributed: list[tuple[StatementRecord, ...]] = []
        for group in groups:
            by_speaker: dict[str, list[tuple[str, Statement]]] = defaultdict(list)
            for index in group:
                label, statement = items[index]
                by_speaker[self._speaker_key(statement)].append((label, statement))
            made = [self._statement(key, parts) for key, parts in sorted(by_speaker.items())]
            records.extend(made)
            if len(made) > 1:
                misattributed.append(tuple(made))
        records.sort(key=lambda r: (r.date.best or PartialDate(1), r.quote, r.id))
        return tuple(records), tuple(misattributed)

    def _when(self, label: str, statement: Statement) -> tuple[dt.date, dt.date]:
        """The days a statement can have been made on: its date, else up to publication."""
        if statement.date is not None:
            return statement.date.first_day, statement.date.last_day
        published = self.published.get(label)
        return dt.date.min, dt.date.max if published is None else published.last_day

    def _people_by_source(self) -> dict[str, frozenset[str]]:
        """The people (resolved) each source mentions."""
        found: dict[str, set[str]] = defaultdict(set)
        for label, facts in self.articles:
            for d in facts.detentions:
                found[label].add(self.person_of[d.detainee.name].id)
            for link in facts.links:
                found[label].add(self.person_of[link.detainee.name].id)
                found[label].add(self.person_of[link.linked_to.name].id)
            for s in facts.statements:
                if isinstance(s.speaker, Person):
                    found[label].add(self.person_of[s.speaker.name].id)
        return {label: frozenset(ids) for label, ids in found.items()}

    def _statement(self, key: str, parts: list[tuple[str, Statement]]) -> StatementRecord:
        dates = self.dates
        texts = gather(
            ((s.text, label, _for_field(s.evidence, "text")) for label, s in parts), dates
        )
        quote = max(texts, key=lambda c: (c.support, len(c.value), c.value)).value
        speaker = next(
            (self.person_of[s.speaker.name] for _, s in parts if isinstance(s.speaker, Person)),
            None,
        )
        affiliations = gather(
            (
                (self._affiliation(s), label, _for_field(s.evidence, "affiliation", "speaker"))
                for label, s in parts
                if self._affiliation(s)
            ),
            dates,
        )
        date = gather(
            ((s.date, label, _for_field(s.evidence, "date")) for label, s in parts if s.date),
            dates,
        )
        about = sorted({self._party(p) for _, s in parts for p in s.about})
        return StatementRecord(
            id=f"s-{_short_hash(key, min(c.value for c in texts))}",
            quote=quote,
            texts=texts,
            speaker=speaker,
            affiliation=exact_field(affiliations, disputable=False),
            date=date_field(date),
            about=tuple(about),
            sources=tuple(sorted({label for label, _ in parts})),
            evidence=sorted_evidence(e for _, s in parts for e in s.evidence),
            kind=StatementKind.DIRECT
            if any(s.kind is StatementKind.DIRECT for _, s in parts)
            else StatementKind.INDIRECT,
        )

    # ------------------------------------------------------------ links

    def links(self) -> tuple[LinkRecord, ...]:
        """One record per pair of detainees and relation."""
        groups: dict[tuple[str, str, str], list[tuple[str, Link]]] = defaultdict(list)
        for label, facts in self.articles:
            for link in facts.links:
                a = self.person_of[link.detainee.name].id
                b = self.person_of[link.linked_to.name].id
                groups[min(a, b), max(a, b), link.relation.value].append((label, link))
        return tuple(self._link(parts) for _, parts in sorted(groups.items()))

    def _pair(self, link: Link) -> tuple[PersonRecord, PersonRecord]:
        return self.person_of[link.detainee.name], self.person_of[link.linked_to.name]

    def _link(self, parts: list[tuple[str, Link]]) -> LinkRecord:
        people = {p.id: p for _, k in parts for p in self._pair(k)}
        directions = Counter(tuple(p.id for p in self._pair(k)) for _, k in parts)
        (detainee_id, linked_id), _ = max(
            directions.items(), key=lambda item: (item[1], item[0][1], item[0][0])
        )
        detainee, linked_to = people[detainee_id], people[linked_id]

        def parties(field: str) -> tuple[Claim[str], ...]:
            return gather(
                (
                    (self._party(p), label, _for_field(k.evidence, field))
                    for label, k in parts
                    for p in getattr(k, field)
                ),
                self.dates,
            )

        relation = parts[0][1].relation
        return LinkRecord(
            id=f"l-{relation.value}-{_short_hash(detainee.id, linked_to.id)}",
            detainee=detainee,
            linked_to=linked_to,
            relation=relation,
            asserted_by=parties("asserted_by"),
            denied_by=parties("denied_by"),
            sources=tuple(sorted({label for label, _ in parts})),
            evidence=sorted_evidence(e for _, k in parts for e in k.evidence),
        )

    # ------------------------------------------------------------ declarations

    def _signatories(
        self, parts: list[tuple[str, Declaration, bool]]
    ) -> tuple[SignatoryRecord, ...]:
        by_state: dict[State, list[tuple[str, Signatory, Declaration]]] = defaultdict(list)
        for label, d, _ in parts:
            for signatory in d.signatories:
                by_state[signatory.state].append((label, signatory, d))
        records = []
        for state, found in sorted(by_state.items()):
            dates = gather(
                ((s.date, label, s.evidence) for label, s, _ in found if s.date), self.dates
            )
            records.append(
                SignatoryRecord(
                    state=state,
                    dates=date_field(dates),
                    sources=tuple(sorted({label for label, _, _ in found})),
                    evidence=sorted_evidence(
                        e
                        for _, s, d in found
                        for e in s.evidence or _for_field(d.evidence, "signatories")
                    ),
                )
            )
        return tuple(records)

    def declarations(self) -> tuple[DeclarationRecord, ...]:
        """Declarations resolved by name or initiator, reference tables included."""
        items = [
            (label, d, False) for label, facts in self.articles for d in facts.declarations
        ] + [(label, d, True) for label, facts in self.references for d in facts.declarations]
        clusters = _cluster_declarations([d for _, d, _ in items])
        records = [self._declaration([items[i] for i in members]) for members in clusters]
        return tuple(sorted(records, key=lambda r: r.id))

    def _declaration(self, parts: list[tuple[str, Declaration, bool]]) -> DeclarationRecord:
        dates = self.dates

        def claims(
            field: str, values: Iterable[tuple[T, str, Declaration]]
        ) -> tuple[Claim[T], ...]:
            return gather(
                ((v, label, _for_field(d.evidence, field)) for v, label, d in values), dates
            )

        names = claims("name", ((d.name, lb, d) for lb, d, _ in parts if d.name))
        initiators = claims(
            "initiator", ((d.initiator, lb, d) for lb, d, _ in parts if d.initiator)
        )
        launched = claims("launched", ((d.launched, lb, d) for lb, d, _ in parts if d.launched))
        binding = claims(
            "binding", ((d.binding, lb, d) for lb, d, _ in parts if d.binding is not None)
        )
        signatories = self._signatories(parts)
        counts = [
            CountReport(
                count=c.count,
                qualifier=c.qualifier,
                as_of=c.as_of or self.published[label],
                reported_by=None if c.reported_by is None else self._party(c.reported_by),
                source=label,
                reference=reference,
                evidence=sorted_evidence(c.evidence or _for_field(d.evidence, "signatory_count")),
            )
            for label, d, reference in parts
            for c in d.counts
        ]
        counts.sort(key=lambda c: (c.source, c.count, c.qualifier.value, c.reported_by or ""))
        name_field = exact_field(names, disputable=False)
        curated = [c.value for c in names if any(s in self.reference_labels for s in c.sources)]
        if curated:  # a reference table's name is the declaration's own
            name_field = attrs.evolve(name_field, best=min(curated))
        initiator_field = exact_field(initiators)
        title = name_field.best or (initiator_field.best.code if initiator_field.best else "")
        return DeclarationRecord(
            id=f"decl-{_slug(title)}" if title else f"decl-{_short_hash(parts[0][0])}",
            name=name_field,
            initiator=initiator_field,
            launched=date_field(launched),
            binding=exact_field(binding),
            counts=tuple(counts),
            signatories=signatories,
            reference_sources=tuple(sorted({label for label, _, ref in parts if ref})),
            sources=tuple(sorted({label for label, _, _ in parts})),
            evidence=sorted_evidence(e for _, d, _ in parts for e in d.evidence),
        )


def _group_key(item: tuple[tuple[str, str | None], list[tuple[str, Detention]]]) -> tuple[str, str]:
    (person_id, state), _ = item
    return person_id, state or ""


def _charge(text: str) -> str:
    return " ".join(text.split()).lower()


def _unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


def _canonical_name(claims: tuple[Claim[str], ...]) -> str:
    """The name to show for a person.

    A full name before a bare one, then the spelling most sources use, then the one with
    most parts (hyphens kept), then the first alphabetically.
    """

    def rank(claim: Claim[str]) -> tuple[bool, int, int, int, str]:
        words = claim.value.split()
        full = len(words) > 1 and len(words[0].strip(".")) > 1
        parts = len(NameKey.of(claim.value).tokens)
        return (full, claim.support, parts, claim.value.count("-"), claim.value)

    best = max(claims, key=lambda c: rank(c)[:4])
    return min(c.value for c in claims if rank(c)[:4] == rank(best)[:4])


def _status_field(claims: tuple[Claim[DetentionStatus], ...]) -> Field[DetentionStatus]:
    """The latest source's status.

    Disputed where a source has the detainee held after (or when) another has them free.
    """
    field = exact_field(claims, by_latest=True, disputable=False)
    released = [c.as_of for c in claims if c.value is DetentionStatus.RELEASED]
    held = [c.as_of for c in claims if c.value is DetentionStatus.HELD]
    disputed = any(
        h is not None and (r is None or not r > h or r.contains(h)) for r in released for h in held
    )
    return attrs.evolve(field, disputed=disputed)


def _cluster_declarations(declarations: Sequence[Declaration]) -> list[list[int]]:
    """Declarations grouped by similar names or a shared initiator.

    Those with neither join the largest group. Distinct names are compared with each other
    (there are few), not every declaration with every other.
    """
    nodes: dict[str, str] = {}

    def find(node: str) -> str:
        nodes.setdefault(node, node)
        while nodes[node] != node:
            nodes[node] = nodes[nodes[node]]
            node = nodes[node]
        return node

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        nodes[max(ra, rb)] = min(ra, rb)

    names = sorted({fold(d.name) for d in declarations if d.name})
    for i, a in enumerate(names):
        find("n:" + a)
        for b in names[i + 1 :]:
            if fuzz.token_set_ratio(a, b) >= _NAME_SIMILARITY:
                union("n:" + a, "n:" + b)
    keys: list[str | None] = []
    for d in declarations:
        own = [f"n:{fold(d.name)}"] if d.name else []
        own += [f"i:{d.initiator.code}"] if d.initiator else []
        for node in own[1:]:
            union(own[0], node)
        keys.append(own[0] if own else None)
    sizes = Counter(find(k) for k in keys if k is not None)
    largest = max(sizes, key=lambda root: (sizes[root], root)) if sizes else "loose"
    groups: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        groups[find(key) if key is not None else largest].append(index)
    return sorted(groups.values())


def merge(articles: Sequence[Article], references: Sequence[Article] = ()) -> Index:
    """Resolve and merge the facts of ``articles`` (and curated ``references``) into records."""
    merger = _Merger(articles, references)
    merger.resolve_people()
    statements, misattributed = merger.statements()
    return Index(
        people=merger.people,
        detentions=merger.detentions(),
        statements=statements,
        links=merger.links(),
        declarations=merger.declarations(),
        suspects=merger.suspects,
        misattributed=misattributed,
        dates=merger.dates,
        references=merger.reference_labels,
        labels=merger.labels,
    )
