"""Questions across many articles, each answer typed and carrying its evidence.

Every function takes a knowledge base first (an :class:`~arbdet.KnowledgeBase`, or any
:class:`~arbdet.kb.Indexed`: an :class:`~arbdet.kb.Index` of merged records); the knowledge
base has the same functions as methods (``kb.timeline("Michael Kovrig")``).

- :func:`timeline`: the dated events of a person, a detention, a state or the declaration.
- :func:`linked`: the cases linked to a person or detention, who asserts, who denies.
- :func:`statements`: quotations by speaker, subject and date.
- :func:`detentions`: merged detentions by detaining state, nationality, date and status.
- :func:`signatories`: a declaration's signatories and the counts each source reported.
- :func:`conflicts`: every place where sources contradict each other.

A name that fits nothing (or more than one person) raises :class:`~arbdet.UnknownNameError`
carrying the closest known names.
"""

from ._conflicts import conflicts
from ._dates import DateLike
from ._detentions import detentions
from ._linked import linked
from ._results import (
    Conflict,
    Conflicts,
    ConflictValue,
    Detentions,
    Event,
    Linked,
    Results,
    Signatories,
    Statements,
    Timeline,
    results_converter,
    to_json,
)
from ._signatories import signatories
from ._statements import statements
from ._states import as_state
from ._subjects import Subject, closest_names, find_declaration, find_person, find_subject
from ._timeline import timeline

__all__ = [
    "Conflict",
    "ConflictValue",
    "Conflicts",
    "DateLike",
    "Detentions",
    "Event",
    "Linked",
    "Results",
    "Signatories",
    "Statements",
    "Subject",
    "Timeline",
    "as_state",
    "closest_names",
    "conflicts",
    "detentions",
    "find_declaration",
    "find_person",
    "find_subject",
    "linked",
    "results_converter",
    "signatories",
    "statements",
    "timeline",
    "to_json",
]
