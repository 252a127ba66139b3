"""Noun phrases and clauses around a verb of saying, read backwards and forwards over tokens.

The attribution rules say how a quotation, a verb and the words that name the speaker
stand to each other; what the patterns cannot say, because it is found walking back from
the verb, is here: the verb's subject (the phrase right before it, the one before an
appositive or a relative pronoun, or the clause's own subject for a participle or a second
verb), the main clause's subject, and the clause a verb reports.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ...text import Sentence
from ._context import Context, Verb
from ._lexicon import any_of, venues, words

__all__ = [
    "Phrase",
    "clause_start",
    "clause_subject",
    "closing_attribution",
    "complement",
    "main_subject",
    "negated",
    "phrase_after",
    "reported",
    "stop_token",
    "subject_of",
    "used_as_verb",
]

Phrase = tuple[int, int]
"""Tokens ``[first, stop)``."""

MAX_PHRASE = 12  # tokens of a noun phrase: "the Chinese Foreign Ministry's chief spokeswoman"
MAX_APPOSITIVE = 20  # tokens between the commas of an appositive: "X, a former minister,"
MAX_APPOSITIVES = 3  # appositives stacked after a subject: "X, Y's sister, who ..., said"
MAX_AFTER_VERB = 14  # tokens after a verb that may still hold "that" or say to whom
MAX_CLAUSE = 400  # characters of a reported clause kept as an indirect statement's text
MAX_CIRCUMSTANCE = 10  # tokens of "on Monday", "in a statement" closing an attribution
_SHORT_TITLE = 3  # letters of an abbreviation whose full stop stays inside a name ("Sen.")
_PARTICIPLE_ENDINGS = ("ed", "ing")
_SHORTEST_PARTICIPLE = 4  # letters: "Asked" is one, "Red" and "King" are not
_GLUE = frozenset({"-", "/", "&", "'", "'s"})


@functools.cache
def _kind(kind: str) -> frozenset[str]:
    return words(kind)


def stop_token(ctx: Context, index: int) -> bool:
    """Whether token ``index`` ends a noun phrase: punctuation or a quoted word."""
    if ctx.quoted(index):
        return True
    text = ctx.tokens.text[index]
    if text[:1].isalnum():
        return False
    if text in _GLUE and ctx.tokens.glued(index):
        return False
    if text == "." and ctx.tokens.glued(index):
        before = ctx.tokens.text[index - 1]
        return not (before[:1].isupper() and len(before) <= _SHORT_TITLE)
    return True


def _word(ctx: Context, index: int) -> bool:
    return ctx.tokens.text[index][:1].isalnum()


def phrase_before(ctx: Context, last: int, floor: int) -> Phrase | None:
    """The noun phrase ending with token ``last``, reaching back no further than ``floor``.

    A subject pronoun is a phrase of its own ("On her channel she wrote": "she").
    """
    if last < floor or not _word(ctx, last) or stop_token(ctx, last):
        return None
    if ctx.lower[last] in _kind("pronoun"):
        return last, last + 1
    boundary = _kind("boundary")
    first = last
    while first - 1 >= floor and last - first < MAX_PHRASE:
        before = first - 1
        if (
            stop_token(ctx, before)
            or ctx.lower[before] in boundary
            or ctx.verb_at(before) is not None
        ):
            break
        first = before
    return first, last + 1


def phrase_after(ctx: Context, first: int, ceiling: int) -> Phrase | None:
    """The noun phrase that starts with token ``first`` ("said U.S. Secretary ... Blinken").

    "At" after a person's description goes on to the body the person works at ("a
    historian at the Allied Museum"); elsewhere a preposition ends it ("Smith at a rally").
    """
    from ._lexicon import speaker_nouns

    stops = any_of("boundary", "after_name")
    nouns = speaker_nouns()
    last = first - 1
    while last + 1 < ceiling and last + 1 - first < MAX_PHRASE:
        index = last + 1
        word = ctx.lower[index]
        at_body = (
            word == "at"
            and last >= first
            and _noun_kind(nouns.at(ctx.lower, last, last + 1)) in ("person", "generic")
        )
        if (
            stop_token(ctx, index)
            or (word in stops and not at_body)
            or ctx.dated(index)
            or ctx.verb_at(index) is not None
        ):
            break
        last = index
    return None if last < first else (first, last + 1)


def _noun_kind(found: tuple[int, str] | None) -> str | None:
    return None if found is None else found[1]


def clause_start(ctx: Context, sentence: Sentence) -> int:
    """The first token of a sentence's main clause.

    Past a connective ("But", "However,") and an opening adverbial or participial phrase
    that runs to a comma ("In December,", "Pressed on the timing,").
    """
    first, end = sentence.first, sentence.stop
    while first < end and (not _word(ctx, first) or ctx.quoted(first)):
        first += 1
    connective = _kind("connective")
    while first < end and ctx.lower[first] in connective:
        first += 1
        if first < end and ctx.tokens.text[first] == ",":
            first += 1
    if first < end and (ctx.lower[first] in _kind("opener") or _participle(ctx, first)):
        for index in range(first, min(end, first + MAX_APPOSITIVE)):
            if ctx.tokens.text[index] == ",":
                return index + 1
    return first


def _participle(ctx: Context, index: int) -> bool:
    """Whether token ``index`` is a participle opening a phrase ("Pressed", "Responding").

    Told by its ending, unless it begins a name ("Ahmed", "United Nations").
    """
    word = ctx.lower[index]
    return (
        len(word) > _SHORTEST_PARTICIPLE
        and word.endswith(_PARTICIPLE_ENDINGS)
        and ctx.persons.index_at(index) < 0
        and ctx.orgs.index_at(index) < 0
        and ctx.places.index_at(index) < 0
    )


def main_subject(ctx: Context, sentence: Sentence, before: int) -> Phrase | None:
    """The sentence's subject: its first phrase, past an opening adverbial phrase."""
    return _opening(ctx, clause_start(ctx, sentence), min(before, sentence.stop))


def clause_subject(ctx: Context, index: int) -> Phrase | None:
    """The subject of the clause that holds token ``index``.

    The clause begins at the sentence's main clause, or after the last ``; `` or ``, but``
    (``, and``) before the token: "The White House has not confirmed it, but the bureau's
    website has him listed as ..." is the bureau's clause.
    """
    sentence = ctx.sentence(index)
    begin = clause_start(ctx, sentence)
    coordination = _kind("coordination")
    text = ctx.tokens.text
    for back in range(index - 1, begin, -1):
        if text[back] == ";" or (ctx.lower[back] in coordination and text[back - 1] == ","):
            begin = back + 1
            break
    return _opening(ctx, begin, index)


def _opening(ctx: Context, first: int, limit: int) -> Phrase | None:
    """The words from token ``first`` up to a verb, a date, a quotation or ``limit``.

    (A verb of saying, or an auxiliary: the words before it are the clause's subject; a
    date ends it too: "A court on Friday sentenced ...".)
    """
    if first >= limit:
        return None
    if ctx.lower[first] in _kind("pronoun"):
        return first, first + 1  # "He named the two men and said ...": "He"
    finite = _kind("finite")
    last = first
    while (
        last + 1 < limit
        and last + 1 - first < MAX_PHRASE
        and ctx.verb_at(last + 1) is None
        and not ctx.quoted(last + 1)
        and ctx.lower[last + 1] not in finite
        and not ctx.dated(last + 1)
    ):
        last += 1
    return first, last + 1


def subject_of(ctx: Context, verb: Verb) -> Phrase | None:
    """The phrase naming who performs a verb of saying whose subject stands before it."""
    if verb.first in ctx.subjects:
        return ctx.subjects[verb.first]
    sentence = ctx.sentence(verb.first)
    aux = _kind("aux")
    index = verb.first - 1
    while index >= sentence.first and (ctx.lower[index] in aux or ctx.dated(index)):
        index -= 1
    found = None if index < sentence.first else _subject_ending(ctx, verb, sentence, index)
    ctx.subjects[verb.first] = found
    return found


def _subject_ending(ctx: Context, verb: Verb, sentence: Sentence, index: int) -> Phrase | None:
    """A verb's subject, token ``index`` being the last before it (past auxiliaries, dates).

    The phrase ending there; the one before a relative pronoun (", which dismissed") or an
    appositive ("Irwin Cotler, a former minister, said"); or the clause's own subject for
    a participle or a second verb (", saying ...", "and said ...").
    """
    floor = sentence.first
    word = ctx.lower[index]
    if word == "," and not ctx.lower[verb.first].endswith("ing"):
        return _appositive(ctx, index, floor) or main_subject(ctx, sentence, verb.first)
    if word in (",", "to") or word in _kind("coordination"):
        return main_subject(ctx, sentence, verb.first)
    if word in _kind("relative"):
        index -= 1
        if index >= floor and ctx.tokens.text[index] == ",":
            index -= 1
    elif word in _kind("boundary"):
        return None
    return phrase_before(ctx, index, floor)


def _appositive(ctx: Context, comma: int, floor: int) -> Phrase | None:
    """``X, who ... ,`` or ``X, a former minister,`` before a verb: from X to the comma.

    Appositives may stack ("Elizabeth Whelan, Paul's sister, who ..., said"): while the
    phrase before an appositive names no one but is itself after a comma, the subject
    reaches back to the phrase before that.
    """
    opening = _appositive_start(ctx, comma, floor)
    head = None if opening is None else phrase_before(ctx, opening - 1, floor)
    for _ in range(MAX_APPOSITIVES - 1):
        if head is None or _names_someone(ctx, head):
            break
        before = head[0] - 1
        if before <= floor or ctx.tokens.text[before] != ",":
            break
        earlier = phrase_before(ctx, before - 1, floor)
        if earlier is None:
            break
        head = earlier
    return None if head is None else (head[0], comma)


def _appositive_start(ctx: Context, comma: int, floor: int) -> int | None:
    """The comma that opens the appositive closed by the comma at token ``comma``."""
    index = comma - 1
    while index >= floor and comma - index <= MAX_APPOSITIVE:
        text = ctx.tokens.text[index]
        if text == ",":
            return index
        if not text[:1].isalnum() and text not in _GLUE and text != ".":
            return None
        if text == "." and stop_token(ctx, index):
            return None
        index -= 1
    return None


def _names_someone(ctx: Context, phrase: Phrase) -> bool:
    """Whether a phrase names a person or a body, not as an owner ("Paul's sister")."""
    lower = ctx.lower
    persons, orgs = ctx.persons, ctx.orgs
    for number, mention in persons.within(*phrase):
        person = mention.person
        if person is not None and not _owner(lower, persons.stop[number]):
            written = {word.casefold() for word in mention.text.split()}
            if any(part.casefold() in written for part in person.name.split()):
                return True
    return any(not _owner(lower, orgs.stop[number]) for number, _ in orgs.within(*phrase))


def _owner(lower: Sequence[str], stop: int) -> bool:
    return stop < len(lower) and lower[stop] in ("'s", "'")


def negated(ctx: Context, verb: Verb) -> bool:
    """Whether a negation stands among the auxiliaries before a verb ("has not said")."""
    aux, negation = _kind("aux"), _kind("negation")
    floor = ctx.sentence(verb.first).first
    index = verb.first - 1
    while index >= floor and ctx.lower[index] in aux:
        if ctx.lower[index] in negation:
            return True
        index -= 1
    return False


def used_as_verb(ctx: Context, verb: Verb) -> bool:
    """Whether a word of saying is used as an active verb here.

    Not after an article or a possessive ("the continued talks"), not as a passive ("was
    accused", "is said to"), and not as "accused of" with no object.
    """
    before = ctx.lower[verb.first - 1] if verb.first > 0 else ""
    if before in _kind("determiner") or before in _kind("article") or before in _kind("be"):
        return False
    after = ctx.lower[verb.stop] if verb.stop < len(ctx.lower) else ""
    return not (verb.cls == "accuse" and after == "of")


# ------------------------------------------------------------------ reported clauses


def reported(ctx: Context, verb: Verb) -> tuple[str, Phrase, Phrase] | None:
    """An indirect statement a verb reports: how, its subject phrase and the reported clause.

    "X said (that) CLAUSE", "X told Reuters that CLAUSE", "X denied CLAUSE"
    (``statement.reported.clause``), and the clause before a closing attribution: "CLAUSE,
    X said." or "CLAUSE, said X." (``statement.reported.closing``).
    """
    if verb.cls not in ("say", "tell", "deny", "accuse") or not used_as_verb(ctx, verb):
        return None
    if verb.first > 0 and ctx.lower[verb.first - 1] == "to":
        return None  # "called on them to declare": not said by the subject
    if negated(ctx, verb):
        return None  # "has not confirmed that ...": nothing was said
    closing = closing_attribution(ctx, verb)
    if closing is not None:
        return ("statement.reported.closing", *closing)
    subject = subject_of(ctx, verb)
    clause = complement(ctx, verb)
    if subject is None or clause is None:
        return None
    return "statement.reported.clause", subject, clause


def closing_attribution(ctx: Context, verb: Verb) -> tuple[Phrase, Phrase] | None:
    """``CLAUSE, X said.`` or ``CLAUSE, said X.``: the subject and the clause before."""
    sentence = ctx.sentence(verb.first)
    floor, end = sentence.first, sentence.stop
    if verb.cls == "tell":
        return None  # "X, told Y: ..." names an audience, not a speaker
    subject: Phrase | None
    if verb.first > floor and ctx.tokens.text[verb.first - 1] == ",":
        subject = phrase_after(ctx, verb.stop, end)
        if subject is not None and any(ctx.lower[i] in _kind("finite") for i in range(*subject)):
            return None  # "X, a doctor, said Warmbier had suffered ...": a clause
        tail = subject[1] if subject is not None else end
        comma = verb.first - 1
    else:
        subject = subject_of(ctx, verb)
        comma = subject[0] - 1 if subject is not None else -1
        if comma < floor or ctx.tokens.text[comma] != ",":
            return None
        tail = verb.stop
    if subject is None or not _ends_sentence(ctx, tail, end):
        return None
    first = clause_start(ctx, sentence)
    if first >= comma or ctx.quoted(first):
        return None
    return subject, (first, comma)


def _ends_sentence(ctx: Context, index: int, end: int) -> bool:
    """Whether only closing punctuation follows token ``index`` in its sentence.

    A short phrase saying when or where may come first ("on Monday", "in a statement").
    """
    if index < end and (ctx.lower[index] in _kind("locative") or ctx.dated(index)):
        index = min(end, index + MAX_CIRCUMSTANCE)
        while index > 0 and ctx.tokens.text[index - 1] in _kind("closing"):
            index -= 1
    return all(ctx.tokens.text[i] in _kind("closing") for i in range(index, end))


def complement(ctx: Context, verb: Verb) -> Phrase | None:
    """The clause a verb reports, after "that" if one follows within reach."""
    end = ctx.sentence(verb.first).stop
    index = _clause_begin(ctx, verb, end)
    if index is None:
        return None
    while index < end and ctx.lower[index] in (",", ":"):
        index += 1
    opening = ctx.quote_of(index) if index < end else None
    if index >= end or (opening is not None and opening.first == index):
        return None
    last = _clause_last(ctx, index, end)
    if last - index < 2:
        return None
    return index, last + 1


def _clause_begin(ctx: Context, verb: Verb, end: int) -> int | None:
    """Where the clause a verb reports begins: after "that", or right after the verb.

    ``None`` where nothing is reported ("told Reuters", "said in a statement").
    """
    index = verb.stop
    told = verb.cls == "tell"
    that = None
    for ahead in range(index, min(end, index + MAX_AFTER_VERB)):
        if ctx.quoted(ahead):
            break
        if ctx.lower[ahead] == "that":
            that = ahead
            break
    if that is not None:
        if told or that - index <= 2 or _dated_or_venue(ctx, index, that):
            return that + 1
        return index
    if told or (index < end and ctx.lower[index] in _kind("locative")):
        return None
    return index


def _clause_last(ctx: Context, index: int, end: int) -> int:
    """The last word of a reported clause beginning at token ``index``.

    It ends before a clause of its own ("..., but the bureau lists him") or the subject's
    next act (", criticizing ..."), and within :data:`MAX_CLAUSE` characters.
    """
    lower = ctx.lower
    last = min(end, ctx.tokens.at(ctx.tokens.start[index] + MAX_CLAUSE)) - 1
    breaks = _kind("clause_break")
    for later, word in enumerate(lower[index : last + 1], index):
        if word in breaks:
            last = later - 1
            break
    for verb in ctx.verbs_in(index + 1, last + 1):
        if lower[verb.first].endswith("ing") and lower[verb.first - 1] == ",":
            last = verb.first - 1
            break
    while last > index and not _word(ctx, last):
        last -= 1
    return last


def _dated_or_venue(ctx: Context, first: int, stop: int) -> bool:
    """Whether a date or a venue stands in tokens ``[first, stop)`` ("said on Monday that")."""
    if any(True for _ in ctx.dates_in(first, stop)):
        return True
    table = venues()
    return any(
        table.at(ctx.lower, index, stop) is not None for index in ctx.starts(table, first, stop)
    )
