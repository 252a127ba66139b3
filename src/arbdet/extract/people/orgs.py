"""Organisations: named ones, ones built on a head noun, and references back to them.

One pass over the lower-case tokens finds the tokens that can matter (the first word of a
named organisation, a head noun, a noun that refers back); each is then read where it
stands:

- a name from ``organizations.tsv`` ("Global Times", "State Department", "RCMP");
- a capitalised name ending in a head noun, with an "of ..." tail ("Foreign Ministry",
  "Supreme People's Court", "Department of Justice", "Center for Human Rights");
- a lower-case government head after a state ("a Russian court", "China's embassy in
  Canada", "the Canadian foreign ministry", "the embassy of Iran");
- "the" and a noun that refers back to a body named before ("the ministry" after "the
  Chinese Foreign Ministry", "the Post" after "The Washington Post", "the newspaper" after
  "the Global Times"): a mention of that body.

A state written right before the name ("U.S. State Department", "Chinese Foreign
Ministry", "China's Huawei") joins the mention and gives its state when the vocabulary
gives none; "in Canada" after an embassy or a court joins it too (a court takes the state
it sits in). "X's ... committee" continues an organisation into a body of it ("the U.K.
Parliament's foreign-affairs committee"). A leading "the" is never part of a mention.
"""

from __future__ import annotations

import attrs

from ...model import Organization, State
from ...text import Document, Layer, LayerKey
from ..mentions import OrganizationMention, PlaceKind, PlaceMention
from ..places import PLACES
from .officials import leader_state
from .view import Words, is_attributive
from .vocabulary import (
    BodyKind,
    HeadKind,
    OrgEntry,
    Reference,
    not_names,
    org_heads,
    org_references,
    organizations,
    word_class,
)

__all__ = [
    "ORGS",
    "POSSESSIVE",
    "OrgSpan",
    "find_org_spans",
    "find_organizations",
    "org_spans",
    "tag",
]

ORGS: LayerKey[Layer[OrganizationMention]] = LayerKey("organizations")
"""The layer of organisation mentions."""

POSSESSIVE = "'s"
_MAX_MODIFIERS = (
    3  # lower-case words between a state and its body: "Canadian foreign affairs ministry"
)
_MAX_NAME_WORDS = 8  # words of a name up to its head, and words of its "of ..." tail
_MAX_SUFFIXES = 3  # "Huawei Technologies Co. Ltd"
_LOOK_BACK = 12  # organisation mentions a reference ("the ministry") looks back on
_BODY_KINDS = (HeadKind.GOVERNMENT, HeadKind.LOCAL, HeadKind.MISSION)
# Capitalised heads of news outlets' names ("Times", "Post"): a body so named is one.
_MEDIA_HEADS = frozenset(["times", "post", "news", "press", "journal", "newspaper"])


@attrs.frozen
class OrgSpan:
    """An organisation mention over tokens ``[first, end)``, and what kind of body it is."""

    first: int
    end: int
    mention: OrganizationMention
    kind: BodyKind = BodyKind.OTHER


def org_spans(layer: Layer[OrganizationMention]) -> list[OrgSpan]:
    """The mentions of an organisations layer with their tokens."""
    return [OrgSpan(layer.first[n], layer.stop[n], m) for n, m in enumerate(layer.items)]


@attrs.frozen
class _Core:
    """An organisation's name without the state before it: tokens ``[first, end)``."""

    first: int
    end: int
    end_offset: int  # a name may end inside a hyphenated word: "Party-controlled"
    kind: HeadKind
    entry: OrgEntry | None
    head: int


def _is_name_word(words: Words, index: int) -> bool:
    return 0 <= index < words.size and words.text[index][0].isupper()


def _suffix_end(words: Words, end: int) -> int:
    """Continue a company name over "Technologies", "Co." and the like."""
    heads = org_heads()
    for _ in range(_MAX_SUFFIXES):
        if not (words.same(end - 1, end) and heads.get(words.lower[end]) is HeadKind.SUFFIX):
            break
        end += 1
        if words.word(end) == "." and words.glued(end):
            end += 1
    return end


def _table_core(words: Words, index: int) -> _Core | None:
    """A vocabulary name starting at token ``index``.

    Its last word may be the first part of a hyphenated word ("Communist Party-controlled").
    """
    texts = words.text
    stop = words.stop(index)
    for key, entry in organizations().by_first.get(texts[index], ()):
        last = index + len(key) - 1
        if last >= stop or any(texts[index + k] != key[k] for k in range(1, len(key) - 1)):
            continue
        token = texts[last]
        if token == key[-1]:
            end = _suffix_end(words, last + 1)
            return _Core(index, end, words.end[end - 1], HeadKind.OTHER, entry, last)
        if len(key) > 1 and token.startswith(key[-1] + "-"):
            end_offset = words.start[last] + len(key[-1])
            return _Core(index, last + 1, end_offset, HeadKind.OTHER, entry, last)
    return None


def _name_start(words: Words, head: int) -> int:
    """Where a capitalised name ending in the head at ``head`` begins.

    It takes the capitalised words before the head (and a possessive inside the name:
    "Supreme People's Court"), but not a state that stands before the name as its state
    ("Chinese | Foreign Ministry") nor a function word ("The | Supreme Court").
    """
    stops = word_class("not_name_start")
    first = head
    while head - first + 1 < _MAX_NAME_WORDS and words.same(first - 1, head):
        before = first - 1
        if words.text[before] == POSSESSIVE and words.glued(before):
            before -= 1  # "People's": the word before the possessive must be a name word
            if words.place(before) is not None:
                break  # "China's | Foreign Ministry": a state's possessive
        if not _is_name_word(words, before) or words.lower[before] in stops:
            break
        place = words.place(before)
        if place is not None and is_attributive(place):
            break
        first = before
    return first


def _tail_end(words: Words, head: int) -> int:
    """The end of a name's "of ..." tail after its head ("Department of Justice").

    The tail ends at a state written before a title ("Office of | U.S. Senator Patrick
    Leahy") and at a month ("Soviet Union | on May 1").
    """
    connectors = word_class("connector")
    months = not_names()
    end = head + 1
    limit = head + 1 + _MAX_NAME_WORDS
    while words.low(end) in connectors and words.same(head, end):
        tail = end
        while words.low(tail) in connectors and tail < limit:
            tail += 1
        first = tail
        while _is_name_word(words, tail) and words.same(head, tail) and tail < limit:
            if words.text[tail] in months or _state_before_title(words, tail):
                break
            tail += 1
        if tail == first:
            break
        end = tail
        if end >= limit:
            break
    return end


def _state_before_title(words: Words, index: int) -> bool:
    """Whether a state that qualifies the capitalised word after it begins at ``index``."""
    place = words.place_after(index)
    return place is not None and is_attributive(place[1]) and words.is_capitalised(place[0])


def _capitalised_core(words: Words, head: int) -> _Core | None:
    """A capitalised name ending in the head noun at ``head``, with an "of ..." tail."""
    kind = org_heads()[words.lower[head]]
    first = _name_start(words, head)
    end = _tail_end(words, head)
    if end == head + 1 and head == first:
        return None  # a head alone is a common noun: "Court", "Party"
    covering = words.places.index_at(head)
    if covering >= 0 and words.places.first[covering] <= first:
        return None  # a state's name: "European Union", "Soviet Union"
    end = _suffix_end(words, end)
    found = organizations().match(words.text, first, end)
    entry = found[1] if found is not None and found[0] == end else None
    return _Core(first, end, words.end[end - 1], kind, entry, head)


def _lower_core(words: Words, head: int) -> tuple[_Core, int, State | None] | None:
    """A lower-case government body ending in the head at ``head`` ("foreign ministry").

    Returns the core, where the mention begins and the state written before it; a core
    with no state before it is returned only when "of STATE" follows its head.
    """
    kind = org_heads()[words.lower[head]]
    stops = word_class("not_name_start")
    first = head
    for position in range(head, max(-1, head - _MAX_MODIFIERS - 1), -1):
        if (
            not words.same(position, head)
            or not words.text[position][0].isalpha()
            or (words.text[position][0].isupper() and position < head)
            or words.lower[position] in stops
        ):
            break
        first = position
        start, state = _prefix(words, position)
        if state is None:
            state = _leader(words, position)
            start = position - 1  # the leader's name is part of the mention
        if state is not None:
            return _core(words, position, head, kind), start, state
    core = _core(words, first, head, kind)
    return (core, first, None) if kind is not HeadKind.LOCAL else None


def _core(words: Words, first: int, head: int, kind: HeadKind) -> _Core:
    return _Core(first, head + 1, words.end[head], kind, None, head)


def _prefix(words: Words, first: int) -> tuple[int, State | None]:
    """A state written right before token ``first`` that belongs to the name after it."""
    if words.word(first - 1) == POSSESSIVE:
        found = words.place_before(first - 1)
        if found is not None and words.same(found[0], first):
            return found[0], found[1].states[0]
    found = words.place_before(first)
    if found is not None and words.same(found[0], first) and is_attributive(found[1]):
        return found[0], found[1].states[0]
    return first, None


def _leader(words: Words, first: int) -> State | None:
    """The state of a leader named right before a body: "the Biden | administration"."""
    before = first - 1
    if not words.same(before, first) or not words.is_capitalised(before):
        return None
    return leader_state(words.text[before], words.doc.published)


def _tail_state(words: Words, core: _Core) -> State | None:
    """The state a name holds in itself: "Canada Border..." or "Supreme Court of Canada"."""
    for index in range(core.first, core.end):
        place = words.place(index)
        if place is not None and (index == core.first or words.lower[index - 1] == "of"):
            return place.states[0]
    return None


def _place_after(words: Words, end: int, word: str) -> tuple[int, PlaceMention] | None:
    """A place right after ``word`` at token ``end`` ("of China", "in Canada")."""
    if words.low(end) != word or not words.same(end, end + 1):
        return None
    return words.place_after(end + 1)


def _kind(core: _Core, words: Words) -> BodyKind:
    if core.entry is not None:
        return core.entry.kind
    if core.kind in _BODY_KINDS:
        return BodyKind.GOVERNMENT
    return BodyKind.MEDIA if words.lower[core.head] in _MEDIA_HEADS else BodyKind.OTHER


def _span(
    words: Words, core: _Core, first: int, state: State | None, *, lower: bool = False
) -> OrgSpan:
    """The mention of a core with the state before it and the place after it."""
    text = words.doc.text
    end, end_offset = core.end, core.end_offset
    state = state or _tail_state(words, core)
    if core.kind in (HeadKind.LOCAL, HeadKind.MISSION):
        located = _place_after(words, end, "in")
        if located is not None:
            end = located[0]
            end_offset = words.end[end - 1]
            if core.kind is HeadKind.LOCAL:
                state = state or located[1].states[0]
    start = words.start[first]
    if core.entry is not None:
        name = core.entry.name + text[core.end_offset : end_offset]
        state = core.entry.state or state
    elif lower:
        name = text[start:end_offset]
    else:
        name = text[words.start[core.first] : end_offset]
    mention = OrganizationMention(
        start, end_offset, text[start:end_offset], Organization(name, state)
    )
    return OrgSpan(first, end, mention, _kind(core, words))


def _lower_span(words: Words, head: int) -> tuple[int, OrgSpan] | None:
    """A lower-case body and where its name begins; with no state before it, "of STATE"."""
    found = _lower_core(words, head)
    if found is None:
        return None
    core, first, state = found
    if state is None:
        owner = _place_after(words, core.end, "of")
        if owner is None or owner[1].kind is PlaceKind.DEMONYM:
            return None  # "the court": a lower-case noun names a body only with its state
        core = attrs.evolve(core, end=owner[0], end_offset=words.end[owner[0] - 1])
        state = owner[1].states[0]  # "the embassy of China"
    return core.first, _span(words, core, first, state, lower=True)


def _possessive_body(words: Words, span: OrgSpan) -> OrgSpan:
    """Continue "X's foreign-affairs committee" into the body of organisation X."""
    end = span.end
    if words.word(end) != POSSESSIVE or span.mention.end != words.end[end - 1]:
        return span
    heads = org_heads()
    stops = word_class("not_name_start")
    for at in range(end + 1, end + 2 + _MAX_MODIFIERS):
        if not words.same(end, at) or not words.is_word(at) or words.lower[at] in stops:
            return span
        if heads.get(words.lower[at]) in _BODY_KINDS:
            text = words.doc.text
            start, stop = span.mention.start, words.end[at]
            organization = Organization(text[start:stop], span.mention.organization.state)
            mention = OrganizationMention(start, stop, text[start:stop], organization)
            return OrgSpan(span.first, at + 1, mention, BodyKind.GOVERNMENT)
    return span


def _at(words: Words, index: int) -> list[tuple[int, OrgSpan]]:
    """The organisations whose name begins or ends at token ``index``, by where the name begins."""
    found: list[tuple[int, OrgSpan]] = []
    if words.text[index] in organizations():
        core = _table_core(words, index)
        if core is not None:
            first, state = _prefix(words, core.first)
            found.append((core.first, _span(words, core, first, state)))
    kind = org_heads().get(words.lower[index])
    if kind is None or kind is HeadKind.SUFFIX:
        return found
    core = _capitalised_core(words, index) if words.text[index][0].isupper() else None
    if core is not None:
        first, state = _prefix(words, core.first)
        found.append((core.first, _span(words, core, first, state)))
    elif kind in _BODY_KINDS and (
        words.text[index].islower()
        or words.text[index].isupper()
        or _prefix(words, index)[1] is not None  # "the Chinese Embassy": a head and its state
    ):
        lower = _lower_span(words, index)
        if lower is not None:
            found.append(lower)
    return found


def _references(words: Words, spans: list[OrgSpan], at: list[int]) -> list[OrgSpan]:
    """Mentions of bodies named before by "the" and a noun ("the ministry", "the Post")."""
    references = org_references()
    found: list[OrgSpan] = []
    ends = [span.end for span in spans]
    position = 0
    for index in at:
        noun = words.lower[index]
        refers = references.get(noun)
        if refers is None or words.low(index - 1) != "the" or not words.same(index - 1, index):
            continue
        if refers is Reference.TITLE and not words.text[index][0].isupper():
            continue
        while position < len(spans) and ends[position] <= index:
            position += 1
        if position < len(spans) and spans[position].first <= index:
            continue  # inside a body's own name
        for span in reversed(spans[max(0, position - _LOOK_BACK) : position]):
            if (refers is Reference.MEDIA and span.kind is BodyKind.MEDIA) or (
                refers is not Reference.MEDIA
                and (
                    noun in span.mention.organization.name.casefold().split()
                    or noun in span.mention.text.casefold().split()  # described: "its agency"
                )
            ):
                start, end = words.start[index], words.end[index]
                text = words.doc.text[start:end]
                mention = OrganizationMention(start, end, text, span.mention.organization)
                found.append(OrgSpan(index, index + 1, mention, span.kind))
                break
    return found


def _appositives(words: Words, spans: list[OrgSpan]) -> list[OrgSpan]:
    """A body described between commas right after a named one is that one.

    ("Xinhua, China's official news agency, said": the agency is Xinhua, and "the
    agency" later refers back to it.) A description has a word in lower case; a list of
    names ("Reuters, AFP, ...") has none.
    """
    text = words.text
    out = list(spans)
    for number in range(1, len(out)):
        before, span = out[number - 1], out[number]
        if (
            span.first != before.end + 1
            or text[before.end] != ","
            or span.end >= len(text)
            or text[span.end] != ","
            or not any(w[:1].islower() for w in span.mention.text.split())
            or any(w[:1].islower() for w in before.mention.text.split())
        ):
            continue
        mention = attrs.evolve(span.mention, organization=before.mention.organization)
        out[number] = OrgSpan(span.first, span.end, mention, before.kind)
    return out


def _candidates(words: Words) -> list[int]:
    """The tokens where an organisation's name can begin or end, or a reference stands."""
    heads = org_heads()
    references = org_references()
    firsts = organizations()
    return [
        index
        for index, (text, lower) in enumerate(zip(words.text, words.lower, strict=True))
        if lower in heads or text in firsts or lower in references
    ]


def find_org_spans(words: Words) -> list[OrgSpan]:
    """Every organisation mention among the tokens, in order, never overlapping."""
    at = _candidates(words)
    found = sorted((item for index in at for item in _at(words, index)), key=lambda i: i[0])
    spans: list[OrgSpan] = []
    for _, span in found:
        if spans and span.first < spans[-1].end:
            continue
        spans.append(_possessive_body(words, span))
    spans = _appositives(words, spans)
    references = _references(words, spans, at)
    if references:
        spans = sorted([*spans, *references], key=lambda span: span.first)
    return spans


def find_organizations(doc: Document, places: Layer[PlaceMention]) -> list[OrganizationMention]:
    """Every organisation mention in ``doc``, in text order, never overlapping.

    ``places`` is the document's places layer (:data:`arbdet.extract.places.PLACES`).
    """
    return [span.mention for span in find_org_spans(Words(doc, places))]


def tag(doc: Document) -> Layer[OrganizationMention]:
    """The organisations layer: every organisation mention (:func:`find_organizations`)."""
    return doc.new_layer(find_organizations(doc, doc.layer(PLACES)))
