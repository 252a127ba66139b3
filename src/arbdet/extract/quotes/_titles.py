"""Tell quoted speech from quoted names: titles, nicknames and short labels."""

from __future__ import annotations

from ._context import Context, Quoted
from ._lexicon import title_cues, words

__all__ = ["MIN_WORDS", "is_statement", "looks_like_title", "word_count"]

MIN_WORDS = 3  # words of a quotation that is a statement (FACTS.md: "three words or more")
MAX_TITLE_WORDS = 12  # words of a quoted stretch that may still be a title
_CUE_REACH = 4  # tokens before a quotation read for "known as", "a book called"
_MOST_TITLE_TOKENS = 3 * MAX_TITLE_WORDS  # more tokens than this cannot be a title's


def word_count(ctx: Context, first: int, stop: int) -> int:
    """The number of words (tokens holding a letter or a digit) in tokens ``[first, stop)``."""
    return sum(1 for text in ctx.tokens.text[first:stop] if text[:1].isalnum())


def looks_like_title(ctx: Context, quoted: Quoted) -> bool:
    """Whether a quoted stretch is a name, title or nickname rather than speech.

    It is when a cue such as "dubbed" or "known as" comes just before it, or when it is a
    short stretch, not a question or an exclamation, whose every word but the small ones
    starts with a capital ("Declaration Against Arbitrary Detention", "the Merchant of
    Death").
    """
    floor = max(0, quoted.first - _CUE_REACH)
    if title_cues().ending(ctx.lower, quoted.first, floor) is not None:
        return True
    if quoted.inner_stop - quoted.inner > _MOST_TITLE_TOKENS:
        return False
    texts = ctx.tokens.text[quoted.inner : quoted.inner_stop]
    if not texts or texts[-1] in ("!", "?"):
        return False  # a question or an exclamation is speech, whatever its capitals
    content = [t for t in texts if t[:1].isalnum()]
    if not content or len(content) > MAX_TITLE_WORDS:
        return False
    small = words("title")
    content = [t for t in content if t.lower() not in small]
    return bool(content) and all(t[0].isupper() or t[0].isdigit() for t in content)


def _has_words(ctx: Context, first: int, stop: int, least: int) -> bool:
    """Whether tokens ``[first, stop)`` hold at least ``least`` words."""
    found = 0
    for text in ctx.tokens.text[first:stop]:
        if text[:1].isalnum():
            found += 1
            if found >= least:
                return True
    return False


def is_statement(ctx: Context, quoted: Quoted) -> bool:
    """Whether a quotation is a statement: three words or more, and not a title."""
    return _has_words(ctx, quoted.inner, quoted.inner_stop, MIN_WORDS) and not (
        looks_like_title(ctx, quoted)
    )
