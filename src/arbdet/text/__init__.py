"""The document layer: a source read once into the view every extractor shares.

:class:`Document` holds the normalised text (with an :class:`OffsetMap` back to the
source), paragraphs, sentences, one tokenisation (:class:`Tokens`), quotation regions and
the span layers taggers add (:class:`Layer`, named by a typed :class:`LayerKey`).
"""

from ._document import DEFAULT_SPLITTERS, Document
from ._layers import FactKey, Layer, LayerKey, Spanned
from ._offsets import OffsetMap
from ._quotations import Quotation, reports_speech, word_count
from ._segment import Paragraph, Sentence
from ._tokens import TOKEN_PATTERN, Tokens, occurrences, tokenize

__all__ = [
    "DEFAULT_SPLITTERS",
    "TOKEN_PATTERN",
    "Document",
    "FactKey",
    "Layer",
    "LayerKey",
    "OffsetMap",
    "Paragraph",
    "Quotation",
    "Sentence",
    "Spanned",
    "Tokens",
    "occurrences",
    "reports_speech",
    "tokenize",
    "word_count",
]
