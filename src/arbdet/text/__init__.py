"""The text layer: a source's body normalised and segmented, with offsets kept.

:class:`Document` is what every extractor reads; its offsets map back to the source.
"""

from ._document import Document, Paragraph, Sentence
from ._offsets import OffsetMap

__all__ = ["Document", "OffsetMap", "Paragraph", "Sentence"]
