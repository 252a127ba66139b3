"""Split words that ran together in scraped text ("asretaliation", "inXinjiang").

A token is split only where the split is unambiguous: the token is not a known word,
occurs once in the text, and one segmentation into common words is far likelier than
any other. Word frequencies come from the package's ``data/words.tsv``.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable
from importlib import resources

from ._normalize import Insertion

_TOKEN = re.compile(r"[A-Za-z]{4,40}")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# How much likelier the best split must be than the runner-up (natural log).
_MARGIN = math.log(50.0)
_MIN_FREQUENCY = 150
_MIN_CONTENT_FREQUENCY = 5000
_SUFFIXES = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "al", "ally")

# Short, frequent words that run into their neighbours in scraped text.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "he",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
        "and",
        "are",
        "but",
        "can",
        "did",
        "for",
        "had",
        "has",
        "her",
        "him",
        "his",
        "its",
        "not",
        "our",
        "say",
        "see",
        "she",
        "the",
        "too",
        "two",
        "was",
        "who",
        "why",
        "you",
        "all",
        "any",
        "how",
        "may",
        "new",
        "now",
        "out",
        "get",
        "let",
        "yet",
        "also",
        "been",
        "from",
        "have",
        "into",
        "just",
        "like",
        "more",
        "most",
        "only",
        "over",
        "said",
        "says",
        "some",
        "such",
        "than",
        "that",
        "them",
        "then",
        "they",
        "this",
        "very",
        "were",
        "what",
        "when",
        "will",
        "with",
    ]
)


# Words that open a sentence and run into the next one ("Hesaid", "Itwas", "Inthe").
_SENTENCE_OPENERS = frozenset(
    [
        "he",
        "she",
        "it",
        "we",
        "they",
        "i",
        "you",
        "in",
        "on",
        "at",
        "the",
        "this",
        "that",
        "as",
        "for",
        "but",
        "and",
        "if",
        "so",
        "to",
        "of",
        "by",
    ]
)


@functools.cache
def word_frequencies() -> dict[str, int]:
    """Common English words (lower case) and their corpus frequencies."""
    text = resources.files("arbdet").joinpath("data/words.tsv").read_text(encoding="utf-8")
    table: dict[str, int] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, count = line.partition("\t")
            table[word] = int(count)
    return table


def is_known(word: str) -> bool:
    """Whether a lower-case word, or its stem without a common ending, is a known word."""
    frequencies = word_frequencies()
    if word in frequencies:
        return True
    return any(
        word.endswith(suffix) and word[: -len(suffix)] in frequencies
        for suffix in _SUFFIXES
        if len(word) - len(suffix) >= 3
    )


def _piece_ok(piece: str) -> bool:
    return piece in FUNCTION_WORDS or (
        len(piece) >= 3 and word_frequencies().get(piece, 0) >= _MIN_FREQUENCY
    )


def _pair_ok(left: str, right: str) -> bool:
    if left in FUNCTION_WORDS or right in FUNCTION_WORDS:
        return True
    frequencies = word_frequencies()
    return all(
        len(p) >= 4 and frequencies.get(p, 0) >= _MIN_CONTENT_FREQUENCY for p in (left, right)
    )


def best_split(word: str) -> tuple[str, str] | None:
    """The split of a lower-case ``word`` into two words, if one is clearly the likeliest."""
    frequencies = word_frequencies()
    scored = sorted(
        (
            (math.log(frequencies.get(word[:i], 1)) + math.log(frequencies.get(word[i:], 1)), i)
            for i in range(1, len(word))
            if _piece_ok(word[:i]) and _piece_ok(word[i:]) and _pair_ok(word[:i], word[i:])
        ),
        reverse=True,
    )
    if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < _MARGIN):
        return None
    cut = scored[0][1]
    return word[:cut], word[cut:]


def _capitalised_pair_ok(left: str, right: str) -> bool:
    """Whether a capitalised token may be split: it is more likely a name ("Malta").

    Only "Hesaid"-like tokens (a function word first) or two long common words
    ("Canadianprisoners") are split.
    """
    frequencies = word_frequencies()
    if left in _SENTENCE_OPENERS:
        return frequencies.get(right, 0) >= _MIN_CONTENT_FREQUENCY
    return all(
        len(p) >= 5 and frequencies.get(p, 0) >= _MIN_CONTENT_FREQUENCY for p in (left, right)
    )


def split_run_together(text: str) -> list[Insertion]:
    """Spaces to insert between words that ran together in ``text``.

    Only tokens that occur once, are not known words and split one clear way into two
    words are split: "asretaliation", "notconnected", "inXinjiang", "Hesaid".
    """
    tokens = _TOKEN.findall(text)
    unknown = {token for token in set(tokens) if not is_known(token.lower())}
    if not unknown:
        return []
    counts = Counter(token for token in tokens if token in unknown)
    inserts: list[Insertion] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token not in unknown or counts[token] > 1:
            continue
        camel = _CAMEL.search(token)
        if camel is not None:
            head = token[: camel.start()]
            # "inXinjiang", "ofChinese": a lower-case word runs into a capitalised one
            if head.islower() and (head in FUNCTION_WORDS or is_known(head)):
                inserts.append((match.start() + len(head), " "))
            continue
        if not (token.islower() or token.istitle()):
            continue
        pair = best_split(token.lower())
        if pair is not None and (token.islower() or _capitalised_pair_ok(*pair)):
            inserts.append((match.start() + len(pair[0]), " "))
    return inserts


# Where a lower-case letter meets a figure, or a figure a lower-case letter: rare, so the
# words around each meeting are read in Python.
_LETTER_FIGURE = re.compile(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")
_MAX_GLUED_WORD = 20
_MAX_GLUED_FIGURE = 6


def _run(text: str, start: int, end: int, step: int, accept: Callable[[str], bool]) -> int:
    """How far a run of characters passing ``accept`` goes from ``start`` by ``step``."""
    position = start
    while position != end and accept(text[position]):
        position += step
    return position


def _is_lower(char: str) -> bool:
    return "a" <= char <= "z"


def _is_figure(char: str) -> bool:
    return "0" <= char <= "9"


def _is_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def split_glued_numbers(text: str) -> list[Insertion]:
    """Spaces between a common word and a figure that ran together ("get57", "57countries").

    Codes that mix letters and figures ("G7", "COVID-19", "1990s", "10am") are left alone:
    only a lower-case common word counts.
    """
    frequencies = word_frequencies()
    inserts: list[Insertion] = []
    for match in _LETTER_FIGURE.finditer(text):
        at = match.start()
        if _is_figure(text[at]):  # a word, then figures: "get57"
            word_start = _run(text, at - 1, -1, -1, _is_lower) + 1
            if word_start > 0 and _is_alnum(text[word_start - 1]):
                continue
            word = text[word_start:at]
            if 2 <= len(word) <= _MAX_GLUED_WORD and (
                word in FUNCTION_WORDS or frequencies.get(word, 0) >= _MIN_CONTENT_FREQUENCY
            ):
                inserts.append((at, " "))
        else:  # figures, then a word: "57countries"
            figure_start = _run(text, at - 1, -1, -1, _is_figure) + 1
            word_end = _run(text, at, len(text), 1, _is_lower)
            if (figure_start > 0 and _is_alnum(text[figure_start - 1])) or (
                word_end < len(text) and _is_alnum(text[word_end])
            ):
                continue
            word = text[at:word_end]
            if (
                at - figure_start <= _MAX_GLUED_FIGURE
                and 3 <= len(word) <= _MAX_GLUED_WORD
                and frequencies.get(word, 0) >= _MIN_CONTENT_FREQUENCY
            ):
                inserts.append((at, " "))
    return inserts
