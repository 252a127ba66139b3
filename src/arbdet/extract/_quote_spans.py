"""Tell quoted speech from quoted names: titles, nicknames and short labels."""

from __future__ import annotations

from ..text import Document, Quotation
from ._quote_lexicon import function_words, title_cues

__all__ = ["looks_like_title"]

_MAX_TITLE_WORDS = 12
_CUE_WINDOW = 24


def looks_like_title(doc: Document, span: Quotation) -> bool:
    """Whether a quoted stretch is a name, title or nickname rather than speech.

    It is when a cue such as "dubbed" or "known as" comes just before it, or when it is a
    short stretch, not a question or an exclamation, whose every word but the small ones
    starts with a capital ("Declaration Against Arbitrary Detention", "the Merchant of
    Death").
    """
    before = doc.text[max(0, span.outer_start - _CUE_WINDOW) : span.outer_start]
    before = " ".join(before.casefold().split())
    if any(before == cue or before.endswith(" " + cue) for cue in title_cues()):
        return True
    text = doc.text[span.start : span.end]
    if text.endswith(("!", "?")):
        return False  # a question or an exclamation is speech, whatever its capitals
    words = [w.strip(",.;:!?()[]\"'") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    small = function_words("title")
    content = [w for w in words if w.casefold() not in small]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)
