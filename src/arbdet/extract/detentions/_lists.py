"""People a list names after a header told without names.

Wire copy tells a many-party release as a header and a list, one person a line:

    Among those released by Russia were:
    - X, 32, a reporter who was arrested in March 2023 ...
    - Y and Z, a couple arrested in Slovenia ...

The header's event (a release, an arrest) has no people of its own and its sentence ends
with a colon; every paragraph after it that opens with a list mark (rule
``detention.list.item`` of ``rules.tsv``) and then a name gives that event to the people it
names first, with those joined to them ("Y and Z"). The event keeps the header's state and
date; the lines' own sentences tell the rest, and the state a line names is stronger than
the header's ("Among those released by Russia were: ... - X, sentenced to death in
Belarus").
"""

from __future__ import annotations

import attrs

from ...text import Sentence
from ._event import Event, Modality, Voice
from ._reading import DocumentReading, Reading
from ._rules import layers_of, rules
from ._syntax import coordinated_right

__all__ = ["listed"]

_COLON = ":"
_LISTED_RANK = 4  # the header's state is weaker than any the line's own sentences name


def _header(whole: DocumentReading, sentence: Sentence, events: list[Event]) -> list[Event]:
    """The events a sentence ending with a colon tells without names."""
    if sentence.stop <= sentence.first or whole.lower[sentence.stop - 1] != _COLON:
        return []
    return [e for e in events if not e.slots and e.creates and e.modality is not Modality.NEGATED]


def listed(
    whole: DocumentReading, sentence: Sentence, events: list[Event]
) -> list[tuple[Sentence, Event]]:
    """Events for the people of the list lines after a header, with the line's sentence."""
    header = _header(whole, sentence, events)
    doc = whole.doc
    found: list[tuple[Sentence, Event]] = []
    if not header:
        return found
    layers = layers_of(whole)
    for paragraph in doc.paragraphs[sentence.paragraph + 1 :]:
        line = paragraph.sentences[0]
        bounds = (line.first, line.stop)
        anchor = (line.first, line.first + 1)
        item = next(iter(rules().anchored(doc, layers, bounds, anchor, "item")), None)
        if item is None:
            break
        view = Reading(whole, line)
        slot = view.person(item.stop)
        if slot is None or slot.first != item.stop or not slot.people:
            continue
        slots = tuple(coordinated_right(view, slot))
        for event in header:
            state = None if event.state is None else attrs.evolve(event.state, rank=_LISTED_RANK)
            named = attrs.evolve(
                event,
                slots=slots,
                voice=Voice.SUBJECT,
                rule=item.rule.id,
                state=state,
                charges=[],
                terms=[],
            )
            named.listed = True
            found.append((line, named))
    return found
