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
("spying" is ``espionage``) or kept in the article's own words, in lower case. The words
are the classes ``charge_*`` of ``charge_words.tsv`` and ``charge_heads.tsv``.
"""

from __future__ import annotations

import functools

import attrs

from .._numbers import word_value
from ._lexicon import ChargeKey, charge_labels, classes, synonyms, words
from ._reading import Reading

__all__ = ["ChargeMention", "find_charges", "label"]

_MAX_CUE_GAP = 8  # tokens between a cue and its preposition ("accusing the two men of")
_MAX_FOR_GAP = 16  # tokens between a sentencing word and the "for" of its charge
_MAX_WORDS = 14  # the longest charge read
_MAX_APPOSITION = 24  # tokens of an apposition after a person ("X, a U.S. student, of")
_MAX_LISTED = 5  # charges of one list ("include espionage, X and Y")
_PART_REACH = 2  # "taking part in": the "in" this close to the phrase's start belongs to it
_ENDINGS = frozenset([",", ".", ";", ":", "(", ")", "-", "[", "]", "?", "!"])
_GERUND = 4
_LONGEST_KEY = 8  # words of the longest key of charges.tsv without a gap
_HEAD_REACH = 3  # words before the noun of an offence ("bank fraud", "illegal border crossing")
_KEY_GAP = 4  # words a key's "..." stands for ("smuggling more than 200 kilograms of")


@attrs.frozen
class ChargeMention:
    """A charge label; ``cue`` is the token it hangs on, ``start``/``end`` its characters."""

    label: str
    cue: int
    start: int
    end: int


def _is_gerund(word: str) -> bool:
    return len(word) > _GERUND and word.endswith("ing") and word.isalpha()


def _is_head(word: str) -> bool:
    """An offence's noun, alone or ending a compound ("fraud", "narco-terrorism")."""
    heads = words("charge_head")
    return word in heads or ("-" in word and word.rsplit("-", 1)[1] in heads)


def _starts_charge(word: str) -> bool:
    return _is_gerund(word) or _is_head(word)


def _names_offence(view: Reading, first: int, end: int) -> bool:
    """Whether an offence's noun comes within the first words of ``[first, end)``.

    "wire fraud" after "bank fraud and" is a second charge; "sanctions" after "export
    controls and" is not.
    """
    return any(_starts_charge(view.lower(i)) for i in range(first, min(end, first + _HEAD_REACH)))


def _stops_phrase(view: Reading, index: int, first: int) -> bool:
    """Whether the charge that begins at ``first`` ends before token ``index``."""
    text = view.text(index)
    opening = all(view.is_class(i, "charge_leading") or view.date(i) for i in range(first, index))
    if (
        text in _ENDINGS
        or view.is_class(index, "charge_stop")
        or (view.date(index) is not None and not opening)
        or view.starts_trigger(index)
        or view.is_class(index, "speech")
    ):
        return True
    following = index + 1
    while view.is_class(following, "adverb"):
        following += 1  # "and later convicted of ..."
    return view.is_class(index, "coordinator") and (
        view.person(following) is not None
        or view.is_class(following, "be")
        or view.starts_trigger(following)
    )


def _closes(view: Reading, index: int, end: int, first: int) -> bool:
    """Whether a quotation mark at ``index`` closes a quoted charge.

    A closing mark after the charge's words ends it ("of "violating the laws" and put
    her in prison"), unless another quoted or named offence follows ("of "espionage" and
    "treason""); an opening mark does not ("spreading "propaganda against the system"").
    """
    quoted = view.whole.columns.quoted
    if end == first or not quoted[index - 1] or (index + 1 < len(quoted) and quoted[index + 1]):
        return False
    following = index + 1
    if not view.is_class(following, "coordinator"):
        return True
    following += 1
    return not (view.is_class(following, "quote") or _starts_charge(view.lower(following)))


def _phrase(view: Reading, first: int) -> tuple[int, int]:
    """Tokens ``[first, end)`` of the charge starting at ``first``."""
    end = first
    part = view.is_class(first, "charge_partaking")
    for index in range(first, min(view.stop, first + _MAX_WORDS)):
        if view.is_class(index, "quote"):
            if _closes(view, index, end, first):
                break
            continue
        if part and view.is_class(index, "charge_partaking_in") and index <= first + _PART_REACH:
            continue
        if index < end:
            continue  # inside a named offence already read ("corruption on earth")
        if _stops_phrase(view, index, first):
            across = _name_across(view, first, index)
            if across <= index:
                break
            end = across
            continue
        end = index + 1
    while end > first and view.is_class(end - 1, "charge_trailing"):
        end -= 1
    return first, end


def _name_across(view: Reading, first: int, index: int) -> int:
    """The end of a named offence that runs on past token ``index``, else ``index``.

    A charge stops at "on" or "against", but not inside "corruption on earth" or "waging
    war against God".
    """
    lower = view.whole.lower
    spanning = _spanning_keys()
    for start in range(max(first, index - _LONGEST_KEY + 1), index + 1):
        for key in spanning.get(lower[start], ()):
            size = len(key)
            if start + size > index + 1 and tuple(lower[start : start + size]) == key:
                return start + size
    return index


@functools.cache
def _spanning_keys() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The keys of ``charges.tsv`` of several words and no gap, by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for key in charge_labels():
        if len(key.parts) == 1 and len(key.parts[0]) > 1:
            found.setdefault(key.parts[0][0], []).append(key.parts[0])
    return {word: tuple(keys) for word, keys in found.items()}


def _parts(view: Reading, first: int, end: int) -> list[tuple[int, int]]:
    """Split a phrase into its offences at "and" (see the module's notes)."""
    parts: list[tuple[int, int]] = []
    start = first
    index = first
    while index < end:
        joining = view.is_class(index, "coordinator") or view.is_class(index, "charge_as_well")
        if joining and index > start:
            step = 1
            if view.is_class(index, "charge_as_well"):
                if not (
                    view.is_class(index + 1, "charge_well")
                    and view.is_class(index + 2, "charge_as_well")
                ):
                    index += 1
                    continue
                step = 3
            following = index + step
            if view.is_class(following, "charge_second"):
                following += 1
            while view.is_class(following, "charge_leading"):
                following += 1
            head = following
            while head < end and view.lower(head).endswith("ly"):
                head += 1  # "spying and illegally providing state secrets"
            if head < end and (
                _starts_charge(view.lower(head))
                or (_names_offence(view, head, end) and _names_offence(view, start, index))
            ):
                parts.append((start, index))
                start = following
                index = following
                continue
        index += 1
    parts.append((start, end))
    return parts


def _shared_head(view: Reading, first: int, end: int) -> list[tuple[int, int]]:
    """Two offences that share their last word: "bank and wire fraud"."""
    if (
        end - first >= 4
        and view.is_class(first + 1, "coordinator")
        and view.is_class(end - 1, "charge_head")
    ):
        return [(first, first + 1), (first + 2, end)]
    return [(first, end)]


def _clean(found: list[str]) -> list[str]:
    while found and (found[0] in words("charge_leading") or found[0].isdigit()):
        found = found[1:]
    for attempt in sorted(classes().get("charge_attempt", ())):
        if tuple(found[: len(attempt)]) == attempt:
            found = found[len(attempt) :]
    return found


def _at(found: list[str], part: tuple[str, ...], start: int, end: int) -> int:
    """Where the words ``part`` begin in ``found[start:end + len(part) - 1]``, or -1."""
    size = len(part)
    for index in range(start, min(end, len(found) - size + 1)):
        if tuple(found[index : index + size]) == part:
            return index
    return -1


def _fits(key: ChargeKey, found: list[str]) -> bool:
    """Whether a charge's words hold a key's runs in order, at most a few words apart."""
    first, *rest = key.parts
    starts = [0] if key.initial else range(len(found) - len(first) + 1)
    for start in starts:
        if _at(found, first, start, start + 1) < 0:
            continue
        position = start + len(first)
        for part in rest:
            found_at = _at(found, part, position, position + _KEY_GAP + 1)
            if found_at < 0:
                break
            position = found_at + len(part)
        else:
            return True
    return False


def _keyed(found: list[str]) -> str | None:
    """The label of the first key of ``charges.tsv`` that ``found`` holds."""
    index = _keys_by_word()
    candidates = sorted({entry for word in found for entry in index.get(word, ())})
    for _, key in candidates:
        if _fits(key, found):
            return key.label
    return None


@functools.cache
def _keys_by_word() -> dict[str, tuple[tuple[int, ChargeKey], ...]]:
    """The keys of ``charges.tsv`` with their rank, by the first word of their first part."""
    found: dict[str, list[tuple[int, ChargeKey]]] = {}
    for rank, key in enumerate(charge_labels()):
        found.setdefault(key.parts[0][0], []).append((rank, key))
    return {word: tuple(keys) for word, keys in found.items()}


def label(found: list[str]) -> str | None:
    """The label of a charge's words, or ``None`` for no real charge ("other charges")."""
    found = _clean([w for w in found if w not in words("quote")])
    if not found or all(w in words("charge_generic") for w in found):
        return None
    keyed = _keyed(found)
    if keyed is not None:
        return keyed
    table = synonyms()
    text = " ".join(table.get(word, word) for word in found)
    return text.replace(" - ", "-").replace(" . ", ".").replace(" .", ".")


def _labels(view: Reading, first: int, end: int, cue: int) -> list[ChargeMention]:
    found: list[ChargeMention] = []
    pieces = [p for p in _parts(view, first, end) if p[1] > p[0]]
    pieces = [piece for p in pieces for piece in _shared_head(view, *p)]
    texts = [[view.lower(i) for i in range(a, b) if not _city(view, i)] for a, b in pieces]
    for number, (a, b) in enumerate(pieces):
        part = texts[number]
        cleaned = _clean(part)
        if len(cleaned) == 1 and not _starts_charge(cleaned[0]) and number + 1 < len(texts):
            later = _clean(texts[number + 1])
            if later and later[-1] in words("charge_head"):
                part = [*cleaned, later[-1]]
        elif len(cleaned) == 1 and cleaned[0] in words("charge_elliptic") and number > 0:
            earlier = _clean(texts[number - 1])
            if len(earlier) == 2:
                part = [earlier[0], cleaned[0]]
        name = label(part)
        if name is not None:
            start, stop = view.span(a, b)
            found.append(ChargeMention(name, cue, start, stop))
    return found


def _city(view: Reading, index: int) -> bool:
    """Whether token ``index`` names a city ("assaulting a Moscow cop" is "assaulting a cop")."""
    slot = view.place(index)
    return slot is not None and slot.kind in ("location", "metonym")


def _blocks_noun(view: Reading, index: int) -> bool:
    """Whether the word at ``index`` cannot be part of a charge named before "charges"."""
    text = view.text(index)
    return (
        view.is_class(index, "charge_leading")
        or view.is_class(index, "preposition")
        or view.is_class(index, "determiner")
        or text in _ENDINGS
        or not text[:1].isalpha()
        or view.person(index) is not None
        or view.in_trigger(index)
        or view.is_class(index, "be")
        or view.is_class(index, "have")
        or view.is_class(index, "modal")
        or view.is_class(index, "wish")
        or text[:1].isupper()
        or (text.endswith("ed") and text.islower())
    )


def _before_noun(view: Reading, noun: int) -> tuple[int, int] | None:
    """The words before "charges" that name them ("espionage", "bank and wire fraud")."""
    if view.is_class(noun - 1, "charge_generic") and view.is_class(noun - 2, "coordinator"):
        noun -= 2  # "on espionage and other charges"
    first = noun
    while first > view.first and not _blocks_noun(view, first - 1):
        first -= 1
    if first == noun:
        return None
    if noun - first == 1 and not _offence(view.lower(first)):
        return None  # "the specific charges", not a charge's name
    return first, noun


def _offence(word: str) -> bool:
    """Whether one word names an offence by itself ("espionage", "drug", "spying")."""
    return _starts_charge(word) or _keyed([word]) is not None or word in words("charge_topic")


def find_charges(view: Reading) -> list[ChargeMention]:
    """Every charge of a sentence, with the token it hangs on."""
    found: list[ChargeMention] = []
    taken: set[int] = set()
    cues, fors, nouns = words("charge_cue"), words("charge_for"), words("charge_noun")
    lower = view.whole.lower
    for index in view.among(_anchors()):
        word = lower[index]
        before = len(found)
        if word in cues:
            opener = _opener(view, index)
            if opener is not None and opener + 1 not in taken:
                first, end = _phrase(view, opener + 1)
                taken.add(opener + 1)
                found.extend(_labels(view, first, end, index))
        if word in fors:
            opener = _for_opener(view, index)
            if opener is not None and opener + 1 not in taken:
                first, end = _phrase(view, opener + 1)
                quote = words("quote")  # "for "collaborating with a hostile government""
                cleaned = _clean([w for w in map(view.lower, range(first, end)) if w not in quote])
                if cleaned and (
                    _starts_charge(cleaned[0])
                    or any(_is_head(w) for w in cleaned[:_HEAD_REACH])
                    or _keyed(cleaned) is not None
                ):
                    taken.add(opener + 1)
                    found.extend(_labels(view, first, end, index))
        if word in nouns and len(found) == before:
            found.extend(_named_charges(view, index, taken))
        if view.whole.columns.quoted[index]:
            found[before:] = [c for c in found[before:] if c.label in _canonical()]
    return found


@functools.cache
def _anchors() -> frozenset[str]:
    """The words a charge hangs on: a cue ("accused of"), "for" and a charge noun."""
    return words("charge_cue") | words("charge_for") | words("charge_noun")


@functools.cache
def _canonical() -> frozenset[str]:
    """The labels of ``charges.tsv``: the only charges read inside a quotation.

    Inside someone's words a cue is often no accusation at all ("convicted of a crime he
    did not commit"); an offence the table names is still one.
    """
    return frozenset(key.label for key in charge_labels())


def _listed(view: Reading, first: int, cue: int) -> list[ChargeMention]:
    """The charges a list names from ``first``: "espionage, "collaborating ...," and X"."""
    found: list[ChargeMention] = []
    position = first
    for _ in range(_MAX_LISTED):
        while view.is_class(position, "quote"):
            position += 1
        start, end = _phrase(view, position)
        if end <= start:
            break
        found.extend(_labels(view, start, end, cue))
        position = end
        while view.is_class(position, "quote") or view.text(position) == ",":
            position += 1
        if view.is_class(position, "coordinator"):
            position += 1
        elif position == end or not view.inside(position):
            break
    return found


def _named_charges(view: Reading, noun: int, taken: set[int]) -> list[ChargeMention]:
    """The charges "charges" names.

    "charges of X", "charges against X include Y, Z", or the words before it.
    """
    listing = _past_object(view, noun + 2) if view.is_class(noun + 1, "charged_party") else noun + 1
    if view.is_class(listing, "charge_include") and listing + 1 not in taken:
        taken.add(listing + 1)
        return _listed(view, listing + 1, noun)
    if view.is_class(noun + 1, "of"):
        if noun + 2 in taken:
            return []
        first, end = _phrase(view, noun + 2)
        taken.add(noun + 2)
        return _labels(view, first, end, noun)
    found = _before_noun(view, noun)
    return [] if found is None else _labels(view, found[0], found[1], noun)


def _past_object(view: Reading, index: int) -> int:
    """Past a person and their apposition ("Trevor Reed, a U.S. student, of ...")."""
    slot = view.person(index)
    if slot is None or slot.first != index:
        return index
    position = slot.end
    if view.lower(position) == ",":
        for close in range(position + 1, min(view.stop, position + _MAX_APPOSITION)):
            if view.text(close) == ",":
                return close + 1
            if view.text(close) in (";", ":"):
                break
    return position


def _opener(view: Reading, cue: int) -> int | None:
    """The preposition that opens a charge after a cue word, past a person or "by X"."""
    start = _past_object(view, cue + 1)
    for index in range(start, min(view.stop, start + _MAX_CUE_GAP)):
        if view.is_class(index, "charge_opener"):
            if not _opens_after(view, index, cue):
                continue
            return index
        text = view.text(index)
        if view.is_boundary(index) or (text in _ENDINGS and text != "."):
            return None
    return None


def _opens_after(view: Reading, opener: int, cue: int) -> bool:
    """Whether a preposition opens a charge after a cue word.

    "in" only after "suspected" ("suspected in the bombing"), "to" only after a
    confession ("pleaded guilty to espionage"), and a confession only with "to".
    """
    if view.is_class(opener, "charge_suspect_opener"):
        return view.is_class(cue, "charge_suspect")
    if view.is_class(opener, "charge_confession_opener"):
        return view.is_class(cue, "charge_confession")
    return not view.is_class(cue, "charge_confession_only")


def _for_opener(view: Reading, cue: int) -> int | None:
    """The "for" after a sentence or jailing that opens a charge, not a duration."""
    start = _past_object(view, cue + 1)
    for index in range(start, min(view.stop, start + _MAX_FOR_GAP)):
        if view.is_boundary(index) or view.text(index) in (";", ":"):
            return None
        if view.starts_trigger(index) and view.is_class(index, "charge_for"):
            return None
        if view.is_class(index, "charge_for_opener"):
            following = view.lower(index + 1)
            if word_value(following) is not None or following in words("charge_duration"):
                continue
            return index
    return None
