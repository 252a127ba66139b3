"""Charges: the offences a sentence says someone is accused, charged or convicted of.

A charge is read after a cue and up to the first word that cannot continue it:

- "accused of", "charged with", "convicted of", "guilty of", "on suspicion of",
  "suspected in" (a person may stand between: "accusing him of");
- "for" after a sentence, a jailing or a conviction ("sentenced to 16 years for espionage");
- the words before "charges" ("on espionage charges", "to face fraud charges") and the
  words after "charges of".

A phrase holding several offences is split ("of espionage and of providing state
secrets", "conspiring to kill Americans and providing support to ...", "drug possession
and smuggling", "bank and wire fraud"), and each part is labelled from ``charges.tsv``
("spying" is ``espionage``) or kept in the article's own words, in lower case.
"""

from __future__ import annotations

import attrs

from ._detention_lexicon import charge_heads, charge_labels, charge_words
from ._detention_view import SentenceView
from ._numbers import word_value

__all__ = ["ChargeMention", "find_charges"]

_OPENERS = frozenset(["of", "with", "in"])
_MAX_CUE_GAP = 8
_MAX_FOR_GAP = 16
_MAX_WORDS = 14
_MAX_APPOSITION = 24
_SKIPPED = frozenset(['"', "'"])
_ENDINGS = frozenset([",", ".", ";", ":", "(", ")", "-", "[", "]", "?", "!"])
_ATTEMPTS = (
    ("trying", "to"),
    ("attempting", "to"),
    ("attempted", "to"),
    ("having",),
    ("taking", "part", "in"),
    ("participating", "in"),
    ("involvement", "in"),
)
_PARTAKING = frozenset(["taking", "participating", "involvement"])
_SECOND = frozenset(["of", "for", "with"])


def _words(name: str) -> frozenset[str]:
    """The words of class ``name`` in ``charge_words.tsv``."""
    return charge_words().get(name, frozenset())


@attrs.frozen
class ChargeMention:
    """A charge label; ``cue`` is the token it hangs on, ``start``/``end`` its characters."""

    label: str
    cue: int
    start: int
    end: int


def _is_gerund(word: str) -> bool:
    return len(word) > 4 and word.endswith("ing") and word.isalpha()


def _starts_charge(word: str) -> bool:
    return _is_gerund(word) or word in charge_heads()


def _phrase(view: SentenceView, first: int) -> tuple[int, int]:
    """Tokens ``[first, end)`` of the charge starting at ``first``."""
    end = first
    part = view.lower(first) in _PARTAKING
    for index in range(first, min(len(view), first + _MAX_WORDS)):
        token = view.tokens[index]
        if token.text in _SKIPPED or (part and token.lower == "in" and index <= first + 2):
            continue
        opening = all(
            view.lower(i) in _words("leading") or view.date_at[i] is not None
            for i in range(first, index)
        )
        if (
            token.text in _ENDINGS
            or token.lower in _words("stop")
            or (view.date_at[index] is not None and not opening)
            or view.starts_trigger(index)
            or view.is_class(index, "speech")
        ):
            break
        if token.lower == "and" and (
            view.person(index + 1) is not None
            or view.is_class(index + 1, "be")
            or view.starts_trigger(index + 1)
        ):
            break
        end = index + 1
    while end > first and view.lower(end - 1) in ("and", "or", "the", "a", "an", "as"):
        end -= 1
    return first, end


def _parts(view: SentenceView, first: int, end: int) -> list[tuple[int, int]]:
    """Split a phrase into its offences at "and" (see the module's notes)."""
    parts: list[tuple[int, int]] = []
    start = first
    index = first
    while index < end:
        word = view.lower(index)
        if word in ("and", "as") and index > start:
            step = 1
            if word == "as" and view.lower(index + 1) == "well" and view.lower(index + 2) == "as":
                step = 3
            elif word == "as":
                index += 1
                continue
            following = index + step
            if view.lower(following) in _SECOND:
                following += 1
            while view.lower(following) in _words("leading"):
                following += 1
            if following < end and _starts_charge(view.lower(following)):
                parts.append((start, index))
                start = following
                index = following
                continue
        index += 1
    parts.append((start, end))
    return parts


def _shared_head(view: SentenceView, first: int, end: int) -> list[tuple[int, int]]:
    """Two offences that share their last word: "bank and wire fraud"."""
    if (
        end - first >= 4
        and view.lower(first + 1) == "and"
        and view.lower(end - 1) in charge_heads()
    ):
        return [(first, first + 1), (first + 2, end)]
    return [(first, end)]


def _clean(words: list[str]) -> list[str]:
    while words and (words[0] in _words("leading") or words[0].isdigit()):
        words = words[1:]
    for attempt in _ATTEMPTS:
        if tuple(words[: len(attempt)]) == attempt:
            words = words[len(attempt) :]
    return words


def _keyed(words: list[str]) -> str | None:
    """The label of the first key of ``charges.tsv`` that ``words`` contain."""
    for key, name in charge_labels():
        size = len(key)
        if any(tuple(words[i : i + size]) == key for i in range(len(words) - size + 1)):
            return name
    return None


def label(words: list[str]) -> str | None:
    """The label of a charge's words, or ``None`` for no real charge ("other charges")."""
    words = _clean([w for w in words if w not in _SKIPPED])
    if not words or all(w in _words("generic") for w in words):
        return None
    keyed = _keyed(words)
    if keyed is not None:
        return keyed
    text = " ".join(words)
    return text.replace(" - ", "-").replace(" . ", ".").replace(" .", ".")


def _labels(view: SentenceView, first: int, end: int, cue: int) -> list[ChargeMention]:
    found: list[ChargeMention] = []
    pieces = [p for p in _parts(view, first, end) if p[1] > p[0]]
    pieces = [piece for p in pieces for piece in _shared_head(view, *p)]
    words = [[view.lower(i) for i in range(a, b)] for a, b in pieces]
    for number, (a, b) in enumerate(pieces):
        part = words[number]
        cleaned = _clean(part)
        if len(cleaned) == 1 and not _starts_charge(cleaned[0]) and number + 1 < len(words):
            later = _clean(words[number + 1])
            if later and later[-1] in charge_heads():
                part = [*cleaned, later[-1]]
        elif len(cleaned) == 1 and cleaned[0] in _words("elliptic") and number > 0:
            earlier = _clean(words[number - 1])
            if len(earlier) == 2:
                part = [earlier[0], cleaned[0]]
        name = label(part)
        if name is not None:
            start, stop = view.span(a, b)
            found.append(ChargeMention(name, cue, start, stop))
    return found


def _before_noun(view: SentenceView, noun: int) -> tuple[int, int] | None:
    """The words before "charges" that name them ("espionage", "bank and wire fraud")."""
    if view.lower(noun - 1) in _words("generic") and view.lower(noun - 2) == "and":
        noun -= 2  # "on espionage and other charges"
    first = noun
    while first > 0:
        word = view.lower(first - 1)
        token = view.tokens[first - 1]
        if (
            word in _words("leading")
            or view.is_class(first - 1, "preposition")
            or view.is_class(first - 1, "determiner")
            or token.text in _ENDINGS
            or not token.text[:1].isalpha()
            or view.person(first - 1) is not None
            or view.in_trigger(first - 1)
            or view.is_class(first - 1, "be")
            or view.is_class(first - 1, "have")
            or view.is_class(first - 1, "modal")
            or view.is_class(first - 1, "wish")
            or token.text[:1].isupper()
            or (token.text.endswith("ed") and token.text.islower())
        ):
            break
        first -= 1
    return (first, noun) if first < noun else None


def find_charges(view: SentenceView) -> list[ChargeMention]:
    """Every charge of a sentence, with the token it hangs on."""
    found: list[ChargeMention] = []
    taken: set[int] = set()
    for index, token in enumerate(view.tokens):
        word = token.lower
        before = len(found)
        if word in _words("cue"):
            opener = _opener(view, index, _MAX_CUE_GAP, _OPENERS)
            if opener is not None and opener + 1 not in taken:
                first, end = _phrase(view, opener + 1)
                taken.add(opener + 1)
                found.extend(_labels(view, first, end, index))
        if word in _words("for"):
            opener = _for_opener(view, index)
            if opener is not None and opener + 1 not in taken:
                first, end = _phrase(view, opener + 1)
                cleaned = _clean([view.lower(i) for i in range(first, end)])
                if cleaned and (_starts_charge(cleaned[0]) or _keyed(cleaned) is not None):
                    taken.add(opener + 1)
                    found.extend(_labels(view, first, end, index))
        if word in _words("noun") and len(found) == before:
            found.extend(_named_charges(view, index, taken))
    return found


def _named_charges(view: SentenceView, noun: int, taken: set[int]) -> list[ChargeMention]:
    """The charges "charges" names: "charges of X", or the words before it."""
    if view.lower(noun + 1) == "of":
        if noun + 2 in taken:
            return []
        first, end = _phrase(view, noun + 2)
        taken.add(noun + 2)
        return _labels(view, first, end, noun)
    words = _before_noun(view, noun)
    return [] if words is None else _labels(view, words[0], words[1], noun)


def _past_object(view: SentenceView, index: int) -> int:
    """Past a person and their apposition ("Trevor Reed, a U.S. student, of ...")."""
    slot = view.person(index)
    if slot is None or slot.first != index:
        return index
    position = slot.end
    if view.lower(position) == ",":
        for close in range(position + 1, min(len(view), position + _MAX_APPOSITION)):
            if view.tokens[close].text == ",":
                return close + 1
            if view.tokens[close].text in (";", ":"):
                break
    return position


def _opener(view: SentenceView, cue: int, gap: int, openers: frozenset[str]) -> int | None:
    """The preposition that opens a charge after a cue word, past a person or "by X"."""
    start = _past_object(view, cue + 1)
    for index in range(start, min(len(view), start + gap)):
        word = view.lower(index)
        if word in openers:
            if word == "in" and view.lower(cue) != "suspected":
                continue
            return index
        text = view.tokens[index].text
        if view.is_boundary(index) or (text in _ENDINGS and text != "."):
            return None
    return None


def _for_opener(view: SentenceView, cue: int) -> int | None:
    """The "for" after a sentence or jailing that opens a charge, not a duration."""
    start = _past_object(view, cue + 1)
    for index in range(start, min(len(view), start + _MAX_FOR_GAP)):
        if view.is_boundary(index) or view.tokens[index].text in (";", ":"):
            return None
        if view.starts_trigger(index) and view.lower(index) in _words("for"):
            return None
        if view.lower(index) == "for":
            following = view.lower(index + 1)
            if word_value(following) is not None or following in ("life", "a", "an", "years"):
                continue
            return index
    return None
