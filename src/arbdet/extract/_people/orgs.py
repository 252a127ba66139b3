"""Organisations: named ones from the vocabulary, and ones built on a head noun.

Three ways in, tried at each token left to right:

- a name from ``organizations.tsv`` ("Global Times", "State Department", "RCMP");
- a capitalised name up to its first head noun, with an "of ..." tail ("Foreign
  Ministry", "Supreme Court", "Department of Justice", "Center for Human Rights");
- a lower-case government head after a state ("a Russian court", "China's embassy in
  Canada", "the Canadian foreign ministry").

A state written right before the name ("U.S. State Department", "Chinese Foreign
Ministry", "China's Huawei") joins the mention and gives its state when the vocabulary
gives none; "in Canada" after an embassy or a court joins it too (a court takes the state
it sits in). "X's ... committee" continues an organisation into a body of it ("the U.K.
Parliament's foreign-affairs committee"). A leading "the" is never part of a mention.
"""

from __future__ import annotations

import functools

import attrs

from ...model import Organization, State
from ..mentions import OrganizationMention, PlaceKind
from .tables import HeadKind, OrgEntry, org_heads, organizations
from .tokens import POSSESSIVE, Text, is_attributive

__all__ = ["OrgSpan", "find_org_spans"]

_CONNECTORS = frozenset(["of", "for", "on", "and", "the"])
_NOT_NAME_START = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "for",
        "of",
        "and",
        "but",
        "with",
        "from",
        "to",
        "as",
        "when",
        "while",
        "after",
        "before",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
    ]
)
_MAX_MODIFIERS = 3
_MAX_NAME_WORDS = 8  # words of a name up to its head, and words of its "of ..." tail
_MAX_SUFFIXES = 3
_BODY_KINDS = (HeadKind.GOVERNMENT, HeadKind.LOCAL, HeadKind.MISSION)


@attrs.frozen
class OrgSpan:
    """An organisation mention and its tokens ``[first, end)``."""

    first: int
    end: int
    mention: OrganizationMention


@attrs.frozen
class _Core:
    """An organisation's name without the state before it: tokens ``[first, end)``."""

    first: int
    end: int
    end_offset: int  # a name may end inside a hyphenated word: "Party-controlled"
    kind: HeadKind
    entry: OrgEntry | None
    head: int


@functools.cache
def _by_first_token() -> dict[str, list[tuple[tuple[str, ...], OrgEntry]]]:
    """Vocabulary entries by their first token, longest first."""
    table: dict[str, list[tuple[tuple[str, ...], OrgEntry]]] = {}
    for key, entry in organizations().items():
        table.setdefault(key[0], []).append((key, entry))
    for entries in table.values():
        entries.sort(key=lambda item: -len(item[0]))
    return table


@functools.cache
def _by_lower() -> dict[tuple[str, ...], OrgEntry]:
    """Vocabulary entries by their lower-case form ("foreign ministry")."""
    return {tuple(t.lower() for t in key): entry for key, entry in organizations().items()}


def _is_name_word(text: Text, index: int) -> bool:
    token = text.tokens[index] if 0 <= index < len(text) else None
    return token is not None and token.is_word and token.is_capitalised


def _table_core(text: Text, index: int) -> _Core | None:
    """A vocabulary name starting at token ``index``.

    Its last word may be the first part of a hyphenated word ("Communist Party-controlled").
    """
    for key, entry in _by_first_token().get(text.text(index), ()):
        last = index + len(key) - 1
        if not text.same_sentence(index, last):
            continue
        if all(text.text(index + k) == key[k] for k in range(len(key) - 1)):
            token = text.tokens[last]
            if token.text == key[-1]:
                end = _suffix_end(text, last + 1)
                return _Core(index, end, text.tokens[end - 1].end, HeadKind.OTHER, entry, last)
            if token.text.startswith(key[-1] + "-"):
                end_offset = token.start + len(key[-1])
                return _Core(index, last + 1, end_offset, HeadKind.OTHER, entry, last)
    return None


def _suffix_end(text: Text, end: int) -> int:
    """Continue a company name over "Technologies", "Co." and the like."""
    heads = org_heads()
    for _ in range(_MAX_SUFFIXES):
        if not (text.same_sentence(end - 1, end) and heads.get(text.lower(end)) is HeadKind.SUFFIX):
            break
        end += 1
        if text.text(end) == "." and text.tokens[end].glued:
            end += 1
    return end


def _capitalised_core(text: Text, index: int) -> _Core | None:
    """A capitalised name from ``index`` to its first head noun, with an "of ..." tail."""
    if text.lower(index) in _NOT_NAME_START or not _is_name_word(text, index):
        return None
    place = text.place(index)
    if place is not None and is_attributive(place):
        return None  # the name starts after it: "Chinese | Foreign Ministry"
    heads = org_heads()
    for head in range(index, index + _MAX_NAME_WORDS):
        if not (_is_name_word(text, head) and text.same_sentence(index, head)):
            return None
        kind = heads.get(text.lower(head))
        if kind is not None and kind is not HeadKind.SUFFIX:
            break
    else:
        return None
    end = head + 1
    if head == index and text.lower(end) not in _CONNECTORS:
        return None  # a head alone is a common noun: "Court", "Party"
    limit = head + 1 + _MAX_NAME_WORDS
    while text.lower(end) in _CONNECTORS and text.same_sentence(head, end):
        tail = end
        while text.lower(tail) in _CONNECTORS and tail < limit:
            tail += 1
        if not (_is_name_word(text, tail) and text.same_sentence(head, tail)):
            break
        while _is_name_word(text, tail) and text.same_sentence(head, tail) and tail < limit:
            tail += 1
        end = tail
        if end >= limit:
            break
    if end == head + 1 and head == index:
        return None
    end = _suffix_end(text, end)
    covering = text.place_at[index]
    if covering is not None and all(text.place_at[k] == covering for k in range(index, end)):
        return None  # a state's name: "European Union"
    key = tuple(text.text(k) for k in range(index, end))
    return _Core(index, end, text.tokens[end - 1].end, kind, organizations().get(key), head)


def _body_head(text: Text, index: int, *, capitals: bool) -> tuple[int, HeadKind] | None:
    """A government head at ``index`` or after at most three modifiers.

    Lower-case words only, unless ``capitals`` ("Parliament's Foreign Affairs Committee").
    """
    heads = org_heads()
    for at in range(index, index + _MAX_MODIFIERS + 1):
        token = text.tokens[at] if at < len(text) else None
        if token is None or not text.same_sentence(index, at) or not token.is_word:
            return None
        if (token.is_capitalised and not capitals) or token.lower in _NOT_NAME_START:
            return None
        kind = heads.get(token.lower)
        if kind in _BODY_KINDS:
            return at, kind
    return None


def _lower_core(text: Text, index: int) -> _Core | None:
    """A lower-case government name starting at ``index`` ("foreign ministry", "court")."""
    found = _body_head(text, index, capitals=False)
    if found is None:
        return None
    head, kind = found
    key = tuple(text.lower(k) for k in range(index, head + 1))
    return _Core(index, head + 1, text.tokens[head].end, kind, _by_lower().get(key), head)


def _prefix(text: Text, first: int) -> tuple[int, State | None]:
    """A state written right before token ``first`` that belongs to the name after it."""
    if text.text(first - 1) == POSSESSIVE:
        found = text.place_before(first - 1)
        if found is not None and text.same_sentence(found[0], first):
            return found[0], found[1].states[0]
    found = text.place_before(first)
    if found is not None and text.same_sentence(found[0], first) and is_attributive(found[1]):
        return found[0], found[1].states[0]
    return first, None


def _tail_state(text: Text, core: _Core) -> State | None:
    """The state a name holds in itself: "Canada Border..." or "Supreme Court of Canada"."""
    for index in range(core.first, core.end):
        place = text.place(index)
        if place is not None and (index == core.first or text.lower(index - 1) == "of"):
            return place.states[0]
    return None


def _of_state(text: Text, end: int) -> tuple[int, State] | None:
    """An "of China" right after a lower-case head: where it ends, and the state."""
    if text.lower(end) != "of" or not text.same_sentence(end, end + 1):
        return None
    found = text.place_after(end + 1)
    if found is None or found[1].kind is PlaceKind.DEMONYM:
        return None
    return found[0], found[1].states[0]


def _in_place(text: Text, end: int) -> tuple[int, State] | None:
    """An "in Canada" right after the name: where it ends, and the state."""
    if text.lower(end) != "in" or not text.same_sentence(end, end + 1):
        return None
    found = text.place_after(end + 1)
    return None if found is None else (found[0], found[1].states[0])


def _match_at(doc_text: str, text: Text, index: int) -> OrgSpan | None:
    """The organisation mention whose name starts at token ``index``, if any."""
    core = _table_core(text, index) or _capitalised_core(text, index)
    lower_case = core is None
    if core is None:
        core = _lower_core(text, index)
        if core is None:
            return None
    first, state = _prefix(text, core.first)
    end, end_offset = core.end, core.end_offset
    if lower_case and first == core.first:
        owner = _of_state(text, end) if core.kind is not HeadKind.LOCAL else None
        if owner is None:
            return None  # "the court": a lower-case noun names a body only with its state
        end, state = owner  # "the embassy of China"
        end_offset = text.tokens[end - 1].end
    state = state or _tail_state(text, core)
    located = _in_place(text, end) if core.kind in (HeadKind.LOCAL, HeadKind.MISSION) else None
    if located is not None:
        end = located[0]
        end_offset = text.tokens[end - 1].end
        if core.kind is HeadKind.LOCAL:
            state = state or located[1]
    start = text.tokens[first].start
    if core.entry is not None:
        name = core.entry.name + doc_text[core.end_offset : end_offset]
        state = core.entry.state or state
    elif lower_case:
        name = doc_text[start:end_offset]
    else:
        name = doc_text[text.tokens[core.first].start : end_offset]
    organization = Organization(name, state)
    mention = OrganizationMention(start, end_offset, doc_text[start:end_offset], organization)
    return OrgSpan(first, end, mention)


def _possessive_body(doc_text: str, text: Text, span: OrgSpan) -> OrgSpan:
    """Continue "X's foreign-affairs committee" into the body of organisation X."""
    if text.text(span.end) != POSSESSIVE or span.mention.end != text.tokens[span.end - 1].end:
        return span
    found = _body_head(text, span.end + 1, capitals=True)
    if found is None:
        return span
    end = found[0] + 1
    start, stop = span.mention.start, text.tokens[end - 1].end
    written = doc_text[start:stop]
    organization = Organization(written, span.mention.organization.state)
    return OrgSpan(span.first, end, OrganizationMention(start, stop, written, organization))


def find_org_spans(doc_text: str, text: Text) -> list[OrgSpan]:
    """Every organisation mention among the tokens, in order, never overlapping."""
    found: list[OrgSpan] = []
    index = 0
    while index < len(text):
        span = _match_at(doc_text, text, index)
        if span is None or (found and span.first < found[-1].end):
            index += 1
            continue
        span = _possessive_body(doc_text, text, span)
        found.append(span)
        index = span.end
    return found
