"""A detention event's people: worked out once, and again when its slots change."""

from __future__ import annotations

from arbdet.extract.detentions._event import Event, Voice
from arbdet.extract.detentions._lexicon import Kind, Syntax, TriggerEntry
from arbdet.extract.detentions._reading import DocumentReading, Reading, Trigger
from arbdet.extract.pipeline import STEPS
from arbdet.io import read_source
from arbdet.text import Document


def _reading(text: str) -> Reading:
    doc = Document.from_source(read_source(text, published="2024-03-01"))
    for step in STEPS:
        if step.key.name == "detentions":
            break
        step.run(doc)
    return Reading(DocumentReading(doc, doc.sentences), doc.sentences[0])


def test_an_events_people_follow_its_slots() -> None:
    view = _reading("Police detained the engineer Anna Berglund and the pilot Tomas Vik on Monday.")
    slots = [slot for slot in view.persons() if slot.people]
    assert len(slots) == 2
    entry = TriggerEntry(("detained",), Kind.ARREST, Syntax.FIN, new=True)
    trigger = Trigger(1, 2, entry)
    event = Event(view, trigger, (slots[0],), Voice.ACTIVE, "detention.test")
    assert event.people == slots[0].people
    assert event.people is event.people  # worked out once
    event.slots = (slots[1], slots[0])
    assert event.people == (*slots[1].people, *slots[0].people)
