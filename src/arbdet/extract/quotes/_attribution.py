"""The attributions a quotation may have: the rules of ``attribution.tsv`` tried around it.

An attribution after the quotation is tried first (``"...," X said``, ``"..." said X``,
``"..." according to X``, a pull quote's ``"..." - X``), then one at each verb of saying
before it in its sentence, the nearest first (``X said: "..."``, ``X told reporters the
deal was "..."``), then the words that introduce it without a verb of saying (``X was
blunt: "..."``, ``X has him listed as "..."``). The reader takes the first whose words
name a speaker.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import attrs

from ._context import Context, Quoted, Verb
from ._layout import is_headline
from ._lexicon import rules, words
from ._phrases import Phrase, clause_subject, subject_of, used_as_verb

__all__ = ["Attribution", "attributions"]

MAX_LEADING_VERBS = 4  # verbs of saying before a quotation tried as its attribution
SHORT_SENTENCE = 8  # tokens of a sentence after a quotation that only attributes it
INTRO_REACH = 3  # tokens before a quotation where introducing words may begin ("as")
HEADLINE_SPEAKER = 6  # tokens before a headline's colon that may name its speaker
_DASHES = frozenset({"-", "\u2013", "\u2014"})


@attrs.frozen
class Attribution:
    """A rule's reading of who said a quotation.

    ``rule`` is the rule's id, ``verb`` the verb of saying (``None`` where there is
    none), ``phrase`` the tokens that name the speaker, and ``trailing`` whether the
    attribution follows the quotation.
    """

    rule: str
    verb: Verb | None
    phrase: Phrase | None
    trailing: bool


def attributions(ctx: Context, quoted: Quoted) -> Iterator[Attribution]:
    """Every attribution the rules read for a quotation, the most likely first."""
    found = _after(ctx, quoted) or _dash(ctx, quoted)
    if found is not None:
        yield found
    yield from _before(ctx, quoted)
    yield from _intro(ctx, quoted)
    yield from _headline(ctx, quoted)


def _plausible(ctx: Context, phrase: Phrase | None) -> bool:
    """Whether a phrase may name a speaker: it does not open with "and", "of", "on" ..."""
    if phrase is None:
        return False
    word = ctx.lower[phrase[0]]
    return word not in words("boundary") and word not in words("preposition")


def _after_bound(ctx: Context, quoted: Quoted) -> int:
    """The token where an attribution after a quotation must end.

    The end of the quotation's sentence or the next quotation; where the sentence ends
    with the quotation, the short sentence after it that only attributes it ("A
    disgrace." Cotler said.), unless it opens a quotation or introduces one with a colon.
    """
    sentence = ctx.sentence(quoted.stop - 1)
    following = ctx.quotes[quoted.number + 1] if quoted.number + 1 < len(ctx.quotes) else None
    ceiling = sentence.stop
    if following is not None and following.first < ceiling:
        ceiling = following.first
    text = ctx.tokens.text
    if any(text[i][:1].isalnum() for i in range(quoted.stop, ceiling)):
        return ceiling
    sentences = ctx.doc.sentences
    if sentence.index + 1 >= len(sentences):
        return quoted.stop
    after = sentences[sentence.index + 1]
    if after.paragraph != sentence.paragraph:
        return quoted.stop
    if following is not None and following.first < after.stop:
        return quoted.stop  # it opens a quotation of its own
    last = after.stop - 1
    while last > after.first and text[last] in ('"', "'"):
        last -= 1
    if after.stop - after.first > SHORT_SENTENCE or text[last] == ":":
        return quoted.stop  # "He added: "..."": the attribution of the next quotation
    return after.stop


def _after(ctx: Context, quoted: Quoted) -> Attribution | None:
    bound = _after_bound(ctx, quoted)
    if not ctx.verbs_in(quoted.stop, bound):
        return None  # every rule after a quotation has its verb of saying
    for match in rules().match_at(ctx.doc, quoted.first, bound, ctx.layers):
        verb = _verb(ctx, match.get("verb"))
        who = match.get("who")
        if verb is not None and _plausible(ctx, who):
            return Attribution(match.rule.id, verb, who, trailing=True)
    return None


def _dash(ctx: Context, quoted: Quoted) -> Attribution | None:
    """A pull quote's source after a dash: ``"..." - Foreign Minister X, in a speech``."""
    index = quoted.stop
    if index >= len(ctx.lower) or ctx.lower[index] not in _DASHES:
        return None
    sentence = ctx.sentence(index)
    if sentence.paragraph != ctx.sentence(quoted.first).paragraph:
        return None
    for match in rules().match_at(ctx.doc, index, sentence.stop, ctx.layers):
        who = match.get("who")
        if match.rule.value("place") == "dash" and _plausible(ctx, who):
            return Attribution(match.rule.id, None, who, trailing=True)
    return None


def _verb(ctx: Context, captured: Phrase | None) -> Verb | None:
    return None if captured is None else ctx.verb_at(captured[0])


@functools.cache
def _before_reach() -> int:
    """The most tokens a rule tried at a verb before a quotation spans up to the quotation."""
    return max(
        rule.pattern.anchors["q"].before[1]
        for rule in rules().rules
        if rule.value("place") == "before" and "q" in rule.pattern.anchors
    )


def _before(ctx: Context, quoted: Quoted) -> Iterator[Attribution]:
    sentence = ctx.sentence(quoted.first)
    floor = max(sentence.first, quoted.first - _before_reach())
    verbs = ctx.verbs_in(floor, quoted.first)
    for verb in reversed(verbs[-MAX_LEADING_VERBS:]):
        active = used_as_verb(ctx, verb)
        for match in rules().match_at(
            ctx.doc, verb.first, quoted.stop, ctx.layers, end=quoted.stop
        ):
            if active == (match.rule.value("voice") == "passive"):
                continue  # "was quoted as saying": only a rule for the passive reads it
            who = match.get("who")
            phrase = who if who is not None else subject_of(ctx, verb)
            if phrase is not None and (who is None or _plausible(ctx, who)):
                yield Attribution(match.rule.id, verb, phrase, trailing=False)
            break


def _intro(ctx: Context, quoted: Quoted) -> Iterator[Attribution]:
    floor = max(ctx.sentence(quoted.first).first, quoted.first - INTRO_REACH)
    for anchor in range(quoted.first - 1, floor - 1, -1):
        if ctx.quoted(anchor):
            return
        for match in rules().match_at(ctx.doc, anchor, quoted.stop, ctx.layers, end=quoted.stop):
            if match.rule.value("speaker") == "clause":
                phrase = clause_subject(ctx, anchor)
                if phrase is not None:
                    yield Attribution(match.rule.id, None, phrase, trailing=False)
                    return


def _headline(ctx: Context, quoted: Quoted) -> Iterator[Attribution]:
    """A headline's speaker before its colon: "Chinese FM: Canada should 'stop hyping up'"."""
    sentence = ctx.sentence(quoted.first)
    if not is_headline(ctx, ctx.doc.paragraphs[sentence.paragraph]):
        return
    text = ctx.tokens.text
    stop = min(quoted.first, sentence.first + HEADLINE_SPEAKER + 1)
    colon = next((i for i in range(sentence.first + 1, stop) if text[i] == ":"), None)
    if colon is None or ctx.quoted(colon - 1):
        return
    for match in rules().match_at(ctx.doc, colon, quoted.stop, ctx.layers, end=quoted.stop):
        if match.rule.value("speaker") == "headline":
            yield Attribution(match.rule.id, None, (sentence.first, colon), trailing=False)
            return
