r"""A small token-pattern language: rules as data, matched over a document's tokens.

A pattern is a sequence of elements, each matching one or more tokens of a
:class:`~arbdet.text.Document`:

==================  ===============================================================
``said``            a token whose lower-case text is ``said`` (punctuation too: ``,``)
``@speech``         a token (or a phrase of tokens) of the word class ``speech``
``PERSON``          a whole mention of the layer labelled ``PERSON``
``CAP``             a token passing the predicate ``CAP`` (capitalised word)
``/\d{4}/``          a token whose text matches the regular expression entirely
``!@be``            one token that does *not* match the element after ``!``
``(a | b c)``       one of the alternatives, tried in order
``x?``              ``x`` or nothing; ``x{2}``, ``x{0,3}``: bounded repetition
``...``             a gap of up to four tokens, shortest first; ``...{0,8}`` bounded
``who=PERSON``      a capture: the tokens the element matched, under a name
==================  ===============================================================

Repetition is always bounded, and a pattern is only tried at tokens that can begin it
(indexed by their words and layers), within one sentence, so matching stays linear in
the text. A reader that already knows where its rules must hold (a trigger word found by
the gate) asks :meth:`RuleSet.anchored` for the rules whose capture ``verb`` (or another
named capture) is exactly those tokens: each rule is tried only at the few tokens before
the anchor where it can begin, so no sentence is scanned token by token.

Word classes, layer labels and predicates are supplied by the reader that compiles the
rules (:class:`Vocabulary`); the rules themselves live in TSV tables beside
the vocabularies (``id<TAB>pattern[<TAB>key=value...]``), and each rule's id goes into the
``extractor`` of the evidence of every fact it makes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from .. import data
from ..errors import ArbdetError
from ..text import Document, Layer, LayerKey, tokenize

__all__ = [
    "DEFAULT_GAP",
    "MAX_MENTION",
    "MAX_REPEAT",
    "Anchor",
    "Match",
    "Pattern",
    "PatternError",
    "Predicate",
    "Rule",
    "RuleSet",
    "Vocabulary",
    "load_rules",
    "word_classes",
]

DEFAULT_GAP = 4
"""How many tokens a bare ``...`` may skip: about a short adverbial ("on Monday night")."""

MAX_REPEAT = 12
"""The largest bound a repetition may have; it keeps the work at each token constant."""

MAX_MENTION = 8
"""How many tokens a layer mention is taken to span at most when :meth:`RuleSet.anchored`
works out where a rule can begin before its anchor (a person's full name with a title);
a longer mention before an anchor is not tried there."""

_ACTIVE_MEMORY = 4096  # sets of needed words whose rules a rule set remembers

Predicate = Callable[[Document, int], bool]
"""A test of token ``i`` of a document."""


class PatternError(ArbdetError):
    """A pattern that cannot be compiled: the rule, the position and what is wrong."""


@attrs.frozen
class Vocabulary:
    """What names in patterns mean: word classes, layer labels and token predicates.

    ``classes`` map a class name to its members, each a tuple of lower-case tokens;
    ``layers`` map an upper-case label to the layer it matches; ``predicates`` map an
    upper-case name to a token test.
    """

    classes: Mapping[str, frozenset[tuple[str, ...]]] = attrs.field(factory=dict)
    layers: Mapping[str, LayerKey[Layer[Any]]] = attrs.field(factory=dict)
    predicates: Mapping[str, Predicate] = attrs.field(factory=dict)


def _is_capitalised(doc: Document, index: int) -> bool:
    return doc.tokens.text[index][:1].isupper()


def _is_word(doc: Document, index: int) -> bool:
    return doc.tokens.text[index][:1].isalpha()


def _is_number(doc: Document, index: int) -> bool:
    return doc.tokens.text[index][:1].isdigit()


def _is_punctuation(doc: Document, index: int) -> bool:
    return not doc.tokens.text[index][:1].isalnum()


def _any(doc: Document, index: int) -> bool:
    return True


BUILTIN_PREDICATES: Mapping[str, Predicate] = {
    "ANY": _any,
    "CAP": _is_capitalised,
    "WORD": _is_word,
    "NUM": _is_number,
    "PUNCT": _is_punctuation,
}
"""Predicates every pattern may use: ``ANY``, ``CAP``, ``WORD``, ``NUM``, ``PUNCT``."""


# ----------------------------------------------------------------------------- matching

Captures = tuple[tuple[str, int, int], ...]


class _State:
    """What matching needs at hand: the document, its layers, and where to stop.

    A plain class, not an attrs one: one is made each time rules are tried.
    """

    __slots__ = ("doc", "layers", "lower", "stop")

    def __init__(
        self, doc: Document, lower: list[str], layers: Mapping[str, Layer[Any]], stop: int
    ) -> None:
        self.doc, self.lower, self.layers, self.stop = doc, lower, layers, stop


class _Node:
    """A compiled element: ``run`` yields every end (and captures) from token ``index``.

    An element that can match in one way only (``single``: a word, a predicate, a layer's
    mention...) also has ``step``, which gives its one end or -1, so sequences and
    repetitions of them are matched in a loop rather than through nested generators.
    """

    __slots__ = ()
    single = False

    def run(self, state: _State, index: int, caps: Captures) -> Iterator[tuple[int, Captures]]:
        raise NotImplementedError

    def step(self, state: _State, index: int) -> int:
        """The end of the one match at ``index``, or -1 (only for ``single`` elements)."""
        raise NotImplementedError

    def covers(self, state: _State, index: int, end: int) -> bool:
        """Whether the element can match exactly tokens ``[index, end)``."""
        return any(finish == end for finish, _ in self.run(state, index, ()))

    def firsts(self) -> frozenset[str] | None:
        """Lower-case words that can begin a match; ``None`` if not only words can."""
        return None

    def layer_firsts(self) -> frozenset[str]:
        """Layer labels that can begin a match."""
        return frozenset()

    def nullable(self) -> bool:
        """Whether the element can match no token at all."""
        return False

    def needs(self) -> tuple[frozenset[str], ...]:
        """Sets of lower-case words: every match holds a word of each set."""
        return ()

    def lengths(self) -> tuple[int, int]:
        """The fewest and the most tokens the element can match."""
        return 1, 1


class _Single(_Node):
    """An element that matches in one way at most: ``run`` is made of ``step``."""

    __slots__ = ()
    single = True

    def run(self, state: _State, index: int, caps: Captures) -> Iterator[tuple[int, Captures]]:
        end = self.step(state, index)
        if end >= 0:
            yield end, caps

    def covers(self, state: _State, index: int, end: int) -> bool:
        return self.step(state, index) == end


class _Word(_Single):
    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word

    def step(self, state: _State, index: int) -> int:
        return index + 1 if index < state.stop and state.lower[index] == self.word else -1

    def firsts(self) -> frozenset[str] | None:
        return frozenset({self.word})

    def needs(self) -> tuple[frozenset[str], ...]:
        return (frozenset({self.word}),)


class _Class(_Node):
    __slots__ = ("by_first", "members", "name", "single", "words")

    def __init__(self, name: str, members: frozenset[tuple[str, ...]]) -> None:
        self.name = name
        self.members = members
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for member in members:
            by_first.setdefault(member[0], []).append(member)
        self.by_first = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}
        # a class of single words matches in one way at most
        self.single = all(len(member) == 1 for member in members)
        self.words = frozenset(by_first)

    def step(self, state: _State, index: int) -> int:
        return index + 1 if index < state.stop and state.lower[index] in self.words else -1

    def run(self, state: _State, index: int, caps: Captures) -> Iterator[tuple[int, Captures]]:
        if index >= state.stop:
            return
        for member in self.by_first.get(state.lower[index], ()):
            end = index + len(member)
            if end <= state.stop and tuple(state.lower[index:end]) == member:
                yield end, caps

    def covers(self, state: _State, index: int, end: int) -> bool:
        return index < end <= state.stop and tuple(state.lower[index:end]) in self.members

    def firsts(self) -> frozenset[str] | None:
        return frozenset(self.by_first)

    def needs(self) -> tuple[frozenset[str], ...]:
        return (frozenset(self.by_first),)

    def lengths(self) -> tuple[int, int]:
        sizes = [len(member) for members in self.by_first.values() for member in members]
        return min(sizes, default=1), max(sizes, default=1)


class _Layer(_Single):
    __slots__ = ("label",)

    def __init__(self, label: str) -> None:
        self.label = label

    def step(self, state: _State, index: int) -> int:
        layer = state.layers[self.label]
        number = layer.index_at(index)
        if number >= 0 and layer.first[number] == index and layer.stop[number] <= state.stop:
            return layer.stop[number]
        return -1

    def layer_firsts(self) -> frozenset[str]:
        return frozenset({self.label})

    def lengths(self) -> tuple[int, int]:
        return 1, MAX_MENTION


class _Test(_Single):
    __slots__ = ("test",)

    def __init__(self, test: Predicate) -> None:
        self.test = test

    def step(self, state: _State, index: int) -> int:
        return index + 1 if index < state.stop and self.test(state.doc, index) else -1


class _Regex(_Single):
    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def step(self, state: _State, index: int) -> int:
        matched = index < state.stop and self.pattern.fullmatch(state.doc.tokens.text[index])
        return index + 1 if matched else -1


class _Not(_Single):
    __slots__ = ("node",)

    def __init__(self, node: _Node) -> None:
        self.node = node

    def step(self, state: _State, index: int) -> int:
        if index >= state.stop:
            return -1
        node = self.node
        if node.single:  # one way to match: no generator to start
            return index + 1 if node.step(state, index) < 0 else -1
        return index + 1 if next(node.run(state, index, ()), None) is None else -1


class _Sequence(_Node):
    __slots__ = ("items", "one_way_from")

    def __init__(self, items: Sequence[_Node]) -> None:
        self.items = tuple(items)
        # from which position on every element matches in one way only
        self.one_way_from = len(self.items)
        while self.one_way_from > 0 and self.items[self.one_way_from - 1].single:
            self.one_way_from -= 1

    def run(self, state: _State, index: int, caps: Captures) -> Iterator[tuple[int, Captures]]:
        return self._from(0, state, index, caps)

    def _steps(
        self, position: int, state: _State, index: int, caps: Captures
    ) -> tuple[int, int, Captures]:
        """The one-way elements from ``position`` on, in a loop: where they stop, and how.

        Gives the position of the first element that branches (or the end of the
        sequence), the token reached and the captures; a position of -1 if one failed.
        """
        items = self.items
        while position < len(items) and items[position].single:  # one way: no branching
            item = items[position]
            end = item.step(state, index)
            if end < 0:
                return -1, index, caps
            if isinstance(item, _Capture):
                caps = (*caps, (item.name, index, end))
            index, position = end, position + 1
        return position, index, caps

    def _from(
        self, position: int, state: _State, index: int, caps: Captures
    ) -> Iterator[tuple[int, Captures]]:
        items = self.items
        position, index, caps = self._steps(position, state, index, caps)
        if position < 0:
            return
        if position == len(items):
            yield index, caps
            return
        branching = items[position].run(state, index, caps)
        if position + 1 == len(items):  # the last element: its ends are the sequence's
            yield from branching
        elif position + 1 >= self.one_way_from:  # one-way elements after it: a loop each
            for end, found in branching:
                reached, finish, taken = self._steps(position + 1, state, end, found)
                if reached >= 0:
                    yield finish, taken
        else:
            for end, found in branching:
                yield from self._from(position + 1, state, end, found)

    def firsts(self) -> frozenset[str] | None:
        words: set[str] = set()
        for item in self.items:
            first = item.firsts()
            if first is None and not item.layer_firsts():
                return None
            words |= first or set()
            if not item.nullable():
                return frozenset(words)
        return None  # every element may be empty: the pattern can begin anywhere

    def layer_firsts(self) -> frozenset[str]:
        labels: set[str] = set()
        for item in self.items:
            labels |= item.layer_firsts()
            if not item.nullable():
                break
        return frozenset(labels)

    def nullable(self) -> bool:
        return all(item.nullable() for item in self.items)

    def needs(self) -> tuple[frozenset[str], ...]:
        return tuple(found for item in self.items for found in item.needs())

    def lengths(self) -> tuple[int, int]:
        sizes = [item.lengths() for item in self.items]
        return sum(low for low, _ in sizes), sum(high for _, high in sizes)


class _Choice(_Node):
    __slots__ = ("options", "single")

    def __init__(self, options: Sequence[_Node]) -> None:
        self.options = tuple(options)
        # alternatives of one token each, none captured, end in one place only: the choice
        # matches in one way (its repeated ends would only be tried again to no new end)
        self.single = all(
            option.single and not isinstance(option, _Capture) and option.lengths() == (1, 1)
            for option in self.options
        )

    def step(self, state: _State, index: int) -> int:
        for option in self.options:
            end = option.step(state, index)
            if end >= 0:
                return end
        return -1

    def run(self, state: _State, index: int, caps: Captures) -> Iterator[tuple[int, Captures]]:
        if self.single:
            end = self.step(state, index)
            if end >= 0:
                yield end, caps
            return
        for option in self.options:
            yield from option.run(state, index, caps)

    def firsts(self) -> frozenset[str] | None:
        words: set[str] = set()
        for option in self.options:
            first = option.firsts()
            if first is None and not option.layer_firsts():
                return None
            words |= first or set()
        return frozenset(words)

    def layer_firsts(self) -> frozenset[str]:
        return frozenset().union(*(option.layer_firsts() for option in self.options))

    def nullable(self) -> bool:
        return any(option.nullable() for option in self.options)

    def needs(self) -> tuple[frozenset[str], ...]:
        # a word of the most telling set (the smallest) of whichever option matched
        needed = [option.needs() for option in self.options]
        if not all(needed):
            return ()
        return (frozenset().union(*(min(found, key=len) for found in needed)),)

    def lengths(self) -> tuple[int, int]:
        sizes = [option.lengths() for option in self.options]
        return min(low for low, _ in sizes), max(high for _, high in sizes)


class _Repeat(_Node):
    __slots__ = ("greedy", "high", "low", "node")

    def __init__(self, node: _Node, low: int, high: int, *, greedy: bool) -> None:
        self.node, self.low, self.high, self.greedy = node, low, high, greedy

    def run(self, state: _State, index: int, caps: Captures) -> Iterator[tuple[int, Captures]]:
        node = self.node
        if not node.single or isinstance(node, _Capture):
            return self._count(0, state, index, caps)
        # a repetition of a one-way element: its ends in a loop, longest or shortest first
        ends = [index]
        while len(ends) <= self.high:
            end = node.step(state, ends[-1])
            if end <= ends[-1]:
                break
            ends.append(end)
        kept = ends[self.low :]
        return ((end, caps) for end in (reversed(kept) if self.greedy else kept))

    def _count(
        self, done: int, state: _State, index: int, caps: Captures
    ) -> Iterator[tuple[int, Captures]]:
        if not self.greedy and done >= self.low:
            yield index, caps
        if done < self.high:
            for end, found in self.node.run(state, index, caps):
                if end > index:  # an empty repetition would loop without progress
                    yield from self._count(done + 1, state, end, found)
        if self.greedy and done >= self.low:
            yield index, caps

    def firsts(self) -> frozenset[str] | None:
        return self.node.firsts()

    def layer_firsts(self) -> frozenset[str]:
        return self.node.layer_firsts()

    def nullable(self) -> bool:
        return self.low == 0 or self.node.nullable()

    def needs(self) -> tuple[frozenset[str], ...]:
        return self.node.needs() if self.low > 0 else ()

    def lengths(self) -> tuple[int, int]:
        low, high = self.node.lengths()
        return self.low * low, self.high * high


class _Capture(_Node):
    __slots__ = ("name", "node", "single")

    def __init__(self, name: str, node: _Node) -> None:
        self.name, self.node = name, node
        self.single = node.single

    def step(self, state: _State, index: int) -> int:
        return self.node.step(state, index)

    def run(self, state: _State, index: int, caps: Captures) -> Iterator[tuple[int, Captures]]:
        for end, found in self.node.run(state, index, caps):
            yield end, (*found, (self.name, index, end))

    def firsts(self) -> frozenset[str] | None:
        return self.node.firsts()

    def layer_firsts(self) -> frozenset[str]:
        return self.node.layer_firsts()

    def nullable(self) -> bool:
        return self.node.nullable()

    def needs(self) -> tuple[frozenset[str], ...]:
        return self.node.needs()

    def lengths(self) -> tuple[int, int]:
        return self.node.lengths()


# ----------------------------------------------------------------------------- parsing

_LEXEME = re.compile(
    r"\s*(?:"
    r"(?P<gap>\.\.\.)"
    r"|(?P<regex>/(?:[^/\\]|\\.)+/)"
    r"|(?P<capture>[a-z_][a-z0-9_]*)="
    r"|(?P<class>@[a-z_][a-z0-9_]*)"
    r"|(?P<name>[A-Z][A-Z0-9_]*)\b"
    r"|(?P<quant>\?|\{\d+(?:,\d+)?\})"
    r"|(?P<open>\()|(?P<close>\))|(?P<bar>\|)|(?P<bang>!)"
    r"|(?P<word>[^\s()|?{}!]+)"
    r")"
)


class _Parser:
    """Recursive descent over the lexemes of one pattern."""

    def __init__(self, source: str, rule: str, vocabulary: Vocabulary) -> None:
        self.source, self.rule, self.vocabulary = source, rule, vocabulary
        self.lexemes: list[tuple[str, str, int]] = []
        position = 0
        text = source.rstrip()
        while position < len(text):
            match = _LEXEME.match(text, position)
            if match is None or match.lastgroup is None:
                raise self.error(position, "cannot read the pattern here")
            self.lexemes.append((match.lastgroup, match.group(match.lastgroup), match.start()))
            position = match.end()
        self.at = 0

    def error(self, position: int, why: str) -> PatternError:
        shown = self.source[:position] + " ⟨here⟩ " + self.source[position:]
        return PatternError(f"rule {self.rule!r}: {why}: {shown.strip()}")

    def peek(self) -> tuple[str, str, int] | None:
        return self.lexemes[self.at] if self.at < len(self.lexemes) else None

    def peek_kind(self) -> str | None:
        lexeme = self.peek()
        return None if lexeme is None else lexeme[0]

    def take(self) -> tuple[str, str, int]:
        lexeme = self.lexemes[self.at]
        self.at += 1
        return lexeme

    def position(self) -> int:
        lexeme = self.peek()
        return len(self.source) if lexeme is None else lexeme[2]

    def parse(self) -> _Node:
        node = self.choice()
        if self.peek() is not None:
            raise self.error(self.position(), "unexpected text")
        return node

    def choice(self) -> _Node:
        options = [self.sequence()]
        while self.peek_kind() == "bar":
            self.take()
            options.append(self.sequence())
        return options[0] if len(options) == 1 else _Choice(options)

    def sequence(self) -> _Node:
        items: list[_Node] = []
        while self.peek_kind() not in (None, "bar", "close"):
            items.append(self.item())
        if not items:
            raise self.error(self.position(), "an empty alternative")
        return items[0] if len(items) == 1 else _Sequence(items)

    def item(self) -> _Node:
        name = self.take()[1] if self.peek_kind() == "capture" else None
        if self.peek() is None:
            raise self.error(self.position(), "a capture of nothing")
        node = self.quantified()
        return node if name is None else _Capture(name, node)

    def quantified(self) -> _Node:
        kind, text, position = self.take()
        node: _Node
        if kind == "gap":
            low, high = 0, DEFAULT_GAP
            following = self.peek()
            if following is not None and following[0] == "quant" and following[1] != "?":
                low, high = self.bounds(self.take())
            return _Repeat(_Test(_any), low, high, greedy=False)
        node = self.atom(kind, text, position)
        following = self.peek()
        if following is not None and following[0] == "quant":
            low, high = self.bounds(self.take())
            node = _Repeat(node, low, high, greedy=True)
        return node

    def bounds(self, lexeme: tuple[str, str, int]) -> tuple[int, int]:
        _, text, position = lexeme
        if text == "?":
            return 0, 1
        numbers = [int(n) for n in text.strip("{}").split(",")]
        low, high = numbers[0], numbers[-1]
        if low > high or high > MAX_REPEAT or high == 0:
            raise self.error(position, f"repetition {text} must be within {{0,{MAX_REPEAT}}}")
        return low, high

    def atom(self, kind: str, text: str, position: int) -> _Node:
        build = _ATOMS.get(kind)
        if build is None:
            raise self.error(position, f"unexpected {text!r}")
        return build(self, text, position)

    def word(self, text: str, position: int) -> _Node:
        words = tokenize(text)
        if len(words) != 1:
            raise self.error(position, f"{text!r} is {len(words)} tokens; write them apart")
        return _Word(text.lower())

    def word_class(self, text: str, position: int) -> _Node:
        members = self.vocabulary.classes.get(text[1:])
        if members is None:
            raise self.error(position, f"unknown word class {text}")
        return _Class(text[1:], members)

    def name(self, text: str, position: int) -> _Node:
        """A layer's label or a predicate's name."""
        if text in self.vocabulary.layers:
            return _Layer(text)
        test = self.vocabulary.predicates.get(text) or BUILTIN_PREDICATES.get(text)
        if test is None:
            raise self.error(position, f"unknown layer or predicate {text}")
        return _Test(test)

    def regex(self, text: str, position: int) -> _Node:
        try:
            return _Regex(re.compile(text[1:-1]))
        except re.error as error:
            raise self.error(position, f"bad regular expression {text}: {error}") from None

    def negation(self, text: str, position: int) -> _Node:
        if self.peek() is None:
            raise self.error(position, "nothing after !")
        inner = self.atom(*self.take())
        if not isinstance(inner, (_Word, _Class, _Test, _Regex)):
            raise self.error(position, "! applies to one token: a word, class or predicate")
        return _Not(inner)

    def group(self, text: str, position: int) -> _Node:
        node = self.choice()
        if self.peek_kind() != "close":
            raise self.error(position, "an unclosed (")
        self.take()
        return node


_ATOMS: Mapping[str, Callable[[_Parser, str, int], _Node]] = {
    "word": _Parser.word,
    "class": _Parser.word_class,
    "name": _Parser.name,
    "regex": _Parser.regex,
    "bang": _Parser.negation,
    "open": _Parser.group,
}
"""How the parser reads an atom of each kind of lexeme."""


# ----------------------------------------------------------------------------- rules


_Split = tuple[_Node | None, _Capture, _Node | None]  # before a capture, the capture, after it


@attrs.frozen
class Anchor:
    """Where a pattern's top-level capture stands: how many tokens come before it.

    ``before`` is the fewest and the most tokens the elements before the capture can
    match; ``words`` and ``labels`` what can begin the capture itself.
    """

    name: str
    before: tuple[int, int]
    words: frozenset[str] | None
    labels: frozenset[str]


@attrs.frozen
class Pattern:
    """A compiled pattern: its source text, the tokens that can begin it, and the words it needs.

    ``needed`` are sets of words: every match holds a word of each set, so a rule is only
    tried in a stretch of text that holds one of each.

    ``anchors`` describe its top-level captures, for :meth:`RuleSet.anchored`, and
    ``splits`` cut it around them (see :func:`_splits`).

    ``after_mention``, for a pattern that opens with one layer's mention, holds the words
    one of which must follow that mention (``None`` when anything may).
    """

    source: str
    node: _Node = attrs.field(repr=False)
    words: frozenset[str] | None = attrs.field(repr=False)
    labels: frozenset[str] = attrs.field(repr=False)
    needed: tuple[frozenset[str], ...] = attrs.field(default=(), repr=False)
    anchors: Mapping[str, Anchor] = attrs.field(repr=False, factory=dict)
    splits: Mapping[str, _Split] = attrs.field(repr=False, factory=dict)
    after_mention: frozenset[str] | None = attrs.field(default=None, repr=False)

    @classmethod
    def compile(cls, source: str, vocabulary: Vocabulary, rule: str = "?") -> Pattern:
        """Compile ``source``; a :class:`PatternError` says what is wrong and where."""
        node = _Parser(source, rule, vocabulary).parse()
        if node.nullable():
            raise PatternError(f"rule {rule!r}: the pattern can match no token: {source}")
        words = node.firsts()
        labels = node.layer_firsts()
        return cls(
            source,
            node,
            words,
            labels,
            node.needs(),
            _anchors(node),
            _splits(node),
            _after_mention(node),
        )


def _after_mention(node: _Node) -> frozenset[str] | None:
    """The words one of which follows the layer mention that opens a pattern, if known."""
    if not isinstance(node, _Sequence):
        return None
    head = node.items[0].node if isinstance(node.items[0], _Capture) else node.items[0]
    if not isinstance(head, _Layer):
        return None
    rest = node.items[1:]
    tail = rest[0] if len(rest) == 1 else _Sequence(rest)
    words = tail.firsts()
    return words if words and not tail.layer_firsts() else None


def _anchors(node: _Node) -> dict[str, Anchor]:
    """The top-level captures of a pattern and the tokens that can stand before each."""
    items = node.items if isinstance(node, _Sequence) else (node,)
    found: dict[str, Anchor] = {}
    low = high = 0
    for item in items:
        if isinstance(item, _Capture) and item.name not in found:
            found[item.name] = Anchor(item.name, (low, high), item.firsts(), item.layer_firsts())
        shortest, longest = item.lengths()
        low, high = low + shortest, high + longest
    return found


@attrs.frozen(eq=False)
class Rule:
    """A pattern with an id (the evidence's ``extractor``) and the values it gives."""

    id: str
    pattern: Pattern
    values: Mapping[str, str] = attrs.field(factory=dict)

    def value(self, key: str, default: str = "") -> str:
        """One of the rule's values (``kind=release`` gives ``value("kind") == "release"``)."""
        return self.values.get(key, default)


@attrs.frozen
class Match:
    """Where a rule matched: tokens ``[first, stop)`` and its captures by name."""

    rule: Rule
    first: int
    stop: int
    captures: Mapping[str, tuple[int, int]]

    def get(self, name: str) -> tuple[int, int] | None:
        """The tokens ``[first, stop)`` captured under ``name``, if it took part."""
        return self.captures.get(name)


class RuleSet:
    """Rules indexed by the words and layers that can begin them."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        seen: set[str] = set()
        self._by_word: dict[str, list[Rule]] = {}
        self._by_label: dict[str, list[Rule]] = {}
        self._anywhere: list[Rule] = []
        for rule in self.rules:
            if rule.id in seen:
                raise PatternError(f"rule id {rule.id!r} is used twice")
            seen.add(rule.id)
            words, labels = rule.pattern.words, rule.pattern.labels
            if words is None:
                self._anywhere.append(rule)
                continue
            for word in words:
                self._by_word.setdefault(word, []).append(rule)
            for label in labels:
                self._by_label.setdefault(label, []).append(rule)
        self.labels = frozenset(self._by_label)
        self._order = {rule: number for number, rule in enumerate(self.rules)}
        # the candidates for each word and set of layers beginning there, as first needed
        self._candidates: dict[tuple[str, tuple[str, ...]], list[Rule]] = {}
        # each rule under the words of its most telling needed set (the smallest)
        self._unconditional = [rule for rule in self.rules if not rule.pattern.needed]
        self._by_needed: dict[str, list[Rule]] = {}
        for rule in self.rules:
            if rule.pattern.needed:
                for word in min(rule.pattern.needed, key=len):
                    self._by_needed.setdefault(word, []).append(rule)
        self._needed_words = frozenset(self._by_needed)
        # every word of every needed set: the rules a stretch activates depend on these alone
        self._telling = frozenset(
            word for rule in self.rules for needed in rule.pattern.needed for word in needed
        )
        self._active_by_words: dict[frozenset[str], list[Rule]] = {}
        self._anchored: dict[str, tuple[dict[str, list[Rule]], list[Rule]]] = {}
        self._last_telling: tuple[frozenset[str] | None, frozenset[str]] = (None, frozenset())
        self._anchored_by_words: dict[
            tuple[str, str, frozenset[str] | None], list[tuple[Rule, Pattern, int, int]]
        ] = {}

    def __len__(self) -> int:
        return len(self.rules)

    def __repr__(self) -> str:
        return f"<RuleSet of {len(self.rules)} rules>"

    def candidates(self, doc: Document, layers: Mapping[str, Layer[Any]], index: int) -> list[Rule]:
        """The rules that may begin at token ``index``, in table order."""
        word = doc.tokens.lower[index]
        labels = tuple(
            label
            for label in self.labels
            if (number := layers[label].index_at(index)) >= 0
            and layers[label].first[number] == index
        )
        key = (word if word in self._by_word else "", labels)
        found = self._candidates.get(key)
        if found is None:
            rules = [*self._by_word.get(word, ()), *self._anywhere]
            for label in labels:
                rules.extend(self._by_label[label])
            found = sorted(set(rules), key=self._order.__getitem__)
            self._candidates[key] = found
        return found

    def match_at(
        self,
        doc: Document,
        index: int,
        stop: int,
        layers: Mapping[str, Layer[Any]],
        *,
        end: int | None = None,
    ) -> Iterator[Match]:
        """Each rule's first match beginning at token ``index``, in table order.

        No match runs past ``stop``; given ``end``, only a match that ends exactly there
        counts (the reading of a construction that must reach a given token).
        """
        state = _State(doc, doc.tokens.lower, layers, stop)
        for rule in self.candidates(doc, layers, index):
            for finish, caps in rule.pattern.node.run(state, index, ()):
                if finish > index and (end is None or finish == end):
                    yield Match(rule, index, finish, {name: (a, b) for name, a, b in caps})
                    break

    def _active(self, present: set[str]) -> list[Rule]:
        """The rules whose needed words all stand among ``present``, in table order.

        Remembered by the needed words present, which alone decide it (a stretch of text
        holds few of them, so the same few sets come back sentence after sentence).
        """
        telling = self._telling.intersection(present)
        found = self._active_by_words.get(telling)
        if found is None:
            if len(self._active_by_words) >= _ACTIVE_MEMORY:
                self._active_by_words.clear()
            found = self._active_by_words[telling] = self._activated(telling)
        return found

    def _activated(self, present: frozenset[str]) -> list[Rule]:
        found = set(self._unconditional)
        for word in present & self._needed_words:
            found.update(self._by_needed[word])
        return sorted(
            (r for r in found if all(not w.isdisjoint(present) for w in r.pattern.needed)),
            key=self._order.__getitem__,
        )

    def scan(
        self, doc: Document, first: int, stop: int, layers: Mapping[str, Layer[Any]]
    ) -> Iterator[Match]:
        """Every rule's match beginning in tokens ``[first, stop)``, left to right.

        At each token a rule gives its first match (greedy elements prefer longer ones);
        matches may overlap, and none runs past ``stop``. A rule is tried only if the
        stretch holds the words it needs, and only at the tokens where its first element
        can match (found with one membership test a token, or from a layer's mentions).
        """
        lower = doc.tokens.lower
        active = self._active(set(lower[first:stop]))
        if not active:
            return
        mentions: dict[str, range] = {}  # the numbers of each layer's mentions in the stretch
        tries: list[tuple[int, int]] = []
        for number, rule in enumerate(active):
            words = rule.pattern.words
            if words is None:
                tries += ((index, number) for index in range(first, stop))
                continue
            if words:
                tries += ((i, number) for i in range(first, stop) if lower[i] in words)
            for label in rule.pattern.labels:
                if label not in mentions:
                    starts = layers[label].first
                    mentions[label] = range(bisect_left(starts, first), bisect_left(starts, stop))
                starts, ends = layers[label].first, layers[label].stop
                after = rule.pattern.after_mention
                tries += (
                    (starts[m], number)
                    for m in mentions[label]
                    if after is None or (ends[m] < stop and lower[ends[m]] in after)
                )
        state = _State(doc, lower, layers, stop)
        for index, number in sorted(set(tries)):
            rule = active[number]
            for end, caps in rule.pattern.node.run(state, index, ()):
                if end > index:
                    yield Match(rule, index, end, {name: (a, b) for name, a, b in caps})
                    break

    def _anchor_index(self, name: str) -> tuple[dict[str, list[Rule]], list[Rule]]:
        """Rules with a top-level capture ``name``: by the words that can begin it, and the rest."""
        index = self._anchored.get(name)
        if index is None:
            by_word: dict[str, list[Rule]] = {}
            others: list[Rule] = []
            for rule in self.rules:
                anchor = rule.pattern.anchors.get(name)
                if anchor is None:
                    continue
                if anchor.words is None or anchor.labels:
                    others.append(rule)
                    continue
                for word in anchor.words:
                    by_word.setdefault(word, []).append(rule)
            index = self._anchored[name] = (by_word, others)
        return index

    def anchored(
        self,
        doc: Document,
        layers: Mapping[str, Layer[Any]],
        sentence: tuple[int, int],
        anchor: tuple[int, int],
        name: str = "verb",
        *,
        present: frozenset[str] | None = None,
    ) -> Iterator[Match]:
        """The match of every rule whose capture ``name`` is exactly the tokens ``anchor``.

        ``sentence`` bounds the match (tokens ``[first, stop)``). Rules come in table
        order, each with its first such match (greedy elements prefer longer ones). A
        rule is tried only at the tokens before the anchor where it can begin, as far
        back as its elements before the capture can reach; given ``present``, the
        lower-case words of the sentence, only if the words it needs stand among them.
        """
        first, stop = sentence
        at, _ = anchor
        lower = doc.tokens.lower
        state = _State(doc, lower, layers, stop)
        can_begin = self._can_begin
        for rule, pattern, low, high in self._anchored_rules(name, lower[at], present):
            words, labels = pattern.words, pattern.labels
            for start in range(max(first, at - high), at - low + 1):
                if (
                    words is not None
                    and lower[start] not in words
                    and not (labels and can_begin(pattern, lower[start], layers, start))
                ):
                    continue  # the rule cannot begin here
                match = _anchored_match(rule, state, start, name, anchor)
                if match is not None:
                    yield match
                    break

    def _telling_of(self, present: frozenset[str]) -> frozenset[str]:
        """The needed words among ``present``.

        The last set asked about is remembered: a reader asks about one sentence's words
        once a trigger.
        """
        last = self._last_telling
        if last[0] is present:
            return last[1]
        telling = self._telling.intersection(present)
        self._last_telling = (present, telling)  # one assignment: a pair that belongs together
        return telling

    def _anchored_rules(
        self, name: str, word: str, present: frozenset[str] | None
    ) -> list[tuple[Rule, Pattern, int, int]]:
        """The rules to try on an anchor ``word``, in table order, with their reach before it.

        Remembered by the anchor's word and the needed words present, which alone decide
        it (the same few come back trigger after trigger).
        """
        telling = None if present is None else self._telling_of(present)
        key = (name, word, telling)
        found = self._anchored_by_words.get(key)
        if found is None:
            by_word, others = self._anchor_index(name)
            rules = by_word.get(word, [])
            if others:
                rules = sorted({*rules, *others}, key=self._order.__getitem__)
            if telling is not None:
                rules = [
                    r for r in rules if all(not w.isdisjoint(telling) for w in r.pattern.needed)
                ]
            if len(self._anchored_by_words) >= _ACTIVE_MEMORY:
                self._anchored_by_words.clear()
            found = self._anchored_by_words[key] = [
                (rule, rule.pattern, *rule.pattern.anchors[name].before) for rule in rules
            ]
        return found

    @staticmethod
    def _can_begin(
        pattern: Pattern, word: str, layers: Mapping[str, Layer[Any]], index: int
    ) -> bool:
        if pattern.words is None or word in pattern.words:
            return True
        for label in pattern.labels:
            layer = layers[label]
            number = layer.index_at(index)
            if number >= 0 and layer.first[number] == index:
                return True
        return False


def _anchored_match(
    rule: Rule, state: _State, start: int, name: str, anchor: tuple[int, int]
) -> Match | None:
    """The first match of ``rule`` from ``start`` whose capture ``name`` is ``anchor``."""
    split = rule.pattern.splits.get(name)
    if split is None:
        return _first_with(rule, state, start, name, anchor)
    prefix, capture, suffix = split
    at, stop = anchor
    ways = ((start, ()),) if prefix is None else prefix.run(state, start, ())
    for reached, caps in ways:
        if reached != at:
            continue  # the capture would begin elsewhere
        if not capture.node.covers(state, at, stop):
            continue
        taken = (*caps, (capture.name, at, stop))
        if suffix is None:
            return Match(rule, start, stop, {key: (a, b) for key, a, b in taken})
        for finish, found in suffix.run(state, stop, taken):
            return Match(rule, start, finish, {key: (a, b) for key, a, b in found})
    return None


def _first_with(
    rule: Rule, state: _State, start: int, name: str, anchor: tuple[int, int]
) -> Match | None:
    """:func:`_anchored_match` the general way: every match in turn, until one holds."""
    for end, caps in rule.pattern.node.run(state, start, ()):
        captures = {key: (a, b) for key, a, b in caps}
        if captures.get(name) == anchor:
            return Match(rule, start, end, captures)
    return None


def _splits(node: _Node) -> dict[str, _Split]:
    """The pattern cut around each top-level capture captured only once.

    For each name, the elements before the capture, the capture, and the elements after
    (``None`` where there are none). Matched in turn, the part before must end where an
    anchor begins and the capture must end where it ends, so no reading that puts the
    capture elsewhere is followed further. A name captured more than once has no cut
    (the last capture would count).
    """
    items = node.items if isinstance(node, _Sequence) else (node,)
    names = _captured(node)
    return {
        item.name: (_joined(items[:position]), item, _joined(items[position + 1 :]))
        for position, item in enumerate(items)
        if isinstance(item, _Capture)
        and names.count(item.name) == 1
        and not _captured(item.node)  # what it holds is all it records
    }


def _joined(items: Sequence[_Node]) -> _Node | None:
    """The elements as one: a sequence of them, the only one, or ``None``."""
    if not items:
        return None
    return items[0] if len(items) == 1 else _Sequence(items)


def _captured(node: _Node) -> list[str]:
    """The names of every capture in an element, nested ones too."""
    inner: tuple[_Node, ...] = ()
    if isinstance(node, _Sequence):
        inner = node.items
    elif isinstance(node, _Choice):
        inner = node.options
    elif isinstance(node, (_Repeat, _Not)):
        inner = (node.node,)
    elif isinstance(node, _Capture):
        return [node.name, *_captured(node.node)]
    return [name for item in inner for name in _captured(item)]


def word_classes(*tables: tuple[str, int, int]) -> dict[str, frozenset[tuple[str, ...]]]:
    """Word classes from data tables: ``(table, word column, class column)`` each.

    A member may be several words ("has been"); it is stored as its lower-case tokens.
    """
    classes: dict[str, set[tuple[str, ...]]] = {}
    for table, word_column, class_column in tables:
        for row in data.rows(table):
            member = tuple(word.lower() for word in tokenize(row[word_column]))
            if member:
                classes.setdefault(row[class_column], set()).add(member)
    return {name: frozenset(members) for name, members in classes.items()}


def load_rules(table: str, vocabulary: Vocabulary) -> RuleSet:
    """The rules of data table ``table``: ``id<TAB>pattern[<TAB>key=value ...]`` rows."""
    rules: list[Rule] = []
    for row in data.rows(table):
        if len(row) < 2:
            raise PatternError(f"{table}: the row {row!r} has no pattern")
        values: dict[str, str] = {}
        for field in row[2:]:
            for pair in field.split():
                key, equals, value = pair.partition("=")
                if not equals:
                    raise PatternError(f"{table}: rule {row[0]!r}: {pair!r} is not key=value")
                values[key] = value
        rules.append(Rule(row[0], Pattern.compile(row[1], vocabulary, row[0]), values))
    return RuleSet(rules)
