"""Places: the states a text names, by name, demonym or a capital used for the state.

``find_places`` reads a document's text once, left to right, taking at each word the
longest form the place vocabulary knows (:mod:`arbdet.extract._place_lexicon`): "Papua New
Guinea" before "Guinea", "Nigeria" never as "Niger", "New Mexico" as no place at all.
Names are matched on their capitalisation ("Turkey" the country, never "turkey"); a
leading "the" is left outside the mention. Demonyms joined by hyphens make one mention of
several states ("British-Iranian"). Capitals and seats of government ("Beijing", "the
Kremlin") are kept apart as :attr:`PlaceKind.METONYM`, so callers can tell a state acting
from a place where something happened.

Guards keep personal names and longer proper names out: a capital followed by a
capitalised word ("Washington Post", "Ottawa Citizen") is not read, nor a name that is also
a personal name when a capitalised word stands right before or after it ("Michael Jordan",
"Chad Smith", "George Washington"); weekdays, months and capitalised function words do not
count ("Washington Monday", "In Jordan").

Known limits, left to later layers: a state's name inside an organisation's name is still
a mention ("China" in "China Daily", "Canada" in "Bank of Canada"; "Global Times" holds
none), which the people and organisation layer overrides; a capital that is also a
personal name is read where no capitalised word stands beside it ("the release of
Sofia"); "Georgia" is always the country (GE), even for the U.S.
state when no capitalised word stands beside it ("Atlanta, Georgia"); "Korean" alone is
South Korea, "Dominican" the Dominican Republic and "Congolese" the Democratic Republic of
the Congo; "English" is a language, not a demonym; "the States" is never read.
"""

from __future__ import annotations

import re

from ..model import State
from ..text import Document, Layer, LayerKey
from ._place_lexicon import Entry, Guard, Lexicon, Role, clean, is_word_char, lexicon
from .mentions import PlaceKind, PlaceMention

__all__ = ["PLACES", "demonym_states", "find_places", "state_for", "tag"]

_KINDS = {
    Role.NAME: PlaceKind.NAME,
    Role.DEMONYM: PlaceKind.DEMONYM,
    Role.METONYM: PlaceKind.METONYM,
}
_ARTICLES = ("the ", "The ", "THE ")
_MAX_WORD = 40  # how far a guard looks for the word beside a name
_MAX_ABBREVIATION = 3  # "Mr.", "Dr.", "Sen.", an initial: a personal name follows


def _word_after(text: str, end: int) -> str | None:
    """The capitalised word right after ``end`` (one space between), if there is one."""
    if end + 1 >= len(text) or text[end] != " " or not text[end + 1].isupper():
        return None
    stop = min(len(text), end + 1 + _MAX_WORD)
    index = end + 1
    while index < stop and text[index].isalpha():
        index += 1
    return text[end + 1 : index]


def _person_before(text: str, start: int, free: frozenset[str]) -> bool:
    """Whether a given name, initial or title stands right before ``start``."""
    if start < 2 or text[start - 1] != " ":
        return False
    stop = max(0, start - 1 - _MAX_WORD)
    index = start - 1
    while index > stop and (text[index - 1].isalpha() or text[index - 1] == "."):
        index -= 1
    word = text[index : start - 1]
    if not word or not word[0].isupper():
        return False
    if word.endswith("."):  # "Michael B. Jordan", "Mr. Washington", but not "U.S. Jordan"
        stem = word[:-1]
        return stem.isalpha() and len(stem) <= _MAX_ABBREVIATION
    return word.isalpha() and word.casefold() not in free


def _guarded(text: str, start: int, end: int, entry: Entry, free: frozenset[str]) -> bool:
    """Whether the guard of ``entry`` keeps ``text[start:end]`` from being read as a state."""
    if entry.guard is Guard.NONE:
        return False
    following = _word_after(text, end)
    if following is not None and following.casefold() not in free:
        return True
    return entry.guard is Guard.PERSON and _person_before(text, start, free)


def _compound(lex: Lexicon, text: str, end: int, entry: Entry) -> tuple[int, tuple[State, ...]]:
    """Extend a demonym or combining form over hyphens: "Sino-Canadian", "British-Iranian".

    Returns where the compound ends and its states in order without repeats; no states when
    it holds no demonym, for a combining form alone names no state ("Indo-Pacific").
    """
    states: list[State] = []
    pending: list[State] = []  # states of combining forms that wait for a demonym
    last = end
    part = entry
    while True:
        pending.extend(part.states)
        if part.role is Role.DEMONYM:
            states.extend(state for state in pending if state not in states)
            pending.clear()
            last = end
        if end + 1 >= len(text) or text[end] != "-":
            break
        found = lex.longest(text, end + 1)
        if found is None or found[1].role not in (Role.DEMONYM, Role.COMBINING):
            break
        end, part = found
    return (last if states else end), tuple(states)


def _match(
    lex: Lexicon, text: str, start: int, *, guards: bool
) -> tuple[int, PlaceMention | None] | None:
    """The form at ``start``: where it ends and its mention (``None`` if it names no state)."""
    found = lex.longest(text, start)
    if found is None:
        return None
    return _read(lex, text, start, found, guards=guards)


def _read(
    lex: Lexicon, text: str, start: int, found: tuple[int, Entry], *, guards: bool
) -> tuple[int, PlaceMention | None]:
    """The mention of the form found at ``start`` (``None`` if it names no state)."""
    end, entry = found
    if entry.role is Role.BLOCKED:
        return end, None
    if entry.role in (Role.DEMONYM, Role.COMBINING):
        end, states = _compound(lex, text, end, entry)
        if not states:
            return end, None
        return end, PlaceMention(start, end, text[start:end], states, PlaceKind.DEMONYM)
    if guards and _guarded(text, start, end, entry, lex.free_words):
        return end, None
    return end, PlaceMention(start, end, text[start:end], entry.states, _KINDS[entry.role])


_INNER_BREAKS = re.compile(r"[-']")


def _form_at(doc: Document, index: int, lex: Lexicon) -> tuple[int, Entry] | None:
    """The longest form whose first token is token ``index``, ending at a word boundary."""
    text = doc.text
    start = doc.tokens.start[index]
    for form, entry in lex.by_first_token.get(doc.tokens.text[index], ()):
        end = start + len(form)
        if text.startswith(form, start) and (end == len(text) or not is_word_char(text[end])):
            return end, entry
    return None


def find_places(doc: Document) -> list[PlaceMention]:
    """Every mention of a state in ``doc``, in text order, never overlapping.

    At each word the longest known form wins; see the module's notes for what is and is
    not read. Forms are looked up by their first token; a token with an inner hyphen or
    apostrophe ("Sino-Canadian", "Canada-led") is read character by character, since a form
    may begin inside it.
    """
    lex = lexicon()
    tokens = doc.tokens
    text = doc.text
    firsts = lex.by_first_token
    mentions: list[PlaceMention] = []
    resume = 0
    for index in [i for i, w in enumerate(tokens.text) if w in firsts or "-" in w or "'" in w]:
        word = tokens.text[index]
        token_start = tokens.start[index]
        if "-" in word or "'" in word:
            starts = [token_start, *(token_start + m.end() for m in _INNER_BREAKS.finditer(word))]
            for start in starts:
                matched = _match(lex, text, start, guards=True) if start >= resume else None
                if matched is not None:
                    resume, mention = matched
                    if mention is not None:
                        mentions.append(mention)
            continue
        found = _form_at(doc, index, lex) if token_start >= resume else None
        if found is not None:
            resume, mention = _read(lex, text, token_start, found, guards=True)
            if mention is not None:
                mentions.append(mention)
    return mentions


PLACES: LayerKey[Layer[PlaceMention]] = LayerKey("places")
"""The layer of place mentions."""


def tag(doc: Document) -> Layer[PlaceMention]:
    """The places layer: every mention of a state (:func:`find_places`)."""
    return doc.new_layer(find_places(doc))


def _whole(phrase: str) -> PlaceMention | None:
    """The mention of all of ``phrase``, if one form or compound demonym spans it."""
    matched = _match(lexicon(), phrase, 0, guards=False) if phrase else None
    if matched is None or matched[0] != len(phrase):
        return None
    return matched[1]


def state_for(phrase: str) -> tuple[State, ...]:
    """The state or states ``phrase`` names, or ``()`` if it names none.

    Any form the place vocabulary knows: a name ("the U.S.", "Iran, Islamic Republic of"),
    a demonym or compound demonym ("British-Iranian") or a metonym ("the Kremlin").
    Capitalisation counts ("Turkey", never "turkey"); a leading "the" and a trailing
    possessive are optional ("the Kremlin's").
    """
    text = clean(phrase)
    for article in _ARTICLES:
        if text.startswith(article):
            text = text[len(article) :]
            break
    for candidate in (text, text.removesuffix("'s"), text.removesuffix("'")):
        entry = lexicon().forms.get(candidate)
        if entry is not None:
            return entry.states if entry.role in _KINDS else ()
        mention = _whole(candidate)
        if mention is not None:
            return mention.states
    return ()


def demonym_states(word: str) -> tuple[State, ...]:
    """The states a demonym or hyphenated compound demonym names, or ``()``.

    ``"Canadian"`` gives ``(State('CA'),)``; ``"British-Iranian"`` gives GB then IR, in the
    order written; plurals are demonyms too ("Canadians", "Britons", "Swiss").
    """
    mention = _whole(clean(word))
    if mention is None or mention.kind is not PlaceKind.DEMONYM:
        return ()
    return mention.states
