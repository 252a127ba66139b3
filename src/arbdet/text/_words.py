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
from importlib import resources

from ._normalize import Insertion

_TOKEN = re.compile(r"[A-Za-z]{4,40}")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# How much likelier the best split must be than the runner-up (natural log).
_MARGIN = math.log(50.0)
_MIN_FREQUENCY = 150
_MIN_CONTENT_FREQUENCY = 5000
_MIN_CAPITALISED_PIECE = (
    5  # letters in each part of a split capitalised token ("Canadianprisoners")
)
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
    for suffix in _SUFFIXES:
        if (
            word.endswith(suffix)
            and len(word) - len(suffix) >= 3
            and word[: -len(suffix)] in frequencies
        ):
            return True
    return False


@functools.cache
def _pieces() -> frozenset[str]:
    """Words a run-together token may be split into: function words and common words."""
    frequent = (w for w, n in word_frequencies().items() if len(w) >= 3 and n >= _MIN_FREQUENCY)
    return FUNCTION_WORDS | frozenset(frequent)


@functools.cache
def _content_words() -> frozenset[str]:
    """Common words long and frequent enough to split a token into two of them."""
    return frozenset(
        w for w, n in word_frequencies().items() if len(w) >= 4 and n >= _MIN_CONTENT_FREQUENCY
    )


def _pair_ok(left: str, right: str) -> bool:
    if left in FUNCTION_WORDS or right in FUNCTION_WORDS:
        return True
    content = _content_words()
    return left in content and right in content


def best_split(word: str) -> tuple[str, str] | None:
    """The split of a lower-case ``word`` into two words, if one is clearly the likeliest."""
    frequencies = word_frequencies()
    pieces = _pieces()
    scored = sorted(
        (
            (math.log(frequencies.get(word[:i], 1)) + math.log(frequencies.get(word[i:], 1)), i)
            for i in range(1, len(word))
            if word[:i] in pieces and word[i:] in pieces and _pair_ok(word[:i], word[i:])
        ),
        reverse=True,
    )
    if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < _MARGIN):
        return None
    cut = scored[0][1]
    return word[:cut], word[cut:]


_LONGEST_OPENER = max(map(len, _SENTENCE_OPENERS))
# Words that do not follow an opener in run-together text, but end names: "Soto", "Ifan".
_NEVER_AFTER_OPENER = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "if",
        "in",
        "nor",
        "of",
        "on",
        "or",
        "so",
        "than",
        "to",
        "with",
    ]
)


def _may_split_capitalised(word: str) -> bool:
    """Whether some split of a capitalised token could pass :func:`_capitalised_pair_ok`.

    A cheap test that spares most names ("Gershkovich") the search for a best split.
    """
    content = _content_words()
    frequencies = word_frequencies()
    for cut in range(1, min(len(word), _LONGEST_OPENER + 1)):
        if (
            word[:cut] in _SENTENCE_OPENERS
            and frequencies.get(word[cut:], 0) >= _MIN_CONTENT_FREQUENCY
        ):
            return True
    return any(
        word[:cut] in content and word[cut:] in content
        for cut in range(_MIN_CAPITALISED_PIECE, len(word) - _MIN_CAPITALISED_PIECE + 1)
    )


def _capitalised_pair_ok(left: str, right: str) -> bool:
    """Whether a capitalised token may be split: it is more likely a name ("Malta").

    Only "Hesaid"-like tokens (a function word first, then a common word that can follow
    it: "Inthe" but not "Soto") or two long common words ("Canadianprisoners") are split.
    """
    frequencies = word_frequencies()
    if left in _SENTENCE_OPENERS:
        if right in _NEVER_AFTER_OPENER:
            return False  # "Soto", "Ifan", "Butto" are names, not "so to", "if an"
        return frequencies.get(right, 0) >= _MIN_CONTENT_FREQUENCY
    return all(
        len(p) >= _MIN_CAPITALISED_PIECE and frequencies.get(p, 0) >= _MIN_CONTENT_FREQUENCY
        for p in (left, right)
    )


def split_run_together(text: str) -> list[Insertion]:
    """Spaces to insert between words that ran together in ``text``.

    Only tokens that occur once, are not known words and split one clear way into two
    words are split: "asretaliation", "notconnected", "inXinjiang", "Hesaid".
    """
    counts = Counter(_TOKEN.findall(text))
    frequencies = word_frequencies()
    unknown = {
        token
        for token, count in counts.items()
        if count == 1 and token.lower() not in frequencies and not is_known(token.lower())
    }
    if not unknown:
        return []
    inserts: list[Insertion] = []
    for token in sorted(unknown):
        at = _find_word(text, token)
        if at < 0:
            continue  # part of a run of letters too long to be one token
        camel = _CAMEL.search(token)
        if camel is not None:
            head = token[: camel.start()]
            # "inXinjiang", "ofChinese": a lower-case word runs into a capitalised one
            if head.islower() and (head in FUNCTION_WORDS or is_known(head)):
                inserts.append((at + len(head), " "))
            continue
        if not (token.islower() or (token.istitle() and _may_split_capitalised(token.lower()))):
            continue
        pair = best_split(token.lower())
        if pair is not None and (token.islower() or _capitalised_pair_ok(*pair)):
            inserts.append((at + len(pair[0]), " "))
    return inserts


def _find_word(text: str, word: str) -> int:
    """Where ``word`` stands in ``text`` as a whole run of letters, or -1."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _is_letter(text[at - 1])) and not (
            end < len(text) and _is_letter(text[end])
        ):
            return at
        at = text.find(word, at + 1)
    return -1


def _is_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


# A figure with a lower-case letter right before or after it: where a word and a run of
# figures may have run together (rare in text, so the run around each is read in Python).
_GLUED_FIGURE = re.compile(r"[0-9](?:(?<=[a-z][0-9])|(?=[a-z]))")
_MAX_GLUED_WORD = 20
_MAX_GLUED_FIGURE = 6


def _lower_run(text: str, start: int, step: int) -> int:
    """Where the run of ASCII lower-case letters from ``start`` stops, going by ``step``."""
    position = start
    while 0 <= position < len(text) and "a" <= text[position] <= "z":
        position += step
    return position


def _is_alnum(text: str, position: int) -> bool:
    return 0 <= position < len(text) and text[position].isascii() and text[position].isalnum()


def split_glued_numbers(text: str) -> list[Insertion]:
    """Spaces between a common word and a figure that ran together ("get57", "57countries").

    Codes that mix letters and figures ("G7", "COVID-19", "1990s", "10am") are left alone:
    only a lower-case common word counts.
    """
    frequencies = word_frequencies()
    inserts: list[Insertion] = []
    for at, end in _figure_runs(text):
        word_start = _lower_run(text, at - 1, -1) + 1
        if word_start < at and not _is_alnum(text, word_start - 1):  # a word, then figures
            word = text[word_start:at]
            if 2 <= len(word) <= _MAX_GLUED_WORD and (
                word in FUNCTION_WORDS or frequencies.get(word, 0) >= _MIN_CONTENT_FREQUENCY
            ):
                inserts.append((at, " "))
        word_end = _lower_run(text, end, 1)
        if word_end > end and not _is_alnum(text, word_end) and not _is_alnum(text, at - 1):
            word = text[end:word_end]  # figures, then a word
            if (
                end - at <= _MAX_GLUED_FIGURE
                and 3 <= len(word) <= _MAX_GLUED_WORD
                and frequencies.get(word, 0) >= _MIN_CONTENT_FREQUENCY
            ):
                inserts.append((end, " "))
    return inserts


def _figure_runs(text: str) -> list[tuple[int, int]]:
    """The runs of figures with a lower-case letter right before or after them, in order."""
    runs: list[tuple[int, int]] = []
    for match in _GLUED_FIGURE.finditer(text):
        if runs and match.start() < runs[-1][1]:
            continue  # the same run, touching a letter on both sides
        at, end = match.span()
        while at > 0 and "0" <= text[at - 1] <= "9":
            at -= 1
        while end < len(text) and "0" <= text[end] <= "9":
            end += 1
        runs.append((at, end))
    return runs
