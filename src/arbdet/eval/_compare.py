"""How two values of a facts document are compared: names, parties, quotes, dates, sets.

Every rule here is one of ``arbdet-facts/1``'s matching rules (names tolerant of a missing
middle name, case and accents; quotes by shared words; dates at the gold's precision).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

__all__ = [
    "QUOTE_THRESHOLD",
    "charge_same",
    "code_same",
    "date_same",
    "fold",
    "name_match",
    "name_words_agree",
    "party_match",
    "quote_overlap",
    "set_match",
    "words",
]

QUOTE_THRESHOLD = 0.6
"""The share of words a predicted and a gold quote must each find in the other to match."""

_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "madame", "mme", "sir", "prof"})
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """``text`` without accents, case-folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str | None) -> list[str]:
    """The folded ASCII letter-and-digit runs of ``text``."""
    return _WORD.findall(fold(text or ""))


def _name_tokens(name: str | None) -> list[str]:
    return [w for w in words(name) if w not in _HONORIFICS]


def name_match(a: str | None, b: str | None) -> bool:
    """Whether two person names are the same person's.

    Honorifics are ignored; a bare surname matches a full name with that surname (or that
    given name); otherwise surnames must agree and given names agree or one is an initial.
    """
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if len(ta) == 1 or len(tb) == 1:
        one, other = (ta, tb) if len(ta) == 1 else (tb, ta)
        return one[0] in (other[0], other[-1])
    if ta[-1] != tb[-1]:
        return False
    fa, fb = ta[0], tb[0]
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def _looks_like_code(text: str) -> bool:
    return len(text) == 2 and text.isupper()


def party_match(a: object, b: object) -> bool:
    """Whether two parties are the same: state codes, organisations' or people's names.

    Codes compare as codes; names match when one's words appear, in order, in the other's
    or when they are the same person's name.
    """
    if a is None or b is None:
        return a is None and b is None
    ta, tb = str(a), str(b)
    if _looks_like_code(ta) or _looks_like_code(tb):
        return ta.upper() == tb.upper()
    wa, wb = " ".join(words(ta)), " ".join(words(tb))
    if wa == wb or (wa and wb and (f" {wa} " in f" {wb} " or f" {wb} " in f" {wa} ")):
        return True
    return name_match(ta, tb)


def set_match(
    gold: Iterable[object] | None,
    predicted: Iterable[object] | None,
    same: Callable[[object, object], bool],
) -> bool:
    """Whether each gold item pairs off with its own predicted item and none is left over."""
    pool = list(predicted or [])
    used: set[int] = set()
    for item in gold or []:
        hit = next((i for i, p in enumerate(pool) if i not in used and same(item, p)), None)
        if hit is None:
            return False
        used.add(hit)
    return len(used) == len(pool)


def charge_same(a: object, b: object) -> bool:
    """Whether two charges agree: one's words contain the other's, or they share half."""
    wa, wb = set(words(str(a))), set(words(str(b)))
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa or len(wa & wb) / len(wa | wb) >= 0.5


def date_same(gold: object, predicted: object, *, lenient: bool = False) -> bool:
    """Whether a predicted ISO date is the gold one (or, ``lenient``, a finer date within it)."""
    if gold is None:
        return True
    if predicted is None:
        return False
    g, p = str(gold), str(predicted)
    return g == p or (lenient and p.startswith(g + "-"))


def code_same(a: object, b: object) -> bool:
    """Whether two state codes are the same code (neither missing)."""
    return a is not None and b is not None and str(a).upper() == str(b).upper()


def quote_overlap(gold: str, predicted: str) -> float:
    """The smaller of the shares of each quote's words that the other quote holds."""
    g, p = words(gold), words(predicted)
    if not g or not p:
        return 0.0
    in_p, in_g = set(p), set(g)
    recall = sum(1 for w in g if w in in_p) / len(g)
    precision = sum(1 for w in p if w in in_g) / len(p)
    return min(recall, precision)


def name_words_agree(gold: str, predicted: str) -> bool:
    """Whether two declaration names agree: one is a shortened form of the other."""
    g, p = set(words(gold)), set(words(predicted))
    return bool(g and p) and (g <= p or p <= g or len(g & p) / len(g | p) >= 0.6)
