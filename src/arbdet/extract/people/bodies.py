"""Which bodies are organs of a state, and which of them only their state identifies.

A person who holds an office in an organ of government ("State Department spokesman",
"China's ambassador") acts for its state; one who works for any other body (a news outlet,
a rights group, a company) acts for that body. An organ whose name only describes it
("China's embassy in Ottawa", "the Russian Foreign Ministry", "a Russian court") is its
state speaking, while one with a name of its own ("State Department", "Kremlin") is
itself.
"""

from __future__ import annotations

import functools

from ...model import Organization
from .vocabulary import HeadKind, org_heads, organizations

__all__ = ["is_government", "is_state_body", "state_organ_nouns"]

_STATE_ORGANS = (HeadKind.GOVERNMENT, HeadKind.LOCAL, HeadKind.MISSION)


@functools.cache
def _entries() -> dict[str, bool]:
    """Canonical names in the organisation table: whether each is an organ of government."""
    return {
        entry.name: entry.government
        for found in organizations().by_first.values()
        for _, entry in found
    }


@functools.cache
def _unnamed_bodies() -> frozenset[str]:
    """Organs of government in the organisation table with no state of their own.

    ("Foreign Ministry", "Parliament": every state has one.)
    """
    return frozenset(
        entry.name
        for found in organizations().by_first.values()
        for _, entry in found
        if entry.state is None and entry.government
    )


def _base_name(name: str) -> str:
    """A body's name without what follows it ("Foreign Ministry" of "... of China")."""
    return name.partition(" of ")[0].partition(" in ")[0]


def is_government(organization: Organization) -> bool:
    """Whether a body is an organ of government, whose people act for its state.

    Named organs ("State Department", "Kremlin", "FSB") and bodies described by a state's
    organ ("China's embassy in Ottawa", "the Russian Foreign Ministry") are; news outlets,
    companies, rights groups and international bodies are not.
    """
    known = _entries().get(_base_name(organization.name))
    if known is not None:
        return known
    nouns = state_organ_nouns()
    return any(word.casefold() in nouns for word in organization.name.split())


def _describes_organ(name: str) -> bool:
    """Whether a body's name is only a state's organ ("Foreign Ministry", "embassy in X")."""
    name = _base_name(name)
    if name in _unnamed_bodies():
        return True
    nouns = state_organ_nouns()
    # a common noun ("court", "TV"), not a word of a name of its own ("Supreme Court")
    return any(word.casefold() in nouns for word in name.split() if not word.istitle())


def is_state_body(organization: Organization) -> bool:
    """Whether a body's name only describes an organ of its state, which identifies it.

    "China's embassy in Ottawa", "the Russian Foreign Ministry" or "a Russian court" are
    their state's organs and name nothing more, while "State Department", "Global Times" or
    "Huawei" are names of their own. A body with no known state is never one.
    """
    return organization.state is not None and _describes_organ(organization.name)


@functools.cache
def state_organ_nouns() -> frozenset[str]:
    """Head nouns of a state's organs, lower case ("ministry", "embassy", "court")."""
    return frozenset(head for head, kind in org_heads().items() if kind in _STATE_ORGANS)
